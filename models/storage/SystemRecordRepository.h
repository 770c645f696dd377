#pragma once

#include "core/Result.h"
#include "inventory/SystemRecord.h"

#include <QCoreApplication>
#include <QMap>

namespace attest {

class Connection;

// Reads and writes one kind of system record (the data-protection record, the technical documentation), one per
// system at most. Every change is an audited write; values are checked and normalised with the inventory's rules.
class SystemRecordRepository
{
    Q_DECLARE_TR_FUNCTIONS(SystemRecordRepository)

public:
    SystemRecordRepository(Connection& connection, const SystemRecordKind& kind);

    // The system's record; id 0 and every field at its default when nothing is recorded yet.
    Result<SystemRecord> forSystem(qint64 systemId) const;
    // Every recorded record, keyed by system id.
    Result<QMap<qint64, SystemRecord>> all() const;

    // Sets the given fields (others keep their value), creating the record on first use, in one audited write.
    // Returns false when nothing changed. Invalid values are refused with a message naming the field.
    Result<bool> save(qint64 systemId, const QMap<QString, QString>& changes, const QString& systemTitle);

private:
    Connection& m_connection;
    const SystemRecordKind& m_kind;
};

} // namespace attest
