// The dashboard's numbers equal the equivalent queries for the same filter: coverage per framework equals what
// `attest compliance status` computes (the engine over every system in force), and every count equals a plain SQL
// count of the same records, read with the sqlite3 shell.

#include "TestSupport.h"
#include "compliance/ComplianceEngine.h"
#include "compliance/ComplianceService.h"
#include "dashboard/Dashboard.h"
#include "dashboard/DashboardService.h"
#include "demo/DemoWorkspace.h"
#include "risk/RiskService.h"
#include "storage/CatalogRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"

#include <QDate>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    int count(const QString& sql) { return sqliteShell(m_path, sql).out.trimmed().toInt(); }
    QList<qint64> ids(const QString& sql)
    {
        QList<qint64> list;
        for (const QString& line : sqliteShell(m_path, sql).out.split(u'\n', Qt::SkipEmptyParts)) {
            list << line.trimmed().toLongLong();
        }
        return list;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    QString m_today;

private Q_SLOTS:
    void initTestCase();
    void coverageEqualsComplianceStatus();
    void businessUnitFilter();
    void countsEqualTheirQueries();
    void ownerAndFrameworkFilters();
    void cachedServiceAgreesAndFollowsChanges();
    void lookAlikeSystemsAreEvaluatedOnce();
};

void TestDashboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"dashboard.attest"_s);
    QVERIFY(DemoWorkspace::createFile(m_path, testActor(), {}));
    m_ws = openWorkspace(m_path);
    QVERIFY(m_ws);
    m_today = QDate::currentDate().toString(Qt::ISODate);
}

void TestDashboard::coverageEqualsComplianceStatus()
{
    auto d = Dashboard::compute(m_ws->connection(), {});
    QVERIFY2(d, d ? "" : qPrintable(d.error().message));
    // What `attest compliance status` reports: the engine over every system in force.
    auto engine = ComplianceEngine::load(m_ws->connection());
    QVERIFY(engine && engine->loadAllSystems(m_ws->connection()));
    QCOMPARE(d->coverage.size(), engine->frameworks().size());
    int withFigures = 0;
    for (const auto& c : d->coverage) {
        const Coverage expected = engine->workspaceCoverage(c.frameworkId);
        QCOMPARE(c.coverage.compliant, expected.compliant);
        QCOMPARE(c.coverage.partial, expected.partial);
        QCOMPARE(c.coverage.nonCompliant, expected.nonCompliant);
        QCOMPARE(c.coverage.notAssessed, expected.notAssessed);
        QCOMPARE(c.coverage.notApplicable, expected.notApplicable);
        withFigures += expected.hasFigure() ? 1 : 0;
    }
    QVERIFY(withFigures >= 3);
}

void TestDashboard::businessUnitFilter()
{
    DashboardFilter f;
    f.businessUnit = u"Payments & Financing"_s;
    auto d = Dashboard::compute(m_ws->connection(), f);
    QVERIFY(d);
    const QList<qint64> systems =
        ids(u"SELECT id FROM ai_systems WHERE business_unit = 'Payments & Financing' AND lifecycle <> 'retired';"_s);
    QCOMPARE(systems.size(), 2);
    QCOMPARE(QSet<qint64>(d->systemIds.cbegin(), d->systemIds.cend()), QSet<qint64>(systems.cbegin(), systems.cend()));
    // Coverage over those two systems only.
    auto engine = ComplianceEngine::load(m_ws->connection());
    QVERIFY(engine && engine->loadSystems(m_ws->connection(), systems));
    for (const auto& c : d->coverage) {
        Coverage expected;
        for (qint64 s : systems) {
            if (engine->applicability(s, c.frameworkId).applies) {
                expected.add(engine->coverage(s, c.frameworkId));
            }
        }
        QCOMPARE(c.coverage.total(), expected.total());
        QCOMPARE(c.coverage.compliant, expected.compliant);
        QCOMPARE(c.coverage.nonCompliant, expected.nonCompliant);
    }
    const QString bu = u"system_id IN (SELECT id FROM ai_systems WHERE business_unit = 'Payments & Financing')"_s;
    QCOMPARE(d->risks, count(u"SELECT count(*) FROM risks WHERE %1;"_s.arg(bu)));
    QVERIFY(d->risks > 0);
    int threatSum = 0;
    for (const auto& [threatId, name, n] : d->risksByThreat) {
        QCOMPARE(
            n,
            count(
                u"SELECT count(*) FROM risks r JOIN threats t ON t.id = r.threat_id WHERE t.name = '%1' AND %2;"_s.arg(
                    name, bu)));
        threatSum += n;
    }
    QCOMPARE(threatSum, d->risks);
    QCOMPARE(d->findingsByStatus.value(u"open"_s),
             count(u"SELECT count(*) FROM findings WHERE status = 'open' AND %1;"_s.arg(bu)));
}

void TestDashboard::countsEqualTheirQueries()
{
    auto d = Dashboard::compute(m_ws->connection(), {});
    QVERIFY(d);
    for (auto it = d->systemsByTier.cbegin(); it != d->systemsByTier.cend(); ++it) {
        QCOMPARE(it.value(),
                 count(u"SELECT count(*) FROM ai_systems WHERE ai_act_tier = '%1' AND lifecycle <> 'retired';"_s.arg(
                     it.key())));
    }
    for (auto it = d->systemsByLifecycle.cbegin(); it != d->systemsByLifecycle.cend(); ++it) {
        QCOMPARE(it.value(), count(u"SELECT count(*) FROM ai_systems WHERE lifecycle = '%1';"_s.arg(it.key())));
    }
    QCOMPARE(d->systemsByLifecycle.value(u"retired"_s), 1);
    // The residual heat map: every risk once, residual where assessed.
    QCOMPARE(d->risks, count(u"SELECT count(*) FROM risks;"_s));
    for (auto it = d->residualHeatMap.cbegin(); it != d->residualHeatMap.cend(); ++it) {
        QCOMPARE(it.value(),
                 count(u"SELECT count(*) FROM risks WHERE COALESCE(residual_likelihood, likelihood) = %1 AND "
                       "COALESCE(residual_impact, impact) = %2;"_s.arg(it.key().first)
                           .arg(it.key().second)));
    }
    for (auto it = d->findingsByStatus.cbegin(); it != d->findingsByStatus.cend(); ++it) {
        QCOMPARE(it.value(), count(u"SELECT count(*) FROM findings WHERE status = '%1';"_s.arg(it.key())));
    }
    QCOMPARE(d->overdueFindings,
             count(u"SELECT count(*) FROM findings WHERE status IN ('open', 'in_progress') AND due_date <> '' AND "
                   "due_date < '%1';"_s.arg(m_today)));
    QVERIFY(d->overdueFindings >= 2);
    int byDue = 0;
    for (int n : std::as_const(d->openFindingsByDue)) {
        byDue += n;
    }
    QCOMPARE(byDue, count(u"SELECT count(*) FROM findings WHERE status IN ('open', 'in_progress');"_s));
    const QString in90 = QDate::currentDate().addDays(90).toString(Qt::ISODate);
    QCOMPARE(d->evidenceExpiring90,
             count(u"SELECT count(DISTINCT e.id) FROM evidence e JOIN evidence_links l ON l.evidence_id = e.id "
                   "WHERE e.valid_until >= '%1' AND e.valid_until <= '%2';"_s.arg(m_today, in90)));
    QCOMPARE(d->systemsOverdueForReview,
             count(u"SELECT count(*) FROM ai_systems WHERE lifecycle <> 'retired' AND next_review <> '' AND "
                   "next_review < '%1';"_s.arg(m_today)));
}

void TestDashboard::ownerAndFrameworkFilters()
{
    DashboardFilter f;
    f.owner = u"Data Protection Officer"_s;
    auto d = Dashboard::compute(m_ws->connection(), f);
    QVERIFY(d);
    QCOMPARE(d->risks, count(u"SELECT count(*) FROM risks WHERE owner = 'Data Protection Officer';"_s));
    QVERIFY(d->risks > 0);
    int findings = 0;
    for (int n : std::as_const(d->findingsByStatus)) {
        findings += n;
    }
    QCOMPARE(findings, count(u"SELECT count(*) FROM findings WHERE owner = 'Data Protection Officer';"_s));
    // One framework: only its coverage, only its findings.
    const qint64 gdpr = (*CatalogRepository(m_ws->connection()).framework(u"gdpr"_s))->id;
    DashboardFilter g;
    g.frameworkId = gdpr;
    auto only = Dashboard::compute(m_ws->connection(), g);
    QVERIFY(only);
    QCOMPARE(only->coverage.size(), 1);
    QCOMPARE(only->coverage.first().key, u"gdpr"_s);
    int gdprFindings = 0;
    for (int n : std::as_const(only->findingsByStatus)) {
        gdprFindings += n;
    }
    QCOMPARE(gdprFindings,
             count(u"SELECT count(*) FROM findings f JOIN requirements r ON r.id = f.requirement_id WHERE "
                   "r.framework_id = %1;"_s.arg(gdpr)));
}

void TestDashboard::cachedServiceAgreesAndFollowsChanges()
{
    auto same = [](const DashboardData& a, const DashboardData& b) {
        if (a.coverage.size() != b.coverage.size() || a.risks != b.risks || a.findingsByStatus != b.findingsByStatus ||
            a.systemsByTier != b.systemsByTier || a.residualHeatMap != b.residualHeatMap ||
            a.openRisksByLevel != b.openRisksByLevel || a.risksByThreat.size() != b.risksByThreat.size()) {
            return false;
        }
        for (int i = 0; i < a.risksByThreat.size(); ++i) {
            if (a.risksByThreat[i].threatId != b.risksByThreat[i].threatId ||
                a.risksByThreat[i].risks != b.risksByThreat[i].risks) {
                return false;
            }
        }
        for (int i = 0; i < a.coverage.size(); ++i) {
            const Coverage& x = a.coverage[i].coverage;
            const Coverage& y = b.coverage[i].coverage;
            if (a.coverage[i].frameworkId != b.coverage[i].frameworkId ||
                a.coverage[i].systems != b.coverage[i].systems || x.compliant != y.compliant ||
                x.partial != y.partial || x.nonCompliant != y.nonCompliant || x.notAssessed != y.notAssessed ||
                x.notApplicable != y.notApplicable) {
                return false;
            }
        }
        return true;
    };
    DashboardService service(m_ws->connection());
    DashboardFilter bu;
    bu.businessUnit = u"Payments & Financing"_s;
    DashboardFilter gdpr;
    gdpr.frameworkId = (*CatalogRepository(m_ws->connection()).framework(u"gdpr"_s))->id;
    DashboardFilter owner;
    owner.owner = u"Lukas Brandt"_s;
    DashboardFilter one;
    one.systemId = SystemRepository(m_ws->connection()).idForCode(u"PAY-FRAUD-01"_s)->value_or(0);
    QVERIFY(one.systemId);
    for (const DashboardFilter& f : {DashboardFilter{}, bu, gdpr, owner, one}) {
        auto cached = service.compute(f);
        auto direct = Dashboard::compute(m_ws->connection(), f);
        QVERIFY(cached && direct);
        QVERIFY(same(*cached, *direct));
    }
    QVERIFY(service.coverageCached());
    // A risk edit keeps the coverage cache; a control implemented organisation-wide drops it.
    service.invalidate({u"risk"_s});
    QVERIFY(service.coverageCached());
    auto control = ComplianceRepository(m_ws->connection()).controlByCode(u"AIC-ROB-01"_s);
    QVERIFY(control && control->has_value());
    ControlImplementation impl;
    impl.controlId = (*control)->id;
    impl.status = u"implemented"_s;
    auto before = service.compute({});
    QVERIFY(ComplianceService(m_ws->connection()).setImplementation(impl));
    service.invalidate({u"control_implementation"_s});
    QVERIFY(!service.coverageCached());
    auto after = service.compute({});
    auto direct = Dashboard::compute(m_ws->connection(), {});
    QVERIFY(after && direct && before);
    QVERIFY(same(*after, *direct));
    QVERIFY(!same(*after, *before)); // the change shows

    // A risk closed: the risk counts are read again, and agree.
    auto ids = RiskRepository(m_ws->connection()).riskIds({});
    QVERIFY(ids && !ids->isEmpty());
    Risk risk = RiskRepository(m_ws->connection()).risk(ids->first())->value();
    risk.status = u"closed"_s;
    QVERIFY(RiskService(m_ws->connection()).updateRisk(risk));
    service.invalidate({u"risk"_s});
    auto closed = service.compute({});
    direct = Dashboard::compute(m_ws->connection(), {});
    QVERIFY(closed && direct);
    QVERIFY(same(*closed, *direct));
    QVERIFY(closed->openRisksByLevel != after->openRisksByLevel);
    // Removed and added: only those are read again, and the numbers still agree.
    QVERIFY(RiskService(m_ws->connection()).removeRisk(ids->at(1)));
    Risk added = RiskRepository(m_ws->connection()).risk(ids->at(2))->value();
    added.id = 0;
    added.scenario = u"Another path found in review"_s;
    QVERIFY(RiskService(m_ws->connection()).addRisk(added));
    service.invalidate({u"risk"_s});
    auto changed = service.compute(bu);
    direct = Dashboard::compute(m_ws->connection(), bu);
    QVERIFY(changed && direct);
    QVERIFY(same(*changed, *direct));
    changed = service.compute({});
    direct = Dashboard::compute(m_ws->connection(), {});
    QVERIFY(changed && direct);
    QVERIFY(same(*changed, *direct));
    QCOMPARE(changed->risks, closed->risks); // one less, one more
}

void TestDashboard::lookAlikeSystemsAreEvaluatedOnce()
{
    // Generated systems without records of their own share a key; each still gets the coverage the engine gives it
    // on its own, and one given a record of its own drops out of its group.
    const QString path = m_dir.filePath(u"lookalike.attest"_s);
    QVERIFY(DemoWorkspace::createFile(path, testActor(), {40, 7}));
    auto ws = openWorkspace(path);
    QVERIFY(ws);
    Connection& c = ws->connection();
    auto engine = ComplianceEngine::load(c, QDate::currentDate());
    QVERIFY(engine && engine->loadAllSystems(c));
    const QList<qint64> systems = engine->systemIds();
    QSet<QString> keys;
    int keyed = 0;
    for (qint64 id : systems) {
        const QString key = engine->equivalenceKey(id);
        if (!key.isEmpty()) {
            keys.insert(key);
            ++keyed;
        }
    }
    QVERIFY(keyed > keys.size()); // some really are shared
    auto table = Dashboard::coverageTable(c, systems, QDate::currentDate());
    QVERIFY(table);
    auto check = [&](const CoverageTable& t, const ComplianceEngine& e) {
        for (qint64 id : systems) {
            for (int f = 0; f < t.frameworks.size(); ++f) {
                const auto [applies, coverage] = t.systems.value(id).value(f);
                QCOMPARE(applies, e.applicability(id, t.frameworks[f].id).applies);
                const Coverage own = applies ? e.coverage(id, t.frameworks[f].id) : Coverage{};
                QCOMPARE(coverage.compliant, own.compliant);
                QCOMPARE(coverage.partial, own.partial);
                QCOMPARE(coverage.nonCompliant, own.nonCompliant);
                QCOMPARE(coverage.notAssessed, own.notAssessed);
                QCOMPARE(coverage.notApplicable, own.notApplicable);
            }
        }
    };
    check(*table, *engine);
    // One look-alike gets its own implementation of a control.
    qint64 lookAlike = 0;
    for (qint64 id : systems) {
        if (!lookAlike && !engine->equivalenceKey(id).isEmpty()) {
            lookAlike = id;
        }
    }
    QVERIFY(lookAlike);
    ControlImplementation impl;
    impl.controlId = engine->controls().first().id;
    impl.systemId = lookAlike;
    impl.status = u"not_applicable"_s;
    impl.justification = u"Not used by this system."_s;
    QVERIFY(ComplianceService(c).setImplementation(impl));
    auto after = ComplianceEngine::load(c, QDate::currentDate());
    QVERIFY(after && after->loadAllSystems(c));
    QVERIFY(after->equivalenceKey(lookAlike).isEmpty());
    table = Dashboard::coverageTable(c, systems, QDate::currentDate());
    QVERIFY(table);
    check(*table, *after);
}

QTEST_GUILESS_MAIN(TestDashboard)
#include "TestDashboard.moc"
