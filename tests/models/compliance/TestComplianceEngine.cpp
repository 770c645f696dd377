// Requirement statuses and coverage derived from the control library: one control reaches every framework and
// system it serves, the derivation names it, overrides win, expired evidence and failed tests downgrade, and the
// frameworks that apply are proposed from a system's facts until the user confirms them.

#include "ComplianceFixture.h"
#include "storage/AuditRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

class TestComplianceEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    ComplianceFixture fresh()
    {
        ComplianceFixture f;
        if (!f.setUp(m_dir.filePath(u"engine-%1.attest"_s.arg(++m_count)))) {
            qFatal("fixture failed");
        }
        return f;
    }

private Q_SLOTS:
    void initTestCase();
    void seededLibraryMapsEveryFramework();
    void oneControlReachesEveryFrameworkAndSystem();
    void systemImplementationOverridesOrganisationDefault();
    void notApplicableControlsAndUnmappedRequirements();
    void overrideWinsAndIsExplained();
    void expiredEvidenceDowngradesAndFlags();
    void failedTestDowngrades();
    void applicabilityProposedThenConfirmed();
    void euAiActRequirementsFollowTheTier();
    void coverageFormulaAndCounts();
};

void TestComplianceEngine::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestComplianceEngine::seededLibraryMapsEveryFramework()
{
    ComplianceFixture f = fresh();
    ComplianceRepository repo(f.connection());
    auto controls = repo.controls();
    QVERIFY(controls);
    QCOMPARE(controls->size(), 31);
    for (const Control& c : *controls) {
        QCOMPARE(c.origin, u"seeded"_s);
        QVERIFY2(!c.description.isEmpty(), qPrintable(c.code));
        auto mappings = repo.mappingsOfControl(c.id);
        QVERIFY2(mappings && mappings->size() >= 4, qPrintable(c.code));
        for (const ControlMapping& m : *mappings) {
            QVERIFY2(!m.rationale.isEmpty(), qPrintable(c.code)); // every mapping says why
        }
    }
    // The library reaches GDPR, HIPAA, ISO/IEC 27001 and the AI frameworks.
    ComplianceEngine engine = f.engine();
    for (const char* key : {"gdpr", "hipaa", "iso27001-2022", "eu-ai-act", "nist-ai-rmf-1.0", "iso42001-2023"}) {
        const auto* framework = engine.framework(QString::fromLatin1(key));
        QVERIFY(framework);
        int mapped = 0;
        for (int r : framework->requirements) {
            mapped += engine.requirements()[r].controls.isEmpty() ? 0 : 1;
        }
        QVERIFY2(mapped >= 10, key);
    }
    // A second sync adds nothing.
    auto again = ControlLibrary::needsSeed(f.connection());
    QVERIFY(again && !*again);
}

void TestComplianceEngine::oneControlReachesEveryFrameworkAndSystem()
{
    ComplianceFixture f = fresh();
    QVERIFY(f.implementAllExcept({u"AIC-DAT-03"_s}));
    const qint64 art32 = f.requirementId(u"gdpr"_s, u"Art. 32"_s);
    const qint64 hipaaEnc = f.requirementId(u"hipaa"_s, u"164.312(a)(2)(iv)"_s);
    const qint64 crypto = f.requirementId(u"iso27001-2022"_s, u"A.8.24"_s);
    const qint64 gdpr = f.frameworkId(u"gdpr"_s);
    const qint64 hipaa = f.frameworkId(u"hipaa"_s);
    const qint64 iso = f.frameworkId(u"iso27001-2022"_s);

    ComplianceEngine before = f.engine();
    // Art. 32 is served by several controls; without encryption at rest it is only partly met, and says why.
    QCOMPARE(before.evaluate(f.clinic, art32).status, u"partial"_s);
    const QString why = before.explain(f.clinic, art32);
    QVERIFY2(why.startsWith(u"Art. 32 — Partially compliant: "_s), qPrintable(why));
    QVERIFY2(why.contains(u"7 of 8 mapped controls implemented"_s), qPrintable(why));
    QVERIFY2(why.contains(u"Not implemented: AIC-DAT-03 Encryption of data at rest (Not started)."_s), qPrintable(why));
    // HIPAA's encryption specification rests on that control alone.
    QCOMPARE(before.evaluate(f.clinic, hipaaEnc).status, u"non_compliant"_s);
    QCOMPARE(before.evaluate(f.clinic, crypto).status, u"partial"_s);
    QCOMPARE(before.evaluate(f.chatbot, crypto).status, u"partial"_s);
    const Coverage gdprBefore = before.coverage(f.clinic, gdpr);
    const Coverage hipaaBefore = before.coverage(f.clinic, hipaa);
    const Coverage isoClinicBefore = before.coverage(f.clinic, iso);
    const Coverage isoChatBefore = before.coverage(f.chatbot, iso);

    // One change: encryption at rest is implemented organisation-wide.
    ControlImplementation impl;
    impl.controlId = f.controlId(u"AIC-DAT-03"_s);
    impl.status = u"implemented"_s;
    QVERIFY(ComplianceService(f.connection()).setImplementation(impl));

    ComplianceEngine after = f.engine();
    QCOMPARE(after.evaluate(f.clinic, art32).status, u"compliant"_s);
    QCOMPARE(after.evaluate(f.clinic, hipaaEnc).status, u"compliant"_s);
    QCOMPARE(after.evaluate(f.clinic, crypto).status, u"compliant"_s);
    QCOMPARE(after.evaluate(f.chatbot, crypto).status, u"compliant"_s);
    QVERIFY(after.explain(f.clinic, hipaaEnc).contains(u"1 of 1 mapped controls implemented: AIC-DAT-03"_s));
    // Every framework it reaches, for every system it covers, moved up.
    QVERIFY(after.coverage(f.clinic, gdpr).percent() > gdprBefore.percent());
    QVERIFY(after.coverage(f.clinic, hipaa).percent() > hipaaBefore.percent());
    QVERIFY(after.coverage(f.clinic, iso).percent() > isoClinicBefore.percent());
    QVERIFY(after.coverage(f.chatbot, iso).percent() > isoChatBefore.percent());
    QCOMPARE(after.coverage(f.clinic, hipaa).nonCompliant, hipaaBefore.nonCompliant - 1);
}

void TestComplianceEngine::systemImplementationOverridesOrganisationDefault()
{
    ComplianceFixture f = fresh();
    QVERIFY(f.implementAllExcept({}));
    ControlImplementation own;
    own.controlId = f.controlId(u"AIC-HUM-01"_s);
    own.systemId = f.chatbot;
    own.status = u"planned"_s;
    own.targetDate = u"2026-09-30"_s;
    QVERIFY(ComplianceService(f.connection()).setImplementation(own));
    ComplianceEngine engine = f.engine();
    const qint64 art22 = f.requirementId(u"gdpr"_s, u"Art. 22"_s);
    QCOMPARE(engine.controlStatus(f.chatbot, own.controlId), u"planned"_s);
    QCOMPARE(engine.controlStatus(f.clinic, own.controlId), u"implemented"_s);
    QCOMPARE(engine.evaluate(f.chatbot, art22).status, u"partial"_s);
    QCOMPARE(engine.evaluate(f.clinic, art22).status, u"compliant"_s);
    QVERIFY(
        engine.explain(f.chatbot, art22).contains(u"AIC-HUM-01 Human review at critical decision points (Planned)"_s));
    // Back to the organisation's default.
    QVERIFY(ComplianceService(f.connection()).clearImplementation(own.controlId, f.chatbot));
    QCOMPARE(f.engine().evaluate(f.chatbot, art22).status, u"compliant"_s);
}

void TestComplianceEngine::notApplicableControlsAndUnmappedRequirements()
{
    ComplianceFixture f = fresh();
    QVERIFY(f.implementAllExcept({}));
    ComplianceService service(f.connection());
    // "Not applicable" needs a justification.
    ControlImplementation na;
    na.controlId = f.controlId(u"AIC-DAT-05"_s);
    na.systemId = f.forecast;
    na.status = u"not_applicable"_s;
    auto refused = service.setImplementation(na);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"needs a justification"_s));
    na.justification = u"Trained on aggregated sales figures only."_s;
    QVERIFY(service.setImplementation(na));
    ComplianceEngine engine = f.engine();
    // Art. 9 of GDPR is served by AIC-DAT-05 alone: with it not applicable, so is the requirement.
    const qint64 art9 = f.requirementId(u"gdpr"_s, u"Art. 9"_s);
    QCOMPARE(engine.evaluate(f.forecast, art9).status, u"not_applicable"_s);
    QVERIFY(engine.explain(f.forecast, art9).contains(u"all 1 mapped controls are not applicable"_s));
    // A requirement no control serves is not assessed, and says so.
    const qint64 art8 = f.requirementId(u"gdpr"_s, u"Art. 8"_s);
    QCOMPARE(engine.evaluate(f.clinic, art8).status, u"not_assessed"_s);
    QVERIFY(engine.explain(f.clinic, art8).contains(u"no control in the library is mapped"_s));
}

void TestComplianceEngine::overrideWinsAndIsExplained()
{
    ComplianceFixture f = fresh();
    QVERIFY(f.implementAllExcept({}));
    const qint64 art35 = f.requirementId(u"gdpr"_s, u"Art. 35"_s);
    ComplianceService service(f.connection());
    RequirementAssessment a{0, art35, f.clinic, u"non_compliant"_s, QString()};
    auto refused = service.setOverride(a);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Validation);
    a.justification = u"The DPIA was drafted but never signed off by the DPO."_s;
    QVERIFY(service.setOverride(a));
    ComplianceEngine engine = f.engine();
    QCOMPARE(engine.evaluate(f.clinic, art35).status, u"non_compliant"_s);
    QVERIFY(engine.evaluate(f.clinic, art35).overridden);
    QVERIFY(engine.explain(f.clinic, art35).contains(u"assessed by hand: The DPIA was drafted"_s));
    QCOMPARE(engine.evaluate(f.chatbot, art35).status, u"compliant"_s); // other systems keep the derived status
}

void TestComplianceEngine::expiredEvidenceDowngradesAndFlags()
{
    ComplianceFixture f = fresh();
    QVERIFY(f.implementAllExcept({}));
    ComplianceService service(f.connection());
    Evidence report;
    report.title = u"Drift monitoring report Q1"_s;
    report.kind = u"note"_s;
    report.note = u"Dashboard export reviewed by the model risk team."_s;
    report.validUntil = u"2026-03-31"_s;
    auto evidence = service.addEvidence(report);
    QVERIFY(evidence);
    const qint64 drift = f.controlId(u"AIC-MON-01"_s);
    QVERIFY(service.linkEvidence(EvidenceLink{0, *evidence, drift, 0, 0}));
    const qint64 art72 = f.requirementId(u"eu-ai-act"_s, u"Art. 72"_s);

    // While it is valid, nothing changes.
    ComplianceEngine valid = f.engine(QDate(2026, 3, 1));
    QCOMPARE(valid.controlStatus(f.clinic, drift), u"implemented"_s);
    QCOMPARE(valid.evaluate(f.clinic, art72).status, u"compliant"_s);
    // Once it has expired, what it supports is downgraded and flagged.
    ComplianceEngine expired = f.engine(QDate(2026, 4, 15));
    bool flagged = false;
    QCOMPARE(expired.controlStatus(f.clinic, drift, &flagged), u"partial"_s);
    QVERIFY(flagged);
    const RequirementResult r = expired.evaluate(f.clinic, art72);
    QCOMPARE(r.status, u"partial"_s);
    QVERIFY(r.evidenceExpired);
    QVERIFY2(expired.explain(f.clinic, art72).contains(u"Downgraded: the evidence for AIC-MON-01 has expired."_s),
             qPrintable(expired.explain(f.clinic, art72)));
    // Fresh evidence beside it lifts the downgrade.
    Evidence renewed = report;
    renewed.title = u"Drift monitoring report Q2"_s;
    renewed.validUntil = u"2026-06-30"_s;
    auto second = service.addEvidence(renewed);
    QVERIFY(second);
    QVERIFY(service.linkEvidence(EvidenceLink{0, *second, drift, 0, 0}));
    QCOMPARE(f.engine(QDate(2026, 4, 15)).controlStatus(f.clinic, drift), u"implemented"_s);
}

void TestComplianceEngine::failedTestDowngrades()
{
    ComplianceFixture f = fresh();
    QVERIFY(f.implementAllExcept({}));
    ControlImplementation impl;
    impl.controlId = f.controlId(u"AIC-VUL-02"_s);
    impl.systemId = f.chatbot;
    impl.status = u"implemented"_s;
    impl.lastTestDate = u"2026-05-02"_s;
    impl.lastTestResult = u"failed"_s;
    QVERIFY(ComplianceService(f.connection()).setImplementation(impl));
    ComplianceEngine engine = f.engine();
    const qint64 llm01 = f.requirementId(u"owasp-llm-2025"_s, u"LLM01:2025"_s);
    bool failed = false;
    QCOMPARE(engine.controlStatus(f.chatbot, impl.controlId, nullptr, &failed), u"partial"_s);
    QVERIFY(failed);
    QVERIFY(engine.evaluate(f.chatbot, llm01).testFailed);
    QVERIFY(engine.explain(f.chatbot, llm01).contains(u"Downgraded: the last test of AIC-VUL-02 failed."_s));
}

void TestComplianceEngine::applicabilityProposedThenConfirmed()
{
    ComplianceFixture f = fresh();
    ComplianceEngine engine = f.engine();
    const qint64 gdpr = f.frameworkId(u"gdpr"_s);
    const qint64 hipaa = f.frameworkId(u"hipaa"_s);
    const qint64 iso = f.frameworkId(u"iso27001-2022"_s);
    // Proposed from the facts: personal data -> GDPR; PHI -> HIPAA; ISO/IEC 27001 organisation-wide.
    QVERIFY(engine.applicability(f.clinic, gdpr).applies);
    QVERIFY(engine.applicability(f.clinic, hipaa).applies);
    QVERIFY(!engine.applicability(f.chatbot, hipaa).applies);
    QVERIFY(!engine.applicability(f.forecast, gdpr).applies);
    QCOMPARE(engine.applicability(f.forecast, gdpr).reason, u"No personal data is recorded for it."_s);
    QVERIFY(engine.applicability(f.forecast, iso).applies);
    QVERIFY(!engine.applicability(f.clinic, gdpr).confirmed);
    // Confirmed by the user, with the reason recorded (and audited).
    ComplianceService service(f.connection());
    QVERIFY(!service.setApplicability(f.forecast, gdpr, true, QString()));
    QVERIFY(service.setApplicability(f.forecast, gdpr, true, u"Sales staff names appear in the input data."_s));
    ComplianceEngine confirmed = f.engine();
    const FrameworkApplicability a = confirmed.applicability(f.forecast, gdpr);
    QVERIFY(a.applies);
    QVERIFY(a.confirmed);
    QCOMPARE(a.reason, u"Sales staff names appear in the input data."_s);
    QVERIFY(!confirmed.proposal(f.forecast, gdpr).applies);
    AuditFilter filter;
    filter.entityType = u"applicability"_s;
    auto events = AuditRepository(f.connection()).count(filter);
    QVERIFY(events && *events == 1);
}

void TestComplianceEngine::euAiActRequirementsFollowTheTier()
{
    ComplianceFixture f = fresh();
    ComplianceEngine engine = f.engine();
    const qint64 act = f.frameworkId(u"eu-ai-act"_s);
    auto refs = [&](qint64 system) {
        QStringList list;
        for (int r : engine.applicableRequirements(system, act)) {
            list << engine.requirements()[r].ref;
        }
        return list;
    };
    QCOMPARE(refs(f.forecast), QStringList{u"Art. 4"_s}); // minimal risk: AI literacy
    // Retired systems are not part of the workspace's figures.
    QVERIFY(SystemRepository(f.connection()).update(f.forecast, {{u"lifecycle"_s, u"retired"_s}}));
    QVERIFY(!f.engine().hasSystem(f.forecast));
    QCOMPARE(refs(f.chatbot), (QStringList{u"Art. 4"_s, u"Art. 50"_s}));
    const QStringList high = refs(f.clinic);
    for (const QString& ref : {u"Art. 9"_s, u"Art. 10"_s, u"Art. 14"_s, u"Art. 15"_s, u"Art. 26"_s, u"Art. 72"_s}) {
        QVERIFY2(high.contains(ref), qPrintable(ref));
    }
    QVERIFY(!high.contains(u"Art. 5"_s));
}

void TestComplianceEngine::coverageFormulaAndCounts()
{
    ComplianceFixture f = fresh();
    QVERIFY(f.implementAllExcept({u"AIC-DAT-03"_s, u"AIC-INF-02"_s, u"AIC-INC-01"_s}));
    ComplianceEngine engine = f.engine();
    const qint64 hipaa = f.frameworkId(u"hipaa"_s);
    const Coverage c = engine.coverage(f.clinic, hipaa);
    const int applicable = int(engine.applicableRequirements(f.clinic, hipaa).size());
    QCOMPARE(c.total(), applicable);
    QVERIFY2(c.compliant > 0 && c.partial > 0 && c.nonCompliant > 0 && c.notAssessed > 0, qPrintable(c.countsText()));
    QCOMPARE(c.percent(), 100.0 * (c.compliant + 0.5 * c.partial) / (c.compliant + c.partial + c.nonCompliant));
    QVERIFY(c.countsText().startsWith(u"%1 compliant, %2 partially, %3 non-compliant of %4 assessed"_s.arg(c.compliant)
                                          .arg(c.partial)
                                          .arg(c.nonCompliant)
                                          .arg(c.assessed())));
    QVERIFY(Coverage::formula().contains(u"½"_s));
    // Nothing assessed: no figure, not 0 %.
    Coverage none;
    none.notAssessed = 3;
    QVERIFY(!none.hasFigure());
    QCOMPARE(none.percentText(), u"–"_s);
    // Workspace-wide: the systems it applies to (HIPAA: only the clinic).
    QCOMPARE(engine.workspaceCoverage(hipaa).total(), c.total());
}

QTEST_GUILESS_MAIN(TestComplianceEngine)
#include "TestComplianceEngine.moc"
