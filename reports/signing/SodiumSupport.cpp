#include "SodiumSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>

#include <array>

Q_LOGGING_CATEGORY(lcSigning, "attest.reports.signing", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace attest::signing {

namespace {

constexpr qint64 MaxTextFileSize = 64 * 1024;

} // namespace

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Result<FileDigest> sha512File(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, SigningText::tr("“%1” could not be read: %2").arg(path, file.errorString()));
    }
    crypto_hash_sha512_state state;
    crypto_hash_sha512_init(&state);
    std::array<char, 64 * 1024> buffer;
    FileDigest digest;
    for (;;) {
        const qint64 n = file.read(buffer.data(), qint64(buffer.size()));
        if (n < 0) {
            return makeError(ErrorCode::Io,
                             SigningText::tr("“%1” could not be read: %2").arg(path, file.errorString()));
        }
        if (n == 0) {
            break;
        }
        crypto_hash_sha512_update(&state, reinterpret_cast<const unsigned char*>(buffer.data()), quint64(n));
        digest.size += n;
    }
    digest.sha512 = QByteArray(crypto_hash_sha512_BYTES, Qt::Uninitialized);
    crypto_hash_sha512_final(&state, reinterpret_cast<unsigned char*>(digest.sha512.data()));
    return digest;
}

QString FieldText::value(const QString& key) const
{
    for (const auto& [k, v] : fields) {
        if (k == key) {
            return v;
        }
    }
    return {};
}

bool FieldText::has(const QString& key) const
{
    for (const auto& field : fields) {
        if (field.first == key) {
            return true;
        }
    }
    return false;
}

QByteArray FieldText::toText(const QStringList& comments) const
{
    QString text = header + u'\n';
    for (const QString& comment : comments) {
        text += u"# "_s + comment + u'\n';
    }
    for (const auto& [k, v] : fields) {
        text += k + u": "_s + v + u'\n';
    }
    return text.toUtf8();
}

Result<FieldText> FieldText::parse(const QByteArray& text, const QString& expectedFormat, int version)
{
    auto malformed = [](const QString& why) { return makeError(ErrorCode::Validation, why); };
    // The first line before anything else: another kind of file (a PDF given as the signature) says so.
    const QString expected = u"%1 v%2"_s.arg(expectedFormat).arg(version);
    const qsizetype newline = text.indexOf('\n');
    QByteArray first = newline < 0 ? text : text.left(newline);
    if (first.endsWith('\r')) {
        first.chop(1);
    }
    if (first != expected.toLatin1()) {
        if (first.startsWith(QByteArray(expectedFormat.toLatin1() + " v"))) {
            return malformed(SigningText::tr("it is in format “%1”, and this version of Attest reads “%2”")
                                 .arg(QString::fromLatin1(first).left(80), expected));
        }
        return malformed(SigningText::tr("its first line is not “%1”").arg(expected));
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder(text);
    if (decoder.hasError()) {
        return malformed(SigningText::tr("it is not UTF-8 text"));
    }
    QStringList lines = decoded.split(u'\n');
    for (QString& line : lines) {
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
    }
    FieldText result;
    result.header = expected;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (line.trimmed().isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const qsizetype colon = line.indexOf(u": "_s);
        if (colon <= 0) {
            return malformed(SigningText::tr("line %1 is not “Name: value”").arg(i + 1));
        }
        const QString key = line.left(colon);
        if (result.has(key)) {
            return malformed(SigningText::tr("“%1” is given twice").arg(key));
        }
        result.fields.append({key, line.mid(colon + 2)});
    }
    return result;
}

QByteArray decodeBase64Exactly(const QString& text, qsizetype expectedSize)
{
    const QByteArray encoded = text.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedSize || decoded.decoded.toBase64() != encoded) {
        return {};
    }
    return decoded.decoded;
}

Result<QByteArray> readSmallFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, SigningText::tr("“%1” could not be read: %2").arg(path, file.errorString()));
    }
    if (file.size() > MaxTextFileSize) {
        return makeError(ErrorCode::Validation,
                         SigningText::tr("“%1” is far too large to be a signature or key file.").arg(path));
    }
    return file.readAll();
}

Result<void> writeTextFile(const QString& path, const QByteArray& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        return makeError(ErrorCode::Io, SigningText::tr("“%1” could not be written: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace attest::signing
