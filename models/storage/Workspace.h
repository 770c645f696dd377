#pragma once

#include "core/Actor.h"
#include "core/Result.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QString>

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

    // The connection for the thread that opened the workspace (the UI thread in the app).
    Connection& connection();
    // A new connection for the calling thread (a worker); it must be destroyed on that thread, before the
    // workspace is.
    Result<std::unique_ptr<Connection>> openConnection(Access access = Access::ReadOnly) const;
    ChangeNotifier* notifier() const;

    void setActor(const Actor& actor);
    const Actor& actor() const;

    // Writes a consistent copy of the live workspace to `target` (replacing it if it exists and is not in use).
    Result<void> saveCopyAs(const QString& target) const;

private:
    struct Private;
    explicit Workspace(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace attest
