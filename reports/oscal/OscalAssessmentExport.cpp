#include "OscalAssessmentExport.h"

#include "catalog/Catalog.h"
#include "catalog/OscalNames.h"
#include "compliance/ComplianceEngine.h"
#include "inventory/AiSystem.h"
#include "oscal/OscalCatalogExport.h"
#include "risk/Risk.h"
#include "storage/CatalogRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/Connection.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <QUuid>

#include <tuple>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

// The namespace of the v5 uuids of Attest's assessment exports (distinct from the catalog export's).
const QUuid AssessmentUuidNamespace(u"3b7f9e2a-8c41-5d6e-a0f3-71c2d94e5b18"_s);

QString stamp(const QDateTime& time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'Z';
}

// A due date as an OSCAL date-time: the end of that day. Empty when there is none (or it is not a date).
QString deadlineOf(const QString& date)
{
    const QDate day = QDate::fromString(date, Qt::ISODate);
    if (!day.isValid() || day.year() < 1900 || day.year() > 2999) {
        return {};
    }
    return day.toString(Qt::ISODate) + u"T23:59:59Z"_s;
}

// OSCAL strings (prop values, names, titles) carry no leading or trailing whitespace and no line breaks.
QString oneLine(const QString& text)
{
    return text.simplified();
}

bool isToken(const QString& text)
{
    static const QRegularExpression token(u"^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$"_s);
    return token.match(text).hasMatch();
}

void addProp(QJsonArray& props, const QString& name, const QString& value)
{
    const QString text = oneLine(value);
    if (!text.isEmpty()) {
        props.append(QJsonObject{{u"name"_s, name}, {u"ns"_s, oscal::attestNamespace()}, {u"value"_s, text}});
    }
}

void insertNonEmpty(QJsonObject& object, const QString& key, const QJsonArray& array)
{
    if (!array.isEmpty()) {
        object.insert(key, array);
    }
}

// How a requirement status reads as an OSCAL objective status.
struct ObjectiveStatus
{
    QString state;          // satisfied | not-satisfied
    QString reason;         // pass | fail | other
    QString implementation; // implemented | partial | not-applicable | "" (none)
};

ObjectiveStatus objectiveStatus(const QString& status)
{
    if (status == u"compliant"_s) {
        return {u"satisfied"_s, u"pass"_s, u"implemented"_s};
    }
    if (status == u"partial"_s) {
        return {u"not-satisfied"_s, u"fail"_s, u"partial"_s};
    }
    if (status == u"non_compliant"_s) {
        return {u"not-satisfied"_s, u"fail"_s, QString()};
    }
    if (status == u"not_applicable"_s) {
        return {u"satisfied"_s, u"other"_s, u"not-applicable"_s};
    }
    return {u"not-satisfied"_s, u"other"_s, QString()};
}

QString riskStatus(const QString& status)
{
    if (status == u"treating"_s) {
        return u"remediating"_s;
    }
    if (status == u"accepted"_s) {
        return u"deviation-approved"_s;
    }
    if (status == u"closed"_s) {
        return u"closed"_s;
    }
    return u"open"_s;
}

QString componentState(const QString& lifecycle)
{
    if (lifecycle == u"production"_s) {
        return u"operational"_s;
    }
    if (lifecycle == u"retired"_s) {
        return u"disposition"_s;
    }
    if (lifecycle == u"idea"_s || lifecycle == u"development"_s || lifecycle == u"validation"_s) {
        return u"under-development"_s;
    }
    return u"other"_s;
}

// Gathers what both documents need about one system and builds their parts.
class Builder
{
public:
    Builder(Workspace& workspace, qint64 systemId, const QDateTime& now)
        : m_workspace(workspace)
        , m_connection(workspace.connection())
        , m_systemId(systemId)
        , m_now(now)
    { }

    Result<void> load()
    {
        auto system = SystemRepository(m_connection).get(m_systemId);
        if (!system) {
            return system.error();
        }
        if (!system->has_value()) {
            return makeError(
                ErrorCode::NotFound,
                OscalAssessmentExport::tr("There is no AI system with id %1 in this workspace.").arg(m_systemId));
        }
        m_system = **system;
        auto engine = ComplianceEngine::load(m_connection, m_now.toLocalTime().date());
        if (!engine) {
            return engine.error();
        }
        m_engine = std::move(engine).value();
        if (auto loaded = m_engine.loadSystems(m_connection, {m_systemId}); !loaded) {
            return loaded.error();
        }
        auto head = m_connection.auditHead();
        if (!head) {
            return head.error();
        }
        m_head = *head;
        return {};
    }

    const AiSystem& system() const { return m_system; }
    const ComplianceEngine& engine() const { return m_engine; }
    Connection& connection() { return m_connection; }
    QString now() const { return stamp(m_now); }

    QString uuid(const QString& kind, const QString& key = {}) const
    {
        return OscalAssessmentExport::uuidFor(
            m_workspace.id(), kind, key.isEmpty() ? QString::number(m_systemId) : key);
    }
    QString componentUuid() const { return uuid(u"component"_s); }

    // The party of a person named in the workspace (an owner), declared in the metadata; "" for no name.
    QString party(const QString& name)
    {
        const QString shown = oneLine(name);
        if (shown.isEmpty()) {
            return {};
        }
        const QString id = OscalAssessmentExport::uuidFor(m_workspace.id(), u"party"_s, shown);
        m_parties.insert(shown, id);
        return id;
    }
    void useRole(const QString& id, const QString& title) { m_roles.insert(id, title); }

    QJsonObject metadata(const QString& title) const
    {
        QJsonArray props;
        addProp(props, u"workspace-id"_s, m_workspace.id());
        addProp(props, u"system"_s, m_system.code());
        addProp(props, u"audit-head"_s, QString::fromLatin1(m_head.hash.toHex()));
        QJsonObject metadata{{u"title"_s, oneLine(title)},
                             {u"last-modified"_s, now()},
                             // The workspace's state: the audit event it had reached when exported.
                             {u"version"_s, QString::number(m_head.seq)},
                             {u"oscal-version"_s, QString::fromLatin1(OscalAssessmentExport::OscalVersion)},
                             {u"props"_s, props}};
        QJsonArray roles;
        for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
            roles.append(QJsonObject{{u"id"_s, it.key()}, {u"title"_s, it.value()}});
        }
        insertNonEmpty(metadata, u"roles"_s, roles);
        QJsonArray parties;
        for (auto it = m_parties.cbegin(); it != m_parties.cend(); ++it) {
            parties.append(QJsonObject{{u"uuid"_s, it.value()}, {u"type"_s, u"person"_s}, {u"name"_s, it.key()}});
        }
        insertNonEmpty(metadata, u"parties"_s, parties);
        return metadata;
    }

    // The AI system as the component every observation is about.
    QJsonObject component()
    {
        const QString description = m_system.value(u"description"_s).trimmed();
        QJsonObject component{
            {u"uuid"_s, componentUuid()},
            {u"type"_s, u"this-system"_s},
            {u"title"_s, oneLine(m_system.title())},
            {u"description"_s, description.isEmpty() ? m_system.title() : description},
            {u"status"_s, QJsonObject{{u"state"_s, componentState(m_system.lifecycle())}}},
        };
        const QString purpose = m_system.value(u"intended_purpose"_s).trimmed();
        if (!purpose.isEmpty()) {
            component.insert(u"purpose"_s, purpose);
        }
        QJsonArray props;
        addProp(props, u"code"_s, m_system.code());
        addProp(props, u"lifecycle"_s, m_system.lifecycle());
        addProp(props, u"ai-act-tier"_s, m_system.value(u"ai_act_tier"_s));
        addProp(props, u"criticality"_s, m_system.value(u"criticality"_s));
        addProp(props, u"business-unit"_s, m_system.value(u"business_unit"_s));
        insertNonEmpty(component, u"props"_s, props);
        QJsonArray responsible;
        for (const auto& [role, field, title] :
             {std::tuple{u"system-owner"_s, u"business_owner"_s, OscalAssessmentExport::tr("Business owner")},
              std::tuple{u"technical-owner"_s, u"technical_owner"_s, OscalAssessmentExport::tr("Technical owner")}}) {
            const QString person = party(m_system.value(field));
            if (!person.isEmpty()) {
                useRole(role, title);
                responsible.append(QJsonObject{{u"role-id"_s, role}, {u"party-uuids"_s, QJsonArray{person}}});
            }
        }
        insertNonEmpty(component, u"responsible-roles"_s, responsible);
        return component;
    }

    // The OSCAL control id of a requirement: the id an imported catalog gave it, else the token the catalog
    // export writes for its reference.
    Result<QString> controlId(const ComplianceEngine::RequirementInfo& requirement)
    {
        if (!m_controlIds.contains(requirement.frameworkId)) {
            auto nodes = CatalogRepository(m_connection).requirements(requirement.frameworkId);
            if (!nodes) {
                return nodes.error();
            }
            QHash<qint64, QString> ids;
            for (const Requirement& r : std::as_const(*nodes)) {
                const QString raw = QJsonDocument::fromJson(r.flags.toUtf8())
                                        .object()
                                        .value(u"oscal"_s)
                                        .toObject()
                                        .value(u"id"_s)
                                        .toString();
                ids.insert(r.id, isToken(raw) ? raw : OscalCatalogExport::tokenFor(r.ref));
            }
            m_controlIds.insert(requirement.frameworkId, ids);
        }
        return m_controlIds.value(requirement.frameworkId).value(requirement.id);
    }

    QString frameworkKey(qint64 frameworkId) const
    {
        const ComplianceEngine::FrameworkInfo* f = framework(frameworkId);
        return f ? f->key : QString();
    }
    QString frameworkName(qint64 frameworkId) const
    {
        const ComplianceEngine::FrameworkInfo* f = framework(frameworkId);
        return !f ? QString() : f->shortName.isEmpty() ? f->name : f->shortName;
    }

    struct Assessed
    {
        QJsonObject observation;
        QJsonObject finding;
        QString observationUuid;
        QString findingUuid;
    };

    // The observation (how the status was reached) and the finding (satisfied or not) for one requirement.
    Result<Assessed> assess(const ComplianceEngine::RequirementInfo& requirement)
    {
        auto control = controlId(requirement);
        if (!control) {
            return control.error();
        }
        const RequirementResult result = m_engine.evaluate(m_systemId, requirement.id);
        const QString key = u"%1:%2"_s.arg(m_systemId).arg(requirement.id);
        const QString title = oneLine(u"%1 %2"_s.arg(requirement.ref, requirement.title));
        const QString framework = frameworkKey(requirement.frameworkId);

        Assessed a;
        a.observationUuid = uuid(u"observation"_s, key);
        a.findingUuid = uuid(u"finding"_s, key);
        QJsonArray props;
        addProp(props, u"framework"_s, framework);
        addProp(props, u"requirement"_s, requirement.ref);
        addProp(props, u"status"_s, result.status);
        addProp(props, u"derivation"_s, result.overridden ? u"assessed"_s : u"derived"_s);
        if (result.evidenceExpired) {
            addProp(props, u"evidence-expired"_s, u"true"_s);
        }
        if (result.testFailed) {
            addProp(props, u"test-failed"_s, u"true"_s);
        }
        a.observation = QJsonObject{
            {u"uuid"_s, a.observationUuid},
            {u"title"_s, title},
            {u"description"_s, m_engine.explain(m_systemId, requirement.id)},
            {u"props"_s, props},
            {u"methods"_s, QJsonArray{u"EXAMINE"_s}},
            {u"types"_s, QJsonArray{u"control-objective"_s}},
            {u"subjects"_s, QJsonArray{QJsonObject{{u"subject-uuid"_s, componentUuid()}, {u"type"_s, u"component"_s}}}},
            {u"collected"_s, now()},
        };

        const ObjectiveStatus status = objectiveStatus(result.status);
        QJsonObject target{{u"type"_s, u"objective-id"_s},
                           {u"target-id"_s, *control},
                           {u"title"_s, title},
                           {u"status"_s, QJsonObject{{u"state"_s, status.state}, {u"reason"_s, status.reason}}}};
        if (!status.implementation.isEmpty()) {
            target.insert(u"implementation-status"_s, QJsonObject{{u"state"_s, status.implementation}});
        }
        QJsonArray findingProps;
        addProp(findingProps, u"framework"_s, framework);
        addProp(findingProps, u"status"_s, result.status);
        const QString why = m_engine.explainWhy(m_systemId, requirement.id);
        a.finding = QJsonObject{
            {u"uuid"_s, a.findingUuid},
            {u"title"_s, title},
            {u"description"_s,
             OscalAssessmentExport::tr("%1: %2").arg(ComplianceText::requirementStatus(result.status),
                                                     why.isEmpty() ? requirement.title : why)},
            {u"props"_s, findingProps},
            {u"target"_s, target},
            {u"related-observations"_s, QJsonArray{QJsonObject{{u"observation-uuid"_s, a.observationUuid}}}},
        };
        return a;
    }

private:
    const ComplianceEngine::FrameworkInfo* framework(qint64 frameworkId) const
    {
        for (const ComplianceEngine::FrameworkInfo& f : m_engine.frameworks()) {
            if (f.id == frameworkId) {
                return &f;
            }
        }
        return nullptr;
    }

    Workspace& m_workspace;
    Connection& m_connection;
    qint64 m_systemId = 0;
    QDateTime m_now;
    AiSystem m_system;
    ComplianceEngine m_engine;
    AuditHead m_head;
    QMap<QString, QString> m_parties; // name -> uuid, in name order
    QMap<QString, QString> m_roles;   // id -> title
    QHash<qint64, QHash<qint64, QString>> m_controlIds;
};

// The system's register risks as OSCAL risks.
Result<QJsonArray> registerRisks(Builder& b, qint64 systemId)
{
    RiskRepository repository(b.connection());
    RiskFilter filter;
    filter.systemId = systemId;
    auto ids = repository.riskIds(filter);
    if (!ids) {
        return ids.error();
    }
    auto rows = repository.fetch(*ids);
    if (!rows) {
        return rows.error();
    }
    auto threats = repository.threats();
    if (!threats) {
        return threats.error();
    }
    QHash<qint64, QString> threatCode;
    for (const Threat& t : std::as_const(*threats)) {
        threatCode.insert(t.id, t.code);
    }
    auto controls = ComplianceRepository(b.connection()).controls();
    if (!controls) {
        return controls.error();
    }
    QHash<qint64, Control> controlOf;
    for (const Control& c : std::as_const(*controls)) {
        controlOf.insert(c.id, c);
    }
    QHash<int, RiskMatrix> matrices;
    QJsonArray risks;
    for (const RiskRow& row : std::as_const(*rows)) {
        const Risk& r = row.risk;
        if (!matrices.contains(r.matrixVersion)) {
            auto matrix = repository.matrix(r.matrixVersion);
            if (!matrix) {
                return matrix.error();
            }
            matrices.insert(r.matrixVersion, matrix->value_or(RiskMatrix()));
        }
        const RiskMatrix& matrix = matrices[r.matrixVersion];
        const QString key = QString::number(r.id);
        QStringList statement{matrix.explain(r, false)};
        if (r.hasResidual()) {
            statement << OscalAssessmentExport::tr("Residual: %1").arg(matrix.explain(r, true));
        }
        statement.removeAll(QString());
        const QString scenario = r.scenario.trimmed();
        QJsonObject risk{
            {u"uuid"_s, b.uuid(u"risk"_s, key)},
            {u"title"_s, oneLine(row.threatName.isEmpty() ? scenario : row.threatName)},
            {u"description"_s, scenario.isEmpty() ? row.threatName : r.scenario},
            {u"statement"_s,
             statement.isEmpty() ? OscalAssessmentExport::tr("Not assessed yet.") : statement.join(u'\n')},
            {u"status"_s, riskStatus(r.status)},
        };
        QJsonArray props;
        addProp(props, u"risk-id"_s, key);
        addProp(props, u"treatment"_s, r.treatment);
        addProp(props, u"owner"_s, r.owner);
        addProp(props, u"matrix-version"_s, QString::number(r.matrixVersion));
        addProp(props, u"next-review"_s, r.nextReview);
        if (!r.acceptedBy.isEmpty()) {
            addProp(props, u"accepted-by"_s, r.acceptedBy);
            addProp(props, u"accepted-on"_s, r.acceptedOn);
        }
        insertNonEmpty(risk, u"props"_s, props);
        if (!threatCode.value(r.threatId).isEmpty()) {
            risk.insert(u"threat-ids"_s,
                        QJsonArray{QJsonObject{
                            {u"system"_s, oscal::attestNamespace()},
                            {u"id"_s,
                             QString(u"urn:attest:threat:"_s +
                                     QString::fromLatin1(QUrl::toPercentEncoding(threatCode.value(r.threatId))))}}});
        }
        // Who characterised the risk: its owner (OSCAL names an origin for every characterization).
        const QString owner = b.party(r.owner);
        if (!owner.isEmpty() && r.likelihood > 0 && r.impact > 0) {
            b.useRole(u"risk-owner"_s, OscalAssessmentExport::tr("Risk owner"));
            QJsonArray facets;
            auto facet = [&](const QString& name, const QString& value) {
                if (!oneLine(value).isEmpty()) {
                    facets.append(QJsonObject{
                        {u"name"_s, name}, {u"system"_s, oscal::attestNamespace()}, {u"value"_s, oneLine(value)}});
                }
            };
            facet(u"likelihood"_s, QString::number(r.likelihood));
            facet(u"impact"_s, QString::number(r.impact));
            facet(u"score"_s, QString::number(r.inherentScore));
            facet(u"level"_s, r.inherentLevel);
            if (r.hasResidual()) {
                facet(u"residual-likelihood"_s, QString::number(r.residualLikelihood));
                facet(u"residual-impact"_s, QString::number(r.residualImpact));
                facet(u"residual-score"_s, QString::number(r.residualScore));
                facet(u"residual-level"_s, r.residualLevel);
            }
            risk.insert(
                u"characterizations"_s,
                QJsonArray{QJsonObject{{u"origin"_s,
                                        QJsonObject{{u"actors"_s,
                                                     QJsonArray{QJsonObject{{u"type"_s, u"party"_s},
                                                                            {u"actor-uuid"_s, owner},
                                                                            {u"role-id"_s, u"risk-owner"_s}}}}}},
                                       {u"facets"_s, facets}}});
        }
        QJsonArray mitigations;
        for (qint64 controlId : r.controlIds) {
            const Control c = controlOf.value(controlId);
            if (c.code.isEmpty()) {
                continue;
            }
            mitigations.append(QJsonObject{{u"uuid"_s, b.uuid(u"mitigation"_s, u"%1:%2"_s.arg(r.id).arg(controlId))},
                                           {u"description"_s, oneLine(u"%1 %2"_s.arg(c.code, c.name))}});
        }
        insertNonEmpty(risk, u"mitigating-factors"_s, mitigations);
        const QString deadline = deadlineOf(r.dueDate);
        if (!deadline.isEmpty()) {
            risk.insert(u"deadline"_s, deadline);
        }
        risks.append(risk);
    }
    return risks;
}

Result<QJsonObject> assessmentResults(Builder& b, qint64 systemId, OscalAssessmentExport::Summary& summary)
{
    const ComplianceEngine& engine = b.engine();
    const QJsonObject component = b.component();
    QJsonArray selections;
    QJsonArray observations;
    QJsonArray findings;
    for (const FrameworkApplicability& applicability : engine.applicability(systemId)) {
        if (!applicability.applies) {
            continue;
        }
        QJsonArray controls;
        for (int index : engine.applicableRequirements(systemId, applicability.frameworkId)) {
            const ComplianceEngine::RequirementInfo& requirement = engine.requirements().at(index);
            auto assessed = b.assess(requirement);
            if (!assessed) {
                return assessed.error();
            }
            controls.append(QJsonObject{
                {u"control-id"_s, assessed->finding.value(u"target"_s).toObject().value(u"target-id"_s).toString()}});
            observations.append(assessed->observation);
            findings.append(assessed->finding);
        }
        if (controls.isEmpty()) {
            continue;
        }
        QJsonArray props;
        addProp(props, u"framework"_s, applicability.frameworkKey);
        addProp(props, u"applicability"_s, applicability.confirmed ? u"confirmed"_s : u"proposed"_s);
        selections.append(QJsonObject{
            {u"description"_s, oneLine(applicability.frameworkName)},
            {u"props"_s, props},
            {u"include-controls"_s, controls},
        });
    }
    if (selections.isEmpty()) {
        return makeError(ErrorCode::Validation,
                         OscalAssessmentExport::tr("No framework with requirements to assess applies to %1, so there "
                                                   "are no assessment results to export. Confirm which frameworks "
                                                   "apply on the system's compliance page first.")
                             .arg(b.system().title()));
    }
    auto risks = registerRisks(b, systemId);
    if (!risks) {
        return risks.error();
    }
    summary.observations = int(observations.size());
    summary.findings = int(findings.size());
    summary.risks = int(risks->size());

    const QString title = b.system().title();
    const QString planUuid = b.uuid(u"assessment-plan"_s);
    QJsonArray resultProps;
    addProp(resultProps, u"system"_s, b.system().code());
    QJsonObject result{
        {u"uuid"_s, b.uuid(u"result"_s)},
        {u"title"_s, OscalAssessmentExport::tr("Compliance of %1").arg(oneLine(title))},
        {u"description"_s,
         OscalAssessmentExport::tr("The status of every requirement that applies to %1 under each framework that "
                                   "applies to it, derived by Attest from the implementation, evidence and tests of "
                                   "the mapped controls, or assessed by hand with a justification; and the "
                                   "system's risks from the risk register.")
             .arg(title)},
        {u"start"_s, b.now()},
        {u"end"_s, b.now()},
        {u"props"_s, resultProps},
        {u"local-definitions"_s, QJsonObject{{u"components"_s, QJsonArray{component}}}},
        {u"reviewed-controls"_s, QJsonObject{{u"control-selections"_s, selections}}},
        {u"observations"_s, observations},
        {u"findings"_s, findings},
    };
    insertNonEmpty(result, u"risks"_s, *risks);
    QJsonArray planProps;
    addProp(planProps, u"system"_s, b.system().code());
    const QJsonObject plan{
        {u"uuid"_s, planUuid},
        {u"title"_s, OscalAssessmentExport::tr("Assessment plan of %1").arg(oneLine(title))},
        {u"description"_s,
         OscalAssessmentExport::tr("Attest keeps no separate assessment plan: the requirements of every framework "
                                   "that applies to the system are assessed continuously from the control library, "
                                   "and each change is recorded in the workspace's audit trail.")},
        {u"props"_s, planProps},
    };
    return QJsonObject{
        {u"uuid"_s, b.uuid(u"assessment-results"_s)},
        {u"import-ap"_s, QJsonObject{{u"href"_s, QString(u'#' + planUuid)}}},
        {u"results"_s, QJsonArray{result}},
        {u"back-matter"_s, QJsonObject{{u"resources"_s, QJsonArray{plan}}}},
    };
}

Result<QJsonObject> planOfAction(Builder& b, qint64 systemId, OscalAssessmentExport::Summary& summary)
{
    const ComplianceEngine& engine = b.engine();
    ComplianceRepository repository(b.connection());
    auto all = repository.findings();
    if (!all) {
        return all.error();
    }
    auto controls = repository.controls();
    if (!controls) {
        return controls.error();
    }
    QHash<qint64, QString> controlCode;
    for (const Control& c : std::as_const(*controls)) {
        controlCode.insert(c.id, c.code);
    }
    const QJsonObject component = b.component();
    QJsonArray observations;
    QJsonArray findings;
    QJsonArray risks;
    QJsonArray items;
    QHash<qint64, Builder::Assessed> assessed; // by requirement id: one observation and finding each
    for (const Finding& f : std::as_const(*all)) {
        if (f.systemId != systemId || !f.isOpen()) {
            continue;
        }
        const QString key = QString::number(f.id);
        const QString title = oneLine(f.title);
        const QString description = f.description.trimmed().isEmpty() ? f.title : f.description;

        QString source;
        const ComplianceEngine::RequirementInfo* requirement =
            f.requirementId ? engine.requirement(f.requirementId) : nullptr;
        if (requirement && !assessed.contains(requirement->id)) {
            auto a = b.assess(*requirement);
            if (!a) {
                return a.error();
            }
            assessed.insert(requirement->id, *a);
            observations.append(a->observation);
            findings.append(a->finding);
        }
        if (f.source == u"requirement"_s && requirement) {
            source = OscalAssessmentExport::tr("Raised from requirement %1 %2 %3.")
                         .arg(b.frameworkName(requirement->frameworkId), requirement->ref, requirement->title);
        } else if (f.source == u"control_test"_s) {
            source = OscalAssessmentExport::tr("Raised from a failed test of control %1.")
                         .arg(controlCode.value(f.controlId));
        } else {
            source = OscalAssessmentExport::tr("Recorded by hand.");
        }

        const QString riskUuid = b.uuid(u"finding-risk"_s, key);
        const QString deadline = deadlineOf(f.dueDate);
        QJsonObject risk{
            {u"uuid"_s, riskUuid},
            {u"title"_s, title},
            {u"description"_s, description},
            {u"statement"_s,
             OscalAssessmentExport::tr("Severity: %1. %2").arg(ComplianceText::severity(f.severity), source)},
            {u"status"_s, f.status == u"in_progress"_s ? u"remediating"_s : u"open"_s},
        };
        QJsonArray riskProps;
        addProp(riskProps, u"finding-id"_s, key);
        addProp(riskProps, u"severity"_s, f.severity);
        risk.insert(u"props"_s, riskProps);
        if (!deadline.isEmpty()) {
            risk.insert(u"deadline"_s, deadline);
        }
        const QString owner = b.party(f.owner);
        if (!deadline.isEmpty() || !owner.isEmpty()) {
            // The milestone: the finding resolved by its due date, by its owner.
            QJsonObject task{{u"uuid"_s, b.uuid(u"milestone"_s, key)},
                             {u"type"_s, u"milestone"_s},
                             {u"title"_s, OscalAssessmentExport::tr("Finding resolved")}};
            if (!deadline.isEmpty()) {
                task.insert(u"timing"_s, QJsonObject{{u"on-date"_s, QJsonObject{{u"date"_s, deadline}}}});
            }
            if (!owner.isEmpty()) {
                b.useRole(u"remediation-owner"_s, OscalAssessmentExport::tr("Remediation owner"));
                task.insert(u"responsible-roles"_s,
                            QJsonArray{QJsonObject{{u"role-id"_s, u"remediation-owner"_s},
                                                   {u"party-uuids"_s, QJsonArray{owner}}}});
            }
            const QString when = f.dueDate.isEmpty() ? QString() : f.dueDate;
            risk.insert(u"remediations"_s,
                        QJsonArray{QJsonObject{
                            {u"uuid"_s, b.uuid(u"remediation"_s, key)},
                            {u"lifecycle"_s, u"planned"_s},
                            {u"title"_s, OscalAssessmentExport::tr("Resolve the finding")},
                            {u"description"_s,
                             when.isEmpty() ? OscalAssessmentExport::tr(
                                                  "Resolve “%1” and close the finding with evidence or a note.")
                                                  .arg(title)
                                            : OscalAssessmentExport::tr(
                                                  "Resolve “%1” by %2 and close the finding with evidence or a note.")
                                                  .arg(title, when)},
                            {u"tasks"_s, QJsonArray{task}}}});
        }
        risks.append(risk);

        QJsonArray itemProps;
        addProp(itemProps, u"finding-id"_s, key);
        addProp(itemProps, u"severity"_s, f.severity);
        addProp(itemProps, u"status"_s, f.status);
        addProp(itemProps, u"source"_s, f.source);
        addProp(itemProps, u"owner"_s, f.owner);
        addProp(itemProps, u"due-date"_s, f.dueDate);
        QJsonObject item{
            {u"uuid"_s, b.uuid(u"poam-item"_s, key)},
            {u"title"_s, title},
            {u"description"_s, description},
            {u"props"_s, itemProps},
            {u"related-risks"_s, QJsonArray{QJsonObject{{u"risk-uuid"_s, riskUuid}}}},
        };
        if (requirement) {
            const Builder::Assessed& a = assessed[requirement->id];
            item.insert(u"related-findings"_s, QJsonArray{QJsonObject{{u"finding-uuid"_s, a.findingUuid}}});
            item.insert(u"related-observations"_s, QJsonArray{QJsonObject{{u"observation-uuid"_s, a.observationUuid}}});
        }
        items.append(item);
    }
    if (items.isEmpty()) {
        return makeError(ErrorCode::Validation,
                         OscalAssessmentExport::tr("%1 has no open findings, so there is no plan of action and "
                                                   "milestones to export.")
                             .arg(b.system().title()));
    }
    summary.observations = int(observations.size());
    summary.findings = int(findings.size());
    summary.risks = int(risks.size());
    summary.poamItems = int(items.size());

    QJsonObject poam{
        {u"uuid"_s, b.uuid(u"poam"_s)},
        {u"system-id"_s,
         QJsonObject{{u"identifier-type"_s, u"https://ietf.org/rfc/rfc4122"_s}, {u"id"_s, b.componentUuid()}}},
        {u"local-definitions"_s, QJsonObject{{u"components"_s, QJsonArray{component}}}},
        {u"risks"_s, risks},
        {u"poam-items"_s, items},
    };
    insertNonEmpty(poam, u"observations"_s, observations);
    insertNonEmpty(poam, u"findings"_s, findings);
    return poam;
}

} // namespace

QString OscalAssessmentExport::uuidFor(const QString& workspaceId, const QString& kind, const QString& key)
{
    return QUuid::createUuidV5(AssessmentUuidNamespace, u"%1/%2/%3"_s.arg(workspaceId, kind, key))
        .toString(QUuid::WithoutBraces);
}

Result<QByteArray> OscalAssessmentExport::exportSystem(
    Workspace& workspace, Model model, qint64 systemId, const QDateTime& now, Summary* summary)
{
    Builder builder(workspace, systemId, now);
    if (auto loaded = builder.load(); !loaded) {
        return loaded.error();
    }
    Summary counts;
    const bool results = model == Model::AssessmentResults;
    auto document = results ? assessmentResults(builder, systemId, counts) : planOfAction(builder, systemId, counts);
    if (!document) {
        return document.error();
    }
    // The metadata last, once the parties and roles the document names are known.
    QJsonObject body = *document;
    const QString title = builder.system().title();
    body.insert(u"metadata"_s,
                builder.metadata(results ? tr("Assessment results of %1").arg(title)
                                         : tr("Plan of action and milestones of %1").arg(title)));
    const QJsonObject root{{results ? u"assessment-results"_s : u"plan-of-action-and-milestones"_s, body}};
    if (summary) {
        *summary = counts;
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<OscalAssessmentExport::Summary> OscalAssessmentExport::exportToFile(
    Workspace& workspace, Model model, qint64 systemId, const QString& path, const QDateTime& now)
{
    Summary summary;
    auto data = exportSystem(workspace, model, systemId, now, &summary);
    if (!data) {
        return data.error();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit()) {
        return makeError(ErrorCode::Io, tr("Cannot write “%1”: %2.").arg(path, file.errorString()));
    }
    return summary;
}

} // namespace attest
