#pragma once

#include "storage/AuditRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace attest {

class ChangeNotifier;
class Connection;

// The audit trail as a table, newest event first, read in pages as the view scrolls (canFetchMore/fetchMore with
// keyset paging on the sequence number). New events appear at the top after each write.
class AuditEventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeqColumn,
        TimeColumn,
        ActorColumn,
        ActionColumn,
        EntityColumn,
        ReasonColumn,
        FieldsColumn,
        ColumnCount
    };
    enum Role
    {
        SeqRole = Qt::UserRole + 1,
        ActionRole,
    };

    AuditEventModel(Connection& connection, ChangeNotifier* notifier, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    const AuditEventRecord* eventAt(int row) const;
    int rowOfSeq(qint64 seq) const;
    // Events matching the filter, counted in SQL (the loaded rows may be fewer).
    qint64 matchingCount() const { return m_matching; }

    static QString actionLabel(const QString& action);
    static QString entityTypeLabel(const QString& entityType);
    static QString fieldLabel(const QString& entityType, const QString& field);
    // The event's field changes in the order the record's form shows them (not the stored, alphabetical one).
    static QList<FieldChange> orderedChanges(const AuditEventRecord& event);
    QString entityLabel(const QString& entityType, qint64 entityId) const;

public Q_SLOTS:
    void reload();
    // Adds events recorded since the newest one shown.
    void loadNewer();

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void countsChanged();

private:
    void updateCount();

    Connection& m_connection;
    AuditRepository m_repository;
    AuditFilter m_filter;
    QList<AuditEventRecord> m_events;
    bool m_exhausted = false;
    qint64 m_matching = 0;
    mutable QHash<QString, QString> m_labels;
};

} // namespace attest
