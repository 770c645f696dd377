#include "Migrator.h"

#include "core/Logging.h"
#include "storage/ConnectionPrivate.h"
#include "storage/SqliteSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace attest {

QString Migrator::defaultDirectory()
{
    return u":/attest/db/migrations"_s;
}

Result<QList<Migrator::Step>> Migrator::load(const QString& directory)
{
    static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    const QStringList files = QDir(directory).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    QList<Step> steps;
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch()) {
            return makeError(ErrorCode::Database, tr("Unexpected migration file name “%1”.").arg(file));
        }
        QFile f(QDir(directory).filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::Io, tr("Cannot read migration “%1”.").arg(file), f.errorString());
        }
        Step step;
        step.version = match.captured(1).toInt();
        step.name = match.captured(2);
        step.sql = QString::fromUtf8(f.readAll());
        if (step.version != steps.size() + 1) {
            return makeError(
                ErrorCode::Database,
                tr("Migration “%1” is out of sequence: expected version %2.").arg(file).arg(steps.size() + 1));
        }
        steps << step;
    }
    if (steps.isEmpty()) {
        return makeError(ErrorCode::Database, tr("No schema migrations found in “%1”.").arg(directory));
    }
    return steps;
}

int Migrator::latestVersion()
{
    static const int latest = [] {
        auto steps = load();
        return steps ? int(steps->size()) : 0;
    }();
    return latest;
}

Result<void> Migrator::migrate(const ConnectionPrivate& connection,
                               const QList<Step>& steps,
                               int from,
                               int to,
                               const std::function<Result<void>()>& finish)
{
    const QString failed = tr("The workspace could not be upgraded; it has not been changed.");
    // Foreign keys are checked once for the whole upgrade (table rebuilds would trip them midway).
    if (auto off = connection.exec(u"PRAGMA foreign_keys = OFF"_s, {}, failed); !off) {
        return off.error();
    }
    auto restoreForeignKeys = qScopeGuard([&] { (void)connection.exec(u"PRAGMA foreign_keys = ON"_s, {}, failed); });

    if (auto begun = connection.exec(u"BEGIN IMMEDIATE"_s, {}, failed); !begun) {
        return begun.error();
    }
    auto work = [&]() -> Result<void> {
        for (const Step& step : steps) {
            if (step.version <= from || step.version > to) {
                continue;
            }
            qCInfo(lcMigration) << "applying migration" << step.version << step.name;
            const QString savepoint = u"migration_%1"_s.arg(step.version);
            if (auto sp = connection.exec(u"SAVEPOINT "_s + savepoint, {}, failed); !sp) {
                return sp.error();
            }
            if (auto applied = connection.execScript(step.sql, failed); !applied) {
                Error error = applied.error();
                error.detail = u"migration %1 (%2): %3"_s.arg(step.version).arg(step.name, error.detail);
                return error;
            }
            if (auto released = connection.exec(u"RELEASE "_s + savepoint, {}, failed); !released) {
                return released.error();
            }
        }
        if (from == 0) {
            auto marked = connection.exec(u"PRAGMA application_id = %1"_s.arg(sqlite::ApplicationId), {}, failed);
            if (!marked) {
                return marked.error();
            }
        }
        if (auto versioned = connection.exec(u"PRAGMA user_version = %1"_s.arg(to), {}, failed); !versioned) {
            return versioned.error();
        }
        if (finish) {
            if (auto finished = finish(); !finished) {
                return finished;
            }
        }
        auto fkCheck = connection.exec(u"PRAGMA foreign_key_check"_s, {}, failed);
        if (!fkCheck) {
            return fkCheck.error();
        }
        if (fkCheck->next()) {
            return makeError(ErrorCode::Database,
                             failed,
                             u"foreign key violation in table %1 after migration"_s.arg(fkCheck->value(0).toString()));
        }
        return {};
    };
    Result<void> outcome = work();
    if (outcome) {
        QSqlQuery commit(connection.db);
        if (!commit.exec(u"COMMIT"_s)) {
            outcome = sqlite::toError(commit.lastError(), failed);
        }
    }
    if (!outcome) {
        QSqlQuery rollback(connection.db);
        rollback.exec(u"ROLLBACK"_s);
        qCWarning(lcMigration) << "migration failed and was rolled back:" << outcome.error().detail;
    }
    return outcome;
}

} // namespace attest
