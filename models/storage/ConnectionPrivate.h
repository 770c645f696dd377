#pragma once

// Internal to models/: the SQL side of a Connection, used by the storage layer's repositories.

#include "core/Actor.h"
#include "core/Result.h"
#include "storage/Connection.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace attest {

class ChangeNotifier;
namespace crypto {
class VfsKey;
}

struct ConnectionPrivate
{
    struct Options
    {
        QString path;
        bool readOnly = false;
        QString readOnlyReason;
        Actor actor;
        const Clock* clock = nullptr;
        ChangeNotifier* notifier = nullptr;
        // Read the file as immutable (no locks, no -shm): only for read-only files nobody can be writing.
        bool immutable = false;
        // Set for an encrypted workspace: the connection goes through the encrypting VFS with this key.
        const crypto::VfsKey* vfsKey = nullptr;
    };

    static Result<std::unique_ptr<Connection>> open(const Options& options);
    static ConnectionPrivate& get(Connection& connection) { return *connection.d; }
    static const ConnectionPrivate& get(const Connection& connection) { return *connection.d; }

    ~ConnectionPrivate();

    // Prepares and runs `sql` with positional bindings. `what` is the user-facing description of the failure.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& bindings, const QString& what) const;
    Result<void> execScript(const QString& sql, const QString& what) const;

    QString connectionName;
    QSqlDatabase db;
    QString path;
    bool readOnly = false;
    QString readOnlyReason;
    Actor actor;
    const Clock* clock = nullptr;
    QPointer<ChangeNotifier> notifier;
    bool inWrite = false;
    bool encrypted = false;
};

} // namespace attest
