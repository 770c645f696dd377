// Encrypted workspaces from the command line, end to end, with a real keychain: the test starts a private D-Bus
// session with GNOME Keyring unlocked (as TestSigningCli does) and runs the built `attest` binary in it, and
// without any D-Bus session for "another computer" that has no keychain.
//  - `attest demo` encrypts the new workspace with a key kept in the keychain: the raw file holds no demo system
//    code, sqlite3 cannot read it, `workspace info` reports the keychain slot and key, `export systems` opens it
//    without being asked for anything.
//  - Without a keychain the same export fails (exit 2) and says to give a passphrase; after `set-passphrase` it
//    works with --passphrase-file or ATTEST_PASSPHRASE_FILE; a wrong passphrase is refused and leaves the file
//    byte for byte as it was.
//  - `rekey` keeps every record (the exported CSV is identical) and the previous passphrase no longer opens it,
//    unless given to rekey (then its slot is derived again) or set again.
//  - A rekey interrupted between re-encrypting and replacing the keychain entry loses nothing: the new key waits in
//    the pending entry, where the next command finds it. The key is never written anywhere but the keychain.
//  - `decrypt` needs --yes; its plain copy is a valid SQLite database whose audit trail records the export (and
//    verifies).
//  - `encrypt` turns a plain workspace (`demo --no-encrypt`) into an encrypted one in place, or keeps the plain
//    original with --keep-plain.
// Passphrase slots use cheap Argon2id parameters (ATTEST_TEST_KDF=minimal) to keep the test fast. The test is
// skipped only when dbus-run-session or gnome-keyring-daemon is not installed.

#include "KeyringSession.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

namespace {

// A system code of the demo inventory: in the plain file, never in the encrypted one.
const QByteArray Marker = "PAY-FRAUD-01";

// Reads or writes an entry of Attest's keychain service directly, in the session at `address` (as a keychain
// browser would).
QByteArray keychainRead(const QString& address, const QString& entry)
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());
    QKeychain::ReadPasswordJob job(u"org.attest.Attest"_s);
    job.setAutoDelete(false);
    job.setKey(entry);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError ? job.binaryData() : QByteArray();
}

bool keychainWrite(const QString& address, const QString& entry, const QByteArray& value)
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());
    QKeychain::WritePasswordJob job(u"org.attest.Attest"_s);
    job.setAutoDelete(false);
    job.setKey(entry);
    job.setBinaryData(value);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}

} // namespace

class TestWorkspaceCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void demoIsEncryptedWithTheKeychain();
    void withoutKeychainAPassphraseIsNeeded();
    void rekeyKeepsTheData();
    void interruptedRekeyFindsThePendingKey();
    void decryptWritesARecordedPlainCopy();
    void encryptReplacesAPlainWorkspace();
    void usage();

private:
    QProcessEnvironment withKeychain() const
    {
        QProcessEnvironment env = m_home.environment(m_session.address());
        env.insert(u"ATTEST_TEST_KDF"_s, u"minimal"_s);
        return env;
    }
    // Another computer: no D-Bus session, so no keychain (and no autolaunch).
    QProcessEnvironment withoutKeychain() const
    {
        QProcessEnvironment env = m_home.environment({});
        env.insert(u"ATTEST_TEST_KDF"_s, u"minimal"_s);
        return env;
    }
    ProcessResult attest(const QStringList& arguments) const { return run(withKeychain(), attestBinary(), arguments); }
    ProcessResult elsewhere(const QStringList& arguments, const QProcessEnvironment& extra = {}) const
    {
        QProcessEnvironment env = withoutKeychain();
        for (const QString& key : extra.keys()) {
            env.insert(key, extra.value(key));
        }
        return run(env, attestBinary(), arguments);
    }
    QString out(const QString& name) const { return m_work.filePath(name); }
    // The systems of `db` as CSV, through `attest export` in `env` (empty on failure).
    QByteArray systemsCsv(const QString& db, const QString& name, const QStringList& extra = {}, bool keychain = true)
    {
        const QString csv = out(name);
        QFile::remove(csv);
        QStringList arguments{u"export"_s, u"systems"_s, u"--db"_s, db, u"--format"_s, u"csv"_s, u"--out"_s, csv};
        arguments << extra;
        const ProcessResult r = keychain ? attest(arguments) : elsewhere(arguments);
        if (r.exitCode != 0) {
            qWarning().noquote() << describe(r);
            return {};
        }
        return readFile(csv);
    }
    QString passphraseFile(const QString& name, const QByteArray& passphrase) const
    {
        const QString path = out(name);
        writeFile(path, passphrase + "\n");
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

    PrivateHome m_home;
    KeyringSession m_session;
    QTemporaryDir m_work;
    QString m_db;
    QByteArray m_csv; // the demo's systems
};

void TestWorkspaceCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(attestBinary()), qPrintable(attestBinary()));
    for (const QString& tool : {u"dbus-run-session"_s, u"gnome-keyring-daemon"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty()) {
            QSKIP(qPrintable(u"%1 is not installed: the keychain tests need dbus and gnome-keyring "
                             "(installer/install-deps.sh)"_s.arg(tool)));
        }
    }
    QVERIFY(m_work.isValid());
    QVERIFY(m_home.make());
    QString error;
    QVERIFY2(m_session.start(m_home, &error), qPrintable(error));
    m_db = out(u"encrypted.attest"_s);
}

void TestWorkspaceCli::cleanupTestCase()
{
    m_session.stop();
}

void TestWorkspaceCli::demoIsEncryptedWithTheKeychain()
{
    const ProcessResult demo = attest({u"demo"_s, u"--db"_s, m_db});
    QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
    QVERIFY2(demo.out.contains(u"Encrypted; its key is in this computer's keychain."_s), qPrintable(demo.out));
    QVERIFY2(!demo.err.contains(u"not encrypted"_s), qPrintable(demo.err));

    const QByteArray raw = readFile(m_db);
    QVERIFY(raw.startsWith("Attest encrypted"));
    QVERIFY(!raw.contains(Marker));
    QVERIFY(!raw.contains("SQLite format 3"));
    const ProcessResult shell = sqliteShell(m_db, u"SELECT count(*) FROM sqlite_schema;"_s);
    QVERIFY2(shell.exitCode != 0 && shell.err.contains(u"file is not a database"_s), qPrintable(shell.err));

    const ProcessResult info = attest({u"workspace"_s, u"info"_s, u"--db"_s, m_db});
    QVERIFY2(info.exitCode == 0, qPrintable(describe(info)));
    QVERIFY2(info.out.contains(u"Encrypted: yes"_s), qPrintable(info.out));
    QVERIFY(info.out.contains(u"Keychain key slot: yes"_s));
    QVERIFY(info.out.contains(u"Recovery passphrase slot: no"_s));
    QVERIFY(info.out.contains(u"This computer's keychain: holds its key"_s));
    const ProcessResult json = attest({u"workspace"_s, u"info"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(u"encrypted"_s).toBool(), true);
    QCOMPARE(o.value(u"keychain"_s).toString(), u"holds-key"_s);
    QCOMPARE(o.value(u"keychain_slot"_s).toBool(), true);
    QCOMPARE(o.value(u"passphrase_slot"_s).toBool(), false);
    QCOMPARE(o.value(u"key_id"_s).toString().size(), 36);

    // Another command opens it without being asked for anything.
    m_csv = systemsCsv(m_db, u"systems.csv"_s);
    QVERIFY(m_csv.contains(Marker));
}

void TestWorkspaceCli::withoutKeychainAPassphraseIsNeeded()
{
    QVERIFY(!m_csv.isEmpty());
    const QStringList exportArgs{
        u"export"_s, u"systems"_s, u"--db"_s, m_db, u"--format"_s, u"csv"_s, u"--out"_s, out(u"elsewhere.csv"_s)};
    // Only the keychain key opens it so far.
    const ProcessResult keychainOnly = elsewhere(exportArgs);
    QCOMPARE(keychainOnly.exitCode, 2);
    QVERIFY2(keychainOnly.err.contains(u"has no recovery passphrase"_s) &&
                 keychainOnly.err.contains(u"set-passphrase"_s),
             qPrintable(keychainOnly.err));
    QVERIFY2(keychainOnly.err.contains(u"D-Bus"_s), qPrintable(keychainOnly.err)); // why the keychain gave nothing
    QVERIFY(!QFileInfo::exists(out(u"elsewhere.csv"_s)));
    // Not even a passphrase opens it before one is set.
    const QString first = passphraseFile(u"first.pass"_s, "correct horse battery staple");
    QCOMPARE(elsewhere(exportArgs + QStringList{u"--passphrase-file"_s, first}).exitCode, 2);

    const ProcessResult set =
        attest({u"workspace"_s, u"set-passphrase"_s, u"--db"_s, m_db, u"--passphrase-file"_s, first});
    QVERIFY2(set.exitCode == 0, qPrintable(describe(set)));
    const ProcessResult info = attest({u"workspace"_s, u"info"_s, u"--db"_s, m_db});
    QVERIFY2(info.out.contains(u"Recovery passphrase slot: yes"_s), qPrintable(info.out));
    // Now the same command asks for the passphrase.
    const ProcessResult needs = elsewhere(exportArgs);
    QCOMPARE(needs.exitCode, 2);
    QVERIFY2(needs.err.contains(u"--passphrase-file"_s) && needs.err.contains(u"ATTEST_PASSPHRASE_FILE"_s),
             qPrintable(needs.err));
    QVERIFY(!QFileInfo::exists(out(u"elsewhere.csv"_s)));

    QCOMPARE(systemsCsv(m_db, u"by-option.csv"_s, {u"--passphrase-file"_s, first}, false), m_csv);
    // Given before the command, too.
    const ProcessResult before = elsewhere(QStringList{u"--passphrase-file"_s, first} + exportArgs);
    QVERIFY2(before.exitCode == 0, qPrintable(describe(before)));
    QProcessEnvironment variable;
    variable.insert(u"ATTEST_PASSPHRASE_FILE"_s, first);
    QFile::remove(out(u"elsewhere.csv"_s));
    const ProcessResult byVariable = elsewhere(exportArgs, variable);
    QVERIFY2(byVariable.exitCode == 0, qPrintable(describe(byVariable)));
    QCOMPARE(readFile(out(u"elsewhere.csv"_s)), m_csv);

    // A wrong passphrase: refused, and the file is not touched.
    const QByteArray bytes = readFile(m_db);
    const QString wrong = passphraseFile(u"wrong.pass"_s, "correct horse battery stapler");
    const ProcessResult refused = elsewhere(exportArgs + QStringList{u"--passphrase-file"_s, wrong});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"does not unlock"_s), qPrintable(refused.err));
    QCOMPARE(readFile(m_db), bytes);
    QVERIFY(!QFileInfo::exists(m_db + u"-wal"_s) || QFileInfo(m_db + u"-wal"_s).size() == 0);

    // A passphrase file others can read is used, with a warning.
    QVERIFY(QFile::setPermissions(
        first, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const ProcessResult loose = elsewhere(exportArgs + QStringList{u"--passphrase-file"_s, first});
    QCOMPARE(loose.exitCode, 0);
    QVERIFY2(loose.err.contains(u"chmod 600"_s), qPrintable(loose.err));
    QVERIFY(QFile::setPermissions(first, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void TestWorkspaceCli::rekeyKeepsTheData()
{
    const QString first = out(u"first.pass"_s);
    QVERIFY(QFileInfo::exists(first));
    const QByteArray before = readFile(m_db);
    const QString keyId =
        QJsonDocument::fromJson(
            attest({u"workspace"_s, u"info"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s}).out.toUtf8())
            .object()
            .value(u"key_id"_s)
            .toString();

    // Without the passphrase: the data key and keychain key are new, and the passphrase slot goes with the old key.
    const ProcessResult rekey = attest({u"workspace"_s, u"rekey"_s, u"--db"_s, m_db});
    QVERIFY2(rekey.exitCode == 0, qPrintable(describe(rekey)));
    QVERIFY2(rekey.out.contains(u"set-passphrase"_s), qPrintable(rekey.out));
    const QByteArray after = readFile(m_db);
    QVERIFY(after.mid(8192, 4096) != before.mid(8192, 4096)); // page 1 under another key
    QVERIFY(!after.contains(Marker));
    QCOMPARE(systemsCsv(m_db, u"rekeyed.csv"_s), m_csv);
    const ProcessResult info = attest({u"workspace"_s, u"info"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s});
    const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
    QCOMPARE(o.value(u"key_id"_s).toString(), keyId); // the same keychain entry, with the new key
    QCOMPARE(o.value(u"keychain"_s).toString(), u"holds-key"_s);
    QCOMPARE(o.value(u"passphrase_slot"_s).toBool(), false);
    // The old passphrase no longer opens it.
    const ProcessResult old = elsewhere({u"systems"_s, u"list"_s, u"--db"_s, m_db, u"--passphrase-file"_s, first});
    QCOMPARE(old.exitCode, 2);

    // Set again, it does; rekey with it keeps it (derived again for the new key).
    QCOMPARE(attest({u"workspace"_s, u"set-passphrase"_s, u"--db"_s, m_db, u"--passphrase-file"_s, first}).exitCode, 0);
    QCOMPARE(elsewhere({u"systems"_s, u"list"_s, u"--db"_s, m_db, u"--passphrase-file"_s, first}).exitCode, 0);
    const ProcessResult keeping = attest({u"workspace"_s, u"rekey"_s, u"--db"_s, m_db, u"--passphrase-file"_s, first});
    QVERIFY2(keeping.exitCode == 0, qPrintable(describe(keeping)));
    QVERIFY(keeping.out.contains(u"still opens it"_s));
    QCOMPARE(systemsCsv(m_db, u"rekeyed-again.csv"_s, {u"--passphrase-file"_s, first}, false), m_csv);
    QCOMPARE(systemsCsv(m_db, u"rekeyed-keychain.csv"_s), m_csv);

    // Without a keychain, rekey cannot replace the keychain entry: refused, nothing changed.
    const QByteArray unchanged = readFile(m_db);
    const ProcessResult noKeychain =
        elsewhere({u"workspace"_s, u"rekey"_s, u"--db"_s, m_db, u"--passphrase-file"_s, first});
    QCOMPARE(noKeychain.exitCode, 3);
    QCOMPARE(readFile(m_db), unchanged);

    // The passphrase can be changed from another computer with the current one, and removed only where the
    // keychain key is at hand.
    const QString second = passphraseFile(u"second.pass"_s, "a second passphrase");
    const ProcessResult changed = elsewhere({u"workspace"_s,
                                             u"set-passphrase"_s,
                                             u"--db"_s,
                                             m_db,
                                             u"--current-passphrase-file"_s,
                                             first,
                                             u"--passphrase-file"_s,
                                             second});
    QVERIFY2(changed.exitCode == 0, qPrintable(describe(changed)));
    QCOMPARE(elsewhere({u"systems"_s, u"list"_s, u"--db"_s, m_db, u"--passphrase-file"_s, first}).exitCode, 2);
    QCOMPARE(elsewhere({u"systems"_s, u"list"_s, u"--db"_s, m_db, u"--passphrase-file"_s, second}).exitCode, 0);
    const ProcessResult removeElsewhere = elsewhere(
        {u"workspace"_s, u"set-passphrase"_s, u"--db"_s, m_db, u"--remove"_s, u"--current-passphrase-file"_s, second});
    QCOMPARE(removeElsewhere.exitCode, 2);
    const ProcessResult removed = attest({u"workspace"_s, u"set-passphrase"_s, u"--db"_s, m_db, u"--remove"_s});
    QVERIFY2(removed.exitCode == 0, qPrintable(describe(removed)));
    QCOMPARE(elsewhere({u"systems"_s, u"list"_s, u"--db"_s, m_db, u"--passphrase-file"_s, second}).exitCode, 2);
    QCOMPARE(systemsCsv(m_db, u"after-remove.csv"_s), m_csv);
}

void TestWorkspaceCli::interruptedRekeyFindsThePendingKey()
{
    const QString keyId =
        QJsonDocument::fromJson(
            attest({u"workspace"_s, u"info"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s}).out.toUtf8())
            .object()
            .value(u"key_id"_s)
            .toString();
    const QString entry = u"workspace-key-"_s + keyId;
    const QByteArray previous = keychainRead(m_session.address(), entry);
    QCOMPARE(previous.size(), 32);
    const ProcessResult rekey = attest({u"workspace"_s, u"rekey"_s, u"--db"_s, m_db});
    QVERIFY2(rekey.exitCode == 0, qPrintable(describe(rekey)));
    const QByteArray current = keychainRead(m_session.address(), entry);
    QCOMPARE(current.size(), 32);
    QVERIFY(current != previous);
    QVERIFY(keychainRead(m_session.address(), entry + u"-pending"_s).isEmpty()); // cleaned up
    // As if rekey had stopped after re-encrypting the file, before replacing the entry: the entry still holds the
    // previous key, the new one is only in the pending entry.
    QVERIFY(keychainWrite(m_session.address(), entry + u"-pending"_s, current));
    QVERIFY(keychainWrite(m_session.address(), entry, previous));
    QCOMPARE(systemsCsv(m_db, u"pending.csv"_s), m_csv);
    // Nothing is found without it.
    QVERIFY(keychainWrite(m_session.address(), entry + u"-pending"_s, previous));
    QCOMPARE(attest({u"systems"_s, u"list"_s, u"--db"_s, m_db}).exitCode, 2);
    QVERIFY(keychainWrite(m_session.address(), entry, current));
    QCOMPARE(systemsCsv(m_db, u"restored.csv"_s), m_csv);

    // The key is nowhere on disk but in the keychain's own (encrypted) files: not in the settings, the log or
    // beside the workspaces, in any usual spelling.
    const QList<QByteArray> forms{current, current.toHex(), current.toHex().toUpper(), current.toBase64()};
    for (const QString& root : {m_home.root.path(), m_work.path()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QByteArray data = readFile(file);
            for (const QByteArray& form : forms) {
                QVERIFY2(!data.contains(form), qPrintable(u"the workspace key is in "_s + file));
            }
        }
    }
}

void TestWorkspaceCli::decryptWritesARecordedPlainCopy()
{
    const QString plain = out(u"decrypted.attest"_s);
    const ProcessResult unconfirmed = attest({u"workspace"_s, u"decrypt"_s, u"--db"_s, m_db, u"--out"_s, plain});
    QCOMPARE(unconfirmed.exitCode, 2);
    QVERIFY2(unconfirmed.err.contains(u"--yes"_s), qPrintable(unconfirmed.err));
    QVERIFY(!QFileInfo::exists(plain));

    const ProcessResult decrypted =
        attest({u"workspace"_s, u"decrypt"_s, u"--db"_s, m_db, u"--out"_s, plain, u"--yes"_s});
    QVERIFY2(decrypted.exitCode == 0, qPrintable(describe(decrypted)));
    QVERIFY2(decrypted.err.contains(u"is not encrypted"_s), qPrintable(decrypted.err));
    QVERIFY(readFile(plain).startsWith("SQLite format 3"));
    QVERIFY(readFile(plain).contains(Marker));
    QCOMPARE(sqliteShell(plain, u"PRAGMA integrity_check;"_s).out.trimmed(), u"ok"_s);
    const QString target = QFileInfo(plain).absoluteFilePath();
    const ProcessResult record =
        sqliteShell(plain,
                    u"SELECT e.action || '|' || x.kind || '|' || x.target FROM workspace_exports x "
                    "JOIN audit_events e ON e.seq = x.audit_seq AND e.entity_type = 'workspace_export';"_s);
    QCOMPARE(record.out.trimmed(), u"create|decrypted_copy|"_s + target);
    const ProcessResult reason =
        sqliteShell(plain, u"SELECT reason FROM audit_events WHERE entity_type = 'workspace_export';"_s);
    QVERIFY2(reason.out.contains(u"decrypted"_s) && reason.out.contains(target), qPrintable(reason.out));
    // The copy and the workspace both verify, and the workspace records the export too.
    const ProcessResult verifyCopy = attest({u"audit"_s, u"verify"_s, u"--db"_s, plain});
    QVERIFY2(verifyCopy.exitCode == 0, qPrintable(describe(verifyCopy)));
    const ProcessResult verifyOriginal = attest({u"audit"_s, u"verify"_s, u"--db"_s, m_db});
    QVERIFY2(verifyOriginal.exitCode == 0, qPrintable(describe(verifyOriginal)));
    QCOMPARE(verifyOriginal.out, verifyCopy.out); // the same head: the record is in both
    QCOMPARE(systemsCsv(plain, u"decrypted.csv"_s, {}, false), m_csv);
    // An existing file is never replaced.
    QCOMPARE(attest({u"workspace"_s, u"decrypt"_s, u"--db"_s, m_db, u"--out"_s, plain, u"--yes"_s}).exitCode, 2);
}

void TestWorkspaceCli::encryptReplacesAPlainWorkspace()
{
    const QString db = out(u"plain.attest"_s);
    const ProcessResult demo = attest({u"demo"_s, u"--db"_s, db, u"--no-encrypt"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
    QVERIFY2(demo.err.contains(u"is not encrypted: --no-encrypt was given"_s), qPrintable(demo.err));
    QVERIFY(readFile(db).startsWith("SQLite format 3"));
    const QByteArray csv = systemsCsv(db, u"plain.csv"_s, {}, false);
    QVERIFY(csv.contains(Marker));
    QCOMPARE(attest({u"workspace"_s, u"info"_s, u"--db"_s, db}).out.trimmed(),
             u"“%1” is not encrypted."_s.arg(QFileInfo(db).absoluteFilePath()));

    const ProcessResult encrypted = attest({u"workspace"_s, u"encrypt"_s, u"--db"_s, db});
    QVERIFY2(encrypted.exitCode == 0, qPrintable(describe(encrypted)));
    QVERIFY2(encrypted.err.contains(u"SSD"_s), qPrintable(encrypted.err)); // deleting is not erasing
    const QByteArray raw = readFile(db);
    QVERIFY(raw.startsWith("Attest encrypted"));
    QVERIFY(!raw.contains(Marker));
    QVERIFY(!QFileInfo::exists(db + u"-wal"_s));
    const QStringList leftovers = QDir(m_work.path()).entryList({u"plain.attest.*"_s}, QDir::Files);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));
    const ProcessResult info = attest({u"workspace"_s, u"info"_s, u"--db"_s, db});
    QVERIFY2(info.out.contains(u"This computer's keychain: holds its key"_s), qPrintable(info.out));
    QCOMPARE(systemsCsv(db, u"encrypted.csv"_s), csv);
    QCOMPARE(attest({u"workspace"_s, u"encrypt"_s, u"--db"_s, db}).exitCode, 2); // already encrypted

    // Without a keychain, only with a passphrase; --keep-plain keeps the original.
    const QString other = out(u"other.attest"_s);
    const QString kept = out(u"other-plain.attest"_s);
    QCOMPARE(elsewhere({u"demo"_s, u"--db"_s, other}).exitCode, 0);
    const QByteArray original = readFile(other);
    QVERIFY(original.startsWith("SQLite format 3"));
    QCOMPARE(elsewhere({u"workspace"_s, u"encrypt"_s, u"--db"_s, other}).exitCode, 2);
    QCOMPARE(readFile(other), original);
    const QString pass = passphraseFile(u"other.pass"_s, "other passphrase");
    const ProcessResult keeping = elsewhere(
        {u"workspace"_s, u"encrypt"_s, u"--db"_s, other, u"--passphrase-file"_s, pass, u"--keep-plain"_s, kept});
    QVERIFY2(keeping.exitCode == 0, qPrintable(describe(keeping)));
    QVERIFY(!keeping.err.contains(u"SSD"_s));
    QCOMPARE(readFile(kept), original);
    QVERIFY(readFile(other).startsWith("Attest encrypted"));
    QCOMPARE(systemsCsv(other, u"other.csv"_s, {u"--passphrase-file"_s, pass}, false), csv);
    const ProcessResult otherInfo = elsewhere({u"workspace"_s, u"info"_s, u"--db"_s, other});
    QVERIFY(otherInfo.out.contains(u"Keychain key slot: no"_s));
    QVERIFY(otherInfo.out.contains(u"Recovery passphrase slot: yes"_s));
    // Its only key cannot be removed.
    QCOMPARE(elsewhere({u"workspace"_s,
                        u"set-passphrase"_s,
                        u"--db"_s,
                        other,
                        u"--remove"_s,
                        u"--current-passphrase-file"_s,
                        pass})
                 .exitCode,
             2);
}

void TestWorkspaceCli::usage()
{
    QCOMPARE(attest({u"workspace"_s, u"decrypt"_s, u"--db"_s, m_db, u"--yes"_s}).exitCode, 2); // no --out
    QCOMPARE(attest({u"workspace"_s, u"set-passphrase"_s, u"--db"_s, m_db}).exitCode, 2);
    QCOMPARE(attest({u"workspace"_s, u"info"_s, u"--db"_s, out(u"missing.attest"_s)}).exitCode, 3);
    QCOMPARE(attest({u"workspace"_s, u"rekey"_s, u"--db"_s, out(u"plain.attest"_s) + u".nothing"_s}).exitCode, 3);
    const QString empty = out(u"empty.pass"_s);
    QVERIFY(writeFile(empty, "\n"));
    const ProcessResult emptyPass =
        elsewhere({u"systems"_s, u"list"_s, u"--db"_s, m_db, u"--passphrase-file"_s, empty});
    QCOMPARE(emptyPass.exitCode, 2);
    QVERIFY2(emptyPass.err.contains(u"is empty"_s), qPrintable(emptyPass.err));
    QCOMPARE(
        attest({u"demo"_s, u"--db"_s, out(u"x.attest"_s), u"--no-encrypt"_s, u"--passphrase-file"_s, empty}).exitCode,
        2);
    QVERIFY(!QFileInfo::exists(out(u"x.attest"_s)));
}

QTEST_GUILESS_MAIN(TestWorkspaceCli)
#include "TestWorkspaceCli.moc"
