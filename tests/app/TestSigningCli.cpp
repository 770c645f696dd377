// Signed reports end to end, with a real keychain. The test starts a private D-Bus session with GNOME Keyring
// unlocked (dbus-run-session + gnome-keyring-daemon, HOME and the XDG directories in a temporary folder) and runs
// the built `attest` binary in it:
//  - `attest report soa --sign` writes the PDF and FILE.pdf.sig; the cover shows the fingerprint that
//    `attest signing-key show` prints; `attest verify` says valid (0); one flipped byte in the PDF, or in the
//    signature, makes it invalid (1); `--pubkey` with the exported key works, another key's does not.
//  - The private key is nowhere on disk: every file the session left behind is searched for it (raw, hex, base64),
//    the key being read back from the keychain itself.
//  - Without a keychain (no D-Bus session, or a dead one) signing fails with a clear message, exits non-zero, and
//    leaves no report, no signature and no key anywhere; verifying with --pubkey still works.
// The test is skipped only when dbus-run-session or gnome-keyring-daemon is not installed; a keychain that is
// installed but does not answer fails it.

#include "KeyringSession.h"
#include "TestSupport.h"
#include "signing/DetachedSignature.h"
#include "signing/SigningKey.h"
#include "signing/SigningPublicKey.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray flipped(QByteArray data, qsizetype at)
{
    data[at] = char(data[at] ^ 0x01);
    return data;
}

// Whether any file below `root` holds `secret` as bytes, hex (either case) or base64.
QString fileHolding(const QString& root, const QByteArray& secret)
{
    const QList<QByteArray> forms{secret,
                                  secret.toHex(),
                                  secret.toHex().toUpper(),
                                  secret.toBase64(),
                                  secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
                                  secret.toBase64().left(40)};
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray data = readFile(path);
        for (const QByteArray& form : forms) {
            if (data.contains(form)) {
                return path;
            }
        }
    }
    return {};
}

} // namespace

class TestSigningCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signedReportRoundTrip();
    void verifyUsageAndOtherKeys();
    void privateKeyIsNeverOnDisk();
    void withoutKeychain_data();
    void withoutKeychain();

private:
    ProcessResult attest(const QStringList& arguments)
    {
        return run(m_home.environment(m_session.address()), attestBinary(), arguments);
    }
    QString out(const QString& name) const { return m_work.filePath(name); }

    PrivateHome m_home;
    KeyringSession m_session;
    QTemporaryDir m_work;
    QString m_db;
    QString m_fingerprint;
};

void TestSigningCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(attestBinary()), qPrintable(attestBinary()));
    for (const QString& tool : {u"dbus-run-session"_s, u"gnome-keyring-daemon"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty()) {
            QSKIP(qPrintable(u"%1 is not installed: the keychain tests need dbus and gnome-keyring "
                             "(installer/install-deps.sh)"_s.arg(tool)));
        }
    }
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(), "pdftotext (poppler-utils) is needed");
    QVERIFY(m_work.isValid());
    QVERIFY(m_home.make());
    QString error;
    QVERIFY2(m_session.start(m_home, &error), qPrintable(error));
    m_db = out(u"demo.attest"_s);
    // Plain: the test without a keychain reads it (encrypted workspaces: TestWorkspaceCli).
    const ProcessResult demo = attest({u"demo"_s, u"--db"_s, m_db, u"--no-encrypt"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
}

void TestSigningCli::cleanupTestCase()
{
    m_session.stop();
}

void TestSigningCli::signedReportRoundTrip()
{
    // First use makes the key; later uses find the same one.
    const ProcessResult first = attest({u"signing-key"_s, u"show"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
    QVERIFY2(first.out.contains(u"Created a new signing key"_s), qPrintable(first.out));
    const QRegularExpressionMatch match =
        QRegularExpression(u"^Fingerprint: ((?:[0-9a-f]{4} ){15}[0-9a-f]{4})$"_s, QRegularExpression::MultilineOption)
            .match(first.out);
    QVERIFY2(match.hasMatch(), qPrintable(first.out));
    m_fingerprint = match.captured(1);
    const ProcessResult again = attest({u"signing-key"_s, u"show"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    QVERIFY(!again.out.contains(u"Created"_s));
    QVERIFY(again.out.contains(u"Fingerprint: "_s + m_fingerprint));

    const QString pdf = out(u"soa.pdf"_s);
    const QString sig = pdf + u".sig"_s;
    const ProcessResult report = attest({u"report"_s, u"soa"_s, u"--db"_s, m_db, u"--out"_s, pdf, u"--sign"_s});
    QVERIFY2(report.exitCode == 0, qPrintable(describe(report)));
    QVERIFY(QFileInfo::exists(pdf));
    QVERIFY(QFileInfo::exists(sig));
    QVERIFY2(report.out.contains(u"Signed with the key "_s + m_fingerprint), qPrintable(report.out));

    // The cover names the signing key, as `signing-key show` prints it.
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdf, u"-"_s});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString cover = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(cover.contains(u"Signing key"_s), qPrintable(cover));
    QVERIFY2(cover.simplified().contains(m_fingerprint), qPrintable(cover));
    QVERIFY(QString::fromUtf8(readFile(sig)).contains(u"\nKey-Fingerprint: "_s + m_fingerprint + u'\n'));

    const ProcessResult valid = attest({u"verify"_s, pdf});
    QVERIFY2(valid.exitCode == 0, qPrintable(describe(valid)));
    QVERIFY(valid.out.startsWith(u"VALID: "_s));
    QVERIFY(valid.out.contains(m_fingerprint));

    // One flipped byte in the report.
    const QByteArray original = readFile(pdf);
    QVERIFY(writeFile(pdf, flipped(original, original.size() / 2)));
    const ProcessResult changed = attest({u"verify"_s, pdf});
    QCOMPARE(changed.exitCode, 1);
    QVERIFY(changed.out.startsWith(u"INVALID: "_s));
    QVERIFY2(changed.err.contains(u"The file was changed after signing"_s), qPrintable(changed.err));
    QVERIFY(writeFile(pdf, original));
    QCOMPARE(attest({u"verify"_s, pdf}).exitCode, 0);

    // One flipped byte in the signature value.
    const QByteArray signature = readFile(sig);
    const qsizetype value = signature.indexOf("\nSignature: ") + 12 + 10;
    QVERIFY(writeFile(sig, flipped(signature, value)));
    const ProcessResult badSig = attest({u"verify"_s, pdf});
    QCOMPARE(badSig.exitCode, 1);
    QVERIFY2(badSig.err.contains(u"does not match the trusted key"_s) || badSig.err.contains(u"“Signature”"_s),
             qPrintable(badSig.err));
    // And in the statement (the signed time).
    QByteArray laterSig = signature;
    const qsizetype at = laterSig.indexOf("\nSigned-At: ") + 12 + 3; // the year's last digit
    QVERIFY(writeFile(sig, flipped(laterSig, at)));
    QCOMPARE(attest({u"verify"_s, pdf}).exitCode, 1);
    QVERIFY(writeFile(sig, signature));
    QCOMPARE(attest({u"verify"_s, pdf}).exitCode, 0);

    // The exported public key verifies it too, and so does a signature kept elsewhere.
    const QString pub = out(u"attest-signing.pub"_s);
    const ProcessResult exported = attest({u"signing-key"_s, u"export"_s, u"--out"_s, pub});
    QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
    QVERIFY(QString::fromUtf8(readFile(pub)).contains(u"\nFingerprint: "_s + m_fingerprint + u'\n'));
    const ProcessResult withKey = attest({u"verify"_s, pdf, u"--pubkey"_s, pub});
    QVERIFY2(withKey.exitCode == 0, qPrintable(describe(withKey)));
    const QString moved = out(u"elsewhere.sig"_s);
    QVERIFY(QFile::copy(sig, moved));
    const ProcessResult withSig = attest({u"verify"_s, pdf, u"--sig"_s, moved, u"--pubkey"_s, pub});
    QVERIFY2(withSig.exitCode == 0, qPrintable(describe(withSig)));
}

void TestSigningCli::verifyUsageAndOtherKeys()
{
    const QString pdf = out(u"soa.pdf"_s);
    QVERIFY(QFileInfo::exists(pdf));
    // Another key, honestly named in its own key file: not the signer.
    auto other = SigningKey::generate();
    QVERIFY(other);
    const QString otherPub = out(u"other.pub"_s);
    QVERIFY(other->publicKey().writeFile(otherPub));
    const ProcessResult wrongKey = attest({u"verify"_s, pdf, u"--pubkey"_s, otherPub});
    QCOMPARE(wrongKey.exitCode, 1);
    QVERIFY2(wrongKey.err.contains(u"another key"_s), qPrintable(wrongKey.err));
    // A signature by another key that claims to be by the trusted one.
    auto genuine = DetachedSignature::readFile(pdf + u".sig"_s);
    QVERIFY(genuine);
    DetachedSignature forged = *genuine;
    forged.signature = other->sign(forged.statement());
    const QString forgedPath = out(u"forged.sig"_s);
    QVERIFY(forged.writeFile(forgedPath));
    const ProcessResult forgedCheck = attest({u"verify"_s, pdf, u"--sig"_s, forgedPath});
    QCOMPARE(forgedCheck.exitCode, 1);
    // The other key's signature over the report, with the other key's fingerprint: refused by this user's key.
    auto byOther = DetachedSignature::sign(pdf, *other, QDateTime::currentDateTimeUtc());
    QVERIFY(byOther);
    QVERIFY(byOther->writeFile(forgedPath));
    QCOMPARE(attest({u"verify"_s, pdf, u"--sig"_s, forgedPath}).exitCode, 1);
    QCOMPARE(attest({u"verify"_s, pdf, u"--sig"_s, forgedPath, u"--pubkey"_s, otherPub}).exitCode, 0);

    // Usage and unreadable files.
    QCOMPARE(attest({u"verify"_s}).exitCode, 2);
    QCOMPARE(attest({u"verify"_s, pdf, pdf}).exitCode, 2);
    const ProcessResult missing = attest({u"verify"_s, out(u"missing.pdf"_s)});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains(u"missing.pdf"_s));
    const ProcessResult noSig = attest({u"verify"_s, pdf, u"--sig"_s, out(u"missing.sig"_s)});
    QCOMPARE(noSig.exitCode, 3);
    QVERIFY(noSig.err.contains(u"There is no signature"_s));
    const ProcessResult notAKey = attest({u"verify"_s, pdf, u"--pubkey"_s, pdf});
    QCOMPARE(notAKey.exitCode, 3);
    QVERIFY2(notAKey.err.contains(u"not an Attest public key file"_s), qPrintable(notAKey.err));
    // A malformed signature file is an invalid signature, and says why.
    const QString garbage = out(u"garbage.sig"_s);
    QVERIFY(writeFile(garbage, "hello\n"));
    const ProcessResult malformed = attest({u"verify"_s, pdf, u"--sig"_s, garbage});
    QCOMPARE(malformed.exitCode, 1);
    QVERIFY2(malformed.err.contains(u"not a valid Attest signature file"_s), qPrintable(malformed.err));
    QCOMPARE(attest({u"signing-key"_s, u"export"_s}).exitCode, 2);
}

void TestSigningCli::privateKeyIsNeverOnDisk()
{
    QVERIFY(!m_fingerprint.isEmpty());
    // Read the key back from the keychain, as attest stored it, through the same session.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_session.address().toUtf8());
    const auto job = std::make_unique<QKeychain::ReadPasswordJob>(u"org.attest.Attest"_s);
    job->setAutoDelete(false);
    job->setKey(u"report-signing-key"_s);
    QEventLoop loop;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    QCOMPARE(job->error(), QKeychain::NoError);
    const QByteArray seed = job->binaryData();
    QCOMPARE(seed.size(), SigningKey::SeedSize);
    auto key = SigningKey::fromSeed(seed);
    QVERIFY(key);
    QCOMPARE(key->publicKey().formattedFingerprint(), m_fingerprint);

    // Nowhere: not in HOME or the XDG directories (settings, logs, the keyring's own files: encrypted), not beside
    // the reports.
    for (const QString& root : {m_home.root.path(), m_work.path()}) {
        const QString holder = fileHolding(root, seed);
        QVERIFY2(holder.isEmpty(), qPrintable(u"the private key is in "_s + holder));
    }
    QVERIFY(fileHolding(m_work.path(), key->publicKey().bytes()) != QString()); // the search does find things
}

void TestSigningCli::withoutKeychain_data()
{
    QTest::addColumn<bool>("deadBus");
    QTest::newRow("no D-Bus session") << false;
    QTest::newRow("a D-Bus address nobody answers") << true;
}

void TestSigningCli::withoutKeychain()
{
    QFETCH(bool, deadBus);
    PrivateHome home;
    QVERIFY(home.make());
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QProcessEnvironment env =
        home.environment(deadBus ? u"unix:path=%1/no-bus-here"_s.arg(home.runtime()) : QString());
    const QStringList before = home.files();

    const QString pdf = work.filePath(u"soa.pdf"_s);
    const ProcessResult report =
        run(env, attestBinary(), {u"report"_s, u"soa"_s, u"--db"_s, m_db, u"--out"_s, pdf, u"--sign"_s});
    QVERIFY2(report.exitCode == 3, qPrintable(describe(report)));
    QVERIFY2(report.err.contains(u"No keychain is available"_s), qPrintable(report.err));
    QVERIFY2(report.err.contains(u"without --sign"_s), qPrintable(report.err));
    QVERIFY(!QFileInfo::exists(pdf));
    QVERIFY(!QFileInfo::exists(pdf + u".sig"_s));
    QCOMPARE(QDir(work.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());

    const ProcessResult show = run(env, attestBinary(), {u"signing-key"_s, u"show"_s});
    QCOMPARE(show.exitCode, 3);
    QVERIFY2(show.err.contains(u"No keychain is available"_s), qPrintable(show.err));
    const ProcessResult exported =
        run(env, attestBinary(), {u"signing-key"_s, u"export"_s, u"--out"_s, work.filePath(u"k.pub"_s)});
    QCOMPARE(exported.exitCode, 3);
    QVERIFY(!QFileInfo::exists(work.filePath(u"k.pub"_s)));

    // Verifying needs a trusted key: from the keychain (unavailable: said so, with the way out) or from a file.
    const QString signedPdf = out(u"soa.pdf"_s);
    const ProcessResult fromKeychain = run(env, attestBinary(), {u"verify"_s, signedPdf});
    QCOMPARE(fromKeychain.exitCode, 3);
    QVERIFY2(fromKeychain.err.contains(u"--pubkey"_s), qPrintable(fromKeychain.err));
    const ProcessResult fromFile =
        run(env, attestBinary(), {u"verify"_s, signedPdf, u"--pubkey"_s, out(u"attest-signing.pub"_s)});
    QVERIFY2(fromFile.exitCode == 0, qPrintable(describe(fromFile)));

    // Nothing new in HOME or the XDG directories but Attest's log, and no key in it.
    QStringList added;
    for (const QString& file : home.files()) {
        if (!before.contains(file) && !file.endsWith(u"/logs/attest.log"_s)) {
            added << file;
        }
    }
    QVERIFY2(added.isEmpty(), qPrintable(added.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestSigningCli)
#include "TestSigningCli.moc"
