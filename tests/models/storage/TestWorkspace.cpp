// Opening and creating workspaces: files that are not Attest workspaces are refused with a clear message and are
// left exactly as they were; only one running Attest writes a workspace at a time (a lock left by a dead process
// does not count); read-only access works and refuses writes; the connection is set up as documented (WAL,
// foreign keys, busy timeout, application id); Save As writes a consistent copy; a worker thread can read while
// the UI thread's write is pending.

#include "TestSupport.h"
#include "audit/AuditVerifier.h"
#include "storage/ConnectionPrivate.h"
#include "storage/SqliteSupport.h"
#include "storage/SystemRepository.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

#include <pwd.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

namespace {

QStringList listing(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QString nativeName(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString shell(const QString& db, const QString& sql)
{
    const ProcessResult r = sqliteShell(db, sql);
    if (r.exitCode != 0) {
        QTest::qFail(qPrintable(u"sqlite3 failed on %1: %2"_s.arg(db, r.err)), __FILE__, __LINE__);
        return u"<sqlite3 failed>"_s;
    }
    return r.out.trimmed();
}

// The first row's first column of `sql` on `connection`, or an invalid QVariant.
QVariant scalar(const Connection& connection, const QString& sql)
{
    auto q = ConnectionPrivate::get(connection).exec(sql, {}, {});
    if (!q || !q->next()) {
        return {};
    }
    return q->value(0);
}

AiSystem makeSystem(const QString& code, const QString& name, const QString& description = {})
{
    AiSystem s = AiSystem::withDefaults();
    s.set(u"code"_s, code);
    s.set(u"name"_s, name);
    s.set(u"description"_s, description);
    return s;
}

// Code -> name of every system, for comparing two workspaces.
QMap<QString, QString> systemsOf(Workspace& ws)
{
    QMap<QString, QString> out;
    auto all = SystemRepository(ws.connection()).all();
    if (!all) {
        QTest::qFail(qPrintable(all.error().message), __FILE__, __LINE__);
        return out;
    }
    for (const AiSystem& s : *all) {
        out.insert(s.code(), s.name());
    }
    return out;
}

QString describe(const Error& error)
{
    return error.message + u" / "_s + error.detail;
}

// While alive, the process runs with the real and effective user and group ids of `nobody`; the saved ids stay 0,
// so the destructor can return to root. Used only when the tests run as root, where file modes are not enforced.
class RunAsNobody
{
public:
    RunAsNobody()
    {
        const passwd* pw = ::getpwnam("nobody");
        if (!pw) {
            m_problem = u"there is no user 'nobody'"_s;
            return;
        }
        if (::setresgid(pw->pw_gid, pw->pw_gid, 0) != 0) {
            m_problem = u"setresgid failed: %1"_s.arg(QString::fromLocal8Bit(strerror(errno)));
            return;
        }
        if (::setresuid(pw->pw_uid, pw->pw_uid, 0) != 0) {
            m_problem = u"setresuid failed: %1"_s.arg(QString::fromLocal8Bit(strerror(errno)));
            (void)::setresgid(0, 0, 0);
            return;
        }
        m_active = true;
    }
    ~RunAsNobody() { restore(); }
    RunAsNobody(const RunAsNobody&) = delete;
    RunAsNobody& operator=(const RunAsNobody&) = delete;

    bool isActive() const { return m_active; }
    QString problem() const { return m_problem; }
    bool restore()
    {
        if (!m_active) {
            return true;
        }
        m_active = false;
        return ::setresuid(0, 0, 0) == 0 && ::setresgid(0, 0, 0) == 0;
    }

private:
    bool m_active = false;
    QString m_problem;
};

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    int m_folders = 0;
    QString folder(const QString& name);

private Q_SLOTS:
    void initTestCase();
    void refusesWhatIsNotAWorkspace_data();
    void refusesWhatIsNotAWorkspace();
    void createRefusesExistingPath_data();
    void createRefusesExistingPath();
    void newWorkspaceIsRecognisedWhileOpen();
    void secondWriterIsLockedOut();
    void staleLockDoesNotBlock();
    void readOnlyAccessWhileLocked();
    void readOnlyAccessChangesNothing();
    void readOnlyFileOpensReadOnly();
    void connectionSettings();
    void saveCopyAsWritesConsistentCopy();
    void saveCopyAsRefusesOwnPath();
    void saveCopyAsReplacesExistingFile();
    void saveCopyAsRefusesWorkspaceInUse();
    void saveCopyAsOfReadOnlyWorkspace();
    void workerReadsWhileWritePending();
};

QString TestWorkspace::folder(const QString& name)
{
    const QString path = m_dir.filePath(u"%1-%2"_s.arg(++m_folders).arg(name).replace(u' ', u'-'));
    if (!QDir().mkpath(path)) {
        QTest::qFail("could not create a test folder", __FILE__, __LINE__);
    }
    return path;
}

void TestWorkspace::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestWorkspace::refusesWhatIsNotAWorkspace_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Workspace::Access>("access");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("says");

    const QList<std::tuple<const char*, ErrorCode, QString>> kinds = {
        {"plain sqlite", ErrorCode::NotAWorkspace, u"is a SQLite database, but not an Attest workspace"_s},
        {"other application",
         ErrorCode::NotAWorkspace,
         u"belongs to another application (application id 0x47504b47)"_s},
        {"truncated", ErrorCode::Corrupt, u"is truncated"_s},
        {"random bytes", ErrorCode::NotAWorkspace, u"it is not a SQLite database"_s},
        {"empty", ErrorCode::NotAWorkspace, u"is empty"_s},
        {"directory", ErrorCode::NotAWorkspace, u"is a folder, not an Attest workspace"_s},
        {"missing", ErrorCode::NotFound, u"There is no workspace at"_s},
    };
    for (const auto& [kind, code, says] : kinds) {
        QTest::addRow("%s, read-write", kind)
            << QString::fromLatin1(kind) << Workspace::Access::ReadWrite << code << says;
        QTest::addRow("%s, read-only", kind)
            << QString::fromLatin1(kind) << Workspace::Access::ReadOnly << code << says;
    }
}

void TestWorkspace::refusesWhatIsNotAWorkspace()
{
    QFETCH(QString, kind);
    QFETCH(Workspace::Access, access);
    QFETCH(ErrorCode, code);
    QFETCH(QString, says);

    const QString dir = folder(kind);
    const QString path = dir + u"/subject.attest"_s;
    if (kind == u"plain sqlite"_s) {
        QCOMPARE(sqliteShell(path,
                             u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);\n"
                             "INSERT INTO notes (text) VALUES ('shopping list'), ('dentist');"_s)
                     .exitCode,
                 0);
    } else if (kind == u"other application"_s) {
        // A GeoPackage ("GPKG") marks itself the same way Attest does.
        QCOMPARE(sqliteShell(path,
                             u"PRAGMA application_id = 1196444487;\n"
                             "CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY);"_s)
                     .exitCode,
                 0);
    } else if (kind == u"truncated"_s) {
        const QString source = folder(u"truncated source"_s) + u"/full.attest"_s;
        {
            auto ws = createWorkspace(source, &m_clock);
            QVERIFY(ws);
            auto written = ws->connection().write(u"Bulk"_s, [](WriteTransaction& txn) -> Result<void> {
                for (int i = 0; i < 300; ++i) {
                    auto created = SystemRepository::create(
                        txn, makeSystem(u"SYS-%1"_s.arg(i), u"System %1"_s.arg(i), QString(300, QLatin1Char('d'))));
                    if (!created) {
                        return created.error();
                    }
                }
                return {};
            });
            QVERIFY(written);
        } // closed: checkpointed into the one file
        QCOMPARE(listing(QFileInfo(source).absolutePath()), QStringList{u"full.attest"_s});
        const QByteArray full = readFile(source);
        QVERIFY2(full.size() >= 50 * 4096, qPrintable(QString::number(full.size())));
        QVERIFY(writeFile(path, full.left(full.size() / 2)));
    } else if (kind == u"random bytes"_s) {
        QRandomGenerator random(20260101);
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / int(sizeof(quint32)));
        QVERIFY(writeFile(path, bytes));
    } else if (kind == u"empty"_s) {
        QVERIFY(writeFile(path, {}));
    } else if (kind == u"directory"_s) {
        QVERIFY(QDir().mkpath(path));
    } else {
        QCOMPARE(kind, u"missing"_s);
    }

    const QStringList filesBefore = listing(dir);
    const QByteArray bytesBefore = readFile(path);

    Workspace::Options options;
    options.access = access;
    options.clock = &m_clock;
    auto ws = Workspace::open(path, options);
    QVERIFY2(!ws, "opened something that is not a workspace");
    QCOMPARE(ws.error().code, code);
    const QString message = ws.error().message;
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(message.contains(nativeName(path)), qPrintable(message));

    // Untouched: the same bytes and nothing new beside it (no -wal, -shm, -journal or .lock).
    QCOMPARE(readFile(path), bytesBefore);
    QCOMPARE(listing(dir), filesBefore);
    if (kind == u"directory"_s) {
        QCOMPARE(listing(path), QStringList());
    }
}

void TestWorkspace::createRefusesExistingPath_data()
{
    QTest::addColumn<bool>("workspace");
    QTest::newRow("a text file") << false;
    QTest::newRow("a workspace") << true;
}

void TestWorkspace::createRefusesExistingPath()
{
    QFETCH(bool, workspace);
    const QString dir = folder(u"create existing"_s);
    const QString path = dir + u"/existing.attest"_s;
    if (workspace) {
        auto ws = createWorkspace(path, &m_clock);
        QVERIFY(ws);
        QVERIFY(SystemRepository(ws->connection()).create(makeSystem(u"A-1"_s, u"Keep me"_s)));
    } else {
        QVERIFY(writeFile(path, "My notes, not a workspace.\n"));
    }
    const QStringList filesBefore = listing(dir);
    const QByteArray bytesBefore = readFile(path);

    auto created = Workspace::create(path);
    QVERIFY(!created);
    QCOMPARE(created.error().code, ErrorCode::AlreadyExists);
    QVERIFY2(created.error().message.contains(nativeName(path)), qPrintable(created.error().message));
    QVERIFY2(created.error().message.contains(u"already exists"_s), qPrintable(created.error().message));
    QCOMPARE(readFile(path), bytesBefore);
    QCOMPARE(listing(dir), filesBefore);
}

// open() reads the file header before SQLite does; a workspace that was just created and is still open must already
// say "Attest workspace, format N" there, not only in its write-ahead log.
void TestWorkspace::newWorkspaceIsRecognisedWhileOpen()
{
    const QString path = folder(u"fresh header"_s) + u"/fresh.attest"_s;
    auto ws = createWorkspace(path, &m_clock);
    QVERIFY(ws);
    auto header = sqlite::readHeader(path);
    QVERIFY(header);
    QVERIFY(header->isSqlite);
    QCOMPARE(header->applicationId, sqlite::ApplicationId);
    QCOMPARE(header->userVersion, Workspace::latestSchemaVersion());

    Workspace::Options options;
    options.access = Workspace::Access::ReadOnly;
    auto reader = Workspace::open(path, options);
    QVERIFY2(reader, qPrintable(reader ? QString() : describe(reader.error())));
    QCOMPARE((*reader)->id(), ws->id());
}

void TestWorkspace::secondWriterIsLockedOut()
{
    const QString dir = folder(u"locked"_s);
    const QString path = dir + u"/shared.attest"_s;
    auto first = createWorkspace(path, &m_clock);
    QVERIFY(first);
    QVERIFY(SystemRepository(first->connection()).create(makeSystem(u"A-1"_s, u"First"_s)));

    auto second = Workspace::open(path);
    QVERIFY(!second);
    QCOMPARE(second.error().code, ErrorCode::Locked);
    const QString message = second.error().message;
    QVERIFY2(message.contains(u"is open in another running Attest"_s), qPrintable(message));
    QVERIFY2(message.contains(nativeName(path)), qPrintable(message));
    QVERIFY2(message.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(message));
    // The refused open did not disturb the first one.
    QVERIFY(SystemRepository(first->connection()).create(makeSystem(u"A-2"_s, u"Second"_s)));

    first.reset();
    QCOMPARE(listing(dir), QStringList{u"shared.attest"_s});
    auto again = Workspace::open(path);
    QVERIFY2(again, qPrintable(again ? QString() : describe(again.error())));
    QVERIFY(!(*again)->isReadOnly());
    auto count = SystemRepository((*again)->connection()).count(true);
    QVERIFY(count);
    QCOMPARE(*count, 2);
}

// The lock file is written by a real QLockFile in a forked child that then exits without unlocking, as a crashed
// Attest would; the child is reaped before the test continues, so its pid belongs to no running process. (The
// other way, SIGKILLing a child that holds a workspace, is what TestCrashSafety does.)
void TestWorkspace::staleLockDoesNotBlock()
{
    const QString dir = folder(u"stale lock"_s);
    const QString path = dir + u"/crashed.attest"_s;
    {
        auto ws = createWorkspace(path, &m_clock);
        QVERIFY(ws);
        QVERIFY(SystemRepository(ws->connection()).create(makeSystem(u"A-1"_s, u"Survivor"_s)));
    }
    const QString lockPath = path + u".lock"_s;
    QVERIFY(!QFileInfo::exists(lockPath));

    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        QLockFile lock(lockPath);
        const bool locked = lock.tryLock(0);
        ::_exit(locked ? 0 : 1); // no destructors: the lock file stays behind
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    QVERIFY(QFileInfo::exists(lockPath));
    {
        QLockFile probe(lockPath);
        qint64 pid = 0;
        QString host;
        QString app;
        QVERIFY(probe.getLockInfo(&pid, &host, &app));
        QCOMPARE(pid, qint64(child));
    }

    auto ws = Workspace::open(path);
    QVERIFY2(ws, qPrintable(ws ? QString() : describe(ws.error())));
    QVERIFY(!(*ws)->isReadOnly());
    {
        // The lock is ours now.
        QLockFile probe(lockPath);
        qint64 pid = 0;
        QString host;
        QString app;
        QVERIFY(probe.getLockInfo(&pid, &host, &app));
        QCOMPARE(pid, QCoreApplication::applicationPid());
    }
    QVERIFY(SystemRepository((*ws)->connection()).create(makeSystem(u"A-2"_s, u"After the crash"_s)));
}

void TestWorkspace::readOnlyAccessWhileLocked()
{
    const QString path = folder(u"read-only while locked"_s) + u"/busy.attest"_s;
    auto writer = createWorkspace(path, &m_clock);
    QVERIFY(writer);
    SystemRepository writerRepo(writer->connection());
    QVERIFY(writerRepo.create(makeSystem(u"A-1"_s, u"One"_s)));

    Workspace::Options options;
    options.access = Workspace::Access::ReadOnly;
    auto reader = Workspace::open(path, options);
    QVERIFY2(reader, qPrintable(reader ? QString() : describe(reader.error())));
    QVERIFY((*reader)->isReadOnly());
    QVERIFY(!(*reader)->readOnlyReason().isEmpty());
    QCOMPARE((*reader)->id(), writer->id());
    SystemRepository readerRepo((*reader)->connection());
    auto count = readerRepo.count(true);
    QVERIFY(count);
    QCOMPARE(*count, 1);

    // The writer goes on writing; the reader sees each committed change.
    QVERIFY(writerRepo.create(makeSystem(u"A-2"_s, u"Two"_s)));
    count = readerRepo.count(true);
    QVERIFY(count);
    QCOMPARE(*count, 2);

    // The reader cannot write, and its attempt leaves no trace.
    auto refused = readerRepo.create(makeSystem(u"R-1"_s, u"From the reader"_s));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
    QVERIFY2(refused.error().message.contains(u"read-only"_s), qPrintable(refused.error().message));
    auto head = writer->connection().auditHead();
    QVERIFY(head);
    QCOMPARE(head->seq, 2);
    // A connection handed out by a read-only workspace is read-only whatever is asked for.
    auto worker = (*reader)->openConnection(Workspace::Access::ReadWrite);
    QVERIFY(worker);
    QVERIFY((*worker)->isReadOnly());
}

void TestWorkspace::readOnlyAccessChangesNothing()
{
    const QString dir = folder(u"read-only access"_s);
    const QString path = dir + u"/quiet.attest"_s;
    {
        auto ws = createWorkspace(path, &m_clock);
        QVERIFY(ws);
        QVERIFY(SystemRepository(ws->connection()).create(makeSystem(u"A-1"_s, u"One"_s)));
    }
    const QByteArray before = readFile(path);
    {
        Workspace::Options options;
        options.access = Workspace::Access::ReadOnly;
        auto ws = Workspace::open(path, options);
        QVERIFY2(ws, qPrintable(ws ? QString() : describe(ws.error())));
        QVERIFY((*ws)->isReadOnly());
        QVERIFY2((*ws)->readOnlyReason().contains(u"read-only"_s), qPrintable((*ws)->readOnlyReason()));
        QVERIFY(!QFileInfo::exists(path + u".lock"_s)); // a reader does not lock out a writer
        SystemRepository repo((*ws)->connection());
        auto id = repo.idForCode(u"A-1"_s);
        QVERIFY(id && id->has_value());
        auto updated = repo.update(**id, {{u"name"_s, u"Changed"_s}});
        QVERIFY(!updated);
        QCOMPARE(updated.error().code, ErrorCode::ReadOnly);
        // Not even raw SQL gets through.
        const ConnectionPrivate& c = ConnectionPrivate::get((*ws)->connection());
        auto raw = c.exec(u"CREATE TABLE sneaky (x)"_s, {}, u"refused"_s);
        QVERIFY(!raw);
        auto verified = AuditVerifier::verify((*ws)->connection());
        QVERIFY(verified && verified->intact);
    }
    QCOMPARE(readFile(path), before);
    QCOMPARE(shell(path, u"SELECT name FROM ai_systems;"_s), u"One"_s);
}

// A file without write permission opens read-only. Root ignores file modes (QFileInfo::isWritable() and SQLite's
// open(O_RDWR) both succeed on a 0444 file), so when the tests run as root the check runs with the ids of
// `nobody` (real and effective; the saved id stays root so the test can switch back).
void TestWorkspace::readOnlyFileOpensReadOnly()
{
    QTemporaryDir shared;
    QVERIFY(shared.isValid());
    const QString dir = shared.path();
    const QString path = dir + u"/protected.attest"_s;
    {
        auto ws = createWorkspace(path, &m_clock);
        QVERIFY(ws);
        QVERIFY(SystemRepository(ws->connection()).create(makeSystem(u"A-1"_s, u"Protected"_s)));
    }
    // The folder stays writable (SQLite needs to create the -shm file of a WAL database beside it).
    QVERIFY(QFile::setPermissions(dir, QFile::Permissions(0x7777)));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = readFile(path);

    std::optional<RunAsNobody> nobody;
    if (::geteuid() == 0) {
        nobody.emplace();
        if (!nobody->isActive()) {
            QSKIP(qPrintable(u"running as root and cannot switch to 'nobody' (%1): a 0444 file is writable for "
                             "root, so there is nothing to test"_s.arg(nobody->problem())));
        }
    }
    QVERIFY(!QFileInfo(path).isWritable());
    {
        auto ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws ? QString() : describe(ws.error())));
        QVERIFY((*ws)->isReadOnly());
        QVERIFY2((*ws)->readOnlyReason().contains(u"read-only"_s), qPrintable((*ws)->readOnlyReason()));
        SystemRepository repo((*ws)->connection());
        auto count = repo.count(true);
        QVERIFY(count);
        QCOMPARE(*count, 1);
        auto refused = repo.create(makeSystem(u"A-2"_s, u"Not allowed"_s));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
        QVERIFY2(refused.error().message.contains((*ws)->readOnlyReason()), qPrintable(refused.error().message));
    }
    if (nobody) {
        QVERIFY(nobody->restore());
    }
    QCOMPARE(readFile(path), before);
    QCOMPARE(shell(path, u"SELECT count(*) FROM ai_systems;"_s), u"1"_s);
}

void TestWorkspace::connectionSettings()
{
    const QString path = folder(u"settings"_s) + u"/settings.attest"_s;
    {
        auto ws = createWorkspace(path, &m_clock);
        QVERIFY(ws);
    }
    auto ws = openWorkspace(path, &m_clock);
    QVERIFY(ws);
    const Connection& main = ws->connection();
    QCOMPARE(scalar(main, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(main, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(scalar(main, u"PRAGMA busy_timeout"_s).toInt(), 5000);
    QCOMPARE(scalar(main, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
    QCOMPARE(scalar(main, u"PRAGMA application_id"_s).toLongLong(), qint64(0x41545354));
    QCOMPARE(scalar(main, u"PRAGMA user_version"_s).toInt(), Workspace::latestSchemaVersion());

    // Worker connections get the same settings.
    for (Workspace::Access access : {Workspace::Access::ReadOnly, Workspace::Access::ReadWrite}) {
        auto worker = ws->openConnection(access);
        QVERIFY(worker);
        QCOMPARE((*worker)->isReadOnly(), access == Workspace::Access::ReadOnly);
        QCOMPARE(scalar(**worker, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(**worker, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(**worker, u"PRAGMA busy_timeout"_s).toInt(), 5000);
    }
    ws.reset();

    // And in the file itself, as another program sees it: "ATST" at offset 68 of the header.
    auto header = sqlite::readHeader(path);
    QVERIFY(header);
    QCOMPARE(header->applicationId, quint32(0x41545354));
    QCOMPARE(readFile(path).mid(68, 4), QByteArray("ATST"));
    QCOMPARE(shell(path, u"PRAGMA application_id;"_s), QString::number(0x41545354));
    QCOMPARE(shell(path, u"PRAGMA journal_mode;"_s), u"wal"_s);
}

void TestWorkspace::saveCopyAsWritesConsistentCopy()
{
    const QString dir = folder(u"save copy"_s);
    const QString path = dir + u"/original.attest"_s;
    const QString copy = dir + u"/copy.attest"_s;
    auto ws = createWorkspace(path, &m_clock);
    QVERIFY(ws);
    SystemRepository repo(ws->connection());
    for (int i = 1; i <= 5; ++i) {
        QVERIFY(repo.create(makeSystem(u"SYS-%1"_s.arg(i), u"System %1"_s.arg(i))));
    }
    auto id = repo.idForCode(u"SYS-2"_s);
    QVERIFY(id && id->has_value());
    QVERIFY(repo.update(**id, {{u"lifecycle"_s, u"production"_s}}));
    const QMap<QString, QString> committed = systemsOf(*ws);
    auto head = ws->connection().auditHead();
    QVERIFY(head);

    // Saved while a change is still in progress on the workspace's own connection: the copy holds exactly what
    // was committed.
    Result<void> saved = makeError(ErrorCode::Database, u"not run"_s);
    auto written = ws->connection().write(u"Pending"_s, [&](WriteTransaction& txn) -> Result<void> {
        auto created = SystemRepository::create(txn, makeSystem(u"PENDING-1"_s, u"Not yet committed"_s));
        if (!created) {
            return created.error();
        }
        saved = ws->saveCopyAs(copy);
        return {};
    });
    QVERIFY(written);
    QVERIFY2(saved, qPrintable(saved ? QString() : describe(saved.error())));
    QStringList expected{u"copy.attest"_s,
                         u"original.attest"_s,
                         u"original.attest-shm"_s,
                         u"original.attest-wal"_s,
                         u"original.attest.lock"_s};
    QCOMPARE(listing(dir), expected); // no partial files, no -wal of the copy

    auto copied = openWorkspace(copy, &m_clock);
    QVERIFY(copied);
    QCOMPARE(systemsOf(*copied), committed);
    QCOMPARE(copied->id(), ws->id()); // the identity survives Save As
    QCOMPARE(copied->schemaVersion(), Workspace::latestSchemaVersion());
    auto verified = AuditVerifier::verify(copied->connection());
    QVERIFY(verified);
    QVERIFY2(verified->intact, qPrintable(verified->summary()));
    QCOMPARE(verified->eventCount, head->seq);
    QCOMPARE(verified->headHash, head->hash);
    QCOMPARE(shell(copy, u"PRAGMA integrity_check;"_s), u"ok"_s);

    // The original is unaffected and goes on working.
    QVERIFY(SystemRepository(ws->connection()).idForCode(u"PENDING-1"_s)->has_value());
    QVERIFY(!SystemRepository(copied->connection()).idForCode(u"PENDING-1"_s)->has_value());
}

void TestWorkspace::saveCopyAsRefusesOwnPath()
{
    const QString dir = folder(u"save over self"_s);
    const QString path = dir + u"/self.attest"_s;
    auto ws = createWorkspace(path, &m_clock);
    QVERIFY(ws);
    QVERIFY(SystemRepository(ws->connection()).create(makeSystem(u"A-1"_s, u"One"_s)));
    const QStringList filesBefore = listing(dir);
    const QStringList spellings{
        path, dir + u"/./self.attest"_s, dir + u"/../"_s + QFileInfo(dir).fileName() + u"/self.attest"_s};
    for (const QString& spelling : spellings) {
        auto saved = ws->saveCopyAs(spelling);
        QVERIFY2(!saved, qPrintable(spelling));
        QCOMPARE(saved.error().code, ErrorCode::Conflict);
        QVERIFY2(saved.error().message.contains(u"is the open workspace"_s), qPrintable(saved.error().message));
    }
    QCOMPARE(listing(dir), filesBefore);
    QVERIFY(SystemRepository(ws->connection()).create(makeSystem(u"A-2"_s, u"Two"_s)));
    auto verified = AuditVerifier::verify(ws->connection());
    QVERIFY(verified && verified->intact);
    QCOMPARE(verified->eventCount, 2);
}

void TestWorkspace::saveCopyAsReplacesExistingFile()
{
    const QString dir = folder(u"save replace"_s);
    const QString path = dir + u"/source.attest"_s;
    const QString target = dir + u"/target.attest"_s;
    {
        auto other = createWorkspace(target, &m_clock);
        QVERIFY(other);
        QVERIFY(SystemRepository(other->connection()).create(makeSystem(u"OLD-1"_s, u"To be replaced"_s)));
    }
    auto ws = createWorkspace(path, &m_clock);
    QVERIFY(ws);
    QVERIFY(SystemRepository(ws->connection()).create(makeSystem(u"NEW-1"_s, u"Replacement"_s)));
    QVERIFY(SystemRepository(ws->connection()).create(makeSystem(u"NEW-2"_s, u"Replacement two"_s)));

    auto saved = ws->saveCopyAs(target);
    QVERIFY2(saved, qPrintable(saved ? QString() : describe(saved.error())));
    auto replaced = openWorkspace(target, &m_clock);
    QVERIFY(replaced);
    QCOMPARE(systemsOf(*replaced), systemsOf(*ws));
    QCOMPARE(replaced->id(), ws->id());
    auto verified = AuditVerifier::verify(replaced->connection());
    QVERIFY(verified && verified->intact);
    QCOMPARE(verified->eventCount, 2);
}

void TestWorkspace::saveCopyAsRefusesWorkspaceInUse()
{
    const QString dir = folder(u"save in use"_s);
    const QString path = dir + u"/source.attest"_s;
    const QString target = dir + u"/in-use.attest"_s;
    auto other = createWorkspace(target, &m_clock);
    QVERIFY(other);
    QVERIFY(SystemRepository(other->connection()).create(makeSystem(u"OLD-1"_s, u"Still in use"_s)));
    auto ws = createWorkspace(path, &m_clock);
    QVERIFY(ws);
    QVERIFY(SystemRepository(ws->connection()).create(makeSystem(u"NEW-1"_s, u"Replacement"_s)));

    const QStringList filesBefore = listing(dir);
    auto saved = ws->saveCopyAs(target);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::Locked);
    QVERIFY2(saved.error().message.contains(nativeName(target)), qPrintable(saved.error().message));
    QCOMPARE(listing(dir), filesBefore);
    QCOMPARE(systemsOf(*other), (QMap<QString, QString>{{u"OLD-1"_s, u"Still in use"_s}}));
}

// Save As is how a read-only workspace becomes a writable one.
void TestWorkspace::saveCopyAsOfReadOnlyWorkspace()
{
    const QString dir = folder(u"save read-only"_s);
    const QString path = dir + u"/source.attest"_s;
    const QString copy = dir + u"/writable.attest"_s;
    {
        auto ws = createWorkspace(path, &m_clock);
        QVERIFY(ws);
        QVERIFY(SystemRepository(ws->connection()).create(makeSystem(u"A-1"_s, u"One"_s)));
    }
    const QByteArray before = readFile(path);
    Workspace::Options options;
    options.access = Workspace::Access::ReadOnly;
    auto ws = Workspace::open(path, options);
    QVERIFY2(ws, qPrintable(ws ? QString() : describe(ws.error())));
    auto saved = (*ws)->saveCopyAs(copy);
    QVERIFY2(saved, qPrintable(saved ? QString() : describe(saved.error())));
    ws->reset();
    QCOMPARE(readFile(path), before);

    auto copied = openWorkspace(copy, &m_clock);
    QVERIFY(copied);
    QVERIFY(!copied->isReadOnly());
    QCOMPARE(systemsOf(*copied), (QMap<QString, QString>{{u"A-1"_s, u"One"_s}}));
    QVERIFY(SystemRepository(copied->connection()).create(makeSystem(u"A-2"_s, u"Two"_s)));
    auto verified = AuditVerifier::verify(copied->connection());
    QVERIFY(verified && verified->intact);
    QCOMPARE(verified->eventCount, 2);
}

// With WAL a reader never waits for a writer: a worker thread's connection reads the committed state while the
// UI thread's write transaction is open (had it to wait, the busy timeout would turn that into a Locked error).
void TestWorkspace::workerReadsWhileWritePending()
{
    const QString path = folder(u"worker"_s) + u"/worker.attest"_s;
    auto ws = createWorkspace(path, &m_clock);
    QVERIFY(ws);
    SystemRepository repo(ws->connection());
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(repo.create(makeSystem(u"SYS-%1"_s.arg(i), u"System %1"_s.arg(i))));
    }

    struct Seen
    {
        QString error;
        qint64 count = -1;
        bool pendingVisible = true;
        qint64 headSeq = -1;
        bool otherThread = false;
    };
    const Workspace& workspace = *ws;
    auto readInWorker = [&workspace] {
        return QtConcurrent::run([&workspace] {
            Seen seen;
            seen.otherThread = QThread::currentThread() != QCoreApplication::instance()->thread();
            auto connection = workspace.openConnection(Workspace::Access::ReadOnly);
            if (!connection) {
                seen.error = describe(connection.error());
                return seen;
            }
            SystemRepository workerRepo(**connection);
            auto count = workerRepo.count(true);
            auto pending = workerRepo.idForCode(u"PENDING-1"_s);
            auto head = (*connection)->auditHead();
            if (!count || !pending || !head) {
                seen.error = describe(!count ? count.error() : !pending ? pending.error() : head.error());
                return seen;
            }
            seen.count = *count;
            seen.pendingVisible = pending->has_value();
            seen.headSeq = head->seq;
            return seen; // the connection is destroyed here, on the worker thread
        });
    };

    Seen during;
    qint64 countInsideWrite = -1;
    auto written = ws->connection().write(u"Pending"_s, [&](WriteTransaction& txn) -> Result<void> {
        auto created = SystemRepository::create(txn, makeSystem(u"PENDING-1"_s, u"Uncommitted"_s));
        if (!created) {
            return created.error();
        }
        countInsideWrite = repo.count(true).value();
        during = readInWorker().result();
        return {};
    });
    QVERIFY(written);
    QCOMPARE(countInsideWrite, 4); // the write really was pending when the worker read
    QVERIFY2(during.error.isEmpty(), qPrintable(during.error));
    QVERIFY(during.otherThread);
    QCOMPARE(during.count, 3);
    QVERIFY(!during.pendingVisible);
    QCOMPARE(during.headSeq, 3);

    const Seen after = readInWorker().result();
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QCOMPARE(after.count, 4);
    QVERIFY(after.pendingVisible);
    QCOMPARE(after.headSeq, 4);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "TestWorkspace.moc"
