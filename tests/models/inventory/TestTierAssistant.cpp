// The EU AI Act tier assistant proposes a tier with its reasoning from the answers to its questions.

#include "inventory/TierAssistant.h"

#include <QTest>

using namespace attest;
using namespace Qt::StringLiterals;

class TestTierAssistant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyQuestionHasAReference();
    void proposals_data();
    void proposals();
};

void TestTierAssistant::everyQuestionHasAReference()
{
    QSet<QString> codes;
    for (const auto& q : TierAssistant::questions()) {
        QVERIFY(!q.text.isEmpty());
        QVERIFY(!q.reference.isEmpty());
        QVERIFY(!codes.contains(q.code));
        codes.insert(q.code);
    }
    QCOMPARE(codes.size(), 26);
}

void TestTierAssistant::proposals_data()
{
    QTest::addColumn<QStringList>("yes");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("reason");
    QTest::newRow("CV screening") << QStringList{u"annex3.employment"_s, u"art6_3.profiling"_s} << u"high"_s
                                  << u"Annex III(4)"_s;
    QTest::newRow("CV screening claiming an exception while profiling")
        << QStringList{u"annex3.employment"_s, u"art6_3.preparatory"_s, u"art6_3.profiling"_s} << u"high"_s
        << u"do not apply"_s;
    QTest::newRow("social scoring") << QStringList{u"art5.social_scoring"_s, u"annex3.essential_services"_s}
                                    << u"prohibited"_s << u"Art. 5(1)(c)"_s;
    QTest::newRow("medical device") << QStringList{u"annex1.product"_s} << u"high"_s << u"Art. 6(1)"_s;
    QTest::newRow("narrow task in an Annex III area")
        << QStringList{u"annex3.education"_s, u"art6_3.narrow_task"_s} << u"minimal"_s << u"not high-risk"_s;
    QTest::newRow("customer chatbot") << QStringList{u"art50.interacts"_s} << u"limited"_s << u"Art. 50(1)"_s;
    QTest::newRow("foundation model") << QStringList{u"gpai.model"_s, u"art50.synthetic"_s} << u"gpai"_s
                                      << u"Art. 53"_s;
    QTest::newRow("high-risk chatbot keeps its transparency duties")
        << QStringList{u"annex3.employment"_s, u"art50.interacts"_s} << u"high"_s << u"Art. 50 apply as well"_s;
    QTest::newRow("demand forecast") << QStringList{} << u"minimal"_s << u"AI literacy"_s;
}

void TestTierAssistant::proposals()
{
    QFETCH(QStringList, yes);
    QFETCH(QString, tier);
    QFETCH(QString, reason);
    const auto p = TierAssistant::propose(QSet<QString>(yes.cbegin(), yes.cend()));
    QCOMPARE(p.tier, tier);
    QVERIFY(!p.reasoning.isEmpty());
    QVERIFY2(p.reasoning.join(u' ').contains(reason), qPrintable(p.reasoning.join(u' ')));
}

QTEST_GUILESS_MAIN(TestTierAssistant)
#include "TestTierAssistant.moc"
