// The audit trail alone rebuilds the workspace: replayed to its head it gives exactly the records the workspace
// holds, and stopped at a moment it gives the records of that moment.

#include "TestSupport.h"
#include "demo/DemoWorkspace.h"
#include "storage/HistoryReplay.h"
#include "storage/SystemRepository.h"
#include "storage/WriteTransaction.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

class TestHistoryReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replayToTheHeadReproducesEveryRecord();
    void stopsAtAMoment();
    void entriesDatedInThePast();
    void cancels();
};

void TestHistoryReplay::replayToTheHeadReproducesEveryRecord()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(path, testActor(), {}));
    auto ws = openWorkspace(path);
    QVERIFY(ws);
    auto replay = HistoryReplay::open(ws->connection());
    QVERIFY2(replay, replay ? "" : qPrintable(replay.error().message));
    const auto empty = HistoryReplay::recordsDigest((*replay)->state());
    const auto expected = HistoryReplay::recordsDigest(ws->connection());
    QVERIFY(empty && expected);
    QVERIFY(*empty != *expected);

    // In two steps: half the trail, then the rest.
    auto head = ws->connection().auditHead();
    QVERIFY(head && head->seq > 1000);
    QVERIFY((*replay)->advanceTo(std::numeric_limits<qint64>::max()));
    QCOMPARE((*replay)->appliedSeq(), head->seq);
    const auto replayed = HistoryReplay::recordsDigest((*replay)->state());
    QVERIFY(replayed);
    QCOMPARE(replayed->toHex(), expected->toHex());

    // Searches work on it as on the workspace (the search text and index are rebuilt too).
    for (const QString& text : {u"chat"_s, u"health"_s, u"credit"_s}) {
        SystemQuery query;
        query.filterText = text;
        query.includeRetired = true;
        auto live = SystemRepository(ws->connection()).matchingIds(query);
        auto past = SystemRepository((*replay)->state()).matchingIds(query);
        QVERIFY(live && past);
        QVERIFY(!live->isEmpty());
        QCOMPARE(*past, *live);
    }

    // The replay is only to be read.
    QVERIFY((*replay)->state().isReadOnly());
    auto refused = (*replay)->state().write(u"x"_s, [](WriteTransaction&) -> Result<void> { return {}; });
    QVERIFY(!refused);
}

void TestHistoryReplay::stopsAtAMoment()
{
    QTemporaryDir dir;
    ManualClock clock;
    auto ws = createWorkspace(dir.filePath(u"w.attest"_s), &clock);
    QVERIFY(ws);
    SystemRepository systems(ws->connection());
    AiSystem s;
    s.set(u"code"_s, u"CHAT-01"_s);
    s.set(u"name"_s, u"Support chatbot"_s);
    s.set(u"business_unit"_s, u"Service"_s);
    auto id = systems.create(s);
    QVERIFY(id);
    const qint64 t1 = clock.nowMs();
    clock.advance(86400000);
    QVERIFY(systems.update(*id, {{u"name"_s, u"Customer chatbot"_s}, {u"business_unit"_s, u""_s}}));
    const qint64 t2 = clock.nowMs();
    clock.advance(86400000);
    s.set(u"code"_s, u"CV-02"_s);
    auto second = systems.create(s);
    QVERIFY(second);
    clock.advance(86400000);
    QVERIFY(systems.remove(*id));

    auto replay = HistoryReplay::open(ws->connection());
    QVERIFY(replay);
    SystemRepository past((*replay)->state());

    QVERIFY((*replay)->advanceTo(t1 + 1)); // after the first create
    auto first = past.get(*id);
    QVERIFY(first && first->has_value());
    QCOMPARE((*first)->name(), u"Support chatbot"_s);
    QCOMPARE((*first)->value(u"business_unit"_s), u"Service"_s);
    QVERIFY(past.get(*second) && !past.get(*second)->has_value());

    QVERIFY((*replay)->advanceTo(t2 + 1)); // after the edit
    first = past.get(*id);
    QVERIFY(first && first->has_value());
    QCOMPARE((*first)->name(), u"Customer chatbot"_s);
    QCOMPARE((*first)->value(u"business_unit"_s), QString());
    QCOMPARE((*first)->createdMs, t1);
    QCOMPARE((*first)->updatedMs, t2);

    QVERIFY((*replay)->advanceTo(std::numeric_limits<qint64>::max())); // deleted, the second one there
    QVERIFY(past.get(*id) && !past.get(*id)->has_value());
    QVERIFY(past.get(*second) && past.get(*second)->has_value());
    QCOMPARE(HistoryReplay::recordsDigest((*replay)->state())->toHex(),
             HistoryReplay::recordsDigest(ws->connection())->toHex());
    // Going "back" applies nothing: the replay only moves forward.
    const qint64 applied = (*replay)->appliedEvents();
    QVERIFY((*replay)->advanceTo(t1));
    QCOMPARE((*replay)->appliedEvents(), applied);
}

void TestHistoryReplay::entriesDatedInThePast()
{
    // History typed in afterwards with the dates it happened on (a clock set back): what was recorded before an
    // event dated D counts as having happened by D.
    QTemporaryDir dir;
    ManualClock clock(1790000000000);
    auto ws = createWorkspace(dir.filePath(u"w.attest"_s), &clock);
    QVERIFY(ws);
    SystemRepository systems(ws->connection());
    AiSystem s;
    s.set(u"code"_s, u"LATE-01"_s);
    s.set(u"name"_s, u"Entered today"_s);
    auto late = systems.create(s);
    QVERIFY(late);
    clock.set(1780000000000); // about 115 days earlier
    s.set(u"code"_s, u"EARLY-01"_s);
    s.set(u"name"_s, u"Dated back"_s);
    auto early = systems.create(s);
    QVERIFY(early);
    clock.set(1790000001000);
    QVERIFY(systems.update(*early, {{u"name"_s, u"Renamed today"_s}}));

    auto replay = HistoryReplay::open(ws->connection());
    QVERIFY(replay);
    SystemRepository past((*replay)->state());
    QVERIFY((*replay)->advanceTo(1770000000000)); // before everything
    QCOMPARE((*replay)->appliedSeq(), 0);
    QVERIFY((*replay)->advanceTo(1785000000000)); // after the back-dated entry: it and what came before it
    QVERIFY(past.get(*late)->has_value());
    QCOMPARE(past.get(*early)->value().name(), u"Dated back"_s);
    QVERIFY((*replay)->advanceTo(1790000002000));
    QCOMPARE(past.get(*early)->value().name(), u"Renamed today"_s);
}

void TestHistoryReplay::cancels()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(path, testActor(), {}));
    auto ws = openWorkspace(path);
    QVERIFY(ws);
    auto replay = HistoryReplay::open(ws->connection());
    QVERIFY(replay);
    qint64 calls = 0;
    auto cancelled = (*replay)->advanceTo(std::numeric_limits<qint64>::max(), [&](qint64, qint64) {
        ++calls;
        return false;
    });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QCOMPARE(calls, 1);
    QCOMPARE((*replay)->appliedSeq(), 0); // nothing half-applied
    auto resumed = (*replay)->advanceTo(std::numeric_limits<qint64>::max());
    QVERIFY2(resumed, resumed ? "" : qPrintable(resumed.error().message + u' ' + resumed.error().detail));
    QCOMPARE(HistoryReplay::recordsDigest((*replay)->state())->toHex(),
             HistoryReplay::recordsDigest(ws->connection())->toHex());
}

QTEST_GUILESS_MAIN(TestHistoryReplay)
#include "TestHistoryReplay.moc"
