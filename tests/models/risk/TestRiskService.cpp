// The risk register: the seeded threat catalog, scores made with the current matrix and kept with its version,
// acceptance above the threshold only with an approver, a date and a justification, treating controls with their live
// status, and a heat map whose counts equal the register's for the same filter.

#include "TestSupport.h"
#include "audit/AuditVerifier.h"
#include "catalog/CatalogLoader.h"
#include "compliance/ComplianceEngine.h"
#include "compliance/ComplianceService.h"
#include "risk/RiskService.h"
#include "storage/AuditRepository.h"
#include "storage/CatalogRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

class TestRiskService : public QObject
{
    Q_OBJECT

private:
    qint64 threat(const QString& code)
    {
        auto t = RiskRepository(m_ws->connection()).threatByCode(code);
        return t && t->has_value() ? (*t)->id : 0;
    }
    qint64 control(const QString& code)
    {
        auto c = ComplianceRepository(m_ws->connection()).controlByCode(code);
        return c && c->has_value() ? (*c)->id : 0;
    }
    Risk risk(qint64 system, const QString& threatCode, int l, int i)
    {
        Risk r;
        r.systemId = system;
        r.threatId = threat(threatCode);
        r.scenario = u"Scenario for "_s + threatCode;
        r.assets = u"model,outputs"_s;
        r.likelihood = l;
        r.impact = i;
        return r;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_chat = 0;
    qint64 m_credit = 0;

private Q_SLOTS:
    void initTestCase();
    void seededThreatCatalog();
    void scoresWithTheCurrentMatrix();
    void storedScoreKeepsItsMatrixVersion();
    void acceptanceAboveTheThresholdNeedsAnApprover();
    void treatingControlsShowTheirLiveStatus();
    void heatMapCountsEqualTheRegister();
    void systemsWithRisksAreRetiredNotDeleted();
};

void TestRiskService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = createWorkspace(m_dir.filePath(u"risks.attest"_s));
    QVERIFY(m_ws);
    QVERIFY(CatalogLoader::sync(m_ws->connection()));
    SystemRepository systems(m_ws->connection());
    for (const auto& [code, id] :
         {std::pair<QString, qint64*>{u"CHAT-01"_s, &m_chat}, std::pair<QString, qint64*>{u"CRED-01"_s, &m_credit}}) {
        AiSystem s = AiSystem::withDefaults();
        s.set(u"code"_s, code);
        s.set(u"name"_s, code + u" system"_s);
        auto created = systems.create(s);
        QVERIFY(created);
        *id = *created;
    }
}

void TestRiskService::seededThreatCatalog()
{
    RiskRepository repo(m_ws->connection());
    auto threats = repo.threats();
    QVERIFY(threats);
    QCOMPARE(threats->size(), 13);
    // Prompt injection links to OWASP LLM01 and the ATLAS technique, and suggests input screening.
    const qint64 pij = threat(u"THR-PIJ"_s);
    QVERIFY(pij);
    QStringList refs;
    CatalogRepository catalogs(m_ws->connection());
    const auto linked = repo.threatRequirementIds(pij);
    QVERIFY(linked);
    for (qint64 id : *linked) {
        refs << (*catalogs.requirement(id))->ref;
    }
    QVERIFY2(refs.contains(u"LLM01:2025"_s) && refs.contains(u"AML.T0051"_s), qPrintable(refs.join(u", "_s)));
    QVERIFY(repo.threatControlIds(pij)->contains(control(u"AIC-ROB-02"_s)));
    // Every seeded threat links to ATLAS and suggests controls.
    for (const Threat& t : *threats) {
        QVERIFY2(!repo.threatRequirementIds(t.id)->isEmpty(), qPrintable(t.code));
        QVERIFY2(!repo.threatControlIds(t.id)->isEmpty(), qPrintable(t.code));
    }
    auto matrix = repo.currentMatrix();
    QVERIFY(matrix && matrix->has_value());
    QCOMPARE((*matrix)->version, 1);
    // Users add their own.
    QVERIFY(
        RiskService(m_ws->connection()).addThreat(Threat{0, u"ORG-HAL-01"_s, u"Hallucinated citations"_s, {}, {}, {}}));
    QVERIFY(!RiskService(m_ws->connection()).addThreat(Threat{0, u"thr-pij"_s, u"Duplicate"_s, {}, {}, {}}));
}

void TestRiskService::scoresWithTheCurrentMatrix()
{
    RiskService service(m_ws->connection());
    auto id = service.addRisk(risk(m_chat, u"THR-PIJ"_s, 4, 5));
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    auto stored = RiskRepository(m_ws->connection()).risk(*id);
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->inherentScore, 20);
    QCOMPARE((*stored)->inherentLevel, u"Critical"_s);
    QCOMPARE((*stored)->matrixVersion, 1);
    QVERIFY(!(*stored)->hasResidual());
    QCOMPARE((*stored)->currentLevel(), u"Critical"_s);
    // Out of the matrix, or an unknown asset: refused.
    QVERIFY(!service.addRisk(risk(m_chat, u"THR-PIJ"_s, 6, 1)));
    Risk badAsset = risk(m_chat, u"THR-PIJ"_s, 2, 2);
    badAsset.assets = u"model,brain"_s;
    auto refused = service.addRisk(badAsset);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"“brain” is not an asset"_s));
}

void TestRiskService::storedScoreKeepsItsMatrixVersion()
{
    RiskService service(m_ws->connection());
    RiskRepository repo(m_ws->connection());
    auto before = service.addRisk(risk(m_credit, u"THR-BIA"_s, 3, 3));
    QVERIFY(before);
    QCOMPARE((*repo.risk(*before))->inherentLevel, u"Medium"_s);
    // The organisation makes the matrix stricter: from 9 up is now High.
    RiskMatrix stricter = RiskMatrix::defaults();
    stricter.bands = {{u"Low"_s, 1, 4, u"#3fa35b"_s},
                      {u"Medium"_s, 5, 8, u"#e0b020"_s},
                      {u"High"_s, 9, 15, u"#e07020"_s},
                      {u"Critical"_s, 16, 25, u"#c0302a"_s}};
    auto version = service.saveMatrix(stricter, u"Aligned with the enterprise risk policy"_s);
    QVERIFY2(version, version ? "" : qPrintable(version.error().message));
    QCOMPARE(*version, 2);
    // The stored score keeps its version and level...
    const Risk old = **repo.risk(*before);
    QCOMPARE(old.matrixVersion, 1);
    QCOMPARE(old.inherentLevel, u"Medium"_s);
    QCOMPARE((*repo.matrix(1))->explain(3, 3), u"likelihood 3 Possible × impact 3 Moderate = 9 → Medium"_s);
    // ...and a new score is made with the new one.
    auto after = service.addRisk(risk(m_credit, u"THR-DRF"_s, 3, 3));
    QVERIFY(after);
    QCOMPARE((*repo.risk(*after))->matrixVersion, 2);
    QCOMPARE((*repo.risk(*after))->inherentLevel, u"High"_s);
    // Re-assessing the old risk scores it with the current matrix.
    Risk reassessed = old;
    QVERIFY(service.updateRisk(reassessed));
    QCOMPARE((*repo.risk(*before))->matrixVersion, 2);
    QCOMPARE((*repo.risk(*before))->inherentLevel, u"High"_s);
    // A broken matrix is refused and changes nothing.
    RiskMatrix broken = stricter;
    broken.bands.removeLast();
    QVERIFY(!service.saveMatrix(broken, {}));
    QCOMPARE((*repo.currentMatrix())->version, 2);
    // An edit that started from version 1 does not silently replace version 2, saved meanwhile.
    auto stale = service.saveMatrix(RiskMatrix::defaults(), u"Edited from an old version"_s, 1);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    QCOMPARE((*repo.currentMatrix())->version, 2);
}

void TestRiskService::acceptanceAboveTheThresholdNeedsAnApprover()
{
    RiskService service(m_ws->connection());
    Risk r = risk(m_chat, u"THR-SID"_s, 4, 4); // 16: High, above the threshold
    r.treatment = u"accept"_s;
    r.status = u"accepted"_s;
    auto refused = service.addRisk(r);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"above the acceptance threshold"_s),
             qPrintable(refused.error().message));
    r.acceptedBy = u"Chief Risk Officer"_s;
    r.acceptedOn = u"2026-11-20"_s;
    QVERIFY(!service.addRisk(r)); // still no justification
    r.acceptanceJustification = u"Exposure limited to internal users until the filter ships in Q1."_s;
    auto accepted = service.addRisk(r);
    QVERIFY2(accepted, accepted ? "" : qPrintable(accepted.error().message));
    // In the audit trail, with who accepted it.
    AuditFilter filter;
    filter.entityType = u"risk"_s;
    filter.entityId = *accepted;
    QCOMPARE(*AuditRepository(m_ws->connection()).count(filter), 1);
    // Below the threshold the owner may accept it alone.
    Risk low = risk(m_chat, u"THR-DOS"_s, 2, 2);
    low.treatment = u"accept"_s;
    low.status = u"accepted"_s;
    QVERIFY(service.addRisk(low));
    // A residual assessment below the threshold is what counts once it exists.
    Risk treated = risk(m_chat, u"THR-OUT"_s, 4, 4);
    treated.residualLikelihood = 2;
    treated.residualImpact = 3;
    treated.treatment = u"accept"_s;
    QVERIFY(service.addRisk(treated));
}

void TestRiskService::treatingControlsShowTheirLiveStatus()
{
    RiskService service(m_ws->connection());
    Risk r = risk(m_chat, u"THR-PIJ"_s, 3, 4);
    r.treatment = u"mitigate"_s;
    r.controlIds = {control(u"AIC-ROB-02"_s), control(u"AIC-VUL-02"_s)};
    auto id = service.addRisk(r);
    QVERIFY(id);
    auto rows = RiskRepository(m_ws->connection()).fetch({*id});
    QVERIFY(rows);
    QCOMPARE(rows->first().risk.controlIds.size(), 2);
    // The register reads the controls' implementation as it is now.
    auto statusOf = [&](qint64 controlId) {
        auto engine = ComplianceEngine::load(m_ws->connection());
        (void)engine->loadSystems(m_ws->connection(), {m_chat});
        return engine->controlStatus(m_chat, controlId);
    };
    QCOMPARE(statusOf(control(u"AIC-ROB-02"_s)), u"not_started"_s);
    ControlImplementation impl;
    impl.controlId = control(u"AIC-ROB-02"_s);
    impl.status = u"implemented"_s;
    QVERIFY(ComplianceService(m_ws->connection()).setImplementation(impl));
    QCOMPARE(statusOf(control(u"AIC-ROB-02"_s)), u"implemented"_s);
    // Changing the treating controls replaces them.
    Risk changed = rows->first().risk;
    changed.controlIds = {control(u"AIC-HUM-01"_s)};
    QVERIFY(service.updateRisk(changed));
    QCOMPARE((*RiskRepository(m_ws->connection()).risk(*id))->controlIds, QList<qint64>{control(u"AIC-HUM-01"_s)});
    auto verified = AuditVerifier::verify(m_ws->connection());
    QVERIFY(verified && verified->intact);
}

void TestRiskService::heatMapCountsEqualTheRegister()
{
    RiskRepository repo(m_ws->connection());
    QList<RiskFilter> filters;
    filters << RiskFilter{};
    RiskFilter bySystem;
    bySystem.systemId = m_chat;
    filters << bySystem;
    RiskFilter byLevel;
    byLevel.level = u"High"_s;
    filters << byLevel;
    RiskFilter byThreat;
    byThreat.threatId = threat(u"THR-PIJ"_s);
    filters << byThreat;
    for (const RiskFilter& f : filters) {
        for (bool residual : {false, true}) {
            auto cells = repo.heatMap(f, residual);
            QVERIFY(cells);
            int total = 0;
            for (auto it = cells->cbegin(); it != cells->cend(); ++it) {
                total += it.value();
                // Clicking the cell filters the register to exactly those risks.
                RiskFilter cell = f;
                cell.likelihood = it.key().first;
                cell.impact = it.key().second;
                cell.residual = residual;
                QCOMPARE(int(repo.riskIds(cell)->size()), it.value());
            }
            QCOMPARE(total, int(repo.riskIds(f)->size()));
            QCOMPARE(qint64(total), *repo.countRisks(f));
        }
    }
    QVERIFY(*repo.countRisks(RiskFilter{}) >= 7);
}

void TestRiskService::systemsWithRisksAreRetiredNotDeleted()
{
    auto removed = SystemRepository(m_ws->connection()).remove(m_credit);
    QVERIFY(!removed);
    QVERIFY(removed.error().message.contains(u"Retire it instead"_s));
}

QTEST_GUILESS_MAIN(TestRiskService)
#include "TestRiskService.moc"
