#pragma once

#include "inventory/AiSystem.h"
#include "storage/SystemRepository.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QDate>
#include <QHash>

namespace attest {

class ChangeNotifier;
class Connection;

// The inventory as a table: one column per SystemField. Filtering and sorting run in SQL and yield only the list
// of matching ids; rows are read in pages as the view scrolls, so 10,000 systems never load at once. Refreshes
// itself when the workspace reports changes to AI systems.
class SystemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        FieldKeyRole, // header: the field key of a column
        RetiredRole,  // the row's system is retired
        OverdueRole,  // the row's next review date has passed
        StoredValueRole,
    };

    SystemTableModel(Connection& connection, ChangeNotifier* notifier, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilterText(const QString& text);
    QString filterText() const { return m_query.filterText; }
    void setIncludeRetired(bool include);
    // Exact conditions on top of the text filter (the list behind a dashboard number).
    void setScope(const SystemScope& scope);
    SystemScope scope() const { return m_query.scope; }
    bool includeRetired() const { return m_query.includeRetired; }

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    int columnOf(const QString& fieldKey) const;
    // The system shown in `row` (read through the page cache).
    const AiSystem* systemAt(int row) const;
    // Systems in the workspace counting retired ones when the view shows them; for "N of M" labels.
    qint64 totalCount() const { return m_total; }

    // For tests and the benchmarks: "today" for the overdue marking.
    void setToday(const QDate& today) { m_today = today; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void countsChanged();

private:
    void requery(bool keepRowsIfSame);
    const QList<AiSystem>* page(int pageIndex) const;

    Connection& m_connection;
    SystemRepository m_repository;
    SystemQuery m_query;
    QList<qint64> m_order; // every system, in the current sort order
    bool m_orderStale = true;
    QList<qint64> m_ids; // the rows shown: m_order filtered
    mutable QHash<qint64, int> m_rowOfId;
    mutable QCache<int, QList<AiSystem>> m_pages;
    qint64 m_total = 0;
    QDate m_today;
};

} // namespace attest
