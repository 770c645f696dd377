// The risk matrix: scores and levels on the default 5 × 5 and on an edited matrix, the explanation shown beside a
// level, steps given as numbers or names, and the rules an edited matrix must follow.

#include "risk/Risk.h"

#include <QTest>

using namespace attest;
using namespace Qt::StringLiterals;

class TestRiskMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultMatrix_data();
    void defaultMatrix();
    void editedMatrix();
    void roundTripsThroughJson();
    void refusesBrokenMatrices_data();
    void refusesBrokenMatrices();
};

void TestRiskMatrix::defaultMatrix_data()
{
    QTest::addColumn<int>("likelihood");
    QTest::addColumn<int>("impact");
    QTest::addColumn<int>("score");
    QTest::addColumn<QString>("level");
    QTest::newRow("rare, negligible") << 1 << 1 << 1 << u"Low"_s;
    QTest::newRow("unlikely, minor") << 2 << 2 << 4 << u"Low"_s;
    QTest::newRow("possible, minor") << 3 << 2 << 6 << u"Medium"_s;
    QTest::newRow("possible, moderate") << 3 << 3 << 9 << u"Medium"_s;
    QTest::newRow("likely, moderate") << 4 << 3 << 12 << u"High"_s;
    QTest::newRow("likely, major") << 4 << 4 << 16 << u"High"_s;
    QTest::newRow("likely, severe") << 4 << 5 << 20 << u"Critical"_s;
    QTest::newRow("almost certain, severe") << 5 << 5 << 25 << u"Critical"_s;
}

void TestRiskMatrix::defaultMatrix()
{
    QFETCH(int, likelihood);
    QFETCH(int, impact);
    QFETCH(int, score);
    QFETCH(QString, level);
    const RiskMatrix m = RiskMatrix::defaults();
    QVERIFY(m.validate());
    QCOMPARE(m.score(likelihood, impact), score);
    QCOMPARE(m.level(likelihood, impact), level);
    QCOMPARE(m.needsApproval(score), score > 9);
}

void TestRiskMatrix::editedMatrix()
{
    const RiskMatrix d = RiskMatrix::defaults();
    QCOMPARE(d.explain(4, 5), u"likelihood 4 Likely × impact 5 Severe = 20 → Critical"_s);
    // An organisation with a 4 × 4 matrix and three levels.
    RiskMatrix m;
    m.version = 2;
    m.likelihood = {u"Low"_s, u"Medium"_s, u"High"_s, u"Very high"_s};
    m.impact = {u"Limited"_s, u"Significant"_s, u"Serious"_s, u"Critical"_s};
    m.bands = {{u"Acceptable"_s, 1, 3, u"#3fa35b"_s},
               {u"Tolerable"_s, 4, 8, u"#e0b020"_s},
               {u"Intolerable"_s, 9, 16, u"#c0302a"_s}};
    m.acceptanceThreshold = 3;
    QVERIFY(m.validate());
    QCOMPARE(m.maxScore(), 16);
    QCOMPARE(m.level(3, 3), u"Intolerable"_s);
    QCOMPARE(m.level(2, 2), u"Tolerable"_s);
    QCOMPARE(m.explain(3, 3), u"likelihood 3 High × impact 3 Serious = 9 → Intolerable"_s);
    QVERIFY(!m.inRange(5, 1));
    QVERIFY(m.needsApproval(4));
    QCOMPARE(m.likelihoodStep(u"very HIGH"_s), 4);
    QCOMPARE(m.impactStep(u"2"_s), 2);
    QCOMPARE(m.impactStep(u"7"_s), 0);
    QCOMPARE(m.impactStep(u"Catastrophic"_s), 0);
    QCOMPARE(m.levelRank(u"Tolerable"_s), 1);
}

void TestRiskMatrix::roundTripsThroughJson()
{
    const RiskMatrix d = RiskMatrix::defaults();
    auto back = RiskMatrix::fromJson(d.toJson(), 7);
    QVERIFY(back);
    QCOMPARE(back->version, 7);
    QCOMPARE(back->likelihood, d.likelihood);
    QCOMPARE(back->impact, d.impact);
    QCOMPARE(back->bands.size(), d.bands.size());
    QCOMPARE(back->acceptanceThreshold, d.acceptanceThreshold);
    QCOMPARE(back->explain(4, 5), d.explain(4, 5));
}

void TestRiskMatrix::refusesBrokenMatrices_data()
{
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("message");
    QTest::newRow("one-step scale") << 0 << u"2 to 10 steps"_s;
    QTest::newRow("unnamed step") << 1 << u"needs a name"_s;
    QTest::newRow("gap between levels") << 2 << u"without gaps or overlaps"_s;
    QTest::newRow("levels short of the top") << 3 << u"reach the highest score, 25"_s;
    QTest::newRow("bad colour") << 4 << u"not a colour"_s;
    QTest::newRow("threshold out of range") << 5 << u"acceptance threshold"_s;
}

void TestRiskMatrix::refusesBrokenMatrices()
{
    QFETCH(int, breakage);
    QFETCH(QString, message);
    RiskMatrix m = RiskMatrix::defaults();
    switch (breakage) {
    case 0:
        m.likelihood = {u"Only"_s};
        break;
    case 1:
        m.impact[2] = u" "_s;
        break;
    case 2:
        m.bands[1].min = 6;
        break;
    case 3:
        m.bands[3].max = 24;
        break;
    case 4:
        m.bands[0].colour = u"green"_s;
        break;
    case 5:
        m.acceptanceThreshold = 26;
        break;
    }
    auto valid = m.validate();
    QVERIFY(!valid);
    QVERIFY2(valid.error().message.contains(message), qPrintable(valid.error().message));
}

QTEST_GUILESS_MAIN(TestRiskMatrix)
#include "TestRiskMatrix.moc"
