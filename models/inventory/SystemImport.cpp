#include "SystemImport.h"

#include "core/Logging.h"
#include "io/Csv.h"
#include "storage/Connection.h"
#include "storage/SystemRepository.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace attest {

QString ImportProblem::text() const
{
    return line > 0 ? SystemImport::tr("line %1: %2").arg(line).arg(message) : message;
}

QString SystemImportPlan::summary() const
{
    if (!ok()) {
        return SystemImport::tr("Problems found: %1; nothing was imported.").arg(problems.size());
    }
    return SystemImport::tr("Rows read: %1; %2 new, %3 updated, %4 unchanged.")
        .arg(rows)
        .arg(toCreate.size())
        .arg(toUpdate.size())
        .arg(unchanged);
}

Result<SystemImportPlan> SystemImport::plan(Connection& connection, const QByteArray& data, const QString& fileName)
{
    SystemImportPlan plan;
    plan.fileName = fileName;
    auto parsed = Csv::parse(data);
    if (!parsed) {
        plan.problems << ImportProblem{0, parsed.error().message};
        return plan;
    }
    const QList<CsvRecord>& records = *parsed;
    if (records.isEmpty()) {
        plan.problems << ImportProblem{0, tr("The file is empty: it needs a header row and one row per AI system.")};
        return plan;
    }

    // Header: every column must name a field, once; "code" is required.
    const CsvRecord& header = records.first();
    QList<const SystemField*> columns;
    QSet<QString> seen;
    for (const QString& name : header.fields) {
        const SystemField* field = SystemFields::matchHeader(name);
        if (!field) {
            plan.problems << ImportProblem{header.line,
                                           tr("the column “%1” is not a field of an AI system (known columns: %2)")
                                               .arg(name.trimmed(), SystemFields::keys().join(u", "_s))};
        } else if (seen.contains(field->key)) {
            plan.problems << ImportProblem{header.line, tr("the column “%1” appears twice").arg(name.trimmed())};
        } else {
            seen.insert(field->key);
        }
        columns << field;
    }
    if (!seen.contains(u"code"_s)) {
        plan.problems << ImportProblem{header.line, tr("there is no “code” column: every row needs a unique code")};
    }
    if (!plan.problems.isEmpty()) {
        return plan;
    }

    SystemRepository repository(connection);
    auto index = repository.codeIndex();
    if (!index) {
        return index.error();
    }
    QHash<qint64, AiSystem> existing;
    QHash<QString, int> linesByCode;

    for (int r = 1; r < records.size(); ++r) {
        const CsvRecord& record = records[r];
        ++plan.rows;
        if (record.fields.size() != columns.size()) {
            plan.problems << ImportProblem{
                record.line,
                tr("the row has %1 fields where the header has %2").arg(record.fields.size()).arg(columns.size())};
            continue;
        }
        QMap<QString, QString> given;
        for (int c = 0; c < columns.size(); ++c) {
            given.insert(columns[c]->key, record.fields[c]);
        }
        const QString code = given.value(u"code"_s).trimmed();
        const QString key = SystemRepository::codeKey(code);
        if (code.isEmpty()) {
            plan.problems << ImportProblem{record.line, tr("the code is empty")};
            continue;
        }
        if (linesByCode.contains(key)) {
            plan.problems << ImportProblem{
                record.line, tr("the code “%1” already appears on line %2").arg(code).arg(linesByCode[key])};
            continue;
        }
        linesByCode.insert(key, record.line);

        const auto found = index->constFind(key);
        AiSystem system;
        if (found != index->cend()) {
            if (existing.isEmpty()) {
                auto all = repository.all();
                if (!all) {
                    return all.error();
                }
                for (const AiSystem& s : *all) {
                    existing.insert(s.id, s);
                }
            }
            system = existing.value(*found);
        } else {
            system = AiSystem::withDefaults();
        }
        const AiSystem before = system;
        for (auto it = given.cbegin(); it != given.cend(); ++it) {
            // The stored spelling of an existing code wins over a different capitalisation in the file.
            if (it.key() == u"code"_s && found != index->cend()) {
                continue;
            }
            system.values.insert(it.key(), it.value());
        }
        const QList<FieldIssue> issues = SystemRules::validate(system);
        if (!issues.isEmpty()) {
            for (const FieldIssue& issue : issues) {
                plan.problems << ImportProblem{record.line, issue.message};
            }
            continue;
        }
        if (found == index->cend()) {
            plan.toCreate << system;
            continue;
        }
        SystemImportPlan::Update update{*found, before.code(), {}};
        for (auto it = given.cbegin(); it != given.cend(); ++it) {
            if (system.value(it.key()) != before.value(it.key())) {
                update.changes.insert(it.key(), system.value(it.key()));
            }
        }
        if (update.changes.isEmpty()) {
            ++plan.unchanged;
        } else {
            plan.toUpdate << update;
        }
    }
    if (plan.rows == 0) {
        plan.problems << ImportProblem{0, tr("The file has a header but no rows.")};
    }
    return plan;
}

Result<void> SystemImport::apply(Connection& connection, const SystemImportPlan& plan, const Progress& progress)
{
    if (!plan.ok()) {
        return makeError(ErrorCode::Validation, plan.summary());
    }
    const qint64 total = plan.toCreate.size() + plan.toUpdate.size();
    if (total == 0) {
        return {};
    }
    const QString reason = tr("Import AI systems from %1 (%2 new, %3 updated)")
                               .arg(QFileInfo(plan.fileName).fileName())
                               .arg(plan.toCreate.size())
                               .arg(plan.toUpdate.size());
    return connection.write(reason, [&](WriteTransaction& txn) -> Result<void> {
        qint64 done = 0;
        auto step = [&]() -> Result<void> {
            ++done;
            if (progress && (done % 256 == 0 || done == total) && !progress(done, total)) {
                return makeError(ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));
            }
            return {};
        };
        for (const AiSystem& system : plan.toCreate) {
            auto created = SystemRepository::create(txn, system);
            if (!created) {
                Error error = created.error();
                error.message = tr("%1: %2").arg(system.code(), error.message);
                return error;
            }
            if (auto next = step(); !next) {
                return next;
            }
        }
        for (const SystemImportPlan::Update& update : plan.toUpdate) {
            auto updated = SystemRepository::update(txn, update.id, update.changes);
            if (!updated) {
                Error error = updated.error();
                error.message = tr("%1: %2").arg(update.code, error.message);
                return error;
            }
            if (auto next = step(); !next) {
                return next;
            }
        }
        return {};
    });
}

Result<SystemImportPlan>
SystemImport::importFile(Connection& connection, const QString& path, bool dryRun, const Progress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, tr("Cannot read “%1”: %2.").arg(path, file.errorString()));
    }
    const QByteArray data = file.readAll();
    auto planned = plan(connection, data, path);
    if (!planned) {
        return planned;
    }
    if (dryRun || !planned->ok()) {
        return planned;
    }
    if (auto applied = apply(connection, *planned, progress); !applied) {
        return applied.error();
    }
    qCInfo(lcImport) << "imported" << path << planned->summary();
    return planned;
}

} // namespace attest
