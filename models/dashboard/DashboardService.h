#pragma once

#include "dashboard/Dashboard.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <memory>

namespace attest {

class Connection;

// Keeps what the dashboard needs between refreshes: the compliance engine with every system in force loaded and
// each system's coverage per framework. A refresh then only re-reads what changed: after a risk or a finding,
// the risk and finding counts; after a change to compliance data or systems, the coverage (computed on all cores).
// Filter changes sum the cached coverage. Not thread-safe: one refresh at a time, on a worker thread.
class DashboardService
{
public:
    explicit DashboardService(Connection& connection);
    ~DashboardService();

    // Entity types a commit touched (ChangeNotifier::changed): what they affect is read again on the next refresh.
    void invalidate(const QStringList& entityTypes);
    void invalidateAll();
    bool coverageCached() const { return m_coverageValid; }

    Result<DashboardData> compute(const DashboardFilter& filter);

private:
    Result<void> loadCoverage(const QString& today);

    Connection& m_connection;
    bool m_coverageValid = false;
    QString m_coverageDay;
    QList<ComplianceEngine::FrameworkInfo> m_frameworks;
    // system -> per framework (in m_frameworks order): applies, and its coverage
    QHash<qint64, QList<std::pair<bool, Coverage>>> m_coverage;
};

} // namespace attest
