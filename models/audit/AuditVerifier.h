#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace attest {

class Connection;
struct ConnectionPrivate;
struct EntitySpec;

// The outcome of walking the audit chain.
struct AuditVerification
{
    enum class Problem
    {
        None,
        Changed,        // an event's content no longer matches its hash
        Missing,        // one or more events were removed
        Inserted,       // an event that was never part of the chain was added
        Reordered,      // an event was moved to another position
        AnchorMissing,  // the chain holds together, but an event recorded elsewhere (an anchor) is not in it
        RecordMismatch, // a record is not the state its last event recorded (changed, added or removed around it)
        GuardMissing,   // a database trigger that refuses changes around the trail was removed
    };

    bool intact = true;
    qint64 eventCount = 0; // events examined (all of them when intact)
    qint64 headSeq = 0;
    QByteArray headHash;    // raw 32 bytes
    qint64 firstBadSeq = 0; // the first event that does not match, when broken
    Problem problem = Problem::None;
    QString explanation;  // why, in words
    qint64 anchorSeq = 0; // where the requested anchor was found (0: not requested, or not found)

    // "intact: N events, head <hex>" or "broken at event N (<problem key>)": stable and untranslated, the CLI prints
    // it on stdout for scripts; `explanation` says the rest in the user's language.
    QString summary() const;
    static QString problemName(Problem problem); // translated, for the UI
    static QString problemKey(Problem problem);  // stable English word, for the CLI
};

// Walks the whole chain, recomputing every hash and every link, independently of the database's own guards (which
// an attacker with file access can drop), and on the first break works out what happened there. Then checks that
// every governance record is exactly the state its last event recorded (state digests), that no record exists or
// vanished without an event, and that the guard triggers are still in place.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)

public:
    // `progress(done, total)` is called now and then; returning false cancels (the result is then an error with
    // ErrorCode::Cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // `anchor` (optional): the raw hash of an event recorded outside the workspace earlier (e.g. the head printed by
    // a previous verification and kept with an audit report). The chain alone cannot tell that its newest events
    // were cut off or the whole trail rebuilt; an anchor can: the trail must still contain it.
    static Result<AuditVerification>
    verify(const Connection& connection, const Progress& progress = {}, const QByteArray& anchor = {});

    static const QList<const EntitySpec*>& governanceTables();

private:
    static Result<void> checkRecords(const ConnectionPrivate& c, AuditVerification& result);
    static Result<void> checkGuards(const ConnectionPrivate& c, AuditVerification& result);
};

} // namespace attest
