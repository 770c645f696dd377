#include "WorkspaceHeader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QUuid>
#include <QtEndian>

#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace attest::crypto {

namespace {

constexpr int MagicSize = 16;
constexpr int FixedSize = 44; // associated data of wrapped keys
constexpr int SlotSize =
    crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + KeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES; // 72
constexpr int SaltSize = 16;
constexpr int MacOffset = HeaderCopySize - 64;
constexpr int ChecksumOffset = HeaderCopySize - 32;
constexpr quint32 FlagKeychain = 1;
constexpr quint32 FlagPassphrase = 2;
constexpr quint32 KdfArgon2id = 2;

static_assert(SlotSize == 72);
static_assert(sizeof(Magic) == MagicSize + 1);

QString tr(const char* text)
{
    return QCoreApplication::translate("Encryption", text);
}

template <typename T>
void put(QByteArray& out, int offset, T value)
{
    qToBigEndian<T>(value, out.data() + offset);
}

template <typename T>
T get(const char* in, int offset)
{
    return qFromBigEndian<T>(in + offset);
}

QByteArray slotAd(const char* copy, char label)
{
    QByteArray ad(copy, FixedSize);
    ad.append(label);
    return ad;
}

QByteArray wrap(const SecretBuffer& dataKey, const unsigned char* kek, const QByteArray& ad)
{
    QByteArray slot(SlotSize, '\0');
    auto* out = reinterpret_cast<unsigned char*>(slot.data());
    randombytes_buf(out, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
                                               &written,
                                               dataKey.data(),
                                               dataKey.size(),
                                               reinterpret_cast<const unsigned char*>(ad.constData()),
                                               ad.size(),
                                               nullptr,
                                               out,
                                               kek);
    return slot;
}

bool unwrap(const QByteArray& slot, const unsigned char* kek, const QByteArray& ad, SecretBuffer& dataKey)
{
    if (slot.size() != SlotSize) {
        return false;
    }
    const auto* in = reinterpret_cast<const unsigned char*>(slot.constData());
    SecretBuffer key(KeySize);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(),
                                                   &written,
                                                   nullptr,
                                                   in + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
                                                   KeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                                                   reinterpret_cast<const unsigned char*>(ad.constData()),
                                                   ad.size(),
                                                   in,
                                                   kek) != 0 ||
        written != KeySize) {
        return false;
    }
    dataKey = std::move(key);
    return true;
}

Result<SecretBuffer> passphraseKek(const SecretBuffer& passphrase, const QByteArray& salt, quint64 ops, quint64 mem)
{
    SecretBuffer kek(KeySize);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || mem < crypto_pwhash_MEMLIMIT_MIN || salt.size() != SaltSize ||
        crypto_pwhash(kek.data(),
                      KeySize,
                      reinterpret_cast<const char*>(passphrase.data()),
                      passphrase.size(),
                      reinterpret_cast<const unsigned char*>(salt.constData()),
                      ops,
                      size_t(mem),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return makeError(ErrorCode::Io,
                         tr("Not enough memory to derive the key from the recovery passphrase."),
                         u"crypto_pwhash failed"_s);
    }
    return kek;
}

void checksum(const char* copy, unsigned char* out)
{
    crypto_generichash(out, 32, reinterpret_cast<const unsigned char*>(copy), ChecksumOffset, nullptr, 0);
}

void mac(const char* copy, const SecretBuffer& macKey, unsigned char* out)
{
    crypto_generichash(out, 32, reinterpret_cast<const unsigned char*>(copy), MacOffset, macKey.data(), macKey.size());
}

QByteArray serializeCopy(const HeaderFields& f, const SecretBuffer& macKey)
{
    QByteArray copy(HeaderCopySize, '\0');
    std::memcpy(copy.data(), Magic, MagicSize);
    put<quint16>(copy, 16, f.version);
    put<quint16>(copy, 18, f.cipher);
    put<quint32>(copy, 20, f.pageSize);
    put<quint32>(copy, 24, f.reserve);
    std::memcpy(copy.data() + 28, f.keyId.constData(), KeyIdSize);
    const quint32 flags =
        (f.keychainSlot.isEmpty() ? 0 : FlagKeychain) | (f.passphraseSlot.isEmpty() ? 0 : FlagPassphrase);
    put<quint32>(copy, 44, flags);
    put<quint64>(copy, 48, f.generation);
    if (!f.keychainSlot.isEmpty()) {
        std::memcpy(copy.data() + 56, f.keychainSlot.constData(), SlotSize);
    }
    if (!f.passphraseSlot.isEmpty()) {
        put<quint32>(copy, 128, KdfArgon2id);
        put<quint64>(copy, 132, f.opsLimit);
        put<quint64>(copy, 140, f.memLimit);
        std::memcpy(copy.data() + 148, f.salt.constData(), SaltSize);
        std::memcpy(copy.data() + 164, f.passphraseSlot.constData(), SlotSize);
    }
    mac(copy.constData(), macKey, reinterpret_cast<unsigned char*>(copy.data() + MacOffset));
    checksum(copy.constData(), reinterpret_cast<unsigned char*>(copy.data() + ChecksumOffset));
    return copy;
}

enum class CopyState
{
    Ok,
    NotOurs,
    Damaged,
    Newer,
};

CopyState parseCopy(const char* copy, HeaderFields& f)
{
    if (std::memcmp(copy, Magic, MagicSize) != 0) {
        return CopyState::NotOurs;
    }
    unsigned char sum[32];
    checksum(copy, sum);
    if (sodium_memcmp(sum, copy + ChecksumOffset, 32) != 0) {
        return CopyState::Damaged;
    }
    f.version = get<quint16>(copy, 16);
    if (f.version > FormatVersion) {
        return CopyState::Newer;
    }
    f.cipher = get<quint16>(copy, 18);
    f.pageSize = get<quint32>(copy, 20);
    f.reserve = get<quint32>(copy, 24);
    if (f.version != FormatVersion || f.cipher != CipherXChaCha20Poly1305 || f.reserve != ReserveBytes ||
        f.pageSize < 512 || f.pageSize > 65536 || (f.pageSize & (f.pageSize - 1)) != 0) {
        return CopyState::Damaged;
    }
    f.keyId = QByteArray(copy + 28, KeyIdSize);
    const quint32 flags = get<quint32>(copy, 44);
    f.generation = get<quint64>(copy, 48);
    f.keychainSlot = (flags & FlagKeychain) ? QByteArray(copy + 56, SlotSize) : QByteArray();
    if (flags & FlagPassphrase) {
        if (get<quint32>(copy, 128) != KdfArgon2id) {
            return CopyState::Damaged;
        }
        f.opsLimit = get<quint64>(copy, 132);
        f.memLimit = get<quint64>(copy, 140);
        // Parameters no Attest writes (beyond SENSITIVE several times over) would only let a forged header make
        // unlocking take forever.
        if (f.opsLimit > 64 || f.memLimit > (quint64(4) << 30)) {
            return CopyState::Damaged;
        }
        f.salt = QByteArray(copy + 148, SaltSize);
        f.passphraseSlot = QByteArray(copy + 164, SlotSize);
    }
    return CopyState::Ok;
}

} // namespace

KdfParams KdfParams::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::minimal()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

EncryptionKeys EncryptionKeys::clone() const
{
    EncryptionKeys copy;
    copy.keychainKey = keychainKey.clone();
    copy.passphrase = passphrase.clone();
    copy.kdf = kdf;
    return copy;
}

bool hasEncryptedMagic(QByteArrayView firstBytes)
{
    return (firstBytes.size() >= MagicSize && std::memcmp(firstBytes.data(), Magic, MagicSize) == 0) ||
           (firstBytes.size() >= HeaderCopySize + MagicSize &&
            std::memcmp(firstBytes.data() + HeaderCopySize, Magic, MagicSize) == 0);
}

QByteArray keyIdFromString(const QString& uuid)
{
    const QUuid id = QUuid::fromString(uuid);
    return id.isNull() ? QByteArray() : id.toRfc4122();
}

QString keyIdToString(const QByteArray& keyId)
{
    return QUuid::fromRfc4122(keyId).toString(QUuid::WithoutBraces);
}

SecretBuffer deriveSubkey(const SecretBuffer& dataKey, Subkey which)
{
    SecretBuffer key(KeySize);
    crypto_kdf_derive_from_key(key.data(), KeySize, quint64(which), "AttestWS", dataKey.data());
    return key;
}

bool verifyHeader(const QByteArray& header, const SecretBuffer& macKey, QByteArray* keyId, quint32* pageSize)
{
    if (header.size() < HeaderSize) {
        return false;
    }
    HeaderFields copies[2];
    for (int i = 0; i < 2; ++i) {
        const char* copy = header.constData() + i * HeaderCopySize;
        if (parseCopy(copy, copies[i]) != CopyState::Ok) {
            return false;
        }
        unsigned char expected[32];
        mac(copy, macKey, expected);
        if (sodium_memcmp(expected, copy + MacOffset, 32) != 0) {
            return false;
        }
    }
    if (copies[0].keyId != copies[1].keyId || copies[0].pageSize != copies[1].pageSize) {
        return false;
    }
    *keyId = copies[0].keyId;
    *pageSize = copies[0].pageSize;
    return true;
}

QString damagedMessage(const QString& path, const QString& why)
{
    return QCoreApplication::translate("Encryption",
                                       "“%1” is damaged or has been tampered with: %2. Restore it from a backup; the "
                                       "file has not been changed.")
        .arg(QDir::toNativeSeparators(path), why);
}

Result<EncryptionInfo> inspect(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Workspace", "Cannot read “%1”: %2.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()),
                         file.errorString());
    }
    const QByteArray bytes = file.read(HeaderSize);
    EncryptionInfo info;
    if (!hasEncryptedMagic(bytes)) {
        return info;
    }
    info.encrypted = true;
    if (bytes.size() < HeaderSize) {
        return makeError(ErrorCode::Corrupt, damagedMessage(path, tr("its encryption header is cut short")));
    }
    HeaderFields best;
    bool any = false;
    for (int i = 0; i < 2; ++i) {
        HeaderFields f;
        const CopyState state = parseCopy(bytes.constData() + i * HeaderCopySize, f);
        if (state == CopyState::Newer) {
            return makeError(ErrorCode::NewerVersion,
                             tr("“%1” was encrypted by a newer version of Attest (encryption format %2). Install the "
                                "newer Attest to open it; the file has not been changed.")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(f.version));
        }
        if (state != CopyState::Ok) {
            return makeError(ErrorCode::Corrupt, damagedMessage(path, tr("its encryption header is damaged")));
        }
        if (!any || f.generation > best.generation) {
            best = f;
            any = true;
        }
    }
    info.keyId = keyIdToString(best.keyId);
    info.formatVersion = best.version;
    info.pageSize = best.pageSize;
    info.generation = best.generation;
    info.hasKeychainSlot = !best.keychainSlot.isEmpty();
    info.hasPassphraseSlot = !best.passphraseSlot.isEmpty();
    return info;
}

Result<UnlockedHeader> unlock(const QString& path, const EncryptionKeys& keys)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Workspace", "Cannot read “%1”: %2.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()),
                         file.errorString());
    }
    return unlockBytes(file.read(HeaderSize), path, keys);
}

Result<UnlockedHeader> unlockBytes(const QByteArray& bytes, const QString& path, const EncryptionKeys& keys)
{
    const QString name = QDir::toNativeSeparators(path);
    auto info = [&]() -> Result<EncryptionInfo> {
        // The same checks as inspect(), on bytes already read.
        if (!hasEncryptedMagic(bytes)) {
            return makeError(ErrorCode::NotAWorkspace, tr("“%1” is not an encrypted Attest workspace.").arg(name));
        }
        if (bytes.size() < HeaderSize) {
            return makeError(ErrorCode::Corrupt, damagedMessage(path, tr("its encryption header is cut short")));
        }
        return EncryptionInfo{};
    }();
    if (!info) {
        return info.error();
    }
    HeaderFields copies[2];
    for (int i = 0; i < 2; ++i) {
        const CopyState state = parseCopy(bytes.constData() + i * HeaderCopySize, copies[i]);
        if (state == CopyState::Newer) {
            return makeError(ErrorCode::NewerVersion,
                             tr("“%1” was encrypted by a newer version of Attest (encryption format %2). Install the "
                                "newer Attest to open it; the file has not been changed.")
                                 .arg(name)
                                 .arg(copies[i].version));
        }
        if (state != CopyState::Ok) {
            return makeError(ErrorCode::Corrupt, damagedMessage(path, tr("its encryption header is damaged")));
        }
    }
    if (keys.isEmpty()) {
        return makeError(ErrorCode::NeedsKey,
                         tr("“%1” is encrypted. Unlock it with its key from this computer's keychain or with its "
                            "recovery passphrase.")
                             .arg(name));
    }
    // The copy with the higher generation is the header (after an interrupted rewrite the other copy is the
    // previous one, complete but older); both must verify under the data key it unwraps.
    const int best = copies[1].generation > copies[0].generation ? 1 : 0;
    const char* bestCopy = bytes.constData() + best * HeaderCopySize;
    const HeaderFields& f = copies[best];
    SecretBuffer dataKey;
    bool unwrapped = false;
    if (!keys.keychainKey.isEmpty() && keys.keychainKey.size() == KeySize && !f.keychainSlot.isEmpty()) {
        unwrapped = unwrap(f.keychainSlot, keys.keychainKey.data(), slotAd(bestCopy, 'K'), dataKey);
    }
    if (!unwrapped && !keys.passphrase.isEmpty() && !f.passphraseSlot.isEmpty()) {
        auto kek = passphraseKek(keys.passphrase, f.salt, f.opsLimit, f.memLimit);
        if (!kek) {
            return kek.error();
        }
        unwrapped = unwrap(f.passphraseSlot, kek->data(), slotAd(bestCopy, 'P'), dataKey);
    }
    if (!unwrapped) {
        if (!keys.passphrase.isEmpty() && !f.passphraseSlot.isEmpty()) {
            return makeError(ErrorCode::WrongKey,
                             tr("The recovery passphrase does not unlock “%1”. Check it and try again; the file "
                                "has not been changed.")
                                 .arg(name));
        }
        if (!keys.keychainKey.isEmpty() && !f.keychainSlot.isEmpty()) {
            return makeError(ErrorCode::WrongKey,
                             tr("The key from this computer's keychain does not unlock “%1”. Use its recovery "
                                "passphrase; the file has not been changed.")
                                 .arg(name));
        }
        return makeError(ErrorCode::NeedsKey,
                         f.passphraseSlot.isEmpty()
                             ? tr("“%1” can only be unlocked with its key from the keychain of the computer that "
                                  "encrypted it.")
                                   .arg(name)
                             : tr("“%1” is encrypted. Unlock it with its recovery passphrase.").arg(name));
    }
    const SecretBuffer macKey = deriveSubkey(dataKey, Subkey::HeaderMac);
    for (int i = 0; i < 2; ++i) {
        const char* copy = bytes.constData() + i * HeaderCopySize;
        unsigned char expected[32];
        mac(copy, macKey, expected);
        if (sodium_memcmp(expected, copy + MacOffset, 32) != 0) {
            return makeError(ErrorCode::Corrupt,
                             damagedMessage(path, tr("its encryption header does not match its key")));
        }
    }
    if (copies[0].keyId != copies[1].keyId || copies[0].pageSize != copies[1].pageSize) {
        return makeError(ErrorCode::Corrupt,
                         damagedMessage(path, tr("the two copies of its encryption header disagree")));
    }
    UnlockedHeader out;
    out.fields = f;
    out.dataKey = std::move(dataKey);
    // New files (Save As, backups) get the current header twice.
    out.bytes = QByteArray(bestCopy, HeaderCopySize).repeated(2);
    return out;
}

void setKeychainSlot(HeaderFields& fields, const SecretBuffer& dataKey, const SecretBuffer& kek)
{
    if (kek.isEmpty()) {
        fields.keychainSlot.clear();
        return;
    }
    QByteArray fixed = serializeCopy(fields, dataKey).left(FixedSize);
    fields.keychainSlot = wrap(dataKey, kek.data(), slotAd(fixed.constData(), 'K'));
}

Result<void> setPassphraseSlot(HeaderFields& fields,
                               const SecretBuffer& dataKey,
                               const SecretBuffer& passphrase,
                               const KdfParams& kdf)
{
    if (passphrase.isEmpty()) {
        fields.passphraseSlot.clear();
        return {};
    }
    QByteArray salt(SaltSize, '\0');
    randombytes_buf(salt.data(), SaltSize);
    auto kek = passphraseKek(passphrase, salt, kdf.opsLimit, kdf.memLimit);
    if (!kek) {
        return kek.error();
    }
    fields.salt = salt;
    fields.opsLimit = kdf.opsLimit;
    fields.memLimit = kdf.memLimit;
    QByteArray fixed = serializeCopy(fields, dataKey).left(FixedSize);
    fields.passphraseSlot = wrap(dataKey, kek->data(), slotAd(fixed.constData(), 'P'));
    return {};
}

QByteArray serialize(const HeaderFields& fields, const SecretBuffer& dataKey)
{
    const QByteArray copy = serializeCopy(fields, deriveSubkey(dataKey, Subkey::HeaderMac));
    return copy + copy;
}

Result<UnlockedHeader> newHeader(const EncryptionKeys& keys, const QByteArray& keyId, quint32 pageSize)
{
    if (keys.isEmpty() || (!keys.keychainKey.isEmpty() && keys.keychainKey.size() != KeySize)) {
        return makeError(ErrorCode::NeedsKey,
                         tr("A workspace can only be encrypted with a 32-byte keychain key or a recovery passphrase."));
    }
    UnlockedHeader out;
    out.dataKey = SecretBuffer::random(KeySize);
    out.fields.keyId = keyId.size() == KeyIdSize ? keyId : QUuid::createUuid().toRfc4122();
    out.fields.pageSize = pageSize;
    setKeychainSlot(out.fields, out.dataKey, keys.keychainKey);
    if (auto set = setPassphraseSlot(out.fields, out.dataKey, keys.passphrase, keys.kdf); !set) {
        return set.error();
    }
    out.bytes = serialize(out.fields, out.dataKey);
    return out;
}

Result<void> rewriteHeader(const QString& path, HeaderFields& fields, const SecretBuffer& dataKey)
{
    HeaderFields next = fields;
    next.generation += 1;
    const QByteArray copy = serializeCopy(next, deriveSubkey(dataKey, Subkey::HeaderMac));
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY);
    auto failed = [&] {
        return makeError(ErrorCode::Io,
                         tr("The encryption header of “%1” could not be written.").arg(QDir::toNativeSeparators(path)));
    };
    if (fd < 0) {
        return failed();
    }
    bool ok = ::pwrite(fd, copy.constData(), HeaderCopySize, HeaderCopySize) == HeaderCopySize && ::fsync(fd) == 0;
    ok = ok && ::pwrite(fd, copy.constData(), HeaderCopySize, 0) == HeaderCopySize && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        return failed();
    }
    fields = next;
    return {};
}

} // namespace attest::crypto
