#pragma once

#include "core/Result.h"
#include "storage/EntitySpec.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace attest {

class Connection;
class WriteTransaction;

// One entry of a system's change log: a model version, when it changed, what changed and who validated it.
struct SystemChange
{
    qint64 id = 0;
    qint64 systemId = 0;
    QString changedOn; // YYYY-MM-DD
    QString modelVersion;
    QString description;
    QString validatedBy;
};

class ChangeLogRepository
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLogRepository)

public:
    explicit ChangeLogRepository(Connection& connection);

    static const EntitySpec& spec();
    // Empty when the entry is valid; otherwise what is wrong, for the user.
    static QString validate(const SystemChange& change);

    // Newest first.
    Result<QList<SystemChange>> forSystem(qint64 systemId) const;

    Result<qint64> add(const SystemChange& change, const QString& systemCode);
    Result<bool> update(const SystemChange& change, const QString& systemCode);
    Result<void> remove(qint64 id, const QString& systemCode);

    static Result<qint64> add(WriteTransaction& txn, const SystemChange& change);

private:
    Connection& m_connection;
};

} // namespace attest
