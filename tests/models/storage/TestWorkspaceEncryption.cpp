// Managing encryption of a workspace (Workspace::saveEncryptedCopyAs, saveDecryptedCopyAs, setRecoveryPassphrase,
// setKeychainKey, rotateKey): a plain workspace becomes an encrypted copy with all of its data, an encrypted one a
// plain copy; the passphrase and keychain key can be changed without touching the pages; rotating the data key
// re-encrypts every page, keeps all data, and locks out the old key; cancelling leaves nothing behind.

#include "TestSupport.h"
#include "audit/AuditVerifier.h"
#include "storage/ConnectionPrivate.h"
#include "storage/SystemRepository.h"
#include "storage/crypto/WorkspaceHeader.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Marker = "QZX-ROTATE-MARKER-0815";

crypto::EncryptionKeys keys(QByteArrayView keychain, QByteArrayView passphrase = {})
{
    crypto::EncryptionKeys k;
    if (!keychain.isEmpty()) {
        k.keychainKey = crypto::SecretBuffer::copyOf(keychain);
    }
    if (!passphrase.isEmpty()) {
        k.passphrase = crypto::SecretBuffer::copyOf(passphrase);
    }
    k.kdf = crypto::KdfParams::minimal();
    return k;
}

Workspace::Options optionsWith(const crypto::EncryptionKeys* k)
{
    Workspace::Options options;
    options.actor = testActor();
    if (k) {
        options.encryption = std::make_shared<const crypto::EncryptionKeys>(k->clone());
    }
    return options;
}

void addSystems(Workspace& ws, int count)
{
    SystemRepository systems(ws.connection());
    for (int i = 1; i <= count; ++i) {
        AiSystem system = AiSystem::withDefaults();
        system.set(u"code"_s, u"ROT-%1"_s.arg(i));
        system.set(u"name"_s, u"Rotating %1"_s.arg(i));
        system.set(u"notes"_s, QString::fromLatin1(Marker) + u" %1"_s.arg(i));
        QVERIFY(systems.create(system));
    }
}

// Codes and notes of every system, the audit head, and a verified chain and integrity check.
QStringList contentsOf(const QString& path, const crypto::EncryptionKeys* k)
{
    auto ws = Workspace::open(path, optionsWith(k));
    if (!ws) {
        return {u"open failed: "_s + ws.error().message};
    }
    QStringList out;
    auto all = SystemRepository((*ws)->connection()).all();
    if (!all) {
        return {u"read failed"_s};
    }
    for (const AiSystem& system : *all) {
        out << system.code() + u'=' + system.value(u"notes"_s);
    }
    auto integrity = ConnectionPrivate::get((*ws)->connection()).exec(u"PRAGMA integrity_check"_s, {}, {});
    out << ((integrity && integrity->next()) ? integrity->value(0).toString() : u"integrity failed"_s);
    auto verified = AuditVerifier::verify((*ws)->connection());
    out << ((verified && verified->intact) ? u"intact %1"_s.arg(verified->eventCount) : u"audit broken"_s);
    out << (*ws)->id();
    return out;
}

} // namespace

class TestWorkspaceEncryption : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase();
    void encryptsAPlainWorkspace();
    void decryptsToAPlainCopy();
    void changesThePassphraseAndKeychainKey();
    void rotatesTheDataKey();
    void cancelLeavesNothing();
    void upgradeBackupIsEncrypted();
};

void TestWorkspaceEncryption::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestWorkspaceEncryption::encryptsAPlainWorkspace()
{
    if (Workspace::testEncryptionEnabled()) {
        QSKIP("needs plain workspaces");
    }
    const QString plain = m_dir.filePath(u"plain.attest"_s);
    const QString encrypted = m_dir.filePath(u"encrypted.attest"_s);
    {
        auto ws = Workspace::create(plain, optionsWith(nullptr));
        QVERIFY(ws);
        addSystems(**ws, 12);
    }
    const QStringList expected = contentsOf(plain, nullptr);
    QVERIFY(expected.contains(u"ok"_s));
    const crypto::EncryptionKeys k = keys("keychain key of thirty-two bytes", "recovery words");
    {
        auto ws = Workspace::open(plain, optionsWith(nullptr));
        QVERIFY(ws);
        QList<qint64> reported;
        auto saved = (*ws)->saveEncryptedCopyAs(encrypted, k, [&](qint64 done, qint64 total) {
            reported << done << total;
            return true;
        });
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QVERIFY(!reported.isEmpty());
    }
    QVERIFY(crypto::hasEncryptedMagic(readFile(encrypted)));
    QVERIFY(!readFile(encrypted).contains(Marker));
    QCOMPARE(contentsOf(encrypted, &k), expected);
    const crypto::EncryptionKeys byPassphrase = keys({}, "recovery words");
    QCOMPARE(contentsOf(encrypted, &byPassphrase), expected);
    auto info = Workspace::inspectEncryption(encrypted);
    QVERIFY(info && info->encrypted);
    QCOMPARE(info->keyId, expected.last()); // the keychain entry is named by the workspace id
    // The original is untouched and still plain.
    QVERIFY(readFile(plain).startsWith("SQLite format 3"));
    QCOMPARE(contentsOf(plain, nullptr), expected);
}

void TestWorkspaceEncryption::decryptsToAPlainCopy()
{
    const QString encrypted = m_dir.filePath(u"to-decrypt.attest"_s);
    const QString plain = m_dir.filePath(u"decrypted.attest"_s);
    const crypto::EncryptionKeys k = keys("keychain key of thirty-two bytes");
    {
        auto ws = Workspace::create(encrypted, optionsWith(&k));
        QVERIFY(ws);
        addSystems(**ws, 5);
    }
    const QStringList expected = contentsOf(encrypted, &k);
    {
        auto ws = Workspace::open(encrypted, optionsWith(&k));
        QVERIFY(ws);
        auto saved = (*ws)->saveDecryptedCopyAs(plain);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    }
    QVERIFY(readFile(plain).startsWith("SQLite format 3"));
    QCOMPARE(sqliteShell(plain, u"PRAGMA integrity_check;"_s).out.trimmed(), u"ok"_s);
    QCOMPARE(sqliteShell(plain, u"SELECT count(*) FROM ai_systems WHERE notes LIKE 'QZX-ROTATE%';"_s).out.trimmed(),
             u"5"_s);
    if (!Workspace::testEncryptionEnabled()) {
        QCOMPARE(contentsOf(plain, nullptr), expected);
    }
}

void TestWorkspaceEncryption::changesThePassphraseAndKeychainKey()
{
    const QString path = m_dir.filePath(u"passphrase.attest"_s);
    const crypto::EncryptionKeys keychain = keys("keychain key of thirty-two bytes");
    const crypto::EncryptionKeys first = keys({}, "first passphrase");
    const crypto::EncryptionKeys second = keys({}, "second passphrase");
    const crypto::EncryptionKeys newKeychain = keys("a new keychain key of 32 bytes!!");
    {
        auto ws = Workspace::create(path, optionsWith(&keychain));
        QVERIFY(ws);
        addSystems(**ws, 3);
    }
    const QStringList expected = contentsOf(path, &keychain);
    QCOMPARE(Workspace::open(path, optionsWith(&first)).error().code, ErrorCode::NeedsKey); // no passphrase yet
    const quint64 generation = Workspace::inspectEncryption(path)->generation;
    const QByteArray headerBefore = readFile(path).left(crypto::HeaderSize);
    {
        auto ws = Workspace::open(path, optionsWith(&keychain));
        QVERIFY(ws);
        QVERIFY((*ws)->setRecoveryPassphrase(first.passphrase, crypto::KdfParams::minimal()));
        // The open workspace keeps working, and a Save As copy carries the new header.
        addSystems(**ws, 0);
        QVERIFY((*ws)->saveCopyAs(m_dir.filePath(u"passphrase-copy.attest"_s)));
    }
    QCOMPARE(Workspace::inspectEncryption(path)->generation, generation + 1);
    QCOMPARE(contentsOf(path, &first), expected);
    {
        // A rewrite interrupted between its two writes: copy B is new, copy A still the old header. The newer copy
        // counts; the old passphrase-less header no longer decides anything.
        QByteArray bytes = readFile(path);
        bytes.replace(0, crypto::HeaderCopySize, headerBefore.left(crypto::HeaderCopySize));
        QVERIFY(writeFile(path, bytes));
        QCOMPARE(Workspace::inspectEncryption(path)->generation, generation + 1);
        QCOMPARE(contentsOf(path, &first), expected);
        QCOMPARE(contentsOf(path, &keychain), expected);
    }
    QCOMPARE(contentsOf(m_dir.filePath(u"passphrase-copy.attest"_s), &first), expected);
    {
        auto ws = Workspace::open(path, optionsWith(&first));
        QVERIFY(ws);
        QVERIFY((*ws)->setRecoveryPassphrase(second.passphrase, crypto::KdfParams::minimal()));
        QVERIFY((*ws)->setKeychainKey(newKeychain.keychainKey));
    }
    QCOMPARE(Workspace::open(path, optionsWith(&first)).error().code, ErrorCode::WrongKey);
    QCOMPARE(Workspace::open(path, optionsWith(&keychain)).error().code, ErrorCode::WrongKey);
    QCOMPARE(contentsOf(path, &second), expected);
    QCOMPARE(contentsOf(path, &newKeychain), expected);
    {
        // Removing the passphrase leaves the keychain key; removing both is refused.
        auto ws = Workspace::open(path, optionsWith(&newKeychain));
        QVERIFY(ws);
        QVERIFY((*ws)->setRecoveryPassphrase({}));
        auto last = (*ws)->setKeychainKey({});
        QVERIFY(!last);
        QCOMPARE(last.error().code, ErrorCode::Validation);
    }
    QVERIFY(!Workspace::open(path, optionsWith(&second)));
    QCOMPARE(contentsOf(path, &newKeychain), expected);
}

void TestWorkspaceEncryption::rotatesTheDataKey()
{
    const QString path = m_dir.filePath(u"rotate.attest"_s);
    const crypto::EncryptionKeys before = keys("keychain key of thirty-two bytes", "recovery");
    const crypto::EncryptionKeys after = keys("rotated keychain key of 32 bytes", "new recovery");
    {
        auto ws = Workspace::create(path, optionsWith(&before));
        QVERIFY(ws);
        addSystems(**ws, 20);
    }
    const QStringList expected = contentsOf(path, &before);
    QVERIFY(expected.contains(u"ok"_s));
    const QByteArray oldBytes = readFile(path);
    auto rotated = Workspace::rotateKey(path, before, after);
    QVERIFY2(rotated, rotated ? "" : qPrintable(rotated.error().message));
    QCOMPARE(contentsOf(path, &after), expected);
    QCOMPARE(Workspace::open(path, optionsWith(&before)).error().code, ErrorCode::WrongKey);
    const crypto::EncryptionKeys oldPassphrase = keys({}, "recovery");
    QCOMPARE(Workspace::open(path, optionsWith(&oldPassphrase)).error().code, ErrorCode::WrongKey);
    // Every page was re-encrypted.
    const QByteArray newBytes = readFile(path);
    QVERIFY(!newBytes.contains(Marker));
    const qint64 pages = (newBytes.size() - crypto::HeaderSize) / 4096;
    for (qint64 page = 0; page < pages && crypto::HeaderSize + (page + 1) * 4096 <= oldBytes.size(); ++page) {
        const qint64 at = crypto::HeaderSize + page * 4096;
        QVERIFY2(newBytes.mid(at, 4096) != oldBytes.mid(at, 4096), qPrintable(u"page %1"_s.arg(page + 1)));
    }
    QCOMPARE(QDir(m_dir.path()).entryList({u"rotate.attest*"_s}, QDir::Files | QDir::Hidden),
             QStringList{u"rotate.attest"_s});
}

void TestWorkspaceEncryption::cancelLeavesNothing()
{
    const QString path = m_dir.filePath(u"cancel.attest"_s);
    const crypto::EncryptionKeys k = keys("keychain key of thirty-two bytes");
    {
        auto ws = Workspace::create(path, optionsWith(&k));
        QVERIFY(ws);
        addSystems(**ws, 3);
    }
    const QByteArray original = readFile(path);
    int calls = 0;
    auto cancelled = Workspace::rotateKey(path, k, keys("rotated keychain key of 32 bytes"), [&](qint64, qint64) {
        ++calls;
        return false;
    });
    qInfo("progress calls: %d", calls);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QCOMPARE(QDir(m_dir.path()).entryList({u"cancel.attest*"_s}, QDir::Files | QDir::Hidden),
             QStringList{u"cancel.attest"_s});
    QVERIFY(contentsOf(path, &k).contains(u"ok"_s));
}

void TestWorkspaceEncryption::upgradeBackupIsEncrypted()
{
    const QString path = m_dir.filePath(u"old/old.attest"_s);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"old"_s)));
    const crypto::EncryptionKeys k = keys("keychain key of thirty-two bytes");
    {
        Workspace::Options options = optionsWith(&k);
        options.targetVersion = 5;
        auto ws = Workspace::create(path, options);
        QVERIFY(ws);
        QCOMPARE((*ws)->schemaVersion(), 5);
        addSystems(**ws, 2);
    }
    QString backup;
    {
        auto ws = Workspace::open(path, optionsWith(&k));
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        QCOMPARE((*ws)->schemaVersion(), Workspace::latestSchemaVersion());
        backup = (*ws)->upgradeBackupPath();
    }
    QVERIFY(crypto::hasEncryptedMagic(readFile(backup)));
    QVERIFY(!readFile(backup).contains(Marker));
    Workspace::Options readOnly = optionsWith(&k);
    readOnly.access = Workspace::Access::ReadOnly;
    readOnly.allowUpgrade = false;
    readOnly.targetVersion = 5;
    auto old = Workspace::open(backup, readOnly);
    QVERIFY2(old, old ? "" : qPrintable(old.error().message));
    QCOMPARE((*old)->schemaVersion(), 5);
    QVERIFY(contentsOf(path, &k).contains(u"ok"_s));
}

QTEST_GUILESS_MAIN(TestWorkspaceEncryption)
#include "TestWorkspaceEncryption.moc"
