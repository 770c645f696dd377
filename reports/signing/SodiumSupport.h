#pragma once

// Internal to reports/signing: libsodium start-up, a file's SHA-512 digest read in chunks, and the "Key: value"
// text that the signature and public-key files share. Not part of the library's interface.

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QString>

#include <sodium.h>

Q_DECLARE_LOGGING_CATEGORY(lcSigning)

namespace attest::signing {

// The translation context of the messages about signature and key files.
class SigningText
{
    Q_DECLARE_TR_FUNCTIONS(SigningText)
};

// sodium_init() once per process; false if libsodium cannot start (no usable random source).
bool sodiumReady();

struct FileDigest
{
    QByteArray sha512; // raw 64 bytes
    qint64 size = 0;
};
// The SHA-512 digest of the file at `path`, read in chunks: a report of any size is hashed without holding it in
// memory.
Result<FileDigest> sha512File(const QString& path);

// A versioned text file: a first line naming the format and version ("attest-signature v1"), then "Key: value"
// lines. Empty lines and lines starting with '#' are comments. Keys are case-sensitive; a key given twice is an
// error. A value is everything after the first ": " (not trimmed: the text is read exactly as written). Which keys
// are allowed is the caller's business (a key the version does not define is refused there).
struct FieldText
{
    QString header;
    QList<QPair<QString, QString>> fields;

    QString value(const QString& key) const;
    bool has(const QString& key) const;
    QByteArray toText(const QStringList& comments = {}) const;
    // On failure the error's message says what is wrong ("its first line is not …"), for the caller's sentence.
    static Result<FieldText> parse(const QByteArray& text, const QString& expectedFormat, int version);
};

// Strict base64: decodes `text` and insists that encoding the result again gives exactly `text`, so every changed
// character of a signature or key shows as a difference (the padding bits included). Empty on failure.
QByteArray decodeBase64Exactly(const QString& text, qsizetype expectedSize);

// Reads a small text file (signatures, public keys: at most 64 KiB).
Result<QByteArray> readSmallFile(const QString& path);
// Replaces `path` only once the whole text is written.
Result<void> writeTextFile(const QString& path, const QByteArray& text);

} // namespace attest::signing
