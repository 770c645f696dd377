#pragma once

#include "dashboard/Dashboard.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <functional>

namespace attest {

class Connection;

// How far back the dashboard's trend looks, and how often it samples.
enum class TrendRange
{
    Days30,   // the last 30 days, daily
    Weeks13,  // the last 13 weeks, weekly
    Months12, // the last 12 months, monthly
};

// The workspace at the end of one past day, kept small enough that any dashboard filter can still be applied: each
// system's facets and its coverage per framework, and the risks that were not closed, by system, owner and level.
struct TrendSnapshot
{
    QDate day;
    CoverageTable coverage;
    QList<SystemFacet> systems; // retired ones too (their risks count under a business unit)
    QList<RiskRepository::OpenRiskGroup> openRisks;
};

// The past days of a trend range, for one "today".
struct TrendHistory
{
    TrendRange range = TrendRange::Months12;
    QDate today;
    QList<TrendSnapshot> snapshots; // oldest first; today itself is not among them (it comes live)
};

// Trends computed from the workspace's own history: the audit trail is replayed (HistoryReplay) and at the end of
// each sampled day the same numbers are taken as the live dashboard takes today. History does not change (the
// trail is append-only), so the past is computed once per range and day, off the UI thread; today's point is the
// live dashboard's.
class Trends
{
    Q_DECLARE_TR_FUNCTIONS(Trends)

public:
    using Progress = std::function<bool(int percent)>; // false cancels (ErrorCode::Cancelled)

    // The sampled days, oldest first, ending with `today`.
    static QList<QDate> days(TrendRange range, const QDate& today);
    // The numbers of a workspace (or of a replay of it) as they stand on `day`.
    static Result<TrendSnapshot> snapshot(Connection& connection, const QDate& day);
    // Replays `source`'s audit trail and takes a snapshot at the end of each past day of the range.
    static Result<TrendHistory>
    history(Connection& source, TrendRange range, const QDate& today, const Progress& progress = {});

    // One day's numbers for a filter, exactly as Dashboard::compute counts them.
    struct Point
    {
        QList<DashboardData::FrameworkCoverage> coverage;
        QMap<QString, int> openRisksByLevel;
    };
    static Point point(const TrendSnapshot& snapshot, const DashboardFilter& filter);
    // Each past day's numbers for a filter.
    static QList<Point> past(const TrendHistory& history, const DashboardFilter& filter);
    // The trend for a filter: the history's days, then today (`current`, the live numbers).
    static DashboardData::Trend
    series(const TrendHistory& history, const DashboardFilter& filter, const Point& current);
    static DashboardData::Trend series(const TrendHistory& history, const QList<Point>& past, const Point& current);
};

} // namespace attest
