#pragma once

#include "compliance/Compliance.h"
#include "compliance/ComplianceEngine.h"
#include "core/Result.h"
#include "risk/Risk.h"
#include "storage/RiskRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace attest {

class Connection;

// What the dashboard shows: business unit, one system, one framework, one owner (0 / empty: all).
struct DashboardFilter
{
    QString businessUnit;
    qint64 systemId = 0;
    qint64 frameworkId = 0;
    QString owner; // systems: their business or technical owner; risks and findings: their own owner
    QString today; // YYYY-MM-DD
    bool operator==(const DashboardFilter&) const = default;
};

// The numbers of the home dashboard for a filter, computed in one pass from the workspace (no widgets; run it on a
// worker thread). Each number has an equivalent query elsewhere in Attest, and the tests hold them equal.
struct DashboardData
{
    struct FrameworkCoverage
    {
        qint64 frameworkId = 0;
        QString key;
        QString name;
        QString shortName;
        Coverage coverage; // over the filtered systems the framework applies to
        int systems = 0;
    };
    // Findings by how their due date stands.
    enum class Due
    {
        OverdueMore30, // more than 30 days overdue
        Overdue,       // up to 30 days overdue
        Within30,      // due in the next 30 days
        Later,         // later, or no due date
    };

    QList<qint64> systemIds; // the filtered systems in force (not retired)
    QList<FrameworkCoverage> coverage;
    RiskMatrix matrix;
    QHash<QPair<int, int>, int> residualHeatMap; // on the current matrix's cells
    struct ThreatCount
    {
        qint64 threatId = 0;
        QString name;
        int risks = 0;
    };
    QList<ThreatCount> risksByThreat;      // most first
    QMap<QString, int> systemsByTier;      // tier code -> systems in force
    QMap<QString, int> systemsByLifecycle; // stage code -> systems, retired included
    QMap<QString, int> findingsByStatus;
    QMap<Due, int> openFindingsByDue;
    int overdueFindings = 0;
    int evidenceExpiring30 = 0; // valid until within the next 30 days (not yet expired)
    int evidenceExpiring90 = 0;
    int systemsOverdueForReview = 0;
    int risks = 0;
    QMap<QString, int> openRisksByLevel; // not closed, by current level (residual once assessed, else inherent)

    // Over time: the workspace's history at each day of the chosen range (see Trends), the last day today.
    struct Trend
    {
        struct Line
        {
            qint64 frameworkId = 0;
            QString key;
            QString name;
            QString shortName;
            QList<Coverage> points; // one per day; a framework not yet in the workspace has an empty one
            QList<int> systems;     // systems it applied to, per day
        };
        QList<QDate> days; // empty: the history is still being read (or could not be)
        QList<Line> coverage;
        QList<QMap<QString, int>> openRisksByLevel; // per day
    };
    Trend trend;
};

// Which findings a dashboard number counts: those of the business unit's systems (retired ones too) or the one
// system (the organisation's own too when neither is chosen), the owner's, the framework's; then optionally only the
// open ones in one due-date bucket, or only the overdue ones.
struct FindingScope
{
    QString businessUnit;
    qint64 systemId = 0;
    QString owner;
    qint64 frameworkId = 0;
    std::optional<DashboardData::Due> due;
    bool overdueOnly = false;
    QString today; // YYYY-MM-DD
    bool isEmpty() const
    {
        return businessUnit.isEmpty() && !systemId && owner.isEmpty() && !frameworkId && !due && !overdueOnly;
    }
};

// Applies a FindingScope; the dashboard counts with it and the findings list shows with it, so both agree.
class FindingMatcher
{
public:
    static Result<FindingMatcher> make(Connection& connection, const FindingScope& scope);
    bool inScope(const Finding& finding) const; // business unit, system, owner, framework
    bool matches(const Finding& finding) const; // and the due bucket or overdue
    static DashboardData::Due dueOf(const Finding& finding, const QDate& today);

private:
    FindingScope m_scope;
    QDate m_today;
    bool m_scoped = false;
    QSet<qint64> m_systems;              // of the business unit or the one system
    QHash<qint64, qint64> m_frameworkOf; // requirement -> framework, when a framework is chosen
};

// Each system's coverage per framework on a day: what the dashboard sums for any filter.
struct CoverageTable
{
    struct Framework
    {
        qint64 id = 0;
        QString key;
        QString name;
        QString shortName;
    };
    QList<Framework> frameworks;
    // system -> per framework, in `frameworks` order: whether it applies, and the coverage
    QHash<qint64, QList<std::pair<bool, Coverage>>> systems;
};

// The risk numbers of the dashboard for one filter.
struct RiskCounts
{
    QHash<QPair<int, int>, int> residualHeatMap;
    QHash<qint64, int> byThreat;
    QMap<QString, int> openByLevel;
};

class Dashboard
{
    Q_DECLARE_TR_FUNCTIONS(Dashboard)

public:
    // The risk numbers for a filter (its system, business unit and owner); the default reads the register.
    using RiskSource = std::function<Result<RiskCounts>(const RiskFilter& filter)>;
    // The same from every risk's facets, in memory; `unitOf` gives each system's business unit.
    static RiskCounts countRisks(const QHash<qint64, RiskRepository::Facet>& risks,
                                 const RiskFilter& filter,
                                 const QHash<qint64, QString>& unitOf);

    // Coverage per framework (one framework, or all with 0) over the given systems in force.
    using CoverageSource = std::function<Result<QList<DashboardData::FrameworkCoverage>>(
        const QList<qint64>& systemIds, qint64 frameworkId, const QDate& today)>;

    // Reads everything; `coverage` replaces the direct computation (DashboardService passes its cache).
    static Result<DashboardData> compute(Connection& connection,
                                         const DashboardFilter& filter,
                                         const CoverageSource& coverage = {},
                                         const RiskSource& risks = {});
    // The direct computation: the engine over the systems.
    static Result<QList<DashboardData::FrameworkCoverage>>
    coverage(Connection& connection, const QList<qint64>& systemIds, qint64 frameworkId, const QDate& today);
    // Evidence valid until today .. today + days (soonest first), linked to the systems, or to the organisation unless
    // the selection is narrowed to a business unit, a system or an owner: what "expires within N days" counts.
    static Result<QList<Evidence>> expiringEvidence(
        Connection& connection, const QList<qint64>& systemIds, bool narrowed, const QString& today, int days);
    // The engine over the systems, each system's coverage computed on all cores.
    // `allInForce`: the systems are every system in force (read faster so).
    static Result<CoverageTable>
    coverageTable(Connection& connection, const QList<qint64>& systemIds, const QDate& today, bool allInForce = false);
    // Coverage per framework (one, or all with 0) summed over the systems the framework applies to.
    static QList<DashboardData::FrameworkCoverage>
    sum(const CoverageTable& table, const QList<qint64>& systemIds, qint64 frameworkId);
};

} // namespace attest
