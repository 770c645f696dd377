// The audit trail: every change recorded with its field-level diff, the chain verifies, tampering is detected
// and named, and the database itself refuses edits of the trail and changes that bypass it.

#include "TestSupport.h"
#include "audit/AuditHash.h"
#include "audit/AuditVerifier.h"
#include "storage/AuditRepository.h"
#include "storage/ChangeLogRepository.h"
#include "storage/ConnectionPrivate.h"
#include "storage/SystemRepository.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

class TestAuditTrail : public QObject
{
    Q_OBJECT

private:
    // A scripted series: 3 creates, 4 updates (one a no-op), a change-log entry, a retire and a hard delete.
    // Returns the number of events it must have produced.
    qint64 script(Workspace& ws);
    QString m_db;
    QTemporaryDir m_dir;
    ManualClock m_clock;

private Q_SLOTS:
    void init();
    void knownAnswerHash();
    void recordsEveryChangeWithDiff();
    void verifiesIntactChain();
    void detectsChangedEvent();
    void detectsDeletedEvent();
    void detectsForgedEventAtEnd();
    void detectsInsertedEventInTheMiddle();
    void detectsReorderedEvents();
    void databaseRefusesUpdateAndDeleteOfEvents();
    void databaseRefusesChangesAroundTheTrail();
    void databaseRefusesForeignAppends();
    void detectsRecordChangedAroundTheTrail();
    void detectsRecordRemovedOrAddedAroundTheTrail();
    void detectsCutOffEndThroughTheRecords();
    void detectsRemovedGuard();
    void detectsEventNumberedBeforeTheFirst();
    void failedWriteLeavesNoEvent();
    void verifyCanBeCancelled();
};

void TestAuditTrail::init()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"audit-%1.db"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    // The "detects…" cases break the chain on purpose; in the encrypted run every other workspace must close with
    // its chain intact (Workspace checks it).
    Workspace::setTestTamperingExpected(QByteArray(QTest::currentTestFunction()).startsWith("detects"));
}

qint64 TestAuditTrail::script(Workspace& ws)
{
    SystemRepository repo(ws.connection());
    AiSystem a = AiSystem::withDefaults();
    a.set(u"code"_s, u"FRAUD-01"_s);
    a.set(u"name"_s, u"Fraud detection"_s);
    a.set(u"business_owner"_s, u"Payments"_s);
    auto idA = repo.create(a);
    m_clock.advance(1000);
    AiSystem b = AiSystem::withDefaults();
    b.set(u"code"_s, u"CHAT-01"_s);
    b.set(u"name"_s, u"Customer chatbot"_s);
    auto idB = repo.create(b);
    m_clock.advance(1000);
    AiSystem c = AiSystem::withDefaults();
    c.set(u"code"_s, u"CV-01"_s);
    c.set(u"name"_s, u"CV screening"_s);
    auto idC = repo.create(c);
    if (!idA || !idB || !idC) {
        return -1;
    }
    m_clock.advance(1000);
    (void)repo.update(*idA, {{u"business_owner"_s, u"Payments Risk"_s}, {u"criticality"_s, u"high"_s}});
    (void)repo.update(*idB, {{u"lifecycle"_s, u"production"_s}});
    (void)repo.update(*idB, {{u"lifecycle"_s, u"production"_s}}); // no change: no event
    (void)repo.update(*idC, {{u"notes"_s, u"Bias test pending"_s}});
    ChangeLogRepository log(ws.connection());
    (void)log.add(SystemChange{0, *idA, u"2026-01-05"_s, u"v2.1"_s, u"Retrained on Q4 data"_s, u"M. Rossi"_s},
                  u"FRAUD-01"_s);
    (void)repo.retire(*idB);
    (void)repo.remove(*idC);
    return 3 + 3 + 1 + 1 + 1; // creates, real updates, change log, retire, delete
}

void TestAuditTrail::knownAnswerHash()
{
    // Cross-checked with an independent implementation (Python hashlib) of the documented canonical form.
    AuditEventFields e;
    e.seq = 1;
    e.atMs = 1767225600000;
    e.actor = "Test Officer";
    e.osAccount = "tester";
    e.action = "create";
    e.entityType = "ai_system";
    e.entityId = 1;
    e.changes = R"({"code":[null,"A-1"]})";
    e.reason = "Create AI system A-1";
    e.batch = "b";
    const QByteArray state(32, '\x11');
    e.stateHash = state;
    const QByteArray prev(32, '\0');
    e.prevHash = prev;
    QCOMPARE(AuditHash::compute(e).toHex(),
             QByteArray("9526af20e9585a17634ba0bc3c13d4728e1862bc791482048fa880beb9910656"));
}

void TestAuditTrail::recordsEveryChangeWithDiff()
{
    auto ws = createWorkspace(m_db, &m_clock);
    QVERIFY(ws);
    const qint64 expected = script(*ws);
    QVERIFY(expected > 0);
    AuditRepository audit(ws->connection());
    auto events = audit.page({}, 0, 100);
    QVERIFY(events);
    QCOMPARE(events->size(), expected);

    // Newest first: the hard delete of CV-01 (its before values recorded), then the retire.
    const AuditEventRecord& del = events->at(0);
    QCOMPARE(del.action, u"delete"_s);
    QCOMPARE(del.entityType, u"ai_system"_s);
    QCOMPARE(del.actor, u"Test Officer"_s);
    QCOMPARE(del.osAccount, u"tester"_s);
    bool sawNotes = false;
    for (const FieldChange& change : del.fieldChanges()) {
        QVERIFY(change.after.isNull());
        if (change.field == u"notes"_s) {
            QCOMPARE(change.before.toString(), u"Bias test pending"_s);
            sawNotes = true;
        }
    }
    QVERIFY(sawNotes);
    const AuditEventRecord& retire = events->at(1);
    QCOMPARE(retire.action, u"update"_s);
    QCOMPARE(retire.fieldChanges().size(), 1);
    QCOMPARE(retire.fieldChanges().first().field, u"lifecycle"_s);
    QCOMPARE(retire.fieldChanges().first().before.toString(), u"production"_s);
    QCOMPARE(retire.fieldChanges().first().after.toString(), u"retired"_s);
    QVERIFY(retire.reason.startsWith(u"Retire AI system CHAT-01"_s));

    // The two-field update records exactly the two fields, before and after.
    const AuditEventRecord& first = events->last();
    QCOMPARE(first.seq, 1);
    QCOMPARE(first.atMs, 1767225600000);
    const AuditEventRecord& edit = events->at(events->size() - 4);
    QCOMPARE(edit.action, u"update"_s);
    const QJsonObject diff = QJsonDocument::fromJson(edit.changes.toUtf8()).object();
    QCOMPARE(diff.keys(), (QStringList{u"business_owner"_s, u"criticality"_s}));
    QCOMPARE(diff.value(u"business_owner"_s).toArray().at(0).toString(), u"Payments"_s);
    QCOMPARE(diff.value(u"business_owner"_s).toArray().at(1).toString(), u"Payments Risk"_s);
    QCOMPARE(edit.atMs, 1767225600000 + 3000);

    // Each event links to the previous one.
    for (int i = 0; i + 1 < events->size(); ++i) {
        QCOMPARE(events->at(i).prevHash, events->at(i + 1).hash);
    }
}

void TestAuditTrail::verifiesIntactChain()
{
    auto ws = createWorkspace(m_db, &m_clock);
    QVERIFY(ws);
    const qint64 expected = script(*ws);
    auto result = AuditVerifier::verify(ws->connection());
    QVERIFY(result);
    QVERIFY(result->intact);
    QCOMPARE(result->eventCount, expected);
    auto head = ws->connection().auditHead();
    QVERIFY(head);
    QCOMPARE(result->headHash, head->hash);
    QCOMPARE(result->summary(),
             u"intact: %1 events, head %2"_s.arg(expected).arg(QString::fromLatin1(head->hash.toHex())));
}

// Tampering happens the way an attacker would do it: the sqlite3 shell, with the guard triggers dropped.
static const char DropGuards[] = "DROP TRIGGER audit_events_append_only_update;\n"
                                 "DROP TRIGGER audit_events_append_only_delete;\n"
                                 "DROP TRIGGER audit_events_extend_chain;\n";

void TestAuditTrail::detectsChangedEvent()
{
    {
        auto ws = createWorkspace(m_db, &m_clock);
        QVERIFY(ws);
        script(*ws);
    }
    auto shell = sqliteShell(
        m_db, QString::fromLatin1(DropGuards) + u"UPDATE audit_events SET actor = 'Mallory' WHERE seq = 5;"_s);
    QCOMPARE(shell.exitCode, 0);
    auto ws = openWorkspace(m_db);
    QVERIFY(ws);
    auto result = AuditVerifier::verify(ws->connection());
    QVERIFY(result);
    QVERIFY(!result->intact);
    QCOMPARE(result->firstBadSeq, 5);
    QCOMPARE(result->problem, AuditVerification::Problem::Changed);
    QCOMPARE(result->eventCount, 4);
    QVERIFY2(result->summary().startsWith(u"broken at event 5 (changed)"_s), qPrintable(result->summary()));
}

void TestAuditTrail::detectsDeletedEvent()
{
    {
        auto ws = createWorkspace(m_db, &m_clock);
        QVERIFY(ws);
        script(*ws);
    }
    auto shell = sqliteShell(m_db, QString::fromLatin1(DropGuards) + u"DELETE FROM audit_events WHERE seq = 3;"_s);
    QCOMPARE(shell.exitCode, 0);
    auto ws = openWorkspace(m_db);
    QVERIFY(ws);
    auto result = AuditVerifier::verify(ws->connection());
    QVERIFY(result);
    QVERIFY(!result->intact);
    QCOMPARE(result->firstBadSeq, 3);
    QCOMPARE(result->problem, AuditVerification::Problem::Missing);
}

void TestAuditTrail::detectsForgedEventAtEnd()
{
    qint64 count = 0;
    {
        auto ws = createWorkspace(m_db, &m_clock);
        QVERIFY(ws);
        count = script(*ws);
    }
    // A forged event appended by hand: plausible fields, a made-up hash, the right predecessor link even.
    auto shell =
        sqliteShell(m_db,
                    QString::fromLatin1(DropGuards) +
                        u"INSERT INTO audit_events SELECT seq + 1, at_ms + 1, 'Test Officer', 'tester', "
                        "'update', 'ai_system', entity_id, '{\"notes\":[\"\",\"all fine\"]}', 'Edit', "
                        "batch, state_hash, hash, randomblob(32) FROM audit_events ORDER BY seq DESC LIMIT 1;"_s);
    QCOMPARE(shell.exitCode, 0);
    auto ws = openWorkspace(m_db);
    QVERIFY(ws);
    auto result = AuditVerifier::verify(ws->connection());
    QVERIFY(result);
    QVERIFY(!result->intact);
    QCOMPARE(result->firstBadSeq, count + 1);
}

void TestAuditTrail::detectsInsertedEventInTheMiddle()
{
    {
        auto ws = createWorkspace(m_db, &m_clock);
        QVERIFY(ws);
        script(*ws);
    }
    // Make room after event 4 by renumbering the later events, then insert a forged event 5.
    auto shell = sqliteShell(
        m_db,
        QString::fromLatin1(DropGuards) +
            u"UPDATE audit_events SET seq = seq + 1000000 WHERE seq > 4;\n"
            "UPDATE audit_events SET seq = seq - 1000000 + 1 WHERE seq > 1000000;\n"
            "INSERT INTO audit_events SELECT 5, at_ms, actor, os_account, 'update', entity_type, "
            "entity_id, '{\"criticality\":[\"\",\"low\"]}', reason, batch, state_hash, hash, randomblob(32) "
            "FROM audit_events WHERE seq = 4;"_s);
    QCOMPARE(shell.exitCode, 0);
    auto ws = openWorkspace(m_db);
    QVERIFY(ws);
    auto result = AuditVerifier::verify(ws->connection());
    QVERIFY(result);
    QVERIFY(!result->intact);
    QCOMPARE(result->firstBadSeq, 5);
    QCOMPARE(result->problem, AuditVerification::Problem::Inserted);
}

void TestAuditTrail::detectsReorderedEvents()
{
    {
        auto ws = createWorkspace(m_db, &m_clock);
        QVERIFY(ws);
        script(*ws);
    }
    auto shell = sqliteShell(m_db,
                             QString::fromLatin1(DropGuards) + u"UPDATE audit_events SET seq = 100 WHERE seq = 4;\n"
                                                               "UPDATE audit_events SET seq = 4 WHERE seq = 5;\n"
                                                               "UPDATE audit_events SET seq = 5 WHERE seq = 100;"_s);
    QCOMPARE(shell.exitCode, 0);
    auto ws = openWorkspace(m_db);
    QVERIFY(ws);
    auto result = AuditVerifier::verify(ws->connection());
    QVERIFY(result);
    QVERIFY(!result->intact);
    QCOMPARE(result->firstBadSeq, 4);
    QCOMPARE(result->problem, AuditVerification::Problem::Reordered);
}

void TestAuditTrail::databaseRefusesUpdateAndDeleteOfEvents()
{
    {
        auto ws = createWorkspace(m_db, &m_clock);
        QVERIFY(ws);
        script(*ws);
    }
    auto update = sqliteShell(m_db, u"UPDATE audit_events SET actor = 'Mallory' WHERE seq = 2;"_s);
    QVERIFY(update.exitCode != 0);
    QVERIFY2(update.err.contains(u"append-only"_s), qPrintable(update.err));
    auto remove = sqliteShell(m_db, u"DELETE FROM audit_events WHERE seq = 2;"_s);
    QVERIFY(remove.exitCode != 0);
    QVERIFY2(remove.err.contains(u"append-only"_s), qPrintable(remove.err));
    auto removeAll = sqliteShell(m_db, u"DELETE FROM audit_events;"_s);
    QVERIFY(removeAll.exitCode != 0);

    // Also through Attest's own connection.
    auto ws = openWorkspace(m_db);
    QVERIFY(ws);
    const ConnectionPrivate& c = ConnectionPrivate::get(ws->connection());
    QSqlQuery q(c.db);
    QVERIFY(!q.exec(u"UPDATE audit_events SET reason = 'x' WHERE seq = 1"_s));
    QVERIFY(q.lastError().text().contains(u"append-only"_s));
    QVERIFY(!q.exec(u"DELETE FROM audit_events WHERE seq = 1"_s));
    auto result = AuditVerifier::verify(ws->connection());
    QVERIFY(result && result->intact);
}

void TestAuditTrail::databaseRefusesChangesAroundTheTrail()
{
    auto ws = createWorkspace(m_db, &m_clock);
    QVERIFY(ws);
    script(*ws);
    const ConnectionPrivate& c = ConnectionPrivate::get(ws->connection());
    QSqlQuery q(c.db);
    // Direct SQL on a governance table, without its audit event, fails in the database.
    QVERIFY(!q.exec(u"UPDATE ai_systems SET name = 'Sneaky' WHERE code = 'FRAUD-01'"_s));
    QVERIFY2(q.lastError().text().contains(u"audit trail"_s), qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(u"DELETE FROM ai_systems WHERE code = 'FRAUD-01'"_s));
    QVERIFY(!q.exec(u"INSERT INTO ai_systems (id, code, name, created_ms, updated_ms, audit_seq) "
                    "VALUES (9999, 'X', 'X', 0, 0, 1)"_s));
    QVERIFY(!q.exec(u"DELETE FROM system_changes"_s));
    // Reusing an old event does not help either.
    QVERIFY(!q.exec(u"UPDATE ai_systems SET name = 'Sneaky', audit_seq = audit_seq WHERE code = 'FRAUD-01'"_s));

    // And from another SQL client.
    ws.reset();
    auto shell = sqliteShell(m_db, u"UPDATE ai_systems SET name = 'Sneaky' WHERE code = 'FRAUD-01';"_s);
    QVERIFY(shell.exitCode != 0);
    auto check = sqliteShell(m_db, u"SELECT name FROM ai_systems WHERE code = 'FRAUD-01';"_s);
    QCOMPARE(check.out.trimmed(), u"Fraud detection"_s);
}

void TestAuditTrail::databaseRefusesForeignAppends()
{
    {
        auto ws = createWorkspace(m_db, &m_clock);
        QVERIFY(ws);
        script(*ws);
    }
    // Outside Attest the chain function does not exist, so no event can be appended (and thus no change made).
    auto shell = sqliteShell(m_db,
                             u"INSERT INTO audit_events SELECT seq + 1, at_ms, actor, os_account, action, "
                             "entity_type, entity_id, changes, reason, batch, state_hash, hash, hash FROM audit_events "
                             "ORDER BY seq DESC LIMIT 1;"_s);
    QVERIFY(shell.exitCode != 0);
    QVERIFY2(shell.err.contains(u"attest_audit_hash"_s), qPrintable(shell.err));

    // Inside Attest, an event that does not extend the chain is refused by the trigger.
    auto ws = openWorkspace(m_db);
    QVERIFY(ws);
    const ConnectionPrivate& c = ConnectionPrivate::get(ws->connection());
    QSqlQuery q(c.db);
    QVERIFY(!q.exec(u"INSERT INTO audit_events SELECT seq + 1, at_ms, actor, os_account, action, entity_type, "
                    "entity_id, changes, reason, batch, state_hash, hash, hash FROM audit_events ORDER BY seq DESC "
                    "LIMIT 1"_s));
    QVERIFY2(q.lastError().text().contains(u"extend the hash chain"_s), qPrintable(q.lastError().text()));
}

// The reviewer's scenario: drop the guard, change a record, put the guard back. The chain is untouched, but the
// record no longer matches the state its last event recorded.
void TestAuditTrail::detectsRecordChangedAroundTheTrail()
{
    {
        auto ws = createWorkspace(m_db, &m_clock);
        QVERIFY(ws);
        script(*ws);
    }
    auto trigger = sqliteShell(m_db, u"SELECT sql FROM sqlite_schema WHERE name = 'ai_systems_audited_update';"_s);
    QCOMPARE(trigger.exitCode, 0);
    auto shell = sqliteShell(m_db,
                             u"DROP TRIGGER ai_systems_audited_update;\n"
                             "UPDATE ai_systems SET ai_act_tier = 'minimal' WHERE code = 'FRAUD-01';\n"_s +
                                 trigger.out.trimmed() + u";"_s);
    QVERIFY2(shell.exitCode == 0, qPrintable(shell.err));
    auto ws = openWorkspace(m_db);
    QVERIFY(ws);
    auto result = AuditVerifier::verify(ws->connection());
    QVERIFY(result);
    QVERIFY(!result->intact);
    QCOMPARE(result->problem, AuditVerification::Problem::RecordMismatch);
    QVERIFY2(result->explanation.contains(u"FRAUD-01"_s), qPrintable(result->explanation));
    QVERIFY2(result->summary().startsWith(u"broken at event "_s), qPrintable(result->summary()));
}

void TestAuditTrail::detectsRecordRemovedOrAddedAroundTheTrail()
{
    {
        auto ws = createWorkspace(m_db, &m_clock);
        QVERIFY(ws);
        script(*ws);
    }
    // A record removed without a deletion event (an UPDATE OR REPLACE would do the same).
    QString removed = m_dir.filePath(u"removed.db"_s);
    QVERIFY(QFile::copy(m_db, removed));
    QCOMPARE(sqliteShell(removed,
                         u"DROP TRIGGER ai_systems_audited_delete; DROP TRIGGER system_changes_audited_delete; "
                         "DELETE FROM ai_systems WHERE code = 'CHAT-01';"_s)
                 .exitCode,
             0);
    {
        auto ws = openWorkspace(removed);
        QVERIFY(ws);
        auto result = AuditVerifier::verify(ws->connection());
        QVERIFY(result && !result->intact);
        QCOMPARE(result->problem, AuditVerification::Problem::RecordMismatch);
        QVERIFY2(result->explanation.contains(u"removed outside Attest"_s), qPrintable(result->explanation));
    }
    // A record added without an event, borrowing an old event number.
    QString added = m_dir.filePath(u"added.db"_s);
    QVERIFY(QFile::copy(m_db, added));
    QCOMPARE(sqliteShell(added,
                         u"DROP TRIGGER ai_systems_audited_insert; INSERT INTO ai_systems (id, code, name, created_ms, "
                         "updated_ms, audit_seq) VALUES (9999, 'GHOST-1', 'Ghost', 0, 0, 1);"_s)
                 .exitCode,
             0);
    auto ws = openWorkspace(added);
    QVERIFY(ws);
    auto result = AuditVerifier::verify(ws->connection());
    QVERIFY(result && !result->intact);
    QCOMPARE(result->problem, AuditVerification::Problem::RecordMismatch);
    QVERIFY2(result->explanation.contains(u"GHOST-1"_s), qPrintable(result->explanation));
}

void TestAuditTrail::detectsCutOffEndThroughTheRecords()
{
    qint64 count = 0;
    {
        auto ws = createWorkspace(m_db, &m_clock);
        QVERIFY(ws);
        count = script(*ws);
    }
    // The last two events removed: the chain alone still holds together, but records point past its end.
    QCOMPARE(
        sqliteShell(
            m_db,
            u"DROP TRIGGER audit_events_append_only_delete; DELETE FROM audit_events WHERE seq > %1;"_s.arg(count - 2))
            .exitCode,
        0);
    auto ws = openWorkspace(m_db);
    QVERIFY(ws);
    auto result = AuditVerifier::verify(ws->connection());
    QVERIFY(result && !result->intact);
    QVERIFY(result->problem == AuditVerification::Problem::RecordMismatch ||
            result->problem == AuditVerification::Problem::GuardMissing);
}

void TestAuditTrail::detectsRemovedGuard()
{
    {
        auto ws = createWorkspace(m_db, &m_clock);
        QVERIFY(ws);
        script(*ws);
    }
    QCOMPARE(sqliteShell(m_db, u"DROP TRIGGER system_changes_audited_update;"_s).exitCode, 0);
    auto ws = openWorkspace(m_db);
    QVERIFY(ws);
    auto result = AuditVerifier::verify(ws->connection());
    QVERIFY(result && !result->intact);
    QCOMPARE(result->problem, AuditVerification::Problem::GuardMissing);
    QVERIFY(result->explanation.contains(u"system_changes_audited_update"_s));
    QCOMPARE(result->summary(), u"broken (guard missing)"_s);
}

void TestAuditTrail::detectsEventNumberedBeforeTheFirst()
{
    {
        auto ws = createWorkspace(m_db, &m_clock);
        QVERIFY(ws);
        script(*ws);
    }
    // The table refuses numbers below 1 even without the triggers; rebuilding it without the CHECK allows one.
    auto shell = sqliteShell(m_db,
                             QString::fromLatin1(DropGuards) +
                                 u"PRAGMA writable_schema = ON;\n"
                                 "UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (seq > 0)', '') "
                                 "WHERE name = 'audit_events';\n"
                                 "PRAGMA writable_schema = OFF;\n"_s);
    QVERIFY2(shell.exitCode == 0, qPrintable(shell.err));
    shell = sqliteShell(m_db,
                        u"INSERT INTO audit_events SELECT 0, at_ms, 'CISO', os_account, 'update', entity_type, "
                        "entity_id, '{\"ai_act_tier\":[\"high\",\"minimal\"]}', 'Approved reclassification', "
                        "batch, state_hash, prev_hash, hash FROM audit_events WHERE seq = 1;"_s);
    QVERIFY2(shell.exitCode == 0, qPrintable(shell.err));
    auto ws = openWorkspace(m_db);
    QVERIFY(ws);
    auto result = AuditVerifier::verify(ws->connection());
    QVERIFY(result && !result->intact);
    QCOMPARE(result->problem, AuditVerification::Problem::Inserted);
    QVERIFY2(result->explanation.contains(u"numbered 0"_s), qPrintable(result->explanation));
}

void TestAuditTrail::failedWriteLeavesNoEvent()
{
    auto ws = createWorkspace(m_db, &m_clock);
    QVERIFY(ws);
    const qint64 expected = script(*ws);
    SystemRepository repo(ws->connection());
    // Two creates in one action, the second invalid: neither the first system nor any event remains.
    auto result = ws->connection().write(u"Batch"_s, [&](WriteTransaction& txn) -> Result<void> {
        AiSystem ok = AiSystem::withDefaults();
        ok.set(u"code"_s, u"OK-1"_s);
        ok.set(u"name"_s, u"Fine"_s);
        if (auto created = SystemRepository::create(txn, ok); !created) {
            return created.error();
        }
        AiSystem bad = AiSystem::withDefaults();
        bad.set(u"code"_s, u"FRAUD-01"_s); // duplicate
        bad.set(u"name"_s, u"Clash"_s);
        if (auto created = SystemRepository::create(txn, bad); !created) {
            return created.error();
        }
        return {};
    });
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Validation);
    auto head = ws->connection().auditHead();
    QVERIFY(head);
    QCOMPARE(head->seq, expected);
    auto found = repo.idForCode(u"OK-1"_s);
    QVERIFY(found);
    QVERIFY(!found->has_value());
    auto verified = AuditVerifier::verify(ws->connection());
    QVERIFY(verified && verified->intact);
}

void TestAuditTrail::verifyCanBeCancelled()
{
    auto ws = createWorkspace(m_db, &m_clock);
    QVERIFY(ws);
    // Enough events to reach a progress callback.
    auto written = ws->connection().write(u"Bulk"_s, [&](WriteTransaction& txn) -> Result<void> {
        for (int i = 0; i < 20000; ++i) {
            AiSystem s = AiSystem::withDefaults();
            s.set(u"code"_s, u"S-%1"_s.arg(i));
            s.set(u"name"_s, u"System %1"_s.arg(i));
            if (auto created = SystemRepository::create(txn, s); !created) {
                return created.error();
            }
        }
        return {};
    });
    QVERIFY(written);
    int calls = 0;
    auto result = AuditVerifier::verify(ws->connection(), [&](qint64 done, qint64 total) {
        ++calls;
        return !(done > 0 && done < total);
    });
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QCOMPARE(calls, 1);
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "TestAuditTrail.moc"
