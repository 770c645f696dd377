#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace attest {

struct ConnectionPrivate;

// Applies the numbered schema migrations (resources/db/migrations/NNNN_name.sql) in order. All pending steps run
// in one transaction, each inside its own savepoint, so an upgrade either completes or leaves the file exactly as
// it was. PRAGMA user_version holds the schema version.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Step
    {
        int version = 0;
        QString name;
        QString sql;
    };

    static QString defaultDirectory();
    // Loads NNNN_*.sql files from `directory` (a resource path or a folder); versions must be 1, 2, 3, ... .
    static Result<QList<Step>> load(const QString& directory = defaultDirectory());
    static int latestVersion();

    // Runs the steps with from < version <= to. `finish` runs last inside the same transaction (e.g. to record
    // the new workspace's identity).
    static Result<void> migrate(const ConnectionPrivate& connection,
                                const QList<Step>& steps,
                                int from,
                                int to,
                                const std::function<Result<void>()>& finish = {});
};

} // namespace attest
