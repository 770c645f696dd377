// Trend points match the history of a scripted series of changes: day by day for a month, changes are made to the
// demo workspace (controls implemented, a requirement overridden, risks closed and added, a system moved to another
// business unit and one retired, evidence left to expire) and each day's live dashboard numbers are written down for
// several filters. The trend, rebuilt afterwards from the audit trail alone, must give exactly those numbers.

#include "TestSupport.h"
#include "compliance/ComplianceEngine.h"
#include "compliance/ComplianceService.h"
#include "dashboard/Dashboard.h"
#include "dashboard/DashboardService.h"
#include "dashboard/Trends.h"
#include "demo/DemoWorkspace.h"
#include "risk/RiskService.h"
#include "storage/CatalogRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

namespace {

QString describe(const Coverage& c, int systems)
{
    return u"%1/%2/%3/%4/%5 over %6"_s.arg(c.compliant)
        .arg(c.partial)
        .arg(c.nonCompliant)
        .arg(c.notAssessed)
        .arg(c.notApplicable)
        .arg(systems);
}

// A trend's day as text, and the live point as text, in the same form.
QString trendDay(const DashboardData::Trend& t, int day)
{
    QStringList parts;
    for (const DashboardData::Trend::Line& line : t.coverage) {
        if (line.systems.value(day)) {
            parts << line.key + u' ' + describe(line.points.value(day), line.systems.value(day));
        }
    }
    parts.sort();
    const QMap<QString, int> risks = t.openRisksByLevel.value(day);
    for (auto it = risks.cbegin(); it != risks.cend(); ++it) {
        parts << u"risks %1 %2"_s.arg(it.key()).arg(it.value());
    }
    return parts.join(u"; "_s);
}

QString liveDay(const DashboardData& d)
{
    QStringList parts;
    for (const DashboardData::FrameworkCoverage& c : d.coverage) {
        if (c.systems) {
            parts << c.key + u' ' + describe(c.coverage, c.systems);
        }
    }
    parts.sort();
    for (auto it = d.openRisksByLevel.cbegin(); it != d.openRisksByLevel.cend(); ++it) {
        parts << u"risks %1 %2"_s.arg(it.key()).arg(it.value());
    }
    return parts.join(u"; "_s);
}

} // namespace

class TestTrends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void daysOfEachRange();
    void trendMatchesTheScriptedHistory();
};

void TestTrends::daysOfEachRange()
{
    const QDate today(2026, 11, 28);
    const auto days30 = Trends::days(TrendRange::Days30, today);
    QCOMPARE(days30.size(), 31);
    QCOMPARE(days30.first(), QDate(2026, 10, 29));
    QCOMPARE(days30.last(), today);
    const auto weeks = Trends::days(TrendRange::Weeks13, today);
    QCOMPARE(weeks.size(), 14);
    QCOMPARE(weeks.first(), today.addDays(-91));
    const auto months = Trends::days(TrendRange::Months12, today);
    QCOMPARE(months.size(), 13);
    QCOMPARE(months.first(), QDate(2025, 11, 28));
    QCOMPARE(months[3], QDate(2026, 2, 28));
}

void TestTrends::trendMatchesTheScriptedHistory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"trend.attest"_s);
    QVERIFY(DemoWorkspace::createFile(path, testActor(), {}));
    const QDate start = QDate::currentDate(); // the demo is recorded today: day 0
    ManualClock clock;
    auto ws = openWorkspace(path, &clock);
    QVERIFY(ws);
    Connection& c = ws->connection();

    ComplianceService compliance(c);
    RiskService riskService(c);
    RiskRepository risks(c);
    SystemRepository systems(c);
    auto facets = systems.facets();
    QVERIFY(facets && facets->size() > 4);
    auto controls = ComplianceRepository(c).controls();
    QVERIFY(controls && controls->size() > 6);
    auto allRisks = risks.riskIds({});
    QVERIFY(allRisks && allRisks->size() > 5);
    auto gdpr = CatalogRepository(c).framework(u"gdpr"_s);
    QVERIFY(gdpr && gdpr->has_value());

    // The system that moves and the one that retires, with risks of their own.
    const qint64 moved = risks.risk(allRisks->at(0))->value().systemId;
    QString movedUnit;
    for (const SystemFacet& f : *facets) {
        if (f.id == moved) {
            movedUnit = f.businessUnit;
        }
    }
    QVERIFY(!movedUnit.isEmpty());
    qint64 retired = 0;
    for (const SystemFacet& f : *facets) {
        if (f.id != moved && !f.retired() && !retired) {
            retired = f.id;
        }
    }
    const Risk someRisk = risks.risk(allRisks->at(1))->value();
    QVERIFY(!someRisk.owner.isEmpty());

    QString movedOwner;
    for (const SystemFacet& f : *facets) {
        if (f.id == moved) {
            movedOwner = f.businessOwner;
        }
    }
    QVERIFY(!movedOwner.isEmpty());
    QList<DashboardFilter> filters(7);
    filters[1].businessUnit = movedUnit;
    filters[2].systemId = moved;
    filters[3].owner = someRisk.owner;
    filters[4].frameworkId = (*gdpr)->id;
    filters[5].systemId = retired; // in force, then retired
    filters[6].owner = movedOwner; // owns a system (and perhaps risks)

    // Day by day: the day's change at 10:00, then the live numbers for every filter.
    const int days = 30;
    QList<QStringList> expected; // [day][filter]
    for (int day = 0; day <= days; ++day) {
        const QDate date = start.addDays(day);
        clock.set(QDateTime(date, QTime(10, 0)).toMSecsSinceEpoch());
        switch (day) {
        case 3: // five controls implemented organisation-wide
            for (int i = 0; i < 5; ++i) {
                ControlImplementation impl;
                impl.controlId = controls->at(i).id;
                impl.status = u"implemented"_s;
                QVERIFY(compliance.setImplementation(impl));
            }
            break;
        case 7: { // a risk closed
            Risk r = risks.risk(allRisks->at(2))->value();
            r.status = u"closed"_s;
            auto updated = riskService.updateRisk(r);
            QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));
            break;
        }
        case 10: { // a risk added
            Risk r = someRisk;
            r.id = 0;
            r.scenario = u"A second way in, found in the review"_s;
            r.status = u"open"_s;
            r.acceptedBy.clear();
            r.acceptedOn.clear();
            r.acceptanceJustification.clear();
            auto added = riskService.addRisk(r);
            QVERIFY2(added, added ? "" : qPrintable(added.error().message));
            break;
        }
        case 12: { // a risk that is not closed removed from the register
            qint64 removed = 0;
            for (qsizetype i = 3; i < allRisks->size() && !removed; ++i) {
                if (risks.risk(allRisks->at(i))->value().status != u"closed"_s) {
                    removed = allRisks->at(i);
                }
            }
            QVERIFY(removed);
            QVERIFY(riskService.removeRisk(removed));
            break;
        }
        case 14: // a system moves to another business unit
            QVERIFY(systems.update(moved, {{u"business_unit"_s, u"Group Functions"_s}}));
            break;
        case 18: // a system retires
            QVERIFY(systems.update(retired, {{u"lifecycle"_s, u"retired"_s}}));
            break;
        case 21: { // a requirement judged non-compliant for the moved system
            auto engine = ComplianceEngine::load(c, date);
            QVERIFY(engine && engine->loadSystems(c, {moved}));
            qint64 requirement = 0;
            for (const FrameworkApplicability& a : engine->applicability(moved)) {
                for (int r : engine->applicableRequirements(moved, a.frameworkId)) {
                    const qint64 id = engine->requirements().at(r).id;
                    if (a.applies && !requirement && engine->evaluate(moved, id).status != u"non_compliant"_s) {
                        requirement = id;
                    }
                }
            }
            QVERIFY(requirement);
            RequirementAssessment a;
            a.requirementId = requirement;
            a.systemId = moved;
            a.status = u"non_compliant"_s;
            a.justification = u"Seen in the interview: no record kept."_s;
            auto set = compliance.setOverride(a);
            QVERIFY2(set, set ? "" : qPrintable(set.error().message));
            break;
        }
        case 24: { // evidence that runs out on day 27
            auto evidence = ComplianceRepository(c).evidence();
            QVERIFY(evidence);
            for (Evidence e : *evidence) {
                e.validUntil = start.addDays(27).toString(Qt::ISODate);
                QVERIFY(compliance.updateEvidence(e));
            }
            break;
        }
        default:
            break;
        }
        QStringList perFilter;
        for (DashboardFilter f : filters) {
            f.today = date.toString(Qt::ISODate);
            auto live = Dashboard::compute(c, f);
            QVERIFY(live);
            perFilter << liveDay(*live);
        }
        expected << perFilter;
    }

    // The trend, from the trail alone, with today's point from the live dashboard.
    const QDate today = start.addDays(days);
    int lastPercent = -1;
    auto history = Trends::history(c, TrendRange::Days30, today, [&](int percent) {
        lastPercent = percent;
        return true;
    });
    QVERIFY2(history, history ? "" : qPrintable(history.error().message));
    QCOMPARE(history->snapshots.size(), days);
    QCOMPARE(lastPercent, 100);
    DashboardService service(c);
    service.setHistory(std::make_shared<const TrendHistory>(*history));
    for (int fi = 0; fi < filters.size(); ++fi) {
        DashboardFilter f = filters[fi];
        f.today = today.toString(Qt::ISODate);
        auto data = service.compute(f);
        QVERIFY(data);
        QCOMPARE(data->trend.days.size(), days + 1);
        for (int day = 0; day <= days; ++day) {
            QCOMPARE(data->trend.days[day], start.addDays(day));
            const QString got = trendDay(data->trend, day);
            if (got != expected[day][fi]) {
                qWarning().noquote() << "filter" << fi << "day" << day << "\n trend:" << got
                                     << "\n live: " << expected[day][fi];
            }
            QCOMPARE(got, expected[day][fi]);
        }
    }
    // The history really moved: each kind of change shows in the unfiltered trend.
    QVERIFY(expected[2][0] != expected[3][0]);   // controls implemented
    QVERIFY(expected[6][0] != expected[7][0]);   // a risk closed
    QVERIFY(expected[9][0] != expected[10][0]);  // a risk added
    QVERIFY(expected[11][0] != expected[12][0]); // a risk removed
    QVERIFY(expected[13][1] != expected[14][1]); // the business unit lost a system
    QVERIFY(expected[17][0] != expected[18][0]); // a system retired
    QVERIFY(expected[17][5] != expected[18][5]); // ... its own view loses its coverage
    QVERIFY(expected[20][2] != expected[21][2]); // the override
    QVERIFY(expected[27][0] != expected[28][0]); // evidence expired overnight, with nothing recorded
}

QTEST_GUILESS_MAIN(TestTrends)
#include "TestTrends.moc"
