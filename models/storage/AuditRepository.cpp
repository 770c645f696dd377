#include "AuditRepository.h"

#include "storage/Connection.h"
#include "storage/ConnectionPrivate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

const QString Columns = u"seq, at_ms, actor, os_account, action, entity_type, entity_id, changes, reason, batch, "
                        "prev_hash, hash, state_hash"_s;

AuditEventRecord readEvent(const QSqlQuery& q)
{
    AuditEventRecord e;
    e.seq = q.value(0).toLongLong();
    e.atMs = q.value(1).toLongLong();
    e.actor = q.value(2).toString();
    e.osAccount = q.value(3).toString();
    e.action = q.value(4).toString();
    e.entityType = q.value(5).toString();
    e.entityId = q.value(6).toLongLong();
    e.changes = q.value(7).toString();
    e.reason = q.value(8).toString();
    e.batch = q.value(9).toString();
    e.prevHash = q.value(10).toByteArray();
    e.hash = q.value(11).toByteArray();
    e.stateHash = q.value(12).toByteArray();
    return e;
}

void addFilter(const AuditFilter& filter, QStringList& where, QVariantList& bindings)
{
    if (filter.fromMs > 0) {
        where << u"at_ms >= ?"_s;
        bindings << filter.fromMs;
    }
    if (filter.toMs > 0) {
        where << u"at_ms < ?"_s;
        bindings << filter.toMs;
    }
    if (!filter.actor.isEmpty()) {
        where << u"actor = ?"_s;
        bindings << filter.actor;
    }
    if (!filter.entityType.isEmpty()) {
        where << u"entity_type = ?"_s;
        bindings << filter.entityType;
    }
    if (filter.entityId > 0) {
        where << u"entity_id = ?"_s;
        bindings << filter.entityId;
    }
    if (!filter.action.isEmpty()) {
        where << u"action = ?"_s;
        bindings << filter.action;
    }
}

} // namespace

QList<FieldChange> AuditEventRecord::fieldChanges() const
{
    QList<FieldChange> list;
    const QJsonObject object = QJsonDocument::fromJson(changes.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        list << FieldChange{it.key(), pair.at(0), pair.at(1)};
    }
    return list;
}

AuditRepository::AuditRepository(Connection& connection)
    : m_connection(connection)
{ }

Result<QList<AuditEventRecord>> AuditRepository::page(const AuditFilter& filter, qint64 beforeSeq, int limit) const
{
    QStringList where;
    QVariantList bindings;
    if (beforeSeq > 0) {
        where << u"seq < ?"_s;
        bindings << beforeSeq;
    }
    addFilter(filter, where, bindings);
    QString sql = u"SELECT "_s + Columns + u" FROM audit_events"_s;
    if (!where.isEmpty()) {
        sql += u" WHERE "_s + where.join(u" AND "_s);
    }
    sql += u" ORDER BY seq DESC LIMIT ?"_s;
    bindings << limit;
    auto q = ConnectionPrivate::get(m_connection).exec(sql, bindings, tr("The audit trail could not be read."));
    if (!q) {
        return q.error();
    }
    QList<AuditEventRecord> events;
    while (q->next()) {
        events << readEvent(*q);
    }
    return events;
}

Result<QList<AuditEventRecord>> AuditRepository::newerThan(const AuditFilter& filter, qint64 afterSeq, int limit) const
{
    QStringList where{u"seq > ?"_s};
    QVariantList bindings{afterSeq};
    addFilter(filter, where, bindings);
    const QString sql = u"SELECT "_s + Columns + u" FROM audit_events WHERE "_s + where.join(u" AND "_s) +
                        u" ORDER BY seq DESC LIMIT ?"_s;
    bindings << limit;
    auto q = ConnectionPrivate::get(m_connection).exec(sql, bindings, tr("The audit trail could not be read."));
    if (!q) {
        return q.error();
    }
    QList<AuditEventRecord> events;
    while (q->next()) {
        events << readEvent(*q);
    }
    return events;
}

Result<QSet<qint64>> AuditRepository::touched(const QString& entityType, qint64 afterSeq, qint64 untilSeq) const
{
    // A range of the trail by its sequence numbers (the "+" keeps SQLite from scanning every event of the kind).
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT DISTINCT entity_id FROM audit_events WHERE seq > ? AND seq <= ? AND +entity_type = ?"_s,
                       {afterSeq, untilSeq, entityType},
                       tr("The audit trail could not be read."));
    if (!q) {
        return q.error();
    }
    QSet<qint64> ids;
    while (q->next()) {
        ids.insert(q->value(0).toLongLong());
    }
    return ids;
}

Result<QList<qint64>> AuditRepository::deletedSystemsWithCode(const QString& code) const
{
    // A deletion records every value the system had, its code included (index on action keeps this cheap).
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT entity_id FROM audit_events WHERE action = 'delete' AND entity_type = 'ai_system' "
                       "AND json_extract(changes, '$.code[0]') = ? COLLATE NOCASE ORDER BY seq DESC"_s,
                       {code.trimmed()},
                       tr("The audit trail could not be read."));
    if (!q) {
        return q.error();
    }
    QList<qint64> ids;
    while (q->next()) {
        ids << q->value(0).toLongLong();
    }
    return ids;
}

Result<qint64> AuditRepository::count(const AuditFilter& filter) const
{
    QStringList where;
    QVariantList bindings;
    addFilter(filter, where, bindings);
    QString sql = where.isEmpty() ? u"SELECT IFNULL(MAX(seq), 0) FROM audit_events"_s
                                  : u"SELECT count(*) FROM audit_events WHERE "_s + where.join(u" AND "_s);
    auto q = ConnectionPrivate::get(m_connection).exec(sql, bindings, tr("The audit trail could not be read."));
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QStringList> AuditRepository::actors() const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT DISTINCT actor FROM audit_events ORDER BY actor COLLATE attest_nocase"_s,
                       {},
                       tr("The audit trail could not be read."));
    if (!q) {
        return q.error();
    }
    QStringList actors;
    while (q->next()) {
        actors << q->value(0).toString();
    }
    return actors;
}

Result<QStringList> AuditRepository::entityTypes() const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT DISTINCT entity_type FROM audit_events ORDER BY entity_type"_s,
                       {},
                       tr("The audit trail could not be read."));
    if (!q) {
        return q.error();
    }
    QStringList types;
    while (q->next()) {
        types << q->value(0).toString();
    }
    return types;
}

Result<QString> AuditRepository::entityLabel(const QString& entityType, qint64 entityId) const
{
    const ConnectionPrivate& c = ConnectionPrivate::get(m_connection);
    const QString failed = tr("The audit trail could not be read.");
    if (entityType == u"ai_system"_s) {
        auto q = c.exec(u"SELECT code, name FROM ai_systems WHERE id = ?"_s, {entityId}, failed);
        if (!q) {
            return q.error();
        }
        if (q->next()) {
            return u"%1 %2"_s.arg(q->value(0).toString(), q->value(1).toString());
        }
    }
    // Deleted, or another kind of record: the newest event that names a code or name tells.
    auto q = c.exec(u"SELECT changes FROM audit_events WHERE entity_type = ? AND entity_id = ? "
                    "AND (changes LIKE '%\"code\"%' OR changes LIKE '%\"name\"%' OR changes LIKE '%\"system_id\"%') "
                    "ORDER BY seq DESC LIMIT 1"_s,
                    {entityType, entityId},
                    failed);
    if (!q) {
        return q.error();
    }
    if (q->next()) {
        const QJsonObject object = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
        auto pick = [&](const QString& key) {
            const QJsonArray pair = object.value(key).toArray();
            return pair.at(1).isString() ? pair.at(1).toString() : pair.at(0).toString();
        };
        const QString code = pick(u"code"_s);
        const QString name = pick(u"name"_s);
        if (!code.isEmpty() || !name.isEmpty()) {
            return QString(code + u' ' + name).trimmed();
        }
        const QJsonArray systemPair = object.value(u"system_id"_s).toArray();
        const qint64 systemId = qint64((systemPair.at(1).isDouble() ? systemPair.at(1) : systemPair.at(0)).toDouble());
        if (systemId > 0) {
            auto system = entityLabel(u"ai_system"_s, systemId);
            if (system && !system->isEmpty()) {
                return tr("%1 of %2").arg(entityId).arg(*system);
            }
        }
    }
    return u"#%1"_s.arg(entityId);
}

} // namespace attest
