#include "HistoryReplay.h"

#include "core/Logging.h"
#include "core/Sha256.h"
#include "storage/ConnectionPrivate.h"
#include "storage/EntitySpec.h"
#include "storage/GovernanceTables.h"
#include "storage/Migrator.h"
#include "storage/SqliteSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace attest {

struct HistoryReplay::Private
{
    Connection* source = nullptr;
    std::unique_ptr<Connection> replay;
    QHash<QString, const EntitySpec*> specs;              // by entity type
    QHash<QString, QSqlQuery> statements;                 // by shape
    QHash<const EntitySpec*, QSet<qint64>> derivePending; // records whose derived columns are to be worked out
    qint64 appliedSeq = 0;
    qint64 appliedEvents = 0;
    bool searchable = true;

    QSqlQuery* statement(const QString& key, const std::function<QString()>& sql, Error& error);
    bool flushDerived(Error& error);
    bool apply(qint64 seq,
               qint64 atMs,
               const QString& action,
               const EntitySpec& spec,
               qint64 id,
               const QJsonObject& changes,
               Error& error);
};

namespace {

// A value as the audited write path stores it (see WriteTransaction): text never NULL, integers or NULL.
QVariant columnValue(const EntitySpec::Field& field, const QJsonValue& value)
{
    if (field.type == EntitySpec::Type::Text) {
        return value.isString() ? value.toString() : QString(QLatin1String(""));
    }
    if (value.isDouble()) {
        return qint64(value.toInteger());
    }
    return QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

HistoryReplay::HistoryReplay(std::unique_ptr<Private> p)
    : d(std::move(p))
{ }

HistoryReplay::~HistoryReplay()
{
    d->statements.clear(); // before the database goes
}

Result<std::unique_ptr<HistoryReplay>> HistoryReplay::open(Connection& source, bool searchable)
{
    const QString failed = tr("The workspace's history could not be read.");
    const ConnectionPrivate& s = ConnectionPrivate::get(source);
    auto version = s.exec(u"PRAGMA user_version"_s, {}, failed);
    if (!version) {
        return version.error();
    }
    const int schema = version->next() ? version->value(0).toInt() : 0;
    version->finish();

    auto replay = ConnectionPrivate::open({u":memory:"_s, false, {}, source.actor(), &source.clock(), nullptr});
    if (!replay) {
        return replay.error();
    }
    ConnectionPrivate& r = ConnectionPrivate::get(**replay);
    auto steps = Migrator::load();
    if (!steps) {
        return steps.error();
    }
    if (auto migrated = Migrator::migrate(r, *steps, 0, schema); !migrated) {
        return migrated.error();
    }
    // The guards check events that are not replayed here, and the locks were honoured when the events were first
    // written; the records are applied in the trail's own order. Only the triggers that keep search indexes stay.
    QStringList triggers;
    {
        auto q = r.exec(u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE '%\\_search\\_%' "
                        "ESCAPE '\\'"_s,
                        {},
                        failed);
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            triggers << q->value(0).toString();
        }
    }
    for (const QString& trigger : std::as_const(triggers)) {
        if (auto dropped = r.exec(u"DROP TRIGGER \"%1\""_s.arg(trigger), {}, failed); !dropped) {
            return dropped.error();
        }
    }
    if (auto off = r.exec(u"PRAGMA foreign_keys = OFF"_s, {}, failed); !off) {
        return off.error();
    }
    r.readOnly = true;
    r.readOnlyReason = tr("This is an earlier state of the workspace, rebuilt from its audit trail.");

    auto p = std::make_unique<Private>();
    p->source = &source;
    p->searchable = searchable;
    p->replay = std::move(*replay);
    for (const EntitySpec* spec : governanceTables()) {
        p->specs.insert(spec->entityType, spec);
    }
    return std::unique_ptr<HistoryReplay>(new HistoryReplay(std::move(p)));
}

QSqlQuery* HistoryReplay::Private::statement(const QString& key, const std::function<QString()>& sql, Error& error)
{
    auto it = statements.find(key);
    if (it == statements.end()) {
        QSqlQuery q(ConnectionPrivate::get(*replay).db);
        if (!q.prepare(sql())) {
            error = sqlite::toError(q.lastError(), HistoryReplay::tr("The workspace's history could not be read."));
            return nullptr;
        }
        it = statements.insert(key, q);
    }
    return &*it;
}

bool HistoryReplay::Private::apply(qint64 seq,
                                   qint64 atMs,
                                   const QString& action,
                                   const EntitySpec& spec,
                                   qint64 id,
                                   const QJsonObject& changes,
                                   Error& error)
{
    QSqlQuery* q = nullptr;
    if (action == u"create"_s) {
        // A create records every field that is not empty; the others take their empty value.
        q = statement(
            u"c:"_s + spec.table,
            [&] {
                const QStringList names = spec.fieldNames();
                return u"INSERT INTO %1 (id, %2, created_ms, updated_ms, audit_seq) VALUES (?%3, ?, ?, ?)"_s.arg(
                    spec.table, names.join(u", "_s), u", ?"_s.repeated(names.size()));
            },
            error);
        if (!q) {
            return false;
        }
        int i = 0;
        q->bindValue(i++, id);
        for (const EntitySpec::Field& field : spec.fields) {
            const QJsonValue change = changes.value(field.name);
            q->bindValue(i++, columnValue(field, change.isArray() ? change.toArray().at(1) : QJsonValue()));
        }
        q->bindValue(i++, atMs);
        q->bindValue(i++, atMs);
        q->bindValue(i++, seq);
    } else if (action == u"update"_s) {
        QStringList names;
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (!spec.field(it.key())) {
                error = makeError(ErrorCode::Corrupt,
                                  HistoryReplay::tr("The audit trail names a field that Attest does not know."),
                                  u"event %1: %2.%3"_s.arg(seq).arg(spec.entityType, it.key()));
                return false;
            }
            names << it.key();
        }
        q = statement(
            u"u:"_s + spec.table + u':' + names.join(u','),
            [&] {
                QStringList sets;
                for (const QString& name : std::as_const(names)) {
                    sets << name + u" = ?"_s;
                }
                return u"UPDATE %1 SET %2, updated_ms = ?, audit_seq = ? WHERE id = ?"_s.arg(spec.table,
                                                                                             sets.join(u", "_s));
            },
            error);
        if (!q) {
            return false;
        }
        int i = 0;
        for (const QString& name : std::as_const(names)) {
            q->bindValue(i++, columnValue(*spec.field(name), changes.value(name).toArray().at(1)));
        }
        q->bindValue(i++, atMs);
        q->bindValue(i++, seq);
        q->bindValue(i++, id);
    } else {
        q = statement(
            u"d:"_s + spec.table, [&] { return u"DELETE FROM %1 WHERE id = ?"_s.arg(spec.table); }, error);
        if (!q) {
            return false;
        }
        q->bindValue(0, id);
    }
    if (!q->exec()) {
        error = sqlite::toError(q->lastError(), HistoryReplay::tr("The workspace's history could not be read."));
        error.detail = u"event %1: %2"_s.arg(seq).arg(error.detail);
        return false;
    }
    if (searchable && spec.derive && action != u"delete"_s) {
        derivePending[&spec].insert(id);
    }
    return true;
}

// Derived columns (e.g. the inventory's search text) from each changed record's complete state, once per record
// and advance rather than once per event.
bool HistoryReplay::Private::flushDerived(Error& error)
{
    const QString failed = HistoryReplay::tr("The workspace's history could not be read.");
    for (auto it = derivePending.cbegin(); it != derivePending.cend(); ++it) {
        const EntitySpec& spec = *it.key();
        const QStringList derived = spec.derive(FieldValues()).keys();
        if (derived.isEmpty()) {
            continue;
        }
        QSqlQuery* read = statement(
            u"r:"_s + spec.table,
            [&] { return u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(spec.fieldNames().join(u", "_s), spec.table); },
            error);
        QSqlQuery* write = statement(
            u"w:"_s + spec.table,
            [&] {
                QStringList sets;
                for (const QString& column : derived) {
                    sets << column + u" = ?"_s;
                }
                return u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(spec.table, sets.join(u", "_s));
            },
            error);
        if (!read || !write) {
            return false;
        }
        for (qint64 id : it.value()) {
            read->bindValue(0, id);
            if (!read->exec()) {
                error = sqlite::toError(read->lastError(), failed);
                return false;
            }
            if (!read->next()) {
                continue; // deleted later in the same advance
            }
            FieldValues state;
            for (int i = 0; i < spec.fields.size(); ++i) {
                state.insert(spec.fields[i].name, read->value(i));
            }
            read->finish();
            const FieldValues values = spec.derive(state);
            int i = 0;
            for (const QString& column : derived) {
                write->bindValue(i++, values.value(column));
            }
            write->bindValue(i, id);
            if (!write->exec()) {
                error = sqlite::toError(write->lastError(), failed);
                return false;
            }
        }
    }
    derivePending.clear();
    return true;
}

Result<void> HistoryReplay::advanceTo(qint64 untilMs, const Progress& progress)
{
    const QString failed = tr("The workspace's history could not be read.");
    const ConnectionPrivate& s = ConnectionPrivate::get(*d->source);
    const ConnectionPrivate& r = ConnectionPrivate::get(*d->replay);
    // The moment's state is the trail up to its last event recorded before `untilMs`: whatever was written before
    // that event had happened by then, even if its own clock said later (a clock set wrong, or a workspace whose
    // history was entered afterwards with the dates it happened on).
    qint64 target = 0;
    qint64 total = 0;
    {
        auto bounds = s.exec(u"SELECT (SELECT IFNULL(MAX(seq), 0) FROM audit_events WHERE at_ms < ?), "
                             "(SELECT IFNULL(MAX(seq), 0) FROM audit_events)"_s,
                             {untilMs},
                             failed);
        if (!bounds) {
            return bounds.error();
        }
        if (bounds->next()) {
            target = bounds->value(0).toLongLong();
            total = bounds->value(1).toLongLong();
        }
    }
    if (target <= d->appliedSeq) {
        return {};
    }
    auto events = s.exec(u"SELECT seq, at_ms, action, entity_type, entity_id, changes FROM audit_events "
                         "WHERE seq > ? AND seq <= ? ORDER BY seq"_s,
                         {d->appliedSeq, target},
                         failed);
    if (!events) {
        return events.error();
    }
    if (auto begun = r.exec(u"BEGIN"_s, {}, failed); !begun) {
        return begun.error();
    }
    bool committed = false;
    auto rollback = qScopeGuard([&] {
        if (!committed) {
            for (QSqlQuery& q : d->statements) {
                q.finish();
            }
            d->derivePending.clear();
            if (auto undone = r.exec(u"ROLLBACK"_s, {}, failed); !undone) {
                qCWarning(lcStorage) << "history replay: rollback failed:" << undone.error().detail;
            }
        }
    });
    qint64 seq = d->appliedSeq;
    qint64 applied = 0;
    while (events->next()) {
        const qint64 next = events->value(0).toLongLong();
        const QString type = events->value(3).toString();
        const EntitySpec* spec = d->specs.value(type);
        if (!spec) {
            return makeError(ErrorCode::Corrupt,
                             tr("The audit trail records a kind of record that Attest does not know."),
                             u"event %1: %2"_s.arg(next).arg(type));
        }
        QJsonParseError parseError;
        const QJsonDocument changes = QJsonDocument::fromJson(events->value(5).toString().toUtf8(), &parseError);
        if (!changes.isObject()) {
            return makeError(ErrorCode::Corrupt,
                             tr("An event of the audit trail could not be read."),
                             u"event %1: %2"_s.arg(next).arg(parseError.errorString()));
        }
        Error error;
        if (!d->apply(next,
                      events->value(1).toLongLong(),
                      events->value(2).toString(),
                      *spec,
                      events->value(4).toLongLong(),
                      changes.object(),
                      error)) {
            return error;
        }
        seq = next;
        ++applied;
        if (progress && (applied & 0x3ff) == 0 && !progress(seq, total)) {
            return makeError(ErrorCode::Cancelled, tr("Cancelled."));
        }
    }
    events->finish();
    if (Error error; !d->flushDerived(error)) {
        return error;
    }
    if (auto done = r.exec(u"COMMIT"_s, {}, failed); !done) {
        return done.error();
    }
    committed = true;
    d->appliedSeq = seq;
    d->appliedEvents += applied;
    return {};
}

qint64 HistoryReplay::appliedSeq() const
{
    return d->appliedSeq;
}

qint64 HistoryReplay::appliedEvents() const
{
    return d->appliedEvents;
}

Connection& HistoryReplay::state()
{
    return *d->replay;
}

Result<QByteArray> HistoryReplay::recordsDigest(Connection& connection)
{
    const ConnectionPrivate& c = ConnectionPrivate::get(connection);
    Sha256 hash;
    // Each value with its type and length, so that no two different contents hash alike.
    auto add = [&hash](const QByteArray& bytes, char kind) {
        const qint64 size = bytes.size();
        hash.addData(QByteArrayView(&kind, 1));
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&size), sizeof size));
        hash.addData(bytes);
    };
    for (const EntitySpec* spec : governanceTables()) {
        // The audited fields and the derived columns (search text), as stored.
        QStringList columns = spec->fieldNames();
        if (spec->derive) {
            columns << spec->derive(FieldValues()).keys();
        }
        QStringList typed;
        for (const QString& column : std::as_const(columns)) {
            typed << u"typeof(%1), %1"_s.arg(column);
        }
        auto q = c.exec(u"SELECT id, %1 FROM %2 ORDER BY id"_s.arg(typed.join(u", "_s), spec->table),
                        {},
                        tr("The workspace could not be read."));
        if (!q) {
            return q.error();
        }
        add(spec->table.toUtf8(), 't');
        while (q->next()) {
            add(QByteArray::number(q->value(0).toLongLong()), 'r');
            for (int i = 0; i < columns.size(); ++i) {
                add(q->value(1 + 2 * i).toString().toUtf8(), 'y');
                add(q->value(2 + 2 * i).toString().toUtf8(), 'v');
            }
        }
    }
    return hash.result();
}

} // namespace attest
