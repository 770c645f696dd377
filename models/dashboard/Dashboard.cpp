#include "Dashboard.h"

#include "catalog/Catalog.h"
#include "compliance/Compliance.h"
#include "storage/CatalogRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"

#include <QDate>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace attest {

Result<QList<DashboardData::FrameworkCoverage>>
Dashboard::coverage(Connection& connection, const QList<qint64>& systemIds, qint64 frameworkId, const QDate& today)
{
    auto engine = ComplianceEngine::load(connection, today);
    if (!engine) {
        return engine.error();
    }
    if (auto loaded = engine->loadSystems(connection, systemIds); !loaded) {
        return loaded.error();
    }
    QList<DashboardData::FrameworkCoverage> list;
    for (const ComplianceEngine::FrameworkInfo& f : engine->frameworks()) {
        if (frameworkId && f.id != frameworkId) {
            continue;
        }
        DashboardData::FrameworkCoverage c{f.id, f.key, f.name, f.shortName, {}, 0};
        for (qint64 system : systemIds) {
            if (engine->applicability(system, f.id).applies) {
                c.coverage.add(engine->coverage(system, f.id));
                ++c.systems;
            }
        }
        list << c;
    }
    return list;
}

Result<CoverageTable>
Dashboard::coverageTable(Connection& connection, const QList<qint64>& systemIds, const QDate& today, bool allInForce)
{
    auto engine = ComplianceEngine::load(connection, today);
    if (!engine) {
        return engine.error();
    }
    // Every system in force is read without naming each one (one plain query per kind of record).
    if (auto loaded = allInForce ? engine->loadAllSystems(connection) : engine->loadSystems(connection, systemIds);
        !loaded) {
        return loaded.error();
    }
    CoverageTable table;
    QList<qint64> frameworkIds;
    for (const ComplianceEngine::FrameworkInfo& f : engine->frameworks()) {
        table.frameworks.append({f.id, f.key, f.name, f.shortName});
        frameworkIds.append(f.id);
    }
    // Look-alike systems (no records of their own, the same facts) are evaluated once, the others each; the engine
    // is only read here, from every core.
    const ComplianceEngine& e = *engine;
    QHash<QString, qint64> representative; // key -> the system evaluated for it
    QList<qint64> evaluate;
    QList<std::pair<qint64, qint64>> copies; // system -> its representative
    for (qint64 system : systemIds) {
        if (!e.hasSystem(system)) {
            continue; // retired or removed since the list was read: counted nowhere
        }
        const QString key = e.equivalenceKey(system);
        if (key.isEmpty()) {
            evaluate << system;
        } else if (const auto it = representative.constFind(key); it != representative.cend()) {
            copies.append({system, *it});
        } else {
            representative.insert(key, system);
            evaluate << system;
        }
    }
    using Row = std::pair<qint64, QList<std::pair<bool, Coverage>>>;
    const QList<Row> rows = QtConcurrent::blockingMapped(evaluate, [&e, &frameworkIds](qint64 system) {
        QList<std::pair<bool, Coverage>> perFramework;
        perFramework.reserve(frameworkIds.size());
        for (qint64 framework : frameworkIds) {
            const bool applies = e.applicability(system, framework).applies;
            perFramework.append({applies, applies ? e.coverage(system, framework) : Coverage{}});
        }
        return Row{system, perFramework};
    });
    table.systems.reserve(systemIds.size());
    for (const Row& row : rows) {
        table.systems.insert(row.first, row.second);
    }
    for (const auto& [system, same] : std::as_const(copies)) {
        table.systems.insert(system, table.systems.value(same));
    }
    return table;
}

QList<DashboardData::FrameworkCoverage>
Dashboard::sum(const CoverageTable& table, const QList<qint64>& systemIds, qint64 frameworkId)
{
    QList<DashboardData::FrameworkCoverage> list;
    for (int i = 0; i < table.frameworks.size(); ++i) {
        const CoverageTable::Framework& f = table.frameworks[i];
        if (frameworkId && f.id != frameworkId) {
            continue;
        }
        DashboardData::FrameworkCoverage c{f.id, f.key, f.name, f.shortName, {}, 0};
        for (qint64 system : systemIds) {
            const auto it = table.systems.constFind(system);
            if (it != table.systems.cend() && i < it->size() && it->at(i).first) {
                c.coverage.add(it->at(i).second);
                ++c.systems;
            }
        }
        list << c;
    }
    return list;
}

RiskCounts Dashboard::countRisks(const QHash<qint64, RiskRepository::Facet>& risks,
                                 const RiskFilter& filter,
                                 const QHash<qint64, QString>& unitOf)
{
    RiskCounts counts;
    for (const RiskRepository::Facet& r : risks) {
        if ((filter.systemId && r.systemId != filter.systemId) ||
            (!filter.businessUnit.isEmpty() && unitOf.value(r.systemId) != filter.businessUnit) ||
            (!filter.owner.isEmpty() && r.owner != filter.owner)) {
            continue;
        }
        ++counts.residualHeatMap[{r.likelihood, r.impact}];
        ++counts.byThreat[r.threatId];
        if (!r.closed) {
            ++counts.openByLevel[r.level];
        }
    }
    return counts;
}

Result<QList<Evidence>> Dashboard::expiringEvidence(
    Connection& connection, const QList<qint64>& systemIds, bool narrowed, const QString& today, int days)
{
    ComplianceRepository compliance(connection);
    auto evidence = compliance.evidence();
    auto links = compliance.evidenceLinks();
    if (!evidence || !links) {
        return !evidence ? evidence.error() : links.error();
    }
    const QSet<qint64> selected(systemIds.cbegin(), systemIds.cend());
    QSet<qint64> relevant;
    for (const EvidenceLink& l : *links) {
        if (l.systemId ? selected.contains(l.systemId) : !narrowed) {
            relevant.insert(l.evidenceId);
        }
    }
    const QString until = QDate::fromString(today, Qt::ISODate).addDays(days).toString(Qt::ISODate);
    QList<Evidence> list;
    for (const Evidence& e : *evidence) {
        if (relevant.contains(e.id) && !e.validUntil.isEmpty() && e.validUntil >= today && e.validUntil <= until) {
            list << e;
        }
    }
    std::stable_sort(
        list.begin(), list.end(), [](const Evidence& a, const Evidence& b) { return a.validUntil < b.validUntil; });
    return list;
}

Result<FindingMatcher> FindingMatcher::make(Connection& connection, const FindingScope& scope)
{
    FindingMatcher m;
    m.m_scope = scope;
    m.m_today = QDate::fromString(scope.today, Qt::ISODate);
    if (!m.m_today.isValid()) {
        m.m_today = QDate::currentDate();
        m.m_scope.today = m.m_today.toString(Qt::ISODate);
    }
    m.m_scoped = !scope.businessUnit.isEmpty() || scope.systemId;
    if (m.m_scoped) {
        auto facets = SystemRepository(connection).facets();
        if (!facets) {
            return facets.error();
        }
        for (const SystemFacet& s : *facets) {
            if ((scope.businessUnit.isEmpty() || s.businessUnit == scope.businessUnit) &&
                (!scope.systemId || s.id == scope.systemId)) {
                m.m_systems.insert(s.id); // retired ones too: their findings count under "all" as well
            }
        }
    }
    if (scope.frameworkId) {
        auto requirements = CatalogRepository(connection).requirements(scope.frameworkId);
        if (!requirements) {
            return requirements.error();
        }
        for (const Requirement& r : *requirements) {
            m.m_frameworkOf.insert(r.id, r.frameworkId);
        }
    }
    return m;
}

bool FindingMatcher::inScope(const Finding& f) const
{
    return !(m_scoped && !m_systems.contains(f.systemId)) && (m_scope.owner.isEmpty() || f.owner == m_scope.owner) &&
           (!m_scope.frameworkId || m_frameworkOf.value(f.requirementId) == m_scope.frameworkId);
}

bool FindingMatcher::matches(const Finding& f) const
{
    if (!inScope(f)) {
        return false;
    }
    if (m_scope.overdueOnly && !f.isOverdue(m_scope.today)) {
        return false;
    }
    return !m_scope.due || (f.isOpen() && dueOf(f, m_today) == *m_scope.due);
}

DashboardData::Due FindingMatcher::dueOf(const Finding& f, const QDate& today)
{
    const QDate due = QDate::fromString(f.dueDate, Qt::ISODate);
    const qint64 days = due.isValid() ? today.daysTo(due) : 1000;
    if (days < -30) {
        return DashboardData::Due::OverdueMore30;
    }
    if (days < 0) {
        return DashboardData::Due::Overdue;
    }
    return days <= 30 ? DashboardData::Due::Within30 : DashboardData::Due::Later;
}

Result<DashboardData> Dashboard::compute(Connection& connection,
                                         const DashboardFilter& filter,
                                         const CoverageSource& coverageSource,
                                         const RiskSource& riskSource)
{
    DashboardData d;
    const QString today = filter.today.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : filter.today;
    const QDate todayDate = QDate::fromString(today, Qt::ISODate);

    // The systems.
    auto facets = SystemRepository(connection).facets();
    if (!facets) {
        return facets.error();
    }
    QSet<qint64> selected; // the systems in force that pass every filter
    for (const SystemFacet& s : *facets) {
        if ((!filter.businessUnit.isEmpty() && s.businessUnit != filter.businessUnit) ||
            (filter.systemId && s.id != filter.systemId)) {
            continue;
        }
        if (!filter.owner.isEmpty() && s.businessOwner != filter.owner && s.technicalOwner != filter.owner) {
            continue;
        }
        ++d.systemsByLifecycle[s.lifecycle];
        if (s.retired()) {
            continue;
        }
        selected.insert(s.id);
        d.systemIds << s.id;
        ++d.systemsByTier[s.tier];
        if (!s.nextReview.isEmpty() && s.nextReview < today) {
            ++d.systemsOverdueForReview;
        }
    }
    const bool scoped = !filter.businessUnit.isEmpty() || filter.systemId;

    // Coverage per framework over those systems.
    auto coverage = coverageSource ? coverageSource(d.systemIds, filter.frameworkId, todayDate)
                                   : Dashboard::coverage(connection, d.systemIds, filter.frameworkId, todayDate);
    if (!coverage) {
        return coverage.error();
    }
    d.coverage = *coverage;

    // Risks: the residual map and the threats.
    RiskRepository risks(connection);
    auto matrix = risks.currentMatrix();
    if (!matrix) {
        return matrix.error();
    }
    d.matrix = matrix->value_or(RiskMatrix());
    RiskFilter rf;
    rf.systemId = filter.systemId;
    rf.businessUnit = filter.businessUnit;
    rf.owner = filter.owner;
    Result<RiskCounts> counts = riskSource ? riskSource(rf) : [&]() -> Result<RiskCounts> {
        auto cells = risks.heatMap(rf, true);
        auto byThreat = risks.countByThreat(rf);
        RiskFilter open = rf;
        open.openOnly = true;
        auto byLevel = risks.countByLevel(open);
        if (!cells || !byThreat || !byLevel) {
            return !cells ? cells.error() : !byThreat ? byThreat.error() : byLevel.error();
        }
        return RiskCounts{*cells, *byThreat, *byLevel};
    }();
    auto threats = risks.threats();
    if (!counts || !threats) {
        return !counts ? counts.error() : threats.error();
    }
    d.openRisksByLevel = counts->openByLevel;
    d.residualHeatMap = counts->residualHeatMap;
    for (int n : std::as_const(counts->residualHeatMap)) {
        d.risks += n;
    }
    for (const Threat& t : *threats) {
        if (const int n = counts->byThreat.value(t.id)) {
            d.risksByThreat << DashboardData::ThreatCount{t.id, t.name, n};
        }
    }
    std::stable_sort(
        d.risksByThreat.begin(), d.risksByThreat.end(), [](const auto& a, const auto& b) { return a.risks > b.risks; });

    // Findings: of the business unit's or the one system's (the organisation's own too when neither is chosen), the
    // owner's, the framework's.
    ComplianceRepository compliance(connection);
    auto findings = compliance.findings();
    if (!findings) {
        return findings.error();
    }
    FindingScope findingScope;
    findingScope.businessUnit = filter.businessUnit;
    findingScope.systemId = filter.systemId;
    findingScope.owner = filter.owner;
    findingScope.frameworkId = filter.frameworkId;
    findingScope.today = today;
    auto matcher = FindingMatcher::make(connection, findingScope);
    if (!matcher) {
        return matcher.error();
    }
    for (const Finding& f : *findings) {
        if (!matcher->inScope(f)) {
            continue;
        }
        ++d.findingsByStatus[f.status];
        if (!f.isOpen()) {
            continue;
        }
        ++d.openFindingsByDue[FindingMatcher::dueOf(f, todayDate)];
        d.overdueFindings += f.isOverdue(today) ? 1 : 0;
    }

    // Evidence expiring soon: linked to the filtered systems, or to the organisation when no system is singled out.
    auto expiring = expiringEvidence(connection, d.systemIds, scoped || !filter.owner.isEmpty(), today, 90);
    if (!expiring) {
        return expiring.error();
    }
    const QString in30 = todayDate.addDays(30).toString(Qt::ISODate);
    for (const Evidence& e : *expiring) {
        d.evidenceExpiring30 += e.validUntil <= in30 ? 1 : 0;
        ++d.evidenceExpiring90;
    }
    return d;
}

} // namespace attest
