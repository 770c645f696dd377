#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace attest {

class Connection;

struct FieldChange
{
    QString field;
    QJsonValue before; // Null when the record did not exist before
    QJsonValue after;  // Null when the record no longer exists
};

// One recorded audit event, as read back for display.
struct AuditEventRecord
{
    qint64 seq = 0;
    qint64 atMs = 0;
    QString actor;
    QString osAccount;
    QString action;
    QString entityType;
    qint64 entityId = 0;
    QString changes; // JSON as stored
    QString reason;
    QString batch;
    QByteArray prevHash;
    QByteArray hash;
    QByteArray stateHash; // empty for a deletion

    QList<FieldChange> fieldChanges() const;
};

struct AuditFilter
{
    qint64 fromMs = 0; // inclusive; 0 = no lower bound
    qint64 toMs = 0;   // exclusive; 0 = no upper bound
    QString actor;
    QString entityType;
    qint64 entityId = 0;
    QString action;

    bool operator==(const AuditFilter&) const = default;
};

// Read access to the audit trail for the Audit Trail view and the CLI. Pages newest-first by sequence number
// (keyset paging), so a million events never load at once.
class AuditRepository
{
    Q_DECLARE_TR_FUNCTIONS(AuditRepository)

public:
    explicit AuditRepository(Connection& connection);

    // Events matching `filter` with seq < beforeSeq (0 = from the newest), newest first, at most `limit`.
    Result<QList<AuditEventRecord>> page(const AuditFilter& filter, qint64 beforeSeq, int limit) const;
    // Events matching `filter` with seq > afterSeq, newest first, at most `limit`.
    Result<QList<AuditEventRecord>> newerThan(const AuditFilter& filter, qint64 afterSeq, int limit) const;
    // Ids of deleted AI systems that had this code (newest deletion first).
    Result<QList<qint64>> deletedSystemsWithCode(const QString& code) const;
    // The records of one kind changed by events afterSeq < seq <= untilSeq: what a cache must read again.
    Result<QSet<qint64>> touched(const QString& entityType, qint64 afterSeq, qint64 untilSeq) const;
    Result<qint64> count(const AuditFilter& filter) const;
    Result<QStringList> actors() const;
    Result<QStringList> entityTypes() const;
    // How to name an entity in the trail: an AI system's code and name, also after it was deleted.
    Result<QString> entityLabel(const QString& entityType, qint64 entityId) const;

private:
    Connection& m_connection;
};

} // namespace attest
