#include "SystemRecordRepository.h"

#include "storage/Connection.h"
#include "storage/ConnectionPrivate.h"
#include "storage/SystemRepository.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

QString selectColumns(const SystemRecordKind& kind)
{
    return u"id, system_id, "_s + kind.keys().join(u", "_s);
}

SystemRecord readRecord(const SystemRecordKind& kind, const QSqlQuery& q)
{
    SystemRecord record;
    record.id = q.value(0).toLongLong();
    record.systemId = q.value(1).toLongLong();
    int column = 2;
    for (const SystemField& field : kind.fields()) {
        record.values.insert(field.key, q.value(column++).toString());
    }
    return record;
}

} // namespace

SystemRecordRepository::SystemRecordRepository(Connection& connection, const SystemRecordKind& kind)
    : m_connection(connection)
    , m_kind(kind)
{ }

Result<SystemRecord> SystemRecordRepository::forSystem(qint64 systemId) const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT %1 FROM %2 WHERE system_id = ?"_s.arg(selectColumns(m_kind), m_kind.table()),
                       {systemId},
                       tr("The %1 could not be read.").arg(m_kind.displayLabel()));
    if (!q) {
        return q.error();
    }
    if (q->next()) {
        return readRecord(m_kind, *q);
    }
    SystemRecord empty;
    empty.systemId = systemId;
    for (const SystemField& field : m_kind.fields()) {
        empty.values.insert(field.key, field.defaultValue);
    }
    return empty;
}

Result<QMap<qint64, SystemRecord>> SystemRecordRepository::all() const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT %1 FROM %2 ORDER BY system_id"_s.arg(selectColumns(m_kind), m_kind.table()),
                       {},
                       tr("The %1 could not be read.").arg(m_kind.displayLabel()));
    if (!q) {
        return q.error();
    }
    QMap<qint64, SystemRecord> records;
    while (q->next()) {
        SystemRecord record = readRecord(m_kind, *q);
        records.insert(record.systemId, record);
    }
    return records;
}

Result<bool>
SystemRecordRepository::save(qint64 systemId, const QMap<QString, QString>& changes, const QString& systemTitle)
{
    FieldValues values;
    QStringList problems;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const SystemField* field = m_kind.field(it.key());
        if (!field) {
            return makeError(ErrorCode::Validation,
                             tr("“%1” is not a field of the %2.").arg(it.key(), m_kind.displayLabel()));
        }
        QString problem;
        const QString value = SystemRules::normalise(*field, it.value(), &problem);
        if (!problem.isEmpty()) {
            problems << problem;
        }
        values.insert(field->key, value);
    }
    if (!problems.isEmpty()) {
        return makeError(ErrorCode::Validation, problems.join(QLatin1Char('\n')));
    }
    bool changed = false;
    auto written = m_connection.write(m_kind.editReason(systemTitle), [&](WriteTransaction& txn) -> Result<void> {
        auto system = txn.fetch(SystemRepository::spec(), systemId);
        if (!system) {
            return system.error();
        }
        if (!system->has_value()) {
            return makeError(ErrorCode::NotFound, tr("The AI system no longer exists; it may have been deleted."));
        }
        auto existing = txn.idsWhere(m_kind.spec(), u"system_id"_s, systemId);
        if (!existing) {
            return existing.error();
        }
        if (existing->isEmpty()) {
            FieldValues initial;
            initial.insert(u"system_id"_s, systemId);
            for (const SystemField& field : m_kind.fields()) {
                initial.insert(field.key, values.value(field.key, field.defaultValue));
            }
            auto created = txn.create(m_kind.spec(), initial);
            if (!created) {
                return created.error();
            }
            changed = true;
            return {};
        }
        auto updated = txn.update(m_kind.spec(), existing->first(), values);
        if (!updated) {
            return updated.error();
        }
        changed = *updated;
        return {};
    });
    if (!written) {
        return written.error();
    }
    return changed;
}

} // namespace attest
