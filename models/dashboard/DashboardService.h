#pragma once

#include "dashboard/Dashboard.h"
#include "dashboard/Trends.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <memory>

namespace attest {

class Connection;

// Keeps what the dashboard needs between refreshes: each system's coverage per framework, and the risks counted by
// everything a filter can select. A refresh then only re-reads what changed: after a risk, the risk counts; after
// a change to compliance data or systems, the coverage (computed on all cores). Filter changes apply the filter to
// the cached numbers in memory. Not thread-safe: one refresh at a time, on a worker thread.
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
    // The past days of the trend (computed elsewhere, it takes a while): from now on each result carries the trend
    // for its filter, ending with today's live numbers, as long as the history is for the filter's day.
    void setHistory(std::shared_ptr<const TrendHistory> history);

private:
    Result<void> loadCoverage(const QString& today);
    Result<void> loadRisks();
    Result<void> loadUnits();

    Connection& m_connection;
    bool m_coverageValid = false;
    QString m_coverageDay;
    CoverageTable m_coverage;
    // Every risk's facets, kept up to date from the audit trail: after a risk edit only the risks its events name
    // are read again.
    bool m_risksValid = false;
    bool m_risksStale = false;
    qint64 m_risksSeq = 0; // the audit head the facets reflect
    QHash<qint64, RiskRepository::Facet> m_risks;
    bool m_unitsValid = false;
    QHash<qint64, QString> m_unitOf;
    std::shared_ptr<const TrendHistory> m_history;
    bool m_pastValid = false;
    DashboardFilter m_pastFilter;
    QList<Trends::Point> m_past; // the history's points for m_pastFilter
};

} // namespace attest
