#include "WriteTransaction.h"

#include "audit/AuditHash.h"
#include "audit/StateDigest.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/Sha256.h"
#include "storage/ConnectionPrivate.h"
#include "storage/SqliteSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

QVariant normalised(const EntitySpec::Field& field, const QVariant& value)
{
    if (field.type == EntitySpec::Type::Text) {
        // Qt SQL binds a null QString as SQL NULL; text fields are never NULL, so bind an empty, non-null string.
        QString text = value.toString();
        if (text.isNull()) {
            text = QLatin1String("");
        }
        return text;
    }
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty())) {
        return QVariant();
    }
    return value.toLongLong();
}

QJsonValue toJson(const QVariant& value)
{
    if (value.isNull()) {
        return QJsonValue::Null;
    }
    if (value.typeId() == QMetaType::QString) {
        return value.toString();
    }
    return QJsonValue(value.toLongLong());
}

bool isEmptyValue(const QVariant& value)
{
    return value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
}

} // namespace

// Prepared statements reused within one transaction: an import of 10,000 rows prepares each shape once.
struct WriteTransaction::Statements
{
    std::optional<QSqlQuery> insertEvent;
    QHash<QString, QSqlQuery> cache;
    Sha256 hasher;
};

WriteTransaction::WriteTransaction(ConnectionPrivate& connection, const QString& reason)
    : m_conn(connection)
    , m_reason(reason)
    , m_batch(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_statements(std::make_unique<Statements>())
{ }

WriteTransaction::~WriteTransaction() = default;

Result<void> WriteTransaction::begin()
{
    m_nowMs = m_conn.clock->nowMs();
    auto head = m_conn.exec(u"SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"_s,
                            {},
                            tr("The audit trail could not be read."));
    if (!head) {
        return head.error();
    }
    if (head->next()) {
        m_headSeq = head->value(0).toLongLong();
        m_headHash = head->value(1).toByteArray();
    } else {
        m_headSeq = 0;
        m_headHash = AuditHash::genesisPrevHash();
    }
    return {};
}

Result<void> WriteTransaction::checkFields(const EntitySpec& spec, const FieldValues& values) const
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!spec.field(it.key())) {
            // A programming error, not user input: say so plainly rather than write a partial record.
            return makeError(ErrorCode::Database,
                             tr("Internal error: “%1” is not a field of %2.").arg(it.key(), spec.entityType));
        }
    }
    return {};
}

Result<qint64> WriteTransaction::appendEvent(const QString& action,
                                             const EntitySpec& spec,
                                             qint64 entityId,
                                             const QByteArray& changes,
                                             const QByteArray& stateHash)
{
    if (!m_statements->insertEvent) {
        QSqlQuery q(m_conn.db);
        if (!q.prepare(
                u"INSERT INTO audit_events (seq, at_ms, actor, os_account, action, entity_type, entity_id, "
                "changes, reason, batch, state_hash, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)) {
            return sqlite::toError(q.lastError(), tr("The audit trail could not be written."));
        }
        m_statements->insertEvent = std::move(q);
    }
    const qint64 seq = m_headSeq + 1;
    const QByteArray actor = m_conn.actor.displayName.toUtf8();
    const QByteArray account = m_conn.actor.osAccount.toUtf8();
    const QByteArray actionBytes = action.toUtf8();
    const QByteArray typeBytes = spec.entityType.toUtf8();
    const QByteArray reason = m_reason.toUtf8();
    const QByteArray batch = m_batch.toUtf8();

    AuditEventFields fields;
    fields.seq = seq;
    fields.atMs = m_nowMs;
    fields.actor = actor;
    fields.osAccount = account;
    fields.action = actionBytes;
    fields.entityType = typeBytes;
    fields.entityId = entityId;
    fields.changes = changes;
    fields.reason = reason;
    fields.batch = batch;
    fields.stateHash = stateHash;
    fields.prevHash = m_headHash;
    QByteArray hash(AuditHash::Size, Qt::Uninitialized);
    AuditHash::compute(m_statements->hasher, fields, hash.data());

    QSqlQuery& q = *m_statements->insertEvent;
    q.bindValue(0, seq);
    q.bindValue(1, m_nowMs);
    q.bindValue(2, m_conn.actor.displayName);
    q.bindValue(3, m_conn.actor.osAccount);
    q.bindValue(4, action);
    q.bindValue(5, spec.entityType);
    q.bindValue(6, entityId);
    q.bindValue(7, QString::fromUtf8(changes));
    q.bindValue(8, m_reason);
    q.bindValue(9, m_batch);
    // A deletion has no state: SQL NULL, hashed as zero bytes.
    q.bindValue(10, stateHash.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(stateHash));
    q.bindValue(11, m_headHash);
    q.bindValue(12, hash);
    if (!q.exec()) {
        return sqlite::toError(q.lastError(), tr("The audit trail could not be written."));
    }
    m_headSeq = seq;
    m_headHash = hash;
    ++m_events;
    m_touched.insert(spec.entityType);
    return seq;
}

Result<std::optional<FieldValues>> WriteTransaction::fetch(const EntitySpec& spec, qint64 id)
{
    const QString key = u"fetch:"_s + spec.table;
    auto it = m_statements->cache.find(key);
    if (it == m_statements->cache.end()) {
        QSqlQuery q(m_conn.db);
        q.setForwardOnly(true);
        if (!q.prepare(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(spec.fieldNames().join(u", "_s), spec.table))) {
            return sqlite::toError(q.lastError(), tr("A record could not be read."));
        }
        it = m_statements->cache.insert(key, q);
    }
    QSqlQuery& q = *it;
    q.bindValue(0, id);
    if (!q.exec()) {
        return sqlite::toError(q.lastError(), tr("A record could not be read."));
    }
    if (!q.next()) {
        q.finish();
        return std::optional<FieldValues>();
    }
    FieldValues values;
    for (int i = 0; i < spec.fields.size(); ++i) {
        values.insert(spec.fields[i].name, normalised(spec.fields[i], q.value(i)));
    }
    q.finish();
    return std::optional<FieldValues>(values);
}

Result<QList<qint64>> WriteTransaction::idsWhere(const EntitySpec& spec, const QString& field, const QVariant& value)
{
    if (!spec.field(field)) {
        return makeError(ErrorCode::Database, tr("Internal error: “%1” is not a field of %2.").arg(field, spec.table));
    }
    const QString key = u"ids:"_s + spec.table + u':' + field;
    auto it = m_statements->cache.find(key);
    if (it == m_statements->cache.end()) {
        QSqlQuery q(m_conn.db);
        q.setForwardOnly(true);
        if (!q.prepare(u"SELECT id FROM %1 WHERE %2 = ? ORDER BY id"_s.arg(spec.table, field))) {
            return sqlite::toError(q.lastError(), tr("Records could not be read."));
        }
        it = m_statements->cache.insert(key, q);
    }
    QSqlQuery& q = *it;
    q.bindValue(0, value);
    if (!q.exec()) {
        return sqlite::toError(q.lastError(), tr("Records could not be read."));
    }
    QList<qint64> ids;
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    q.finish();
    return ids;
}

Result<qint64> WriteTransaction::create(const EntitySpec& spec, const FieldValues& values, qint64 restoreId)
{
    if (auto checked = checkFields(spec, values); !checked) {
        return checked.error();
    }
    FieldValues state;
    QJsonObject changes;
    for (const EntitySpec::Field& field : spec.fields) {
        const QVariant value = normalised(field, values.value(field.name));
        state.insert(field.name, value);
        if (!isEmptyValue(value)) {
            changes.insert(field.name, QJsonArray{QJsonValue::Null, toJson(value)});
        }
    }
    const qint64 id = restoreId > 0 ? restoreId : m_headSeq + 1;
    if (restoreId > 0) {
        auto existing = fetch(spec, restoreId);
        if (!existing) {
            return existing.error();
        }
        if (existing->has_value()) {
            return makeError(ErrorCode::Conflict, tr("The record to restore already exists."));
        }
    }
    auto seq = appendEvent(u"create"_s,
                           spec,
                           id,
                           QJsonDocument(changes).toJson(QJsonDocument::Compact),
                           StateDigest::compute(spec, id, state));
    if (!seq) {
        return seq.error();
    }

    FieldValues columns = state;
    if (spec.derive) {
        columns.insert(spec.derive(state));
    }
    columns.insert(u"id"_s, id);
    columns.insert(u"created_ms"_s, m_nowMs);
    columns.insert(u"updated_ms"_s, m_nowMs);
    columns.insert(u"audit_seq"_s, *seq);

    const QStringList names = columns.keys();
    const QString key = u"insert:"_s + spec.table + u':' + names.join(u',');
    auto it = m_statements->cache.find(key);
    if (it == m_statements->cache.end()) {
        QSqlQuery q(m_conn.db);
        const QString placeholders = QStringList(names.size(), u"?"_s).join(u", "_s);
        if (!q.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(spec.table, names.join(u", "_s), placeholders))) {
            return sqlite::toError(q.lastError(), tr("The record could not be saved."));
        }
        it = m_statements->cache.insert(key, q);
    }
    QSqlQuery& q = *it;
    for (int i = 0; i < names.size(); ++i) {
        q.bindValue(i, columns.value(names[i]));
    }
    if (!q.exec()) {
        return sqlite::toError(q.lastError(), tr("The record could not be saved."));
    }
    return id;
}

Result<bool> WriteTransaction::update(const EntitySpec& spec, qint64 id, const FieldValues& values)
{
    if (auto checked = checkFields(spec, values); !checked) {
        return checked.error();
    }
    auto current = fetch(spec, id);
    if (!current) {
        return current.error();
    }
    if (!current->has_value()) {
        return makeError(ErrorCode::NotFound, tr("The record no longer exists; it may have been deleted."));
    }
    FieldValues state = **current;
    QJsonObject changes;
    QStringList changed;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QVariant value = normalised(*spec.field(it.key()), it.value());
        const QVariant before = state.value(it.key());
        if (before == value && before.isNull() == value.isNull()) {
            continue;
        }
        changes.insert(it.key(), QJsonArray{toJson(before), toJson(value)});
        state.insert(it.key(), value);
        changed << it.key();
    }
    if (changed.isEmpty()) {
        return false;
    }
    auto seq = appendEvent(u"update"_s,
                           spec,
                           id,
                           QJsonDocument(changes).toJson(QJsonDocument::Compact),
                           StateDigest::compute(spec, id, state));
    if (!seq) {
        return seq.error();
    }
    FieldValues columns;
    for (const QString& name : changed) {
        columns.insert(name, state.value(name));
    }
    if (spec.derive) {
        columns.insert(spec.derive(state));
    }
    columns.insert(u"updated_ms"_s, m_nowMs);
    columns.insert(u"audit_seq"_s, *seq);
    const QStringList names = columns.keys();
    QStringList assignments;
    for (const QString& name : names) {
        assignments << name + u" = ?"_s;
    }
    const QString key = u"update:"_s + spec.table + u':' + names.join(u',');
    auto it = m_statements->cache.find(key);
    if (it == m_statements->cache.end()) {
        QSqlQuery q(m_conn.db);
        if (!q.prepare(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(spec.table, assignments.join(u", "_s)))) {
            return sqlite::toError(q.lastError(), tr("The record could not be saved."));
        }
        it = m_statements->cache.insert(key, q);
    }
    QSqlQuery& q = *it;
    for (int i = 0; i < names.size(); ++i) {
        q.bindValue(i, columns.value(names[i]));
    }
    q.bindValue(names.size(), id);
    if (!q.exec()) {
        return sqlite::toError(q.lastError(), tr("The record could not be saved."));
    }
    return true;
}

Result<void> WriteTransaction::remove(const EntitySpec& spec, qint64 id)
{
    auto current = fetch(spec, id);
    if (!current) {
        return current.error();
    }
    if (!current->has_value()) {
        return makeError(ErrorCode::NotFound, tr("The record no longer exists; it may have been deleted."));
    }
    QJsonObject changes;
    for (auto it = (*current)->cbegin(); it != (*current)->cend(); ++it) {
        if (!isEmptyValue(it.value())) {
            changes.insert(it.key(), QJsonArray{toJson(it.value()), QJsonValue::Null});
        }
    }
    auto seq = appendEvent(u"delete"_s, spec, id, QJsonDocument(changes).toJson(QJsonDocument::Compact), {});
    if (!seq) {
        return seq.error();
    }
    auto q =
        m_conn.exec(u"DELETE FROM %1 WHERE id = ?"_s.arg(spec.table), {id}, tr("The record could not be deleted."));
    if (!q) {
        return q.error();
    }
    return {};
}

} // namespace attest
