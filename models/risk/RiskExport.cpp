#include "RiskExport.h"

#include "io/Csv.h"
#include "storage/ComplianceRepository.h"
#include "storage/Connection.h"
#include "storage/SystemRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

// The names rows refer to by id, read once per export.
struct Names
{
    QHash<qint64, QString> systemName;
    QHash<qint64, QString> controlCode;
    QHash<int, RiskMatrix> matrices;

    static Result<Names> read(Connection& connection, const QList<RiskRow>& rows, bool withSystemNames)
    {
        Names n;
        if (withSystemNames) {
            auto systems = SystemRepository(connection).all();
            if (!systems) {
                return systems.error();
            }
            for (const AiSystem& s : *systems) {
                n.systemName.insert(s.id, s.name());
            }
        }
        auto controls = ComplianceRepository(connection).controls();
        if (!controls) {
            return controls.error();
        }
        for (const Control& c : *controls) {
            n.controlCode.insert(c.id, c.code);
        }
        RiskRepository repository(connection);
        for (const RiskRow& row : rows) {
            if (!n.matrices.contains(row.risk.matrixVersion)) {
                auto m = repository.matrix(row.risk.matrixVersion);
                if (!m) {
                    return m.error();
                }
                n.matrices.insert(row.risk.matrixVersion, m->value_or(RiskMatrix()));
            }
        }
        return n;
    }

    QStringList controls(const Risk& r) const
    {
        QStringList codes;
        for (qint64 id : r.controlIds) {
            codes << controlCode.value(id);
        }
        return codes;
    }
    QString explain(const Risk& r, bool residual) const { return matrices[r.matrixVersion].explain(r, residual); }
};

QString number(int value)
{
    return value ? QString::number(value) : QString();
}

} // namespace

QStringList RiskExport::csvColumns()
{
    return {u"system"_s,          u"system_name"_s,
            u"threat"_s,          u"scenario"_s,
            u"assets"_s,          u"likelihood"_s,
            u"impact"_s,          u"inherent_score"_s,
            u"inherent_level"_s,  u"treatment"_s,
            u"controls"_s,        u"residual_likelihood"_s,
            u"residual_impact"_s, u"residual_score"_s,
            u"residual_level"_s,  u"owner"_s,
            u"due_date"_s,        u"next_review"_s,
            u"status"_s,          u"accepted_by"_s,
            u"accepted_on"_s,     u"acceptance_justification"_s,
            u"matrix_version"_s};
}

Result<QList<RiskRow>> RiskExport::rows(Connection& connection, const RiskFilter& filter)
{
    RiskRepository repository(connection);
    auto ids = repository.riskIds(filter);
    if (!ids) {
        return ids.error();
    }
    return repository.fetch(*ids);
}

Result<QList<QStringList>> RiskExport::csvRows(Connection& connection, const QList<RiskRow>& rows)
{
    auto names = Names::read(connection, rows, true);
    if (!names) {
        return names.error();
    }
    QList<QStringList> table;
    table.reserve(rows.size() + 1);
    table << csvColumns();
    for (const RiskRow& row : rows) {
        const Risk& r = row.risk;
        table << QStringList{row.systemCode,
                             names->systemName.value(r.systemId),
                             row.threatName,
                             r.scenario,
                             r.assets.split(u',', Qt::SkipEmptyParts).join(u"; "_s),
                             number(r.likelihood),
                             number(r.impact),
                             number(r.inherentScore),
                             r.inherentLevel,
                             r.treatment,
                             names->controls(r).join(u"; "_s),
                             number(r.residualLikelihood),
                             number(r.residualImpact),
                             number(r.residualScore),
                             r.residualLevel,
                             r.owner,
                             r.dueDate,
                             r.nextReview,
                             r.status,
                             r.acceptedBy,
                             r.acceptedOn,
                             r.acceptanceJustification,
                             QString::number(r.matrixVersion)};
    }
    return table;
}

Result<QList<QStringList>> RiskExport::tableRows(Connection& connection, const QList<RiskRow>& rows)
{
    auto names = Names::read(connection, rows, false);
    if (!names) {
        return names.error();
    }
    QList<QStringList> table;
    table << QStringList{tr("System"),
                         tr("Threat"),
                         tr("Inherent"),
                         tr("Residual"),
                         tr("Treatment"),
                         tr("Owner"),
                         tr("Due"),
                         tr("Status")};
    for (const RiskRow& row : rows) {
        const Risk& r = row.risk;
        table << QStringList{row.systemCode,
                             row.threatName,
                             u"%1 %2"_s.arg(r.inherentScore).arg(r.inherentLevel),
                             r.hasResidual() ? u"%1 %2"_s.arg(r.residualScore).arg(r.residualLevel) : u"–"_s,
                             RiskText::treatment(r.treatment),
                             r.owner,
                             r.dueDate,
                             RiskText::status(r.status)};
    }
    return table;
}

Result<QByteArray> RiskExport::json(Connection& connection, const QList<RiskRow>& rows)
{
    auto names = Names::read(connection, rows, true);
    if (!names) {
        return names.error();
    }
    QJsonArray list;
    for (const RiskRow& row : rows) {
        const Risk& r = row.risk;
        QJsonObject o{{u"id"_s, r.id},
                      {u"system"_s, row.systemCode},
                      {u"system_name"_s, names->systemName.value(r.systemId)},
                      {u"threat"_s, row.threatName},
                      {u"scenario"_s, r.scenario},
                      {u"assets"_s, QJsonArray::fromStringList(r.assets.split(u',', Qt::SkipEmptyParts))},
                      {u"matrix_version"_s, r.matrixVersion},
                      {u"likelihood"_s, r.likelihood},
                      {u"impact"_s, r.impact},
                      {u"inherent_score"_s, r.inherentScore},
                      {u"inherent_level"_s, r.inherentLevel},
                      {u"inherent_explanation"_s, names->explain(r, false)},
                      {u"treatment"_s, r.treatment},
                      {u"controls"_s, QJsonArray::fromStringList(names->controls(r))},
                      {u"owner"_s, r.owner},
                      {u"due_date"_s, r.dueDate},
                      {u"next_review"_s, r.nextReview},
                      {u"status"_s, r.status}};
        if (r.hasResidual()) {
            o.insert(u"residual_likelihood"_s, r.residualLikelihood);
            o.insert(u"residual_impact"_s, r.residualImpact);
            o.insert(u"residual_score"_s, r.residualScore);
            o.insert(u"residual_level"_s, r.residualLevel);
            o.insert(u"residual_explanation"_s, names->explain(r, true));
        }
        if (!r.acceptedBy.isEmpty()) {
            o.insert(u"accepted_by"_s, r.acceptedBy);
            o.insert(u"accepted_on"_s, r.acceptedOn);
            o.insert(u"acceptance_justification"_s, r.acceptanceJustification);
        }
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{u"risks"_s, list}}).toJson(QJsonDocument::Indented);
}

} // namespace attest
