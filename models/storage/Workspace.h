#pragma once

#include "core/Actor.h"
#include "core/Result.h"
#include "storage/Connection.h"
#include "storage/crypto/WorkspaceHeader.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace attest {

class ChangeNotifier;
class Clock;

// An Attest workspace: one SQLite file holding the inventory, the audit trail and (in later issues) catalogs,
// controls and risks. Opening it checks that the file really is an Attest workspace of a version we understand
// before SQLite writes a single byte, takes an exclusive lock against other running Attest processes, makes a
// backup and upgrades older files, and then hands out connections.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    enum class Access
    {
        ReadWrite,
        ReadOnly,
    };

    struct Options
    {
        Access access = Access::ReadWrite;
        bool allowUpgrade = true;
        Actor actor = Actor::current();
        const Clock* clock = nullptr;
        // For tests: alternative migrations and a schema version to stop at (0 = latest).
        QString migrationsDirectory;
        int targetVersion = 0;
        // create(): encrypt the new workspace, its data key wrapped by each key given. open(): what unlocks an
        // encrypted workspace (ignored for a plain one). The app reads the keychain entry named by
        // inspectEncryption(path).keyId and passes its 32 bytes; the keys are not kept after the call.
        std::shared_ptr<const crypto::EncryptionKeys> encryption;
    };

    // Creates a new, empty workspace; refuses to touch an existing file.
    static Result<std::unique_ptr<Workspace>> create(const QString& path, const Options& options);
    static Result<std::unique_ptr<Workspace>> create(const QString& path) { return create(path, Options()); }
    static Result<std::unique_ptr<Workspace>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Workspace>> open(const QString& path) { return open(path, Options()); }

    static int latestSchemaVersion();
    // Whether `path` is an Attest workspace of an older format that open() would upgrade (header only; no I/O
    // beyond reading it). Lets the UI run the upgrade, with its backup copy, in the background.
    static bool needsUpgrade(const QString& path);
    // What the encryption header of `path` says, without a key (encrypted = false for a plain workspace): the
    // key id names the keychain entry holding its key.
    static Result<crypto::EncryptionInfo> inspectEncryption(const QString& path);
    // For tests: when set, create() encrypts every workspace created without keys of its own with these keys,
    // and open() uses them for encrypted workspaces opened without keys.
    static void setTestEncryption(std::shared_ptr<const crypto::EncryptionKeys> keys);
    static bool testEncryptionEnabled();
    // For tests in that mode: every encrypted workspace opened for writing is checked when it closes (PRAGMA
    // integrity_check, and the audit chain unless the test broke it on purpose: setTestTamperingExpected). A
    // failure aborts the test with a message.
    static void setTestTamperingExpected(bool expected);
    // Deletes a closed workspace file with its journal and log (a workspace this process just created and must
    // not keep, e.g. when its key could not be stored).
    static void removeFiles(const QString& path);
    // attest.db under QStandardPaths::AppDataLocation.
    static QString defaultPath();

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    QString path() const;
    QString displayName() const;
    // A random identifier chosen when the workspace was created; it survives Save As.
    QString id() const;
    int schemaVersion() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;
    // Where the copy made before an upgrade was written during open(), or empty if no upgrade happened.
    QString upgradeBackupPath() const;
    bool isEncrypted() const;

    // The connection for the thread that opened the workspace (the UI thread in the app).
    Connection& connection();
    // A new connection for the calling thread (a worker); it must be destroyed on that thread, before the
    // workspace is.
    Result<std::unique_ptr<Connection>> openConnection(Access access = Access::ReadOnly) const;
    ChangeNotifier* notifier() const;

    void setActor(const Actor& actor);
    const Actor& actor() const;

    // Writes a consistent copy of the live workspace to `target` (replacing it if it exists and is not in use).
    // The copy of an encrypted workspace is encrypted under the same keys.
    Result<void> saveCopyAs(const QString& target) const;

    // Encryption management. Long operations report (bytes written, bytes expected) and stop, with
    // ErrorCode::Cancelled and nothing left behind, when `progress` returns false.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Writes an encrypted copy of this (plain or encrypted) workspace to `target` under a new random data key
    // wrapped by `keys`; the copy is reopened, integrity-checked and its audit chain verified before it replaces
    // `target`. This workspace is not changed: what becomes of it is the caller's decision.
    Result<void>
    saveEncryptedCopyAs(const QString& target, const crypto::EncryptionKeys& keys, const Progress& progress = {}) const;
    // Writes a plain (unencrypted) copy, verified the same way.
    Result<void> saveDecryptedCopyAs(const QString& target, const Progress& progress = {}) const;
    // Sets or changes the recovery passphrase of this encrypted workspace (an empty passphrase removes it, if the
    // keychain key still opens it). Rewrites the header (two copies, never torn); the pages are unchanged.
    Result<void> setRecoveryPassphrase(const crypto::SecretBuffer& passphrase,
                                       const crypto::KdfParams& kdf = crypto::KdfParams::moderate());
    // Wraps the data key under a new keychain key (after the old keychain entry was lost or replaced).
    Result<void> setKeychainKey(const crypto::SecretBuffer& keychainKey);
    // Re-encrypts every page of the closed workspace at `path` under a new data key wrapped by `replacement`,
    // verifies the result and atomically replaces the file. `current` unlocks it now.
    static Result<void> rotateKey(const QString& path,
                                  const crypto::EncryptionKeys& current,
                                  const crypto::EncryptionKeys& replacement,
                                  const Progress& progress = {});

private:
    enum class CopyKind
    {
        SameKeys,
        Encrypted,
        Plain,
    };
    Result<void>
    writeCopy(const QString& target, CopyKind kind, const crypto::EncryptionKeys* keys, const Progress& progress) const;
    Result<void> rewriteHeader(crypto::HeaderFields fields);

    struct Private;
    explicit Workspace(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace attest
