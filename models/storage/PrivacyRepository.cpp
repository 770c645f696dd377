#include "PrivacyRepository.h"

#include "storage/Connection.h"
#include "storage/ConnectionPrivate.h"
#include "storage/SystemRepository.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

QString selectColumns()
{
    return u"id, system_id, "_s + PrivacyFields::keys().join(u", "_s);
}

ProcessingRecord readRecord(const QSqlQuery& q)
{
    ProcessingRecord record;
    record.id = q.value(0).toLongLong();
    record.systemId = q.value(1).toLongLong();
    int column = 2;
    for (const SystemField& field : PrivacyFields::all()) {
        record.values.insert(field.key, q.value(column++).toString());
    }
    return record;
}

} // namespace

PrivacyRepository::PrivacyRepository(Connection& connection)
    : m_connection(connection)
{ }

const EntitySpec& PrivacyRepository::spec()
{
    static const EntitySpec s = [] {
        EntitySpec spec;
        spec.entityType = u"processing_record"_s;
        spec.table = u"processing_records"_s;
        spec.fields << EntitySpec::Field{u"system_id"_s, EntitySpec::Type::Integer};
        for (const SystemField& field : PrivacyFields::all()) {
            spec.fields << EntitySpec::Field{field.key, EntitySpec::Type::Text};
        }
        return spec;
    }();
    return s;
}

Result<ProcessingRecord> PrivacyRepository::forSystem(qint64 systemId) const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT %1 FROM processing_records WHERE system_id = ?"_s.arg(selectColumns()),
                       {systemId},
                       tr("The data-protection record could not be read."));
    if (!q) {
        return q.error();
    }
    if (q->next()) {
        return readRecord(*q);
    }
    ProcessingRecord empty;
    empty.systemId = systemId;
    for (const SystemField& field : PrivacyFields::all()) {
        empty.values.insert(field.key, field.defaultValue);
    }
    return empty;
}

Result<QMap<qint64, ProcessingRecord>> PrivacyRepository::all() const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT %1 FROM processing_records ORDER BY system_id"_s.arg(selectColumns()),
                       {},
                       tr("The data-protection records could not be read."));
    if (!q) {
        return q.error();
    }
    QMap<qint64, ProcessingRecord> records;
    while (q->next()) {
        ProcessingRecord record = readRecord(*q);
        records.insert(record.systemId, record);
    }
    return records;
}

Result<bool> PrivacyRepository::save(qint64 systemId, const QMap<QString, QString>& changes, const QString& systemTitle)
{
    FieldValues values;
    QStringList problems;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const SystemField* field = PrivacyFields::find(it.key());
        if (!field) {
            return makeError(ErrorCode::Validation,
                             tr("“%1” is not a field of the data-protection record.").arg(it.key()));
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
    auto written = m_connection.write(
        tr("Edit the data-protection record of AI system %1").arg(systemTitle),
        [&](WriteTransaction& txn) -> Result<void> {
            auto system = txn.fetch(SystemRepository::spec(), systemId);
            if (!system) {
                return system.error();
            }
            if (!system->has_value()) {
                return makeError(ErrorCode::NotFound, tr("The AI system no longer exists; it may have been deleted."));
            }
            auto existing = txn.idsWhere(spec(), u"system_id"_s, systemId);
            if (!existing) {
                return existing.error();
            }
            if (existing->isEmpty()) {
                FieldValues initial;
                initial.insert(u"system_id"_s, systemId);
                for (const SystemField& field : PrivacyFields::all()) {
                    initial.insert(field.key, values.value(field.key, field.defaultValue));
                }
                auto created = txn.create(spec(), initial);
                if (!created) {
                    return created.error();
                }
                changed = true;
                return {};
            }
            auto updated = txn.update(spec(), existing->first(), values);
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
