#include "DashboardService.h"

#include "storage/Connection.h"
#include "storage/SystemRepository.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace attest {

DashboardService::DashboardService(Connection& connection)
    : m_connection(connection)
{ }

DashboardService::~DashboardService() = default;

void DashboardService::invalidate(const QStringList& entityTypes)
{
    // What coverage depends on: the catalogs and mappings, the controls and their implementations, evidence,
    // assessments, applicability, the SoA, and the systems themselves. Risks, findings and interviews do not.
    static const QStringList coverage = {u"ai_system"_s,
                                         u"framework"_s,
                                         u"requirement"_s,
                                         u"requirement_mapping"_s,
                                         u"control"_s,
                                         u"control_mapping"_s,
                                         u"applicability"_s,
                                         u"control_implementation"_s,
                                         u"requirement_assessment"_s,
                                         u"evidence"_s,
                                         u"evidence_link"_s,
                                         u"soa_entry"_s};
    for (const QString& t : entityTypes) {
        if (coverage.contains(t)) {
            m_coverageValid = false;
            return;
        }
    }
}

void DashboardService::invalidateAll()
{
    m_coverageValid = false;
}

Result<void> DashboardService::loadCoverage(const QString& today)
{
    auto facets = SystemRepository(m_connection).facets();
    if (!facets) {
        return facets.error();
    }
    QList<qint64> systems;
    for (const SystemFacet& s : *facets) {
        if (!s.retired()) {
            systems << s.id;
        }
    }
    auto engine = ComplianceEngine::load(m_connection, QDate::fromString(today, Qt::ISODate));
    if (!engine) {
        return engine.error();
    }
    if (auto loaded = engine->loadSystems(m_connection, systems); !loaded) {
        return loaded.error();
    }
    // Copied element by element: the engine's own lists must stay unshared, or reading them from several threads
    // would detach them concurrently.
    m_frameworks.clear();
    QList<qint64> frameworkIds;
    for (const ComplianceEngine::FrameworkInfo& f : engine->frameworks()) {
        m_frameworks.append(f);
        frameworkIds.append(f.id);
    }
    // Each system's coverage per framework, on every core: the engine is only read here.
    const ComplianceEngine& e = *engine;
    using Row = std::pair<qint64, QList<std::pair<bool, Coverage>>>;
    const QList<Row> rows = QtConcurrent::blockingMapped(systems, [&e, &frameworkIds](qint64 system) {
        QList<std::pair<bool, Coverage>> perFramework;
        perFramework.reserve(frameworkIds.size());
        for (qint64 framework : frameworkIds) {
            const bool applies = e.applicability(system, framework).applies;
            perFramework.append({applies, applies ? e.coverage(system, framework) : Coverage{}});
        }
        return Row{system, perFramework};
    });
    m_coverage.clear();
    m_coverage.reserve(rows.size());
    for (const Row& row : rows) {
        m_coverage.insert(row.first, row.second);
    }
    m_coverageDay = today;
    m_coverageValid = true;
    return {};
}

Result<DashboardData> DashboardService::compute(const DashboardFilter& input)
{
    DashboardFilter filter = input;
    if (filter.today.isEmpty()) {
        filter.today = QDate::currentDate().toString(Qt::ISODate);
    }
    if (!m_coverageValid || m_coverageDay != filter.today) { // expiry dates move with the day
        if (auto loaded = loadCoverage(filter.today); !loaded) {
            return loaded.error();
        }
    }
    return Dashboard::compute(m_connection,
                              filter,
                              [this](const QList<qint64>& systemIds,
                                     qint64 frameworkId,
                                     const QDate&) -> Result<QList<DashboardData::FrameworkCoverage>> {
                                  QList<DashboardData::FrameworkCoverage> list;
                                  for (int i = 0; i < m_frameworks.size(); ++i) {
                                      const auto& f = m_frameworks[i];
                                      if (frameworkId && f.id != frameworkId) {
                                          continue;
                                      }
                                      DashboardData::FrameworkCoverage c{f.id, f.key, f.name, f.shortName, {}, 0};
                                      for (qint64 system : systemIds) {
                                          const auto it = m_coverage.constFind(system);
                                          if (it != m_coverage.cend() && it->value(i).first) {
                                              c.coverage.add(it->value(i).second);
                                              ++c.systems;
                                          }
                                      }
                                      list << c;
                                  }
                                  return list;
                              });
}

} // namespace attest
