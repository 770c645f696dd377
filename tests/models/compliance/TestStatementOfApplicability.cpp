// The ISO/IEC 27001:2022 Statement of Applicability: exactly the 93 Annex A controls, exclusions only with a
// justification, implementation derived from the library (or assessed by hand), controls and evidence listed.

#include "ComplianceFixture.h"
#include "compliance/StatementOfApplicability.h"

#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

class TestStatementOfApplicability : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ComplianceFixture m_f;

private Q_SLOTS:
    void initTestCase();
    void listsExactlyTheAnnexAControls();
    void exclusionNeedsAJustification();
    void implementationLinksControlsAndEvidence();
};

void TestStatementOfApplicability::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_f.setUp(m_dir.filePath(u"soa.attest"_s)));
    QVERIFY(m_f.implementAllExcept({u"AIC-DAT-03"_s}));
}

void TestStatementOfApplicability::listsExactlyTheAnnexAControls()
{
    ComplianceEngine engine = m_f.engine();
    auto rows = StatementOfApplicability::build(m_f.connection(), engine);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 93);
    QMap<QString, int> perTheme;
    QSet<QString> refs;
    for (const auto& row : *rows) {
        QVERIFY(row.ref.startsWith(u"A."_s));
        refs.insert(row.ref);
        ++perTheme[row.theme];
        QVERIFY(row.applicable); // until decided otherwise
        QVERIFY(!row.justified);
    }
    QCOMPARE(refs.size(), 93);
    QCOMPARE(perTheme.values(), (QList<int>{37, 8, 14, 34}));
}

void TestStatementOfApplicability::exclusionNeedsAJustification()
{
    ComplianceService service(m_f.connection());
    const qint64 cabling = m_f.requirementId(u"iso27001-2022"_s, u"A.7.12"_s);
    auto refused = service.setSoaEntry(cabling, false, u"  "_s);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"only be excluded with a justification"_s));
    QVERIFY(service.setSoaEntry(
        cabling, false, u"No own premises: hosting is fully outsourced to a certified provider."_s));
    // Only Annex A controls belong in it (not clauses, not ISO/IEC 42001's Annex A).
    QVERIFY(!service.setSoaEntry(m_f.requirementId(u"iso27001-2022"_s, u"6.1.2"_s), true, u"x"_s));
    QVERIFY(!service.setSoaEntry(m_f.requirementId(u"iso42001-2023"_s, u"A.2.2"_s), true, u"x"_s));
    // The exclusion holds for every system's ISO/IEC 27001 coverage too, and says where it comes from.
    ComplianceEngine engine = m_f.engine();
    QCOMPARE(engine.evaluate(m_f.clinic, cabling).status, u"not_applicable"_s);
    QVERIFY(
        engine.explain(m_f.clinic, cabling).contains(u"excluded in the Statement of Applicability: No own premises"_s));
    auto rows = StatementOfApplicability::build(m_f.connection(), engine);
    QVERIFY(rows);
    for (const auto& row : *rows) {
        if (row.ref == u"A.7.12"_s) {
            QVERIFY(!row.applicable);
            QVERIFY(row.justified);
            QCOMPARE(row.implementation, u"not_applicable"_s);
            QVERIFY(row.justification.startsWith(u"No own premises"_s));
        }
    }
}

void TestStatementOfApplicability::implementationLinksControlsAndEvidence()
{
    ComplianceService service(m_f.connection());
    Evidence policy;
    policy.title = u"Cryptography policy v3"_s;
    policy.kind = u"link"_s;
    policy.url = u"https://intranet.example/policies/crypto"_s;
    policy.validUntil = u"2026-01-31"_s;
    auto id = service.addEvidence(policy);
    QVERIFY(id);
    QVERIFY(service.linkEvidence(EvidenceLink{0, *id, 0, m_f.requirementId(u"iso27001-2022"_s, u"A.8.24"_s), 0}));
    auto rows = StatementOfApplicability::build(m_f.connection(), m_f.engine(QDate(2026, 6, 1)));
    QVERIFY(rows);
    bool seen = false;
    for (const auto& row : *rows) {
        if (row.ref == u"A.8.24"_s) {
            seen = true;
            QCOMPARE(row.implementation, u"partial"_s); // encryption at rest not started
            QVERIFY(row.controls.contains(u"AIC-DAT-03 Encryption of data at rest"_s));
            QVERIFY(row.controls.contains(u"AIC-DAT-02 Encryption of data in transit"_s));
            QCOMPARE(row.evidence, QStringList{u"Cryptography policy v3 (expired 2026-01-31)"_s});
            QVERIFY(row.derivation.contains(u"AIC-DAT-03"_s));
        }
        if (row.ref == u"A.5.1"_s) {
            QCOMPARE(row.implementation, u"compliant"_s);
        }
    }
    QVERIFY(seen);
}

QTEST_GUILESS_MAIN(TestStatementOfApplicability)
#include "TestStatementOfApplicability.moc"
