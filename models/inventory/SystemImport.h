#pragma once

#include "core/Result.h"
#include "inventory/AiSystem.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace attest {

class Connection;

struct ImportProblem
{
    int line = 0; // 0: the file as a whole
    QString message;
    QString text() const;
};

// What importing a CSV file would do, worked out before anything is written. Rows whose code already exists
// update that system; the others create new systems.
struct SystemImportPlan
{
    struct Update
    {
        qint64 id = 0;
        QString code;
        QMap<QString, QString> changes;
    };

    QString fileName;
    int rows = 0;
    QList<AiSystem> toCreate;
    QList<Update> toUpdate;
    int unchanged = 0;
    QList<ImportProblem> problems;

    bool ok() const { return problems.isEmpty(); }
    QString summary() const;
};

// CSV import of AI systems (RFC 4180, UTF-8 with or without BOM, headers matched to field names or labels).
// Every row is checked first; if any row is wrong nothing is imported and each problem is reported with its line.
// Otherwise all rows are written in one transaction, together with their audit events.
class SystemImport
{
    Q_DECLARE_TR_FUNCTIONS(SystemImport)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<SystemImportPlan> plan(Connection& connection, const QByteArray& data, const QString& fileName);
    static Result<void> apply(Connection& connection, const SystemImportPlan& plan, const Progress& progress = {});

    // Reads `path`, plans, and applies unless `dryRun` or the plan has problems. The plan is returned either way.
    static Result<SystemImportPlan>
    importFile(Connection& connection, const QString& path, bool dryRun, const Progress& progress = {});
};

} // namespace attest
