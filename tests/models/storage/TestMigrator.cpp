// Schema migrations: a workspace written by the first release (tests/data/workspace-v1.attest) is upgraded with a
// backup and keeps its data and its audit chain; a file from a newer Attest is refused without being touched; a
// failing migration leaves the file exactly as it was; and badly numbered migration files are rejected.

#include "TestSupport.h"
#include "audit/AuditVerifier.h"
#include "storage/ChangeLogRepository.h"
#include "storage/ConnectionPrivate.h"
#include "storage/Migrator.h"
#include "storage/SqliteSupport.h"
#include "storage/SystemRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

namespace {

// Every entry of a folder, hidden ones included: what "no new files beside it" is checked against.
QStringList listing(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// One query through the sqlite3 shell (an independent reader); fails the test on a shell error.
QString shell(const QString& db, const QString& sql)
{
    const ProcessResult r = sqliteShell(db, sql);
    if (r.exitCode != 0) {
        QTest::qFail(qPrintable(u"sqlite3 failed on %1: %2"_s.arg(db, r.err)), __FILE__, __LINE__);
        return u"<sqlite3 failed>"_s;
    }
    return r.out.trimmed();
}

// Every row of a table as SQL literals (exact values and types), in id/seq order.
QString dumpRows(const QString& db, const QString& table, const QString& order)
{
    return shell(db, u".mode quote\nSELECT * FROM %1 ORDER BY %2;"_s.arg(table, order));
}

bool copyFile(const QString& from, const QString& to)
{
    if (!QFile::copy(from, to)) {
        return false;
    }
    return QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
}

QString nativeName(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    // A fresh folder for one test (so that its listing shows only what that test made).
    QString folder(const QString& name);

private Q_SLOTS:
    void initTestCase();
    void loadsTheShippedMigrations();
    void upgradesVersion1Workspace();
    void readOnlyOpenOfOldVersionIsRefused();
    void refusesNewerVersion_data();
    void refusesNewerVersion();
    void failedUpgradeLeavesFileUnchanged_data();
    void failedUpgradeLeavesFileUnchanged();
    void failedCreateLeavesNoFile();
    void loadRejectsBadMigrationFiles_data();
    void loadRejectsBadMigrationFiles();
};

QString TestMigrator::folder(const QString& name)
{
    const QString path = m_dir.filePath(name);
    if (!QDir().mkpath(path)) {
        QTest::qFail("could not create a test folder", __FILE__, __LINE__);
    }
    return path;
}

void TestMigrator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString fixture = dataPath(u"workspace-v1.attest"_s);
    QVERIFY2(QFileInfo::exists(fixture), qPrintable(fixture));
    // The fixture must be a single, checkpointed file: a -wal beside it would hold part of its content.
    QVERIFY(!QFileInfo::exists(fixture + u"-wal"_s));
    auto header = sqlite::readHeader(fixture);
    QVERIFY(header);
    QVERIFY(header->isSqlite);
    QCOMPARE(header->userVersion, 1);
    QCOMPARE(header->applicationId, sqlite::ApplicationId);
}

void TestMigrator::loadsTheShippedMigrations()
{
    auto steps = Migrator::load();
    QVERIFY(steps);
    QVERIFY(steps->size() >= 2);
    for (int i = 0; i < steps->size(); ++i) {
        QCOMPARE(steps->at(i).version, i + 1);
        QVERIFY(!steps->at(i).sql.trimmed().isEmpty());
    }
    QCOMPARE(steps->first().name, u"initial"_s);
    QCOMPARE(Migrator::latestVersion(), int(steps->size()));
    QCOMPARE(Workspace::latestSchemaVersion(), int(steps->size()));
}

void TestMigrator::upgradesVersion1Workspace()
{
    const QString dir = folder(u"upgrade"_s);
    const QString db = dir + u"/workspace.attest"_s;
    // An untouched second copy to compare against (the committed fixture itself is never opened: SQLite would
    // create -shm/-wal files in the source tree).
    const QString pristine = folder(u"upgrade-pristine"_s) + u"/workspace-v1.attest"_s;
    QVERIFY(copyFile(dataPath(u"workspace-v1.attest"_s), db));
    QVERIFY(copyFile(dataPath(u"workspace-v1.attest"_s), pristine));

    const QString fixtureSystems = dumpRows(pristine, u"ai_systems"_s, u"id"_s);
    const QString fixtureEvents = dumpRows(pristine, u"audit_events"_s, u"seq"_s);
    const qint64 fixtureEventCount = shell(pristine, u"SELECT count(*) FROM audit_events;"_s).toLongLong();
    const QString fixtureHead =
        shell(pristine, u"SELECT lower(hex(hash)) FROM audit_events ORDER BY seq DESC LIMIT 1;"_s);
    const QString fixtureId = shell(pristine, u"SELECT value FROM workspace_info WHERE key = 'id';"_s);
    const qint64 fixtureSystemCount = shell(pristine, u"SELECT count(*) FROM ai_systems;"_s).toLongLong();
    QVERIFY(fixtureEventCount > fixtureSystemCount);
    QVERIFY(fixtureSystemCount >= 3);
    QCOMPARE(shell(pristine, u"SELECT count(*) FROM sqlite_schema WHERE name = 'system_changes';"_s), u"0"_s);

    QString backup;
    {
        auto ws = openWorkspace(db, &m_clock);
        QVERIFY(ws);
        QCOMPARE(ws->schemaVersion(), Workspace::latestSchemaVersion());
        QVERIFY(!ws->isReadOnly());
        QCOMPARE(ws->id(), fixtureId);

        // The backup is a separate file in the same folder, named after the workspace and its old version.
        backup = ws->upgradeBackupPath();
        QVERIFY(!backup.isEmpty());
        const QFileInfo backupInfo(backup);
        QVERIFY(backupInfo.isFile());
        QCOMPARE(backupInfo.absolutePath(), QFileInfo(db).absolutePath());
        QVERIFY2(backupInfo.fileName().startsWith(u"workspace.attest.v1-"_s), qPrintable(backup));
        QVERIFY2(backupInfo.fileName().endsWith(u".bak"_s), qPrintable(backup));

        // Every system is still there, and the chain verifies with exactly the fixture's events.
        SystemRepository repo(ws->connection());
        auto count = repo.count(true);
        QVERIFY(count);
        QCOMPARE(*count, fixtureSystemCount);
        auto verified = AuditVerifier::verify(ws->connection());
        QVERIFY(verified);
        QVERIFY2(verified->intact, qPrintable(verified->summary()));
        QCOMPARE(verified->eventCount, fixtureEventCount);
        QCOMPARE(QString::fromLatin1(verified->headHash.toHex()), fixtureHead);

        // The version 2 table exists and works on the upgraded data.
        const ConnectionPrivate& c = ConnectionPrivate::get(ws->connection());
        auto table =
            c.exec(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'system_changes'"_s, {}, {});
        QVERIFY(table && table->next());
        QCOMPARE(table->value(0).toInt(), 1);
        auto fraud = repo.idForCode(u"FRAUD-01"_s);
        QVERIFY(fraud && fraud->has_value());
        ChangeLogRepository log(ws->connection());
        auto added =
            log.add(SystemChange{0, **fraud, u"2026-01-05"_s, u"v3"_s, u"Retrained"_s, u"QA"_s}, u"FRAUD-01"_s);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        verified = AuditVerifier::verify(ws->connection());
        QVERIFY(verified && verified->intact);
        QCOMPARE(verified->eventCount, fixtureEventCount + 1);
    }

    // The upgraded file, read by an independent client: same systems, same first events, new format.
    QCOMPARE(dumpRows(db, u"ai_systems"_s, u"id"_s), fixtureSystems);
    QCOMPARE(
        shell(db, u".mode quote\nSELECT * FROM audit_events WHERE seq <= %1 ORDER BY seq;"_s.arg(fixtureEventCount)),
        fixtureEvents);
    QCOMPARE(shell(db, u"PRAGMA user_version;"_s), QString::number(Workspace::latestSchemaVersion()));
    QCOMPARE(shell(db, u"PRAGMA integrity_check;"_s), u"ok"_s);

    // The backup is the file as it was: format 1, the same rows. (VACUUM INTO rewrites the pages, so the bytes
    // differ from the fixture's; its content does not.)
    QCOMPARE(shell(backup, u"PRAGMA user_version;"_s), u"1"_s);
    QCOMPARE(shell(backup, u"PRAGMA application_id;"_s), QString::number(sqlite::ApplicationId));
    QCOMPARE(dumpRows(backup, u"ai_systems"_s, u"id"_s), fixtureSystems);
    QCOMPARE(dumpRows(backup, u"audit_events"_s, u"seq"_s), fixtureEvents);
    QCOMPARE(shell(backup, u"SELECT count(*) FROM sqlite_schema WHERE name = 'system_changes';"_s), u"0"_s);
    QCOMPARE(shell(backup, u"PRAGMA integrity_check;"_s), u"ok"_s);

    // Opening the upgraded file again is not an upgrade: no second backup.
    {
        auto ws = openWorkspace(db, &m_clock);
        QVERIFY(ws);
        QVERIFY(ws->upgradeBackupPath().isEmpty());
    }
    QStringList expected{u"workspace.attest"_s, QFileInfo(backup).fileName()};
    expected.sort();
    QCOMPARE(listing(dir), expected);
}

// An old workspace that cannot be upgraded (opened read-only) is refused, and not a byte of it changes.
void TestMigrator::readOnlyOpenOfOldVersionIsRefused()
{
    const QString dir = folder(u"old-read-only"_s);
    const QString db = dir + u"/workspace.attest"_s;
    QVERIFY(copyFile(dataPath(u"workspace-v1.attest"_s), db));
    const QByteArray before = readFile(db);
    Workspace::Options options;
    options.access = Workspace::Access::ReadOnly;
    auto ws = Workspace::open(db, options);
    QVERIFY(!ws);
    QCOMPARE(ws.error().code, ErrorCode::ReadOnly);
    QVERIFY2(ws.error().message.contains(u"must be upgraded"_s), qPrintable(ws.error().message));
    QVERIFY2(ws.error().message.contains(nativeName(db)), qPrintable(ws.error().message));
    QVERIFY2(ws.error().message.contains(u"opened read-only"_s), qPrintable(ws.error().message));
    QCOMPARE(readFile(db), before);
    QCOMPARE(listing(dir), QStringList{u"workspace.attest"_s});
}

void TestMigrator::refusesNewerVersion_data()
{
    QTest::addColumn<Workspace::Access>("access");
    QTest::newRow("read-write") << Workspace::Access::ReadWrite;
    QTest::newRow("read-only") << Workspace::Access::ReadOnly;
}

void TestMigrator::refusesNewerVersion()
{
    QFETCH(Workspace::Access, access);
    const QString scratch = folder(u"newer-scratch-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    const QString dir = folder(u"newer-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    const QString fresh = scratch + u"/fresh.attest"_s;
    const QString db = dir + u"/future.attest"_s;
    {
        auto ws = createWorkspace(fresh, &m_clock);
        QVERIFY(ws);
        AiSystem s = AiSystem::withDefaults();
        s.set(u"code"_s, u"A-1"_s);
        s.set(u"name"_s, u"Something"_s);
        QVERIFY(SystemRepository(ws->connection()).create(s));
    }
    QVERIFY(copyFile(fresh, db));
    QCOMPARE(sqliteShell(db, u"PRAGMA user_version = 99;"_s).exitCode, 0);
    QCOMPARE(listing(dir), QStringList{u"future.attest"_s});
    const QByteArray before = readFile(db);
    QVERIFY(!before.isEmpty());

    Workspace::Options options;
    options.access = access;
    auto ws = Workspace::open(db, options);
    QVERIFY(!ws);
    QCOMPARE(ws.error().code, ErrorCode::NewerVersion);
    const QString message = ws.error().message;
    QVERIFY2(message.contains(u"newer version of Attest"_s), qPrintable(message));
    QVERIFY2(message.contains(nativeName(db)), qPrintable(message));
    QVERIFY2(message.contains(u"not been changed"_s), qPrintable(message));

    // Not a byte changed, and nothing created beside it (no -wal, -shm, .lock or backup).
    QCOMPARE(readFile(db), before);
    QCOMPARE(listing(dir), QStringList{u"future.attest"_s});
}

void TestMigrator::failedUpgradeLeavesFileUnchanged_data()
{
    QTest::addColumn<QString>("brokenSql");
    // A table is created first, so a partial application would leave a visible trace.
    QTest::newRow("constraint fails") << u"CREATE TABLE broken_marker (id INTEGER PRIMARY KEY, note TEXT NOT NULL);\n"
                                         "INSERT INTO broken_marker (id, note) VALUES (1, 'first');\n"
                                         "INSERT INTO broken_marker (id, note) VALUES (2, NULL);\n"_s;
    QTest::newRow("syntax error") << u"CREATE TABLE broken_marker (id INTEGER PRIMARY KEY);\n"
                                     "ALTER TABLE ai_systems ADD COLUMN extra TEXT NOT NULL DEFAULT '';\n"
                                     "CREATE TABLE broken_other (id INTEGER PRIMARY KEY,);\n"_s;
}

void TestMigrator::failedUpgradeLeavesFileUnchanged()
{
    QFETCH(QString, brokenSql);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const int latest = Workspace::latestSchemaVersion();

    // The real migrations, read from the resource, plus one broken step after them.
    const QString migrations = folder(u"broken-migrations-%1"_s.arg(tag));
    const QStringList shipped = QDir(u":/attest/db/migrations/"_s).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    QCOMPARE(shipped.size(), latest);
    for (const QString& file : shipped) {
        QVERIFY(writeFile(migrations + u'/' + file, readFile(u":/attest/db/migrations/"_s + file)));
    }
    const QString brokenName = u"%1_broken.sql"_s.arg(latest + 1, 4, 10, QLatin1Char('0'));
    QVERIFY(writeFile(migrations + u'/' + brokenName, brokenSql.toUtf8()));
    auto steps = Migrator::load(migrations);
    QVERIFY(steps);
    QCOMPARE(int(steps->size()), latest + 1);

    // A current workspace with some data, closed (and so checkpointed into the one file).
    const QString dir = folder(u"broken-%1"_s.arg(tag));
    const QString db = dir + u"/workspace.attest"_s;
    qint64 events = 0;
    {
        auto ws = createWorkspace(db, &m_clock);
        QVERIFY(ws);
        QCOMPARE(ws->schemaVersion(), latest);
        SystemRepository repo(ws->connection());
        for (int i = 1; i <= 20; ++i) {
            AiSystem s = AiSystem::withDefaults();
            s.set(u"code"_s, u"SYS-%1"_s.arg(i));
            s.set(u"name"_s, u"System %1"_s.arg(i));
            s.set(u"description"_s, QString(400, QLatin1Char('x')));
            QVERIFY(repo.create(s));
        }
        auto head = ws->connection().auditHead();
        QVERIFY(head);
        events = head->seq;
    }
    QCOMPARE(listing(dir), QStringList{u"workspace.attest"_s});
    const QByteArray before = readFile(db);

    Workspace::Options options;
    options.migrationsDirectory = migrations;
    options.clock = &m_clock;
    auto ws = Workspace::open(db, options);
    QVERIFY(!ws);
    const QString message = ws.error().message;
    QVERIFY2(message.contains(u"has not been changed"_s), qPrintable(message));
    QVERIFY2(message.contains(nativeName(db)), qPrintable(message));
    QVERIFY2(ws.error().detail.contains(u"broken"_s), qPrintable(ws.error().detail));

    // Compared after the failed open has closed its connection (which checkpoints nothing, since nothing was
    // committed): the whole file, byte for byte, and the schema through an independent reader.
    QCOMPARE(readFile(db), before);
    auto header = sqlite::readHeader(db);
    QVERIFY(header);
    QCOMPARE(header->userVersion, latest);
    QCOMPARE(shell(db, u"PRAGMA user_version;"_s), QString::number(latest));
    QCOMPARE(shell(db, u"SELECT count(*) FROM sqlite_schema WHERE name LIKE 'broken%';"_s), u"0"_s);
    QCOMPARE(shell(db, u"SELECT count(*) FROM pragma_table_info('ai_systems') WHERE name = 'extra';"_s), u"0"_s);
    QCOMPARE(readFile(db), before);

    // Beside it only the backup the message points to; no -wal, -shm or .lock.
    const QStringList after = listing(dir);
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.first(), u"workspace.attest"_s);
    const QString backup = dir + u'/' + after.at(1);
    QVERIFY2(after.at(1).startsWith(u"workspace.attest.v%1-"_s.arg(latest)), qPrintable(after.at(1)));
    QVERIFY2(message.contains(QDir::toNativeSeparators(backup)), qPrintable(message));

    // And the unchanged file still opens with the real migrations.
    auto reopened = openWorkspace(db, &m_clock);
    QVERIFY(reopened);
    auto verified = AuditVerifier::verify(reopened->connection());
    QVERIFY(verified && verified->intact);
    QCOMPARE(verified->eventCount, events);
}

void TestMigrator::failedCreateLeavesNoFile()
{
    const QString migrations = folder(u"create-broken-migrations"_s);
    QVERIFY(writeFile(migrations + u"/0001_initial.sql"_s, readFile(u":/attest/db/migrations/0001_initial.sql"_s)));
    QVERIFY(writeFile(migrations + u"/0002_broken.sql"_s,
                      "CREATE TABLE broken_marker (id INTEGER PRIMARY KEY);\nSELECT * FROM no_such_table;\n"));
    const QString dir = folder(u"create-broken"_s);
    Workspace::Options options;
    options.migrationsDirectory = migrations;
    auto ws = Workspace::create(dir + u"/new.attest"_s, options);
    QVERIFY(!ws);
    QVERIFY2(ws.error().message.contains(nativeName(dir + u"/new.attest"_s)), qPrintable(ws.error().message));
    QCOMPARE(listing(dir), QStringList());
}

void TestMigrator::loadRejectsBadMigrationFiles_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::addColumn<QString>("named"); // the file the message must name

    QTest::newRow("good") << QStringList{u"0001_a.sql"_s, u"0002_b.sql"_s, u"README.txt"_s} << QString() << QString();
    QTest::newRow("gap") << QStringList{u"0001_a.sql"_s, u"0003_c.sql"_s} << u"out of sequence"_s << u"0003_c.sql"_s;
    QTest::newRow("starts at 2") << QStringList{u"0002_b.sql"_s} << u"out of sequence"_s << u"0002_b.sql"_s;
    QTest::newRow("starts at 0") << QStringList{u"0000_zero.sql"_s, u"0001_a.sql"_s} << u"out of sequence"_s
                                 << u"0000_zero.sql"_s;
    QTest::newRow("duplicate") << QStringList{u"0001_a.sql"_s, u"0001_b.sql"_s} << u"out of sequence"_s
                               << u"0001_b.sql"_s;
    QTest::newRow("upper case") << QStringList{u"0001_a.sql"_s, u"0002_Bad.sql"_s} << u"Unexpected migration file"_s
                                << u"0002_Bad.sql"_s;
    QTest::newRow("no number") << QStringList{u"0001_a.sql"_s, u"initial.sql"_s} << u"Unexpected migration file"_s
                               << u"initial.sql"_s;
    QTest::newRow("three digits") << QStringList{u"001_a.sql"_s} << u"Unexpected migration file"_s << u"001_a.sql"_s;
    QTest::newRow("dash") << QStringList{u"0001-a.sql"_s} << u"Unexpected migration file"_s << u"0001-a.sql"_s;
    QTest::newRow("no name") << QStringList{u"0001.sql"_s} << u"Unexpected migration file"_s << u"0001.sql"_s;
    QTest::newRow("empty") << QStringList() << u"No schema migrations"_s << QString();
}

void TestMigrator::loadRejectsBadMigrationFiles()
{
    QFETCH(QStringList, files);
    QFETCH(QString, error);
    QFETCH(QString, named);
    const QString dir = folder(u"load-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    for (const QString& file : files) {
        QVERIFY(writeFile(dir + u'/' + file, "CREATE TABLE t_" + QFileInfo(file).baseName().toUtf8() + " (x);\n"));
    }
    auto steps = Migrator::load(dir);
    if (error.isEmpty()) {
        QVERIFY2(steps, qPrintable(steps ? QString() : steps.error().message));
        QCOMPARE(steps->size(), 2);
        QCOMPARE(steps->at(0).version, 1);
        QCOMPARE(steps->at(0).name, u"a"_s);
        QCOMPARE(steps->at(1).version, 2);
        QCOMPARE(steps->at(1).name, u"b"_s);
        return;
    }
    QVERIFY(!steps);
    QVERIFY2(steps.error().message.contains(error), qPrintable(steps.error().message));
    QVERIFY2(steps.error().message.contains(named), qPrintable(steps.error().message));
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "TestMigrator.moc"
