#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace attest {

// The public half of an Ed25519 report-signing key: what a reader of a signed report needs, shown and exported by
// Attest. Its fingerprint is the SHA-256 of the 32 raw key bytes, printed as groups of four hex digits (as on a
// report's cover).
//
// Exported public-key file (UTF-8 text, LF line endings; '#' lines are comments):
//
//     attest-ed25519-public-key v1
//     Key: <the 32 key bytes, base64>
//     Fingerprint: <SHA-256 of the key bytes, 16 groups of 4 hex digits>
//
// Both fields are required and no others are allowed; Fingerprint is redundant and checked on reading: a file
// whose fingerprint does not match its key is refused.
class SigningPublicKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningPublicKey)

public:
    static constexpr int Size = 32;
    static constexpr const char* FileFormat = "attest-ed25519-public-key";
    static constexpr int FileVersion = 1;

    SigningPublicKey() = default;
    static Result<SigningPublicKey> fromBytes(const QByteArray& bytes);

    bool isNull() const { return m_bytes.isEmpty(); }
    QByteArray bytes() const { return m_bytes; }
    QByteArray fingerprint() const; // 32 raw bytes
    QString formattedFingerprint() const;

    QByteArray toFileText() const;
    static Result<SigningPublicKey> parseFileText(const QByteArray& text);
    static Result<SigningPublicKey> readFile(const QString& path);
    Result<void> writeFile(const QString& path) const;

    // Whether `signature` is this key's Ed25519 signature of `message`.
    bool verify(QByteArrayView message, const QByteArray& signature) const;

    bool operator==(const SigningPublicKey& other) const = default;

private:
    QByteArray m_bytes;
};

} // namespace attest
