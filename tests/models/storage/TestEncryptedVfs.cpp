// Encryption at rest (issue 10): the encrypting VFS and the encrypted workspace built on it.
// - No marker written into system names, notes or an evidence file appears in the raw bytes of any file in the
//   workspace's folder: while it is open, after it is closed, and after a writer is SIGKILLed mid-stream (this
//   executable is that writer when ATTEST_VFS_CHILD=<workspace> is set).
// - A flipped byte anywhere (every page of a raw database at several offsets, sampled pages of a workspace, both
//   header copies), two swapped pages or a truncated file make opening or reading fail with "damaged or tampered",
//   never with different data.
// - The passphrase opens what the keychain key opens, a wrong key or passphrase is refused, Save As writes an
//   encrypted copy, and the stock sqlite3 shell and the default VFS call the file "not a database".

#include "TestSupport.h"
#include "audit/AuditVerifier.h"
#include "compliance/Compliance.h"
#include "compliance/ComplianceService.h"
#include "storage/ConnectionPrivate.h"
#include "storage/SqliteSupport.h"
#include "storage/SystemRepository.h"
#include "storage/crypto/EncryptedVfs.h"
#include "storage/crypto/WorkspaceHeader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <sqlite3.h>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

namespace {

constexpr char ChildVariable[] = "ATTEST_VFS_CHILD";
const QByteArray NameMarker = "QZX-NAME-MARKER-4711";
const QByteArray NotesMarker = "QZX-NOTES-MARKER-4711";
const QByteArray EvidenceMarker = "QZX-EVIDENCE-MARKER-4711";
constexpr qint64 PageSize = 4096;

std::shared_ptr<const crypto::EncryptionKeys> makeKeys(QByteArrayView keychain, QByteArrayView passphrase = {})
{
    auto keys = std::make_shared<crypto::EncryptionKeys>();
    if (!keychain.isEmpty()) {
        keys->keychainKey = crypto::SecretBuffer::copyOf(keychain);
    }
    if (!passphrase.isEmpty()) {
        keys->passphrase = crypto::SecretBuffer::copyOf(passphrase);
    }
    keys->kdf = crypto::KdfParams::minimal();
    return keys;
}

std::shared_ptr<const crypto::EncryptionKeys> defaultKeys()
{
    return makeKeys("0123456789abcdef0123456789abcdef");
}

Workspace::Options optionsWith(std::shared_ptr<const crypto::EncryptionKeys> keys)
{
    Workspace::Options options;
    options.actor = testActor();
    options.encryption = std::move(keys);
    return options;
}

Result<void> addMarkedData(Connection& connection, int from, int count)
{
    SystemRepository systems(connection);
    for (int i = from; i < from + count; ++i) {
        AiSystem system = AiSystem::withDefaults();
        system.set(u"code"_s, u"SYS-%1"_s.arg(i));
        system.set(u"name"_s, QString::fromLatin1(NameMarker) + u" %1"_s.arg(i));
        system.set(u"notes"_s, QString::fromLatin1(NotesMarker) + u" %1"_s.arg(i));
        if (auto id = systems.create(system); !id) {
            return id.error();
        }
    }
    return {};
}

Result<void> addMarkedEvidence(Connection& connection)
{
    Evidence meta;
    meta.fileName = u"marked.txt"_s;
    const QByteArray contents = "Evidence file\n" + EvidenceMarker + "\n" + QByteArray(6000, 'e') + EvidenceMarker;
    auto id = ComplianceService(connection).addFileEvidence(meta, contents);
    if (!id) {
        return id.error();
    }
    return {};
}

// "<file>: <marker>" for every marker found in the raw bytes of any file in `dir`.
QStringList markersIn(const QString& dir)
{
    QStringList found;
    for (const QFileInfo& info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
        const QByteArray bytes = readFile(info.absoluteFilePath());
        for (const QByteArray& marker : {NameMarker, NotesMarker, EvidenceMarker}) {
            if (bytes.contains(marker)) {
                found << info.fileName() + u": "_s + QString::fromLatin1(marker);
            }
        }
    }
    return found;
}

// Opens the workspace and reads all of it: integrity check, audit verification, every system and evidence file.
Result<void> readEverything(const QString& path, std::shared_ptr<const crypto::EncryptionKeys> keys)
{
    auto ws = Workspace::open(path, optionsWith(std::move(keys)));
    if (!ws) {
        return ws.error();
    }
    const ConnectionPrivate& c = ConnectionPrivate::get((*ws)->connection());
    auto integrity = c.exec(u"PRAGMA integrity_check"_s, {}, u"integrity check"_s);
    if (!integrity) {
        return integrity.error();
    }
    QStringList problems;
    while (integrity->next()) {
        problems << integrity->value(0).toString();
    }
    if (integrity->lastError().isValid()) {
        return sqlite::toError(integrity->lastError(), u"integrity check"_s);
    }
    if (problems != QStringList{u"ok"_s}) {
        return makeError(ErrorCode::Database, u"integrity: "_s + problems.join(u"; "_s));
    }
    auto verified = AuditVerifier::verify((*ws)->connection());
    if (!verified) {
        return verified.error();
    }
    if (!verified->intact) {
        return makeError(ErrorCode::Database, u"audit: "_s + verified->summary());
    }
    auto all = SystemRepository((*ws)->connection()).all();
    if (!all) {
        return all.error();
    }
    return {};
}

void flipByte(const QString& path, qint64 offset)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    char byte = 0;
    QVERIFY(file.getChar(&byte));
    QVERIFY(file.seek(offset));
    QVERIFY(file.putChar(char(byte ^ 0x01)));
}

bool isTamperError(const Error& error)
{
    return error.code == ErrorCode::Corrupt && error.message.contains(u"tampered"_s);
}

int runChild(const QString& path)
{
    auto ws = Workspace::open(path, optionsWith(defaultKeys()));
    if (!ws) {
        std::fprintf(stderr, "child: open failed: %s\n", qPrintable(ws.error().message));
        return 3;
    }
    for (int n = 1000; n < 1000000; ++n) {
        if (auto added = addMarkedData((*ws)->connection(), n, 1); !added) {
            std::fprintf(stderr, "child: %s\n", qPrintable(added.error().message));
            return 4;
        }
        std::printf("committed %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class TestEncryptedVfs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace; // encrypted, with systems and evidence, closed
    QString freshDir(const QString& name);

private Q_SLOTS:
    void initTestCase();
    void markersNeverReachTheDisk();
    void markersNeverReachTheDiskAfterKill();
    void tamperedLogFrameIsRefused();
    void damagedLogTailIsATornWrite();
    void stockSqliteSaysNotADatabase();
    void everyPageOfARawDatabaseIsAuthenticated();
    void tamperedWorkspaceIsRefused_data();
    void tamperedWorkspaceIsRefused();
    void passphraseAndKeychainKey();
    void saveCopyAsStaysEncrypted();
    void rawConnectionThroughQtSql();
};

QString TestEncryptedVfs::freshDir(const QString& name)
{
    const QString dir = m_dir.filePath(name);
    [&] { QVERIFY(QDir().mkpath(dir)); }();
    return dir;
}

void TestEncryptedVfs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString dir = freshDir(u"base"_s);
    auto ws = Workspace::create(dir + u"/created.attest"_s, optionsWith(defaultKeys()));
    QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
    QVERIFY((*ws)->isEncrypted());
    QVERIFY(addMarkedData((*ws)->connection(), 1, 30));
    QVERIFY(addMarkedEvidence((*ws)->connection()));
    // A compacted copy (Save As): no free pages, so reading everything reads every page.
    m_workspace = dir + u"/base.attest"_s;
    QVERIFY((*ws)->saveCopyAs(m_workspace));
    // Opened once: a copy is switched to write-ahead logging on its first open, which rewrites page 1.
    QVERIFY(readEverything(m_workspace, defaultKeys()));
}

void TestEncryptedVfs::markersNeverReachTheDisk()
{
    // The scan itself finds markers in a plain workspace.
    {
        const QString dir = freshDir(u"plain"_s);
        Workspace::Options options;
        options.actor = testActor();
        if (Workspace::testEncryptionEnabled()) {
            QSKIP("plain control needs a plain run");
        }
        auto ws = Workspace::create(dir + u"/plain.attest"_s, options);
        QVERIFY(ws);
        QVERIFY(addMarkedData((*ws)->connection(), 1, 3));
        QVERIFY(addMarkedEvidence((*ws)->connection()));
        QCOMPARE(markersIn(dir).size() >= 3, true);
    }

    const QString dir = freshDir(u"markers"_s);
    const QString path = dir + u"/enc.attest"_s;
    auto ws = Workspace::create(path, optionsWith(defaultKeys()));
    QVERIFY(ws);
    QVERIFY(addMarkedData((*ws)->connection(), 1, 40));
    QVERIFY(addMarkedEvidence((*ws)->connection()));
    // Open: the changes sit in the write-ahead log.
    QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
    QCOMPARE(markersIn(dir), QStringList());
    // A large sort and a temporary table: temporary files stay in memory.
    const ConnectionPrivate& c = ConnectionPrivate::get((*ws)->connection());
    QVERIFY(c.exec(u"CREATE TEMP TABLE scratch AS SELECT name, notes FROM ai_systems"_s, {}, {}));
    QVERIFY(c.exec(u"SELECT s.name FROM ai_systems s, ai_systems t ORDER BY s.notes || t.name"_s, {}, {}));
    QCOMPARE(markersIn(dir), QStringList());
    auto copyOfWal = c.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s, {}, {});
    QVERIFY(copyOfWal);
    QCOMPARE(markersIn(dir), QStringList());
    ws->reset();
    QCOMPARE(markersIn(dir), QStringList());
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{u"enc.attest"_s});
    QVERIFY(crypto::hasEncryptedMagic(readFile(path)));
}

void TestEncryptedVfs::markersNeverReachTheDiskAfterKill()
{
    const QString dir = freshDir(u"killed"_s);
    const QString path = dir + u"/killed.attest"_s;
    {
        auto ws = Workspace::create(path, optionsWith(defaultKeys()));
        QVERIFY(ws);
    }
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ChildVariable), path);
    child.setProcessEnvironment(env);
    child.setProgram(QCoreApplication::applicationFilePath());
    child.start();
    QVERIFY2(child.waitForStarted(30000), qPrintable(child.errorString()));
    int committed = 0;
    while (committed < 40) {
        if (!child.canReadLine() && !child.waitForReadyRead(120000)) {
            QFAIL(qPrintable(u"the child stopped: "_s + QString::fromUtf8(child.readAllStandardError())));
        }
        while (child.canReadLine()) {
            QVERIFY(child.readLine().startsWith("committed "));
            ++committed;
        }
    }
    QCOMPARE(child.state(), QProcess::Running);
    child.kill();
    QVERIFY(child.waitForFinished(60000));
    QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
    QCOMPARE(markersIn(dir), QStringList());

    // Every reported commit is there after recovery.
    auto ws = Workspace::open(path, optionsWith(defaultKeys()));
    QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
    auto count = SystemRepository((*ws)->connection()).count(true);
    QVERIFY(count);
    QVERIFY2(*count >= committed, qPrintable(u"%1 of %2"_s.arg(*count).arg(committed)));
    ws->reset();
    QVERIFY(readEverything(path, defaultKeys()));
    QCOMPARE(markersIn(dir), QStringList());
}

void TestEncryptedVfs::tamperedLogFrameIsRefused()
{
    // Committed transactions still in the write-ahead log (the writer was killed): a changed byte in an early
    // frame, followed by later transactions, is tampering, not a torn write.
    const QString dir = freshDir(u"wal-tamper"_s);
    const QString path = dir + u"/w.attest"_s;
    {
        auto ws = Workspace::create(path, optionsWith(defaultKeys()));
        QVERIFY(ws);
    }
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ChildVariable), path);
    child.setProcessEnvironment(env);
    child.setProgram(QCoreApplication::applicationFilePath());
    child.start();
    QVERIFY2(child.waitForStarted(30000), qPrintable(child.errorString()));
    int committed = 0;
    while (committed < 20) {
        if (!child.canReadLine() && !child.waitForReadyRead(120000)) {
            QFAIL("the child stopped");
        }
        while (child.canReadLine()) {
            child.readLine();
            ++committed;
        }
    }
    child.kill();
    QVERIFY(child.waitForFinished(60000));
    const QString wal = path + u"-wal"_s;
    constexpr qint64 FrameSize = PageSize + 24;
    QVERIFY2(QFileInfo(wal).size() > 32 + 10 * FrameSize, qPrintable(QString::number(QFileInfo(wal).size())));
    flipByte(wal, 32 + 2 * FrameSize + 24 + 100);
    auto result = readEverything(path, defaultKeys());
    QVERIFY2(!result, "a tampered log was read without complaint");
    QVERIFY2(isTamperError(result.error()), qPrintable(result.error().message + u" / "_s + result.error().detail));
}

void TestEncryptedVfs::damagedLogTailIsATornWrite()
{
    // The last frame of the log may be torn by a power cut: like plain SQLite, recovery ends the log before it and
    // loses at most the last transaction, and the workspace opens.
    const QString dir = freshDir(u"wal-tail"_s);
    const QString path = dir + u"/w.attest"_s;
    {
        auto ws = Workspace::create(path, optionsWith(defaultKeys()));
        QVERIFY(ws);
    }
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ChildVariable), path);
    child.setProcessEnvironment(env);
    child.setProgram(QCoreApplication::applicationFilePath());
    child.start();
    QVERIFY2(child.waitForStarted(30000), qPrintable(child.errorString()));
    int committed = 0;
    while (committed < 20) {
        if (!child.canReadLine() && !child.waitForReadyRead(120000)) {
            QFAIL("the child stopped");
        }
        while (child.canReadLine()) {
            child.readLine();
            ++committed;
        }
    }
    child.kill();
    QVERIFY(child.waitForFinished(60000));
    committed += int(child.readAllStandardOutput().count("committed"));
    const QString wal = path + u"-wal"_s;
    constexpr qint64 FrameSize = PageSize + 24;
    const qint64 frames = (QFileInfo(wal).size() - 32) / FrameSize;
    QVERIFY(frames > 10);
    flipByte(wal, 32 + (frames - 1) * FrameSize + 24 + 100);
    QVERIFY(readEverything(path, defaultKeys()));
    auto ws = Workspace::open(path, optionsWith(defaultKeys()));
    QVERIFY(ws);
    auto count = SystemRepository((*ws)->connection()).count(true);
    QVERIFY(count);
    QVERIFY2(*count >= committed - 1, qPrintable(u"%1 of %2"_s.arg(*count).arg(committed)));
}

void TestEncryptedVfs::stockSqliteSaysNotADatabase()
{
    const ProcessResult shell = sqliteShell(m_workspace, u"PRAGMA integrity_check;"_s);
    QVERIFY2(QString(shell.out + shell.err).contains(u"file is not a database"_s), qPrintable(shell.out + shell.err));

    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(m_workspace).constData(), &db, SQLITE_OPEN_READONLY, nullptr),
             SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_schema", -1, &stmt, nullptr);
    QCOMPARE(rc, SQLITE_NOTADB);
    QCOMPARE(QString::fromUtf8(sqlite3_errmsg(db)), u"file is not a database"_s);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

void TestEncryptedVfs::everyPageOfARawDatabaseIsAuthenticated()
{
    const QString dir = freshDir(u"raw"_s);
    const QString path = dir + u"/raw.db"_s;
    auto keys = defaultKeys();
    auto header = crypto::newHeader(*keys, QByteArray(crypto::KeyIdSize, 'k'), PageSize);
    QVERIFY(header);
    auto key = crypto::VfsKey::create(header->dataKey, header->bytes);
    QVERIFY(key);
    const QByteArray uri = key->uri(path).toUtf8();

    auto exec = [](sqlite3* db, const char* sql) {
        char* error = nullptr;
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
        sqlite3_free(error);
        return rc;
    };
    {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open_v2(
                     uri.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, nullptr),
                 SQLITE_OK);
        int reserve = crypto::ReserveBytes;
        QCOMPARE(sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve), SQLITE_OK);
        QCOMPARE(exec(db, "PRAGMA journal_mode=WAL"), SQLITE_OK);
        QCOMPARE(exec(db, "CREATE TABLE t(x TEXT)"), SQLITE_OK);
        QCOMPARE(exec(db, "BEGIN"), SQLITE_OK);
        for (int i = 0; i < 150; ++i) {
            const QByteArray sql = "INSERT INTO t VALUES ('" + NotesMarker + QByteArray(400, char('a' + i % 26)) + "')";
            QCOMPARE(exec(db, sql.constData()), SQLITE_OK);
        }
        QCOMPARE(exec(db, "COMMIT"), SQLITE_OK);
        // A rollback-journal transaction as well.
        QCOMPARE(exec(db, "PRAGMA journal_mode=DELETE"), SQLITE_OK);
        QCOMPARE(exec(db, "UPDATE t SET x = x || 'j' WHERE rowid % 3 = 0"), SQLITE_OK);
        QCOMPARE(sqlite3_close(db), SQLITE_OK);
    }
    QCOMPARE(markersIn(dir), QStringList());
    const qint64 size = QFileInfo(path).size();
    QCOMPARE((size - crypto::HeaderSize) % PageSize, 0);
    const qint64 pages = (size - crypto::HeaderSize) / PageSize;
    QVERIFY(pages > 15);

    // Reads the whole database; the SQLite result code of the first failure, or SQLITE_OK.
    auto readAll = [&]() {
        sqlite3* db = nullptr;
        int rc = sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
        sqlite3_stmt* stmt = nullptr;
        if (rc == SQLITE_OK) {
            rc = sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr);
        }
        bool different = false;
        if (rc == SQLITE_OK) {
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
                different |= qstrcmp(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), "ok") != 0;
            }
        }
        rc = (rc == SQLITE_DONE || rc == SQLITE_OK) ? (different ? SQLITE_CORRUPT : SQLITE_OK)
                                                    : sqlite3_extended_errcode(db);
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        return rc;
    };
    QCOMPARE(readAll(), SQLITE_OK);

    // Every page, several offsets each: in the encrypted content, in the nonce, in the tag.
    const QList<qint64> offsets{0, 1, 100, PageSize / 2, PageSize - 41, PageSize - 40, PageSize - 17, PageSize - 1};
    for (qint64 page = 0; page < pages; ++page) {
        for (const qint64 offset : offsets) {
            const qint64 at = crypto::HeaderSize + page * PageSize + offset;
            flipByte(path, at);
            const int rc = readAll();
            QVERIFY2(rc == SQLITE_IOERR_DATA, qPrintable(u"page %1 offset %2: %3"_s.arg(page + 1).arg(offset).arg(rc)));
            flipByte(path, at);
        }
    }
    // Both header copies: the VFS refuses the file.
    for (const qint64 at : {0, 17, 30, 50, 60, 100, 200, 3000, 4040, 4070, 4095}) {
        for (const qint64 copy : {qint64(0), crypto::HeaderCopySize}) {
            flipByte(path, copy + at);
            QCOMPARE(readAll(), SQLITE_NOTADB);
            flipByte(path, copy + at);
        }
    }
    QCOMPARE(readAll(), SQLITE_OK);

    // Another key (same key id) cannot read it either.
    auto other = crypto::newHeader(*makeKeys("another key of thirty-two bytes!"), QByteArray(16, 'k'), PageSize);
    QVERIFY(other);
    auto otherKey = crypto::VfsKey::create(other->dataKey, other->bytes);
    sqlite3* db = nullptr;
    QCOMPARE(
        sqlite3_open_v2(otherKey->uri(path).toUtf8().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr),
        SQLITE_NOTADB);
    sqlite3_close(db);
}

void TestEncryptedVfs::tamperedWorkspaceIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("where");
    const qint64 pages = (QFileInfo(m_workspace).size() - crypto::HeaderSize) / PageSize;
    QVERIFY(pages > 10);
    for (const qint64 at : {0, 16, 28, 48, 60, 130, 170, 1000, 4040, 4090}) {
        QTest::addRow("header A +%lld", at) << u"flip"_s << at;
        QTest::addRow("header B +%lld", at) << u"flip"_s << crypto::HeaderCopySize + at;
    }
    const qint64 step = std::max<qint64>(1, pages / 12);
    for (qint64 page = 0; page < pages; page += step) {
        QTest::addRow("page %lld start", page + 1) << u"flip"_s << crypto::HeaderSize + page * PageSize + 5;
        QTest::addRow("page %lld tag", page + 1) << u"flip"_s << crypto::HeaderSize + page * PageSize + PageSize - 3;
    }
    QTest::addRow("last page") << u"flip"_s << crypto::HeaderSize + (pages - 1) * PageSize + 2000;
    QTest::addRow("swap pages 2 and 3") << u"swap"_s << qint64(1);
    QTest::addRow("swap pages 1 and last") << u"swap"_s << qint64(0);
    QTest::addRow("truncated by a page") << u"truncate"_s << PageSize;
    QTest::addRow("truncated mid-page") << u"truncate"_s << PageSize / 2;
    QTest::addRow("truncated into the header") << u"truncate"_s << QFileInfo(m_workspace).size() - 5000;
}

void TestEncryptedVfs::tamperedWorkspaceIsRefused()
{
    QFETCH(QString, kind);
    QFETCH(qint64, where);
    const QString dir = freshDir(u"tamper-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    const QString path = dir + u"/t.attest"_s;
    QVERIFY(QFile::copy(m_workspace, path));
    const qint64 size = QFileInfo(path).size();
    if (kind == u"flip"_s) {
        flipByte(path, where);
    } else if (kind == u"swap"_s) {
        QByteArray bytes = readFile(path);
        const qint64 a = crypto::HeaderSize + where * PageSize;
        const qint64 b = where == 0 ? size - PageSize : a + PageSize;
        const QByteArray pageA = bytes.mid(a, PageSize);
        bytes.replace(a, PageSize, bytes.mid(b, PageSize));
        bytes.replace(b, PageSize, pageA);
        QVERIFY(writeFile(path, bytes));
    } else {
        QVERIFY(QFile::resize(path, size - where));
    }
    const QByteArray before = readFile(path);
    auto result = readEverything(path, defaultKeys());
    QVERIFY2(!result, "a damaged workspace was read without complaint");
    QVERIFY2(
        isTamperError(result.error()),
        qPrintable(u"%1: %2 / %3"_s.arg(int(result.error().code)).arg(result.error().message, result.error().detail)));
    // Nothing was changed by trying.
    const QByteArray after = readFile(path);
    qint64 firstDifference = -1;
    for (qint64 i = 0; i < std::min(after.size(), before.size()) && firstDifference < 0; ++i) {
        if (after.at(i) != before.at(i)) {
            firstDifference = i;
        }
    }
    QVERIFY2(after == before,
             qPrintable(
                 u"size %1 -> %2, first difference at %3"_s.arg(before.size()).arg(after.size()).arg(firstDifference)));
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{u"t.attest"_s});
}

void TestEncryptedVfs::passphraseAndKeychainKey()
{
    const QString dir = freshDir(u"passphrase"_s);
    const QString path = dir + u"/p.attest"_s;
    QString id;
    {
        auto ws = Workspace::create(path, optionsWith(makeKeys("keychain key of thirty-two bytes", "correct horse")));
        QVERIFY(ws);
        id = (*ws)->id();
        QVERIFY(addMarkedData((*ws)->connection(), 1, 5));
    }
    auto info = Workspace::inspectEncryption(path);
    QVERIFY(info);
    QVERIFY(info->encrypted);
    QCOMPARE(info->keyId, id);
    QVERIFY(info->hasKeychainSlot);
    QVERIFY(info->hasPassphraseSlot);
    QCOMPARE(info->pageSize, quint32(PageSize));

    auto plainInfo = Workspace::inspectEncryption(m_dir.filePath(u"base/none"_s));
    QVERIFY(!plainInfo); // no such file

    {
        auto ws = Workspace::open(path, optionsWith(makeKeys({}, "correct horse")));
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        QCOMPARE((*ws)->id(), id);
        auto count = SystemRepository((*ws)->connection()).count(true);
        QVERIFY(count);
        QCOMPARE(*count, 5);
    }
    // The keychain key alone, and a wrong keychain key with the right passphrase.
    QVERIFY(Workspace::open(path, optionsWith(makeKeys("keychain key of thirty-two bytes"))));
    QVERIFY(Workspace::open(path, optionsWith(makeKeys("wrong keychain key of 32 bytes!!", "correct horse"))));

    auto wrong = Workspace::open(path, optionsWith(makeKeys({}, "incorrect horse")));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::WrongKey);
    QVERIFY(wrong.error().message.contains(u"passphrase"_s));
    auto wrongKey = Workspace::open(path, optionsWith(makeKeys("wrong keychain key of 32 bytes!!")));
    QVERIFY(!wrongKey);
    QCOMPARE(wrongKey.error().code, ErrorCode::WrongKey);
    if (!Workspace::testEncryptionEnabled()) {
        auto none = Workspace::open(path, optionsWith(nullptr));
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::NeedsKey);
    }
    // Refusals change nothing.
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{u"p.attest"_s});
    QCOMPARE(markersIn(dir), QStringList());
}

void TestEncryptedVfs::saveCopyAsStaysEncrypted()
{
    const QString dir = freshDir(u"copy"_s);
    const QString copy = dir + u"/copy.attest"_s;
    {
        auto ws = Workspace::open(m_workspace, optionsWith(defaultKeys()));
        QVERIFY(ws);
        auto saved = (*ws)->saveCopyAs(copy);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    }
    QVERIFY(crypto::hasEncryptedMagic(readFile(copy)));
    QCOMPARE(markersIn(dir), QStringList());
    QVERIFY(readEverything(copy, defaultKeys()));
    auto info = Workspace::inspectEncryption(copy);
    QVERIFY(info);
    QCOMPARE(info->keyId, Workspace::inspectEncryption(m_workspace)->keyId);
}

void TestEncryptedVfs::rawConnectionThroughQtSql()
{
    // The storage layer's own path: QSQLITE with a file: URI naming the VFS and the key token.
    auto unlocked = crypto::unlock(m_workspace, *defaultKeys());
    QVERIFY2(unlocked, unlocked ? "" : qPrintable(unlocked.error().message));
    auto key = crypto::VfsKey::create(unlocked->dataKey, unlocked->bytes);
    QVERIFY(key);
    QVERIFY(!key->uri(m_workspace).contains(u"0123456789abcdef"_s));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(key->uri(m_workspace));
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT count(*) FROM ai_systems WHERE name LIKE 'QZX-NAME-MARKER%'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 30);
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    // Once the key is unregistered, the token opens nothing.
    const QString uri = key->uri(m_workspace);
    key.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"gone"_s);
        db.setDatabaseName(uri);
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"_s);
        QVERIFY(!db.open());
    }
    QSqlDatabase::removeDatabase(u"gone"_s);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray child = qgetenv(ChildVariable);
    if (!child.isEmpty()) {
        return runChild(QString::fromLocal8Bit(child));
    }
    TestEncryptedVfs test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestEncryptedVfs.moc"
