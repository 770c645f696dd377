#pragma once

#include "core/Result.h"
#include "privacy/ProcessingRecord.h"
#include "storage/EntitySpec.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include <optional>

namespace attest {

class Connection;

// The data-protection records of AI systems (GDPR Art. 30 and 35), one per system at most. Every change is an
// audited write; values are checked and normalised with the same rules as the inventory's fields.
class PrivacyRepository
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyRepository)

public:
    explicit PrivacyRepository(Connection& connection);

    static const EntitySpec& spec();

    // The system's record; a record with id 0 and every field at its default when nothing is recorded yet.
    Result<ProcessingRecord> forSystem(qint64 systemId) const;
    // Every recorded record, keyed by system id.
    Result<QMap<qint64, ProcessingRecord>> all() const;

    // Sets the given fields (others keep their value), creating the record on first use, in one audited write.
    // Returns false when nothing changed. Invalid values are refused with a message naming the field.
    Result<bool> save(qint64 systemId, const QMap<QString, QString>& changes, const QString& systemTitle);

private:
    Connection& m_connection;
};

} // namespace attest
