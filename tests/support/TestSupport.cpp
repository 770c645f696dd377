#include "TestSupport.h"

#include "storage/crypto/EncryptedVfs.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace attest::test {

namespace {
// Installed before any test runs: the hook is read by Workspace::create/open only.
const bool s_encryptionInstalled = [] {
    if (qEnvironmentVariableIntValue("ATTEST_TEST_ENCRYPTION") == 1) {
        Workspace::setTestEncryption(std::make_shared<const crypto::EncryptionKeys>(testEncryptionKeys()));
    }
    return true;
}();
} // namespace

bool encryptedRun()
{
    return s_encryptionInstalled && Workspace::testEncryptionEnabled();
}

crypto::EncryptionKeys testEncryptionKeys()
{
    crypto::EncryptionKeys keys;
    keys.keychainKey = crypto::SecretBuffer::copyOf(QByteArrayView("attest-test-keychain-key-32bytes"));
    keys.kdf = crypto::KdfParams::minimal();
    return keys;
}

QString dataPath(const QString& relative)
{
    return QStringLiteral(ATTEST_TEST_DATA_DIR) + u'/' + relative;
}

Actor testActor()
{
    return Actor{u"Test Officer"_s, u"tester"_s};
}

std::unique_ptr<Workspace> createWorkspace(const QString& path, const Clock* clock)
{
    Workspace::Options options;
    options.actor = testActor();
    options.clock = clock;
    auto ws = Workspace::create(path, options);
    if (!ws) {
        QTest::qFail(
            qPrintable(u"create failed: "_s + ws.error().message + u" / "_s + ws.error().detail), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(*ws);
}

std::unique_ptr<Workspace> openWorkspace(const QString& path, const Clock* clock)
{
    Workspace::Options options;
    options.actor = testActor();
    options.clock = clock;
    auto ws = Workspace::open(path, options);
    if (!ws) {
        QTest::qFail(
            qPrintable(u"open failed: "_s + ws.error().message + u" / "_s + ws.error().detail), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(*ws);
}

static ProcessResult run(const QString& program, const QStringList& arguments, const QByteArray& input, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(10000)) {
        result.err = u"could not start "_s + program;
        return result;
    }
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = u"timed out: "_s + program + u' ' + arguments.join(u' ');
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err += QString::fromUtf8(process.readAllStandardError());
    return result;
}

// In encrypted runs the sqlite3 shell cannot read the workspaces (that is the point); the tests that tamper with a
// workspace "from another SQL client" get the same thing through the encrypting VFS with the test key and no
// Attest functions registered: list-mode output, stop at the first error, the shell's exit codes.
static ProcessResult encryptedShell(const QString& db, const QString& sql)
{
    ProcessResult result;
    auto unlocked = crypto::unlock(db, testEncryptionKeys());
    if (!unlocked) {
        result.exitCode = 1;
        result.err = unlocked.error().message;
        return result;
    }
    auto key = crypto::VfsKey::create(unlocked->dataKey, unlocked->bytes);
    sqlite3* h = nullptr;
    if (!key ||
        sqlite3_open_v2(key->uri(db).toUtf8().constData(), &h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, nullptr) !=
            SQLITE_OK) {
        result.exitCode = 1;
        result.err = u"Error: unable to open database"_s;
        sqlite3_close(h);
        return result;
    }
    sqlite3_busy_timeout(h, 5000);
    const QByteArray script = sql.toUtf8();
    const char* tail = script.constData();
    result.exitCode = 0;
    while (tail && *tail) {
        sqlite3_stmt* stmt = nullptr;
        const char* next = nullptr;
        int rc = sqlite3_prepare_v2(h, tail, -1, &stmt, &next);
        if (rc == SQLITE_OK && stmt) {
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
                QStringList columns;
                for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
                    columns << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, i)));
                }
                result.out += columns.join(u'|') + u'\n';
            }
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_OK) {
            result.exitCode = 1;
            result.err = u"Runtime error: "_s + QString::fromUtf8(sqlite3_errmsg(h)) + u'\n';
            break;
        }
        tail = next;
    }
    sqlite3_close(h);
    return result;
}

ProcessResult sqliteShell(const QString& db, const QString& sql)
{
    if (encryptedRun() && crypto::hasEncryptedMagic(readFile(db).left(crypto::HeaderSize))) {
        return encryptedShell(db, sql);
    }
    return run(QStringLiteral(ATTEST_SQLITE3_SHELL), {u"-bail"_s, db}, sql.toUtf8(), 60000);
}

QString attestBinary()
{
    return QStringLiteral(ATTEST_BINARY_PATH);
}

ProcessResult runAttest(const QStringList& arguments, const QByteArray& stdinData, int timeoutMs)
{
    return run(attestBinary(), arguments, stdinData, timeoutMs);
}

OscalValidation validateOscal(const QStringList& documents)
{
    QStringList arguments{QStringLiteral(ATTEST_OSCAL_VALIDATOR),
                          dataPath(QStringLiteral("oscal/oscal_complete_schema-1-1-3.json"))};
    arguments << documents;
    const ProcessResult result = run(QStringLiteral(ATTEST_NODE), arguments, {}, 300000);
    OscalValidation validation;
    validation.ok = result.exitCode == 0;
    validation.report = result.out + result.err;
    return validation;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace attest::test
