#pragma once

#include "core/Result.h"
#include "signing/SigningKey.h"
#include "signing/SigningPublicKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace attest {

// A detached signature of a file (a report), kept beside it as FILE.sig, and its check against a trusted public
// key.
//
// The .sig file, format v1 (UTF-8 text, LF line endings; lines starting with '#' are comments):
//
//     attest-signature v1
//     Algorithm: Ed25519
//     Key-Fingerprint: <SHA-256 of the signer's public key, 16 groups of 4 hex digits, as on the report's cover>
//     File: <the signed file's name>
//     File-Size: <its size in bytes>
//     File-SHA512: <the SHA-512 digest of its bytes, 128 lowercase hex digits>
//     Signed-At: <UTC, ISO 8601, whole seconds, e.g. 2026-11-28T09:00:00Z>
//     Signature: <64 bytes, base64>
//
// What is signed (Ed25519, RFC 8032) is the statement made of the first line and the six lines from Algorithm to
// Signed-At, in that order, each as shown and ended by LF, UTF-8: so the file's digest and size, its name, the
// time and the key are all covered, and one changed byte in the file or in any of these lines makes the signature
// invalid. The file is hashed while it is read in chunks, whatever its size. Every field is required and no other
// is allowed in v1; anything else is a new version.
//
// Key-Fingerprint says which key the signer used. A signature is valid only if it checks against a key the
// verifier trusts (its own keychain's, or a public-key file it was given), never against a key the .sig names.
class DetachedSignature
{
    Q_DECLARE_TR_FUNCTIONS(DetachedSignature)

public:
    static constexpr const char* FileFormat = "attest-signature";
    static constexpr int FileVersion = 1;
    static constexpr const char* Algorithm = "Ed25519";

    QByteArray keyFingerprint; // raw SHA-256 of the signer's public key
    QString fileName;
    qint64 fileSize = 0;
    QByteArray fileSha512; // raw 64 bytes
    QDateTime signedAt;    // UTC, whole seconds
    QByteArray signature;  // raw 64 bytes

    // Where the signature of `file` goes by default: beside it, "FILE.sig".
    static QString defaultPath(const QString& file) { return file + QLatin1StringView(".sig"); }

    static Result<DetachedSignature> sign(const QString& path, const SigningKey& key, const QDateTime& nowUtc);
    // The same for the bytes of `path` that are to be saved as `fileName` (e.g. a previewed report, before it is
    // saved: the signature is made before anything is replaced).
    static Result<DetachedSignature>
    sign(const QString& path, const QString& fileName, const SigningKey& key, const QDateTime& nowUtc);

    // The bytes the signature is made over (see above).
    QByteArray statement() const;
    QByteArray toText() const;
    // A malformed text is an ErrorCode::Validation error that says what is wrong with it.
    static Result<DetachedSignature> parse(const QByteArray& text);
    static Result<DetachedSignature> readFile(const QString& path);
    Result<void> writeFile(const QString& path) const;

    struct Verification
    {
        bool valid = false;
        QString reason; // which check failed, as a sentence for the user
    };
    // Checks this signature against the file at `path` and the key the verifier trusts, in order: the key named
    // is the trusted one; the signature matches the statement under that key; the file's size and digest match
    // the statement. A file that cannot be read is an error; every other outcome is a Verification.
    Result<Verification> verify(const QString& path, const SigningPublicKey& trusted) const;
};

} // namespace attest
