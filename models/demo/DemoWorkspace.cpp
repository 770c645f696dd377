#include "DemoWorkspace.h"

#include "catalog/CatalogLoader.h"
#include "compliance/ComplianceService.h"
#include "core/Clock.h"
#include "interview/InterviewService.h"
#include "inventory/AiSystem.h"
#include "inventory/TechnicalFile.h"
#include "privacy/ProcessingRecord.h"
#include "risk/RiskService.h"
#include "storage/CatalogRepository.h"
#include "storage/ChangeLogRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/Connection.h"
#include "storage/InterviewRepository.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRecordRepository.h"
#include "storage/SystemRepository.h"
#include "storage/Workspace.h"
#include "storage/WriteTransaction.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QMap>
#include <QScopeGuard>
#include <QTime>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <initializer_list>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

constexpr qint64 MsPerMinute = 60 * 1000;
constexpr qint64 MsPerDay = 24 * 60 * MsPerMinute;
// The scripted history starts this many days before today.
constexpr int HistoryDays = 120;
// Generated systems written per transaction.
constexpr int ChunkSize = 2000;

// The time the demo's writes are stamped with: moved forward between write() calls so that the audit trail reads
// like months of real use.
class DemoClock final : public Clock
{
public:
    qint64 nowMs() const override { return m_ms; }
    void set(qint64 ms) { m_ms = ms; }

private:
    qint64 m_ms = 0;
};

using Values = QMap<QString, QString>;

struct LogEntry
{
    QString changedOn;
    QString modelVersion;
    QString description;
    QString validatedBy;
};

// A hand-written system: its state at the end of the scripted history, what differed when it was first entered,
// and the change log entries entered with it.
struct CuratedSystem
{
    Values values;
    Values initial;
    QList<LogEntry> log;
};

// ---------------------------------------------------------------------------------------------------------------
// The curated inventory of "Norrvik Group": e-bikes and fitness equipment made in Europe, sold with consumer
// financing, plus a US health subsidiary running two hospitals in Ohio.
// ---------------------------------------------------------------------------------------------------------------

QList<CuratedSystem> curatedSystems()
{
    QList<CuratedSystem> systems;

    systems << CuratedSystem{
        {
            {u"code"_s, u"MFG-PDM-01"_s},
            {u"name"_s, u"Press line predictive maintenance"_s},
            {u"description"_s,
             u"Estimates the remaining useful life of the hydraulic presses and spindle drives on the stamping and "
             u"frame-welding lines from vibration, temperature and pressure signals. Predictions are refreshed every "
             u"15 minutes and appear as ranked maintenance suggestions in the plant's maintenance planning tool."_s},
            {u"purpose"_s,
             u"Intended to help maintenance planners schedule interventions before an unplanned stop occurs. It is not "
             u"meant to trigger safety shutdowns, which stay with each machine's safety controller, nor to assess the "
             u"work of operators or maintenance staff."_s},
            {u"business_owner"_s, u"Henrik Lindqvist"_s},
            {u"technical_owner"_s, u"Tomasz Nowak"_s},
            {u"business_unit"_s, u"Manufacturing"_s},
            {u"lifecycle"_s, u"production"_s},
            {u"deployment"_s, u"edge"_s},
            {u"model_type"_s, u"regression"_s},
            {u"provider_kind"_s, u"in_house"_s},
            {u"provider_name"_s, u"In-house (Industrial Analytics team)"_s},
            {u"components"_s,
             u"model: XGBoost 2.0\nlibrary: scikit-learn 1.4\nlibrary: tsfresh 0.20\nlibrary: ONNX Runtime 1.17"_s},
            {u"data_categories"_s, u"confidential"_s},
            {u"data_sources"_s,
             u"Sensor readings from 38 presses and drives collected by the plant historian since 2019, joined with "
             u"failure and repair records from SAP PM. Every training run records the snapshot id of its extract in "
             u"the data lake, so each model version can be traced back to its data."_s},
            {u"automated_decisions"_s, u"no"_s},
            {u"human_oversight"_s, u"in_the_loop"_s},
            {u"ai_act_tier"_s, u"minimal"_s},
            {u"criticality"_s, u"high"_s},
            {u"monitoring"_s, u"drift,performance,input_anomalies"_s},
            {u"next_review"_s, u"2027-03-15"_s},
            {u"tags"_s, u"predictive maintenance, IoT sensors, plant Győr"_s},
            {u"notes"_s,
             u"Runs on the line gateways so that predictions continue when the plant's uplink is down. Retrained "
             u"quarterly; a new version is promoted only if precision on the top 20 alerts does not drop."_s},
        },
        {
            {u"technical_owner"_s, u"Marta Kowalczyk"_s},
            {u"ai_act_tier"_s, u"unclassified"_s},
            {u"monitoring"_s, u"performance"_s},
        },
        {
            {u"2024-11-04"_s,
             u"1.0"_s,
             u"First production model for the stamping line (random forest baseline)."_s,
             u"Henrik Lindqvist"_s},
            {u"2025-09-22"_s,
             u"2.0"_s,
             u"Switched to XGBoost with spectral vibration features; extended to the spindle drives of the welding "
             u"line."_s,
             u"Ingrid Solberg"_s},
            {u"2026-05-11"_s,
             u"2.3"_s,
             u"Quarterly retrain on data up to April 2026; alert threshold raised from 0.60 to 0.65 after feedback "
             u"from the planners."_s,
             u"Ingrid Solberg"_s},
        },
    };

    systems << CuratedSystem{
        {
            {u"code"_s, u"PAY-FRAUD-01"_s},
            {u"name"_s, u"Card payment fraud scoring"_s},
            {u"description"_s,
             u"Scores every card authorisation in the web shop and the financing checkout for the likelihood of "
             u"fraud, within a 40 ms budget. Scores above a high threshold decline the payment, a middle band "
             u"triggers 3-D Secure step-up authentication, and the fraud team reviews a sample of declines daily."_s},
            {u"purpose"_s,
             u"Intended to reduce card fraud losses and chargebacks while keeping friction low for genuine customers. "
             u"Not meant for assessing creditworthiness or for marketing: the scores must not be reused outside "
             u"fraud prevention."_s},
            {u"business_owner"_s, u"Lukas Brandt"_s},
            {u"technical_owner"_s, u"Jonas Becker"_s},
            {u"business_unit"_s, u"Payments & Financing"_s},
            {u"lifecycle"_s, u"production"_s},
            {u"deployment"_s, u"cloud"_s},
            {u"model_type"_s, u"classifier"_s},
            {u"provider_kind"_s, u"in_house"_s},
            {u"provider_name"_s, u"In-house (Payments Data Science)"_s},
            {u"components"_s,
             u"model: LightGBM 4.3\nlibrary: Feast 0.36\nlibrary: ONNX Runtime 1.17\n"
             u"dataset: Card scheme fraud reports (Visa TC40, Mastercard SAFE)"_s},
            {u"data_categories"_s, u"personal,confidential"_s},
            {u"data_sources"_s,
             u"Authorisation messages from the payment service provider, device fingerprints from the checkout, and "
             u"confirmed fraud labels from chargebacks and card scheme reports. Labels mature after 90 days, so each "
             u"training window ends three months before the retraining date."_s},
            {u"automated_decisions"_s, u"yes"_s},
            {u"human_oversight"_s, u"on_the_loop"_s},
            {u"ai_act_tier"_s, u"minimal"_s},
            {u"criticality"_s, u"critical"_s},
            {u"monitoring"_s, u"drift,performance,input_anomalies"_s},
            {u"next_review"_s, u"2027-01-29"_s},
            {u"tags"_s, u"fraud, real-time, PSD2, PCI DSS"_s},
            {u"notes"_s,
             u"Classified minimal risk: Annex III point 5(b) excludes systems used to detect financial fraud. "
             u"Re-assess if the score is ever reused in credit decisions. Customers whose payment was declined can "
             u"contest it through customer service, which triggers a manual review."_s},
        },
        {
            {u"business_owner"_s, u"Sofia Marchetti"_s},
            {u"ai_act_tier"_s, u"unclassified"_s},
            {u"monitoring"_s, u"performance,input_anomalies"_s},
            {u"notes"_s,
             u"Customers whose payment was declined can contest it through customer service, which triggers a "
             u"manual review."_s},
        },
        {
            {u"2025-02-17"_s,
             u"3.0"_s,
             u"Replaced the rules and logistic regression with LightGBM; decline threshold set at 0.97."_s,
             u"Ingrid Solberg"_s},
            {u"2025-12-01"_s,
             u"4.0"_s,
             u"Added device fingerprint features and the 3-D Secure step-up band."_s,
             u"Ingrid Solberg"_s},
        },
    };

    systems << CuratedSystem{
        {
            {u"code"_s, u"MED-RAD-01"_s},
            {u"name"_s, u"Chest X-ray diagnostic aid (triage)"_s},
            {u"description"_s,
             u"Analyses chest radiographs as they arrive from the modalities and flags studies with suspected "
             u"pneumothorax or large pleural effusion. Flagged studies move to the top of the radiologists' reading "
             u"worklist; the tool produces neither findings nor reports."_s},
            {u"purpose"_s,
             u"Intended to shorten the time to read urgent chest X-rays in the emergency departments of Norrvik "
             u"Health's two Ohio hospitals. It aids, and never replaces, the radiologist's diagnosis; not intended "
             u"for paediatric patients or for any use "
             u"outside the indications cleared in the vendor's FDA 510(k)."_s},
            {u"business_owner"_s, u"Angela Whitfield"_s},
            {u"technical_owner"_s, u"Rahul Menon"_s},
            {u"business_unit"_s, u"Norrvik Health (US)"_s},
            {u"lifecycle"_s, u"production"_s},
            {u"deployment"_s, u"on_premises"_s},
            {u"model_type"_s, u"computer_vision"_s},
            {u"provider_kind"_s, u"vendor"_s},
            {u"provider_name"_s, u"株式会社ミライメディカル (Mirai Medical K.K.)"_s},
            {u"components"_s,
             u"model: Mirai CXR-Triage 3.2 (FDA 510(k) cleared)\nlibrary: Orthanc 1.12 DICOM router\n"
             u"api: HL7 FHIR R4 worklist interface"_s},
            {u"data_categories"_s, u"personal,special_category,phi"_s},
            {u"data_sources"_s,
             u"DICOM images and study metadata from the hospitals' PACS; no image leaves the hospital network. The "
             u"vendor trained the model on its own multi-site data set (summary under NDA); local performance was "
             u"checked on 4,800 retrospectively labelled studies from 2024-2025."_s},
            {u"automated_decisions"_s, u"no"_s},
            {u"human_oversight"_s, u"in_the_loop"_s},
            {u"ai_act_tier"_s, u"high"_s},
            {u"criticality"_s, u"high"_s},
            {u"monitoring"_s, u"drift,performance"_s},
            {u"next_review"_s, u"2026-10-30"_s},
            {u"tags"_s, u"HIPAA, PHI, medical device, radiology"_s},
            {u"notes"_s,
             u"Business Associate Agreement with the vendor signed in November 2025. Used only in the US today; "
             u"classified high risk by group policy because, as a medical device, it would fall under AI Act "
             u"Annex I if used in the EU. The radiology QA committee audits sensitivity every quarter."_s},
        },
        {
            {u"lifecycle"_s, u"validation"_s},
            {u"ai_act_tier"_s, u"unclassified"_s},
            {u"monitoring"_s, u""_s},
            {u"notes"_s,
             u"Business Associate Agreement with the vendor signed in November 2025. Local validation on "
             u"retrospective studies in progress."_s},
        },
        {
            {u"2025-11-20"_s,
             u"3.1"_s,
             u"Vendor release installed in the test environment; BAA in place."_s,
             u"Angela Whitfield"_s},
        },
    };

    systems << CuratedSystem{
        {
            {u"code"_s, u"CS-CHAT-01"_s},
            {u"name"_s, u"Customer service chatbot “Ask Norrvik”"_s},
            {u"description"_s,
             u"A chat assistant in the web shop and the mobile app that answers questions about orders, deliveries, "
             u"warranty and financing plans. It calls a large language model through the Azure OpenAI Service, "
             u"grounded by retrieval from the customer service knowledge base, and can look up the status of a "
             u"signed-in customer's orders."_s},
            {u"purpose"_s,
             u"Intended to answer routine questions at any hour and to hand over to a human agent when it is unsure, "
             u"when the customer asks for a person, or when it detects a complaint. Not meant to give legal, medical "
             u"or financial advice, to change orders, or to grant refunds and goodwill gestures."_s},
            {u"business_owner"_s, u"Claire Fontaine"_s},
            {u"technical_owner"_s, u"Mateo Álvarez"_s},
            {u"business_unit"_s, u"Customer Service"_s},
            {u"lifecycle"_s, u"production"_s},
            {u"deployment"_s, u"third_party_api"_s},
            {u"model_type"_s, u"generative"_s},
            {u"provider_kind"_s, u"vendor"_s},
            {u"provider_name"_s, u"Microsoft (Azure OpenAI Service)"_s},
            {u"components"_s,
             u"api: Azure OpenAI GPT-4o\nmodel: text-embedding-3-large\nlibrary: LangChain 0.2\n"
             u"api: Azure AI Content Safety (Prompt Shields)\n"
             u"dataset: Customer service knowledge base (Confluence export)"_s},
            {u"data_categories"_s, u"personal"_s},
            {u"data_sources"_s,
             u"No training or fine-tuning: answers are grounded in the knowledge base, exported nightly from "
             u"Confluence with the page version recorded for every chunk. Chat transcripts are kept for 90 days for "
             u"quality review and then deleted."_s},
            {u"automated_decisions"_s, u"no"_s},
            {u"human_oversight"_s, u"on_the_loop"_s},
            {u"ai_act_tier"_s, u"limited"_s},
            {u"criticality"_s, u"medium"_s},
            {u"monitoring"_s, u"performance,input_anomalies"_s},
            {u"next_review"_s, u"2027-02-26"_s},
            {u"tags"_s, u"LLM, RAG, prompt injection, Art. 50 transparency"_s},
            {u"notes"_s,
             u"Every chat starts by telling users that they are talking to an AI assistant (Art. 50). A red-team "
             u"exercise showed that instructions hidden in order notes could make the bot reveal its system prompt; "
             u"fixed by isolating tool output and enabling Prompt Shields. The order lookup tool is read-only. "
             u"Jailbreak attempts are flagged by the input anomaly monitor and reviewed weekly."_s},
        },
        {
            {u"lifecycle"_s, u"development"_s},
            {u"ai_act_tier"_s, u"unclassified"_s},
            {u"monitoring"_s, u""_s},
            {u"notes"_s,
             u"Prompt-injection red-team exercise planned before go-live. The order lookup tool is read-only."_s},
        },
        {
            {u"2026-06-30"_s,
             u"0.9"_s,
             u"Pilot on 5% of web shop traffic; hand-over to an agent when retrieval confidence is low."_s,
             u"Claire Fontaine"_s},
        },
    };

    systems << CuratedSystem{
        {
            {u"code"_s, u"HR-CV-01"_s},
            {u"name"_s, u"Application screening for high-volume roles"_s},
            {u"description"_s,
             u"Scores incoming applications for warehouse, production and customer service roles against the "
             u"requirements of the job posting, using the CV text and the answers to knock-out questions. Recruiters "
             u"see a ranked shortlist with the matching criteria highlighted."_s},
            {u"purpose"_s,
             u"Intended to help recruiters handle postings that attract several hundred applications. Not intended "
             u"for management or specialist roles, for inferring personality or emotions, or for any use after "
             u"hiring such as performance evaluation."_s},
            {u"business_owner"_s, u"Zoë Dubois-Øster"_s},
            {u"technical_owner"_s, u"Felix Hartmann"_s},
            {u"business_unit"_s, u"People & Culture"_s},
            {u"lifecycle"_s, u"production"_s},
            {u"deployment"_s, u"third_party_api"_s},
            {u"model_type"_s, u"classifier"_s},
            {u"provider_kind"_s, u"vendor"_s},
            {u"provider_name"_s, u"TalentSift GmbH"_s},
            {u"components"_s,
             u"api: TalentSift Match API v3\nmodel: TalentSift multilingual CV parser\n"
             u"library: Workday Recruiting connector"_s},
            {u"data_categories"_s, u"personal,special_category"_s},
            {u"data_sources"_s,
             u"Applications submitted through the careers site, after the applicant has seen the privacy notice. "
             u"The vendor's model is trained on anonymised historical hiring data of its customers; our own hiring "
             u"outcomes are shared with the vendor only in aggregated form, for bias testing."_s},
            {u"automated_decisions"_s, u"yes"_s},
            {u"human_oversight"_s, u"on_the_loop"_s},
            {u"ai_act_tier"_s, u"high"_s},
            {u"criticality"_s, u"medium"_s},
            {u"monitoring"_s, u"drift,performance"_s},
            {u"next_review"_s, u"2026-11-20"_s},
            {u"tags"_s, u"recruiting, Annex III, works council, DPIA"_s},
            {u"notes"_s,
             u"High risk under AI Act Annex III point 4(a). For postings with more than 200 applicants, "
             u"applications failing the knock-out questions are rejected automatically (GDPR Art. 22): candidates "
             u"are told and can ask for a human review. Works council agreement signed in September 2026; a "
             u"disparate-impact report by gender and age is produced every quarter."_s},
        },
        {
            {u"lifecycle"_s, u"development"_s},
            {u"ai_act_tier"_s, u"unclassified"_s},
            {u"automated_decisions"_s, u"unknown"_s},
            {u"human_oversight"_s, u"in_the_loop"_s},
            {u"monitoring"_s, u"performance"_s},
            {u"notes"_s, u"Vendor pilot for warehouse roles in Germany and Poland. DPIA in progress."_s},
        },
        {
            {u"2026-07-14"_s,
             u"3.4"_s,
             u"Vendor configuration for the pilot: German and Polish CVs, warehouse roles only."_s,
             u"Felix Hartmann"_s},
        },
    };

    systems << CuratedSystem{
        {
            {u"code"_s, u"FIN-CREDIT-01"_s},
            {u"name"_s, u"Instalment credit scoring"_s},
            {u"description"_s,
             u"Estimates the probability that a consumer applying for a 12 to 48 month instalment plan will fall more "
             u"than 90 days behind on payments. Combines a points-based scorecard over credit bureau and application "
             u"data with the internal repayment history of returning customers."_s},
            {u"purpose"_s,
             u"Intended to decide on instalment applications of up to 5,000 euros and to set the credit limit. Not "
             u"meant for any purpose outside credit decisions, such as marketing or product pricing; employees' own "
             u"applications are always decided manually."_s},
            {u"business_owner"_s, u"Sofia Marchetti"_s},
            {u"technical_owner"_s, u"Ana Petrović"_s},
            {u"business_unit"_s, u"Payments & Financing"_s},
            {u"lifecycle"_s, u"production"_s},
            {u"deployment"_s, u"on_premises"_s},
            {u"model_type"_s, u"classifier"_s},
            {u"provider_kind"_s, u"in_house"_s},
            {u"provider_name"_s, u"In-house (Credit Risk Analytics)"_s},
            {u"components"_s,
             u"library: scikit-learn 1.4\nlibrary: OptBinning 0.19\nlibrary: SHAP 0.45\napi: SCHUFA B2B score API\n"
             u"api: CRIF credit bureau API"_s},
            {u"data_categories"_s, u"personal,confidential"_s},
            {u"data_sources"_s,
             u"Application forms, credit bureau responses (SCHUFA in Germany, CRIF in Austria and Italy) and the "
             u"repayment history from the loan servicing system since 2018. Every training set is frozen and hashed "
             u"before the model is approved."_s},
            {u"automated_decisions"_s, u"yes"_s},
            {u"human_oversight"_s, u"on_the_loop"_s},
            {u"ai_act_tier"_s, u"high"_s},
            {u"criticality"_s, u"high"_s},
            {u"monitoring"_s, u"drift,performance,input_anomalies"_s},
            {u"next_review"_s, u"2027-04-30"_s},
            {u"tags"_s, u"credit risk, Annex III, Art. 22, CCD2"_s},
            {u"notes"_s,
             u"High risk under AI Act Annex III point 5(b); the technical documentation is maintained by Credit "
             u"Risk. Approvals and declines up to 1,500 euros are fully automatic: declined applicants receive the "
             u"main reasons and can ask for a review by an underwriter."_s},
        },
        {
            {u"ai_act_tier"_s, u"unclassified"_s},
            {u"monitoring"_s, u"drift,performance"_s},
            {u"notes"_s,
             u"Approvals and declines up to 1,500 euros are fully automatic: declined applicants receive the main "
             u"reasons and can ask for a review by an underwriter."_s},
        },
        {
            {u"2024-03-01"_s,
             u"5.0"_s,
             u"Scorecard rebuilt on 2018-2023 data; Gini coefficient 0.61 on the holdout sample."_s,
             u"Ingrid Solberg"_s},
            {u"2025-10-06"_s,
             u"5.1"_s,
             u"Recalibrated after the interest rate change; cut-off moved from 520 to 540 points."_s,
             u"Ingrid Solberg"_s},
        },
    };

    systems << CuratedSystem{
        {
            {u"code"_s, u"SC-DEMAND-01"_s},
            {u"name"_s, u"Spare parts demand forecasting"_s},
            {u"description"_s,
             u"Forecasts weekly demand for about 14,000 spare parts per distribution centre over a 26-week horizon. "
             u"A pre-trained time-series foundation model provides the base forecast, corrected by a gradient-boosted "
             u"model for promotions and the growth of the installed base."_s},
            {u"purpose"_s,
             u"Intended to set reorder points and safety stock in the warehouse management system, with planners "
             u"approving changes above 20%. Not intended for workforce planning or for forecasting new product "
             u"launches."_s},
            {u"business_owner"_s, u"Pieter de Vries"_s},
            {u"technical_owner"_s, u"Aiko Tanaka"_s},
            {u"business_unit"_s, u"Supply Chain"_s},
            {u"lifecycle"_s, u"production"_s},
            {u"deployment"_s, u"cloud"_s},
            {u"model_type"_s, u"regression"_s},
            {u"provider_kind"_s, u"in_house"_s},
            {u"provider_name"_s, u"In-house (Supply Chain Analytics)"_s},
            {u"components"_s,
             u"model: Amazon Chronos-Bolt Base\nlibrary: LightGBM 4.3\nlibrary: Darts 0.30\n"
             u"dataset: ERP order history 2017-2026"_s},
            {u"data_categories"_s, u"confidential"_s},
            {u"data_sources"_s,
             u"Order lines and stock movements from the ERP, installed-base counts from the warranty register, and "
             u"the promotion calendar from Marketing. The pre-trained model's weights are pinned by checksum in the "
             u"model registry."_s},
            {u"automated_decisions"_s, u"no"_s},
            {u"human_oversight"_s, u"in_the_loop"_s},
            {u"ai_act_tier"_s, u"minimal"_s},
            {u"criticality"_s, u"medium"_s},
            {u"monitoring"_s, u"drift,performance"_s},
            {u"next_review"_s, u"2027-06-30"_s},
            {u"tags"_s, u"forecasting, inventory, foundation model"_s},
            {u"notes"_s,
             u"Forecast accuracy (weighted MAPE) is reported monthly to the S&OP meeting. The foundation model is "
             u"used without fine-tuning; Legal checked its licence (Apache 2.0)."_s},
        },
        {
            {u"ai_act_tier"_s, u"unclassified"_s},
            {u"monitoring"_s, u"performance"_s},
            {u"next_review"_s, u"2026-12-15"_s},
        },
        {
            {u"2025-04-07"_s,
             u"1.0"_s,
             u"Replaced the statistical forecasting module of the ERP for two distribution centres."_s,
             u"Pieter de Vries"_s},
            {u"2026-02-16"_s,
             u"2.0"_s,
             u"Added Chronos-Bolt as the base forecaster; weighted MAPE improved from 31% to 26%."_s,
             u"Ingrid Solberg"_s},
        },
    };

    systems << CuratedSystem{
        {
            {u"code"_s, u"FIN-OCR-01"_s},
            {u"name"_s, u"Supplier invoice capture"_s},
            {u"description"_s,
             u"Reads supplier invoices that arrive as PDF files or scans, extracts header fields and line items, and "
             u"matches them to purchase orders and goods receipts. Fields read with low confidence are routed to "
             u"accounts payable clerks for validation."_s},
            {u"purpose"_s,
             u"Intended to reduce manual keying in accounts payable. Not meant to approve payments, which stay with "
             u"the existing four-eyes approval workflow."_s},
            {u"business_owner"_s, u"Katarzyna Wiśniewska"_s},
            {u"technical_owner"_s, u"Daniel Okafor"_s},
            {u"business_unit"_s, u"Finance Operations"_s},
            {u"lifecycle"_s, u"production"_s},
            {u"deployment"_s, u"third_party_api"_s},
            {u"model_type"_s, u"computer_vision"_s},
            {u"provider_kind"_s, u"vendor"_s},
            {u"provider_name"_s, u"Klarblick Document AI GmbH"_s},
            {u"components"_s,
             u"api: Klarblick Capture API 4\nmodel: Klarblick invoice extraction model\n"
             u"library: SAP BTP integration adapter"_s},
            {u"data_categories"_s, u"personal,confidential"_s},
            {u"data_sources"_s,
             u"Invoices received in the accounts payable mailbox and from the scanning service. The vendor may use "
             u"our corrections to improve its shared model only after pseudonymisation, as set out in the data "
             u"processing agreement."_s},
            {u"automated_decisions"_s, u"no"_s},
            {u"human_oversight"_s, u"in_the_loop"_s},
            {u"ai_act_tier"_s, u"minimal"_s},
            {u"criticality"_s, u"medium"_s},
            {u"monitoring"_s, u"performance"_s},
            {u"next_review"_s, u"2027-05-31"_s},
            {u"tags"_s, u"OCR, accounts payable, document AI"_s},
            {u"notes"_s,
             u"Straight-through processing rate of 78% in Q3 2026. The vendor hosts in the EU (Frankfurt); its list "
             u"of sub-processors is reviewed every year."_s},
        },
        {
            {u"ai_act_tier"_s, u"unclassified"_s},
            {u"next_review"_s, u"2026-12-31"_s},
        },
        {
            {u"2025-06-02"_s,
             u"4.0"_s,
             u"Migrated to the vendor's new extraction model; line-item matching enabled."_s,
             u"Daniel Okafor"_s},
        },
    };

    systems << CuratedSystem{
        {
            {u"code"_s, u"ENG-CODE-01"_s},
            {u"name"_s, u"Developer coding assistant"_s},
            {u"description"_s,
             u"An AI pair programmer in the developers' IDEs that suggests code completions and answers questions in "
             u"a chat, based on large language models provided through GitHub Copilot Business. The vendor does not "
             u"retain prompts or suggestions for training."_s},
            {u"purpose"_s,
             u"Intended to speed up routine coding in the internal software teams. Not to be used without review on "
             u"the regulated software of the medical subsidiary, and not for generating licence or legal text."_s},
            {u"business_owner"_s, u"Oskar Johansson"_s},
            {u"technical_owner"_s, u"Leila Haddad"_s},
            {u"business_unit"_s, u"Group IT"_s},
            {u"lifecycle"_s, u"production"_s},
            {u"deployment"_s, u"third_party_api"_s},
            {u"model_type"_s, u"generative"_s},
            {u"provider_kind"_s, u"vendor"_s},
            {u"provider_name"_s, u"GitHub (Microsoft)"_s},
            {u"components"_s, u"api: GitHub Copilot Business\nmodel: OpenAI GPT-4o (via GitHub Copilot)"_s},
            {u"data_categories"_s, u"confidential"_s},
            {u"data_sources"_s,
             u"No training on our side. Code context from the open editor is sent to the service with each request; "
             u"the public-code filter is on, and repositories holding customer data or secrets are excluded by "
             u"content exclusion rules."_s},
            {u"automated_decisions"_s, u"no"_s},
            {u"human_oversight"_s, u"in_the_loop"_s},
            {u"ai_act_tier"_s, u"gpai"_s},
            {u"criticality"_s, u"low"_s},
            {u"monitoring"_s, u"performance"_s},
            {u"next_review"_s, u"2027-02-12"_s},
            {u"tags"_s, u"GPAI, developer tools"_s},
            {u"notes"_s,
             u"Built on general-purpose AI models; we are a deployer, and the GPAI obligations sit with the model "
             u"providers. Rolled out to 140 developers after a six-week pilot with 25."_s},
        },
        {
            {u"lifecycle"_s, u"validation"_s},
            {u"ai_act_tier"_s, u"unclassified"_s},
            {u"tags"_s, u"developer tools, pilot"_s},
            {u"notes"_s, u"Pilot with 25 developers in two teams."_s},
        },
        {
            {u"2026-07-20"_s, u"pilot"_s, u"Pilot for 25 developers in two teams."_s, u"Oskar Johansson"_s},
        },
    };

    systems << CuratedSystem{
        {
            {u"code"_s, u"MKT-CHURN-00"_s},
            {u"name"_s, u"Subscription churn propensity (legacy)"_s},
            {u"description"_s,
             u"Predicted every month which subscribers of the connected-fitness app were likely to cancel, from usage "
             u"and billing data, and produced the target list for a retention campaign. Built in 2019 in R and "
             u"retrained by hand."_s},
            {u"purpose"_s,
             u"Was intended to target retention offers. Not meant for pricing or for decisions about individual "
             u"contracts."_s},
            {u"business_owner"_s, u"Giulia Romano"_s},
            {u"technical_owner"_s, u"Marta Kowalczyk"_s},
            {u"business_unit"_s, u"Marketing"_s},
            {u"lifecycle"_s, u"retired"_s},
            {u"deployment"_s, u"on_premises"_s},
            {u"model_type"_s, u"classifier"_s},
            {u"provider_kind"_s, u"in_house"_s},
            {u"provider_name"_s, u"In-house (Marketing Analytics)"_s},
            {u"components"_s,
             u"library: R randomForest 4.7\nlibrary: caret 6.0\ndataset: App usage warehouse extract 2018-2023"_s},
            {u"data_categories"_s, u"personal"_s},
            {u"data_sources"_s,
             u"Usage events and subscription billing from the data warehouse. The training data were last refreshed "
             u"in 2023 and were not versioned."_s},
            {u"automated_decisions"_s, u"no"_s},
            {u"human_oversight"_s, u"none"_s},
            {u"ai_act_tier"_s, u"minimal"_s},
            {u"criticality"_s, u"low"_s},
            {u"monitoring"_s, u"performance"_s},
            {u"next_review"_s, u"2027-01-15"_s},
            {u"tags"_s, u"legacy, churn, decommissioned"_s},
            {u"notes"_s,
             u"Retired in 2026: unmaintained, its training data cannot be reproduced, and rule-based campaign "
             u"selection replaced it. The training extracts must be deleted by January 2027; check at the next "
             u"review."_s},
        },
        {
            {u"lifecycle"_s, u"production"_s},
            {u"tags"_s, u"legacy, churn"_s},
            {u"notes"_s, u"Owned by Marketing Analytics; not retrained since 2023."_s},
        },
        {
            {u"2019-10-01"_s, u"1.0"_s, u"First model, a random forest in R."_s, u"Giulia Romano"_s},
            {u"2023-03-13"_s, u"1.4"_s, u"Last retrain, on 2018-2023 data."_s, u"Giulia Romano"_s},
        },
    };

    return systems;
}

// ---------------------------------------------------------------------------------------------------------------
// The scripted history: when each curated system was entered and how it was edited afterwards.
// ---------------------------------------------------------------------------------------------------------------

struct Edit
{
    QString code;
    bool create = false;
    Values set;            // explicit values (intermediate states)
    QStringList finalKeys; // fields that take their final value
    QList<LogEntry> log;   // change log entries added in the same action
};

struct Step
{
    int day = 0; // days after the start of the history
    int hour = 9;
    int minute = 0;
    QString reason;
    QList<Edit> edits;
};

Step createStep(int day, int hour, int minute, const QString& code)
{
    return Step{day, hour, minute, DemoWorkspace::tr("Create AI system %1").arg(code), {Edit{code, true, {}, {}, {}}}};
}

Step editStep(int day,
              int hour,
              int minute,
              const QString& reason,
              const QString& code,
              const Values& set,
              const QStringList& finalKeys,
              const QList<LogEntry>& log = {})
{
    return Step{day, hour, minute, reason, {Edit{code, false, set, finalKeys, log}}};
}

Step classifyStep(int day, int hour, int minute, const QString& code, const QStringList& moreKeys = {})
{
    return editStep(day,
                    hour,
                    minute,
                    DemoWorkspace::tr("Classify %1 under the EU AI Act").arg(code),
                    code,
                    {},
                    QStringList{u"ai_act_tier"_s} + moreKeys);
}

Step lifecycleStep(int day,
                   int hour,
                   int minute,
                   const QString& code,
                   const QString& stage,
                   const QStringList& moreKeys = {},
                   const QList<LogEntry>& log = {})
{
    const QString reason = stage == u"validation"_s   ? DemoWorkspace::tr("Move %1 to validation").arg(code)
                           : stage == u"production"_s ? DemoWorkspace::tr("Move %1 to production").arg(code)
                                                      : DemoWorkspace::tr("Retire %1").arg(code);
    return editStep(day, hour, minute, reason, code, {{u"lifecycle"_s, stage}}, moreKeys, log);
}

QList<Step> history()
{
    QList<Step> steps;
    steps << createStep(0, 9, 5, u"MFG-PDM-01"_s);
    steps << createStep(0, 9, 48, u"PAY-FRAUD-01"_s);
    steps << createStep(0, 10, 31, u"FIN-CREDIT-01"_s);
    steps << createStep(0, 14, 12, u"MKT-CHURN-00"_s);
    steps << createStep(1, 8, 57, u"SC-DEMAND-01"_s);
    steps << createStep(1, 11, 20, u"FIN-OCR-01"_s);
    steps << createStep(3, 13, 40, u"MED-RAD-01"_s);
    steps << createStep(3, 15, 5, u"CS-CHAT-01"_s);
    steps << createStep(6, 10, 15, u"HR-CV-01"_s);
    steps << createStep(8, 9, 30, u"ENG-CODE-01"_s);

    steps << classifyStep(10, 10, 2, u"PAY-FRAUD-01"_s, {u"notes"_s});
    steps << classifyStep(10, 11, 30, u"FIN-CREDIT-01"_s, {u"notes"_s});
    steps << classifyStep(13, 9, 45, u"HR-CV-01"_s);
    steps << classifyStep(14, 14, 20, u"CS-CHAT-01"_s);
    {
        Step batch{
            15, 10, 10, DemoWorkspace::tr("Classify MFG-PDM-01, SC-DEMAND-01 and FIN-OCR-01 under the EU AI Act"), {}};
        for (const QString& code : {u"MFG-PDM-01"_s, u"SC-DEMAND-01"_s, u"FIN-OCR-01"_s}) {
            batch.edits << Edit{code, false, {}, {u"ai_act_tier"_s}, {}};
        }
        steps << batch;
    }
    steps << classifyStep(17, 15, 35, u"MED-RAD-01"_s);
    steps << editStep(21,
                      9,
                      20,
                      DemoWorkspace::tr("Change technical owner of %1").arg(u"MFG-PDM-01"_s),
                      u"MFG-PDM-01"_s,
                      {},
                      {u"technical_owner"_s});
    steps << lifecycleStep(24, 11, 5, u"CS-CHAT-01"_s, u"validation"_s);
    steps << editStep(28,
                      13,
                      50,
                      DemoWorkspace::tr("Add drift monitoring to %1").arg(u"PAY-FRAUD-01"_s),
                      u"PAY-FRAUD-01"_s,
                      {},
                      {u"monitoring"_s});
    steps << editStep(30,
                      10,
                      40,
                      DemoWorkspace::tr("Record the DPIA outcome for %1").arg(u"HR-CV-01"_s),
                      u"HR-CV-01"_s,
                      {{u"notes"_s,
                        u"DPIA completed: rejections on knock-out questions are automated decisions under GDPR "
                        u"Art. 22, so candidates must be told and offered a human review. Works council "
                        u"consultation pending."_s}},
                      {u"automated_decisions"_s, u"human_oversight"_s});
    steps << lifecycleStep(33, 9, 15, u"HR-CV-01"_s, u"validation"_s);
    steps << editStep(37,
                      14,
                      5,
                      DemoWorkspace::tr("Classify %1 as general-purpose AI").arg(u"ENG-CODE-01"_s),
                      u"ENG-CODE-01"_s,
                      {},
                      {u"ai_act_tier"_s});
    steps << lifecycleStep(40,
                           10,
                           30,
                           u"MED-RAD-01"_s,
                           u"production"_s,
                           {u"monitoring"_s, u"notes"_s},
                           {{u"2026-08-27"_s,
                             u"3.2"_s,
                             u"Local validation on 4,800 studies: sensitivity 0.93 for pneumothorax and 0.89 for "
                             u"pleural effusion; approved by the radiology QA committee."_s,
                             u"Priya Raman"_s}});
    steps << editStep(44,
                      9,
                      55,
                      DemoWorkspace::tr("Add drift and input monitoring to %1").arg(u"MFG-PDM-01"_s),
                      u"MFG-PDM-01"_s,
                      {},
                      {u"monitoring"_s});
    steps << lifecycleStep(51, 15, 20, u"MKT-CHURN-00"_s, u"retired"_s, {u"notes"_s, u"tags"_s});
    steps << editStep(52,
                      10,
                      0,
                      DemoWorkspace::tr("Add change log entry to AI system %1").arg(u"CS-CHAT-01"_s),
                      u"CS-CHAT-01"_s,
                      {},
                      {},
                      {{u"2026-09-18"_s,
                        u"1.0"_s,
                        u"Prompt-injection hardening after the red-team exercise: tool output isolated from "
                        u"instructions, Prompt Shields enabled, system prompt no longer echoed."_s,
                        u"Sven Aaltonen"_s}});
    steps << lifecycleStep(55, 9, 40, u"CS-CHAT-01"_s, u"production"_s);
    steps << editStep(63,
                      11,
                      10,
                      DemoWorkspace::tr("Postpone the review of %1").arg(u"FIN-OCR-01"_s),
                      u"FIN-OCR-01"_s,
                      {},
                      {u"next_review"_s});
    steps << editStep(67,
                      14,
                      30,
                      DemoWorkspace::tr("Change business owner of %1").arg(u"PAY-FRAUD-01"_s),
                      u"PAY-FRAUD-01"_s,
                      {},
                      {u"business_owner"_s});
    steps << lifecycleStep(72,
                           10,
                           20,
                           u"HR-CV-01"_s,
                           u"production"_s,
                           {u"notes"_s, u"monitoring"_s},
                           {{u"2026-09-28"_s,
                             u"3.5"_s,
                             u"Bias test on 6,200 past applications: selection-rate ratios of 0.91 (women to men) and "
                             u"0.88 (over 50 to under 50), above the 0.8 threshold."_s,
                             u"Ingrid Solberg"_s}});
    steps << editStep(79,
                      13,
                      15,
                      DemoWorkspace::tr("Add monitoring to %1").arg(u"CS-CHAT-01"_s),
                      u"CS-CHAT-01"_s,
                      {},
                      {u"monitoring"_s, u"notes"_s});
    steps << lifecycleStep(85,
                           9,
                           5,
                           u"ENG-CODE-01"_s,
                           u"production"_s,
                           {u"notes"_s, u"tags"_s},
                           {{u"2026-10-05"_s,
                             u"GA"_s,
                             u"Rollout to all 140 developers, with content exclusions for regulated repositories."_s,
                             u"Oskar Johansson"_s}});
    steps << editStep(98,
                      10,
                      45,
                      DemoWorkspace::tr("Add change log entry to AI system %1").arg(u"PAY-FRAUD-01"_s),
                      u"PAY-FRAUD-01"_s,
                      {},
                      {},
                      {{u"2026-10-19"_s,
                        u"4.2"_s,
                        u"Monthly retrain; recall at a fixed false-positive rate improved from 71% to 74% on the "
                        u"holdout month."_s,
                        u"Ingrid Solberg"_s}});
    steps << editStep(105,
                      11,
                      25,
                      DemoWorkspace::tr("Add input monitoring to %1").arg(u"FIN-CREDIT-01"_s),
                      u"FIN-CREDIT-01"_s,
                      {},
                      {u"monitoring"_s});
    steps << editStep(112,
                      14,
                      40,
                      DemoWorkspace::tr("Update monitoring and next review of %1").arg(u"SC-DEMAND-01"_s),
                      u"SC-DEMAND-01"_s,
                      {},
                      {u"monitoring"_s, u"next_review"_s});
    return steps;
}

// When a step happens: on its day (moved off weekends) at its office hour (UTC), never before the previous step
// and never in the future.
qint64 stepTime(const QDate& start, const Step& step, qint64 previousMs, qint64 realNowMs)
{
    QDate date = start.addDays(step.day);
    while (date.dayOfWeek() > 5) {
        date = date.addDays(1);
    }
    qint64 ms = QDateTime(date, QTime(step.hour, step.minute), Qt::UTC).toMSecsSinceEpoch();
    ms += (step.day * 7919 + step.minute * 131) % 59 * 1000; // a few seconds, so times do not look rounded
    if (ms <= previousMs) {
        // Moved off a weekend onto the day of the previous step, or earlier: shortly after it instead.
        ms = previousMs + 17 * MsPerMinute + (step.minute % 7) * MsPerMinute;
    }
    return std::min(ms, std::max(previousMs + 1000, realNowMs - MsPerMinute));
}

SystemChange toChange(qint64 systemId, const LogEntry& entry)
{
    SystemChange change;
    change.systemId = systemId;
    change.changedOn = entry.changedOn;
    change.modelVersion = entry.modelVersion;
    change.description = entry.description;
    change.validatedBy = entry.validatedBy;
    return change;
}

Result<void> runHistory(Connection& connection, DemoClock& clock, qint64 startMs, qint64 realNowMs)
{
    QHash<QString, CuratedSystem> curated;
    for (const CuratedSystem& system : curatedSystems()) {
        curated.insert(system.values.value(u"code"_s), system);
    }
    QHash<QString, qint64> ids;
    const QDate start = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC).date();
    qint64 previousMs = startMs - MsPerDay;
    for (const Step& step : history()) {
        previousMs = stepTime(start, step, previousMs, realNowMs);
        clock.set(previousMs);
        auto written = connection.write(step.reason, [&](WriteTransaction& txn) -> Result<void> {
            for (const Edit& edit : step.edits) {
                const CuratedSystem& system = curated[edit.code];
                qint64 id = ids.value(edit.code);
                if (edit.create) {
                    AiSystem record;
                    record.values = system.values;
                    record.values.insert(system.initial);
                    auto created = SystemRepository::create(txn, record);
                    if (!created) {
                        return created.error();
                    }
                    id = *created;
                    ids.insert(edit.code, id);
                } else {
                    Values changes = edit.set;
                    for (const QString& key : edit.finalKeys) {
                        changes.insert(key, system.values.value(key));
                    }
                    if (!changes.isEmpty()) {
                        auto updated = SystemRepository::update(txn, id, changes);
                        if (!updated) {
                            return updated.error();
                        }
                    }
                }
                for (const LogEntry& entry : edit.create ? system.log : edit.log) {
                    auto added = ChangeLogRepository::add(txn, toChange(id, entry));
                    if (!added) {
                        return added.error();
                    }
                }
            }
            return {};
        });
        if (!written) {
            return written;
        }
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Generated systems for scale tests.
// ---------------------------------------------------------------------------------------------------------------

// splitmix64: tiny, fast and the same on every platform, so a seed always gives the same workspace.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int bound) { return int(next() % quint64(bound)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list[below(int(list.size()))];
    }
    // Index into `weights`, chosen with probability proportional to each weight.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = below(total);
        int index = 0;
        for (int w : weights) {
            if (roll < w) {
                return index;
            }
            roll -= w;
            ++index;
        }
        return index - 1;
    }

private:
    quint64 m_state;
};

struct Function
{
    QString name;      // "demand forecaster"
    QString modelType; // choice code
    QString summary;   // %1 = domain in lower case
};

struct Unit
{
    QString name;
    QStringList domains; // what its systems work on: "Warehouse", "Invoice", ...
};

struct Vocabulary
{
    QList<Unit> units;
    QList<Function> functions;
    QStringList owners;
    QStringList vendors;
    QStringList healthVendors;
    QHash<QString, QStringList> libraries; // per model type
    QStringList generativeModels;
    QStringList visionModels;
    QStringList datasets;
    QStringList sources;
    QStringList tags;
    QStringList notes;
};

const Vocabulary& vocabulary()
{
    static const Vocabulary v{
        {
            {u"Manufacturing"_s,
             {u"Plant"_s, u"Paint shop"_s, u"Welding line"_s, u"Assembly line"_s, u"Quality"_s, u"Energy"_s}},
            {u"Supply Chain"_s,
             {u"Warehouse"_s, u"Logistics"_s, u"Fleet"_s, u"Supplier"_s, u"Returns"_s, u"Spare parts"_s}},
            {u"Payments & Financing"_s,
             {u"Payment"_s, u"Collections"_s, u"Loan servicing"_s, u"Treasury"_s, u"Chargeback"_s}},
            {u"Customer Service"_s, {u"Call centre"_s, u"Service desk"_s, u"Complaint"_s, u"Warranty"_s, u"Repair"_s}},
            {u"People & Culture"_s, {u"Recruiting"_s, u"Payroll"_s, u"Learning"_s, u"Onboarding"_s, u"Workforce"_s}},
            {u"Finance Operations"_s,
             {u"Invoice"_s, u"Travel expense"_s, u"Tax"_s, u"Accounts payable"_s, u"Procurement"_s}},
            {u"Group IT"_s,
             {u"IT ticket"_s, u"Access request"_s, u"Security log"_s, u"Code review"_s, u"Cloud cost"_s}},
            {u"Marketing"_s, {u"Campaign"_s, u"Web shop"_s, u"Social media"_s, u"Newsletter"_s, u"Loyalty"_s}},
            {u"Sales"_s, {u"Dealer"_s, u"Lead"_s, u"Quote"_s, u"Key account"_s, u"Fleet sales"_s}},
            {u"Legal & Compliance"_s,
             {u"Contract"_s, u"Regulatory"_s, u"Sanctions screening"_s, u"Policy"_s, u"Whistleblowing"_s}},
            {u"Research & Development"_s, {u"Product"_s, u"Test bench"_s, u"Battery"_s, u"Patent"_s, u"Simulation"_s}},
            {u"Norrvik Health (US)"_s,
             {u"Clinical"_s, u"Pharmacy"_s, u"Patient intake"_s, u"Radiology"_s, u"Claims"_s, u"Scheduling"_s}},
        },
        {
            {u"demand forecaster"_s, u"regression"_s, u"Forecasts weekly %1 volumes from historical data."_s},
            {u"anomaly detector"_s, u"classifier"_s, u"Flags unusual %1 records for review."_s},
            {u"document classifier"_s, u"classifier"_s, u"Sorts incoming %1 documents into work queues."_s},
            {u"assistant"_s, u"generative"_s, u"Answers staff questions about %1 processes with a language model."_s},
            {u"summariser"_s, u"generative"_s, u"Drafts summaries of long %1 documents for human review."_s},
            {u"recommender"_s, u"recommender"_s, u"Suggests next steps to %1 staff based on similar past cases."_s},
            {u"visual inspection"_s, u"computer_vision"_s, u"Checks %1 images for visible defects or damage."_s},
            {u"risk scorer"_s, u"classifier"_s, u"Scores %1 cases by risk so that the riskiest are handled first."_s},
            {u"price optimiser"_s, u"regression"_s, u"Proposes %1 price points within limits set by the business."_s},
            {u"routing optimiser"_s, u"other"_s, u"Plans %1 routes and sequences to reduce cost and delay."_s},
            {u"translation service"_s, u"generative"_s, u"Translates %1 texts between the group's languages."_s},
            {u"search ranking"_s, u"recommender"_s, u"Ranks %1 search results by relevance."_s},
            {u"entity extractor"_s, u"other"_s, u"Extracts names, dates and amounts from %1 texts."_s},
            {u"sentiment analyser"_s, u"classifier"_s, u"Classifies the tone of %1 messages."_s},
            {u"capacity planner"_s, u"regression"_s, u"Estimates the %1 capacity needed in the coming weeks."_s},
            {u"duplicate finder"_s, u"other"_s, u"Finds duplicate or near-duplicate %1 records."_s},
            {u"email triage"_s, u"classifier"_s, u"Routes incoming %1 e-mails to the right team."_s},
            {u"knowledge bot"_s, u"generative"_s, u"Answers questions from the %1 knowledge base with citations."_s},
            {u"next-best-action engine"_s, u"recommender"_s, u"Proposes the next action in %1 conversations."_s},
            {u"scheduling optimiser"_s, u"other"_s, u"Builds %1 schedules that respect staff and machine limits."_s},
            {u"OCR pipeline"_s, u"computer_vision"_s, u"Reads scanned %1 forms into structured data."_s},
            {u"propensity model"_s, u"classifier"_s, u"Estimates how likely %1 contacts are to respond to an offer."_s},
            {u"cost estimator"_s, u"regression"_s, u"Estimates %1 costs from past cases."_s},
        },
        {u"Henrik Lindqvist"_s,   u"Marta Kowalczyk"_s,
         u"Tomasz Nowak"_s,       u"Sofia Marchetti"_s,
         u"Lukas Brandt"_s,       u"Jonas Becker"_s,
         u"Angela Whitfield"_s,   u"Rahul Menon"_s,
         u"Claire Fontaine"_s,    u"Mateo Álvarez"_s,
         u"Zoë Dubois-Øster"_s,   u"Felix Hartmann"_s,
         u"Ana Petrović"_s,       u"Pieter de Vries"_s,
         u"Aiko Tanaka"_s,        u"Katarzyna Wiśniewska"_s,
         u"Daniel Okafor"_s,      u"Oskar Johansson"_s,
         u"Leila Haddad"_s,       u"Giulia Romano"_s,
         u"Ingrid Solberg"_s,     u"Priya Raman"_s,
         u"Sven Aaltonen"_s,      u"Nadia Benali"_s,
         u"Erik Halvorsen"_s,     u"Chloé Martin"_s,
         u"Miguel Santos"_s,      u"Hannah Weber"_s,
         u"Viktor Horváth"_s,     u"Elena Popescu"_s,
         u"James O'Connor"_s,     u"Maria Lopes"_s,
         u"Kenji Watanabe"_s,     u"Fatima Zahra El Idrissi"_s,
         u"Lars Mikkelsen"_s,     u"Sarah Goldberg"_s,
         u"Marcus Reed"_s,        u"Anneke Visser"_s,
         u"Dimitris Papadakis"_s, u"Julia Nowicka"_s},
        {u"Klarblick Document AI GmbH"_s,
         u"TalentSift GmbH"_s,
         u"Microsoft (Azure OpenAI Service)"_s,
         u"Nordlys Analytics AB"_s,
         u"Quantaris SAS"_s,
         u"Helix Vision B.V."_s,
         u"Amazon Web Services"_s,
         u"Google Cloud"_s,
         u"Brightline Forecasting Ltd"_s,
         u"Sentinel Risk Systems S.p.A."_s},
        {u"株式会社ミライメディカル (Mirai Medical K.K.)"_s,
         u"Lakeshore Clinical Analytics LLC"_s,
         u"MedScribe AI Inc."_s},
        {
            {u"generative"_s, {u"library: LangChain 0.2"_s, u"library: LlamaIndex 0.10"_s, u"library: vLLM 0.5"_s}},
            {u"classifier"_s,
             {u"library: scikit-learn 1.4"_s,
              u"library: LightGBM 4.3"_s,
              u"library: XGBoost 2.0"_s,
              u"library: spaCy 3.7"_s,
              u"library: Hugging Face Transformers 4.41"_s}},
            {u"regression"_s,
             {u"library: scikit-learn 1.4"_s,
              u"library: LightGBM 4.3"_s,
              u"library: statsmodels 0.14"_s,
              u"library: Prophet 1.1"_s}},
            {u"recommender"_s,
             {u"library: PyTorch 2.3"_s, u"library: implicit 0.7"_s, u"library: TensorFlow Recommenders 0.7"_s}},
            {u"computer_vision"_s,
             {u"library: PyTorch 2.3"_s, u"library: OpenCV 4.9"_s, u"library: ONNX Runtime 1.17"_s}},
            {u"other"_s, {u"library: OR-Tools 9.10"_s, u"library: pandas 2.2"_s, u"library: spaCy 3.7"_s}},
        },
        {u"api: Azure OpenAI GPT-4o"_s,
         u"api: Anthropic Claude 3.5 Sonnet"_s,
         u"api: Google Gemini 1.5 Pro"_s,
         u"model: Llama 3.1 8B Instruct"_s,
         u"model: Mistral 7B Instruct v0.3"_s},
        {u"model: YOLOv8"_s, u"model: ResNet-50 (ImageNet)"_s, u"model: Segment Anything (ViT-B)"_s},
        {u"dataset: ERP history extract"_s,
         u"dataset: CRM export 2020-2025"_s,
         u"dataset: Data lake snapshot (internal)"_s,
         u"dataset: Ticket archive 2021-2025"_s},
        {u"Internal %1 records, extracted monthly into the data lake."_s,
         u"Historical %1 data from the ERP, with the extract date recorded for each training run."_s,
         u"Vendor-supplied %1 data; provenance documented in the vendor's model card."_s,
         u"Manually labelled %1 samples, each checked by two reviewers."_s,
         u"No training data of our own: prompts only, grounded in %1 documents."_s},
        {u"pilot"_s,
         u"GDPR"_s,
         u"customer-facing"_s,
         u"internal"_s,
         u"vendor-managed"_s,
         u"legacy"_s,
         u"cost saving"_s,
         u"needs DPIA"_s,
         u"shadow AI"_s,
         u"EU"_s,
         u"US"_s,
         u"quick win"_s},
        {u"Found during the 2026 shadow-AI survey."_s,
         u"Vendor contract renewal due next year."_s,
         u"Owner to confirm the intended purpose."_s,
         u"Model card requested from the vendor."_s,
         u"Retraining is manual; automation planned."_s}};
    return v;
}

AiSystem generatedSystem(Random& random, int number)
{
    const Vocabulary& v = vocabulary();
    const Unit& unit = random.pick(v.units);
    const QString& domain = random.pick(unit.domains);
    const Function& function = random.pick(v.functions);
    const bool health = unit.name == u"Norrvik Health (US)"_s;
    const bool people = unit.name == u"People & Culture"_s;
    const bool finance = unit.name == u"Payments & Financing"_s;
    const bool generative = function.modelType == u"generative"_s;
    const bool vision = function.modelType == u"computer_vision"_s;
    const QString domainLower = domain.toLower();

    static const QStringList lifecycles{u"idea"_s, u"development"_s, u"validation"_s, u"production"_s, u"retired"_s};
    const QString lifecycle = lifecycles[random.weighted({4, 9, 7, 75, 5})];

    QString deployment;
    if (generative) {
        deployment = random.chance(70) ? u"third_party_api"_s : u"cloud"_s;
    } else if (vision) {
        static const QStringList options{u"edge"_s, u"on_premises"_s, u"cloud"_s};
        deployment = options[random.weighted({40, 30, 30})];
    } else {
        static const QStringList options{u"cloud"_s, u"on_premises"_s, u"third_party_api"_s, u"edge"_s};
        deployment = options[random.weighted({50, 30, 15, 5})];
    }
    const bool vendor = deployment == u"third_party_api"_s || random.chance(25);

    QStringList components;
    if (generative) {
        components << random.pick(v.generativeModels);
    } else if (vision && random.chance(60)) {
        components << random.pick(v.visionModels);
    }
    components << random.pick(*v.libraries.constFind(function.modelType));
    if (random.chance(30)) {
        components << random.pick(v.datasets);
    }

    QString categories;
    if (health) {
        static const QStringList options{u"personal,special_category,phi"_s, u"personal,phi"_s, u"confidential"_s};
        categories = options[random.weighted({50, 35, 15})];
    } else if (people) {
        categories = random.chance(20) ? u"personal,special_category"_s : u"personal"_s;
    } else {
        static const QStringList options{
            u"none"_s, u"confidential"_s, u"personal"_s, u"personal,confidential"_s, u"personal,special_category"_s};
        categories = options[random.weighted({30, 30, 25, 12, 3})];
    }

    static const QStringList tiers{u"high"_s, u"limited"_s, u"minimal"_s, u"gpai"_s, u"unclassified"_s};
    QString tier;
    if (lifecycle == u"idea"_s && random.chance(60)) {
        tier = u"unclassified"_s;
    } else if (generative) {
        tier = tiers[random.weighted({3, 52, 10, 30, 5})];
    } else if ((people || health || finance) && function.modelType == u"classifier"_s) {
        tier = tiers[random.weighted({55, 5, 33, 0, 7})];
    } else {
        tier = tiers[random.weighted({5, 12, 76, 2, 5})];
    }

    static const QStringList decisions{u"yes"_s, u"no"_s, u"unknown"_s};
    const QString automated =
        tier == u"high"_s ? decisions[random.weighted({45, 45, 10})] : decisions[random.weighted({4, 80, 16})];
    static const QStringList oversight{u"in_the_loop"_s, u"on_the_loop"_s, u"none"_s};
    static const QStringList criticalities{u"low"_s, u"medium"_s, u"high"_s, u"critical"_s};

    QStringList monitoring;
    if (random.chance(lifecycle == u"production"_s ? 80 : 30)) {
        if (random.chance(55)) {
            monitoring << u"drift"_s;
        }
        if (random.chance(85)) {
            monitoring << u"performance"_s;
        }
        if (random.chance(35)) {
            monitoring << u"input_anomalies"_s;
        }
    }

    static const QDate firstReview(2025, 6, 1);
    static const int reviewSpan = int(firstReview.daysTo(QDate(2027, 12, 31))) + 1;
    const int reviewDay = random.below(reviewSpan);
    const QString nextReview = lifecycle != u"retired"_s || random.chance(50)
                                   ? firstReview.addDays(reviewDay).toString(Qt::ISODate)
                                   : QString();

    QStringList tags;
    for (int i = random.weighted({25, 50, 25}); i > 0; --i) {
        tags << random.pick(v.tags); // duplicates are merged when the record is normalised
    }

    QString purpose;
    if (automated == u"yes"_s) {
        purpose = u"Decides routine %1 cases automatically within limits set by the business; staff handle the "
                  u"exceptions and any objections."_s.arg(domainLower);
    } else if (random.chance(50)) {
        purpose = u"Supports %1 work; its outputs are advisory and checked by staff."_s.arg(domainLower);
    } else {
        purpose = u"Reduces manual effort in %1 tasks. Not meant for decisions about individuals."_s.arg(domainLower);
    }

    const QString numberText = u"%1"_s.arg(number, 5, 10, QLatin1Char('0'));
    AiSystem system;
    system.set(u"code"_s, u"GEN-"_s + numberText);
    system.set(u"name"_s, u"%1 %2 %3"_s.arg(domain, function.name, numberText));
    system.set(u"description"_s, function.summary.arg(domainLower) + u" Run by "_s + unit.name + u'.');
    system.set(u"purpose"_s, purpose);
    system.set(u"business_owner"_s, random.pick(v.owners));
    system.set(u"technical_owner"_s, random.pick(v.owners));
    system.set(u"business_unit"_s, unit.name);
    system.set(u"lifecycle"_s, lifecycle);
    system.set(u"deployment"_s, deployment);
    system.set(u"model_type"_s, function.modelType);
    system.set(u"provider_kind"_s, vendor ? u"vendor"_s : u"in_house"_s);
    system.set(u"provider_name"_s, vendor ? random.pick(health ? v.healthVendors : v.vendors) : QString());
    system.set(u"components"_s, components.join(QLatin1Char('\n')));
    system.set(u"data_categories"_s, categories);
    system.set(u"data_sources"_s, random.pick(v.sources).arg(domainLower));
    system.set(u"automated_decisions"_s, automated);
    system.set(u"human_oversight"_s,
               automated == u"yes"_s ? oversight[random.weighted({20, 80, 0})]
                                     : oversight[random.weighted({35, 45, 20})]);
    system.set(u"ai_act_tier"_s, tier);
    system.set(u"criticality"_s, criticalities[random.weighted({30, 40, 22, 8})]);
    system.set(u"monitoring"_s, monitoring.join(QLatin1Char(',')));
    system.set(u"next_review"_s, nextReview);
    system.set(u"tags"_s, tags.join(u", "_s));
    system.set(u"notes"_s, random.chance(15) ? random.pick(v.notes) : QString());
    return system;
}

Result<void> generateSystems(Connection& connection,
                             DemoClock& clock,
                             const Clock& realClock,
                             const DemoWorkspace::Options& options,
                             const DemoWorkspace::Progress& progress)
{
    const int total = options.extraSystems;
    Random random(quint64(options.seed) * 0x2545F4914F6CDD1DULL + 0x5DEECE66DULL);
    for (int done = 0; done < total;) {
        const int count = std::min(ChunkSize, total - done);
        const QString first = u"GEN-%1"_s.arg(done + 1, 5, 10, QLatin1Char('0'));
        const QString last = u"GEN-%1"_s.arg(done + count, 5, 10, QLatin1Char('0'));
        // The bulk import happens "now": keep the demo clock in step with real time, after the scripted history.
        clock.set(std::max(clock.nowMs() + 1000, realClock.nowMs()));
        auto written = connection.write(DemoWorkspace::tr("Add generated demo systems %1 to %2").arg(first, last),
                                        [&](WriteTransaction& txn) -> Result<void> {
                                            for (int i = 0; i < count; ++i) {
                                                auto created = SystemRepository::create(
                                                    txn, generatedSystem(random, done + i + 1));
                                                if (!created) {
                                                    return created.error();
                                                }
                                            }
                                            return {};
                                        });
        if (!written) {
            return written;
        }
        done += count;
        if (progress && !progress(done, total)) {
            return makeError(ErrorCode::Cancelled,
                             DemoWorkspace::tr("Cancelled: %1 of %2 generated AI systems were added to the demo "
                                               "workspace.")
                                 .arg(done)
                                 .arg(total));
        }
    }
    return {};
}

// The compliance picture of a real organisation part-way through its programme: most controls in place
// organisation-wide, some partial or planned, a few systems doing better or worse than the default, evidence (one
// item expired), findings (two overdue), a few decisions by hand. No framework shows 0 % or 100 %.
Result<void> addCompliance(Connection& connection, DemoClock& clock, qint64 realNowMs)
{
    ComplianceRepository repository(connection);
    auto controls = repository.controls();
    if (!controls) {
        return controls.error();
    }
    if (controls->isEmpty()) {
        return {}; // a workspace without the control library (no catalogs loaded)
    }
    // The compliance work spread over the last week (after the scripted history), so the dashboard's trend shows
    // coverage growing; the risk register follows on the last day.
    clock.set(std::max(clock.nowMs() + MsPerMinute * 60, realNowMs - 8 * MsPerDay));
    auto tick = [&clock, realNowMs] {
        clock.set(std::min(clock.nowMs() + 11 * MsPerMinute * 60, realNowMs - MsPerDay - MsPerMinute * 60));
    };
    const QDate today = QDateTime::fromMSecsSinceEpoch(realNowMs, QTimeZone::utc()).date();
    auto day = [&today](int offset) { return today.addDays(offset).toString(Qt::ISODate); };
    QHash<QString, qint64> control;
    for (const Control& c : *controls) {
        control.insert(c.code, c.id);
    }
    SystemRepository systems(connection);
    auto system = [&systems](const QString& code) -> qint64 {
        auto id = systems.idForCode(code);
        return id && id->has_value() ? **id : 0;
    };
    CatalogRepository catalogs(connection);
    auto requirement = [&catalogs](const QString& key, const QString& ref) -> qint64 {
        auto f = catalogs.framework(key);
        if (!f || !f->has_value()) {
            return 0;
        }
        auto ids = catalogs.requirementIds((*f)->id);
        return ids ? ids->value(ref) : 0;
    };
    auto framework = [&catalogs](const QString& key) -> qint64 {
        auto f = catalogs.framework(key);
        return f && f->has_value() ? (*f)->id : 0;
    };
    ComplianceService service(connection);

    struct Impl
    {
        const char* code;
        const char* system; // "" = organisation-wide
        const char* status;
        const char* owner;
        int targetIn = 0; // days from today, 0 = none
        const char* testResult = "";
        int testedAgo = 0;
        const char* note = "";
    };
    const QList<Impl> implementations = {
        {"AIC-GOV-01", "", "implemented", "Chief Risk Officer", 0, "passed", 120},
        {"AIC-GOV-02", "", "implemented", "Chief Risk Officer", 0, "passed", 120},
        {"AIC-GOV-03",
         "",
         "partial",
         "Data Protection Officer",
         60,
         "",
         0,
         "Impact assessments done for the high-risk systems; the template for the others is in review."},
        {"AIC-DOC-01", "", "implemented", "Head of Data Science", 0, "passed", 75},
        {"AIC-DAT-01",
         "",
         "partial",
         "Data Platform Lead",
         90,
         "",
         0,
         "Lineage captured for the feature store; external datasets still recorded by hand."},
        {"AIC-DAT-02", "", "implemented", "Security Architect", 0, "passed", 40},
        {"AIC-DAT-03", "", "implemented", "Security Architect", 0, "passed", 40},
        {"AIC-DAT-04", "", "partial", "Data Protection Officer", 45},
        {"AIC-DAT-05", "", "not_started", "Head of Data Science", 180},
        {"AIC-DAT-06", "", "planned", "Data Platform Lead", 75},
        {"AIC-ACC-01", "", "implemented", "IAM Lead", 0, "passed", 30},
        {"AIC-ROB-01", "", "planned", "ML Engineering Lead", 60},
        {"AIC-ROB-02", "", "not_started", "ML Engineering Lead", 120},
        {"AIC-MON-01", "", "implemented", "MLOps Lead", 0, "passed", 20},
        {"AIC-MON-02", "", "partial", "MLOps Lead", 30},
        {"AIC-INF-01", "", "implemented", "Platform Engineering", 0, "passed", 50},
        {"AIC-INF-02", "", "implemented", "Network Security", 0, "passed", 200},
        {"AIC-INF-03", "", "implemented", "Platform Engineering", 0, "passed", 50},
        {"AIC-VUL-01", "", "implemented", "Security Operations", 0, "passed", 7},
        {"AIC-VUL-02", "", "planned", "Security Operations", 45},
        {"AIC-LOG-01", "", "implemented", "Security Operations", 0, "passed", 60},
        {"AIC-HUM-01", "", "partial", "Business owners", 30},
        {"AIC-INC-01", "", "implemented", "Security Operations", 0, "passed", 150},
        {"AIC-SUP-01", "", "implemented", "Procurement", 0, "passed", 90},
        {"AIC-XAI-01", "", "partial", "Head of Data Science", 60},
        {"AIC-BIA-01", "", "planned", "Responsible AI Lead", 30},
        {"AIC-CHG-01", "", "implemented", "MLOps Lead", 0, "passed", 25},
        {"AIC-TRN-01", "", "implemented", "HR Learning", 0, "passed", 100},
        {"AIC-TRA-01", "", "partial", "Data Protection Officer", 45},
        {"AIC-DSR-01", "", "partial", "Data Protection Officer", 60},
        {"AIC-BCP-01",
         "",
         "implemented",
         "Platform Engineering",
         0,
         "failed",
         14,
         "The last restore drill of the model registry took 9 hours against a 4-hour objective."},
        // Systems that differ from the organisation's default.
        {"AIC-HUM-01", "MED-RAD-01", "implemented", "Head of Radiology", 0, "passed", 30},
        {"AIC-BIA-01", "MED-RAD-01", "implemented", "Responsible AI Lead", 0, "passed", 35},
        {"AIC-DAT-05", "MED-RAD-01", "partial", "Head of Data Science", 90},
        {"AIC-ROB-02", "CS-CHAT-01", "implemented", "ML Engineering Lead", 0, "passed", 12},
        {"AIC-VUL-02",
         "CS-CHAT-01",
         "implemented",
         "Security Operations",
         0,
         "failed",
         9,
         "Red team bypassed the input filter with an indirect prompt injection."},
        {"AIC-BIA-01", "HR-CV-01", "partial", "Responsible AI Lead", 14, "failed", 20},
        {"AIC-XAI-01", "HR-CV-01", "planned", "Head of Data Science", 40},
        {"AIC-XAI-01", "FIN-CREDIT-01", "implemented", "Credit Risk Modelling", 0, "passed", 60},
        {"AIC-HUM-01", "FIN-CREDIT-01", "implemented", "Credit Operations", 0, "passed", 60},
        {"AIC-DAT-04", "MFG-PDM-01", "not_applicable", "Data Protection Officer"},
        {"AIC-DSR-01", "MFG-PDM-01", "not_applicable", "Data Protection Officer"},
    };
    for (const Impl& i : implementations) {
        ControlImplementation impl;
        impl.controlId = control.value(QString::fromLatin1(i.code));
        impl.systemId = *i.system ? system(QString::fromLatin1(i.system)) : 0;
        impl.status = QString::fromLatin1(i.status);
        impl.owner = QString::fromLatin1(i.owner);
        impl.targetDate = i.targetIn ? day(i.targetIn) : QString();
        impl.lastTestResult = QString::fromLatin1(i.testResult);
        impl.lastTestDate = i.testedAgo ? day(-i.testedAgo) : QString();
        impl.notes = QString::fromUtf8(i.note);
        if (impl.status == u"not_applicable"_s) {
            impl.justification = u"Sensor telemetry only: the system processes no personal data."_s;
        }
        if (!impl.controlId || (*i.system && !impl.systemId)) {
            continue;
        }
        tick();
        if (auto set = service.setImplementation(impl); !set) {
            return set;
        }
    }

    // Frameworks confirmed beyond what the facts propose.
    struct Applies
    {
        const char* system;
        const char* framework;
        bool applies;
        const char* reason;
    };
    for (const Applies& a :
         {Applies{"CS-CHAT-01", "owasp-llm-2025", true, "Customer-facing LLM assistant."},
          Applies{"ENG-CODE-01", "owasp-llm-2025", true, "LLM code assistant used by all engineers."},
          Applies{"MED-RAD-01", "nist-ai-rmf-1.0", true, "Adopted for clinical AI governance."},
          Applies{"FIN-CREDIT-01", "nist-ai-rmf-1.0", true, "Required by the model risk policy."},
          Applies{"HR-CV-01", "gdpr", true, "Candidate CVs: personal data, confirmed by the DPO."}}) {
        const qint64 s = system(QString::fromLatin1(a.system));
        const qint64 f = framework(QString::fromLatin1(a.framework));
        if (s && f) {
            tick();
            if (auto set = service.setApplicability(s, f, a.applies, QString::fromUtf8(a.reason)); !set) {
                return set;
            }
        }
    }

    // Evidence: files, a link and a note; one report has expired.
    struct File
    {
        const char* title;
        const char* name;
        const char* text;
        int validFor; // days from today; negative: expired
        QList<const char*> controls;
    };
    const QList<File> files = {
        {"Key management standard v4",
         "key-management-standard-v4.txt",
         "Key management standard, version 4. Keys for datasets, model weights and backups are held in the HSM-backed "
         "key service; rotation every 12 months; access logged.\n",
         300,
         {"AIC-DAT-02", "AIC-DAT-03"}},
        {"Drift monitoring report, last quarter",
         "drift-report.csv",
         "model,metric,threshold,observed,status\nPAY-FRAUD-01,PSI,0.2,0.08,ok\nSC-DEMAND-01,PSI,0.2,0.31,alert\n",
         -20,
         {"AIC-MON-01"}},
        {"Access review minutes",
         "access-review.txt",
         "Quarterly access review of the model registry and feature store: 14 accounts removed, 3 privileges "
         "reduced.\n",
         70,
         {"AIC-ACC-01"}},
    };
    for (const File& file : files) {
        Evidence meta;
        meta.title = QString::fromUtf8(file.title);
        meta.fileName = QString::fromLatin1(file.name);
        meta.collectedOn = day(file.validFor < 0 ? -110 : -20);
        meta.validUntil = day(file.validFor);
        tick();
        auto id = service.addFileEvidence(meta, QByteArray(file.text));
        if (!id) {
            return id.error();
        }
        for (const char* code : file.controls) {
            tick();
            if (auto linked =
                    service.linkEvidence(EvidenceLink{0, *id, control.value(QString::fromLatin1(code)), 0, 0});
                !linked) {
                return linked.error();
            }
        }
    }
    Evidence policy;
    policy.title = u"AI governance policy (intranet)"_s;
    policy.kind = u"link"_s;
    policy.url = u"https://intranet.example.com/policies/ai-governance"_s;
    policy.collectedOn = day(-60);
    policy.validUntil = day(305);
    tick();
    if (auto id = service.addEvidence(policy); id) {
        tick();
        (void)service.linkEvidence(EvidenceLink{0, *id, control.value(u"AIC-GOV-01"_s), 0, 0});
    } else {
        return id.error();
    }
    Evidence dpia;
    dpia.title = u"DPIA for MED-RAD-01, signed by the DPO"_s;
    dpia.kind = u"note"_s;
    dpia.note = u"Signed copy filed in the DPO's register, reference DPIA-2026-007."_s;
    dpia.collectedOn = day(-45);
    tick();
    if (auto id = service.addEvidence(dpia); id) {
        tick();
        (void)service.linkEvidence(
            EvidenceLink{0, *id, 0, requirement(u"gdpr"_s, u"Art. 35"_s), system(u"MED-RAD-01"_s)});
    } else {
        return id.error();
    }

    // Assessments by hand.
    tick();
    if (auto set = service.setOverride(
            RequirementAssessment{0,
                                  requirement(u"gdpr"_s, u"Art. 35"_s),
                                  system(u"FIN-CREDIT-01"_s),
                                  u"non_compliant"_s,
                                  u"The DPIA was drafted in March but has not been signed off by the DPO."_s});
        !set) {
        return set;
    }
    tick();
    if (auto set = service.setOverride(
            RequirementAssessment{0,
                                  requirement(u"iso27001-2022"_s, u"A.5.5"_s),
                                  0,
                                  u"compliant"_s,
                                  u"Legal keeps the contact list of supervisory authorities; reviewed in January."_s});
        !set) {
        return set;
    }

    // Findings: two overdue, one closed.
    struct Raise
    {
        const char* title;
        const char* source;
        const char* system;
        const char* control;
        const char* framework;
        const char* ref;
        const char* severity;
        const char* owner;
        int dueIn;
        const char* status;
        const char* closure;
    };
    for (const Raise& r : {Raise{"Indirect prompt injection bypasses the input filter",
                                 "control_test",
                                 "CS-CHAT-01",
                                 "AIC-VUL-02",
                                 "",
                                 "",
                                 "high",
                                 "ML Engineering Lead",
                                 -5,
                                 "in_progress",
                                 ""},
                           Raise{"Gender parity below threshold in CV ranking",
                                 "control_test",
                                 "HR-CV-01",
                                 "AIC-BIA-01",
                                 "",
                                 "",
                                 "critical",
                                 "Responsible AI Lead",
                                 14,
                                 "open",
                                 ""},
                           Raise{"DPIA not signed off",
                                 "requirement",
                                 "FIN-CREDIT-01",
                                 "",
                                 "gdpr",
                                 "Art. 35",
                                 "high",
                                 "Data Protection Officer",
                                 -10,
                                 "open",
                                 ""},
                           Raise{"Model registry restore exceeds recovery objective",
                                 "control_test",
                                 "",
                                 "AIC-BCP-01",
                                 "",
                                 "",
                                 "medium",
                                 "Platform Engineering",
                                 30,
                                 "open",
                                 ""},
                           Raise{"Records of processing missing two AI systems",
                                 "manual",
                                 "",
                                 "",
                                 "",
                                 "",
                                 "medium",
                                 "Data Protection Officer",
                                 -40,
                                 "closed",
                                 "Both systems added to the register; confirmed in the DPO review."}}) {
        Finding f;
        f.title = QString::fromUtf8(r.title);
        f.source = QString::fromLatin1(r.source);
        f.systemId = *r.system ? system(QString::fromLatin1(r.system)) : 0;
        f.controlId = *r.control ? control.value(QString::fromLatin1(r.control)) : 0;
        f.requirementId = *r.framework ? requirement(QString::fromLatin1(r.framework), QString::fromLatin1(r.ref)) : 0;
        f.severity = QString::fromLatin1(r.severity);
        f.owner = QString::fromUtf8(r.owner);
        f.dueDate = day(r.dueIn);
        tick();
        auto id = service.addFinding(f);
        if (!id) {
            return id.error();
        }
        if (QString::fromLatin1(r.status) != u"open"_s) {
            f.id = *id;
            f.status = QString::fromLatin1(r.status);
            f.closureNote = QString::fromUtf8(r.closure);
            f.closedOn = f.status == u"closed"_s ? day(-3) : QString();
            tick();
            if (auto updated = service.updateFinding(f); !updated) {
                return updated;
            }
        }
    }

    // The Statement of Applicability: decisions recorded for a few Annex A controls.
    struct Decision
    {
        const char* ref;
        bool applicable;
        const char* justification;
    };
    for (const Decision& d :
         {Decision{
              "A.7.11", false, "No own data centre: hosting is outsourced to an ISO/IEC 27001 certified provider."},
          Decision{
              "A.7.12", false, "No own data centre: hosting is outsourced to an ISO/IEC 27001 certified provider."},
          Decision{"A.8.30", true, "Two AI models are developed with external partners."},
          Decision{"A.5.7", true, "Threat intelligence on attacks against AI systems is needed for the chatbot."}}) {
        tick();
        if (auto set = service.setSoaEntry(requirement(u"iso27001-2022"_s, QString::fromLatin1(d.ref)),
                                           d.applicable,
                                           QString::fromUtf8(d.justification));
            !set) {
            return set;
        }
    }
    return {};
}

// A risk register part-way through treatment: every system's main AI risks assessed, most being mitigated by
// controls with a residual assessment, some accepted by their owner below the threshold, one accepted above it by
// the Chief Risk Officer, a few overdue. Levels come from the workspace's matrix.
Result<void> addRisks(Connection& connection, DemoClock& clock, qint64 realNowMs)
{
    RiskRepository risks(connection);
    auto threats = risks.threats();
    if (!threats) {
        return threats.error();
    }
    auto controls = ComplianceRepository(connection).controls();
    if (!controls) {
        return controls.error();
    }
    if (threats->isEmpty()) {
        return {}; // a workspace without the threat catalog (no catalogs loaded)
    }
    QHash<QString, qint64> threat;
    for (const Threat& t : *threats) {
        threat.insert(t.code, t.id);
    }
    QHash<QString, qint64> control;
    for (const Control& c : *controls) {
        control.insert(c.code, c.id);
    }
    SystemRepository systems(connection);
    const QDate today = QDateTime::fromMSecsSinceEpoch(realNowMs, QTimeZone::utc()).date();
    auto day = [&today](int offset) { return offset ? today.addDays(offset).toString(Qt::ISODate) : QString(); };
    clock.set(realNowMs - MsPerDay);
    RiskService service(connection);

    struct Entry
    {
        const char* system;
        const char* threat;
        const char* scenario;
        const char* assets;
        int likelihood;
        int impact;
        const char* treatment;
        QList<const char*> controls;
        int residualLikelihood; // 0: not assessed yet
        int residualImpact;
        const char* owner;
        int dueIn; // days from today; negative: overdue while open; 0: none
        int reviewIn;
        const char* status;
        const char* acceptedBy = "";
        const char* justification = "";
    };
    const QList<Entry> entries = {
        // Press line predictive maintenance
        {"MFG-PDM-01",
         "THR-DRF",
         "Sensor replacements and the new press tooling shift the vibration signals, so remaining-life estimates "
         "drift and planners trust stale suggestions.",
         "model,outputs",
         4,
         3,
         "mitigate",
         {"AIC-MON-01", "AIC-MON-02"},
         2,
         3,
         "Tomasz Nowak",
         30,
         90,
         "treating"},
        {"MFG-PDM-01",
         "THR-SUP",
         "The vendor's edge gateway pulls model updates over the internet without signature checks.",
         "pipeline,model",
         2,
         4,
         "mitigate",
         {"AIC-SUP-01", "AIC-VUL-01"},
         1,
         4,
         "Tomasz Nowak",
         0,
         180,
         "treating"},
        {"MFG-PDM-01",
         "THR-AGY",
         "Planners postpone manual inspections whenever the model shows no alert.",
         "outputs",
         3,
         2,
         "accept",
         {},
         0,
         0,
         "Henrik Lindqvist",
         0,
         180,
         "accepted",
         "Henrik Lindqvist",
         "Low impact: safety shutdowns stay with each machine's safety controller and inspections are mandatory "
         "every quarter."},
        // Card payment fraud scoring
        {"PAY-FRAUD-01",
         "THR-ADV",
         "Fraud rings probe the scoring with small test transactions and shape card-testing attacks to stay under "
         "the decision threshold.",
         "model,endpoint",
         4,
         4,
         "mitigate",
         {"AIC-ROB-01", "AIC-ROB-02", "AIC-MON-01"},
         3,
         3,
         "Head of Fraud Analytics",
         -12,
         30,
         "treating"},
        {"PAY-FRAUD-01",
         "THR-POI",
         "Chargeback labels fed back from the acquirer are manipulated so fraudulent patterns are learned as "
         "legitimate.",
         "training_data,model",
         2,
         5,
         "mitigate",
         {"AIC-DAT-01", "AIC-MON-02"},
         2,
         3,
         "Head of Fraud Analytics",
         45,
         90,
         "treating"},
        {"PAY-FRAUD-01",
         "THR-DRF",
         "Seasonal shopping peaks raise the false-positive rate and legitimate payments are declined.",
         "model,outputs",
         4,
         2,
         "accept",
         {"AIC-MON-01"},
         0,
         0,
         "Head of Payments",
         0,
         120,
         "accepted",
         "Head of Payments",
         "Monitored weekly; the manual review queue absorbs peaks within the service level."},
        // Chest X-ray diagnostic aid
        {"MED-RAD-01",
         "THR-DRF",
         "A new detector model in two hospitals changes image contrast and sensitivity for pneumothorax drops "
         "unnoticed.",
         "model,outputs",
         3,
         5,
         "mitigate",
         {"AIC-MON-01", "AIC-MON-02", "AIC-HUM-01"},
         2,
         4,
         "Head of Radiology",
         21,
         60,
         "treating"},
        {"MED-RAD-01",
         "THR-MIA",
         "Model outputs or the fine-tuning set reveal whether a patient's images were used, which is health data "
         "under GDPR and PHI under HIPAA.",
         "training_data,model",
         2,
         5,
         "mitigate",
         {"AIC-DAT-02", "AIC-DAT-04", "AIC-ACC-01"},
         1,
         5,
         "Data Protection Officer",
         0,
         180,
         "treating"},
        {"MED-RAD-01",
         "THR-AGY",
         "Radiologists under time pressure confirm the triage order without reading the low-priority studies.",
         "outputs",
         3,
         5,
         "accept",
         {"AIC-HUM-01", "AIC-TRN-01"},
         2,
         5,
         "Head of Radiology",
         0,
         90,
         "accepted",
         "Chief Medical Officer",
         "The aid only orders the worklist; every study is still read by a radiologist within 24 hours, audited "
         "monthly. Residual risk accepted until the next clinical safety review."},
        // Customer service chatbot
        {"CS-CHAT-01",
         "THR-PIJ",
         "Instructions hidden in customer e-mails or web pages make the assistant ignore its policies or reveal "
         "its system prompt.",
         "model,endpoint,outputs",
         5,
         4,
         "mitigate",
         {"AIC-ROB-02", "AIC-VUL-02", "AIC-MON-01"},
         3,
         4,
         "ML Engineering Lead",
         -5,
         30,
         "treating"},
        {"CS-CHAT-01",
         "THR-SID",
         "The assistant repeats order details or addresses of another customer retrieved from the knowledge base.",
         "outputs,endpoint",
         3,
         4,
         "mitigate",
         {"AIC-ACC-01", "AIC-DAT-04"},
         2,
         4,
         "Data Protection Officer",
         20,
         60,
         "treating"},
        {"CS-CHAT-01",
         "THR-OUT",
         "Generated links and markdown are rendered unescaped in the web chat widget.",
         "outputs",
         3,
         3,
         "mitigate",
         {"AIC-VUL-01"},
         1,
         3,
         "ML Engineering Lead",
         0,
         120,
         "closed"},
        {"CS-CHAT-01",
         "THR-DOS",
         "Automated long conversations exhaust the monthly token budget of the hosted model.",
         "endpoint",
         3,
         2,
         "accept",
         {},
         0,
         0,
         "Head of Customer Service",
         0,
         90,
         "accepted",
         "Head of Customer Service",
         "Spending cap and alerting at the provider; an outage falls back to the human "
         "queue."},
        // Application screening
        {"HR-CV-01",
         "THR-BIA",
         "The ranking model, trained on past hiring decisions, scores women and older applicants lower for the "
         "same qualifications.",
         "training_data,model,outputs",
         4,
         5,
         "mitigate",
         {"AIC-BIA-01", "AIC-XAI-01", "AIC-HUM-01"},
         0,
         0,
         "Responsible AI Lead",
         14,
         30,
         "open"},
        {"HR-CV-01",
         "THR-AGY",
         "Recruiters reject candidates below the model's cut-off without reading their applications.",
         "outputs",
         4,
         4,
         "mitigate",
         {"AIC-HUM-01", "AIC-TRN-01"},
         2,
         4,
         "Head of Talent Acquisition",
         -20,
         30,
         "treating"},
        {"HR-CV-01",
         "THR-MIA",
         "CV texts kept in the fine-tuning set beyond the retention period.",
         "training_data",
         3,
         3,
         "mitigate",
         {"AIC-DAT-04", "AIC-DSR-01"},
         0,
         0,
         "Data Protection Officer",
         60,
         90,
         "open"},
        // Instalment credit scoring
        {"FIN-CREDIT-01",
         "THR-BIA",
         "Postcode features act as a proxy for ethnic origin and lead to unfair refusals.",
         "model,outputs",
         3,
         5,
         "mitigate",
         {"AIC-BIA-01", "AIC-XAI-01"},
         2,
         4,
         "Credit Risk Modelling",
         30,
         90,
         "treating"},
        {"FIN-CREDIT-01",
         "THR-EXT",
         "A broker's bulk queries of the pre-approval API reconstruct the scorecard.",
         "model,endpoint",
         2,
         4,
         "mitigate",
         {"AIC-INF-02", "AIC-ACC-01", "AIC-MON-01"},
         1,
         4,
         "Security Architect",
         0,
         180,
         "treating"},
        {"FIN-CREDIT-01",
         "THR-DRF",
         "Interest-rate rises change repayment behaviour faster than the yearly recalibration.",
         "model",
         4,
         3,
         "transfer",
         {},
         3,
         2,
         "Chief Risk Officer",
         0,
         90,
         "treating"},
        // Spare parts demand forecasting
        {"SC-DEMAND-01",
         "THR-DRF",
         "The drift report shows a population shift after the ERP migration; forecasts for slow movers are too "
         "low.",
         "model,outputs",
         4,
         3,
         "mitigate",
         {"AIC-MON-01", "AIC-DAT-01"},
         0,
         0,
         "Supply Chain Analytics",
         -8,
         30,
         "open"},
        {"SC-DEMAND-01",
         "THR-POI",
         "Manual overrides of historical demand in the ERP extract are taken as true demand.",
         "training_data",
         2,
         3,
         "accept",
         {},
         0,
         0,
         "Supply Chain Analytics",
         0,
         180,
         "accepted",
         "Supply Chain Analytics",
         "Overrides are logged and reviewed monthly; the impact is limited to stock "
         "levels."},
        // Supplier invoice capture
        {"FIN-OCR-01",
         "THR-ADV",
         "Altered invoice layouts make the extraction read another bank account number.",
         "model,outputs",
         2,
         5,
         "mitigate",
         {"AIC-HUM-01", "AIC-ROB-01"},
         1,
         5,
         "Accounts Payable Lead",
         0,
         120,
         "treating"},
        {"FIN-OCR-01",
         "THR-SUP",
         "The document AI vendor processes invoices in a sub-processor region not covered by the contract.",
         "pipeline,training_data",
         2,
         3,
         "transfer",
         {"AIC-SUP-01"},
         1,
         3,
         "Procurement",
         0,
         365,
         "closed"},
        // Developer coding assistant
        {"ENG-CODE-01",
         "THR-SID",
         "Source code and secrets pasted into prompts are retained by the hosted model provider.",
         "endpoint,outputs",
         3,
         4,
         "mitigate",
         {"AIC-SUP-01", "AIC-TRN-01", "AIC-DAT-04"},
         2,
         3,
         "Head of Engineering",
         0,
         90,
         "treating"},
        {"ENG-CODE-01",
         "THR-OUT",
         "Suggested code with known-vulnerable patterns or invented package names is merged unreviewed.",
         "outputs",
         4,
         3,
         "mitigate",
         {"AIC-VUL-01", "AIC-CHG-01"},
         2,
         3,
         "Head of Engineering",
         0,
         90,
         "treating"},
        {"ENG-CODE-01",
         "THR-PIJ",
         "Comments in third-party repositories steer the assistant to insert malicious code.",
         "model,outputs",
         2,
         4,
         "accept",
         {"AIC-CHG-01"},
         2,
         3,
         "Head of Engineering",
         0,
         120,
         "accepted",
         "Head of Engineering",
         "Every change is reviewed by a second engineer and scanned in the pipeline."},
        // Subscription churn propensity (retired)
        {"MKT-CHURN-00",
         "THR-MIA",
         "Training extracts with customer usage data kept after the model was retired.",
         "training_data",
         3,
         3,
         "avoid",
         {"AIC-DAT-04"},
         1,
         3,
         "Data Protection Officer",
         45,
         45,
         "treating"},
    };
    for (const Entry& e : entries) {
        auto systemId = systems.idForCode(QString::fromLatin1(e.system));
        if (!systemId) {
            return systemId.error();
        }
        if (!systemId->has_value()) {
            continue;
        }
        Risk r;
        r.systemId = **systemId;
        r.threatId = threat.value(QString::fromLatin1(e.threat));
        r.scenario = QString::fromUtf8(e.scenario);
        r.assets = QString::fromLatin1(e.assets);
        r.likelihood = e.likelihood;
        r.impact = e.impact;
        r.treatment = QString::fromLatin1(e.treatment);
        for (const char* code : e.controls) {
            if (const qint64 id = control.value(QString::fromLatin1(code))) {
                r.controlIds << id;
            }
        }
        r.residualLikelihood = e.residualLikelihood;
        r.residualImpact = e.residualImpact;
        r.owner = QString::fromUtf8(e.owner);
        r.dueDate = day(e.dueIn);
        r.nextReview = day(e.reviewIn);
        r.status = QString::fromLatin1(e.status);
        if (r.status == u"accepted"_s) {
            r.acceptedBy = QString::fromUtf8(e.acceptedBy);
            r.acceptedOn = day(-30);
            r.acceptanceJustification = QString::fromUtf8(e.justification);
        }
        clock.set(clock.nowMs() + 2 * 60 * 1000);
        if (auto added = service.addRisk(r); !added) {
            return added.error();
        }
    }
    return {};
}

// Two audit interviews: one completed yesterday with the credit scoring team (its answers applied to the GDPR
// assessments, one gap raised as a finding), one in progress today with radiology on the EU AI Act, stopped
// mid-note on the sixth question.
Result<void> addInterviews(Connection& connection, DemoClock& clock, qint64 realNowMs)
{
    CatalogRepository catalogs(connection);
    auto gdpr = catalogs.framework(u"gdpr"_s);
    auto aiAct = catalogs.framework(u"eu-ai-act"_s);
    if (!gdpr || !aiAct || !gdpr->has_value() || !aiAct->has_value()) {
        return {}; // a workspace without the catalogs
    }
    SystemRepository systems(connection);
    auto credit = systems.idForCode(u"FIN-CREDIT-01"_s);
    auto radiology = systems.idForCode(u"MED-RAD-01"_s);
    if (!credit || !radiology || !credit->has_value() || !radiology->has_value()) {
        return {};
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(realNowMs, QTimeZone::utc()).date();
    auto tick = [&clock] { clock.set(clock.nowMs() + 90 * 1000); };
    InterviewService service(connection);

    auto refs = catalogs.requirementIds((*gdpr)->id);
    if (!refs) {
        return refs.error();
    }
    struct Answer
    {
        const char* ref;
        const char* status;
        const char* notes;
        bool followUp = false;
    };
    const QList<Answer> answers = {
        {"Art. 5", "compliant", "Purpose limitation documented in the model card; data minimised to 23 features."},
        {"Art. 6", "compliant", "Contract and legitimate interest; the balancing test is on file with the DPO."},
        {"Art. 13", "partial", "The privacy notice mentions scoring but not the main factors behind a refusal.", true},
        {"Art. 15", "compliant", "Access requests answered within 14 days on average, scoring factors included."},
        {"Art. 22",
         "non_compliant",
         "Refusals under 2,000 EUR are fully automated; applicants cannot ask for a human to look at the decision.",
         true},
        {"Art. 25", "compliant", "Pseudonymised training data; production features are computed in the scoring zone."},
        {"Art. 30", "compliant", "Listed in the records of processing since March."},
        {"Art. 32", "partial", "Encryption in place; the last access review of the scoring service is 14 months old."},
    };
    QList<qint64> questions;
    for (const Answer& a : answers) {
        if (const qint64 id = refs->value(QString::fromLatin1(a.ref))) {
            questions << id;
        }
    }
    InterviewSession done;
    done.title = u"GDPR interview: instalment credit scoring"_s;
    done.frameworkId = (*gdpr)->id;
    done.interviewer = u"Elena Marković"_s;
    done.heldOn = today.addDays(-1).toString(Qt::ISODate);
    done.place = u"Frankfurt, room 3.07"_s;
    done.systemIds = {**credit};
    done.interviewees = {{0, u"Jonas Berger"_s, u"Head of Credit Risk Modelling"_s},
                         {0, u"Aisha Rahman"_s, u"Credit Operations"_s}};
    tick();
    auto doneId = service.plan(done, questions);
    if (!doneId) {
        return doneId.error();
    }
    for (const Answer& a : answers) {
        const qint64 requirement = refs->value(QString::fromLatin1(a.ref));
        if (!requirement) {
            continue;
        }
        InterviewAnswer answer;
        answer.sessionId = *doneId;
        answer.requirementId = requirement;
        answer.status = QString::fromLatin1(a.status);
        answer.notes = QString::fromUtf8(a.notes);
        answer.followUp = a.followUp;
        tick();
        if (auto recorded = service.answer(answer); !recorded) {
            return recorded.error();
        }
    }
    tick();
    if (auto completed = service.complete(*doneId,
                                          u"Jonas Berger"_s,
                                          done.heldOn,
                                          u"Eight GDPR requirements walked through; automated refusals need a human "
                                          u"review route (finding raised), the privacy notice needs the main scoring "
                                          u"factors."_s);
        !completed) {
        return completed.error();
    }

    // In progress: the EU AI Act scope for the radiology aid, five answers so far.
    InterviewSession open;
    open.title = u"EU AI Act interview: chest X-ray triage"_s;
    open.frameworkId = (*aiAct)->id;
    open.interviewer = u"Elena Marković"_s;
    open.heldOn = today.toString(Qt::ISODate);
    open.place = u"Video call"_s;
    open.systemIds = {**radiology};
    open.interviewees = {{0, u"Dr. Sofia Lindberg"_s, u"Head of Radiology"_s},
                         {0, u"Tomasz Nowak"_s, u"ML Engineering Lead"_s}};
    tick();
    auto openId = service.plan(open);
    if (!openId) {
        return openId.error();
    }
    auto scope = InterviewRepository(connection).questions(*openId);
    if (!scope) {
        return scope.error();
    }
    const QList<std::pair<const char*, const char*>> first = {
        {"compliant", "AI literacy training for all radiologists in January; new staff before first use."},
        {"compliant", "Screened against Art. 5 in the intake review; no prohibited practice."},
        {"partial", "Risk management follows the clinical safety case; AI-specific risks were added only in June."},
        {"partial", "Training data from two hospitals; representativeness for children not yet shown."},
        {"compliant", "Technical documentation kept by the vendor and mirrored in the QMS."},
    };
    for (int i = 0; i < first.size() && i < scope->size(); ++i) {
        InterviewAnswer answer;
        answer.sessionId = *openId;
        answer.requirementId = scope->at(i);
        answer.status = QString::fromLatin1(first[i].first);
        answer.notes = QString::fromUtf8(first[i].second);
        tick();
        if (auto recorded = service.answer(answer); !recorded) {
            return recorded.error();
        }
    }
    if (scope->size() > first.size()) {
        InterviewRepository repository(connection);
        if (auto saved = repository.saveProgress(*openId, InterviewProgress{int(first.size()), 27 * 60 * 1000});
            !saved) {
            return saved;
        }
        if (auto saved = repository.saveDraft(*openId,
                                              scope->at(first.size()),
                                              u"Every image and its triage score is logged in PACS; the model "
                                              u"version is"_s);
            !saved) {
            return saved;
        }
    }
    return {};
}

// Data-protection records for the systems that process personal data: two complete with their impact assessment
// and one whose record has gaps, as records usually do (the others have none yet); and the technical
// documentation of the credit scoring system, still without its declaration of conformity.
Result<void> addPrivacyRecords(Connection& connection, DemoClock& clock, qint64 realNowMs)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(realNowMs, QTimeZone::utc()).date();
    auto day = [&today](int offset) { return today.addDays(offset).toString(Qt::ISODate); };
    const QString controller =
        u"Norrvik Group GmbH, Mainzer Landstraße 50, 60325 Frankfurt am Main, privacy@norrvik.example"_s;
    const QString dpo = u"Dr. Miriam Hoffmann, data protection officer, dpo@norrvik.example, +49 69 5550 1200"_s;
    struct Entry
    {
        QString code;
        QMap<QString, QString> values;
    };
    const QList<Entry> entries = {
        {u"FIN-CREDIT-01"_s,
         {{u"role"_s, u"controller"_s},
          {u"controller_contact"_s, controller},
          {u"dpo_contact"_s, dpo},
          {u"processing_purposes"_s,
           u"Deciding on instalment credit applications at checkout and setting the credit limit."_s},
          {u"lawful_basis"_s, u"contract"_s},
          {u"data_subjects"_s, u"Applicants for instalment credit (customers of the web shop)."_s},
          {u"personal_data"_s,
           u"Identification and contact data, order history, declared income, credit bureau score and payment "
           u"history with Norrvik."_s},
          {u"recipients"_s,
           u"Credit Operations; the partner bank that funds the credit; the credit bureau (score request only)."_s},
          {u"transfers"_s, u"None: data are processed in the EU (Frankfurt region)."_s},
          {u"retention"_s,
           u"Applications: 3 years after the decision. Credit contracts: 10 years after the end of the contract "
           u"(commercial and tax law). Model training extracts: 24 months, pseudonymised."_s},
          {u"security_measures"_s,
           u"Encryption in transit and at rest, role-based access with quarterly review, pseudonymised training "
           u"data, logging of every score request."_s},
          {u"record_reviewed"_s, day(-270)},
          {u"dpia_criteria"_s, u"evaluation,automated_decisions,large_scale"_s},
          {u"dpia_operations"_s,
           u"At checkout the application is scored in real time; below a threshold the credit is refused "
           u"automatically, above it granted, and a middle band goes to Credit Operations for manual review."_s},
          {u"dpia_necessity"_s,
           u"Scoring is needed to lend responsibly and meet the creditworthiness duty of the Consumer Credit "
           u"Directive. Only 23 features are used; marketing data are excluded."_s},
          {u"dpia_risks"_s,
           u"Unfair refusal of credit through biased features; refusals people cannot understand or contest; "
           u"re-identification of training extracts."_s},
          {u"dpia_measures"_s,
           u"Quarterly fairness testing by age band and sex, human review of all refusals on request, reason codes "
           u"in every refusal letter, pseudonymisation of training data."_s},
          {u"dpo_advice"_s,
           u"The DPO advised offering a human review of every automated refusal (Art. 22(3)). Accepted; in place "
           u"since the last release."_s},
          {u"data_subject_views"_s, u"Complaints about refusals from the last 12 months were analysed."_s},
          {u"dpia_outcome"_s, u"acceptable"_s},
          {u"dpia_approved_by"_s, u"Jonas Berger, Head of Credit Risk Modelling"_s},
          {u"dpia_approved_on"_s, day(-256)},
          {u"dpia_next_review"_s, day(109)}}},
        {u"HR-CV-01"_s,
         {{u"role"_s, u"controller"_s},
          {u"controller_contact"_s, controller},
          {u"dpo_contact"_s, dpo},
          {u"processing_purposes"_s, u"Ranking applications for open positions to help recruiters shortlist."_s},
          {u"lawful_basis"_s, u"legitimate_interests"_s},
          {u"legitimate_interest"_s, u"Handling a large number of applications quickly and consistently."_s},
          {u"data_subjects"_s, u"Job applicants."_s},
          {u"personal_data"_s,
           u"CV contents, cover letters, answers to screening questions; may incidentally contain special "
           u"categories (health, religion)."_s},
          {u"recipients"_s, u"Recruiters and hiring managers; the applicant-tracking system vendor (processor)."_s},
          {u"transfers"_s,
           u"United States (vendor support access), under the EU–US Data Privacy Framework and standard "
           u"contractual clauses as a fallback."_s},
          {u"retention"_s, u"6 months after the end of the recruitment, unless the applicant agrees to a pool."_s},
          {u"security_measures"_s,
           u"Access limited to the recruiting team; vendor certified ISO/IEC 27001; encryption at rest."_s},
          {u"dpia_criteria"_s, u"evaluation,sensitive,vulnerable,innovative"_s},
          {u"dpia_operations"_s,
           u"Applications are parsed and ranked; recruiters see the ranking next to each application and decide."_s},
          {u"dpia_necessity"_s,
           u"Ranking reduces the time to a shortlist; a human decides on every invitation and rejection."_s},
          {u"dpia_risks"_s,
           u"Discrimination through proxies for gender, age or origin; applicants unaware of the ranking."_s},
          {u"dpia_measures"_s,
           u"Bias audit before each release; protected attributes and photos removed before ranking; notice in "
           u"the job portal."_s},
          {u"dpo_advice"_s,
           u"The DPO considers the residual discrimination risk high until the bias audit covers age; advised "
           u"consulting the supervisory authority."_s},
          {u"dpia_outcome"_s, u"consult"_s},
          {u"dpia_next_review"_s, day(17)}}},
        {u"CS-CHAT-01"_s,
         {{u"controller_contact"_s, controller},
          {u"processing_purposes"_s, u"Answering customer questions about orders, deliveries and returns."_s},
          {u"lawful_basis"_s, u"contract"_s},
          {u"data_subjects"_s, u"Customers and visitors using the chat."_s},
          {u"personal_data"_s, u"Chat messages, order numbers, names and addresses mentioned in the chat."_s},
          {u"recipients"_s, u"Customer service agents; the language-model provider (processor)."_s}}},
    };
    const QList<Entry> technical = {
        {u"FIN-CREDIT-01"_s,
         {{u"software_versions"_s,
           u"Scoring service 5.1.2 (container image tag 5.1.2-2026-10-06); scorecard model 5.1; feature pipeline "
           u"3.4. Updated through the model change process (AIC-CHG-01)."_s},
          {u"forms_of_supply"_s, u"Internal REST API called by the checkout; not placed on the market."_s},
          {u"hardware"_s, u"Runs on the Frankfurt Kubernetes cluster, 4 vCPU per replica; no special hardware."_s},
          {u"deployer_interface"_s,
           u"Credit Operations review screen: score, band, the five reason codes and the applicant's data."_s},
          {u"instructions_for_use"_s, u"Credit Operations handbook, chapter 7 (version 2026-10), on the intranet."_s},
          {u"development_methods"_s,
           u"Points-based scorecard from a logistic regression on binned features (OptBinning), monotonic "
           u"constraints; no pre-trained models."_s},
          {u"design_choices"_s,
           u"An interpretable scorecard rather than gradient boosting, so that every refusal can be explained with "
           u"reason codes; optimised for the area under the ROC curve at a fixed approval rate."_s},
          {u"architecture"_s,
           u"Feature service, scoring service and decision service behind the checkout API; trained on a 16-core "
           u"workstation in under an hour."_s},
          {u"datasheets"_s,
           u"Applications 2018–2023 with 12-month performance, credit bureau scores at application time; "
           u"applications without outcome removed; income winsorised at the 99th percentile."_s},
          {u"oversight_assessment"_s,
           u"Every refusal can be reviewed by Credit Operations on request; reviewers see the reason codes."_s},
          {u"predetermined_changes"_s, u"Cut-off adjustments within ±30 points after the quarterly review."_s},
          {u"validation_testing"_s,
           u"Holdout Gini 0.61; stability index below 0.1 per quarter; approval-rate gaps by age band and sex "
           u"below 3 points. Test report TR-2026-10, signed by Ingrid Solberg on 2026-10-02."_s},
          {u"cybersecurity"_s,
           u"Mutual TLS between services, no direct internet exposure, rate limits on the scoring API."_s},
          {u"capabilities_limitations"_s,
           u"Reliable for applicants with at least 6 months of history with the bureau; thin-file applicants go to "
           u"manual review."_s},
          {u"unintended_outcomes"_s,
           u"Indirect discrimination through postcode; over-indebtedness if incomes are misstated."_s},
          {u"input_specifications"_s,
           u"23 features; income in EUR per month; all fields required, missing values refused."_s},
          {u"metrics_rationale"_s,
           u"Gini and the approval-rate gaps measure what matters for lending: ranking quality and equal "
           u"treatment."_s},
          {u"standards_applied"_s,
           u"ISO/IEC 42001:2023 management system; ISO/IEC 23894 guidance for risk management."_s},
          {u"post_market_plan"_s,
           u"Monthly monitoring of approval rates, defaults and score drift by the Credit Risk team; quarterly "
           u"review with the DPO."_s}}},
    };
    SystemRepository systems(connection);
    auto save = [&](const SystemRecordKind& kind, const QList<Entry>& list, int minutesApart) -> Result<void> {
        SystemRecordRepository records(connection, kind);
        for (const Entry& entry : list) {
            auto id = systems.idForCode(entry.code);
            if (!id) {
                return id.error();
            }
            if (!id->has_value()) {
                continue;
            }
            clock.set(clock.nowMs() + minutesApart * 60 * 1000);
            if (auto saved = records.save(**id, entry.values, entry.code); !saved) {
                return saved.error();
            }
        }
        return {};
    };
    if (auto saved = save(TechnicalFile::kind(), technical, 11); !saved) {
        return saved;
    }
    if (auto saved = save(PrivacyFields::kind(), entries, 7); !saved) {
        return saved;
    }
    return {};
}

} // namespace

Result<void> DemoWorkspace::populate(Connection& connection, const Options& options, const Progress& progress)
{
    // "Now" comes from the connection's clock: the system clock (the real current time) unless a test fixed it.
    const Clock* realClock = &connection.clock();
    const qint64 realNowMs = realClock->nowMs();
    const qint64 startMs = realNowMs - HistoryDays * MsPerDay;
    DemoClock clock;
    clock.set(startMs);
    connection.setClock(&clock);
    const auto restoreClock = qScopeGuard([&connection, realClock] { connection.setClock(realClock); });

    if (auto curated = runHistory(connection, clock, startMs, realNowMs); !curated) {
        return curated;
    }
    if (auto compliance = addCompliance(connection, clock, realNowMs); !compliance) {
        return compliance;
    }
    if (auto register_ = addRisks(connection, clock, realNowMs); !register_) {
        return register_;
    }
    if (auto interviews = addInterviews(connection, clock, realNowMs); !interviews) {
        return interviews;
    }
    if (auto privacy = addPrivacyRecords(connection, clock, realNowMs); !privacy) {
        return privacy;
    }
    return generateSystems(connection, clock, *realClock, options, progress);
}

int DemoWorkspace::curatedCount()
{
    static const int count = int(curatedSystems().size());
    return count;
}

Result<void> DemoWorkspace::createFile(const QString& rawPath,
                                       const Actor& actor,
                                       const Options& options,
                                       const Progress& progress,
                                       std::shared_ptr<const crypto::EncryptionKeys> encryption)
{
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    if (QFileInfo::exists(path)) {
        return makeError(ErrorCode::AlreadyExists,
                         tr("“%1” already exists; Attest never overwrites a workspace. Choose another file name.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    const QString partial = u"%1.partial-%2"_s.arg(path, QUuid::createUuid().toString(QUuid::Id128).left(8));
    auto removePartial = [&] {
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".lock"_s}) {
            QFile::remove(partial + suffix);
        }
    };
    {
        Workspace::Options workspaceOptions;
        workspaceOptions.actor = actor;
        workspaceOptions.encryption = std::move(encryption);
        auto workspace = Workspace::create(partial, workspaceOptions);
        if (!workspace) {
            return workspace.error();
        }
        // Like every new workspace, the demo starts with the shipped catalogs.
        if (auto loaded = CatalogLoader::sync((*workspace)->connection()); !loaded) {
            workspace->reset();
            removePartial();
            return loaded.error();
        }
        if (auto populated = populate((*workspace)->connection(), options, progress); !populated) {
            workspace->reset();
            removePartial();
            return populated;
        }
    } // closing the workspace checkpoints it into the single file
    // link() fails if the name was taken meanwhile: the finished file never replaces anything.
    if (::link(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        const bool taken = errno == EEXIST;
        removePartial();
        return makeError(
            taken ? ErrorCode::AlreadyExists : ErrorCode::Io,
            taken ? tr("“%1” already exists; Attest never overwrites a workspace.").arg(QDir::toNativeSeparators(path))
                  : tr("The demo workspace could not be saved as “%1”.").arg(QDir::toNativeSeparators(path)));
    }
    removePartial();
    return {};
}

} // namespace attest
