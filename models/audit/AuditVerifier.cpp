#include "AuditVerifier.h"

#include "audit/AuditHash.h"
#include "audit/StateDigest.h"
#include "core/Logging.h"
#include "core/Sha256.h"
#include "storage/CatalogRepository.h"
#include "storage/ChangeLogRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/ConnectionPrivate.h"
#include "storage/GovernanceTables.h"
#include "storage/InterviewRepository.h"
#include "storage/RiskRepository.h"
#include "storage/SqliteSupport.h"
#include "storage/SystemRepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <cstring>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

QString shortHash(const QByteArray& hash)
{
    return QString::fromLatin1(hash.toHex().left(16));
}

QString describeRecord(const EntitySpec& spec, qint64 id, const FieldValues& values)
{
    if (spec.entityType == SystemRepository::spec().entityType) {
        return AuditVerifier::tr("AI system %1 (record %2)").arg(values.value(u"code"_s).toString()).arg(id);
    }
    if (spec.entityType == ChangeLogRepository::spec().entityType) {
        return AuditVerifier::tr("change log entry %1").arg(id);
    }
    if (spec.entityType == CatalogRepository::frameworkSpec().entityType) {
        return AuditVerifier::tr("catalog %1").arg(values.value(u"key"_s).toString());
    }
    if (spec.entityType == CatalogRepository::requirementSpec().entityType) {
        return AuditVerifier::tr("requirement %1 (record %2)").arg(values.value(u"ref"_s).toString()).arg(id);
    }
    if (spec.entityType == CatalogRepository::mappingSpec().entityType) {
        return AuditVerifier::tr("requirement mapping %1").arg(id);
    }
    return u"%1 %2"_s.arg(spec.entityType).arg(id);
}

} // namespace

// Every governance table, for the record check: each row must be exactly the state its last event recorded.
const QList<const EntitySpec*>& AuditVerifier::governanceTables()
{
    return attest::governanceTables();
}

Result<void> AuditVerifier::checkRecords(const ConnectionPrivate& c, AuditVerification& result)
{
    const QString failed = tr("The workspace could not be read for verification.");
    // The newest event of every record that ever existed.
    struct Last
    {
        qint64 seq = 0;
        bool deleted = false;
    };
    QHash<QString, QHash<qint64, Last>> last;
    {
        auto q = c.exec(u"SELECT a.entity_type, a.entity_id, a.seq, a.action FROM audit_events a JOIN "
                        "(SELECT MAX(seq) AS m FROM audit_events GROUP BY entity_type, entity_id) g ON a.seq = g.m"_s,
                        {},
                        failed);
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            last[q->value(0).toString()].insert(q->value(1).toLongLong(),
                                                Last{q->value(2).toLongLong(), q->value(3).toString() == u"delete"_s});
        }
    }
    QSqlQuery stateOf(c.db);
    stateOf.setForwardOnly(true);
    stateOf.prepare(u"SELECT state_hash FROM audit_events WHERE seq = ?"_s);

    struct Mismatch
    {
        qint64 seq;
        QString explanation;
    };
    std::optional<Mismatch> first;
    qint64 mismatches = 0;
    auto report = [&](qint64 seq, const QString& explanation) {
        ++mismatches;
        if (!first || seq < first->seq) {
            first = Mismatch{seq, explanation};
        }
    };

    for (const EntitySpec* spec : governanceTables()) {
        const QHash<qint64, Last> events = last.value(spec->entityType);
        QSet<qint64> present;
        auto rows = c.exec(
            u"SELECT id, audit_seq, %1 FROM %2"_s.arg(spec->fieldNames().join(u", "_s), spec->table), {}, failed);
        if (!rows) {
            return rows.error();
        }
        while (rows->next()) {
            const qint64 id = rows->value(0).toLongLong();
            const qint64 claimed = rows->value(1).toLongLong();
            FieldValues values;
            for (int i = 0; i < spec->fields.size(); ++i) {
                const QVariant v = rows->value(i + 2);
                values.insert(spec->fields[i].name,
                              spec->fields[i].type == EntitySpec::Type::Integer
                                  ? (v.isNull() ? QVariant() : QVariant(v.toLongLong()))
                                  : QVariant(v.toString()));
            }
            present.insert(id);
            const QString what = describeRecord(*spec, id, values);
            const auto it = events.constFind(id);
            if (it == events.cend()) {
                report(claimed > 0 ? claimed : result.headSeq,
                       tr("%1 has no event in the trail: it was added outside Attest").arg(what));
                continue;
            }
            if (it->deleted) {
                report(it->seq, tr("%1 exists, although event %2 deleted it").arg(what).arg(it->seq));
                continue;
            }
            if (claimed != it->seq) {
                report(it->seq,
                       tr("%1 says it was last changed by event %2, but its last recorded change is event %3")
                           .arg(what)
                           .arg(claimed)
                           .arg(it->seq));
                continue;
            }
            stateOf.bindValue(0, it->seq);
            const QByteArray recorded =
                stateOf.exec() && stateOf.next() ? stateOf.value(0).toByteArray() : QByteArray();
            stateOf.finish();
            if (recorded != StateDigest::compute(*spec, id, values)) {
                report(it->seq,
                       tr("%1 differs from the state its last change (event %2) recorded: it was changed outside "
                          "Attest")
                           .arg(what)
                           .arg(it->seq));
            }
        }
        for (auto it = events.cbegin(); it != events.cend(); ++it) {
            if (!it->deleted && !present.contains(it.key())) {
                report(it->seq,
                       tr("record %1 (%2) is gone, but its last event %3 is not a deletion: it was removed outside "
                          "Attest")
                           .arg(it.key())
                           .arg(spec->entityType)
                           .arg(it->seq));
            }
        }
    }
    if (first) {
        result.intact = false;
        result.problem = AuditVerification::Problem::RecordMismatch;
        result.firstBadSeq = first->seq;
        result.explanation =
            mismatches > 1 ? tr("%1 (and %2 more records do not match)").arg(first->explanation).arg(mismatches - 1)
                           : first->explanation;
    }
    return {};
}

Result<void> AuditVerifier::checkGuards(const ConnectionPrivate& c, AuditVerification& result)
{
    QStringList expected{
        u"audit_events_append_only_update"_s, u"audit_events_append_only_delete"_s, u"audit_events_extend_chain"_s};
    for (const EntitySpec* spec : governanceTables()) {
        for (const QString& action : {u"insert"_s, u"update"_s, u"delete"_s}) {
            expected << spec->table + u"_audited_"_s + action;
        }
    }
    auto q = c.exec(u"SELECT name FROM sqlite_schema WHERE type = 'trigger'"_s,
                    {},
                    tr("The workspace could not be read for verification."));
    if (!q) {
        return q.error();
    }
    QSet<QString> present;
    while (q->next()) {
        present.insert(q->value(0).toString());
    }
    for (const QString& name : std::as_const(expected)) {
        if (!present.contains(name)) {
            result.intact = false;
            result.problem = AuditVerification::Problem::GuardMissing;
            result.firstBadSeq = 0;
            result.explanation = tr("the database trigger %1, which refuses changes that bypass the audit trail, has "
                                    "been removed")
                                     .arg(name);
            return {};
        }
    }
    return {};
}

QString AuditVerification::problemName(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return AuditVerifier::tr("intact");
    case Problem::Changed:
        return AuditVerifier::tr("changed");
    case Problem::Missing:
        return AuditVerifier::tr("missing");
    case Problem::Inserted:
        return AuditVerifier::tr("inserted");
    case Problem::Reordered:
        return AuditVerifier::tr("reordered");
    case Problem::AnchorMissing:
        return AuditVerifier::tr("anchor missing");
    case Problem::RecordMismatch:
        return AuditVerifier::tr("record changed outside the trail");
    case Problem::GuardMissing:
        return AuditVerifier::tr("protection removed");
    }
    return {};
}

QString AuditVerification::summary() const
{
    // A stable, untranslated line: scripts parse what `attest audit verify` prints.
    if (intact) {
        QString line = u"intact: %1 %2, head %3"_s.arg(eventCount)
                           .arg(eventCount == 1 ? u"event"_s : u"events"_s, QString::fromLatin1(headHash.toHex()));
        if (anchorSeq > 0) {
            line += u", anchor at event %1"_s.arg(anchorSeq);
        }
        return line;
    }
    // The explanation is translated, so it is not part of this line (the CLI prints it on stderr).
    if (firstBadSeq <= 0) {
        return u"broken (%1)"_s.arg(problemKey(problem));
    }
    return u"broken at event %1 (%2)"_s.arg(firstBadSeq).arg(problemKey(problem));
}

QString AuditVerification::problemKey(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return u"intact"_s;
    case Problem::Changed:
        return u"changed"_s;
    case Problem::Missing:
        return u"missing"_s;
    case Problem::Inserted:
        return u"inserted"_s;
    case Problem::Reordered:
        return u"reordered"_s;
    case Problem::AnchorMissing:
        return u"anchor missing"_s;
    case Problem::RecordMismatch:
        return u"record mismatch"_s;
    case Problem::GuardMissing:
        return u"guard missing"_s;
    }
    return {};
}

Result<AuditVerification>
AuditVerifier::verify(const Connection& connection, const Progress& progress, const QByteArray& anchor)
{
    const ConnectionPrivate& c = ConnectionPrivate::get(connection);
    QElapsedTimer timer;
    timer.start();

    qint64 total = 0;
    {
        auto q =
            c.exec(u"SELECT IFNULL(MAX(seq), 0) FROM audit_events"_s, {}, tr("The audit trail could not be read."));
        if (!q) {
            return q.error();
        }
        total = q->next() ? q->value(0).toLongLong() : 0;
    }

    AuditVerification result;
    result.headHash = AuditHash::genesisPrevHash();
    Sha256 hasher;
    char digest[AuditHash::Size];
    qint64 expected = 1;
    // The previous event's stored hash, kept in a fixed buffer: no allocation per event.
    char previous[AuditHash::Size] = {};
    const QByteArrayView previousHash(previous, AuditHash::Size);
    qint64 anchorSeq = 0;
    bool cancelled = false;

    // What we know about the first event that failed a check, for the classification below.
    struct Break
    {
        qint64 position = 0; // the seq we expected
        qint64 seq = 0;      // the seq stored there
        bool contentOk = false;
        bool linkOk = false;
        QByteArray hash;
        QByteArray prevHash;
    };
    std::optional<Break> brk;
    std::optional<QByteArray> nextPrevHash; // prev_hash of the event after the break, if any
    AuditEventFields breakFields;
    QByteArray breakStorage[8];

    auto scanned =
        sqlite::scanAuditEvents(c.db,
                                std::numeric_limits<qint64>::min(),
                                std::numeric_limits<qint64>::max(),
                                [&](const AuditEventFields& e, QByteArrayView storedHash) {
                                    if (brk) {
                                        // One more event after the break: does the chain continue through the broken
                                        // one?
                                        nextPrevHash = e.prevHash.toByteArray();
                                        return false;
                                    }
                                    AuditHash::compute(hasher, e, digest);
                                    const bool contentOk = storedHash == QByteArrayView(digest, AuditHash::Size);
                                    const bool linkOk = e.prevHash == previousHash;
                                    if (e.seq != expected || !contentOk || !linkOk) {
                                        Break b;
                                        b.position = expected;
                                        b.seq = e.seq;
                                        b.contentOk = contentOk;
                                        b.linkOk = linkOk;
                                        b.hash = storedHash.toByteArray();
                                        b.prevHash = e.prevHash.toByteArray();
                                        breakStorage[0] = e.actor.toByteArray();
                                        breakStorage[1] = e.osAccount.toByteArray();
                                        breakStorage[2] = e.action.toByteArray();
                                        breakStorage[3] = e.entityType.toByteArray();
                                        breakStorage[4] = e.changes.toByteArray();
                                        breakStorage[5] = e.reason.toByteArray();
                                        breakStorage[6] = e.batch.toByteArray();
                                        breakStorage[7] = e.stateHash.toByteArray();
                                        breakFields = e;
                                        breakFields.actor = breakStorage[0];
                                        breakFields.osAccount = breakStorage[1];
                                        breakFields.action = breakStorage[2];
                                        breakFields.entityType = breakStorage[3];
                                        breakFields.changes = breakStorage[4];
                                        breakFields.reason = breakStorage[5];
                                        breakFields.batch = breakStorage[6];
                                        breakFields.stateHash = breakStorage[7];
                                        brk = b;
                                        return true; // read one more event for context
                                    }
                                    if (storedHash.size() == AuditHash::Size) {
                                        std::memcpy(previous, storedHash.data(), AuditHash::Size);
                                    }
                                    if (!anchor.isEmpty() && storedHash == anchor) {
                                        anchorSeq = e.seq;
                                    }
                                    ++expected;
                                    if (progress && (expected & 0x3fff) == 0 && !progress(expected - 1, total)) {
                                        cancelled = true;
                                        return false;
                                    }
                                    return true;
                                });
    if (!scanned) {
        return scanned.error();
    }
    if (cancelled) {
        return makeError(ErrorCode::Cancelled, tr("Verification was cancelled."));
    }

    if (!brk) {
        result.intact = true;
        result.eventCount = expected - 1;
        result.headSeq = expected - 1;
        result.headHash = previousHash.toByteArray();
        result.anchorSeq = anchorSeq;
        if (progress) {
            progress(total, total);
        }
        if (!anchor.isEmpty() && anchorSeq == 0) {
            result.intact = false;
            result.problem = AuditVerification::Problem::AnchorMissing;
            result.firstBadSeq = 0;
            result.explanation = tr("the anchored event %1 is not in the trail: events were removed from its end, or "
                                    "the trail was rebuilt")
                                     .arg(QString::fromLatin1(anchor.toHex().left(16)));
            qCWarning(lcAudit) << "audit anchor missing:" << result.summary();
            return result;
        }
        if (auto records = checkRecords(c, result); !records) {
            return records.error();
        }
        if (result.intact) {
            if (auto guards = checkGuards(c, result); !guards) {
                return guards.error();
            }
        }
        if (result.intact) {
            qCInfo(lcAudit) << "audit trail intact:" << result.eventCount << "events in" << timer.elapsed() << "ms";
        } else {
            qCWarning(lcAudit) << "audit trail broken:" << result.summary() << result.explanation;
        }
        return result;
    }

    // Classify the first break.
    result.intact = false;
    result.eventCount = brk->position - 1;
    result.headSeq = brk->position - 1;
    result.headHash = previousHash.toByteArray();
    breakFields.prevHash = brk->prevHash;
    auto hashWithSeq = [&](qint64 seq) {
        AuditEventFields f = breakFields;
        f.seq = seq;
        return AuditHash::compute(f);
    };
    // Where in the trail a given hash is stored (only needed on failure, so a plain scan is fine).
    auto seqOfHash = [&](const QByteArray& hash) -> qint64 {
        if (hash == AuditHash::genesisPrevHash()) {
            return 0;
        }
        auto q = c.exec(u"SELECT seq FROM audit_events WHERE hash = ? LIMIT 1"_s, {hash}, QString());
        return q && q->next() ? q->value(0).toLongLong() : -1;
    };

    using P = AuditVerification::Problem;
    if (brk->seq < brk->position) {
        result.firstBadSeq = brk->seq;
        result.problem = P::Inserted;
        result.explanation = tr("an event numbered %1 stands before the first event: it was inserted").arg(brk->seq);
    } else if (brk->seq != brk->position) {
        result.firstBadSeq = brk->position;
        result.problem = P::Missing;
        result.explanation = brk->seq - brk->position == 1
                                 ? tr("event %1 is missing (the trail jumps from %2 to %3)")
                                       .arg(brk->position)
                                       .arg(brk->position - 1)
                                       .arg(brk->seq)
                                 : tr("events %1 to %2 are missing (the trail jumps from %3 to %4)")
                                       .arg(brk->position)
                                       .arg(brk->seq - 1)
                                       .arg(brk->position - 1)
                                       .arg(brk->seq);
    } else if (!brk->contentOk && brk->linkOk) {
        result.firstBadSeq = brk->position;
        if (nextPrevHash && *nextPrevHash != brk->hash && QByteArrayView(*nextPrevHash) == previousHash) {
            result.problem = P::Inserted;
            result.explanation = tr("event %1 was inserted: its hash does not match its content and the next event "
                                    "links past it to event %2")
                                     .arg(brk->position)
                                     .arg(brk->position - 1);
        } else if (!nextPrevHash) {
            result.problem = P::Changed;
            result.explanation = tr("the content of the newest event %1 does not match its recorded hash (it was "
                                    "changed or forged)")
                                     .arg(brk->position);
        } else {
            result.problem = P::Changed;
            result.explanation = tr("the content of event %1 was changed after it was recorded (its hash no longer "
                                    "matches)")
                                     .arg(brk->position);
        }
    } else {
        // The link to the previous event is broken (and maybe the content too). Which number was this event
        // recorded under? The hash covers the number, so the one that reproduces it is the original.
        const qint64 predecessor = seqOfHash(brk->prevHash);
        qint64 recordedAs = -1;
        QList<qint64> candidates;
        if (predecessor >= 0) {
            candidates << predecessor + 1;
        }
        for (qint64 d = 0; d <= 1000; ++d) {
            candidates << brk->position + d;
            if (d > 0 && brk->position - d >= 1) {
                candidates << brk->position - d;
            }
        }
        for (qint64 candidate : candidates) {
            if (hashWithSeq(candidate) == brk->hash) {
                recordedAs = candidate;
                break;
            }
        }
        result.firstBadSeq = brk->position;
        if (recordedAs > 0 && recordedAs != brk->position) {
            if (predecessor < 0 && recordedAs > brk->position) {
                result.problem = P::Missing;
                result.explanation = tr("the event at position %1 was recorded as event %2: events before it were "
                                        "deleted and the later ones renumbered")
                                         .arg(brk->position)
                                         .arg(recordedAs);
            } else {
                result.problem = P::Reordered;
                result.explanation = tr("the event at position %1 was recorded as event %2: events were reordered")
                                         .arg(brk->position)
                                         .arg(recordedAs);
            }
        } else if (recordedAs == brk->position && predecessor > brk->position) {
            result.problem = P::Reordered;
            result.explanation = tr("event %1 follows event %2 in the chain, which now stands after it: events were "
                                    "reordered")
                                     .arg(brk->position)
                                     .arg(predecessor);
        } else if (recordedAs == brk->position && predecessor >= 0 && predecessor < brk->position - 1) {
            result.problem = P::Missing;
            result.explanation = tr("event %1 links to event %2: the events between them are missing")
                                     .arg(brk->position)
                                     .arg(predecessor);
        } else if (recordedAs == brk->position) {
            result.problem = P::Inserted;
            result.explanation = tr("event %1 does not link to event %2: an event was inserted or replaced before it")
                                     .arg(brk->position)
                                     .arg(brk->position - 1);
        } else {
            result.problem = P::Inserted;
            result.explanation = tr("event %1 was not recorded by Attest: it neither matches its hash nor links to "
                                    "event %2")
                                     .arg(brk->position)
                                     .arg(brk->position - 1);
        }
    }
    qCWarning(lcAudit) << "audit chain broken:" << result.summary() << result.explanation << "stored hash"
                       << shortHash(brk->hash);
    return result;
}

} // namespace attest
