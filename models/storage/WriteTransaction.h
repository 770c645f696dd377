#pragma once

#include "core/Result.h"
#include "storage/EntitySpec.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>
#include <optional>

namespace attest {

struct ConnectionPrivate;

// The audited write path. Exists only inside Connection::write(); each create/update/remove first appends a
// chained audit event with the field-level before/after values, then changes the row. The database's guard
// triggers refuse a row change that is not preceded by its matching event, so this is the only way in.
class WriteTransaction
{
    Q_DECLARE_TR_FUNCTIONS(WriteTransaction)

public:
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    // Creates a record and returns its id. Ids are the sequence number of the creating audit event, so they are
    // never reused; `restoreId` re-creates a deleted record under its old id (redo of a create).
    Result<qint64> create(const EntitySpec& spec, const FieldValues& values, qint64 restoreId = 0);
    // Sets the given fields; returns false (and records nothing) when no value actually changes.
    Result<bool> update(const EntitySpec& spec, qint64 id, const FieldValues& values);
    Result<void> remove(const EntitySpec& spec, qint64 id);
    // The current state of a record inside this transaction, or nullopt when it does not exist.
    Result<std::optional<FieldValues>> fetch(const EntitySpec& spec, qint64 id);
    // Ids of records whose `field` equals `value` (e.g. children of a parent).
    Result<QList<qint64>> idsWhere(const EntitySpec& spec, const QString& field, const QVariant& value);

    qint64 nowMs() const { return m_nowMs; }
    qint64 eventCount() const { return m_events; }
    const QSet<QString>& touchedEntityTypes() const { return m_touched; }

private:
    friend class Connection;
    WriteTransaction(ConnectionPrivate& connection, const QString& reason);
    Result<void> begin();

    struct Statements;
    Result<qint64> appendEvent(const QString& action,
                               const EntitySpec& spec,
                               qint64 entityId,
                               const QByteArray& changes,
                               const QByteArray& stateHash);
    Result<void> checkFields(const EntitySpec& spec, const FieldValues& values) const;

    ConnectionPrivate& m_conn;
    QString m_reason;
    QString m_batch;
    qint64 m_nowMs = 0;
    qint64 m_headSeq = 0;
    QByteArray m_headHash;
    qint64 m_events = 0;
    QSet<QString> m_touched;
    std::unique_ptr<Statements> m_statements;
};

} // namespace attest
