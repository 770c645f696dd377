// Signing without a keychain: Ed25519 keys (RFC 8032's test vector), the .sig and public-key file formats, and
// verification. A signature checks against the file and the trusted key it was made for; one flipped byte in the
// file, or in any signed line of the .sig, makes it invalid; a signature made with another key is refused even when
// the .sig claims the trusted key's fingerprint; malformed files are refused with a message saying what is wrong.

#include "TestSupport.h"
#include "signing/DetachedSignature.h"
#include "signing/SigningKey.h"
#include "signing/SigningPublicKey.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime SignedAt(QDate(2026, 11, 28), QTime(9, 0, 5, 250), QTimeZone::utc());

SigningKey makeKey()
{
    auto key = SigningKey::generate();
    if (!key) {
        qFatal("%s", qPrintable(key.error().message));
    }
    return std::move(key).value();
}

QByteArray flipped(QByteArray data, qsizetype at, char mask = 0x01)
{
    data[at] = char(data[at] ^ mask);
    return data;
}

// Whether `text` (a .sig) verifies for `file` under `trusted`: a malformed text does not.
bool verifies(const QByteArray& text, const QString& file, const SigningPublicKey& trusted)
{
    auto signature = DetachedSignature::parse(text);
    if (!signature) {
        return false;
    }
    auto verification = signature->verify(file, trusted);
    return verification && verification->valid;
}

} // namespace

class TestDetachedSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rfc8032TestVector();
    void seedRoundTripAndDamagedSeed();
    void signAndVerifyRoundTrip();
    void flippedByteInFileIsInvalid();
    void everySignedByteOfTheSigMatters();
    void otherKeyIsInvalid();
    void malformedSignatureFiles_data();
    void malformedSignatureFiles();
    void publicKeyFile();
    void unreadableFileIsAnError();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_report;
};

void TestDetachedSignature::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Larger than one read chunk, so the file is hashed in several pieces.
    QByteArray data(300 * 1024 + 17, Qt::Uninitialized);
    QRandomGenerator generator(8);
    for (char& c : data) {
        c = char(generator.generate());
    }
    m_report = path(u"report.pdf"_s);
    QVERIFY(writeFile(m_report, data));
}

void TestDetachedSignature::rfc8032TestVector()
{
    // RFC 8032, section 7.1, TEST 1 (the empty message).
    const QByteArray seed = QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    auto key = SigningKey::fromSeed(seed);
    QVERIFY(key);
    QCOMPARE(key->publicKey().bytes().toHex(), "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const QByteArray signature = key->sign(QByteArrayView());
    QCOMPARE(signature.toHex(),
             "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
             "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    QVERIFY(key->publicKey().verify(QByteArrayView(), signature));
    QVERIFY(!key->publicKey().verify("x", signature));
    // The fingerprint is SHA-256 of the raw public key, in groups of four hex digits.
    QCOMPARE(key->publicKey().fingerprint(),
             QByteArray::fromHex("21fe31dfa154a261626bf854046fd2271b7bed4b6abe45aa58877ef47f9721b9"));
    QCOMPARE(key->publicKey().formattedFingerprint().left(15), u"21fe 31df a154 "_s);
    QCOMPARE(key->publicKey().formattedFingerprint().size(), 16 * 4 + 15);
}

void TestDetachedSignature::seedRoundTripAndDamagedSeed()
{
    const SigningKey key = makeKey();
    QByteArray seed = key.seed();
    QCOMPARE(seed.size(), SigningKey::SeedSize);
    auto again = SigningKey::fromSeed(seed);
    QVERIFY(again);
    QCOMPARE(again->publicKey(), key.publicKey());
    SigningKey::wipe(seed);
    QVERIFY(seed.isEmpty());
    QVERIFY(makeKey().publicKey() != key.publicKey());
    auto damaged = SigningKey::fromSeed(QByteArray(31, 'x'));
    QVERIFY(!damaged);
    QCOMPARE(damaged.error().code, ErrorCode::Corrupt);
}

void TestDetachedSignature::signAndVerifyRoundTrip()
{
    const SigningKey key = makeKey();
    auto signature = DetachedSignature::sign(m_report, key, SignedAt);
    QVERIFY2(signature, signature ? "" : qPrintable(signature.error().message));
    QCOMPARE(signature->fileName, u"report.pdf"_s);
    QCOMPARE(signature->fileSize, QFileInfo(m_report).size());
    QCOMPARE(signature->signedAt, QDateTime(QDate(2026, 11, 28), QTime(9, 0, 5), QTimeZone::utc()));
    QCOMPARE(signature->keyFingerprint, key.publicKey().fingerprint());

    const QString sigPath = DetachedSignature::defaultPath(m_report);
    QCOMPARE(sigPath, m_report + u".sig"_s);
    QVERIFY(signature->writeFile(sigPath));
    const QString text = QString::fromUtf8(readFile(sigPath));
    QVERIFY2(text.startsWith(u"attest-signature v1\n"_s), qPrintable(text));
    QVERIFY(text.contains(u"\nAlgorithm: Ed25519\n"_s));
    QVERIFY(text.contains(u"\nKey-Fingerprint: "_s + key.publicKey().formattedFingerprint() + u'\n'));
    QVERIFY(text.contains(u"\nFile: report.pdf\n"_s));
    QVERIFY(text.contains(u"\nSigned-At: 2026-11-28T09:00:05Z\n"_s));
    QVERIFY(!text.contains(QString::fromLatin1(key.seed().toBase64())));
    QVERIFY(!text.contains(QString::fromLatin1(key.seed().toHex())));

    auto read = DetachedSignature::readFile(sigPath);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->toText(), signature->toText());
    auto verification = read->verify(m_report, key.publicKey());
    QVERIFY(verification);
    QVERIFY2(verification->valid, qPrintable(verification->reason));

    // CRLF line endings (a file passed through a Windows tool) still read the same.
    QByteArray crlf = readFile(sigPath);
    crlf.replace("\n", "\r\n");
    QVERIFY(verifies(crlf, m_report, key.publicKey()));

    // An empty file can be signed too.
    const QString empty = path(u"empty.pdf"_s);
    QVERIFY(writeFile(empty, {}));
    auto emptySignature = DetachedSignature::sign(empty, key, SignedAt);
    QVERIFY(emptySignature);
    QVERIFY(verifies(emptySignature->toText(), empty, key.publicKey()));
}

void TestDetachedSignature::flippedByteInFileIsInvalid()
{
    const SigningKey key = makeKey();
    auto signature = DetachedSignature::sign(m_report, key, SignedAt);
    QVERIFY(signature);
    const QByteArray original = readFile(m_report);
    const QString copy = path(u"copy.pdf"_s);
    for (qsizetype at : {qsizetype(0), original.size() / 2, qsizetype(64 * 1024), original.size() - 1}) {
        QVERIFY(writeFile(copy, flipped(original, at)));
        auto verification = signature->verify(copy, key.publicKey());
        QVERIFY(verification);
        QVERIFY2(!verification->valid, qPrintable(QString::number(at)));
        QVERIFY2(verification->reason.contains(u"file was changed after signing"_s), qPrintable(verification->reason));
    }
    // A byte more or less: the size says so.
    QVERIFY(writeFile(copy, original + 'x'));
    auto longer = signature->verify(copy, key.publicKey());
    QVERIFY(longer && !longer->valid);
    QVERIFY2(longer->reason.contains(u"%1 bytes were signed"_s.arg(original.size())), qPrintable(longer->reason));
    QVERIFY(writeFile(copy, original));
    auto same = signature->verify(copy, key.publicKey());
    QVERIFY(same && same->valid);
}

void TestDetachedSignature::everySignedByteOfTheSigMatters()
{
    const SigningKey key = makeKey();
    auto signature = DetachedSignature::sign(m_report, key, SignedAt);
    QVERIFY(signature);
    const QByteArray text = signature->toText();
    QVERIFY(verifies(text, m_report, key.publicKey()));
    // Every byte outside the comment lines, one at a time, with two different bit flips.
    int checked = 0;
    qsizetype lineStart = 0;
    for (qsizetype at = 0; at < text.size(); ++at) {
        if (at > 0 && text[at - 1] == '\n') {
            lineStart = at;
        }
        if (text[lineStart] == '#') {
            continue;
        }
        for (char mask : {char(0x01), char(0x20)}) {
            QVERIFY2(!verifies(flipped(text, at, mask), m_report, key.publicKey()),
                     qPrintable(u"byte %1 (%2) flipped with %3 still verifies"_s.arg(at)
                                    .arg(QChar::fromLatin1(text[at]))
                                    .arg(int(mask))));
        }
        ++checked;
    }
    QVERIFY(checked > 300);
    // The signature value alone: a flipped bit there is reported as a signature that does not match.
    DetachedSignature tampered = *signature;
    tampered.signature[5] = char(tampered.signature[5] ^ 0x04);
    auto verification = tampered.verify(m_report, key.publicKey());
    QVERIFY(verification && !verification->valid);
    QVERIFY2(verification->reason.contains(u"does not match the trusted key"_s), qPrintable(verification->reason));
}

void TestDetachedSignature::otherKeyIsInvalid()
{
    const SigningKey key = makeKey();
    const SigningKey other = makeKey();
    auto signature = DetachedSignature::sign(m_report, other, SignedAt);
    QVERIFY(signature);
    // Honest .sig from another key: it names that key, which is not the trusted one.
    auto verification = signature->verify(m_report, key.publicKey());
    QVERIFY(verification && !verification->valid);
    QVERIFY2(verification->reason.contains(other.publicKey().formattedFingerprint()), qPrintable(verification->reason));
    QVERIFY(verification->reason.contains(u"another key"_s));
    // A forged .sig that claims the trusted key's fingerprint but was signed with another key.
    DetachedSignature forged = *signature;
    forged.keyFingerprint = key.publicKey().fingerprint();
    forged.signature = other.sign(forged.statement());
    QVERIFY(!verifies(forged.toText(), m_report, key.publicKey()));
    auto forgedCheck = forged.verify(m_report, key.publicKey());
    QVERIFY(forgedCheck && !forgedCheck->valid);
    QVERIFY(forgedCheck->reason.contains(u"does not match the trusted key"_s));
    // A null key trusts nothing.
    QVERIFY(!verifies(signature->toText(), m_report, SigningPublicKey()));
}

void TestDetachedSignature::malformedSignatureFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    const QByteArray good = [] {
        auto key = SigningKey::generate();
        QByteArray data("some report");
        QTemporaryDir dir;
        const QString file = dir.filePath(u"r.pdf"_s);
        writeFile(file, data);
        return DetachedSignature::sign(file, *key, SignedAt)->toText();
    }();
    auto without = [&](const char* field) {
        QList<QByteArray> lines = good.split('\n');
        lines.removeIf([&](const QByteArray& line) { return line.startsWith(field); });
        return lines.join('\n');
    };
    auto replaced = [&](const char* field, const QByteArray& value) {
        QList<QByteArray> lines = good.split('\n');
        for (QByteArray& line : lines) {
            if (line.startsWith(QByteArray(QByteArray(field) + ": "))) {
                line = QByteArray(field) + ": " + value;
            }
        }
        return lines.join('\n');
    };
    QTest::newRow("empty") << QByteArray() << u"first line is not “attest-signature v1”"_s;
    QTest::newRow("a PDF") << QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n") << u"first line is not"_s;
    QTest::newRow("not UTF-8") << QByteArray("attest-signature v1\nFile: \xff\xfe\n") << u"not UTF-8"_s;
    QTest::newRow("newer version") << QByteArray(good).replace("attest-signature v1", "attest-signature v2")
                                   << u"in format “attest-signature v2”"_s;
    QTest::newRow("no signature") << without("Signature") << u"“Signature” is missing"_s;
    QTest::newRow("no fingerprint") << without("Key-Fingerprint") << u"“Key-Fingerprint” is missing"_s;
    QTest::newRow("twice") << good + "File: other.pdf\n" << u"“File” is given twice"_s;
    QTest::newRow("unknown field") << good + "Comment: hello\n" << u"“Comment” is not a field"_s;
    QTest::newRow("no colon") << good + "just some text\n" << u"line 10 is not “Name: value”"_s;
    QTest::newRow("other algorithm") << replaced("Algorithm", "RSA") << u"algorithm “RSA”"_s;
    QTest::newRow("short signature") << replaced("Signature", "AAAA") << u"“Signature” is not 64 bytes"_s;
    QTest::newRow("bad base64") << replaced("Signature", QByteArray(86, '*') + "==")
                                << u"“Signature” is not 64 bytes"_s;
    QTest::newRow("bad fingerprint") << replaced("Key-Fingerprint", "abcd") << u"“Key-Fingerprint” is not"_s;
    QTest::newRow("bad size") << replaced("File-Size", "-3") << u"“File-Size” is not"_s;
    QTest::newRow("bad digest") << replaced("File-SHA512", "00") << u"“File-SHA512” is not"_s;
    QTest::newRow("bad time") << replaced("Signed-At", "2026-13-01T00:00:00Z") << u"“Signed-At” is not"_s;
    QTest::newRow("local time") << replaced("Signed-At", "2026-11-28T09:00:05+01:00") << u"“Signed-At” is not"_s;
}

void TestDetachedSignature::malformedSignatureFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    auto parsed = DetachedSignature::parse(text);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::Validation);
    QVERIFY2(parsed.error().message.startsWith(u"This is not a valid Attest signature file: "_s),
             qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    // Read from a file, the message names it.
    QTemporaryDir dir;
    const QString sigPath = dir.filePath(u"bad.sig"_s);
    QVERIFY(writeFile(sigPath, text));
    auto read = DetachedSignature::readFile(sigPath);
    QVERIFY(!read);
    QVERIFY(read.error().message.startsWith(sigPath + u": "_s));
}

void TestDetachedSignature::publicKeyFile()
{
    const SigningKey key = makeKey();
    const SigningPublicKey publicKey = key.publicKey();
    const QString file = path(u"key.pub"_s);
    QVERIFY(publicKey.writeFile(file));
    const QString text = QString::fromUtf8(readFile(file));
    QVERIFY2(text.startsWith(u"attest-ed25519-public-key v1\n"_s), qPrintable(text));
    QVERIFY(text.contains(u"\nKey: "_s + QString::fromLatin1(publicKey.bytes().toBase64()) + u'\n'));
    QVERIFY(text.contains(u"\nFingerprint: "_s + publicKey.formattedFingerprint() + u'\n'));
    QVERIFY(!text.contains(QString::fromLatin1(key.seed().toBase64())));
    auto read = SigningPublicKey::readFile(file);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(*read, publicKey);

    // A key whose fingerprint line belongs to another key is refused.
    QByteArray mismatched = readFile(file);
    mismatched.replace(publicKey.formattedFingerprint().toLatin1(),
                       makeKey().publicKey().formattedFingerprint().toLatin1());
    auto refused = SigningPublicKey::parseFileText(mismatched);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"fingerprint does not match its key"_s),
             qPrintable(refused.error().message));
    // A signature file is not a key file.
    auto signature = DetachedSignature::sign(m_report, key, SignedAt);
    QVERIFY(signature);
    auto notAKey = SigningPublicKey::parseFileText(signature->toText());
    QVERIFY(!notAKey);
    QVERIFY2(notAKey.error().message.contains(u"attest-ed25519-public-key v1"_s), qPrintable(notAKey.error().message));
    QVERIFY(!SigningPublicKey::fromBytes("short"));
}

void TestDetachedSignature::unreadableFileIsAnError()
{
    const SigningKey key = makeKey();
    const QString missing = path(u"missing.pdf"_s);
    auto signature = DetachedSignature::sign(missing, key, SignedAt);
    QVERIFY(!signature);
    QCOMPARE(signature.error().code, ErrorCode::Io);
    QVERIFY(signature.error().message.contains(missing));
    auto good = DetachedSignature::sign(m_report, key, SignedAt);
    QVERIFY(good);
    auto verification = good->verify(missing, key.publicKey());
    QVERIFY(!verification);
    QCOMPARE(verification.error().code, ErrorCode::Io);
    auto noSig = DetachedSignature::readFile(path(u"missing.pdf.sig"_s));
    QVERIFY(!noSig);
    QCOMPARE(noSig.error().code, ErrorCode::Io);
}

QTEST_GUILESS_MAIN(TestDetachedSignature)
#include "TestDetachedSignature.moc"
