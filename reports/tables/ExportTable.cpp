#include "ExportTable.h"

#include "catalog/Catalog.h"
#include "compliance/ComplianceEngine.h"
#include "compliance/StatementOfApplicability.h"
#include "inventory/AiSystem.h"
#include "risk/RiskExport.h"
#include "storage/CatalogRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

using Type = ExportColumn::Type;

QList<ExportColumn> columnsOf(std::initializer_list<std::pair<const char16_t*, Type>> list)
{
    QList<ExportColumn> columns;
    for (const auto& [key, type] : list) {
        columns << ExportColumn{QString::fromUtf16(key), type};
    }
    return columns;
}

// Requirement id -> "GDPR Art. 32" and its framework's short name, read once per requirement.
class RequirementNames
{
public:
    explicit RequirementNames(Connection& connection)
        : m_catalogs(connection)
    { }

    Result<void> load()
    {
        auto frameworks = m_catalogs.frameworks();
        if (!frameworks) {
            return frameworks.error();
        }
        for (const Framework& f : *frameworks) {
            m_frameworks.insert(f.id, f.shortName.isEmpty() ? f.name : f.shortName);
        }
        return {};
    }

    // Empty when the requirement no longer exists.
    Result<QString> label(qint64 requirementId)
    {
        auto found = lookUp(requirementId);
        if (!found) {
            return found.error();
        }
        return found->first.isEmpty() ? QString() : u"%1 %2"_s.arg(found->first, found->second);
    }
    Result<QString> framework(qint64 requirementId)
    {
        auto found = lookUp(requirementId);
        if (!found) {
            return found.error();
        }
        return found->first;
    }

private:
    // (framework short name, reference)
    Result<std::pair<QString, QString>> lookUp(qint64 requirementId)
    {
        if (!m_cache.contains(requirementId)) {
            auto r = m_catalogs.requirement(requirementId);
            if (!r) {
                return r.error();
            }
            m_cache.insert(requirementId,
                           r->has_value() ? std::pair{m_frameworks.value((*r)->frameworkId), (*r)->ref}
                                          : std::pair<QString, QString>{});
        }
        return m_cache.value(requirementId);
    }

    CatalogRepository m_catalogs;
    QHash<qint64, QString> m_frameworks;
    QHash<qint64, std::pair<QString, QString>> m_cache;
};

Result<void> fillSystems(Connection& connection, ExportTable& table)
{
    // The columns SystemImport reads back: the same file as `attest export systems --format csv`.
    for (const SystemField& field : SystemFields::all()) {
        table.columns << ExportColumn{field.key, field.kind == FieldKind::Date ? Type::Date : Type::Text};
    }
    auto systems = SystemRepository(connection).all();
    if (!systems) {
        return systems.error();
    }
    table.rows.reserve(systems->size());
    for (const AiSystem& system : std::as_const(*systems)) {
        QStringList row;
        row.reserve(table.columns.size());
        for (const SystemField& field : SystemFields::all()) {
            row << system.value(field.key);
        }
        table.rows << row;
    }
    return {};
}

Result<void> fillRisks(Connection& connection, ExportTable& table)
{
    // The register as RiskImport reads it back: the same cells as `attest risks list --format csv`.
    static const QSet<QString> numbers{u"likelihood"_s,
                                       u"impact"_s,
                                       u"inherent_score"_s,
                                       u"residual_likelihood"_s,
                                       u"residual_impact"_s,
                                       u"residual_score"_s,
                                       u"matrix_version"_s};
    static const QSet<QString> dates{u"due_date"_s, u"next_review"_s, u"accepted_on"_s};
    const QStringList keys = RiskExport::csvColumns();
    for (const QString& key : keys) {
        table.columns << ExportColumn{key,
                                      numbers.contains(key) ? Type::Number
                                      : dates.contains(key) ? Type::Date
                                                            : Type::Text};
    }
    auto risks = RiskExport::rows(connection, RiskFilter());
    if (!risks) {
        return risks.error();
    }
    auto cells = RiskExport::csvRows(connection, *risks);
    if (!cells) {
        return cells.error();
    }
    table.rows = cells->mid(1);
    return {};
}

Result<void> fillControls(Connection& connection, ExportTable& table)
{
    table.columns = columnsOf({{u"code", Type::Text},
                               {u"name", Type::Text},
                               {u"description", Type::Text},
                               {u"type", Type::Text},
                               {u"owner", Type::Text},
                               {u"operation_frequency", Type::Text},
                               {u"test_frequency", Type::Text},
                               {u"origin", Type::Text},
                               {u"implementation", Type::Text},
                               {u"justification", Type::Text},
                               {u"implementation_owner", Type::Text},
                               {u"target_date", Type::Date},
                               {u"last_test_date", Type::Date},
                               {u"last_test_result", Type::Text},
                               {u"notes", Type::Text},
                               {u"mapped_requirements", Type::Number},
                               {u"frameworks", Type::Text},
                               {u"systems_with_own_implementation", Type::Number}});
    ComplianceRepository repository(connection);
    auto controls = repository.controls();
    if (!controls) {
        return controls.error();
    }
    auto organisation = repository.organisationImplementations();
    if (!organisation) {
        return organisation.error();
    }
    QHash<qint64, ControlImplementation> implementationOf;
    for (const ControlImplementation& i : std::as_const(*organisation)) {
        implementationOf.insert(i.controlId, i);
    }
    auto all = repository.implementations(-1);
    if (!all) {
        return all.error();
    }
    QHash<qint64, int> ownImplementations;
    for (const ControlImplementation& i : std::as_const(*all)) {
        if (i.systemId > 0) {
            ++ownImplementations[i.controlId];
        }
    }
    auto mappings = repository.controlMappings();
    if (!mappings) {
        return mappings.error();
    }
    RequirementNames names(connection);
    if (auto loaded = names.load(); !loaded) {
        return loaded.error();
    }
    QHash<qint64, int> mappingCount;
    QHash<qint64, QStringList> frameworks; // in the order of first mapping
    for (const ControlMapping& m : std::as_const(*mappings)) {
        ++mappingCount[m.controlId];
        auto framework = names.framework(m.requirementId);
        if (!framework) {
            return framework.error();
        }
        if (!framework->isEmpty() && !frameworks[m.controlId].contains(*framework)) {
            frameworks[m.controlId] << *framework;
        }
    }
    for (const Control& c : std::as_const(*controls)) {
        const ControlImplementation i = implementationOf.value(c.id);
        table.rows << QStringList{c.code,
                                  c.name,
                                  c.description,
                                  c.type,
                                  c.owner,
                                  c.operationFrequency,
                                  c.testFrequency,
                                  c.origin,
                                  i.status,
                                  i.justification,
                                  i.owner,
                                  i.targetDate,
                                  i.lastTestDate,
                                  i.lastTestResult,
                                  i.notes,
                                  QString::number(mappingCount.value(c.id)),
                                  frameworks.value(c.id).join(u"; "_s),
                                  QString::number(ownImplementations.value(c.id))};
    }
    return {};
}

Result<void> fillFindings(Connection& connection, ExportTable& table, const QDate& today)
{
    table.columns = columnsOf({{u"id", Type::Number},
                               {u"title", Type::Text},
                               {u"description", Type::Text},
                               {u"source", Type::Text},
                               {u"severity", Type::Text},
                               {u"status", Type::Text},
                               {u"owner", Type::Text},
                               {u"due_date", Type::Date},
                               {u"overdue", Type::Text},
                               {u"system", Type::Text},
                               {u"system_name", Type::Text},
                               {u"requirement", Type::Text},
                               {u"control", Type::Text},
                               {u"closed_on", Type::Date},
                               {u"closure_note", Type::Text}});
    ComplianceRepository repository(connection);
    auto findings = repository.findings();
    if (!findings) {
        return findings.error();
    }
    auto systems = SystemRepository(connection).labels();
    if (!systems) {
        return systems.error();
    }
    QHash<qint64, SystemLabel> systemOf;
    for (const SystemLabel& s : std::as_const(*systems)) {
        systemOf.insert(s.id, s);
    }
    auto controls = repository.controls();
    if (!controls) {
        return controls.error();
    }
    QHash<qint64, QString> controlCode;
    for (const Control& c : std::as_const(*controls)) {
        controlCode.insert(c.id, c.code);
    }
    RequirementNames names(connection);
    if (auto loaded = names.load(); !loaded) {
        return loaded.error();
    }
    const QString todayText = today.toString(Qt::ISODate);
    for (const Finding& f : std::as_const(*findings)) {
        QString requirement;
        if (f.requirementId) {
            auto label = names.label(f.requirementId);
            if (!label) {
                return label.error();
            }
            requirement = *label;
        }
        const SystemLabel system = systemOf.value(f.systemId);
        table.rows << QStringList{QString::number(f.id),
                                  f.title,
                                  f.description,
                                  f.source,
                                  f.severity,
                                  f.status,
                                  f.owner,
                                  f.dueDate,
                                  f.isOverdue(todayText) ? u"yes"_s : u"no"_s,
                                  system.code,
                                  system.name,
                                  requirement,
                                  controlCode.value(f.controlId),
                                  f.closedOn,
                                  f.closureNote};
    }
    return {};
}

Result<void> fillSoa(Connection& connection, ExportTable& table, const QDate& today)
{
    // The same cells as `attest soa --format csv`.
    table.columns = columnsOf({{u"control", Type::Text},
                               {u"title", Type::Text},
                               {u"theme", Type::Text},
                               {u"applicable", Type::Text},
                               {u"justification", Type::Text},
                               {u"implementation", Type::Text},
                               {u"linked_controls", Type::Text},
                               {u"evidence", Type::Text},
                               {u"derivation", Type::Text}});
    auto engine = ComplianceEngine::load(connection, today);
    if (!engine) {
        return engine.error();
    }
    auto rows = StatementOfApplicability::build(connection, *engine);
    if (!rows) {
        return rows.error();
    }
    for (const StatementOfApplicability::Row& r : std::as_const(*rows)) {
        table.rows << QStringList{r.ref,
                                  r.officialTitle, // data exports keep the title of record
                                  r.theme,
                                  r.applicable ? u"yes"_s : u"no"_s,
                                  r.justification,
                                  StatementOfApplicability::implementationText(r.implementation),
                                  r.controls.join(u"; "_s),
                                  r.evidence.join(u"; "_s),
                                  r.derivation};
    }
    return {};
}

} // namespace

QStringList ExportTable::names()
{
    return {u"systems"_s, u"risks"_s, u"controls"_s, u"findings"_s, u"soa"_s};
}

std::optional<ExportTable::Kind> ExportTable::kindFor(const QString& name)
{
    for (Kind kind : {Kind::Systems, Kind::Risks, Kind::Controls, Kind::Findings, Kind::Soa}) {
        if (nameOf(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

QString ExportTable::nameOf(Kind kind)
{
    switch (kind) {
    case Kind::Systems:
        return u"systems"_s;
    case Kind::Risks:
        return u"risks"_s;
    case Kind::Controls:
        return u"controls"_s;
    case Kind::Findings:
        return u"findings"_s;
    case Kind::Soa:
        break;
    }
    return u"soa"_s;
}

QString ExportTable::titleOf(Kind kind)
{
    switch (kind) {
    case Kind::Systems:
        return tr("AI systems");
    case Kind::Risks:
        return tr("Risk register");
    case Kind::Controls:
        return tr("Controls");
    case Kind::Findings:
        return tr("Findings");
    case Kind::Soa:
        break;
    }
    return tr("Statement of Applicability");
}

Result<ExportTable> ExportTable::build(Connection& connection, Kind kind, const QDate& today)
{
    ExportTable table;
    table.kind = kind;
    table.name = nameOf(kind);
    table.title = titleOf(kind);
    Result<void> filled;
    switch (kind) {
    case Kind::Systems:
        filled = fillSystems(connection, table);
        break;
    case Kind::Risks:
        filled = fillRisks(connection, table);
        break;
    case Kind::Controls:
        filled = fillControls(connection, table);
        break;
    case Kind::Findings:
        filled = fillFindings(connection, table, today);
        break;
    case Kind::Soa:
        filled = fillSoa(connection, table, today);
        break;
    }
    if (!filled) {
        return filled.error();
    }
    return table;
}

QStringList ExportTable::header() const
{
    QStringList keys;
    keys.reserve(columns.size());
    for (const ExportColumn& c : columns) {
        keys << c.key;
    }
    return keys;
}

QList<QStringList> ExportTable::withHeader() const
{
    QList<QStringList> all;
    all.reserve(rows.size() + 1);
    all << header();
    all << rows;
    return all;
}

} // namespace attest
