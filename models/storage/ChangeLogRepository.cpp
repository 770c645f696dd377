#include "ChangeLogRepository.h"

#include "storage/Connection.h"
#include "storage/ConnectionPrivate.h"
#include "storage/WriteTransaction.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

FieldValues toValues(const SystemChange& change)
{
    return {{u"system_id"_s, change.systemId},
            {u"changed_on"_s, change.changedOn.trimmed()},
            {u"model_version"_s, change.modelVersion.trimmed()},
            {u"description"_s, change.description},
            {u"validated_by"_s, change.validatedBy.trimmed()}};
}

} // namespace

ChangeLogRepository::ChangeLogRepository(Connection& connection)
    : m_connection(connection)
{ }

const EntitySpec& ChangeLogRepository::spec()
{
    static const EntitySpec s{u"system_change"_s,
                              u"system_changes"_s,
                              {{u"system_id"_s, EntitySpec::Type::Integer},
                               {u"changed_on"_s, EntitySpec::Type::Text},
                               {u"model_version"_s, EntitySpec::Type::Text},
                               {u"description"_s, EntitySpec::Type::Text},
                               {u"validated_by"_s, EntitySpec::Type::Text}},
                              {}};
    return s;
}

QString ChangeLogRepository::validate(const SystemChange& change)
{
    static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString date = change.changedOn.trimmed();
    if (!iso.match(date).hasMatch() || !QDate::fromString(date, Qt::ISODate).isValid()) {
        return tr("The date of a change must be given as YYYY-MM-DD.");
    }
    if (change.modelVersion.trimmed().isEmpty() && change.description.trimmed().isEmpty()) {
        return tr("Say which model version this is or what changed.");
    }
    if (change.systemId <= 0) {
        return tr("A change must belong to an AI system.");
    }
    return {};
}

Result<QList<SystemChange>> ChangeLogRepository::forSystem(qint64 systemId) const
{
    auto q =
        ConnectionPrivate::get(m_connection)
            .exec(u"SELECT id, system_id, changed_on, model_version, description, validated_by FROM system_changes "
                  "WHERE system_id = ? ORDER BY changed_on DESC, id DESC"_s,
                  {systemId},
                  tr("The change log could not be read."));
    if (!q) {
        return q.error();
    }
    QList<SystemChange> changes;
    while (q->next()) {
        changes << SystemChange{q->value(0).toLongLong(),
                                q->value(1).toLongLong(),
                                q->value(2).toString(),
                                q->value(3).toString(),
                                q->value(4).toString(),
                                q->value(5).toString()};
    }
    return changes;
}

Result<qint64> ChangeLogRepository::add(WriteTransaction& txn, const SystemChange& change)
{
    if (const QString problem = validate(change); !problem.isEmpty()) {
        return makeError(ErrorCode::Validation, problem);
    }
    return txn.create(spec(), toValues(change));
}

Result<qint64> ChangeLogRepository::add(const SystemChange& change, const QString& systemCode)
{
    qint64 id = 0;
    auto written = m_connection.write(tr("Add change log entry to AI system %1").arg(systemCode),
                                      [&](WriteTransaction& txn) -> Result<void> {
                                          auto added = add(txn, change);
                                          if (!added) {
                                              return added.error();
                                          }
                                          id = *added;
                                          return {};
                                      });
    if (!written) {
        return written.error();
    }
    return id;
}

Result<bool> ChangeLogRepository::update(const SystemChange& change, const QString& systemCode)
{
    if (const QString problem = validate(change); !problem.isEmpty()) {
        return makeError(ErrorCode::Validation, problem);
    }
    bool changed = false;
    auto written = m_connection.write(tr("Edit change log entry of AI system %1").arg(systemCode),
                                      [&](WriteTransaction& txn) -> Result<void> {
                                          auto updated = txn.update(spec(), change.id, toValues(change));
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

Result<void> ChangeLogRepository::remove(qint64 id, const QString& systemCode)
{
    return m_connection.write(tr("Remove change log entry from AI system %1").arg(systemCode),
                              [&](WriteTransaction& txn) { return txn.remove(spec(), id); });
}

} // namespace attest
