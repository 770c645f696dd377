#include "ProcessingRecord.h"

using namespace Qt::StringLiterals;

namespace attest {

namespace {

QList<SystemField> buildFields()
{
    using K = FieldKind;
    QList<SystemField> f;
    const auto text = &SystemRecordKind::textField;
    // Record of processing activities, Art. 30.
    f << SystemField{u"role"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Our role"),
                     QT_TRANSLATE_NOOP("AiSystem", "For this processing, the organisation acts as"),
                     K::Choice,
                     {{u"controller"_s, QT_TRANSLATE_NOOP("AiSystem", "Controller")},
                      {u"joint_controller"_s, QT_TRANSLATE_NOOP("AiSystem", "Joint controller")},
                      {u"processor"_s, QT_TRANSLATE_NOOP("AiSystem", "Processor")}},
                     false,
                     false,
                     0,
                     {}};
    f << text(
        u"controller_contact"_s,
        QT_TRANSLATE_NOOP("AiSystem", "Our name and contact details"),
        QT_TRANSLATE_NOOP("AiSystem", "The organisation acting as controller (or as processor), and how to reach it"));
    f << text(u"joint_controllers"_s,
              QT_TRANSLATE_NOOP("AiSystem", "Joint controllers"),
              QT_TRANSLATE_NOOP("AiSystem", "Where applicable: who else decides, and their contact details"));
    f << text(u"representative"_s,
              QT_TRANSLATE_NOOP("AiSystem", "Representative in the Union"),
              QT_TRANSLATE_NOOP("AiSystem", "Where applicable (controllers outside the EU)"));
    f << text(u"dpo_contact"_s,
              QT_TRANSLATE_NOOP("AiSystem", "Data protection officer"),
              QT_TRANSLATE_NOOP("AiSystem", "Name and contact details, where a DPO is designated"));
    f << text(u"processor_for"_s,
              QT_TRANSLATE_NOOP("AiSystem", "Processing carried out for controllers"),
              QT_TRANSLATE_NOOP("AiSystem",
                                "As a processor: each controller we act for, their contact details, and the "
                                "categories of processing carried out for each"));
    f << text(u"processing_purposes"_s,
              QT_TRANSLATE_NOOP("AiSystem", "Purposes of the processing"),
              QT_TRANSLATE_NOOP("AiSystem", "Why the personal data are processed"));
    f << SystemField{u"lawful_basis"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Lawful basis (Art. 6)"),
                     nullptr,
                     K::Choice,
                     {{u"consent"_s, QT_TRANSLATE_NOOP("AiSystem", "Consent")},
                      {u"contract"_s, QT_TRANSLATE_NOOP("AiSystem", "Contract")},
                      {u"legal_obligation"_s, QT_TRANSLATE_NOOP("AiSystem", "Legal obligation")},
                      {u"vital_interests"_s, QT_TRANSLATE_NOOP("AiSystem", "Vital interests")},
                      {u"public_task"_s, QT_TRANSLATE_NOOP("AiSystem", "Public task")},
                      {u"legitimate_interests"_s, QT_TRANSLATE_NOOP("AiSystem", "Legitimate interests")}},
                     false,
                     false,
                     0,
                     {}};
    f << text(u"legitimate_interest"_s,
              QT_TRANSLATE_NOOP("AiSystem", "Legitimate interest pursued"),
              QT_TRANSLATE_NOOP("AiSystem", "Where the processing rests on legitimate interests: which ones"));
    f << text(u"data_subjects"_s,
              QT_TRANSLATE_NOOP("AiSystem", "Categories of data subjects"),
              QT_TRANSLATE_NOOP("AiSystem", "Whose data, e.g. customers, applicants, patients"));
    f << text(u"personal_data"_s,
              QT_TRANSLATE_NOOP("AiSystem", "Categories of personal data"),
              QT_TRANSLATE_NOOP("AiSystem", "Which data about them, e.g. contact data, transaction history"));
    f << text(u"recipients"_s,
              QT_TRANSLATE_NOOP("AiSystem", "Categories of recipients"),
              QT_TRANSLATE_NOOP("AiSystem", "Who the data are disclosed to, including recipients abroad"));
    f << text(u"transfers"_s,
              QT_TRANSLATE_NOOP("AiSystem", "Transfers outside the EU"),
              QT_TRANSLATE_NOOP("AiSystem",
                                "Third countries or international organisations, and the safeguards relied on; "
                                "“none” when there are none"));
    f << text(u"retention"_s,
              QT_TRANSLATE_NOOP("AiSystem", "Time limits for erasure"),
              QT_TRANSLATE_NOOP("AiSystem", "How long each category of data is kept"));
    f << text(u"security_measures"_s,
              QT_TRANSLATE_NOOP("AiSystem", "Technical and organisational security measures"),
              QT_TRANSLATE_NOOP("AiSystem",
                                "A general description (Art. 32(1)); the controls recorded in Attest are listed in "
                                "the reports as well"));
    f << SystemField{u"record_reviewed"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Record last reviewed"),
                     QT_TRANSLATE_NOOP("AiSystem", "Date, as YYYY-MM-DD"),
                     K::Date,
                     {},
                     false,
                     false,
                     0,
                     {}};
    // Data protection impact assessment, Art. 35.
    f << SystemField{
        u"dpia_criteria"_s,
        QT_TRANSLATE_NOOP("AiSystem", "High-risk indicators"),
        QT_TRANSLATE_NOOP("AiSystem", "The criteria of the EDPB's DPIA guidelines (WP248) that apply"),
        K::MultiChoice,
        {{u"evaluation"_s, QT_TRANSLATE_NOOP("AiSystem", "Evaluation or scoring")},
         {u"automated_decisions"_s, QT_TRANSLATE_NOOP("AiSystem", "Automated decisions with legal or similar effect")},
         {u"monitoring"_s, QT_TRANSLATE_NOOP("AiSystem", "Systematic monitoring")},
         {u"sensitive"_s, QT_TRANSLATE_NOOP("AiSystem", "Sensitive or highly personal data")},
         {u"large_scale"_s, QT_TRANSLATE_NOOP("AiSystem", "Large scale")},
         {u"matching"_s, QT_TRANSLATE_NOOP("AiSystem", "Matching or combining datasets")},
         {u"vulnerable"_s, QT_TRANSLATE_NOOP("AiSystem", "Vulnerable data subjects")},
         {u"innovative"_s, QT_TRANSLATE_NOOP("AiSystem", "Innovative technology")},
         {u"prevents_rights"_s, QT_TRANSLATE_NOOP("AiSystem", "Prevents exercising a right or using a service")}},
        false,
        false,
        0,
        {}};
    f << text(u"dpia_operations"_s,
              QT_TRANSLATE_NOOP("AiSystem", "Description of the processing operations"),
              QT_TRANSLATE_NOOP("AiSystem", "What happens to the data, step by step, and in which context"));
    f << text(u"dpia_necessity"_s,
              QT_TRANSLATE_NOOP("AiSystem", "Necessity and proportionality"),
              QT_TRANSLATE_NOOP("AiSystem",
                                "Why the processing is needed for its purposes, and why less intrusive means "
                                "would not do"));
    f << text(
        u"dpia_risks"_s,
        QT_TRANSLATE_NOOP("AiSystem", "Risks to the rights and freedoms of data subjects"),
        QT_TRANSLATE_NOOP("AiSystem", "How people could be harmed; the system's risk register is added to the report"));
    f << text(u"dpia_measures"_s,
              QT_TRANSLATE_NOOP("AiSystem", "Measures to address the risks"),
              QT_TRANSLATE_NOOP("AiSystem",
                                "Safeguards, security measures and how compliance is shown; implemented controls "
                                "are added to the report"));
    f << text(u"dpo_advice"_s,
              QT_TRANSLATE_NOOP("AiSystem", "Advice of the data protection officer"),
              QT_TRANSLATE_NOOP("AiSystem", "What the DPO advised, and whether it was followed (and if not, why)"));
    f << text(
        u"data_subject_views"_s,
        QT_TRANSLATE_NOOP("AiSystem", "Views of data subjects"),
        QT_TRANSLATE_NOOP("AiSystem", "Where appropriate: views sought from data subjects or their representatives"));
    f << SystemField{
        u"dpia_outcome"_s,
        QT_TRANSLATE_NOOP("AiSystem", "Outcome"),
        nullptr,
        K::Choice,
        {{u"pending"_s, QT_TRANSLATE_NOOP("AiSystem", "Not yet decided")},
         {u"acceptable"_s, QT_TRANSLATE_NOOP("AiSystem", "Residual risk accepted")},
         {u"consult"_s, QT_TRANSLATE_NOOP("AiSystem", "High residual risk: prior consultation (Art. 36)")}},
        false,
        false,
        0,
        {}};
    f << SystemField{u"dpia_approved_by"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Approved by"),
                     QT_TRANSLATE_NOOP("AiSystem", "Name and position of who approved the outcome"),
                     K::Text,
                     {},
                     false,
                     false,
                     200,
                     {}};
    f << SystemField{u"dpia_approved_on"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Approved on"),
                     QT_TRANSLATE_NOOP("AiSystem", "Date, as YYYY-MM-DD"),
                     K::Date,
                     {},
                     false,
                     false,
                     0,
                     {}};
    f << SystemField{u"dpia_next_review"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Next review of the assessment"),
                     QT_TRANSLATE_NOOP("AiSystem", "At the latest; earlier when the risk changes. YYYY-MM-DD"),
                     K::Date,
                     {},
                     false,
                     false,
                     0,
                     {}};
    return f;
}

} // namespace

const SystemRecordKind& PrivacyFields::kind()
{
    static const SystemRecordKind kind = [] {
        const QList<SystemField> fields = buildFields();
        QStringList keys;
        for (const SystemField& f : fields) {
            keys << f.key;
        }
        const qsizetype split = keys.indexOf(u"dpia_criteria"_s);
        return SystemRecordKind(u"processing_record"_s,
                                u"processing_records"_s,
                                QT_TRANSLATE_NOOP("AiSystem", "Data-protection record"),
                                QT_TRANSLATE_NOOP("AiSystem", "Edit the data-protection record of AI system %1"),
                                fields,
                                {{QT_TRANSLATE_NOOP("AiSystem", "Record of Processing (Art. 30)"), keys.mid(0, split)},
                                 {QT_TRANSLATE_NOOP("AiSystem", "Impact Assessment (Art. 35)"), keys.mid(split)}});
    }();
    return kind;
}

const QList<SystemField>& PrivacyFields::all()
{
    return kind().fields();
}

const SystemField* PrivacyFields::find(const QString& key)
{
    return kind().field(key);
}

QStringList PrivacyFields::keys()
{
    return kind().keys();
}

bool processesPersonalData(const AiSystem& system)
{
    const QStringList categories = SystemRules::splitList(system.value(u"data_categories"_s));
    return categories.contains(u"personal"_s) || categories.contains(u"special_category"_s) ||
           categories.contains(u"phi"_s);
}

} // namespace attest
