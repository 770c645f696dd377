#pragma once

#include "storage/crypto/SecretBuffer.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace attest::crypto {

// A SQLite VFS shim ("attest-xchacha") that keeps an encrypted workspace's bytes encrypted on disk: every page of
// the database, every page image in its write-ahead log and rollback journal is sealed with XChaCha20-Poly1305
// under a fresh random nonce, with the file kind, the page's position and the key id as associated data; nonce
// and tag live in the 40 reserved bytes SQLite leaves at the end of each page. The database starts after the
// Attest header (see WorkspaceHeader.h). Temporary files never reach the disk: the VFS keeps them in memory.
//
// Keys never travel in a file name: a connection names a token (URI parameter attest_key) that this process-wide
// registry maps to the key held in sodium_malloc'd memory for as long as the registration lives.
constexpr char VfsName[] = "attest-xchacha";

// Registers the VFS with SQLite (once; thread-safe). False if SQLite refused it.
bool ensureVfsRegistered();

// A key made available to the VFS; unregistered (and wiped) when destroyed. Files already open keep their own
// reference until they close.
class VfsKey
{
public:
    // `header` (HeaderSize bytes) is written at the start of new files opened with this key (a new workspace,
    // VACUUM INTO copies); existing files must carry a header with the same key id that verifies with the key.
    static std::unique_ptr<VfsKey> create(const SecretBuffer& dataKey, const QByteArray& header);
    ~VfsKey();
    VfsKey(const VfsKey&) = delete;
    VfsKey& operator=(const VfsKey&) = delete;

    QString token() const { return m_token; }
    // Replaces the header written into new files (after the header of the workspace was rewritten).
    bool setHeader(const QByteArray& header);
    // "file:<path>?vfs=attest-xchacha&attest_key=<token>" plus `extraQuery` ("immutable=1", ...).
    QString uri(const QString& path, const QString& extraQuery = {}) const;

private:
    explicit VfsKey(QString token);
    QString m_token;
};

// "file:<path>?vfs=<SQLite's default VFS>": a plain file named from a connection that goes through this VFS
// (VACUUM INTO a decrypted copy).
QString plainUri(const QString& path);

// One page through the same cipher as the VFS (for reading page 1 before SQLite opens the file, and for tests).
// `kind` is 'D' (database, position = page number from 1), 'W' (WAL, byte offset) or 'J' (journal, byte offset).
bool decryptPage(unsigned char* page,
                 quint32 pageSize,
                 const SecretBuffer& pageKey,
                 const QByteArray& keyId,
                 char kind,
                 quint64 position);

} // namespace attest::crypto
