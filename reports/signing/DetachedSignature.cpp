#include "DetachedSignature.h"

#include "SodiumSupport.h"
#include "content/ReportContext.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

const QString SignedAtFormat = u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s;

// A file name as one line of text: control characters (a newline in a name) would break the format, and the
// reader trims values.
QString singleLine(QString text)
{
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control) {
            c = u'?';
        }
    }
    return text.trimmed();
}

QString header()
{
    return u"%1 v%2"_s.arg(QLatin1StringView(DetachedSignature::FileFormat)).arg(DetachedSignature::FileVersion);
}

// The signed fields, in their order, as written.
QList<QPair<QString, QString>> statementFields(const DetachedSignature& s)
{
    return {
        {u"Algorithm"_s, QLatin1StringView(DetachedSignature::Algorithm)},
        {u"Key-Fingerprint"_s, ReportContext::formatFingerprint(s.keyFingerprint)},
        {u"File"_s, s.fileName},
        {u"File-Size"_s, QString::number(s.fileSize)},
        {u"File-SHA512"_s, QString::fromLatin1(s.fileSha512.toHex())},
        {u"Signed-At"_s, QLocale::c().toString(s.signedAt.toUTC(), SignedAtFormat)},
    };
}

} // namespace

Result<DetachedSignature> DetachedSignature::sign(const QString& path, const SigningKey& key, const QDateTime& nowUtc)
{
    return sign(path, QFileInfo(path).fileName(), key, nowUtc);
}

Result<DetachedSignature>
DetachedSignature::sign(const QString& path, const QString& fileName, const SigningKey& key, const QDateTime& nowUtc)
{
    auto digest = signing::sha512File(path);
    if (!digest) {
        return digest.error();
    }
    DetachedSignature result;
    result.keyFingerprint = key.publicKey().fingerprint();
    result.fileName = singleLine(fileName);
    result.fileSize = digest->size;
    result.fileSha512 = digest->sha512;
    const QDateTime utc = nowUtc.toUTC();
    result.signedAt = utc.addMSecs(-utc.time().msec());
    result.signature = key.sign(result.statement());
    qCDebug(lcSigning) << "signed" << result.fileSize << "bytes of" << result.fileName;
    return result;
}

QByteArray DetachedSignature::statement() const
{
    signing::FieldText text;
    text.header = header();
    text.fields = statementFields(*this);
    return text.toText();
}

QByteArray DetachedSignature::toText() const
{
    signing::FieldText text;
    text.header = header();
    text.fields = statementFields(*this);
    text.fields.append({u"Signature"_s, QString::fromLatin1(signature.toBase64())});
    return text.toText({tr("Attest detached signature. Check it with: attest verify %1").arg(fileName)});
}

Result<DetachedSignature> DetachedSignature::parse(const QByteArray& text)
{
    auto invalid = [](const QString& why) {
        return makeError(ErrorCode::Validation, tr("This is not a valid Attest signature file: %1.").arg(why));
    };
    auto fields = signing::FieldText::parse(text, QLatin1StringView(FileFormat), FileVersion);
    if (!fields) {
        return invalid(fields.error().message);
    }
    const QStringList known{u"Algorithm"_s,
                            u"Key-Fingerprint"_s,
                            u"File"_s,
                            u"File-Size"_s,
                            u"File-SHA512"_s,
                            u"Signed-At"_s,
                            u"Signature"_s};
    for (const auto& field : fields->fields) {
        if (!known.contains(field.first)) {
            return invalid(tr("“%1” is not a field of this format").arg(field.first));
        }
    }
    for (const QString& key : known) {
        if (!fields->has(key)) {
            return invalid(tr("“%1” is missing").arg(key));
        }
    }
    if (fields->value(u"Algorithm"_s) != QLatin1StringView(Algorithm)) {
        return invalid(tr("the algorithm “%1” is not one Attest knows (it uses %2)")
                           .arg(fields->value(u"Algorithm"_s), QLatin1StringView(Algorithm)));
    }
    // Every value must be exactly as Attest writes it, so the statement rebuilt from the values is the text that
    // was signed, byte for byte.
    DetachedSignature result;
    static const QRegularExpression fingerprintText(u"^([0-9a-f]{4} ){15}[0-9a-f]{4}$"_s);
    static const QRegularExpression sizeText(u"^(0|[1-9][0-9]{0,17})$"_s);
    static const QRegularExpression sha512Text(u"^[0-9a-f]{128}$"_s);
    const QString fingerprint = fields->value(u"Key-Fingerprint"_s);
    if (!fingerprintText.match(fingerprint).hasMatch()) {
        return invalid(tr("“Key-Fingerprint” is not 16 groups of 4 lowercase hexadecimal digits"));
    }
    result.keyFingerprint = QByteArray::fromHex(fingerprint.toLatin1());
    result.fileName = fields->value(u"File"_s);
    if (result.fileName != singleLine(result.fileName)) {
        return invalid(tr("“File” is not a file name"));
    }
    const QString size = fields->value(u"File-Size"_s);
    if (!sizeText.match(size).hasMatch()) {
        return invalid(tr("“File-Size” is not a number of bytes"));
    }
    result.fileSize = size.toLongLong();
    const QString sha512 = fields->value(u"File-SHA512"_s);
    if (!sha512Text.match(sha512).hasMatch()) {
        return invalid(tr("“File-SHA512” is not 128 lowercase hexadecimal digits"));
    }
    result.fileSha512 = QByteArray::fromHex(sha512.toLatin1());
    const QString signedAt = fields->value(u"Signed-At"_s);
    // Date and time apart, as UTC: read as local time, a moment in a daylight-saving gap would not exist.
    result.signedAt = QDateTime(QDate::fromString(signedAt.left(10), u"yyyy-MM-dd"_s),
                                QTime::fromString(signedAt.mid(10), u"'T'HH:mm:ss'Z'"_s),
                                QTimeZone::utc());
    if (!result.signedAt.isValid() || QLocale::c().toString(result.signedAt, SignedAtFormat) != signedAt) {
        return invalid(tr("“Signed-At” is not a UTC time such as 2026-11-28T09:00:00Z"));
    }
    result.signature = signing::decodeBase64Exactly(fields->value(u"Signature"_s), SigningKey::SignatureSize);
    if (result.signature.isEmpty()) {
        return invalid(tr("“Signature” is not 64 bytes in base64"));
    }
    return result;
}

Result<DetachedSignature> DetachedSignature::readFile(const QString& path)
{
    auto text = signing::readSmallFile(path);
    if (!text) {
        return text.error();
    }
    auto signature = parse(*text);
    if (!signature) {
        return makeError(ErrorCode::Validation, u"%1: %2"_s.arg(path, signature.error().message));
    }
    return signature;
}

Result<void> DetachedSignature::writeFile(const QString& path) const
{
    return signing::writeTextFile(path, toText());
}

Result<DetachedSignature::Verification> DetachedSignature::verify(const QString& path,
                                                                  const SigningPublicKey& trusted) const
{
    if (trusted.fingerprint() != keyFingerprint) {
        return Verification{false,
                            tr("The signature names the key %1, not the trusted key %2: it was made with another "
                               "key, or the signature file was changed.")
                                .arg(ReportContext::formatFingerprint(keyFingerprint), trusted.formattedFingerprint())};
    }
    if (!trusted.verify(statement(), signature)) {
        return Verification{false,
                            tr("The signature does not match the trusted key %1: the signature file was changed "
                               "after signing, or it was not made with this key.")
                                .arg(trusted.formattedFingerprint())};
    }
    auto digest = signing::sha512File(path);
    if (!digest) {
        return digest.error();
    }
    if (digest->size != fileSize) {
        return Verification{false,
                            tr("The file was changed after signing: it is %1 bytes long, and %2 bytes were signed.")
                                .arg(digest->size)
                                .arg(fileSize)};
    }
    if (digest->sha512 != fileSha512) {
        return Verification{false,
                            tr("The file was changed after signing: its content differs from what was signed "
                               "(SHA-512 digest).")};
    }
    return Verification{true, {}};
}

} // namespace attest
