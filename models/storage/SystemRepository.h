#pragma once

#include "core/Result.h"
#include "inventory/AiSystem.h"
#include "storage/ChangeLogRepository.h"
#include "storage/EntitySpec.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QVariantList>

#include <optional>

namespace attest {

class Connection;
class WriteTransaction;

// Which systems to list and in which order; filtering and sorting happen in SQL.
// Exact conditions, as the dashboard counts systems (empty: any); the inventory shows "the list behind a number".
struct SystemScope
{
    QString businessUnit;
    qint64 systemId = 0;
    QString owner; // the business or the technical owner
    QString tier;  // ai_act_tier code
    QString lifecycle;
    QString reviewBefore; // YYYY-MM-DD: a next review date set and before this day
    bool isEmpty() const
    {
        return businessUnit.isEmpty() && !systemId && owner.isEmpty() && tier.isEmpty() && lifecycle.isEmpty() &&
               reviewBefore.isEmpty();
    }
    bool operator==(const SystemScope&) const = default;
};

struct SystemQuery
{
    QString filterText; // every word must appear in a text column or a choice label
    bool includeRetired = false;
    QString sortKey = QStringLiteral("name");
    bool descending = false;
    SystemScope scope;
};

// The fields dashboards group and filter by, for every system in one light query.
struct SystemFacet
{
    qint64 id = 0;
    QString businessUnit;
    QString lifecycle;
    QString tier;
    QString businessOwner;
    QString technicalOwner;
    QString nextReview;
    bool retired() const { return lifecycle == u"retired"; }
};

struct SystemLabel
{
    qint64 id = 0;
    QString code;
    QString name;
    bool retired = false;
};

// Reads and writes AI systems. Every write validates the complete record with SystemRules and goes through the
// audited WriteTransaction; the convenience methods each make one user action (one transaction), the static
// ones compose into a caller's transaction (an import).
class SystemRepository
{
    Q_DECLARE_TR_FUNCTIONS(SystemRepository)

public:
    explicit SystemRepository(Connection& connection);

    static const EntitySpec& spec();

    // Matching ids in the query's order.
    Result<QList<qint64>> ids(const SystemQuery& query) const;
    // Matching ids, unordered: cheaper when the caller already knows the order (the table model's filter).
    Result<QSet<qint64>> matchingIds(const SystemQuery& query) const;
    // The systems with these ids, in the same order (ids that no longer exist are skipped).
    Result<QList<AiSystem>> fetch(const QList<qint64>& ids) const;
    Result<std::optional<AiSystem>> get(qint64 id) const;
    Result<std::optional<qint64>> idForCode(const QString& code) const;
    // Case-folded code -> id, for imports.
    Result<QHash<QString, qint64>> codeIndex() const;
    Result<qint64> count(bool includeRetired) const;
    // Id, code and name of every system in code order, for choosing one (lighter than reading whole systems).
    Result<QList<SystemLabel>> labels() const;
    Result<QList<SystemFacet>> facets() const;
    // Every system, in code order (exports).
    Result<QList<AiSystem>> all() const;

    Result<qint64> create(const AiSystem& system);
    Result<bool> update(qint64 id, const QMap<QString, QString>& changes, const QString& reason = {});
    Result<void> retire(qint64 id);
    // Hard delete, with the system's change log; the caller has asked the user to confirm.
    Result<void> remove(qint64 id);
    // Re-creates a deleted system under its old id, with its change log (redo of a create, undo of a delete),
    // in one audited transaction.
    Result<void> restore(const AiSystem& system, const QList<SystemChange>& changeLog, const QString& reason);

    static Result<qint64> create(WriteTransaction& txn, const AiSystem& system, qint64 restoreId = 0);
    static Result<bool> update(WriteTransaction& txn, qint64 id, const QMap<QString, QString>& changes);
    static Result<void> remove(WriteTransaction& txn, qint64 id);

    // Codes are ASCII (SystemRules), so this matches the database's NOCASE uniqueness exactly.
    static QString codeKey(const QString& code) { return code.trimmed().toLower(); }

private:
    static QString whereClause(const SystemQuery& query, QVariantList& bindings);

    Connection& m_connection;
};

} // namespace attest
