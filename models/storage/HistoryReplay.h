#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>
#include <memory>

namespace attest {

class Connection;

// The workspace as it stood at an earlier moment, rebuilt from its audit trail alone. Every change to governance
// data is an audit event carrying the values it set, so applying the events in order to an empty schema
// reproduces every record; stopping early gives the records of that moment, which the repositories and the
// compliance engine then read as if it were the workspace itself (trends on the dashboard are computed so).
//
// The replay lives in a private in-memory database (nothing of it reaches the disk) without the guard triggers,
// and is read-only to everyone else. Moving forward is incremental: advanceTo() applies only the events not yet
// applied, so a series of moments costs one pass over the trail.
class HistoryReplay
{
    Q_DECLARE_TR_FUNCTIONS(HistoryReplay)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels (ErrorCode::Cancelled)

    // Prepares an empty replay of `source`'s trail; the source must stay open while the replay advances.
    // `searchable`: also rebuild the derived search text, so that text filters work on the replay as on the
    // workspace (costs a read and a write per changed record and advance; the dashboard's numbers do not need it).
    static Result<std::unique_ptr<HistoryReplay>> open(Connection& source, bool searchable = true);
    ~HistoryReplay();
    HistoryReplay(const HistoryReplay&) = delete;
    HistoryReplay& operator=(const HistoryReplay&) = delete;

    // Applies, in order, the events not applied yet up to the last one recorded before `untilMs` (UTC milliseconds
    // since the epoch); events before it count as having happened by then, whatever their own time. The trail is
    // append-only, so what was applied never changes.
    Result<void> advanceTo(qint64 untilMs, const Progress& progress = {});
    qint64 appliedSeq() const;
    qint64 appliedEvents() const; // since open()

    // The replayed records, read-only, for repositories and the compliance engine. Belongs to the thread that
    // called open().
    Connection& state();

    // A digest of every governance record (audited fields, in id order) of a workspace or a replay: equal digests,
    // equal records. Shows that the trail reproduces the workspace.
    static Result<QByteArray> recordsDigest(Connection& connection);

private:
    struct Private;
    explicit HistoryReplay(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace attest
