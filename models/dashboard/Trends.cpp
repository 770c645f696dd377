#include "Trends.h"

#include "storage/ComplianceRepository.h"
#include "storage/Connection.h"
#include "storage/HistoryReplay.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace attest {

QList<QDate> Trends::days(TrendRange range, const QDate& today)
{
    QList<QDate> list;
    switch (range) {
    case TrendRange::Days30:
        for (int i = 30; i >= 0; --i) {
            list << today.addDays(-i);
        }
        break;
    case TrendRange::Weeks13:
        for (int i = 13; i >= 0; --i) {
            list << today.addDays(-7 * i);
        }
        break;
    case TrendRange::Months12:
        for (int i = 12; i >= 0; --i) {
            list << today.addMonths(-i);
        }
        break;
    }
    return list;
}

Result<TrendSnapshot> Trends::snapshot(Connection& connection, const QDate& day)
{
    TrendSnapshot s;
    s.day = day;
    auto facets = SystemRepository(connection).facets();
    if (!facets) {
        return facets.error();
    }
    s.systems = *facets;
    QList<qint64> inForce;
    for (const SystemFacet& f : std::as_const(s.systems)) {
        if (!f.retired()) {
            inForce << f.id;
        }
    }
    auto coverage = Dashboard::coverageTable(connection, inForce, day, true);
    if (!coverage) {
        return coverage.error();
    }
    s.coverage = std::move(*coverage);
    auto risks = RiskRepository(connection).openRiskGroups();
    if (!risks) {
        return risks.error();
    }
    s.openRisks = *risks;
    return s;
}

Result<TrendHistory> Trends::history(Connection& source, TrendRange range, const QDate& today, const Progress& progress)
{
    TrendHistory h;
    h.range = range;
    h.today = today;
    QList<QDate> past = days(range, today);
    past.removeLast(); // today is live
    auto replay = HistoryReplay::open(source, false);
    if (!replay) {
        return replay.error();
    }
    auto head = source.auditHead();
    if (!head) {
        return head.error();
    }
    const double events = std::max<qint64>(1, head->seq);
    auto report = [&](double fraction) { return !progress || progress(int(std::clamp(fraction, 0.0, 1.0) * 100)); };
    qint64 appliedBefore = -1;
    for (int i = 0; i < past.size(); ++i) {
        const QDate day = past[i];
        const qint64 endOfDay = day.addDays(1).startOfDay().toMSecsSinceEpoch();
        auto advanced = (*replay)->advanceTo(
            endOfDay, [&](qint64 done, qint64) { return report((i + double(done) / events) / double(past.size())); });
        if (!advanced) {
            return advanced.error();
        }
        // Nothing recorded since the previous day: the numbers only move if evidence expired in between (the
        // engine's only dependence on the date).
        if (!h.snapshots.isEmpty() && (*replay)->appliedEvents() == appliedBefore) {
            const QString from = h.snapshots.last().day.toString(Qt::ISODate);
            const QString to = day.toString(Qt::ISODate);
            auto evidence = ComplianceRepository((*replay)->state()).evidence();
            if (!evidence) {
                return evidence.error();
            }
            bool expired = false;
            for (const Evidence& e : *evidence) {
                expired = expired || (!e.validUntil.isEmpty() && e.validUntil >= from && e.validUntil < to);
            }
            if (!expired) {
                TrendSnapshot same = h.snapshots.last();
                same.day = day;
                h.snapshots << same;
            }
        }
        if (h.snapshots.size() == i) {
            auto s = snapshot((*replay)->state(), day);
            if (!s) {
                return s.error();
            }
            h.snapshots << *s;
            appliedBefore = (*replay)->appliedEvents();
        }
        if (!report(double(i + 1) / double(past.size()))) {
            return makeError(ErrorCode::Cancelled, tr("Cancelled."));
        }
    }
    return h;
}

Trends::Point Trends::point(const TrendSnapshot& snapshot, const DashboardFilter& filter)
{
    // The same selection as Dashboard::compute: systems in force of the business unit or the one system whose
    // business or technical owner is the owner; risks of the business unit's systems (retired ones too) or the one
    // system, owned by the owner. One pass over the systems, one look-up each: this runs for every day of the trend.
    const CoverageTable& table = snapshot.coverage;
    QList<int> columns; // the frameworks shown, by their column in the table
    for (int i = 0; i < table.frameworks.size(); ++i) {
        if (!filter.frameworkId || table.frameworks[i].id == filter.frameworkId) {
            columns << i;
        }
    }
    QList<DashboardData::FrameworkCoverage> sums;
    for (int i : std::as_const(columns)) {
        const CoverageTable::Framework& f = table.frameworks[i];
        sums.append({f.id, f.key, f.name, f.shortName, {}, 0});
    }
    QSet<qint64> unitSystems; // the business unit's systems, retired included, for its risks
    for (const SystemFacet& s : snapshot.systems) {
        if ((!filter.businessUnit.isEmpty() && s.businessUnit != filter.businessUnit) ||
            (filter.systemId && s.id != filter.systemId)) {
            continue;
        }
        if (!filter.businessUnit.isEmpty()) {
            unitSystems.insert(s.id);
        }
        if ((!filter.owner.isEmpty() && s.businessOwner != filter.owner && s.technicalOwner != filter.owner) ||
            s.retired()) {
            continue;
        }
        const auto row = table.systems.constFind(s.id);
        if (row == table.systems.cend()) {
            continue;
        }
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const auto& [applies, coverage] = row->at(columns[c]);
            if (applies) {
                sums[c].coverage.add(coverage);
                ++sums[c].systems;
            }
        }
    }
    Point p;
    p.coverage = sums;
    for (const RiskRepository::OpenRiskGroup& g : snapshot.openRisks) {
        if ((filter.systemId && g.systemId != filter.systemId) ||
            (!filter.businessUnit.isEmpty() && !unitSystems.contains(g.systemId)) ||
            (!filter.owner.isEmpty() && g.owner != filter.owner)) {
            continue;
        }
        p.openRisksByLevel[g.level] += g.risks;
    }
    return p;
}

QList<Trends::Point> Trends::past(const TrendHistory& history, const DashboardFilter& filter)
{
    QList<Point> points;
    points.reserve(history.snapshots.size());
    for (const TrendSnapshot& s : history.snapshots) {
        points << point(s, filter);
    }
    return points;
}

DashboardData::Trend Trends::series(const TrendHistory& history, const DashboardFilter& filter, const Point& current)
{
    return series(history, past(history, filter), current);
}

DashboardData::Trend Trends::series(const TrendHistory& history, const QList<Point>& past, const Point& current)
{
    QList<Point> points = past;
    DashboardData::Trend t;
    for (const TrendSnapshot& s : history.snapshots) {
        t.days << s.day;
    }
    points << current;
    t.days << history.today;
    // One line per framework that appears on any day: today's in their order, then any that have gone since.
    QList<qint64> order;
    QHash<qint64, DashboardData::Trend::Line> lines;
    for (qsizetype i = points.size() - 1; i >= 0; --i) {
        for (const DashboardData::FrameworkCoverage& c : std::as_const(points[i].coverage)) {
            if (!lines.contains(c.frameworkId)) {
                order << c.frameworkId;
                lines.insert(c.frameworkId, {c.frameworkId, c.key, c.name, c.shortName, {}, {}});
            }
        }
    }
    for (const Point& p : std::as_const(points)) {
        for (qint64 id : std::as_const(order)) {
            DashboardData::Trend::Line& line = lines[id];
            Coverage coverage;
            int systems = 0;
            for (const DashboardData::FrameworkCoverage& c : p.coverage) {
                if (c.frameworkId == id) {
                    coverage = c.coverage;
                    systems = c.systems;
                }
            }
            line.points << coverage;
            line.systems << systems;
        }
        t.openRisksByLevel << p.openRisksByLevel;
    }
    for (qint64 id : std::as_const(order)) {
        t.coverage << lines.value(id);
    }
    return t;
}

} // namespace attest
