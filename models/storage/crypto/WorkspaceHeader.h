#pragma once

#include "core/Result.h"
#include "storage/crypto/SecretBuffer.h"

#include <QByteArray>
#include <QString>

namespace attest::crypto {

// The Attest header at the start of an encrypted workspace: two 4096-byte copies (A, B) of magic, format
// version, cipher, page size, key id, the data key wrapped by the keychain key and (optionally) by a key derived
// from the recovery passphrase with Argon2id, a keyed MAC and a plain checksum. The SQLite database follows it.
//
// Copy layout (big-endian integers):
//   0 magic "Attest encrypted" (16) | 16 format version (2) | 18 cipher id (2) | 20 page size (4)
//   24 reserved bytes per page (4) | 28 key id (16) | 44 slot flags (4) | 48 generation (8)
//   56 keychain slot: nonce 24 + wrapped key 32 + tag 16 | 128 KDF id (4) | 132 opslimit (8) | 140 memlimit (8)
//   148 salt (16) | 164 passphrase slot (72) | ... zeros ... | 4032 MAC (32) | 4064 checksum (32)
// The fixed fields [0, 44) are the associated data of every wrapped key, so a key cannot be moved to another
// header; the MAC (BLAKE2b keyed with a subkey of the data key) makes any changed byte of a copy detectable; the
// unkeyed checksum tells accidental damage apart from a wrong key or passphrase.
constexpr qint64 HeaderCopySize = 4096;
constexpr qint64 HeaderSize = 2 * HeaderCopySize;
constexpr int ReserveBytes = 40; // nonce 24 + tag 16 at the end of every page
constexpr int KeySize = 32;
constexpr int KeyIdSize = 16;
constexpr quint16 FormatVersion = 1;
constexpr quint16 CipherXChaCha20Poly1305 = 1;
constexpr char Magic[] = "Attest encrypted"; // 16 bytes, without the terminating zero

// Argon2id cost of deriving the key from a recovery passphrase.
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    static KdfParams moderate();
    // Cheap parameters for tests only.
    static KdfParams minimal();
};

// What unlocks a workspace: the 32-byte key the app keeps in the OS keychain, the recovery passphrase, or both.
struct EncryptionKeys
{
    SecretBuffer keychainKey;              // empty if none
    SecretBuffer passphrase;               // UTF-8; empty if none
    KdfParams kdf = KdfParams::moderate(); // used when a passphrase slot is written

    bool isEmpty() const { return keychainKey.isEmpty() && passphrase.isEmpty(); }
    EncryptionKeys clone() const;
};

// What the header says without any key.
struct EncryptionInfo
{
    bool encrypted = false;
    QString keyId; // the keychain entry's name: the workspace id at creation, as a UUID without braces
    int formatVersion = 0;
    quint32 pageSize = 0;
    quint64 generation = 0;
    bool hasKeychainSlot = false;
    bool hasPassphraseSlot = false;
};

struct HeaderFields
{
    quint16 version = FormatVersion;
    quint16 cipher = CipherXChaCha20Poly1305;
    quint32 pageSize = 4096;
    quint32 reserve = ReserveBytes;
    QByteArray keyId; // KeyIdSize bytes
    quint64 generation = 1;
    QByteArray keychainSlot; // 72 bytes or empty
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    QByteArray salt;           // 16 bytes
    QByteArray passphraseSlot; // 72 bytes or empty
};

// An unlocked header: the fields, the data key and the header's bytes as they are in the file.
struct UnlockedHeader
{
    HeaderFields fields;
    SecretBuffer dataKey;
    QByteArray bytes; // HeaderSize
};

// True when either header copy in `firstBytes` (the first HeaderSize bytes of a file) carries the Attest header
// magic: a file whose first copy was damaged is still recognised, and reported as damaged.
bool hasEncryptedMagic(QByteArrayView firstBytes);
QByteArray keyIdFromString(const QString& uuid);
QString keyIdToString(const QByteArray& keyId);

enum class Subkey
{
    Pages = 1,
    HeaderMac = 2,
};
SecretBuffer deriveSubkey(const SecretBuffer& dataKey, Subkey which);

// Reads the header without a key (for the app to find the keychain entry by key id).
Result<EncryptionInfo> inspect(const QString& path);
// Reads and verifies both copies of the header and unwraps the data key with `keys`.
Result<UnlockedHeader> unlock(const QString& path, const EncryptionKeys& keys);
Result<UnlockedHeader> unlockBytes(const QByteArray& header, const QString& path, const EncryptionKeys& keys);
// A header for a new workspace with a fresh random data key, wrapped by every key in `keys`.
Result<UnlockedHeader> newHeader(const EncryptionKeys& keys, const QByteArray& keyId, quint32 pageSize);
// Wraps `dataKey` into the keychain slot (empty kek: removes the slot) / the passphrase slot.
void setKeychainSlot(HeaderFields& fields, const SecretBuffer& dataKey, const SecretBuffer& kek);
Result<void> setPassphraseSlot(HeaderFields& fields,
                               const SecretBuffer& dataKey,
                               const SecretBuffer& passphrase,
                               const KdfParams& kdf);
// Both copies, identical, with the fields' generation.
QByteArray serialize(const HeaderFields& fields, const SecretBuffer& dataKey);
// Rewrites the header of an existing file with generation + 1 (stored back into `fields`): copy B first (synced),
// then copy A, so an interruption leaves one complete copy.
Result<void> rewriteHeader(const QString& path, HeaderFields& fields, const SecretBuffer& dataKey);

// Checks both copies of a header (magic, checksum, MAC under `macKey`, the same key id and page size) and
// reports the key id and page size. Used by the VFS, which holds only derived keys.
bool verifyHeader(const QByteArray& header, const SecretBuffer& macKey, QByteArray* keyId, quint32* pageSize);

QString damagedMessage(const QString& path, const QString& why);

} // namespace attest::crypto
