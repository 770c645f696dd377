#include "Workspace.h"

#include "audit/AuditVerifier.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "storage/ChangeNotifier.h"
#include "storage/ConnectionPrivate.h"
#include "storage/Migrator.h"
#include "storage/SqliteSupport.h"
#include "storage/crypto/EncryptedVfs.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace attest {

struct Workspace::Private
{
    QString path;
    Options options;
    bool readOnly = false;
    QString readOnlyReason;
    QString id;
    int schemaVersion = 0;
    QString backupPath;
    bool immutable = false;
    // Declaration order matters: the connection closes before the lock is released and before the key is
    // unregistered.
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<crypto::VfsKey> vfsKey; // null for a plain workspace
    crypto::HeaderFields headerFields;
    crypto::SecretBuffer dataKey;
    std::unique_ptr<ChangeNotifier> notifier = std::make_unique<ChangeNotifier>();
    std::unique_ptr<Connection> connection;
};

namespace {

std::shared_ptr<const crypto::EncryptionKeys>& testKeys()
{
    static std::shared_ptr<const crypto::EncryptionKeys> keys;
    return keys;
}

const crypto::EncryptionKeys* keysFor(const Workspace::Options& options)
{
    if (options.encryption) {
        return options.encryption.get();
    }
    return testKeys().get();
}

// Checks the encryption header with `keys` and the length of the file, decrypts page 1 and reports what it
// says as a plain header would, so the usual checks apply.
struct EncryptedOpen
{
    crypto::UnlockedHeader unlocked;
    sqlite::FileHeader header;
};

Result<EncryptedOpen> unlockFile(const QString& path, const crypto::EncryptionKeys* keys)
{
    crypto::EncryptionKeys none;
    auto unlocked = crypto::unlock(path, keys ? *keys : none);
    if (!unlocked) {
        return unlocked.error();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::Io,
            Workspace::tr("Cannot read “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const qint64 pageSize = unlocked->fields.pageSize;
    const qint64 size = file.size() - crypto::HeaderSize;
    if (size % pageSize != 0) {
        return makeError(ErrorCode::Corrupt,
                         crypto::damagedMessage(path, Workspace::tr("its length is not a whole number of pages")));
    }
    EncryptedOpen out;
    out.header.fileSize = size;
    if (size > 0) {
        file.seek(crypto::HeaderSize);
        QByteArray page = file.read(pageSize);
        if (page.size() != pageSize) {
            return makeError(ErrorCode::Io, Workspace::tr("Cannot read “%1”.").arg(QDir::toNativeSeparators(path)));
        }
        const crypto::SecretBuffer pageKey = crypto::deriveSubkey(unlocked->dataKey, crypto::Subkey::Pages);
        if (!crypto::decryptPage(reinterpret_cast<unsigned char*>(page.data()),
                                 quint32(pageSize),
                                 pageKey,
                                 unlocked->fields.keyId,
                                 'D',
                                 1)) {
            return makeError(ErrorCode::Corrupt,
                             crypto::damagedMessage(path, Workspace::tr("its first page does not authenticate")));
        }
        out.header = sqlite::parseHeader(page, size);
    }
    out.unlocked = std::move(*unlocked);
    return out;
}

Error tamperedError(const QString& path, const Error& error)
{
    if (error.code != ErrorCode::Corrupt) {
        return error;
    }
    return Error{
        ErrorCode::Corrupt, crypto::damagedMessage(path, Workspace::tr("its pages do not authenticate")), error.detail};
}

constexpr QFileDevice::Permissions WriteBits =
    QFileDevice::WriteOwner | QFileDevice::WriteUser | QFileDevice::WriteGroup | QFileDevice::WriteOther;

QString lockPathFor(const QString& path)
{
    return path + u".lock"_s;
}

// Refuses anything that is not an Attest workspace we can read, from the header alone (SQLite never sees it).
Result<void> checkHeader(const QString& path, const sqlite::FileHeader& header, int latestVersion)
{
    const QString name = QDir::toNativeSeparators(path);
    if (!header.isSqlite) {
        if (header.fileSize == 0) {
            return makeError(ErrorCode::NotAWorkspace,
                             Workspace::tr("“%1” is empty: it is not an Attest workspace.").arg(name));
        }
        return makeError(ErrorCode::NotAWorkspace,
                         Workspace::tr("“%1” is not an Attest workspace (it is not a SQLite database).").arg(name));
    }
    if (header.applicationId != sqlite::ApplicationId) {
        if (header.applicationId == 0) {
            return makeError(ErrorCode::NotAWorkspace,
                             Workspace::tr("“%1” is a SQLite database, but not an Attest workspace.").arg(name));
        }
        return makeError(ErrorCode::NotAWorkspace,
                         Workspace::tr("“%1” belongs to another application (application id 0x%2); it is not an "
                                       "Attest workspace.")
                             .arg(name)
                             .arg(header.applicationId, 8, 16, QLatin1Char('0')));
    }
    if (header.userVersion > latestVersion) {
        return makeError(ErrorCode::NewerVersion,
                         Workspace::tr("“%1” was saved by a newer version of Attest (workspace format %2; this "
                                       "version reads formats up to %3). Install the newer Attest to open it; the "
                                       "file has not been changed.")
                             .arg(name)
                             .arg(header.userVersion)
                             .arg(latestVersion));
    }
    if (header.pageCountValid && qint64(header.pageCount) * header.pageSize > header.fileSize) {
        return makeError(ErrorCode::Corrupt,
                         Workspace::tr("“%1” is truncated: it should hold %2 bytes but has only %3. Restore it from "
                                       "a backup; the file has not been changed.")
                             .arg(name)
                             .arg(qint64(header.pageCount) * header.pageSize)
                             .arg(header.fileSize));
    }
    if (header.userVersion < 1) {
        return makeError(ErrorCode::Corrupt,
                         Workspace::tr("“%1” is an incomplete Attest workspace (it has no schema). Restore it from a "
                                       "backup.")
                             .arg(name));
    }
    return {};
}

Result<std::unique_ptr<QLockFile>> takeLock(const QString& path)
{
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    // Only a live process holds the lock: a lock left by a crashed Attest is detected (by its pid) and taken over.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        return lock;
    }
    const QString name = QDir::toNativeSeparators(path);
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        return makeError(ErrorCode::Locked,
                         Workspace::tr("“%1” is open in another running Attest (process %2 on %3). Close it there, "
                                       "or open this workspace read-only.")
                             .arg(name)
                             .arg(pid)
                             .arg(host.isEmpty() ? Workspace::tr("this computer") : host));
    }
    return makeError(ErrorCode::ReadOnly,
                     Workspace::tr("the folder of “%1” is not writable").arg(name),
                     u"lock file error %1"_s.arg(int(lock->error())));
}

Result<void> applyPragmas(const ConnectionPrivate& c, bool readOnly)
{
    const QString failed = Workspace::tr("The workspace could not be prepared.");
    if (!readOnly) {
        auto wal = c.exec(u"PRAGMA journal_mode = WAL"_s, {}, failed);
        if (!wal) {
            return wal.error();
        }
        // FULL: a committed change survives a power cut, not only a crash.
        if (auto sync = c.exec(u"PRAGMA synchronous = FULL"_s, {}, failed); !sync) {
            return sync.error();
        }
    } else if (auto q = c.exec(u"PRAGMA query_only = ON"_s, {}, failed); !q) {
        return q.error();
    }
    if (auto fk = c.exec(u"PRAGMA foreign_keys = ON"_s, {}, failed); !fk) {
        return fk.error();
    }
    return {};
}

struct SchemaInfo
{
    quint32 applicationId = 0;
    int userVersion = 0;
};

// Reads the identity through SQLite as well: the first real read also exposes a damaged file.
Result<SchemaInfo> readSchemaInfo(const ConnectionPrivate& c, const QString& path)
{
    const QString damaged =
        Workspace::tr("“%1” could not be read as an Attest workspace.").arg(QDir::toNativeSeparators(path));
    SchemaInfo info;
    auto app = c.exec(u"PRAGMA application_id"_s, {}, damaged);
    if (!app) {
        return app.error();
    }
    info.applicationId = app->next() ? app->value(0).toUInt() : 0;
    auto version = c.exec(u"PRAGMA user_version"_s, {}, damaged);
    if (!version) {
        return version.error();
    }
    info.userVersion = version->next() ? version->value(0).toInt() : 0;
    auto schema = c.exec(u"SELECT count(*) FROM sqlite_schema"_s, {}, damaged);
    if (!schema) {
        return schema.error();
    }
    return info;
}

Result<QString> readWorkspaceId(const ConnectionPrivate& c)
{
    auto q = c.exec(u"SELECT value FROM workspace_info WHERE key = 'id'"_s,
                    {},
                    Workspace::tr("The workspace identity could not be read."));
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toString() : QString();
}

void fsyncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

Workspace::Workspace(std::unique_ptr<Private> priv)
    : d(std::move(priv))
{ }

namespace {
bool& testTamperingExpected()
{
    static bool expected = false;
    return expected;
}
} // namespace

Workspace::~Workspace()
{
    // The encrypted test runs: whatever the test did through the encrypting VFS left a sound file behind.
    if (!testKeys() || !d || !d->connection || d->readOnly || !d->vfsKey) {
        return;
    }
    const ConnectionPrivate& c = ConnectionPrivate::get(*d->connection);
    auto integrity = c.exec(u"PRAGMA integrity_check"_s, {}, QString());
    const QString result = integrity && integrity->next() ? integrity->value(0).toString() : u"(not run)"_s;
    if (result != u"ok"_s) {
        qFatal("encrypted test run: integrity_check of %s at close: %s", qPrintable(d->path), qPrintable(result));
    }
    if (!testTamperingExpected()) {
        auto audit = AuditVerifier::verify(*d->connection);
        if (!audit || !audit->intact) {
            qFatal("encrypted test run: the audit chain of %s is not intact at close: %s",
                   qPrintable(d->path),
                   qPrintable(audit ? audit->summary() : audit.error().message));
        }
    }
    qCDebug(lcStorage) << "encrypted test run: integrity ok and audit chain intact at close:" << d->path;
}

void Workspace::setTestTamperingExpected(bool expected)
{
    testTamperingExpected() = expected;
}

int Workspace::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

bool Workspace::needsUpgrade(const QString& path)
{
    auto header = sqlite::readHeader(path);
    return header && header->isSqlite && header->applicationId == sqlite::ApplicationId && header->userVersion > 0 &&
           header->userVersion < latestSchemaVersion();
}

Result<crypto::EncryptionInfo> Workspace::inspectEncryption(const QString& path)
{
    return crypto::inspect(path);
}

void Workspace::setTestEncryption(std::shared_ptr<const crypto::EncryptionKeys> keys)
{
    testKeys() = std::move(keys);
}

bool Workspace::testEncryptionEnabled()
{
    return testKeys() != nullptr;
}

void Workspace::removeFiles(const QString& path)
{
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile::remove(path + suffix);
    }
}

QString Workspace::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"attest.db"_s);
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& rawPath, const Options& options)
{
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    const QString name = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path) || QFileInfo::exists(path + u"-wal"_s)) {
        return makeError(
            ErrorCode::AlreadyExists,
            tr("“%1” already exists; Attest never overwrites a workspace. Choose another file name.").arg(name));
    }
    auto steps = Migrator::load(options.migrationsDirectory.isEmpty() ? Migrator::defaultDirectory()
                                                                      : options.migrationsDirectory);
    if (!steps) {
        return steps.error();
    }
    const int target = options.targetVersion > 0 ? qMin(options.targetVersion, int(steps->size())) : steps->size();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return makeError(ErrorCode::Io, tr("The folder for “%1” could not be created.").arg(name));
    }

    auto d = std::make_unique<Private>();
    d->path = path;
    d->options = options;
    d->options.encryption.reset(); // keys are not kept
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const crypto::EncryptionKeys* keys = keysFor(options)) {
        auto header = crypto::newHeader(*keys, crypto::keyIdFromString(id), 4096);
        if (!header) {
            return header.error();
        }
        d->vfsKey = crypto::VfsKey::create(header->dataKey, header->bytes);
        if (!d->vfsKey) {
            return makeError(ErrorCode::Database, tr("The encryption of “%1” could not be set up.").arg(name));
        }
        d->headerFields = header->fields;
        d->dataKey = std::move(header->dataKey);
    }
    auto lock = takeLock(path);
    if (!lock) {
        Error error = lock.error();
        if (error.code == ErrorCode::ReadOnly) {
            error.message = tr("“%1” cannot be created: %2.").arg(name, error.message);
            error.code = ErrorCode::Io;
        }
        return error;
    }
    d->lock = std::move(*lock);
    // Claim the name atomically now that we hold the lock: another process may have created the file since the
    // check above, and what we did not create we must never remove.
    {
        QFile claim(path);
        if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            return makeError(
                ErrorCode::AlreadyExists,
                tr("“%1” already exists; Attest never overwrites a workspace. Choose another file name.").arg(name));
        }
    }

    auto removeFiles = [&] {
        d->connection.reset();
        Workspace::removeFiles(path);
    };
    auto connection = ConnectionPrivate::open(
        {path, false, {}, options.actor, options.clock, d->notifier.get(), false, d->vfsKey.get()});
    if (!connection) {
        removeFiles();
        return connection.error();
    }
    d->connection = std::move(*connection);
    const ConnectionPrivate& c = ConnectionPrivate::get(*d->connection);
    if (auto prepared = applyPragmas(c, false); !prepared) {
        removeFiles();
        return prepared.error();
    }
    const QString failed = tr("The workspace “%1” could not be created.").arg(name);
    auto migrated = Migrator::migrate(c, *steps, 0, target, [&]() -> Result<void> {
        const QList<std::pair<QString, QString>> info = {
            {u"id"_s, id},
            {u"created_ms"_s, QString::number(c.clock->nowMs())},
            {u"created_by"_s,
             u"%1 %2"_s.arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion()).trimmed()},
        };
        for (const auto& [key, value] : info) {
            auto q = c.exec(u"INSERT INTO workspace_info (key, value) VALUES (?, ?)"_s, {key, value}, failed);
            if (!q) {
                return q.error();
            }
        }
        return {};
    });
    if (!migrated) {
        removeFiles();
        Error error = migrated.error();
        error.message = failed;
        return error;
    }
    // Until a checkpoint, the application id and schema version live only in the write-ahead log, and the file
    // header (which open() reads before SQLite does) would call the new workspace "not an Attest workspace".
    if (auto checkpoint = c.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, {}, failed); !checkpoint) {
        qCWarning(lcStorage) << "checkpoint after create failed:" << checkpoint.error().detail;
    }
    d->id = id;
    d->schemaVersion = target;
    qCInfo(lcStorage) << "created workspace" << path << "format" << target;
    return std::unique_ptr<Workspace>(new Workspace(std::move(d)));
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& rawPath, const Options& options)
{
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        return makeError(ErrorCode::NotFound, tr("There is no workspace at “%1”.").arg(name));
    }
    if (info.isDir()) {
        return makeError(ErrorCode::NotAWorkspace, tr("“%1” is a folder, not an Attest workspace.").arg(name));
    }
    auto steps = Migrator::load(options.migrationsDirectory.isEmpty() ? Migrator::defaultDirectory()
                                                                      : options.migrationsDirectory);
    if (!steps) {
        return steps.error();
    }
    const int latest = steps->size();
    const int target = options.targetVersion > 0 ? qMin(options.targetVersion, latest) : latest;

    // An encrypted workspace: its header is checked and its key unwrapped before SQLite sees the file, and page 1
    // decrypted so that the checks below read it as they read a plain file's.
    auto d = std::make_unique<Private>();
    Result<sqlite::FileHeader> header = sqlite::FileHeader{};
    bool encrypted = false;
    {
        QFile file(path);
        encrypted = file.open(QIODevice::ReadOnly) && crypto::hasEncryptedMagic(file.read(crypto::HeaderSize));
    }
    if (encrypted) {
        auto unlocked = unlockFile(path, keysFor(options));
        if (!unlocked) {
            return unlocked.error();
        }
        d->vfsKey = crypto::VfsKey::create(unlocked->unlocked.dataKey, unlocked->unlocked.bytes);
        if (!d->vfsKey) {
            return makeError(ErrorCode::Database, tr("The encryption of “%1” could not be set up.").arg(name));
        }
        d->headerFields = unlocked->unlocked.fields;
        d->dataKey = std::move(unlocked->unlocked.dataKey);
        header = unlocked->header;
    } else {
        header = sqlite::readHeader(path);
    }
    if (!header) {
        return header.error();
    }
    // A workspace whose first transaction is still only in its write-ahead log (a crash right after creation)
    // has a blank header: let SQLite read the log before judging it.
    const bool headerPending = header->isSqlite && header->applicationId == 0 && header->userVersion == 0 &&
                               QFileInfo(path + u"-wal"_s).size() > 0;
    if (headerPending) {
        // Read the identity through a read-only connection, which never checkpoints: a foreign database with a
        // log of its own must not be changed by our looking at it.
        auto probe =
            ConnectionPrivate::open({path, true, {}, options.actor, options.clock, nullptr, false, d->vfsKey.get()});
        if (probe) {
            if (auto identity = readSchemaInfo(ConnectionPrivate::get(**probe), path)) {
                header->applicationId = identity->applicationId;
                header->userVersion = identity->userVersion;
                header->pageCountValid = false;
            }
        }
    }
    if (encrypted && header->pageCountValid && qint64(header->pageCount) * header->pageSize > header->fileSize) {
        return makeError(ErrorCode::Corrupt, crypto::damagedMessage(path, tr("it is shorter than its pages say")));
    }
    if (auto checked = checkHeader(path, *header, latest); !checked) {
        return checked.error();
    }

    d->path = path;
    d->options = options;
    d->options.encryption.reset(); // keys are not kept
    if (options.access == Access::ReadOnly) {
        d->readOnly = true;
        d->readOnlyReason = tr("it was opened read-only");
    } else if (!info.isWritable() || !(info.permissions() & WriteBits)) {
        // A file without write permission is read-only for everyone, the administrator included: someone marked
        // it so on purpose (an archived copy, evidence handed to an auditor).
        d->readOnly = true;
        d->readOnlyReason = tr("the file is read-only");
    } else if (!QFileInfo(info.absolutePath()).isWritable()) {
        d->readOnly = true;
        d->readOnlyReason = tr("its folder is read-only");
    }
    // In a read-only folder SQLite cannot create the shared-memory file a WAL database needs. Nobody can be
    // writing there (a writer would need that folder for its log), so the file can be read as immutable.
    const bool immutable =
        d->readOnly && !QFileInfo(info.absolutePath()).isWritable() && !QFileInfo::exists(path + u"-wal"_s);
    if (!d->readOnly) {
        auto lock = takeLock(path);
        if (!lock) {
            if (lock.error().code != ErrorCode::ReadOnly) {
                return lock.error();
            }
            d->readOnly = true;
            d->readOnlyReason = lock.error().message;
        } else {
            d->lock = std::move(*lock);
        }
    }

    auto cannotUpgrade = [&](int version) {
        return makeError(ErrorCode::ReadOnly,
                         tr("“%1” uses an older workspace format (%2) that must be upgraded, but %3. Copy it to a "
                            "writable folder and open the copy.")
                             .arg(name)
                             .arg(version)
                             .arg(d->readOnlyReason));
    };
    // Refused before SQLite opens the file, which would leave -wal and -shm files beside it (or, in a read-only
    // folder, fail to create them and report an unreadable file). Without a -wal the header's version is current.
    if (d->readOnly && header->userVersion < target && !QFileInfo::exists(path + u"-wal"_s)) {
        return cannotUpgrade(header->userVersion);
    }

    auto connection = ConnectionPrivate::open({path,
                                               d->readOnly,
                                               d->readOnlyReason,
                                               options.actor,
                                               options.clock,
                                               d->notifier.get(),
                                               immutable,
                                               d->vfsKey.get()});
    if (!connection) {
        return encrypted ? tamperedError(path, connection.error()) : connection.error();
    }
    d->connection = std::move(*connection);
    d->immutable = immutable;
    const ConnectionPrivate& c = ConnectionPrivate::get(*d->connection);

    auto schema = readSchemaInfo(c, path);
    if (!schema) {
        Error error = schema.error();
        if (error.code == ErrorCode::Database) {
            error.code = ErrorCode::Corrupt;
        }
        return encrypted ? tamperedError(path, error) : error;
    }
    // The header may be older than the write-ahead log: check again now that SQLite has read both.
    header->applicationId = schema->applicationId;
    header->userVersion = schema->userVersion;
    header->pageCountValid = false;
    if (auto checked = checkHeader(path, *header, latest); !checked) {
        return checked.error();
    }

    int version = schema->userVersion;
    if (version < target) {
        if (d->readOnly) {
            return cannotUpgrade(version);
        }
        if (!options.allowUpgrade) {
            return makeError(
                ErrorCode::NewerVersion,
                tr("“%1” uses an older workspace format (%2) and needs an upgrade.").arg(name).arg(version));
        }
        // A consistent copy of the file as it was, before anything changes.
        const QString backup = u"%1.v%2-%3.bak"_s.arg(
            path, QString::number(version), QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s));
        auto copied = c.exec(u"VACUUM INTO ?"_s,
                             {d->vfsKey ? d->vfsKey->uri(backup) : backup},
                             tr("A backup of “%1” could not be written before the upgrade; the workspace has not "
                                "been changed.")
                                 .arg(name));
        if (!copied) {
            QFile::remove(backup);
            return copied.error();
        }
        fsyncFile(backup);
        qCInfo(lcMigration) << "backup before upgrade written to" << backup;
        if (auto prepared = applyPragmas(c, false); !prepared) {
            return prepared.error();
        }
        auto migrated = Migrator::migrate(c, *steps, version, target);
        if (!migrated) {
            Error error = migrated.error();
            error.message = tr("“%1” could not be upgraded from format %2 to %3; it has not been changed (a backup "
                               "is at “%4”).")
                                .arg(name)
                                .arg(version)
                                .arg(target)
                                .arg(QDir::toNativeSeparators(backup));
            return error;
        }
        d->backupPath = backup;
        version = target;
    }
    if (auto prepared = applyPragmas(c, d->readOnly); !prepared) {
        return prepared.error();
    }
    auto id = readWorkspaceId(c);
    if (!id) {
        return encrypted ? tamperedError(path, id.error()) : id.error();
    }
    d->id = *id;
    d->schemaVersion = version;
    qCInfo(lcStorage) << "opened workspace" << path << "format" << version << (d->readOnly ? "read-only" : "");
    return std::unique_ptr<Workspace>(new Workspace(std::move(d)));
}

QString Workspace::path() const
{
    return d->path;
}

QString Workspace::displayName() const
{
    return QFileInfo(d->path).fileName();
}

QString Workspace::id() const
{
    return d->id;
}

int Workspace::schemaVersion() const
{
    return d->schemaVersion;
}

bool Workspace::isReadOnly() const
{
    return d->readOnly;
}

QString Workspace::readOnlyReason() const
{
    return d->readOnlyReason;
}

QString Workspace::upgradeBackupPath() const
{
    return d->backupPath;
}

bool Workspace::isEncrypted() const
{
    return d->vfsKey != nullptr;
}

Connection& Workspace::connection()
{
    return *d->connection;
}

ChangeNotifier* Workspace::notifier() const
{
    return d->notifier.get();
}

void Workspace::setActor(const Actor& actor)
{
    d->options.actor = actor;
    d->connection->setActor(actor);
}

const Actor& Workspace::actor() const
{
    return d->options.actor;
}

Result<std::unique_ptr<Connection>> Workspace::openConnection(Access access) const
{
    const bool readOnly = d->readOnly || access == Access::ReadOnly;
    auto connection = ConnectionPrivate::open({d->path,
                                               readOnly,
                                               d->readOnly ? d->readOnlyReason : tr("it was opened read-only"),
                                               d->options.actor,
                                               d->options.clock,
                                               d->notifier.get(),
                                               d->immutable,
                                               d->vfsKey.get()});
    if (!connection) {
        return connection.error();
    }
    if (auto prepared = applyPragmas(ConnectionPrivate::get(**connection), readOnly); !prepared) {
        return prepared.error();
    }
    return connection;
}

Result<void> Workspace::saveCopyAs(const QString& target) const
{
    return writeCopy(target, CopyKind::SameKeys, nullptr, {});
}

Result<void> Workspace::saveEncryptedCopyAs(const QString& target,
                                            const crypto::EncryptionKeys& keys,
                                            const Progress& progress) const
{
    return writeCopy(target, CopyKind::Encrypted, &keys, progress);
}

Result<void> Workspace::saveDecryptedCopyAs(const QString& target, const Progress& progress) const
{
    return writeCopy(target, CopyKind::Plain, nullptr, progress);
}

Result<void> Workspace::writeCopy(const QString& rawTarget,
                                  CopyKind kind,
                                  const crypto::EncryptionKeys* keys,
                                  const Progress& progress) const
{
    const QString target = QFileInfo(rawTarget).absoluteFilePath();
    const QString name = QDir::toNativeSeparators(target);
    if (target == d->path) {
        return makeError(ErrorCode::Conflict, tr("Choose a different file: “%1” is the open workspace.").arg(name));
    }
    // Hold the target's lock for the whole copy, so no Attest can open it while it is being replaced.
    QLockFile targetLock(lockPathFor(target));
    targetLock.setStaleLockTime(0);
    if (!targetLock.tryLock(0)) {
        if (targetLock.error() == QLockFile::LockFailedError) {
            return makeError(ErrorCode::Locked,
                             tr("“%1” is open in another running Attest; it cannot be replaced.").arg(name));
        }
        return makeError(ErrorCode::Io, tr("Cannot write in the folder of “%1”.").arg(name));
    }
    // The copy is written beside the target and renamed over it, so the target is never half-written.
    const QString partial = u"%1.partial-%2"_s.arg(target, QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QString failed = tr("The copy “%1” could not be written.").arg(name);
    auto connection = openConnection(Access::ReadOnly);
    if (!connection) {
        return connection.error();
    }
    // The key of the copy: the workspace's own, a new one, or none.
    std::unique_ptr<crypto::VfsKey> newKey;
    const crypto::VfsKey* targetKey = kind == CopyKind::SameKeys ? d->vfsKey.get() : nullptr;
    {
        const ConnectionPrivate& c = ConnectionPrivate::get(**connection);
        auto sizes = c.exec(u"SELECT page_size, page_count FROM pragma_page_size, pragma_page_count"_s, {}, failed);
        if (!sizes || !sizes->next()) {
            return sizes ? makeError(ErrorCode::Database, failed) : sizes.error();
        }
        const qint64 pageSize = sizes->value(0).toLongLong();
        const qint64 total = pageSize * sizes->value(1).toLongLong();
        sizes->finish(); // VACUUM refuses to run beside an unfinished statement
        if (kind == CopyKind::Encrypted) {
            if (!keys || keys->isEmpty()) {
                return makeError(ErrorCode::NeedsKey,
                                 tr("Choose a key or a passphrase to encrypt “%1” with.").arg(name));
            }
            auto header = crypto::newHeader(*keys, crypto::keyIdFromString(d->id), quint32(pageSize));
            if (!header) {
                return header.error();
            }
            newKey = crypto::VfsKey::create(header->dataKey, header->bytes);
            if (!newKey) {
                return makeError(ErrorCode::Database, failed, u"encryption setup"_s);
            }
            targetKey = newKey.get();
            // VACUUM INTO gives the copy the reserved bytes per page the source asks for.
            if (auto prepared = sqlite::prepareEncryptedConnection(c.db); !prepared) {
                return prepared.error();
            }
        }
        // query_only would refuse VACUUM INTO (it writes, if only to another file); the connection itself is still
        // opened read-only, so the workspace cannot change through it.
        if (auto writable = c.exec(u"PRAGMA query_only = OFF"_s, {}, failed); !writable) {
            return writable.error();
        }
        const std::function<bool()> keepGoing = [&] { return progress(QFileInfo(partial).size(), total); };
        sqlite::setProgressHandler(c.db, progress ? &keepGoing : nullptr);
        const QString into = targetKey ? targetKey->uri(partial) : d->vfsKey ? crypto::plainUri(partial) : partial;
        auto copied = c.exec(u"VACUUM INTO ?"_s, {into}, failed);
        sqlite::setProgressHandler(c.db, nullptr);
        if (!copied) {
            QFile::remove(partial);
            if (progress && copied.error().detail.contains(u"interrupt"_s)) {
                return makeError(ErrorCode::Cancelled, tr("Writing “%1” was cancelled.").arg(name));
            }
            return copied.error();
        }
        if (progress) {
            progress(total, total);
        }
    }
    connection->reset();
    fsyncFile(partial);
    if (kind != CopyKind::SameKeys) {
        // A copy under other keys (or none) is read back in full before it is put anywhere.
        auto check = ConnectionPrivate::open(
            {partial, true, tr("it is being verified"), d->options.actor, d->options.clock, nullptr, false, targetKey});
        Result<void> verified = check ? Result<void>() : Result<void>(check.error());
        if (check) {
            const ConnectionPrivate& c = ConnectionPrivate::get(**check);
            auto integrity = c.exec(u"PRAGMA integrity_check"_s, {}, failed);
            if (!integrity || !integrity->next() || integrity->value(0).toString() != u"ok"_s) {
                verified = integrity ? makeError(ErrorCode::Corrupt, failed, u"integrity check"_s) : integrity.error();
            } else if (auto audit = AuditVerifier::verify(**check); !audit || !audit->intact) {
                verified = audit ? makeError(ErrorCode::Corrupt, failed, audit->summary()) : audit.error();
            }
        }
        check = Result<std::unique_ptr<Connection>>(std::unique_ptr<Connection>());
        if (!verified) {
            QFile::remove(partial);
            qCWarning(lcStorage) << "the copy could not be verified:" << verified.error().detail;
            return verified.error();
        }
    }
    // A log left beside the old target belongs to the old file: move it aside (a stale log would be replayed
    // into the new copy), and only discard it once the copy is in place.
    QStringList setAside;
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(target + suffix)) {
            const QString aside = partial + suffix + u".old"_s;
            if (std::rename(QFile::encodeName(target + suffix).constData(), QFile::encodeName(aside).constData()) ==
                0) {
                setAside << suffix;
            }
        }
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(partial);
        for (const QString& suffix : setAside) {
            std::rename(QFile::encodeName(partial + suffix + u".old"_s).constData(),
                        QFile::encodeName(target + suffix).constData());
        }
        return makeError(ErrorCode::Io, tr("The copy could not be saved as “%1”.").arg(name));
    }
    for (const QString& suffix : setAside) {
        QFile::remove(partial + suffix + u".old"_s);
    }
    fsyncFile(QFileInfo(target).absolutePath());
    qCInfo(lcStorage) << "saved a copy of" << d->path << "as" << target
                      << (kind == CopyKind::Encrypted ? "(encrypted under new keys)"
                          : kind == CopyKind::Plain   ? "(decrypted)"
                                                      : "");
    return {};
}

Result<void> Workspace::rewriteHeader(crypto::HeaderFields fields)
{
    if (!d->vfsKey) {
        return makeError(ErrorCode::Validation, tr("“%1” is not encrypted.").arg(QDir::toNativeSeparators(d->path)));
    }
    if (d->readOnly) {
        return makeError(ErrorCode::ReadOnly, tr("The workspace is open read-only: %1").arg(d->readOnlyReason));
    }
    if (fields.keychainSlot.isEmpty() && fields.passphraseSlot.isEmpty()) {
        return makeError(ErrorCode::Validation,
                         tr("The last key of an encrypted workspace cannot be removed: nothing could open it."));
    }
    if (auto written = crypto::rewriteHeader(d->path, fields, d->dataKey); !written) {
        return written.error();
    }
    d->headerFields = fields;
    d->vfsKey->setHeader(crypto::serialize(fields, d->dataKey));
    qCInfo(lcStorage) << "rewrote the encryption header of" << d->path << "generation" << fields.generation;
    return {};
}

Result<void> Workspace::setRecoveryPassphrase(const crypto::SecretBuffer& passphrase, const crypto::KdfParams& kdf)
{
    if (!d->vfsKey) {
        return rewriteHeader({});
    }
    crypto::HeaderFields fields = d->headerFields;
    if (auto set = crypto::setPassphraseSlot(fields, d->dataKey, passphrase, kdf); !set) {
        return set.error();
    }
    return rewriteHeader(fields);
}

Result<void> Workspace::setKeychainKey(const crypto::SecretBuffer& keychainKey)
{
    if (!keychainKey.isEmpty() && keychainKey.size() != crypto::KeySize) {
        return makeError(ErrorCode::Validation, tr("A keychain key has 32 bytes."));
    }
    crypto::HeaderFields fields = d->headerFields;
    if (d->vfsKey) {
        crypto::setKeychainSlot(fields, d->dataKey, keychainKey);
    }
    return rewriteHeader(fields);
}

Result<void> Workspace::rotateKey(const QString& rawPath,
                                  const crypto::EncryptionKeys& current,
                                  const crypto::EncryptionKeys& replacement,
                                  const Progress& progress)
{
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    const QString name = QDir::toNativeSeparators(path);
    const QString rotated = u"%1.rekey-%2"_s.arg(path, QUuid::createUuid().toString(QUuid::Id128).left(8));
    Options options;
    options.allowUpgrade = false;
    options.encryption = std::make_shared<const crypto::EncryptionKeys>(current.clone());
    AuditHead head;
    {
        auto ws = open(path, options);
        if (!ws) {
            return ws.error();
        }
        if (!(*ws)->isEncrypted()) {
            return makeError(ErrorCode::Validation, tr("“%1” is not encrypted.").arg(name));
        }
        auto before = (*ws)->connection().auditHead();
        if (!before) {
            return before.error();
        }
        head = *before;
        if (auto copied = (*ws)->saveEncryptedCopyAs(rotated, replacement, progress); !copied) {
            return copied.error();
        }
    }
    // Closed (its log checkpointed and removed); hold its lock while the new file replaces it, and make sure
    // nothing changed it in between.
    QFile::remove(lockPathFor(rotated));
    auto discard = [&](Error error) {
        QFile::remove(rotated);
        return error;
    };
    auto lock = takeLock(path);
    if (!lock) {
        return discard(lock.error());
    }
    if (QFileInfo(path + u"-wal"_s).size() > 0) {
        return discard(makeError(ErrorCode::Conflict, tr("“%1” changed while its key was being replaced.").arg(name)));
    }
    {
        Options check = options;
        check.access = Access::ReadOnly;
        auto ws = open(path, check);
        auto after = ws ? (*ws)->connection().auditHead() : Result<AuditHead>(ws.error());
        if (!after || after->seq != head.seq || after->hash != head.hash) {
            return discard(
                makeError(ErrorCode::Conflict, tr("“%1” changed while its key was being replaced.").arg(name)));
        }
    }
    if (std::rename(QFile::encodeName(rotated).constData(), QFile::encodeName(path).constData()) != 0) {
        return discard(makeError(ErrorCode::Io, tr("The re-encrypted “%1” could not be put in place.").arg(name)));
    }
    fsyncFile(QFileInfo(path).absolutePath());
    qCInfo(lcStorage) << "replaced the data key of" << path;
    return {};
}

} // namespace attest
