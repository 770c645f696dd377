#include "EncryptedVfs.h"

#include "core/Logging.h"
#include "storage/crypto/WorkspaceHeader.h"

#include <QHash>
#include <QMutex>
#include <QUrl>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <new>
#include <sodium.h>
#include <sqlite3.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace attest::crypto {

namespace {

constexpr int NonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int TagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int AdSize = 1 + 8 + KeyIdSize;
constexpr int WalHeaderSize = 32;
constexpr int WalFrameHeaderSize = 24;
constexpr char SqliteMagic[] = "SQLite format 3"; // with its terminating zero: the 16 bytes of a page 1
static_assert(NonceSize + TagSize == ReserveBytes);

struct KeyEntry
{
    SecretBuffer pageKey;
    QByteArray keyId;
    QByteArray header;
    SecretBuffer macKey;
    quint32 pageSize = 0;
};
using EntryPtr = std::shared_ptr<const KeyEntry>;

QMutex& registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, EntryPtr>& registry()
{
    static QHash<QString, EntryPtr> entries;
    return entries;
}

EntryPtr lookup(const char* token)
{
    if (!token) {
        return {};
    }
    QMutexLocker locker(&registryMutex());
    return registry().value(QString::fromLatin1(token));
}

void makeAd(unsigned char* ad, char kind, quint64 position, const QByteArray& keyId)
{
    ad[0] = static_cast<unsigned char>(kind);
    for (int i = 0; i < 8; ++i) {
        ad[1 + i] = static_cast<unsigned char>(position >> (56 - 8 * i));
    }
    std::memcpy(ad + 9, keyId.constData(), KeyIdSize);
}

void sealPage(const unsigned char* plain,
              unsigned char* out,
              quint32 pageSize,
              const SecretBuffer& key,
              const QByteArray& keyId,
              char kind,
              quint64 position)
{
    const quint32 content = pageSize - ReserveBytes;
    unsigned char* nonce = out + content;
    unsigned char* tag = nonce + NonceSize;
    unsigned char ad[AdSize];
    makeAd(ad, kind, position, keyId);
    std::memmove(out, plain, content);
    randombytes_buf(nonce, NonceSize);
    unsigned long long tagLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(
        out, tag, &tagLength, out, content, ad, AdSize, nullptr, nonce, key.data());
}

bool openPage(unsigned char* page,
              quint32 pageSize,
              const SecretBuffer& key,
              const QByteArray& keyId,
              char kind,
              quint64 position)
{
    const quint32 content = pageSize - ReserveBytes;
    unsigned char ad[AdSize];
    makeAd(ad, kind, position, keyId);
    const bool ok =
        crypto_aead_xchacha20poly1305_ietf_decrypt_detached(
            page, nullptr, page, content, page + content + NonceSize, ad, AdSize, page + content, key.data()) == 0;
    // SQLite never looks at its reserved bytes; hand them back as zeros rather than as nonce and tag.
    std::memset(page + content, 0, ReserveBytes);
    return ok;
}

enum class Kind
{
    Main,
    Wal,
    Journal,
    Memory,
    Plain,
};

struct AttestFile
{
    sqlite3_file base;
    sqlite3_file* real;
    Kind kind;
    EntryPtr* entry;
    AttestFile* main;
    int reserveState; // main: 0 unknown, 1 page 1 has the reserved bytes we need, -1 it does not
    bool fresh;       // main: the file was empty when opened (a new database: page 1 comes later)
    quint32 pageSize;
    unsigned char* scratch;
    std::vector<unsigned char>* memory;
};

constexpr int RealOffset = int((sizeof(AttestFile) + 15) / 16 * 16);

sqlite3_vfs* s_root = nullptr;
sqlite3_vfs s_vfs;
bool s_registered = false;

AttestFile* self(sqlite3_file* file)
{
    return reinterpret_cast<AttestFile*>(file);
}

const KeyEntry& entryOf(const AttestFile* f)
{
    return **f->entry;
}

// Page 1 tells whether SQLite keeps ReserveBytes free at the end of every page; without them encrypting would
// overwrite data, so writes are refused until page 1 has shown them (or the file is new).
void notePageOne(AttestFile* main, const unsigned char* page)
{
    const quint32 raw = (quint32(page[16]) << 8) | page[17];
    const quint32 pageSize = raw == 1 ? 65536 : raw;
    main->reserveState = (page[20] >= ReserveBytes && pageSize == main->pageSize) ? 1 : -1;
    if (main->reserveState < 0) {
        qCWarning(lcStorage) << "encrypted file: page 1 lacks the reserved bytes for encryption; writes refused";
    }
}

bool isPageOne(const unsigned char* page)
{
    return std::memcmp(page, SqliteMagic, sizeof(SqliteMagic)) == 0;
}

bool mayWrite(AttestFile* main, const unsigned char* plain, bool pageOne)
{
    if (pageOne) {
        notePageOne(main, plain);
    }
    return main->reserveState == 1 || (main->reserveState == 0 && main->fresh);
}

void authFailure(const AttestFile* f, char kind, quint64 position)
{
    qCWarning(lcStorage) << "encrypted workspace: a page failed authentication (file kind" << kind << "position"
                         << position << "), damaged or tampered" << (f->kind == Kind::Main ? "" : "(log)");
}

// --- pass-through helpers ---------------------------------------------------------------------------------------

int realRead(AttestFile* f, void* buf, int amount, sqlite3_int64 offset)
{
    return f->real->pMethods->xRead(f->real, buf, amount, offset);
}

int realWrite(AttestFile* f, const void* buf, int amount, sqlite3_int64 offset)
{
    return f->real->pMethods->xWrite(f->real, buf, amount, offset);
}

int xClose(sqlite3_file* file)
{
    AttestFile* f = self(file);
    int rc = SQLITE_OK;
    if (f->real && f->real->pMethods) {
        rc = f->real->pMethods->xClose(f->real);
    }
    if (f->scratch) {
        sodium_memzero(f->scratch, f->pageSize);
        sqlite3_free(f->scratch);
    }
    delete f->entry;
    delete f->memory;
    f->scratch = nullptr;
    f->entry = nullptr;
    f->memory = nullptr;
    return rc;
}

int xTruncatePlain(sqlite3_file* file, sqlite3_int64 size)
{
    return self(file)->real->pMethods->xTruncate(self(file)->real, size);
}

int xSync(sqlite3_file* file, int flags)
{
    return self(file)->real->pMethods->xSync(self(file)->real, flags);
}

int xFileSizePlain(sqlite3_file* file, sqlite3_int64* size)
{
    return self(file)->real->pMethods->xFileSize(self(file)->real, size);
}

int xLock(sqlite3_file* file, int level)
{
    return self(file)->real->pMethods->xLock(self(file)->real, level);
}

int xUnlock(sqlite3_file* file, int level)
{
    return self(file)->real->pMethods->xUnlock(self(file)->real, level);
}

int xCheckReservedLock(sqlite3_file* file, int* out)
{
    return self(file)->real->pMethods->xCheckReservedLock(self(file)->real, out);
}

int xFileControlPlain(sqlite3_file* file, int op, void* arg)
{
    if (op == SQLITE_FCNTL_MMAP_SIZE) {
        *static_cast<sqlite3_int64*>(arg) = 0; // never memory-map: every byte goes through xRead
        return SQLITE_OK;
    }
    return self(file)->real->pMethods->xFileControl(self(file)->real, op, arg);
}

int xSectorSize(sqlite3_file* file)
{
    return self(file)->real->pMethods->xSectorSize(self(file)->real);
}

int xDeviceCharacteristics(sqlite3_file* file)
{
    constexpr int Atomic = SQLITE_IOCAP_ATOMIC | SQLITE_IOCAP_ATOMIC512 | SQLITE_IOCAP_ATOMIC1K |
                           SQLITE_IOCAP_ATOMIC2K | SQLITE_IOCAP_ATOMIC4K | SQLITE_IOCAP_ATOMIC8K |
                           SQLITE_IOCAP_ATOMIC16K | SQLITE_IOCAP_ATOMIC32K | SQLITE_IOCAP_ATOMIC64K |
                           SQLITE_IOCAP_BATCH_ATOMIC;
    return self(file)->real->pMethods->xDeviceCharacteristics(self(file)->real) & ~Atomic;
}

int xShmMap(sqlite3_file* file, int page, int size, int extend, void volatile** out)
{
    return self(file)->real->pMethods->xShmMap(self(file)->real, page, size, extend, out);
}

int xShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    return self(file)->real->pMethods->xShmLock(self(file)->real, offset, n, flags);
}

void xShmBarrier(sqlite3_file* file)
{
    self(file)->real->pMethods->xShmBarrier(self(file)->real);
}

int xShmUnmap(sqlite3_file* file, int deleteFlag)
{
    return self(file)->real->pMethods->xShmUnmap(self(file)->real, deleteFlag);
}

int xFetch(sqlite3_file*, sqlite3_int64, int, void** out)
{
    *out = nullptr;
    return SQLITE_OK;
}

int xUnfetch(sqlite3_file*, sqlite3_int64, void*)
{
    return SQLITE_OK;
}

int xReadPlain(sqlite3_file* file, void* buf, int amount, sqlite3_int64 offset)
{
    return realRead(self(file), buf, amount, offset);
}

int xWritePlain(sqlite3_file* file, const void* buf, int amount, sqlite3_int64 offset)
{
    return realWrite(self(file), buf, amount, offset);
}

// --- main database ----------------------------------------------------------------------------------------------

int xReadMain(sqlite3_file* file, void* buf, int amount, sqlite3_int64 offset)
{
    AttestFile* f = self(file);
    const KeyEntry& e = entryOf(f);
    const qint64 pageSize = f->pageSize;
    auto* out = static_cast<unsigned char*>(buf);
    qint64 position = offset;
    qint64 remaining = amount;
    while (remaining > 0) {
        const qint64 page = position / pageSize;
        const qint64 within = position % pageSize;
        const qint64 n = std::min(pageSize - within, remaining);
        unsigned char* target = (within == 0 && n == pageSize) ? out : f->scratch;
        const int rc = realRead(f, target, int(pageSize), HeaderSize + page * pageSize);
        if (rc == SQLITE_IOERR_SHORT_READ) {
            sqlite3_int64 size = 0;
            f->real->pMethods->xFileSize(f->real, &size);
            if (size > HeaderSize + page * pageSize) {
                authFailure(f, 'D', quint64(page + 1)); // a page cut short
                return SQLITE_IOERR_DATA;
            }
            std::memset(out, 0, size_t(remaining));
            return SQLITE_IOERR_SHORT_READ;
        }
        if (rc != SQLITE_OK) {
            return rc;
        }
        if (!openPage(target, f->pageSize, e.pageKey, e.keyId, 'D', quint64(page + 1))) {
            authFailure(f, 'D', quint64(page + 1));
            return SQLITE_IOERR_DATA;
        }
        if (page == 0) {
            notePageOne(f, target);
        }
        if (target != out) {
            std::memcpy(out, f->scratch + within, size_t(n));
            sodium_memzero(f->scratch, f->pageSize);
        }
        out += n;
        position += n;
        remaining -= n;
    }
    return SQLITE_OK;
}

int xWriteMain(sqlite3_file* file, const void* buf, int amount, sqlite3_int64 offset)
{
    AttestFile* f = self(file);
    const KeyEntry& e = entryOf(f);
    const qint64 pageSize = f->pageSize;
    if (offset % pageSize != 0 || amount % pageSize != 0) {
        qCWarning(lcStorage) << "encrypted workspace: refused a write that is not whole pages" << offset << amount;
        return SQLITE_IOERR_WRITE;
    }
    const auto* in = static_cast<const unsigned char*>(buf);
    for (qint64 done = 0; done < amount; done += pageSize) {
        const qint64 page = (offset + done) / pageSize;
        if (!mayWrite(f, in + done, page == 0)) {
            return SQLITE_IOERR_WRITE;
        }
        sealPage(in + done, f->scratch, f->pageSize, e.pageKey, e.keyId, 'D', quint64(page + 1));
        const int rc = realWrite(f, f->scratch, int(pageSize), HeaderSize + page * pageSize);
        if (rc != SQLITE_OK) {
            return rc;
        }
    }
    return SQLITE_OK;
}

int xTruncateMain(sqlite3_file* file, sqlite3_int64 size)
{
    return self(file)->real->pMethods->xTruncate(self(file)->real, size + HeaderSize);
}

int xFileSizeMain(sqlite3_file* file, sqlite3_int64* size)
{
    const int rc = self(file)->real->pMethods->xFileSize(self(file)->real, size);
    if (rc == SQLITE_OK) {
        *size = std::max<sqlite3_int64>(0, *size - HeaderSize);
    }
    return rc;
}

int xFileControlMain(sqlite3_file* file, int op, void* arg)
{
    if (op == SQLITE_FCNTL_SIZE_HINT) {
        sqlite3_int64 hint = *static_cast<sqlite3_int64*>(arg) + HeaderSize;
        return self(file)->real->pMethods->xFileControl(self(file)->real, op, &hint);
    }
    return xFileControlPlain(file, op, arg);
}

// --- write-ahead log: a 32-byte header, then frames of a 24-byte header and one page ----------------------------
// Headers hold page numbers, salts and checksums only and stay in the clear; page images are sealed.

// Whether a frame that failed authentication during recovery was durable, so that the failure is damage or
// tampering rather than a write torn by a power cut. With synchronous=FULL a transaction starts writing only after
// the previous commit was synced: an authentic commit frame of the same log generation after the bad frame,
// followed by another authentic frame (a later transaction), proves the bad frame had been synced.
bool laterTransactionFollows(AttestFile* f, qint64 frameOffset)
{
    const KeyEntry& e = entryOf(f);
    const qint64 frameSize = qint64(f->pageSize) + WalFrameHeaderSize;
    unsigned char walHeader[WalHeaderSize];
    sqlite3_int64 size = 0;
    if (realRead(f, walHeader, WalHeaderSize, 0) != SQLITE_OK ||
        f->real->pMethods->xFileSize(f->real, &size) != SQLITE_OK) {
        return false;
    }
    bool commitSeen = false;
    unsigned char header[WalFrameHeaderSize];
    for (qint64 at = frameOffset + frameSize; at + frameSize <= size; at += frameSize) {
        if (realRead(f, header, WalFrameHeaderSize, at) != SQLITE_OK) {
            break;
        }
        if (std::memcmp(header + 8, walHeader + 16, 8) != 0) {
            continue; // salts of an earlier generation of the log
        }
        if (realRead(f, f->scratch, int(f->pageSize), at + WalFrameHeaderSize) != SQLITE_OK) {
            break;
        }
        const bool authentic =
            openPage(f->scratch, f->pageSize, e.pageKey, e.keyId, 'W', quint64(at + WalFrameHeaderSize));
        sodium_memzero(f->scratch, f->pageSize);
        if (!authentic) {
            continue;
        }
        if (commitSeen) {
            return true;
        }
        const quint32 commitSize =
            (quint32(header[4]) << 24) | (quint32(header[5]) << 16) | (quint32(header[6]) << 8) | header[7];
        commitSeen = commitSize != 0;
    }
    return false;
}

int xReadWal(sqlite3_file* file, void* buf, int amount, sqlite3_int64 offset)
{
    AttestFile* f = self(file);
    const KeyEntry& e = entryOf(f);
    const qint64 pageSize = f->pageSize;
    const qint64 frameSize = pageSize + WalFrameHeaderSize;
    // Recovery reads whole frames; a frame that does not authenticate there is treated like a torn frame (SQLite's
    // own checksum then rejects it and the log ends before it), as a plain log would be after a power cut, unless
    // later transactions prove it had been written completely.
    const bool recovery = amount == frameSize && offset >= WalHeaderSize && (offset - WalHeaderSize) % frameSize == 0;
    auto* out = static_cast<unsigned char*>(buf);
    qint64 position = offset;
    qint64 remaining = amount;
    while (remaining > 0) {
        qint64 n = 0;
        if (position < WalHeaderSize) {
            n = std::min(WalHeaderSize - position, remaining);
        } else {
            const qint64 within = (position - WalHeaderSize) % frameSize;
            if (within < WalFrameHeaderSize) {
                n = std::min(WalFrameHeaderSize - within, remaining);
            } else {
                const qint64 contentStart = position - (within - WalFrameHeaderSize);
                const qint64 cWithin = within - WalFrameHeaderSize;
                n = std::min(pageSize - cWithin, remaining);
                unsigned char* target = (cWithin == 0 && n == pageSize) ? out : f->scratch;
                const int rc = realRead(f, target, int(pageSize), contentStart);
                if (rc == SQLITE_IOERR_SHORT_READ) {
                    std::memset(out, 0, size_t(remaining));
                    return rc;
                }
                if (rc != SQLITE_OK) {
                    return rc;
                }
                if (!openPage(target, f->pageSize, e.pageKey, e.keyId, 'W', quint64(contentStart))) {
                    authFailure(f, 'W', quint64(contentStart));
                    if (!recovery || laterTransactionFollows(f, contentStart - WalFrameHeaderSize)) {
                        return SQLITE_IOERR_DATA;
                    }
                    std::memset(target, 0, f->pageSize);
                } else if (isPageOne(target)) {
                    notePageOne(f->main, target);
                }
                if (target != out) {
                    std::memcpy(out, f->scratch + cWithin, size_t(n));
                    sodium_memzero(f->scratch, f->pageSize);
                }
                out += n;
                position += n;
                remaining -= n;
                continue;
            }
        }
        const int rc = realRead(f, out, int(n), position);
        if (rc == SQLITE_IOERR_SHORT_READ) {
            std::memset(out, 0, size_t(remaining));
            return rc;
        }
        if (rc != SQLITE_OK) {
            return rc;
        }
        out += n;
        position += n;
        remaining -= n;
    }
    return SQLITE_OK;
}

int xWriteWal(sqlite3_file* file, const void* buf, int amount, sqlite3_int64 offset)
{
    AttestFile* f = self(file);
    const KeyEntry& e = entryOf(f);
    const qint64 pageSize = f->pageSize;
    const qint64 frameSize = pageSize + WalFrameHeaderSize;
    const auto* in = static_cast<const unsigned char*>(buf);
    qint64 position = offset;
    qint64 remaining = amount;
    while (remaining > 0) {
        qint64 n = 0;
        bool content = false;
        if (position < WalHeaderSize) {
            n = std::min(WalHeaderSize - position, remaining);
        } else {
            const qint64 within = (position - WalHeaderSize) % frameSize;
            if (within < WalFrameHeaderSize) {
                n = std::min(WalFrameHeaderSize - within, remaining);
            } else if (within != WalFrameHeaderSize || remaining < pageSize) {
                qCWarning(lcStorage) << "encrypted workspace: refused a partial page write to the log";
                return SQLITE_IOERR_WRITE;
            } else {
                n = pageSize;
                content = true;
            }
        }
        int rc = SQLITE_OK;
        if (content) {
            if (!mayWrite(f->main, in, isPageOne(in))) {
                return SQLITE_IOERR_WRITE;
            }
            sealPage(in, f->scratch, f->pageSize, e.pageKey, e.keyId, 'W', quint64(position));
            rc = realWrite(f, f->scratch, int(n), position);
        } else {
            rc = realWrite(f, in, int(n), position);
        }
        if (rc != SQLITE_OK) {
            return rc;
        }
        in += n;
        position += n;
        remaining -= n;
    }
    return SQLITE_OK;
}

// --- rollback journal: page records are 4-byte page number, page image, 4-byte checksum, after a header that
// fills whole sectors, so a page image is exactly one page at an offset that is 4 past a multiple of 8 -----------

bool isJournalPage(const AttestFile* f, int amount, sqlite3_int64 offset)
{
    return amount == int(f->pageSize) && offset % 8 == 4;
}

int xReadJournal(sqlite3_file* file, void* buf, int amount, sqlite3_int64 offset)
{
    AttestFile* f = self(file);
    const int rc = realRead(f, buf, amount, offset);
    if (rc != SQLITE_OK || !isJournalPage(f, amount, offset)) {
        return rc;
    }
    const KeyEntry& e = entryOf(f);
    auto* page = static_cast<unsigned char*>(buf);
    if (!openPage(page, f->pageSize, e.pageKey, e.keyId, 'J', quint64(offset))) {
        // Like a torn record: the record's checksum then stops the rollback here.
        authFailure(f, 'J', quint64(offset));
        std::memset(page, 0, f->pageSize);
    } else if (isPageOne(page)) {
        notePageOne(f->main, page);
    }
    return SQLITE_OK;
}

int xWriteJournal(sqlite3_file* file, const void* buf, int amount, sqlite3_int64 offset)
{
    AttestFile* f = self(file);
    if (!isJournalPage(f, amount, offset)) {
        return realWrite(f, buf, amount, offset);
    }
    const auto* in = static_cast<const unsigned char*>(buf);
    if (!mayWrite(f->main, in, isPageOne(in))) {
        return SQLITE_IOERR_WRITE;
    }
    const KeyEntry& e = entryOf(f);
    sealPage(in, f->scratch, f->pageSize, e.pageKey, e.keyId, 'J', quint64(offset));
    return realWrite(f, f->scratch, amount, offset);
}

// --- temporary files: kept in memory ---------------------------------------------------------------------------

int xReadMemory(sqlite3_file* file, void* buf, int amount, sqlite3_int64 offset)
{
    const std::vector<unsigned char>& data = *self(file)->memory;
    const qint64 available = std::max<qint64>(0, qint64(data.size()) - offset);
    const qint64 n = std::min<qint64>(available, amount);
    if (n > 0) {
        std::memcpy(buf, data.data() + offset, size_t(n));
    }
    if (n < amount) {
        std::memset(static_cast<char*>(buf) + n, 0, size_t(amount - n));
        return SQLITE_IOERR_SHORT_READ;
    }
    return SQLITE_OK;
}

int xWriteMemory(sqlite3_file* file, const void* buf, int amount, sqlite3_int64 offset)
{
    std::vector<unsigned char>& data = *self(file)->memory;
    try {
        if (qint64(data.size()) < offset + amount) {
            data.resize(size_t(offset + amount));
        }
    } catch (const std::bad_alloc&) {
        return SQLITE_NOMEM;
    }
    std::memcpy(data.data() + offset, buf, size_t(amount));
    return SQLITE_OK;
}

int xTruncateMemory(sqlite3_file* file, sqlite3_int64 size)
{
    std::vector<unsigned char>& data = *self(file)->memory;
    if (qint64(data.size()) > size) {
        data.resize(size_t(size));
    }
    return SQLITE_OK;
}

int xSyncMemory(sqlite3_file*, int)
{
    return SQLITE_OK;
}

int xFileSizeMemory(sqlite3_file* file, sqlite3_int64* size)
{
    *size = sqlite3_int64(self(file)->memory->size());
    return SQLITE_OK;
}

int xLockMemory(sqlite3_file*, int)
{
    return SQLITE_OK;
}

int xCheckReservedLockMemory(sqlite3_file*, int* out)
{
    *out = 0;
    return SQLITE_OK;
}

int xFileControlMemory(sqlite3_file*, int, void*)
{
    return SQLITE_NOTFOUND;
}

int xSectorSizeMemory(sqlite3_file*)
{
    return 4096;
}

int xDeviceCharacteristicsMemory(sqlite3_file*)
{
    return 0;
}

sqlite3_io_methods makeMethods(int (*read)(sqlite3_file*, void*, int, sqlite3_int64),
                               int (*write)(sqlite3_file*, const void*, int, sqlite3_int64),
                               int (*truncate)(sqlite3_file*, sqlite3_int64),
                               int (*fileSize)(sqlite3_file*, sqlite3_int64*),
                               int (*fileControl)(sqlite3_file*, int, void*),
                               bool shm)
{
    sqlite3_io_methods m{};
    m.iVersion = shm ? 3 : 1;
    m.xClose = xClose;
    m.xRead = read;
    m.xWrite = write;
    m.xTruncate = truncate;
    m.xSync = xSync;
    m.xFileSize = fileSize;
    m.xLock = xLock;
    m.xUnlock = xUnlock;
    m.xCheckReservedLock = xCheckReservedLock;
    m.xFileControl = fileControl;
    m.xSectorSize = xSectorSize;
    m.xDeviceCharacteristics = xDeviceCharacteristics;
    if (shm) {
        m.xShmMap = xShmMap;
        m.xShmLock = xShmLock;
        m.xShmBarrier = xShmBarrier;
        m.xShmUnmap = xShmUnmap;
        m.xFetch = xFetch;
        m.xUnfetch = xUnfetch;
    }
    return m;
}

const sqlite3_io_methods s_mainMethods =
    makeMethods(xReadMain, xWriteMain, xTruncateMain, xFileSizeMain, xFileControlMain, true);
const sqlite3_io_methods s_walMethods =
    makeMethods(xReadWal, xWriteWal, xTruncatePlain, xFileSizePlain, xFileControlPlain, false);
const sqlite3_io_methods s_journalMethods =
    makeMethods(xReadJournal, xWriteJournal, xTruncatePlain, xFileSizePlain, xFileControlPlain, false);
const sqlite3_io_methods s_plainMethods =
    makeMethods(xReadPlain, xWritePlain, xTruncatePlain, xFileSizePlain, xFileControlPlain, false);
const sqlite3_io_methods s_memoryMethods = [] {
    sqlite3_io_methods m{};
    m.iVersion = 1;
    m.xClose = xClose;
    m.xRead = xReadMemory;
    m.xWrite = xWriteMemory;
    m.xTruncate = xTruncateMemory;
    m.xSync = xSyncMemory;
    m.xFileSize = xFileSizeMemory;
    m.xLock = xLockMemory;
    m.xUnlock = xLockMemory;
    m.xCheckReservedLock = xCheckReservedLockMemory;
    m.xFileControl = xFileControlMemory;
    m.xSectorSize = xSectorSizeMemory;
    m.xDeviceCharacteristics = xDeviceCharacteristicsMemory;
    return m;
}();

// --- the VFS ------------------------------------------------------------------------------------------------------

int openMain(AttestFile* f, const char* name, int flags)
{
    EntryPtr entry = lookup(sqlite3_uri_parameter(name, "attest_key"));
    if (!entry) {
        qCWarning(lcStorage) << "encrypted workspace opened without a registered key";
        return SQLITE_CANTOPEN;
    }
    sqlite3_int64 size = 0;
    int rc = f->real->pMethods->xFileSize(f->real, &size);
    if (rc != SQLITE_OK) {
        return rc;
    }
    if (size == 0) {
        if (flags & SQLITE_OPEN_READWRITE) {
            rc = realWrite(f, entry->header.constData(), int(HeaderSize), 0);
            if (rc != SQLITE_OK) {
                return rc;
            }
        }
        f->fresh = true;
    } else {
        QByteArray header(HeaderSize, '\0');
        rc = size >= HeaderSize ? realRead(f, header.data(), int(HeaderSize), 0) : SQLITE_IOERR_SHORT_READ;
        QByteArray keyId;
        quint32 pageSize = 0;
        if (rc != SQLITE_OK || !verifyHeader(header, entry->macKey, &keyId, &pageSize) || keyId != entry->keyId ||
            pageSize != entry->pageSize || (size - HeaderSize) % pageSize != 0) {
            qCWarning(lcStorage) << "encrypted workspace: header or length does not match the key";
            return SQLITE_NOTADB;
        }
    }
    f->pageSize = entry->pageSize;
    f->entry = new EntryPtr(std::move(entry));
    f->main = f;
    return SQLITE_OK;
}

int vfsOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    AttestFile* f = self(file);
    std::memset(static_cast<void*>(f), 0, sizeof(AttestFile));
    constexpr int Temporary =
        SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_TRANSIENT_DB | SQLITE_OPEN_SUBJOURNAL;
    if (!name || (flags & Temporary)) {
        f->kind = Kind::Memory;
        f->memory = new (std::nothrow) std::vector<unsigned char>();
        if (!f->memory) {
            return SQLITE_NOMEM;
        }
        f->base.pMethods = &s_memoryMethods;
        if (outFlags) {
            *outFlags = flags;
        }
        return SQLITE_OK;
    }
    f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(f) + RealOffset);
    int rc = s_root->xOpen(s_root, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (f->real->pMethods) {
            f->real->pMethods->xClose(f->real);
        }
        return rc;
    }
    if (flags & SQLITE_OPEN_MAIN_DB) {
        f->kind = Kind::Main;
        rc = openMain(f, name, flags);
    } else if (flags & (SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL)) {
        f->kind = (flags & SQLITE_OPEN_WAL) ? Kind::Wal : Kind::Journal;
        sqlite3_file* mainFile = sqlite3_database_file_object(name);
        if (!mainFile || mainFile->pMethods != &s_mainMethods) {
            rc = SQLITE_CANTOPEN;
        } else {
            f->main = self(mainFile);
            f->pageSize = f->main->pageSize;
            f->entry = new EntryPtr(*f->main->entry);
        }
    } else {
        f->kind = Kind::Plain; // a super-journal: file names only
    }
    if (rc == SQLITE_OK && (f->kind == Kind::Main || f->kind == Kind::Wal || f->kind == Kind::Journal)) {
        f->scratch = static_cast<unsigned char*>(sqlite3_malloc(int(f->pageSize)));
        if (!f->scratch) {
            rc = SQLITE_NOMEM;
        }
    }
    if (rc != SQLITE_OK) {
        f->real->pMethods->xClose(f->real);
        delete f->entry;
        sqlite3_free(f->scratch);
        std::memset(static_cast<void*>(f), 0, sizeof(AttestFile));
        return rc;
    }
    switch (f->kind) {
    case Kind::Main:
        f->base.pMethods = &s_mainMethods;
        break;
    case Kind::Wal:
        f->base.pMethods = &s_walMethods;
        break;
    case Kind::Journal:
        f->base.pMethods = &s_journalMethods;
        break;
    default:
        f->base.pMethods = &s_plainMethods;
        break;
    }
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return s_root->xDelete(s_root, name, syncDir);
}

int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return s_root->xAccess(s_root, name, flags, out);
}

int vfsFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return s_root->xFullPathname(s_root, name, size, out);
}

void* vfsDlOpen(sqlite3_vfs*, const char*)
{
    return nullptr; // extensions are never loaded into a workspace connection
}

void vfsDlError(sqlite3_vfs*, int size, char* out)
{
    sqlite3_snprintf(size, out, "loading extensions is not supported");
}

void (*vfsDlSym(sqlite3_vfs*, void*, const char*))(void)
{
    return nullptr;
}

void vfsDlClose(sqlite3_vfs*, void*) { }

int vfsRandomness(sqlite3_vfs*, int size, char* out)
{
    return s_root->xRandomness(s_root, size, out);
}

int vfsSleep(sqlite3_vfs*, int micro)
{
    return s_root->xSleep(s_root, micro);
}

int vfsCurrentTime(sqlite3_vfs*, double* out)
{
    return s_root->xCurrentTime(s_root, out);
}

int vfsGetLastError(sqlite3_vfs*, int size, char* out)
{
    return s_root->xGetLastError ? s_root->xGetLastError(s_root, size, out) : 0;
}

int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return s_root->xCurrentTimeInt64(s_root, out);
}

} // namespace

bool ensureVfsRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0) {
            return;
        }
        s_root = sqlite3_vfs_find(nullptr);
        if (!s_root || s_root->iVersion < 2) {
            return;
        }
        s_vfs = sqlite3_vfs{};
        s_vfs.iVersion = 2;
        s_vfs.szOsFile = RealOffset + s_root->szOsFile;
        s_vfs.mxPathname = s_root->mxPathname;
        s_vfs.zName = VfsName;
        s_vfs.xOpen = vfsOpen;
        s_vfs.xDelete = vfsDelete;
        s_vfs.xAccess = vfsAccess;
        s_vfs.xFullPathname = vfsFullPathname;
        s_vfs.xDlOpen = vfsDlOpen;
        s_vfs.xDlError = vfsDlError;
        s_vfs.xDlSym = vfsDlSym;
        s_vfs.xDlClose = vfsDlClose;
        s_vfs.xRandomness = vfsRandomness;
        s_vfs.xSleep = vfsSleep;
        s_vfs.xCurrentTime = vfsCurrentTime;
        s_vfs.xGetLastError = vfsGetLastError;
        s_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        s_registered = sqlite3_vfs_register(&s_vfs, 0) == SQLITE_OK;
    });
    return s_registered;
}

std::unique_ptr<VfsKey> VfsKey::create(const SecretBuffer& dataKey, const QByteArray& header)
{
    if (!ensureVfsRegistered() || dataKey.size() != KeySize) {
        return nullptr;
    }
    auto entry = std::make_shared<KeyEntry>();
    entry->pageKey = deriveSubkey(dataKey, Subkey::Pages);
    entry->macKey = deriveSubkey(dataKey, Subkey::HeaderMac);
    entry->header = header;
    if (!verifyHeader(header, entry->macKey, &entry->keyId, &entry->pageSize)) {
        return nullptr;
    }
    QByteArray raw(16, '\0');
    randombytes_buf(raw.data(), size_t(raw.size()));
    const QString token = QString::fromLatin1(raw.toHex());
    {
        QMutexLocker locker(&registryMutex());
        registry().insert(token, std::move(entry));
    }
    return std::unique_ptr<VfsKey>(new VfsKey(token));
}

bool VfsKey::setHeader(const QByteArray& header)
{
    QMutexLocker locker(&registryMutex());
    const EntryPtr current = registry().value(m_token);
    if (!current) {
        return false;
    }
    auto entry = std::make_shared<KeyEntry>();
    entry->pageKey = current->pageKey.clone();
    entry->macKey = current->macKey.clone();
    entry->header = header;
    if (!verifyHeader(header, entry->macKey, &entry->keyId, &entry->pageSize) || entry->keyId != current->keyId ||
        entry->pageSize != current->pageSize) {
        return false;
    }
    registry().insert(m_token, std::move(entry));
    return true;
}

VfsKey::VfsKey(QString token)
    : m_token(std::move(token))
{ }

VfsKey::~VfsKey()
{
    QMutexLocker locker(&registryMutex());
    registry().remove(m_token); // the key is wiped when the last open file lets go of it
}

QString VfsKey::uri(const QString& path, const QString& extraQuery) const
{
    QString uri = u"file:"_s + QString::fromLatin1(QUrl::toPercentEncoding(path, "/")) + u"?vfs="_s +
                  QLatin1StringView(VfsName) + u"&attest_key="_s + m_token;
    if (!extraQuery.isEmpty()) {
        uri += u'&' + extraQuery;
    }
    return uri;
}

QString plainUri(const QString& path)
{
    sqlite3_vfs* root = sqlite3_vfs_find(nullptr);
    return u"file:"_s + QString::fromLatin1(QUrl::toPercentEncoding(path, "/")) + u"?vfs="_s +
           QString::fromUtf8(root ? root->zName : "unix");
}

bool decryptPage(unsigned char* page,
                 quint32 pageSize,
                 const SecretBuffer& pageKey,
                 const QByteArray& keyId,
                 char kind,
                 quint64 position)
{
    return openPage(page, pageSize, pageKey, keyId, kind, position);
}

} // namespace attest::crypto
