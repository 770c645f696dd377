#include "PrivacyReports.h"

#include "content/ReportSupport.h"
#include "privacy/ProcessingRecord.h"
#include "storage/SystemRecordRepository.h"
#include "storage/SystemRepository.h"

using namespace Qt::StringLiterals;

namespace attest {

namespace {

QString value(const ProcessingRecord& record, const QString& key)
{
    const SystemField* field = PrivacyFields::find(key);
    const QString stored = record.value(key);
    if (!field || stored.isEmpty() || field->kind == FieldKind::MultilineText) {
        return stored;
    }
    return field->displayValue(stored);
}

// Only what was recorded: an empty field prints as "not recorded" (a visible gap), never as its default.
QString recorded(const ProcessingRecord& record, const QString& key)
{
    return record.id ? value(record, key) : QString();
}

QString joinNonEmpty(const QStringList& parts, const QString& separator = u"\n"_s)
{
    QStringList kept;
    for (const QString& p : parts) {
        if (!p.trimmed().isEmpty()) {
            kept << p;
        }
    }
    return kept.join(separator);
}

QString lawfulBasis(const ProcessingRecord& record)
{
    const QString basis = recorded(record, u"lawful_basis"_s);
    const QString interest = recorded(record, u"legitimate_interest"_s);
    if (basis.isEmpty()) {
        return {};
    }
    return interest.isEmpty() ? basis : PrivacyReports::tr("%1: %2").arg(basis, interest);
}

} // namespace

Result<ReportDocument>
PrivacyReports::recordOfProcessing(Connection& connection, const ReportContext& context, const QString& organisation)
{
    auto all = SystemRepository(connection).all();
    if (!all) {
        return all.error();
    }
    auto records = SystemRecordRepository(connection, PrivacyFields::kind()).all();
    if (!records) {
        return records.error();
    }
    // The processing activities: systems in force that process personal data, or that have a record.
    QList<AiSystem> systems;
    QStringList unknown; // in force, data categories not recorded: whether they belong here cannot be told
    for (const AiSystem& s : *all) {
        if (!s.isRetired() && (processesPersonalData(s) || records->contains(s.id))) {
            systems << s;
        } else if (!s.isRetired() && s.value(u"data_categories"_s).isEmpty()) {
            unknown << s.title();
        }
    }
    std::sort(systems.begin(), systems.end(), [](const AiSystem& a, const AiSystem& b) { return a.code() < b.code(); });
    QList<qint64> ids;
    for (const AiSystem& s : systems) {
        ids << s.id;
    }
    auto engine = ReportSupport::engine(connection, context, ids);
    if (!engine) {
        return engine.error();
    }

    ReportDocument d;
    d.title = tr("Record of processing activities (GDPR Art. 30)");
    d.organisation = organisation;
    d.context = context;
    d.period = ReportSupport::asOf(context);
    d.scope =
        tr("AI systems in force that process personal data: %n processing activities", nullptr, int(systems.size()));

    int withoutRecord = 0;
    QStringList missing;
    for (const AiSystem& s : systems) {
        if (!records->contains(s.id)) {
            ++withoutRecord;
            missing << s.title();
        }
    }
    ReportSection about{tr("About this record"), {}};
    about.blocks << ReportBlock::paragraph(
        tr("This record lists, for each AI system of the organisation that processes personal data, what Article 30 "
           "of the GDPR requires: (a) the controller and where applicable the joint controller, representative and "
           "data protection officer; (b) the purposes; (c) the categories of data subjects and of personal data; "
           "(d) the categories of recipients; (e) transfers to third countries or international organisations; "
           "(f) where possible, the time limits for erasure; (g) where possible, a general description of the "
           "security measures. Items not yet recorded are marked as such."));
    about.blocks << ReportBlock::factList({
        {tr("Processing activities"), QString::number(systems.size())},
        {tr("Without a data-protection record"),
         withoutRecord ? tr("%1: %2").arg(withoutRecord).arg(missing.join(u", "_s)) : tr("none")},
        {tr("Data categories not recorded"),
         unknown.isEmpty() ? tr("none")
                           : tr("%1 AI systems in force, not listed here until it is known whether they process "
                                "personal data: %2")
                                 .arg(unknown.size())
                                 .arg(unknown.join(u", "_s))},
        {tr("Form (Art. 30(3))"), tr("Kept in electronic form in the Attest workspace named on the cover.")},
        {tr("Exemption (Art. 30(5))"),
         tr("Not relied on: the record is kept for every AI system that processes personal data.")},
        {tr("Availability (Art. 30(4))"),
         tr("Made available to the supervisory authority on request; this document is an export of the record.")},
    });
    d.sections << about;

    for (const AiSystem& s : systems) {
        ProcessingRecord record = records->value(s.id);
        record.systemId = s.id;
        ReportSection section{s.title(), {}};
        QString categories = recorded(record, u"personal_data"_s);
        const QString inventoryCategories = ReportSupport::field(s, u"data_categories"_s);
        if (!categories.isEmpty() && !inventoryCategories.isEmpty()) {
            categories += u"\n"_s + tr("Inventory: %1").arg(inventoryCategories);
        }
        QString measures = recorded(record, u"security_measures"_s);
        const QStringList implemented = ReportSupport::controls(*engine, s.id, {u"implemented"_s});
        if (!measures.isEmpty() || !implemented.isEmpty()) {
            measures = joinNonEmpty(
                {measures,
                 implemented.isEmpty()
                     ? QString()
                     : tr("Controls implemented (%1): %2").arg(implemented.size()).arg(implemented.join(u"; "_s))});
        }
        const QString role = record.id ? record.value(u"role"_s) : QString();
        if (role == u"processor"_s) {
            // Art. 30(2): the record a processor keeps.
            section.blocks << ReportBlock::factList({
                {tr("Our role"), recorded(record, u"role"_s)},
                {tr("Art. 30(2)(a) Processor"), recorded(record, u"controller_contact"_s)},
                {tr("Art. 30(2)(a) Controllers acted for"), recorded(record, u"processor_for"_s)},
                {tr("Art. 30(2)(a) Representative"), recorded(record, u"representative"_s)},
                {tr("Art. 30(2)(a) Data protection officer"), recorded(record, u"dpo_contact"_s)},
                {tr("Art. 30(2)(b) Categories of processing for each controller"),
                 recorded(record, u"processor_for"_s)},
                {tr("Categories of data subjects"), recorded(record, u"data_subjects"_s)},
                {tr("Categories of personal data"), categories},
                {tr("Art. 30(2)(c) Transfers to third countries"), recorded(record, u"transfers"_s)},
                {tr("Art. 30(2)(d) Security measures"), measures},
                {tr("AI system"), ReportSupport::field(s, u"purpose"_s)},
                {tr("Business owner"), s.value(u"business_owner"_s)},
                {tr("Record last reviewed"), recorded(record, u"record_reviewed"_s)},
            });
            d.sections << section;
            continue;
        }
        section.blocks << ReportBlock::factList({
            {tr("Our role"), recorded(record, u"role"_s)},
            {tr("Art. 30(1)(a) Controller"), recorded(record, u"controller_contact"_s)},
            {tr("Art. 30(1)(a) Joint controllers"), recorded(record, u"joint_controllers"_s)},
            {tr("Art. 30(1)(a) Representative"), recorded(record, u"representative"_s)},
            {tr("Art. 30(1)(a) Data protection officer"), recorded(record, u"dpo_contact"_s)},
            {tr("Art. 30(1)(b) Purposes"), recorded(record, u"processing_purposes"_s)},
            {tr("Lawful basis"), lawfulBasis(record)},
            {tr("Art. 30(1)(c) Categories of data subjects"), recorded(record, u"data_subjects"_s)},
            {tr("Art. 30(1)(c) Categories of personal data"), categories},
            {tr("Art. 30(1)(d) Categories of recipients"), recorded(record, u"recipients"_s)},
            {tr("Art. 30(1)(e) Transfers to third countries"), recorded(record, u"transfers"_s)},
            {tr("Art. 30(1)(f) Time limits for erasure"), recorded(record, u"retention"_s)},
            {tr("Art. 30(1)(g) Security measures"), measures},
            {tr("AI system"), ReportSupport::field(s, u"purpose"_s)},
            {tr("Business owner"), s.value(u"business_owner"_s)},
            {tr("Record last reviewed"), recorded(record, u"record_reviewed"_s)},
        });
        d.sections << section;
    }
    return d;
}

Result<ReportDocument> PrivacyReports::impactAssessment(Connection& connection,
                                                        const ReportContext& context,
                                                        const QString& organisation,
                                                        qint64 systemId)
{
    auto system = ReportSupport::system(connection, systemId);
    if (!system) {
        return system.error();
    }
    auto loaded = SystemRecordRepository(connection, PrivacyFields::kind()).forSystem(systemId);
    if (!loaded) {
        return loaded.error();
    }
    const ProcessingRecord& record = *loaded;
    auto engine = ReportSupport::engine(connection, context, {systemId});
    if (!engine) {
        return engine.error();
    }
    auto risks = ReportSupport::risks(connection, systemId);
    if (!risks) {
        return risks.error();
    }
    const AiSystem& s = *system;

    ReportDocument d;
    d.title = tr("Data protection impact assessment (GDPR Art. 35)");
    d.organisation = organisation;
    d.context = context;
    d.period = ReportSupport::asOf(context);
    d.scope = tr("AI system %1").arg(s.title());

    // Whether one is needed.
    const QStringList criteria = SystemRules::splitList(record.id ? record.value(u"dpia_criteria"_s) : QString());
    const SystemField* criteriaField = PrivacyFields::find(u"dpia_criteria"_s);
    QStringList criteriaLabels;
    for (const QString& code : criteria) {
        criteriaLabels << criteriaField->choiceLabel(code);
    }
    // What the inventory and the record say, each as yes, no or not recorded: a missing answer never counts as "no".
    const QString decisions = s.value(u"automated_decisions"_s);
    const QStringList categories = SystemRules::splitList(s.value(u"data_categories"_s));
    const bool categoriesKnown = !categories.isEmpty();
    const bool special = categories.contains(u"special_category"_s) || categories.contains(u"phi"_s);
    const bool largeScale = criteria.contains(u"large_scale"_s);
    const bool monitoring = criteria.contains(u"monitoring"_s);
    QString conclusion;
    if (decisions == u"yes"_s) {
        conclusion = tr("Required: the system takes automated decisions with legal or similarly significant effects "
                        "on people (Art. 35(3)(a)).");
    } else if (special && largeScale) {
        conclusion = tr("Required: special categories of data processed on a large scale (Art. 35(3)(b)).");
    } else if (criteria.size() >= 2) {
        conclusion = tr("Likely required: %1 of the nine criteria apply; two or more usually mean a high risk "
                        "(WP248).")
                         .arg(criteria.size());
    } else if (decisions != u"no"_s || !categoriesKnown || !record.id) {
        conclusion = tr("Cannot be concluded: the indicators are not all recorded (automated decisions, data "
                        "categories, the high-risk criteria).");
    } else {
        conclusion = tr("Not indicated by what is recorded; where no assessment is made, the reasons belong in the "
                        "record.");
    }
    ReportSection need{tr("Whether an assessment is required"), {}};
    need.blocks << ReportBlock::factList({
        {tr("Art. 35(3)(a) Automated decisions with legal or similar effect"),
         decisions == u"yes"_s  ? tr("Yes")
         : decisions == u"no"_s ? tr("No")
                                : QString()},
        {tr("Art. 35(3)(b) Special categories of data"),
         categoriesKnown ? (special ? tr("Yes") : tr("No")) : QString()},
        {tr("Art. 35(3)(c) Systematic monitoring"),
         monitoring  ? tr("Indicated: required if it covers a publicly accessible area on a large scale")
         : record.id ? tr("Not indicated")
                     : QString()},
        {tr("High-risk indicators (WP248)"),
         criteriaLabels.isEmpty() ? (record.id ? tr("None ticked") : QString())
                                  : tr("%1 of 9: %2").arg(criteria.size()).arg(criteriaLabels.join(u", "_s))},
        {tr("Conclusion"), conclusion},
    });
    d.sections << need;

    ReportSection a{tr("Art. 35(7)(a) Description of the processing and its purposes"), {}};
    a.blocks << ReportBlock::factList({
        {tr("Processing operations"), recorded(record, u"dpia_operations"_s)},
        {tr("The AI system"), s.value(u"description"_s)},
        {tr("Purposes of the processing"), recorded(record, u"processing_purposes"_s)},
        {tr("Lawful basis"), recorded(record, u"lawful_basis"_s)},
        {tr("Legitimate interest pursued"),
         record.value(u"lawful_basis"_s).isEmpty() || record.value(u"lawful_basis"_s) == u"legitimate_interests"_s
             ? recorded(record, u"legitimate_interest"_s)
             : tr("Not applicable: the lawful basis is %1").arg(recorded(record, u"lawful_basis"_s))},
        {tr("Categories of data subjects"), recorded(record, u"data_subjects"_s)},
        {tr("Categories of personal data"), recorded(record, u"personal_data"_s)},
        {tr("Data sources and provenance"), s.value(u"data_sources"_s)},
        {tr("Recipients"), recorded(record, u"recipients"_s)},
        {tr("Transfers outside the EU"), recorded(record, u"transfers"_s)},
        {tr("Time limits for erasure"), recorded(record, u"retention"_s)},
        {tr("Human oversight"), ReportSupport::field(s, u"human_oversight"_s)},
    });
    d.sections << a;

    ReportSection b{tr("Art. 35(7)(b) Necessity and proportionality"), {}};
    b.blocks << ReportBlock::factList({{tr("Assessment"), recorded(record, u"dpia_necessity"_s)}});
    d.sections << b;

    ReportSection c{tr("Art. 35(7)(c) Risks to the rights and freedoms of data subjects"), {}};
    c.blocks << ReportBlock::factList({{tr("Assessment"), recorded(record, u"dpia_risks"_s)}});
    c.blocks << ReportBlock::subheading(tr("The system's risk register"));
    if (risks->isEmpty()) {
        c.blocks << ReportBlock::factList({{tr("Risks"), QString()}});
    } else {
        c.blocks << ReportBlock::tableOf(ReportSupport::riskTable(*risks, *engine));
    }
    d.sections << c;

    ReportSection dm{tr("Art. 35(7)(d) Measures to address the risks"), {}};
    QStringList treating;
    for (const RiskRow& row : *risks) {
        for (qint64 id : row.risk.controlIds) {
            const QString name = ReportSupport::controlName(*engine, id);
            const QString line =
                tr("%1 (%2)").arg(name, ComplianceText::implementationStatus(engine->controlStatus(systemId, id)));
            if (!treating.contains(line)) {
                treating << line;
            }
        }
    }
    dm.blocks << ReportBlock::factList({
        {tr("Measures envisaged"), recorded(record, u"dpia_measures"_s)},
        {tr("Controls treating the risks"), treating.join(u"\n"_s)},
        {tr("Security measures"), recorded(record, u"security_measures"_s)},
    });
    d.sections << dm;

    ReportSection advice{tr("Advice, views and review"), {}};
    advice.blocks << ReportBlock::factList({
        {tr("Art. 35(2) Data protection officer"), recorded(record, u"dpo_contact"_s)},
        {tr("Art. 35(2) Advice of the DPO"), recorded(record, u"dpo_advice"_s)},
        {tr("Art. 35(9) Views of data subjects"), recorded(record, u"data_subject_views"_s)},
        {tr("Outcome"), recorded(record, u"dpia_outcome"_s)},
        {tr("Approved by"), recorded(record, u"dpia_approved_by"_s)},
        {tr("Approved on"), recorded(record, u"dpia_approved_on"_s)},
        {tr("Art. 35(11) Next review"), recorded(record, u"dpia_next_review"_s)},
    });
    d.sections << advice;

    ReportSection consult{tr("Art. 36 Prior consultation"), {}};
    if (record.value(u"dpia_outcome"_s) == u"consult"_s) {
        consult.blocks << ReportBlock::paragraph(
            tr("The assessment finds a high risk that the measures do not sufficiently mitigate: the supervisory "
               "authority is to be consulted before the processing (Art. 36(1)). Where the authority considers that "
               "the processing would infringe the Regulation, it gives written advice within eight weeks of the "
               "request, a period it may extend by six (Art. 36(2)). Article 36(3) asks for the following."));
        consult.blocks << ReportBlock::factList({
            {tr("Art. 36(3)(a) Responsibilities of controller, joint controllers and processors"),
             joinNonEmpty({recorded(record, u"role"_s).isEmpty() ? QString()
                                                                 : tr("Our role: %1").arg(recorded(record, u"role"_s)),
                           recorded(record, u"controller_contact"_s),
                           recorded(record, u"joint_controllers"_s)})},
            {tr("Art. 36(3)(b) Purposes and means"),
             joinNonEmpty({recorded(record, u"processing_purposes"_s), recorded(record, u"dpia_operations"_s)})},
            {tr("Art. 36(3)(c) Measures and safeguards"), recorded(record, u"dpia_measures"_s)},
            {tr("Art. 36(3)(d) Contact details of the DPO"), recorded(record, u"dpo_contact"_s)},
            {tr("Art. 36(3)(e) The impact assessment"), tr("This document.")},
            {tr("Art. 36(3)(f) Other information requested"), QString()},
        });
    } else {
        consult.blocks << ReportBlock::paragraph(record.value(u"dpia_outcome"_s) == u"acceptable"_s
                                                     ? tr("Not required: the residual risk was accepted as not high.")
                                                     : tr("Not yet decided: the outcome of the assessment is open."));
    }
    d.sections << consult;
    return d;
}

} // namespace attest
