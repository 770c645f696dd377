#include "ReportSupport.h"

#include "compliance/Compliance.h"
#include "risk/Risk.h"
#include "storage/SystemRepository.h"

using namespace Qt::StringLiterals;

namespace attest {

Result<AiSystem> ReportSupport::system(Connection& connection, qint64 systemId)
{
    auto system = SystemRepository(connection).get(systemId);
    if (!system) {
        return system.error();
    }
    if (!system->has_value()) {
        return makeError(ErrorCode::NotFound, tr("There is no AI system with id %1.").arg(systemId));
    }
    return **system;
}

Result<ComplianceEngine>
ReportSupport::engine(Connection& connection, const ReportContext& context, const QList<qint64>& systemIds)
{
    auto engine = ComplianceEngine::load(connection, context.generatedAt.toLocalTime().date());
    if (!engine) {
        return engine.error();
    }
    if (!systemIds.isEmpty()) {
        if (auto loaded = engine->loadSystems(connection, systemIds); !loaded) {
            return loaded.error();
        }
    }
    return engine;
}

Result<QList<RiskRow>> ReportSupport::risks(Connection& connection, qint64 systemId)
{
    RiskRepository repository(connection);
    RiskFilter filter;
    filter.systemId = systemId;
    auto ids = repository.riskIds(filter);
    if (!ids) {
        return ids.error();
    }
    return repository.fetch(*ids);
}

QString ReportSupport::controlName(const ComplianceEngine& engine, qint64 controlId)
{
    for (const ComplianceEngine::ControlInfo& c : engine.controls()) {
        if (c.id == controlId) {
            return u"%1 %2"_s.arg(c.code, c.name);
        }
    }
    return u"#%1"_s.arg(controlId);
}

ReportTable ReportSupport::riskTable(const QList<RiskRow>& rows, const ComplianceEngine& engine)
{
    ReportTable table;
    table.headers = {tr("Threat"),
                     tr("Scenario"),
                     tr("Inherent"),
                     tr("Residual"),
                     tr("Treatment"),
                     tr("Controls"),
                     tr("Owner"),
                     tr("Status")};
    table.widths = {1.4, 2.6, 1.0, 1.0, 1.0, 1.9, 1.1, 0.9};
    for (const RiskRow& row : rows) {
        const Risk& r = row.risk;
        QStringList controls;
        for (qint64 id : r.controlIds) {
            controls << controlName(engine, id);
        }
        table.rows << QStringList{row.threatName,
                                  r.scenario,
                                  u"%1 (%2)"_s.arg(r.inherentLevel).arg(r.inherentScore),
                                  r.hasResidual() ? u"%1 (%2)"_s.arg(r.residualLevel).arg(r.residualScore)
                                                  : tr("not assessed"),
                                  r.treatment.isEmpty() ? tr("not recorded") : RiskText::treatment(r.treatment),
                                  controls.isEmpty() ? tr("none") : controls.join(u'\n'),
                                  r.owner.isEmpty() ? tr("not recorded") : r.owner,
                                  RiskText::status(r.status)};
    }
    return table;
}

QStringList ReportSupport::controls(const ComplianceEngine& engine, qint64 systemId, const QStringList& statuses)
{
    QStringList names;
    for (const ComplianceEngine::ControlInfo& c : engine.controls()) {
        if (statuses.contains(engine.controlStatus(systemId, c.id))) {
            names << u"%1 %2"_s.arg(c.code, c.name);
        }
    }
    return names;
}

QString ReportSupport::field(const AiSystem& system, const QString& key)
{
    const SystemField* f = SystemFields::find(key);
    const QString stored = system.value(key);
    if (!f || stored.isEmpty()) {
        return stored;
    }
    if (f->kind == FieldKind::Components || f->kind == FieldKind::MultilineText) {
        return stored; // printed with its line breaks
    }
    return f->displayValue(stored);
}

QString ReportSupport::asOf(const ReportContext& context)
{
    return tr("As at %1").arg(context.generatedAt.toLocalTime().date().toString(Qt::ISODate));
}

} // namespace attest
