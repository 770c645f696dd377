#include "SystemReports.h"

#include "audit/AuditEventModel.h"
#include "compliance/Compliance.h"
#include "content/ReportSupport.h"
#include "inventory/TechnicalFile.h"
#include "risk/Risk.h"
#include "storage/AuditRepository.h"
#include "storage/CatalogRepository.h"
#include "storage/ChangeLogRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/SystemRecordRepository.h"
#include "storage/SystemRepository.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

QString components(const AiSystem& s, const QString& kind)
{
    QStringList names;
    QString ignored;
    const QList<Component> list = SystemRules::parseComponents(s.value(u"components"_s), &ignored);
    for (const Component& c : list) {
        if (kind.isEmpty() || c.kind == kind) {
            names << (kind.isEmpty() ? u"%1: %2"_s.arg(c.kind, c.name) : c.name);
        }
    }
    return names.join(u'\n');
}

ReportTable coverageTable(const ComplianceEngine& engine, qint64 systemId)
{
    ReportTable table;
    table.headers = {SystemReports::tr("Framework"),
                     SystemReports::tr("Applies"),
                     SystemReports::tr("Why"),
                     SystemReports::tr("Coverage"),
                     SystemReports::tr("Requirements")};
    table.widths = {1.8, 0.8, 2.6, 0.9, 2.6};
    for (const FrameworkApplicability& a : engine.applicability(systemId)) {
        const Coverage c = engine.coverage(systemId, a.frameworkId);
        table.rows << QStringList{a.frameworkName,
                                  a.applies ? SystemReports::tr("Yes") : SystemReports::tr("No"),
                                  a.confirmed ? a.reason : SystemReports::tr("Proposed: %1").arg(a.reason),
                                  a.applies ? c.percentText() : QString(u"–"_s),
                                  a.applies ? c.countsText() : QString()};
    }
    return table;
}

} // namespace

Result<ReportDocument> SystemReports::dossier(Connection& connection,
                                              const ReportContext& context,
                                              const QString& organisation,
                                              qint64 systemId)
{
    auto system = ReportSupport::system(connection, systemId);
    if (!system) {
        return system.error();
    }
    const AiSystem& s = *system;
    auto engine = ReportSupport::engine(connection, context, {systemId});
    if (!engine) {
        return engine.error();
    }
    auto risks = ReportSupport::risks(connection, systemId);
    if (!risks) {
        return risks.error();
    }
    auto file = SystemRecordRepository(connection, TechnicalFile::kind()).forSystem(systemId);
    if (!file) {
        return file.error();
    }
    // A technical-documentation item: its label and what was recorded ("" prints as "not recorded").
    const SystemRecordKind& kind = TechnicalFile::kind();
    auto item = [&](const QString& key) {
        return QPair<QString, QString>{kind.field(key)->displayLabel(), file->id ? file->value(key) : QString()};
    };
    auto changes = ChangeLogRepository(connection).forSystem(systemId);
    if (!changes) {
        return changes.error();
    }
    ComplianceRepository compliance(connection);
    auto findings = compliance.findings();
    if (!findings) {
        return findings.error();
    }
    auto evidence = compliance.evidence();
    if (!evidence) {
        return evidence.error();
    }
    auto links = compliance.evidenceLinks(-1);
    if (!links) {
        return links.error();
    }

    ReportDocument d;
    d.title = tr("AI system dossier");
    d.organisation = organisation;
    d.context = context;
    d.period = ReportSupport::asOf(context);
    d.scope = tr("AI system %1").arg(s.title());

    ReportSection intro{tr("About this dossier"), {}};
    intro.blocks << ReportBlock::paragraph(
        tr("The record of one AI system, arranged after the nine sections of the technical documentation in "
           "Annex IV of the EU AI Act (Regulation (EU) 2024/1689), followed by its controls, evidence, open findings "
           "and the changes recorded in the audit trail. Items the workspace does not hold are marked \"not "
           "recorded\"."));
    intro.blocks << ReportBlock::factList({
        {tr("EU AI Act risk tier"), ReportSupport::field(s, u"ai_act_tier"_s)},
        {tr("Lifecycle stage"), ReportSupport::field(s, u"lifecycle"_s)},
        {tr("Business owner"), s.value(u"business_owner"_s)},
        {tr("Technical owner"), s.value(u"technical_owner"_s)},
        {tr("Business unit"), s.value(u"business_unit"_s)},
        {tr("Criticality"), ReportSupport::field(s, u"criticality"_s)},
        {tr("Next review"), s.value(u"next_review"_s)},
    });
    d.sections << intro;

    QStringList versions;
    for (const SystemChange& c : *changes) {
        versions << tr("%1 version %2: %3")
                        .arg(
                            c.changedOn, c.modelVersion.isEmpty() ? tr("(none given)") : c.modelVersion, c.description);
    }
    ReportSection general{tr("1. General description"), {}};
    general.blocks << ReportBlock::factList({
        {tr("Name"), s.title()},
        {tr("Intended purpose"), s.value(u"purpose"_s)},
        {tr("Description"), s.value(u"description"_s)},
        {tr("Provider"),
         [&] {
             QStringList parts{ReportSupport::field(s, u"provider_kind"_s), s.value(u"provider_name"_s)};
             parts.removeAll(QString());
             return parts.join(u" — "_s);
         }()},
        {tr("Versions"), versions.join(u'\n')},
        {tr("Interaction with other hardware, software and AI systems"), components(s, {})},
        {tr("Deployment"), ReportSupport::field(s, u"deployment"_s)},
        item(u"software_versions"_s),
        item(u"forms_of_supply"_s),
        item(u"hardware"_s),
        item(u"deployer_interface"_s),
        item(u"instructions_for_use"_s),
        {tr("Tags"), s.value(u"tags"_s)},
    });
    d.sections << general;

    // Tests of the controls the system relies on: the validation the workspace records.
    QStringList tests;
    for (const ComplianceEngine::ControlInfo& c : engine->controls()) {
        const ControlImplementation impl = engine->implementation(systemId, c.id);
        if (!impl.lastTestDate.isEmpty()) {
            tests << tr("%1 %2: %3 on %4")
                         .arg(c.code,
                              c.name,
                              impl.lastTestResult.isEmpty() ? tr("tested") : impl.lastTestResult,
                              impl.lastTestDate);
        }
    }
    const QStringList implemented = ReportSupport::controls(*engine, systemId, {u"implemented"_s});
    ReportSection development{tr("2. Elements and development process"), {}};
    development.blocks << ReportBlock::factList({
        {tr("Model type"), ReportSupport::field(s, u"model_type"_s)},
        item(u"development_methods"_s),
        {tr("Pre-trained models and third-party tools"),
         QStringList{components(s, u"model"_s), components(s, u"library"_s), components(s, u"api"_s)}
             .join(u'\n')
             .trimmed()},
        {tr("Data and provenance"), s.value(u"data_sources"_s)},
        {tr("Datasets"), components(s, u"dataset"_s)},
        item(u"datasheets"_s),
        {tr("Data categories"), ReportSupport::field(s, u"data_categories"_s)},
        item(u"design_choices"_s),
        item(u"architecture"_s),
        {tr("Human oversight"), ReportSupport::field(s, u"human_oversight"_s)},
        item(u"oversight_assessment"_s),
        item(u"predetermined_changes"_s),
        item(u"validation_testing"_s),
        {tr("Tests of the controls it relies on"), tests.join(u'\n')},
        {tr("Validated changes"),
         [&] {
             QStringList validated;
             for (const SystemChange& c : *changes) {
                 if (!c.validatedBy.isEmpty()) {
                     validated << tr("%1 version %2, validated by %3").arg(c.changedOn, c.modelVersion, c.validatedBy);
                 }
             }
             return validated.join(u'\n');
         }()},
        item(u"cybersecurity"_s),
        {tr("Cybersecurity and other implemented controls"),
         implemented.isEmpty() ? QString()
                               : tr("%1 controls (listed in “Controls and their status”)").arg(implemented.size())},
    });
    d.sections << development;

    ReportSection monitoring{tr("3. Monitoring, functioning and control"), {}};
    monitoring.blocks << ReportBlock::factList({
        {tr("Monitoring in place"), ReportSupport::field(s, u"monitoring"_s)},
        {tr("Human oversight measures"), ReportSupport::field(s, u"human_oversight"_s)},
        {tr("Automated decisions (GDPR Art. 22)"), ReportSupport::field(s, u"automated_decisions"_s)},
        item(u"capabilities_limitations"_s),
        item(u"unintended_outcomes"_s),
        item(u"input_specifications"_s),
        {tr("Notes"), s.value(u"notes"_s)},
    });
    d.sections << monitoring;

    ReportSection metrics{tr("4. Performance metrics"), {}};
    metrics.blocks << ReportBlock::factList({item(u"metrics_rationale"_s)});
    d.sections << metrics;

    ReportSection riskSection{tr("5. Risk management system"), {}};
    int open = 0;
    for (const RiskRow& r : *risks) {
        open += r.risk.status != u"closed"_s ? 1 : 0;
    }
    riskSection.blocks << ReportBlock::factList(
        {{tr("Risks"), QString::number(risks->size())}, {tr("Not closed"), QString::number(open)}});
    if (!risks->isEmpty()) {
        riskSection.blocks << ReportBlock::tableOf(ReportSupport::riskTable(*risks, *engine));
    }
    d.sections << riskSection;

    ReportSection lifecycle{tr("6. Changes over the lifecycle"), {}};
    ReportTable changeTable;
    changeTable.headers = {tr("Date"), tr("Version"), tr("What changed"), tr("Validated by")};
    changeTable.widths = {1.0, 0.9, 4.0, 1.5};
    for (const SystemChange& c : *changes) {
        changeTable.rows << QStringList{c.changedOn, c.modelVersion, c.description, c.validatedBy};
    }
    if (changeTable.rows.isEmpty()) {
        lifecycle.blocks << ReportBlock::factList({{tr("Change log"), QString()}});
    } else {
        lifecycle.blocks << ReportBlock::tableOf(changeTable);
    }
    // The record's own history, from the audit trail.
    AuditFilter filter;
    filter.entityType = u"ai_system"_s;
    filter.entityId = systemId;
    constexpr int MaxEvents = 500;
    AuditRepository trailRepository(connection);
    auto events = trailRepository.page(filter, 0, MaxEvents);
    if (!events) {
        return events.error();
    }
    auto eventCount = trailRepository.count(filter);
    if (!eventCount) {
        return eventCount.error();
    }
    ReportTable trail;
    trail.headers = {tr("Event"), tr("When (UTC)"), tr("Who"), tr("What"), tr("Fields")};
    trail.widths = {0.7, 1.3, 1.2, 2.2, 2.6};
    for (const AuditEventRecord& e : *events) {
        QStringList fields;
        for (const FieldChange& change : e.fieldChanges()) {
            fields << AuditEventModel::fieldLabel(e.entityType, change.field);
        }
        trail.rows << QStringList{
            QString::number(e.seq),
            QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(e.atMs, QTimeZone::utc()), u"yyyy-MM-dd HH:mm"_s),
            e.actor,
            e.reason,
            fields.join(u", "_s)};
    }
    lifecycle.blocks << ReportBlock::subheading(tr("Changes to this record in the audit trail (newest first)"));
    if (*eventCount > events->size()) {
        lifecycle.blocks << ReportBlock::paragraph(
            tr("The newest %1 of %2 events; the audit-trail extract report gives every one.")
                .arg(events->size())
                .arg(*eventCount));
    }
    lifecycle.blocks << ReportBlock::tableOf(trail);
    d.sections << lifecycle;

    ReportSection standards{tr("7. Frameworks and standards applied"), {}};
    standards.blocks << ReportBlock::factList({item(u"standards_applied"_s)});
    standards.blocks << ReportBlock::subheading(tr("Framework coverage"));
    standards.blocks << ReportBlock::paragraph(Coverage::formula());
    standards.blocks << ReportBlock::tableOf(coverageTable(*engine, systemId));
    d.sections << standards;

    ReportSection conformity{tr("8. EU declaration of conformity"), {}};
    conformity.blocks << ReportBlock::factList({item(u"declaration_of_conformity"_s)});
    d.sections << conformity;

    ReportSection postMarket{tr("9. Post-market monitoring"), {}};
    postMarket.blocks << ReportBlock::factList({
        item(u"post_market_plan"_s),
        {tr("Monitoring in place"), ReportSupport::field(s, u"monitoring"_s)},
        {tr("Next review"), s.value(u"next_review"_s)},
    });
    d.sections << postMarket;

    // Controls and their status for this system.
    ReportSection controlSection{tr("Controls and their status"), {}};
    ReportTable controls;
    controls.headers = {tr("Control"), tr("Status"), tr("Scope"), tr("Owner"), tr("Last test")};
    controls.widths = {3.0, 1.3, 1.3, 1.4, 1.3};
    for (const ComplianceEngine::ControlInfo& c : engine->controls()) {
        const ControlImplementation impl = engine->implementation(systemId, c.id);
        controls.rows << QStringList{
            u"%1 %2"_s.arg(c.code, c.name),
            ComplianceText::implementationStatus(engine->controlStatus(systemId, c.id)),
            impl.systemId == systemId ? tr("This system") : tr("Organisation-wide"),
            impl.owner,
            impl.lastTestDate.isEmpty() ? QString() : u"%1 %2"_s.arg(impl.lastTestDate, impl.lastTestResult)};
    }
    controlSection.blocks << ReportBlock::tableOf(controls);
    d.sections << controlSection;

    // Evidence: what is linked to this system, and the organisation-wide evidence of the controls it relies on.
    QSet<qint64> relyOnOrganisation;
    for (const ComplianceEngine::ControlInfo& c : engine->controls()) {
        if (engine->implementation(systemId, c.id).systemId == 0) {
            relyOnOrganisation.insert(c.id);
        }
    }
    QSet<qint64> evidenceIds;
    for (const EvidenceLink& l : *links) {
        if (l.systemId == systemId || (l.systemId == 0 && l.controlId && relyOnOrganisation.contains(l.controlId))) {
            evidenceIds.insert(l.evidenceId);
        }
    }
    ReportSection evidenceSection{tr("Evidence"), {}};
    // One entry per item, the hash on a line of its own so that it can be compared as printed.
    QList<QPair<QString, QString>> items;
    const QString today = engine->today().toString(Qt::ISODate);
    for (const Evidence& e : *evidence) {
        if (!evidenceIds.contains(e.id)) {
            continue;
        }
        QStringList lines;
        if (e.kind == u"file"_s) {
            lines << tr("File %1").arg(e.fileName) << tr("SHA-256 %1").arg(e.sha256);
        } else if (e.kind == u"link"_s) {
            lines << tr("Link %1").arg(e.url);
        } else {
            lines << tr("Note: %1").arg(e.note);
        }
        lines << tr("Collected %1; valid until %2")
                     .arg(e.collectedOn.isEmpty() ? tr("not recorded") : e.collectedOn,
                          e.validUntil.isEmpty() ? tr("no end")
                          : e.isExpired(today)   ? tr("%1 (expired)").arg(e.validUntil)
                                                 : e.validUntil);
        items << QPair<QString, QString>{e.title, lines.join(u'\n')};
    }
    if (items.isEmpty()) {
        evidenceSection.blocks << ReportBlock::factList({{tr("Evidence"), QString()}});
    } else {
        evidenceSection.blocks << ReportBlock::paragraph(
            tr("Evidence linked to this system, and the organisation-wide evidence of the controls it relies on. "
               "A file's SHA-256 is the one recorded when it was stored; Attest checks it whenever the file is "
               "read back."));
        evidenceSection.blocks << ReportBlock::factList(items);
    }
    d.sections << evidenceSection;

    ReportSection findingSection{tr("Open findings"), {}};
    ReportTable findingTable;
    findingTable.headers = {tr("Finding"), tr("Severity"), tr("Owner"), tr("Due"), tr("Status")};
    findingTable.widths = {3.4, 1.0, 1.4, 1.0, 1.0};
    for (const Finding& f : *findings) {
        if (f.systemId == systemId && f.isOpen()) {
            findingTable.rows << QStringList{f.title,
                                             ComplianceText::severity(f.severity),
                                             f.owner.isEmpty() ? tr("not recorded") : f.owner,
                                             f.dueDate.isEmpty() ? tr("not recorded") : f.dueDate,
                                             ComplianceText::findingStatus(f.status)};
        }
    }
    if (findingTable.rows.isEmpty()) {
        findingSection.blocks << ReportBlock::paragraph(tr("No open findings."));
    } else {
        findingSection.blocks << ReportBlock::tableOf(findingTable);
    }
    d.sections << findingSection;
    return d;
}

Result<ReportDocument> SystemReports::hipaaRiskAnalysis(Connection& connection,
                                                        const ReportContext& context,
                                                        const QString& organisation,
                                                        qint64 systemId)
{
    auto all = SystemRepository(connection).all();
    if (!all) {
        return all.error();
    }
    QList<AiSystem> systems;
    for (const AiSystem& s : *all) {
        const bool phi = SystemRules::splitList(s.value(u"data_categories"_s)).contains(u"phi"_s);
        if (systemId ? s.id == systemId : (!s.isRetired() && phi)) {
            systems << s;
        }
    }
    if (systemId && systems.isEmpty()) {
        return makeError(ErrorCode::NotFound, tr("There is no AI system with id %1.").arg(systemId));
    }
    std::sort(systems.begin(), systems.end(), [](const AiSystem& a, const AiSystem& b) { return a.code() < b.code(); });
    QList<qint64> ids;
    QStringList titles;
    for (const AiSystem& s : systems) {
        ids << s.id;
        titles << s.title();
    }
    auto engine = ReportSupport::engine(connection, context, ids);
    if (!engine) {
        return engine.error();
    }
    CatalogRepository catalogs(connection);
    auto framework = catalogs.framework(u"hipaa"_s);
    if (!framework) {
        return framework.error();
    }
    if (!framework->has_value()) {
        return makeError(
            ErrorCode::NotFound,
            tr("The HIPAA Security Rule catalog is not in this workspace; load the shipped catalogs first."));
    }
    auto requirements = catalogs.requirements((*framework)->id);
    if (!requirements) {
        return requirements.error();
    }

    ReportDocument d;
    d.title = tr("HIPAA Security Rule risk analysis");
    d.organisation = organisation;
    d.context = context;
    d.period = ReportSupport::asOf(context);
    if (systemId) {
        const bool phi = SystemRules::splitList(systems.first().value(u"data_categories"_s)).contains(u"phi"_s);
        d.scope = phi ? tr("AI system %1, which handles ePHI").arg(titles.first())
                      : tr("AI system %1 (its inventory entry does not record ePHI)").arg(titles.first());
    } else {
        d.scope = systems.isEmpty() ? tr("No AI system in force handles ePHI")
                                    : tr("AI systems handling ePHI: %1").arg(titles.join(u", "_s));
    }
    const QDate created = context.generatedAt.toLocalTime().date();

    ReportSection method{tr("Scope and method"), {}};
    method.blocks << ReportBlock::paragraph(
        tr("An assessment of the potential risks and vulnerabilities to the confidentiality, integrity and "
           "availability of electronic protected health information (ePHI) held by the AI systems below, as "
           "45 CFR 164.308(a)(1)(ii)(A) requires (Risk analysis, Required). The elements follow the guidance of the "
           "HHS Office for Civil Rights."));
    QStringList locations;
    for (const AiSystem& s : systems) {
        locations << tr("%1: %2; %3")
                         .arg(s.title(),
                              ReportSupport::field(s, u"deployment"_s).isEmpty()
                                  ? tr("deployment not recorded")
                                  : ReportSupport::field(s, u"deployment"_s),
                              s.value(u"data_sources"_s).isEmpty() ? tr("data sources not recorded")
                                                                   : s.value(u"data_sources"_s));
    }
    method.blocks << ReportBlock::factList({
        {tr("1. Scope"), d.scope},
        {tr("2. Where ePHI is stored, received, maintained and transmitted"), locations.join(u'\n')},
        {tr("3. Threats and vulnerabilities"), tr("The risk register of each system (below).")},
        {tr("4. Current security measures"),
         tr("The status of each Security Rule standard and implementation specification (below).")},
        {tr("5–7. Likelihood, impact and risk level"),
         tr("Scored on the organisation's risk matrix; corrective actions are each risk's treatment and controls.")},
        {tr("8. Documentation"), tr("This document, generated from the workspace named on the cover.")},
        {tr("9. Periodic review and update (164.316(b)(2)(iii))"),
         [&] {
             QStringList reviews;
             for (const AiSystem& s : systems) {
                 reviews << tr("%1: next review %2")
                                .arg(s.code(),
                                     s.value(u"next_review"_s).isEmpty() ? tr("not recorded")
                                                                         : s.value(u"next_review"_s));
             }
             return reviews.join(u'\n');
         }()},
        {tr("Available to (164.316(b)(2)(ii))"),
         [&] {
             QStringList owners;
             for (const AiSystem& s : systems) {
                 for (const QString& key : {u"business_owner"_s, u"technical_owner"_s}) {
                     if (!s.value(key).isEmpty() && !owners.contains(s.value(key))) {
                         owners << s.value(key);
                     }
                 }
             }
             return owners.isEmpty()
                        ? QString()
                        : tr("Those responsible for the procedures it concerns: %1").arg(owners.join(u", "_s));
         }()},
        {tr("Created"), created.toString(Qt::ISODate)},
        {tr("Keep until (164.316(b)(2)(i))"),
         tr("At least %1: six years from creation or from when it was last in effect, whichever is later.")
             .arg(created.addYears(6).toString(Qt::ISODate))},
    });
    d.sections << method;

    for (const AiSystem& s : systems) {
        // Safeguards by section, with Required/Addressable.
        ReportTable table;
        table.headers = {tr("Ref"), tr("Standard or specification"), tr("R/A"), tr("Status"), tr("Why")};
        table.widths = {1.3, 2.0, 1.2, 1.2, 3.1};
        QString currentSafeguard;
        ReportSection section{tr("%1: safeguards").arg(s.title()), {}};
        QMap<QString, int> byStatus;
        for (const Requirement& r : *requirements) {
            if (!r.assessable || r.status == u"withdrawn"_s) {
                continue;
            }
            const QJsonObject flags = QJsonDocument::fromJson(r.flags.toUtf8()).object();
            const QString safeguard = flags.value(u"safeguard"_s).toString();
            const QString implementation = flags.value(u"implementation"_s).toString();
            if (safeguard != currentSafeguard && !table.rows.isEmpty()) {
                section.blocks << ReportBlock::subheading(tr("%1 safeguards").arg(currentSafeguard));
                section.blocks << ReportBlock::tableOf(table);
                table.rows.clear();
            }
            currentSafeguard = safeguard;
            const RequirementResult result = engine->evaluate(s.id, r.id);
            ++byStatus[result.status];
            table.rows << QStringList{r.ref,
                                      r.title,
                                      implementation == u"Required"_s      ? tr("Required")
                                      : implementation == u"Addressable"_s ? tr("Addressable")
                                                                           : implementation,
                                      ComplianceText::requirementStatus(result.status),
                                      engine->explainWhy(s.id, r.id)};
        }
        if (!table.rows.isEmpty()) {
            section.blocks << ReportBlock::subheading(tr("%1 safeguards").arg(currentSafeguard));
            section.blocks << ReportBlock::tableOf(table);
        }
        section.blocks.prepend(ReportBlock::factList({
            {tr("Compliant"), QString::number(byStatus.value(u"compliant"_s))},
            {tr("Partially compliant"), QString::number(byStatus.value(u"partial"_s))},
            {tr("Non-compliant"), QString::number(byStatus.value(u"non_compliant"_s))},
            {tr("Not assessed"), QString::number(byStatus.value(u"not_assessed"_s))},
            {tr("Not applicable"), QString::number(byStatus.value(u"not_applicable"_s))},
        }));
        d.sections << section;

        auto risks = ReportSupport::risks(connection, s.id);
        if (!risks) {
            return risks.error();
        }
        ReportSection riskSection{tr("%1: threats, vulnerabilities and risk levels").arg(s.title()), {}};
        if (risks->isEmpty()) {
            riskSection.blocks << ReportBlock::factList({{tr("Risks"), QString()}});
        } else {
            riskSection.blocks << ReportBlock::tableOf(ReportSupport::riskTable(*risks, *engine));
        }
        d.sections << riskSection;
    }
    return d;
}

} // namespace attest
