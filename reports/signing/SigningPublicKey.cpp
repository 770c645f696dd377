#include "SigningPublicKey.h"

#include "SodiumSupport.h"
#include "content/ReportContext.h"
#include "core/Sha256.h"

using namespace Qt::StringLiterals;

namespace attest {

Result<SigningPublicKey> SigningPublicKey::fromBytes(const QByteArray& bytes)
{
    if (bytes.size() != Size) {
        return makeError(ErrorCode::Validation, tr("An Ed25519 public key is 32 bytes long."));
    }
    SigningPublicKey key;
    key.m_bytes = bytes;
    return key;
}

QByteArray SigningPublicKey::fingerprint() const
{
    return isNull() ? QByteArray() : Sha256::hash(m_bytes);
}

QString SigningPublicKey::formattedFingerprint() const
{
    return ReportContext::formatFingerprint(fingerprint());
}

QByteArray SigningPublicKey::toFileText() const
{
    signing::FieldText text;
    text.header = u"%1 v%2"_s.arg(QLatin1StringView(FileFormat)).arg(FileVersion);
    text.fields = {{u"Key"_s, QString::fromLatin1(m_bytes.toBase64())}, {u"Fingerprint"_s, formattedFingerprint()}};
    return text.toText({tr("Attest report-signing public key (Ed25519). Check a signed report with:"),
                        tr("attest verify REPORT.pdf --pubkey THIS-FILE")});
}

Result<SigningPublicKey> SigningPublicKey::parseFileText(const QByteArray& text)
{
    auto invalid = [](const QString& why) {
        return makeError(ErrorCode::Validation, tr("This is not an Attest public key file: %1.").arg(why));
    };
    auto fields = signing::FieldText::parse(text, QLatin1StringView(FileFormat), FileVersion);
    if (!fields) {
        return invalid(fields.error().message);
    }
    for (const auto& field : fields->fields) {
        if (field.first != u"Key"_s && field.first != u"Fingerprint"_s) {
            return invalid(tr("“%1” is not a field of this format").arg(field.first));
        }
    }
    if (!fields->has(u"Key"_s) || !fields->has(u"Fingerprint"_s)) {
        return invalid(tr("it needs both “Key” and “Fingerprint”"));
    }
    const QByteArray bytes = signing::decodeBase64Exactly(fields->value(u"Key"_s), Size);
    if (bytes.isEmpty()) {
        return invalid(tr("“Key” is not 32 bytes in base64"));
    }
    SigningPublicKey key;
    key.m_bytes = bytes;
    if (fields->value(u"Fingerprint"_s).remove(u' ') != QString::fromLatin1(key.fingerprint().toHex())) {
        return invalid(tr("its fingerprint does not match its key"));
    }
    return key;
}

Result<SigningPublicKey> SigningPublicKey::readFile(const QString& path)
{
    auto text = signing::readSmallFile(path);
    if (!text) {
        return text.error();
    }
    auto key = parseFileText(*text);
    if (!key) {
        return makeError(ErrorCode::Validation, u"%1: %2"_s.arg(path, key.error().message));
    }
    return key;
}

Result<void> SigningPublicKey::writeFile(const QString& path) const
{
    return signing::writeTextFile(path, toFileText());
}

bool SigningPublicKey::verify(QByteArrayView message, const QByteArray& signature) const
{
    if (isNull() || signature.size() != crypto_sign_BYTES || !signing::sodiumReady()) {
        return false;
    }
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.data()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char*>(m_bytes.constData())) == 0;
}

} // namespace attest
