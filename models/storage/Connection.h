#pragma once

#include "core/Actor.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace attest {

class Clock;
class WriteTransaction;
struct ConnectionPrivate;

// The newest audit event: what "head" means for verification and reports.
struct AuditHead
{
    qint64 seq = 0;  // 0 for an empty trail
    QByteArray hash; // 32 bytes; the genesis value (zeros) for an empty trail
};

// One connection to an open workspace, bound to the thread that opened it (Qt SQL connections are per thread).
// It is the only way to change governance data: write() runs the caller's work in a single transaction in which
// every create, update and delete is recorded as a chained audit event. No SQL types appear in this header:
// code outside models/ cannot reach the database except through these calls.
class Connection
{
public:
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QString path() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;

    const Actor& actor() const;
    void setActor(const Actor& actor);
    // nullptr restores the system clock. The clock must outlive the connection.
    void setClock(const Clock* clock);
    const Clock& clock() const;

    using WriteWork = std::function<Result<void>(WriteTransaction&)>;
    // Runs `work` in one transaction: all of its changes and their audit events are kept, or none. `reason`
    // describes the user action ("Edit AI system FRAUD-01") and is recorded with every event.
    Result<void> write(const QString& reason, const WriteWork& work);

    Result<AuditHead> auditHead() const;

private:
    friend struct ConnectionPrivate;
    explicit Connection(std::unique_ptr<ConnectionPrivate> d);
    std::unique_ptr<ConnectionPrivate> d;
};

} // namespace attest
