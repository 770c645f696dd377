#include "RiskRepository.h"

#include "storage/ConnectionPrivate.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

QVariant nullableInt(int value)
{
    return value > 0 ? QVariant(qint64(value)) : QVariant();
}

// The WHERE clause shared by the register and the heat map.
QString whereFor(const RiskFilter& f, QVariantList& bindings, bool withCell = true)
{
    QStringList terms{u"1"_s};
    if (f.systemId) {
        terms << u"r.system_id = ?"_s;
        bindings << f.systemId;
    }
    if (!f.businessUnit.isEmpty()) {
        terms << u"r.system_id IN (SELECT id FROM ai_systems WHERE business_unit = ?)"_s;
        bindings << f.businessUnit;
    }
    if (f.threatId) {
        terms << u"r.threat_id = ?"_s;
        bindings << f.threatId;
    }
    if (!f.level.isEmpty()) {
        terms << u"(CASE WHEN r.residual_score IS NULL THEN r.inherent_level ELSE r.residual_level END) = ?"_s;
        bindings << f.level;
    }
    if (!f.owner.isEmpty()) {
        terms << u"r.owner = ?"_s;
        bindings << f.owner;
    }
    if (f.openOnly) {
        terms << u"r.status <> 'closed'"_s;
    }
    if (f.overdueOnly) {
        terms << u"r.status IN ('open', 'treating') AND r.due_date <> '' AND r.due_date < ?"_s;
        bindings << f.today;
    }
    if (withCell && f.likelihood && f.impact) {
        if (f.residual) {
            terms
                << u"COALESCE(r.residual_likelihood, r.likelihood) = ? AND COALESCE(r.residual_impact, r.impact) = ?"_s;
        } else {
            terms << u"r.likelihood = ? AND r.impact = ?"_s;
        }
        bindings << f.likelihood << f.impact;
    }
    return terms.join(u" AND "_s);
}

const QString RiskColumns = u"r.id, r.system_id, r.threat_id, r.scenario, r.assets, r.matrix_version, r.likelihood, "
                            "r.impact, r.inherent_score, r.inherent_level, r.treatment, r.residual_likelihood, "
                            "r.residual_impact, r.residual_score, r.residual_level, r.owner, r.due_date, "
                            "r.next_review, r.status, r.accepted_by, r.accepted_on, r.acceptance_justification"_s;

Risk readRisk(const QSqlQuery& q)
{
    Risk r;
    r.id = q.value(0).toLongLong();
    r.systemId = q.value(1).toLongLong();
    r.threatId = q.value(2).toLongLong();
    r.scenario = q.value(3).toString();
    r.assets = q.value(4).toString();
    r.matrixVersion = q.value(5).toInt();
    r.likelihood = q.value(6).toInt();
    r.impact = q.value(7).toInt();
    r.inherentScore = q.value(8).toInt();
    r.inherentLevel = q.value(9).toString();
    r.treatment = q.value(10).toString();
    r.residualLikelihood = q.value(11).toInt();
    r.residualImpact = q.value(12).toInt();
    r.residualScore = q.value(13).toInt();
    r.residualLevel = q.value(14).toString();
    r.owner = q.value(15).toString();
    r.dueDate = q.value(16).toString();
    r.nextReview = q.value(17).toString();
    r.status = q.value(18).toString();
    r.acceptedBy = q.value(19).toString();
    r.acceptedOn = q.value(20).toString();
    r.acceptanceJustification = q.value(21).toString();
    return r;
}

} // namespace

RiskRepository::RiskRepository(Connection& connection)
    : m_connection(connection)
{ }

const EntitySpec& RiskRepository::threatSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{u"threat"_s,
                              u"threats"_s,
                              {{u"code"_s, T::Text},
                               {u"name"_s, T::Text},
                               {u"description"_s, T::Text},
                               {u"assets"_s, T::Text},
                               {u"origin"_s, T::Text}},
                              {}};
    return s;
}

const EntitySpec& RiskRepository::threatLinkSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{
        u"threat_link"_s, u"threat_links"_s, {{u"threat_id"_s, T::Integer}, {u"requirement_id"_s, T::Integer}}, {}};
    return s;
}

const EntitySpec& RiskRepository::threatControlSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{
        u"threat_control"_s, u"threat_controls"_s, {{u"threat_id"_s, T::Integer}, {u"control_id"_s, T::Integer}}, {}};
    return s;
}

const EntitySpec& RiskRepository::matrixSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{u"risk_matrix"_s,
                              u"risk_matrices"_s,
                              {{u"version"_s, T::Integer}, {u"definition"_s, T::Text}, {u"note"_s, T::Text}},
                              {}};
    return s;
}

const EntitySpec& RiskRepository::riskSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{u"risk"_s,
                              u"risks"_s,
                              {{u"system_id"_s, T::Integer},
                               {u"threat_id"_s, T::Integer},
                               {u"scenario"_s, T::Text},
                               {u"assets"_s, T::Text},
                               {u"matrix_version"_s, T::Integer},
                               {u"likelihood"_s, T::Integer},
                               {u"impact"_s, T::Integer},
                               {u"inherent_score"_s, T::Integer},
                               {u"inherent_level"_s, T::Text},
                               {u"treatment"_s, T::Text},
                               {u"residual_likelihood"_s, T::Integer},
                               {u"residual_impact"_s, T::Integer},
                               {u"residual_score"_s, T::Integer},
                               {u"residual_level"_s, T::Text},
                               {u"owner"_s, T::Text},
                               {u"due_date"_s, T::Text},
                               {u"next_review"_s, T::Text},
                               {u"status"_s, T::Text},
                               {u"accepted_by"_s, T::Text},
                               {u"accepted_on"_s, T::Text},
                               {u"acceptance_justification"_s, T::Text}},
                              {}};
    return s;
}

const EntitySpec& RiskRepository::riskControlSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{
        u"risk_control"_s, u"risk_controls"_s, {{u"risk_id"_s, T::Integer}, {u"control_id"_s, T::Integer}}, {}};
    return s;
}

QList<const EntitySpec*> RiskRepository::specs()
{
    return {&threatSpec(), &threatLinkSpec(), &threatControlSpec(), &matrixSpec(), &riskSpec(), &riskControlSpec()};
}

FieldValues RiskRepository::toValues(const Threat& t)
{
    return {{u"code"_s, t.code},
            {u"name"_s, t.name},
            {u"description"_s, t.description},
            {u"assets"_s, t.assets},
            {u"origin"_s, t.origin.isEmpty() ? u"custom"_s : t.origin}};
}

FieldValues RiskRepository::toValues(const Risk& r)
{
    return {{u"system_id"_s, r.systemId},
            {u"threat_id"_s, r.threatId},
            {u"scenario"_s, r.scenario},
            {u"assets"_s, r.assets},
            {u"matrix_version"_s, qint64(r.matrixVersion)},
            {u"likelihood"_s, qint64(r.likelihood)},
            {u"impact"_s, qint64(r.impact)},
            {u"inherent_score"_s, qint64(r.inherentScore)},
            {u"inherent_level"_s, r.inherentLevel},
            {u"treatment"_s, r.treatment},
            {u"residual_likelihood"_s, nullableInt(r.residualLikelihood)},
            {u"residual_impact"_s, nullableInt(r.residualImpact)},
            {u"residual_score"_s, r.hasResidual() ? QVariant(qint64(r.residualScore)) : QVariant()},
            {u"residual_level"_s, r.hasResidual() ? r.residualLevel : QString()},
            {u"owner"_s, r.owner},
            {u"due_date"_s, r.dueDate},
            {u"next_review"_s, r.nextReview},
            {u"status"_s, r.status},
            {u"accepted_by"_s, r.acceptedBy},
            {u"accepted_on"_s, r.acceptedOn},
            {u"acceptance_justification"_s, r.acceptanceJustification}};
}

Result<QList<Threat>> RiskRepository::threats() const
{
    auto q =
        ConnectionPrivate::get(m_connection)
            .exec(u"SELECT id, code, name, description, assets, origin FROM threats ORDER BY code COLLATE NOCASE"_s,
                  {},
                  tr("The threat catalog could not be read."));
    if (!q) {
        return q.error();
    }
    QList<Threat> list;
    while (q->next()) {
        list << Threat{q->value(0).toLongLong(),
                       q->value(1).toString(),
                       q->value(2).toString(),
                       q->value(3).toString(),
                       q->value(4).toString(),
                       q->value(5).toString()};
    }
    return list;
}

Result<std::optional<Threat>> RiskRepository::threatByCode(const QString& code) const
{
    auto all = threats();
    if (!all) {
        return all.error();
    }
    for (const Threat& t : *all) {
        if (t.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0) {
            return std::optional<Threat>(t);
        }
    }
    return std::optional<Threat>();
}

namespace {

Result<QList<qint64>> idList(Connection& connection, const QString& sql, const QVariantList& bindings)
{
    auto q = ConnectionPrivate::get(connection)
                 .exec(sql, bindings, RiskRepository::tr("The risk register could not be read."));
    if (!q) {
        return q.error();
    }
    QList<qint64> ids;
    while (q->next()) {
        ids << q->value(0).toLongLong();
    }
    return ids;
}

} // namespace

Result<QList<qint64>> RiskRepository::threatRequirementIds(qint64 threatId) const
{
    return idList(
        m_connection, u"SELECT requirement_id FROM threat_links WHERE threat_id = ? ORDER BY id"_s, {threatId});
}

Result<QList<qint64>> RiskRepository::threatControlIds(qint64 threatId) const
{
    return idList(
        m_connection, u"SELECT control_id FROM threat_controls WHERE threat_id = ? ORDER BY id"_s, {threatId});
}

Result<std::optional<RiskMatrix>> RiskRepository::currentMatrix() const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT version, definition FROM risk_matrices ORDER BY version DESC LIMIT 1"_s,
                       {},
                       tr("The risk matrix could not be read."));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<RiskMatrix>();
    }
    auto m = RiskMatrix::fromJson(q->value(1).toString(), q->value(0).toInt());
    if (!m) {
        return m.error();
    }
    return std::optional<RiskMatrix>(*m);
}

Result<std::optional<RiskMatrix>> RiskRepository::matrix(int version) const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT version, definition FROM risk_matrices WHERE version = ?"_s,
                       {version},
                       tr("The risk matrix could not be read."));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<RiskMatrix>();
    }
    auto m = RiskMatrix::fromJson(q->value(1).toString(), q->value(0).toInt());
    if (!m) {
        return m.error();
    }
    return std::optional<RiskMatrix>(*m);
}

Result<QList<qint64>> RiskRepository::riskIds(const RiskFilter& filter) const
{
    QVariantList bindings;
    const QString where = whereFor(filter, bindings);
    return idList(
        m_connection,
        u"SELECT r.id FROM risks r JOIN ai_systems s ON s.id = r.system_id WHERE %1 "
        "ORDER BY s.code COLLATE NOCASE, COALESCE(r.residual_score, r.inherent_score) DESC, r.id"_s.arg(where),
        bindings);
}

Result<qint64> RiskRepository::countRisks(const RiskFilter& filter) const
{
    QVariantList bindings;
    const QString where = whereFor(filter, bindings);
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT COUNT(*) FROM risks r WHERE %1"_s.arg(where),
                       bindings,
                       tr("The risk register could not be read."));
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QHash<QPair<int, int>, int>> RiskRepository::heatMap(const RiskFilter& filter, bool residual) const
{
    QVariantList bindings;
    const QString where = whereFor(filter, bindings, false);
    const QString l = residual ? u"COALESCE(r.residual_likelihood, r.likelihood)"_s : u"r.likelihood"_s;
    const QString i = residual ? u"COALESCE(r.residual_impact, r.impact)"_s : u"r.impact"_s;
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT %1, %2, COUNT(*) FROM risks r WHERE %3 GROUP BY 1, 2"_s.arg(l, i, where),
                       bindings,
                       tr("The risk register could not be read."));
    if (!q) {
        return q.error();
    }
    QHash<QPair<int, int>, int> cells;
    while (q->next()) {
        cells.insert({q->value(0).toInt(), q->value(1).toInt()}, q->value(2).toInt());
    }
    return cells;
}

Result<QList<RiskRow>> RiskRepository::fetch(const QList<qint64>& ids) const
{
    QList<RiskRow> rows;
    if (ids.isEmpty()) {
        return rows;
    }
    constexpr int Chunk = 500; // well below SQLite's limit on bound parameters
    if (ids.size() > Chunk) {
        for (qsizetype from = 0; from < ids.size(); from += Chunk) {
            auto part = fetch(ids.mid(from, Chunk));
            if (!part) {
                return part.error();
            }
            rows << *part;
        }
        return rows;
    }
    QHash<qint64, int> position;
    QStringList marks;
    QVariantList bindings;
    for (int i = 0; i < ids.size(); ++i) {
        position.insert(ids[i], i);
        marks << u"?"_s;
        bindings << ids[i];
    }
    rows.resize(ids.size());
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT "_s + RiskColumns +
                           u", s.code, t.name FROM risks r JOIN ai_systems s ON s.id = r.system_id "
                           "JOIN threats t ON t.id = r.threat_id WHERE r.id IN (%1)"_s.arg(marks.join(u',')),
                       bindings,
                       tr("The risk register could not be read."));
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        RiskRow row{readRisk(*q), q->value(22).toString(), q->value(23).toString()};
        rows[position.value(row.risk.id)] = row;
    }
    auto controls = ConnectionPrivate::get(m_connection)
                        .exec(u"SELECT risk_id, control_id FROM risk_controls WHERE risk_id IN (%1) ORDER BY id"_s.arg(
                                  marks.join(u',')),
                              bindings,
                              tr("The risk register could not be read."));
    if (!controls) {
        return controls.error();
    }
    while (controls->next()) {
        rows[position.value(controls->value(0).toLongLong())].risk.controlIds << controls->value(1).toLongLong();
    }
    rows.removeIf([](const RiskRow& r) { return r.risk.id == 0; });
    return rows;
}

Result<std::optional<Risk>> RiskRepository::risk(qint64 id) const
{
    auto rows = fetch({id});
    if (!rows) {
        return rows.error();
    }
    return rows->isEmpty() ? std::optional<Risk>() : std::optional<Risk>(rows->first().risk);
}

Result<QStringList> RiskRepository::owners() const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT DISTINCT owner FROM risks WHERE owner <> '' ORDER BY owner COLLATE NOCASE"_s,
                       {},
                       tr("The risk register could not be read."));
    if (!q) {
        return q.error();
    }
    QStringList owners;
    while (q->next()) {
        owners << q->value(0).toString();
    }
    return owners;
}

QString RiskRepository::riskKey(qint64 systemId, qint64 threatId, const QString& scenario)
{
    return u"%1|%2|%3"_s.arg(systemId).arg(threatId).arg(scenario.simplified().toCaseFolded());
}

Result<QHash<QString, qint64>> RiskRepository::riskKeys() const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT id, system_id, threat_id, scenario FROM risks"_s,
                       {},
                       tr("The risk register could not be read."));
    if (!q) {
        return q.error();
    }
    QHash<QString, qint64> keys;
    while (q->next()) {
        keys.insert(riskKey(q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toString()),
                    q->value(0).toLongLong());
    }
    return keys;
}

Result<QHash<qint64, int>> RiskRepository::countByThreat(const RiskFilter& filter) const
{
    QVariantList bindings;
    const QString where = whereFor(filter, bindings);
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT r.threat_id, COUNT(*) FROM risks r WHERE %1 GROUP BY r.threat_id"_s.arg(where),
                       bindings,
                       tr("The risk register could not be read."));
    if (!q) {
        return q.error();
    }
    QHash<qint64, int> counts;
    while (q->next()) {
        counts.insert(q->value(0).toLongLong(), q->value(1).toInt());
    }
    return counts;
}

Result<QMap<QString, int>> RiskRepository::countByLevel(const RiskFilter& filter) const
{
    QVariantList bindings;
    const QString where = whereFor(filter, bindings);
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT CASE WHEN r.residual_score IS NULL THEN r.inherent_level ELSE r.residual_level END, "
                       "COUNT(*) FROM risks r WHERE %1 GROUP BY 1"_s.arg(where),
                       bindings,
                       tr("The risk register could not be read."));
    if (!q) {
        return q.error();
    }
    QMap<QString, int> counts;
    while (q->next()) {
        counts.insert(q->value(0).toString(), q->value(1).toInt());
    }
    return counts;
}

Result<QList<RiskRepository::OpenRiskGroup>> RiskRepository::openRiskGroups() const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT system_id, owner, CASE WHEN residual_score IS NULL THEN inherent_level "
                       "ELSE residual_level END, COUNT(*) FROM risks WHERE status <> 'closed' GROUP BY 1, 2, 3"_s,
                       {},
                       tr("The risk register could not be read."));
    if (!q) {
        return q.error();
    }
    QList<OpenRiskGroup> groups;
    while (q->next()) {
        groups << OpenRiskGroup{
            q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt()};
    }
    return groups;
}

Result<QHash<qint64, RiskRepository::Facet>> RiskRepository::facets(const QList<qint64>& ids) const
{
    const QString columns = u"SELECT id, system_id, owner, threat_id, COALESCE(residual_likelihood, likelihood), "
                            "COALESCE(residual_impact, impact), CASE WHEN residual_score IS NULL THEN inherent_level "
                            "ELSE residual_level END, status = 'closed' FROM risks"_s;
    QHash<qint64, Facet> facets;
    auto read = [&](const QString& sql, const QVariantList& bindings) -> Result<void> {
        auto q = ConnectionPrivate::get(m_connection).exec(sql, bindings, tr("The risk register could not be read."));
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            facets.insert(q->value(0).toLongLong(),
                          Facet{q->value(1).toLongLong(),
                                q->value(2).toString(),
                                q->value(3).toLongLong(),
                                q->value(4).toInt(),
                                q->value(5).toInt(),
                                q->value(6).toString(),
                                q->value(7).toBool()});
        }
        return {};
    };
    if (ids.isEmpty()) {
        facets.reserve(1024);
        if (auto done = read(columns, {}); !done) {
            return done.error();
        }
        return facets;
    }
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        const QList<qint64> chunk = ids.mid(start, 500);
        QVariantList bindings;
        for (qint64 id : chunk) {
            bindings << id;
        }
        const QString placeholders = QStringList(chunk.size(), u"?"_s).join(u", "_s);
        if (auto done = read(columns + u" WHERE id IN (%1)"_s.arg(placeholders), bindings); !done) {
            return done.error();
        }
    }
    return facets;
}

Result<QList<RiskRepository::Label>> RiskRepository::labels() const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT r.id, r.system_id, s.code, t.name, r.scenario FROM risks r "
                       "JOIN ai_systems s ON s.id = r.system_id JOIN threats t ON t.id = r.threat_id ORDER BY r.id"_s,
                       {},
                       tr("The risk register could not be read."));
    if (!q) {
        return q.error();
    }
    QList<Label> labels;
    while (q->next()) {
        labels << Label{q->value(0).toLongLong(),
                        q->value(1).toLongLong(),
                        q->value(2).toString(),
                        q->value(3).toString(),
                        q->value(4).toString()};
    }
    return labels;
}

} // namespace attest
