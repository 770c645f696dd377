// The audit trail as a table: newest first, read in pages of 500 with keyset paging; filters by actor, record,
// action and time narrow the rows and the count; new events appear at the top after each write; records are named
// by code and name, also after they were deleted.

#include "TestSupport.h"
#include "audit/AuditEventModel.h"
#include "storage/ChangeLogRepository.h"
#include "storage/ChangeNotifier.h"
#include "storage/SystemRepository.h"
#include "storage/WriteTransaction.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Day = 24 * 60 * 60 * 1000;
constexpr qint64 Start = 1767225600000; // 2026-01-01T00:00:00Z
constexpr int Systems = 1000;
constexpr int AliceUpdates = 200;
constexpr int BobEntries = 50;
constexpr qint64 TotalEvents = Systems + AliceUpdates + BobEntries + 1; // + the delete of SYS-0002

const Actor Alice{u"Alice Auditor"_s, u"alice"_s};
const Actor Bob{u"Bob Builder"_s, u"bob"_s};

QString code(int i)
{
    return u"SYS-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
}

} // namespace

class TestAuditEventModel : public QObject
{
    Q_OBJECT

private:
    qint64 idOf(const QString& code);
    // Every loaded row's seq is smaller than the one above it (newest first, no duplicates).
    static bool strictlyDescending(const AuditEventModel& model);
    QString entityText(const AuditEventModel& model, qint64 seq);

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Workspace> m_ws;

private Q_SLOTS:
    void init();
    void cleanup();

    void pagesOf500NewestFirst();
    void pageBoundaryAtExactMultiple();
    void filtersNarrowRowsAndCount_data();
    void filtersNarrowRowsAndCount();
    void modelTesterWhileFilteringAndWriting();
    void newWritesAppearAtTheTop();
    void newWritesRespectTheFilter();
    void pagingContinuesAfterNewerEvents();
    void entityLabels();
    void labelsFollowRenames();
    void fieldAndActionLabels();
    void displayRoles();
};

void TestAuditEventModel::init()
{
    QVERIFY(m_dir.isValid());
    m_clock.set(Start);
    static int counter = 0;
    m_ws = createWorkspace(
        m_dir.filePath(u"events-%1-%2.db"_s.arg(QString::fromLatin1(QTest::currentTestFunction())).arg(++counter)),
        &m_clock);
    QVERIFY(m_ws);
    // Day 0, the test officer: 1,000 systems in one action (events 1-1000).
    auto created = m_ws->connection().write(u"Create systems"_s, [](WriteTransaction& txn) -> Result<void> {
        for (int i = 1; i <= Systems; ++i) {
            AiSystem s = AiSystem::withDefaults();
            s.set(u"code"_s, code(i));
            s.set(u"name"_s, u"System %1"_s.arg(i));
            if (auto id = SystemRepository::create(txn, s); !id) {
                return id.error();
            }
        }
        return {};
    });
    QVERIFY(created);
    // Day 1, Alice: the owner of the first 200 systems (events 1001-1200).
    m_clock.set(Start + Day);
    m_ws->setActor(Alice);
    auto index = SystemRepository(m_ws->connection()).codeIndex();
    QVERIFY(index);
    auto updated = m_ws->connection().write(u"Assign owners"_s, [&](WriteTransaction& txn) -> Result<void> {
        for (int i = 1; i <= AliceUpdates; ++i) {
            const qint64 id = index->value(SystemRepository::codeKey(code(i)));
            if (auto done = SystemRepository::update(txn, id, {{u"business_owner"_s, u"Alice's team"_s}}); !done) {
                return done.error();
            }
        }
        return {};
    });
    QVERIFY(updated);
    // Day 2, Bob: 50 change-log entries for SYS-0001 (events 1201-1250), then deletes SYS-0002 (event 1251).
    m_clock.set(Start + 2 * Day);
    m_ws->setActor(Bob);
    const qint64 first = index->value(u"sys-0001"_s);
    auto logged = m_ws->connection().write(u"Back-fill change log"_s, [&](WriteTransaction& txn) -> Result<void> {
        for (int i = 1; i <= BobEntries; ++i) {
            SystemChange change{0, first, u"2025-12-01"_s, u"v%1"_s.arg(i), u"Release %1"_s.arg(i), u"Bob"_s};
            if (auto id = ChangeLogRepository::add(txn, change); !id) {
                return id.error();
            }
        }
        return {};
    });
    QVERIFY(logged);
    QVERIFY(SystemRepository(m_ws->connection()).remove(index->value(u"sys-0002"_s)));
    auto head = m_ws->connection().auditHead();
    QVERIFY(head);
    QCOMPARE(head->seq, TotalEvents);
    m_ws->setActor(testActor());
    m_clock.set(Start + 3 * Day);
}

void TestAuditEventModel::cleanup()
{
    m_ws.reset();
}

qint64 TestAuditEventModel::idOf(const QString& c)
{
    auto id = SystemRepository(m_ws->connection()).idForCode(c);
    return id && id->has_value() ? **id : 0;
}

bool TestAuditEventModel::strictlyDescending(const AuditEventModel& model)
{
    for (int row = 1; row < model.rowCount(); ++row) {
        if (model.eventAt(row)->seq >= model.eventAt(row - 1)->seq) {
            qWarning() << "row" << row << "seq" << model.eventAt(row)->seq << "after" << model.eventAt(row - 1)->seq;
            return false;
        }
    }
    return true;
}

QString TestAuditEventModel::entityText(const AuditEventModel& model, qint64 seq)
{
    const int row = model.rowOfSeq(seq);
    if (row < 0) {
        return u"<seq %1 not loaded>"_s.arg(seq);
    }
    return model.data(model.index(row, AuditEventModel::EntityColumn)).toString();
}

void TestAuditEventModel::pagesOf500NewestFirst()
{
    // No model tester here: it calls fetchMore() itself, which would hide the paging this test looks at.
    AuditEventModel model(m_ws->connection(), nullptr);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.rowCount(), 500);
    QCOMPARE(model.columnCount(), int(AuditEventModel::ColumnCount));
    QCOMPARE(model.matchingCount(), TotalEvents);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.canFetchMore(model.index(0, 0)));
    QCOMPARE(model.eventAt(0)->seq, TotalEvents);
    QCOMPARE(model.eventAt(499)->seq, TotalEvents - 499);
    QVERIFY(!model.eventAt(500));
    QVERIFY(!model.eventAt(-1));

    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.eventAt(500)->seq, TotalEvents - 500);
    QCOMPARE(model.eventAt(999)->seq, TotalEvents - 999);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 500);
    QCOMPARE(inserted.at(0).at(2).toInt(), 999);

    model.fetchMore({});
    QCOMPARE(model.rowCount(), int(TotalEvents));
    QCOMPARE(model.eventAt(int(TotalEvents) - 1)->seq, 1);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1000);
    QCOMPARE(inserted.at(1).at(2).toInt(), int(TotalEvents) - 1);

    model.fetchMore({}); // nothing left: no change
    QCOMPARE(model.rowCount(), int(TotalEvents));
    QCOMPARE(inserted.count(), 2);
    QVERIFY(strictlyDescending(model));
    QCOMPARE(model.rowOfSeq(1), int(TotalEvents) - 1);
    QCOMPARE(model.rowOfSeq(TotalEvents + 1), -1);
    QCOMPARE(model.matchingCount(), TotalEvents);

    // reload() starts again from the newest page.
    model.reload();
    QCOMPARE(model.rowCount(), 500);
    QCOMPARE(model.eventAt(0)->seq, TotalEvents);
    QVERIFY(model.canFetchMore({}));
}

void TestAuditEventModel::pageBoundaryAtExactMultiple()
{
    // Exactly 1,000 events are AI system creations: two full pages, then an empty one.
    AuditEventModel model(m_ws->connection(), nullptr);
    AuditFilter filter;
    filter.entityType = u"ai_system"_s;
    filter.action = u"create"_s;
    model.setFilter(filter);
    QCOMPARE(model.matchingCount(), Systems);
    QCOMPARE(model.rowCount(), 500);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1000);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    if (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(inserted.count(), 0);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(strictlyDescending(model));
    QCOMPARE(model.eventAt(0)->seq, Systems);
    QCOMPARE(model.eventAt(999)->seq, 1);
}

void TestAuditEventModel::filtersNarrowRowsAndCount_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("entityType");
    QTest::addColumn<QString>("entityCode"); // resolved to an id; "" for none
    QTest::addColumn<QString>("action");
    QTest::addColumn<qint64>("fromMs");
    QTest::addColumn<qint64>("toMs");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("actor Alice") << Alice.displayName << QString() << QString() << QString() << qint64(0) << qint64(0)
                                 << qint64(AliceUpdates);
    QTest::newRow("actor Bob") << Bob.displayName << QString() << QString() << QString() << qint64(0) << qint64(0)
                               << qint64(BobEntries + 1);
    QTest::newRow("unknown actor") << u"Mallory"_s << QString() << QString() << QString() << qint64(0) << qint64(0)
                                   << qint64(0);
    QTest::newRow("entity type") << QString() << u"system_change"_s << QString() << QString() << qint64(0) << qint64(0)
                                 << qint64(BobEntries);
    QTest::newRow("one system") << QString() << u"ai_system"_s << u"SYS-0001"_s << QString() << qint64(0) << qint64(0)
                                << qint64(2);
    QTest::newRow("one untouched system")
        << QString() << u"ai_system"_s << u"SYS-0500"_s << QString() << qint64(0) << qint64(0) << qint64(1);
    QTest::newRow("action delete") << QString() << QString() << QString() << u"delete"_s << qint64(0) << qint64(0)
                                   << qint64(1);
    QTest::newRow("action update") << QString() << QString() << QString() << u"update"_s << qint64(0) << qint64(0)
                                   << qint64(AliceUpdates);
    QTest::newRow("day 0 (upper bound exclusive)")
        << QString() << QString() << QString() << QString() << qint64(0) << Start + Day << qint64(Systems);
    QTest::newRow("day 1") << QString() << QString() << QString() << QString() << Start + Day << Start + 2 * Day
                           << qint64(AliceUpdates);
    QTest::newRow("from day 2 (lower bound inclusive)")
        << QString() << QString() << QString() << QString() << Start + 2 * Day << qint64(0) << qint64(BobEntries + 1);
    QTest::newRow("a millisecond before day 1")
        << QString() << QString() << QString() << QString() << Start + Day - 1 << Start + Day << qint64(0);
    QTest::newRow("Bob's creations") << Bob.displayName << QString() << QString() << u"create"_s << qint64(0)
                                     << qint64(0) << qint64(BobEntries);
    QTest::newRow("all AI system events") << QString() << u"ai_system"_s << QString() << QString() << qint64(0)
                                          << qint64(0) << qint64(Systems + AliceUpdates + 1);
}

void TestAuditEventModel::filtersNarrowRowsAndCount()
{
    QFETCH(QString, actor);
    QFETCH(QString, entityType);
    QFETCH(QString, entityCode);
    QFETCH(QString, action);
    QFETCH(qint64, fromMs);
    QFETCH(qint64, toMs);
    QFETCH(qint64, expected);

    AuditFilter filter;
    filter.actor = actor;
    filter.entityType = entityType;
    filter.entityId = entityCode.isEmpty() ? 0 : idOf(entityCode);
    filter.action = action;
    filter.fromMs = fromMs;
    filter.toMs = toMs;
    QVERIFY(entityCode.isEmpty() || filter.entityId > 0);

    AuditEventModel model(m_ws->connection(), nullptr);
    QSignalSpy counts(&model, &AuditEventModel::countsChanged);
    model.setFilter(filter);
    QVERIFY(model.filter() == filter);
    QCOMPARE(model.matchingCount(), expected);
    QCOMPARE(counts.count(), 1);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), int(expected));
    QVERIFY(strictlyDescending(model));
    for (int row = 0; row < model.rowCount(); ++row) {
        const AuditEventRecord* e = model.eventAt(row);
        QVERIFY(actor.isEmpty() || e->actor == actor);
        QVERIFY(entityType.isEmpty() || e->entityType == entityType);
        QVERIFY(filter.entityId == 0 || e->entityId == filter.entityId);
        QVERIFY(action.isEmpty() || e->action == action);
        QVERIFY(fromMs == 0 || e->atMs >= fromMs);
        QVERIFY(toMs == 0 || e->atMs < toMs);
    }

    // Setting the same filter again does not reload.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFilter(filter);
    QCOMPARE(resets.count(), 0);
    // Clearing it shows everything again.
    model.setFilter({});
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.matchingCount(), TotalEvents);
    QCOMPARE(model.eventAt(0)->seq, TotalEvents);
}

void TestAuditEventModel::modelTesterWhileFilteringAndWriting()
{
    AuditEventModel model(m_ws->connection(), m_ws->notifier());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester's own fetchMore() calls come from its slots for modelReset and rowsAboutToBeInserted, i.e. while
    // a change is in flight; Qt 6.4's tester then reports its own nested insertion as a failure. Fetching is done
    // here instead, the way a view does it: between changes.
    tester.setUseFetchMore(false);
    QVERIFY(strictlyDescending(model));

    AuditFilter filter;
    filter.actor = Alice.displayName;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), AliceUpdates);
    QVERIFY(strictlyDescending(model));

    // More matches than two pages: the tester itself fetches more while the model inserts rows.
    filter = {};
    filter.entityType = u"ai_system"_s;
    model.setFilter(filter);
    QCOMPARE(model.matchingCount(), Systems + AliceUpdates + 1);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QVERIFY(strictlyDescending(model));
    QCOMPARE(model.rowCount(), Systems + AliceUpdates + 1);

    // A write through the workspace arrives at the top.
    QVERIFY(SystemRepository(m_ws->connection()).update(idOf(u"SYS-0003"_s), {{u"notes"_s, u"checked"_s}}));
    QCOMPARE(model.rowCount(), Systems + AliceUpdates + 2);
    QCOMPARE(model.eventAt(0)->seq, TotalEvents + 1);
    QVERIFY(strictlyDescending(model));

    // A change-log write does not match the filter: no new row.
    ChangeLogRepository log(m_ws->connection());
    QVERIFY(log.add({0, idOf(u"SYS-0003"_s), u"2026-01-04"_s, u"v2"_s, {}, {}}, u"SYS-0003"_s));
    QCOMPARE(model.rowCount(), Systems + AliceUpdates + 2);
    QCOMPARE(model.matchingCount(), Systems + AliceUpdates + 2);

    model.setFilter({});
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), int(TotalEvents) + 2);
    QVERIFY(strictlyDescending(model));
    model.reload();
    QVERIFY(strictlyDescending(model));
}

void TestAuditEventModel::newWritesAppearAtTheTop()
{
    AuditEventModel model(m_ws->connection(), m_ws->notifier());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy counts(&model, &AuditEventModel::countsChanged);
    const int rowsBefore = model.rowCount();
    const qint64 id = idOf(u"SYS-0010"_s);
    m_clock.advance(1234);

    QVERIFY(SystemRepository(m_ws->connection()).update(id, {{u"criticality"_s, u"high"_s}}));
    QCOMPARE(model.rowCount(), rowsBefore + 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 0);
    QVERIFY(counts.count() >= 1);
    const AuditEventRecord* newest = model.eventAt(0);
    QCOMPARE(newest->seq, TotalEvents + 1);
    QCOMPARE(newest->action, u"update"_s);
    QCOMPARE(newest->entityId, id);
    QCOMPARE(newest->actor, testActor().displayName);
    QCOMPARE(newest->atMs, Start + 3 * Day + 1234);
    QCOMPARE(model.eventAt(1)->seq, TotalEvents);
    QCOMPARE(model.matchingCount(), TotalEvents + 1);

    // One transaction with three events: three rows at once, newest first.
    auto written = m_ws->connection().write(u"Three"_s, [&](WriteTransaction& txn) -> Result<void> {
        for (const QString& note : {u"a"_s, u"b"_s, u"c"_s}) {
            if (auto done = SystemRepository::update(txn, id, {{u"notes"_s, note}}); !done) {
                return done.error();
            }
        }
        return {};
    });
    QVERIFY(written);
    QCOMPARE(model.rowCount(), rowsBefore + 4);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.last().at(2).toInt(), 2);
    QCOMPARE(model.eventAt(0)->seq, TotalEvents + 4);
    QCOMPARE(model.eventAt(2)->seq, TotalEvents + 2);
    QVERIFY(strictlyDescending(model));

    // A write that records nothing (no real change) adds no row.
    QVERIFY(SystemRepository(m_ws->connection()).update(id, {{u"notes"_s, u"c"_s}}));
    QCOMPARE(model.rowCount(), rowsBefore + 4);
    QCOMPARE(inserted.count(), 2);
}

void TestAuditEventModel::newWritesRespectTheFilter()
{
    AuditEventModel model(m_ws->connection(), m_ws->notifier());
    AuditFilter filter;
    filter.actor = Alice.displayName;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), AliceUpdates);

    // The test officer's write is not Alice's.
    QVERIFY(SystemRepository(m_ws->connection()).update(idOf(u"SYS-0020"_s), {{u"notes"_s, u"x"_s}}));
    QCOMPARE(model.rowCount(), AliceUpdates);
    QCOMPARE(model.matchingCount(), AliceUpdates);

    m_ws->setActor(Alice);
    QVERIFY(SystemRepository(m_ws->connection()).update(idOf(u"SYS-0020"_s), {{u"notes"_s, u"y"_s}}));
    QCOMPARE(model.rowCount(), AliceUpdates + 1);
    QCOMPARE(model.matchingCount(), AliceUpdates + 1);
    QCOMPARE(model.eventAt(0)->seq, TotalEvents + 2);
    QCOMPARE(model.eventAt(0)->actor, Alice.displayName);
    QVERIFY(strictlyDescending(model));
}

void TestAuditEventModel::pagingContinuesAfterNewerEvents()
{
    // Only the first page is loaded when a new event arrives; the next page still continues where the first one
    // ended, without gaps or repeats.
    AuditEventModel model(m_ws->connection(), m_ws->notifier());
    QCOMPARE(model.rowCount(), 500);
    QVERIFY(SystemRepository(m_ws->connection()).update(idOf(u"SYS-0030"_s), {{u"notes"_s, u"x"_s}}));
    QCOMPARE(model.rowCount(), 501);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1001);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), int(TotalEvents) + 1);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(strictlyDescending(model));
    QSet<qint64> seqs;
    for (int row = 0; row < model.rowCount(); ++row) {
        seqs.insert(model.eventAt(row)->seq);
    }
    QCOMPARE(seqs.size(), int(TotalEvents) + 1);
}

void TestAuditEventModel::entityLabels()
{
    AuditEventModel model(m_ws->connection(), m_ws->notifier());
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    // Event 1 created SYS-0001; event 2 created SYS-0002, which event 1251 deleted.
    QCOMPARE(entityText(model, 1), u"AI system SYS-0001 System 1"_s);
    QCOMPARE(entityText(model, 2), u"AI system SYS-0002 System 2"_s);
    QCOMPARE(entityText(model, TotalEvents), u"AI system SYS-0002 System 2"_s);
    QCOMPARE(model.eventAt(0)->action, u"delete"_s);
    QCOMPARE(model.entityLabel(u"ai_system"_s, model.eventAt(0)->entityId), u"SYS-0002 System 2"_s);
    // A change-log entry names its system.
    const AuditEventRecord* entry = model.eventAt(model.rowOfSeq(Systems + AliceUpdates + 1));
    QVERIFY(entry);
    QCOMPARE(entry->entityType, u"system_change"_s);
    QCOMPARE(entityText(model, entry->seq), u"Change log entry %1 of SYS-0001 System 1"_s.arg(entry->entityId));
    // Something never recorded.
    QCOMPARE(model.entityLabel(u"ai_system"_s, 999999), u"#999999"_s);

    // Deleting SYS-0001 (and with it its change log) keeps every label.
    QVERIFY(SystemRepository(m_ws->connection()).remove(idOf(u"SYS-0001"_s)));
    QCOMPARE(model.rowCount(), int(TotalEvents) + BobEntries + 1);
    QCOMPARE(entityText(model, 1), u"AI system SYS-0001 System 1"_s);
    QCOMPARE(entityText(model, model.eventAt(0)->seq), u"AI system SYS-0001 System 1"_s);
    QCOMPARE(entityText(model, entry->seq), u"Change log entry %1 of SYS-0001 System 1"_s.arg(entry->entityId));
}

void TestAuditEventModel::labelsFollowRenames()
{
    AuditEventModel model(m_ws->connection(), m_ws->notifier());
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(entityText(model, 3), u"AI system SYS-0003 System 3"_s); // cached now
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(SystemRepository(m_ws->connection())
                .update(idOf(u"SYS-0003"_s), {{u"code"_s, u"CV-03"_s}, {u"name"_s, u"Zoë's screening"_s}}));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(entityText(model, 3), u"AI system CV-03 Zoë's screening"_s);
    QCOMPARE(entityText(model, TotalEvents + 1), u"AI system CV-03 Zoë's screening"_s);
    // Deleted after the rename: the newest name is kept.
    QVERIFY(SystemRepository(m_ws->connection()).remove(idOf(u"CV-03"_s)));
    QCOMPARE(entityText(model, 3), u"AI system CV-03 Zoë's screening"_s);
}

void TestAuditEventModel::fieldAndActionLabels()
{
    QCOMPARE(AuditEventModel::fieldLabel(u"ai_system"_s, u"business_owner"_s), u"Business owner"_s);
    QCOMPARE(AuditEventModel::fieldLabel(u"ai_system"_s, u"ai_act_tier"_s), u"EU AI Act risk tier"_s);
    QCOMPARE(AuditEventModel::fieldLabel(u"ai_system"_s, u"next_review"_s), u"Next review"_s);
    QCOMPARE(AuditEventModel::fieldLabel(u"ai_system"_s, u"no_such_field"_s), u"no_such_field"_s);
    QCOMPARE(AuditEventModel::fieldLabel(u"system_change"_s, u"system_id"_s), u"AI system"_s);
    QCOMPARE(AuditEventModel::fieldLabel(u"system_change"_s, u"changed_on"_s), u"Date"_s);
    QCOMPARE(AuditEventModel::fieldLabel(u"system_change"_s, u"model_version"_s), u"Model version"_s);
    QCOMPARE(AuditEventModel::fieldLabel(u"system_change"_s, u"description"_s), u"What changed"_s);
    QCOMPARE(AuditEventModel::fieldLabel(u"system_change"_s, u"validated_by"_s), u"Validated by"_s);
    // A field key of one record type is not a label of another.
    QCOMPARE(AuditEventModel::fieldLabel(u"system_change"_s, u"business_owner"_s), u"business_owner"_s);
    QCOMPARE(AuditEventModel::fieldLabel(u"other"_s, u"name"_s), u"name"_s);

    QCOMPARE(AuditEventModel::actionLabel(u"create"_s), u"Created"_s);
    QCOMPARE(AuditEventModel::actionLabel(u"update"_s), u"Changed"_s);
    QCOMPARE(AuditEventModel::actionLabel(u"delete"_s), u"Deleted"_s);
    QCOMPARE(AuditEventModel::actionLabel(u"frobnicate"_s), u"frobnicate"_s);
    QCOMPARE(AuditEventModel::entityTypeLabel(u"ai_system"_s), u"AI system"_s);
    QCOMPARE(AuditEventModel::entityTypeLabel(u"system_change"_s), u"Change log entry"_s);
    QCOMPARE(AuditEventModel::entityTypeLabel(u"risk"_s), u"Risk"_s);
    QCOMPARE(AuditEventModel::entityTypeLabel(u"interview_answer"_s), u"Interview answer"_s);
    QCOMPARE(AuditEventModel::entityTypeLabel(u"workspace_export"_s), u"Workspace export"_s);
    // A kind of record this version does not know is shown as recorded.
    QCOMPARE(AuditEventModel::entityTypeLabel(u"future_thing"_s), u"future_thing"_s);

    // The fields column lists the changed fields by label.
    AuditEventModel model(m_ws->connection(), m_ws->notifier());
    QVERIFY(SystemRepository(m_ws->connection())
                .update(idOf(u"SYS-0004"_s), {{u"criticality"_s, u"low"_s}, {u"business_owner"_s, u"Ann"_s}}));
    QCOMPARE(model.data(model.index(0, AuditEventModel::FieldsColumn)).toString(), u"Business owner, Criticality"_s);
    QCOMPARE(model.data(model.index(0, AuditEventModel::ActionColumn)).toString(), u"Changed"_s);
    QCOMPARE(model.data(model.index(0, AuditEventModel::ActionColumn), AuditEventModel::ActionRole).toString(),
             u"update"_s);
    const int entryRow = model.rowOfSeq(Systems + AliceUpdates + BobEntries);
    QVERIFY(entryRow >= 0);
    QCOMPARE(model.data(model.index(entryRow, AuditEventModel::FieldsColumn)).toString(),
             u"AI system, Date, Model version, What changed, Validated by"_s); // in form order
}

void TestAuditEventModel::displayRoles()
{
    AuditEventModel model(m_ws->connection(), nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // see modelTesterWhileFilteringAndWriting()
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    const int aliceRow = model.rowOfSeq(Systems + 1);
    QVERIFY(aliceRow >= 0);
    const int firstRow = model.rowOfSeq(1);
    QVERIFY(firstRow >= 0);
    auto at = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };

    QCOMPARE(at(aliceRow, AuditEventModel::SeqColumn).toLongLong(), Systems + 1);
    QCOMPARE(at(aliceRow, AuditEventModel::SeqColumn, AuditEventModel::SeqRole).toLongLong(), Systems + 1);
    QCOMPARE(at(aliceRow, AuditEventModel::ActorColumn).toString(), Alice.displayName);
    QCOMPARE(at(aliceRow, AuditEventModel::ActorColumn, Qt::ToolTipRole).toString(),
             u"Alice Auditor (account alice)"_s);
    QCOMPARE(at(aliceRow, AuditEventModel::ReasonColumn).toString(), u"Assign owners"_s);
    QCOMPARE(at(aliceRow, AuditEventModel::TimeColumn, Qt::ToolTipRole).toString(), u"2026-01-02T00:00:00.000Z"_s);
    QCOMPARE(at(firstRow, AuditEventModel::TimeColumn, Qt::ToolTipRole).toString(), u"2026-01-01T00:00:00.000Z"_s);
    QCOMPARE(at(firstRow, AuditEventModel::ActionColumn).toString(), u"Created"_s);
    QVERIFY(at(firstRow, AuditEventModel::TimeColumn).toString().startsWith(u"202"_s));
    QCOMPARE(Qt::Alignment(at(0, AuditEventModel::SeqColumn, Qt::TextAlignmentRole).toInt()),
             Qt::AlignRight | Qt::AlignVCenter);
    QVERIFY(!model.data(model.index(model.rowCount(), 0)).isValid());

    QCOMPARE(model.headerData(AuditEventModel::ActorColumn, Qt::Horizontal).toString(), u"Who"_s);
    QCOMPARE(model.headerData(AuditEventModel::EntityColumn, Qt::Horizontal).toString(), u"Record"_s);
    QCOMPARE(model.headerData(AuditEventModel::FieldsColumn, Qt::Horizontal).toString(), u"Fields"_s);
}

QTEST_GUILESS_MAIN(TestAuditEventModel)
#include "TestAuditEventModel.moc"
