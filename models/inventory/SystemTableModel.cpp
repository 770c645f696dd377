#include "SystemTableModel.h"

#include "core/Logging.h"
#include "storage/ChangeNotifier.h"

using namespace Qt::StringLiterals;

namespace attest {

namespace {
constexpr int PageSize = 100;
constexpr int CachedRows = 4000;
} // namespace

SystemTableModel::SystemTableModel(Connection& connection, ChangeNotifier* notifier, QObject* parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
    , m_repository(connection)
    , m_pages(CachedRows)
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::changed, this, [this](const QStringList& types) {
            if (types.contains(SystemRepository::spec().entityType)) {
                refresh();
            }
        });
    }
    requery(false);
}

int SystemTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int SystemTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(SystemFields::all().size());
}

const QList<AiSystem>* SystemTableModel::page(int pageIndex) const
{
    if (const QList<AiSystem>* cached = m_pages.object(pageIndex)) {
        return cached;
    }
    const QList<qint64> ids = m_ids.mid(qsizetype(pageIndex) * PageSize, PageSize);
    auto systems = m_repository.fetch(ids);
    if (!systems) {
        qCWarning(lcInventory) << "page read failed:" << systems.error().detail;
        return nullptr;
    }
    auto* rows = new QList<AiSystem>();
    // Keep positions aligned with m_ids even if a row vanished meanwhile (the refresh will follow).
    QHash<qint64, const AiSystem*> byId;
    for (const AiSystem& s : *systems) {
        byId.insert(s.id, &s);
    }
    for (qint64 id : ids) {
        const AiSystem* found = byId.value(id);
        rows->append(found ? *found : AiSystem());
    }
    const int cost = int(rows->size());
    m_pages.insert(pageIndex, rows, qMax(1, cost));
    return m_pages.object(pageIndex);
}

const AiSystem* SystemTableModel::systemAt(int row) const
{
    if (row < 0 || row >= m_ids.size()) {
        return nullptr;
    }
    const QList<AiSystem>* rows = page(row / PageSize);
    if (!rows) {
        return nullptr;
    }
    const int offset = row % PageSize;
    return offset < rows->size() ? &rows->at(offset) : nullptr;
}

QVariant SystemTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size() || index.column() >= SystemFields::all().size()) {
        return {};
    }
    if (role == IdRole) {
        return m_ids.at(index.row());
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole && role != RetiredRole &&
        role != OverdueRole && role != StoredValueRole) {
        return {};
    }
    const AiSystem* system = systemAt(index.row());
    if (!system || system->id == 0) {
        return {};
    }
    const SystemField& field = SystemFields::all().at(index.column());
    const QString stored = system->value(field.key);
    switch (role) {
    case RetiredRole:
        return system->isRetired();
    case OverdueRole: {
        const QDate review = system->nextReview();
        const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
        return review.isValid() && review < today && !system->isRetired();
    }
    case StoredValueRole:
    case Qt::EditRole:
        return stored;
    case Qt::ToolTipRole:
        if (field.kind == FieldKind::MultilineText || field.kind == FieldKind::Components) {
            return stored.isEmpty() ? QVariant() : QVariant(stored);
        }
        if (field.key == u"next_review"_s && data(index, OverdueRole).toBool()) {
            return tr("Review overdue since %1").arg(stored);
        }
        return {};
    default:
        return field.displayValue(stored);
    }
}

QVariant SystemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= SystemFields::all().size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const SystemField& field = SystemFields::all().at(section);
    switch (role) {
    case Qt::DisplayRole:
        return field.displayLabel();
    case Qt::ToolTipRole:
        return field.displayHelp();
    case FieldKeyRole:
        return field.key;
    default:
        return {};
    }
}

void SystemTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= SystemFields::all().size()) {
        return;
    }
    const QString key = SystemFields::all().at(column).key;
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_query.sortKey && descending == m_query.descending) {
        return;
    }
    m_query.sortKey = key;
    m_query.descending = descending;
    m_orderStale = true;
    requery(false);
}

void SystemTableModel::setFilterText(const QString& text)
{
    if (text == m_query.filterText) {
        return;
    }
    m_query.filterText = text;
    requery(false);
}

void SystemTableModel::setScope(const SystemScope& scope)
{
    if (scope == m_query.scope) {
        return;
    }
    m_query.scope = scope;
    requery(false);
}

void SystemTableModel::setIncludeRetired(bool include)
{
    if (include == m_query.includeRetired) {
        return;
    }
    m_query.includeRetired = include;
    requery(false);
}

qint64 SystemTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int SystemTableModel::rowOf(qint64 id) const
{
    if (m_rowOfId.isEmpty() && !m_ids.isEmpty()) {
        m_rowOfId.reserve(m_ids.size());
        for (int i = 0; i < m_ids.size(); ++i) {
            m_rowOfId.insert(m_ids.at(i), i);
        }
    }
    return m_rowOfId.value(id, -1);
}

int SystemTableModel::columnOf(const QString& fieldKey) const
{
    const QList<SystemField>& fields = SystemFields::all();
    for (int i = 0; i < fields.size(); ++i) {
        if (fields[i].key == fieldKey) {
            return i;
        }
    }
    return -1;
}

void SystemTableModel::refresh()
{
    m_orderStale = true;
    requery(true);
}

void SystemTableModel::requery(bool keepRowsIfSame)
{
    // The sort order of all systems is kept between keystrokes: filtering then only asks SQL which ids match
    // (a scan of a covering index) and keeps those, in order. It is recomputed when the sort or the data changes.
    if (m_orderStale) {
        auto ordered = m_repository.ids({QString(), true, m_query.sortKey, m_query.descending, {}});
        if (!ordered) {
            Q_EMIT errorOccurred(ordered.error().message);
            return;
        }
        m_order = std::move(*ordered);
        m_orderStale = false;
    }
    QList<qint64> ids;
    if (m_query.includeRetired && m_query.filterText.trimmed().isEmpty() && m_query.scope.isEmpty()) {
        ids = m_order;
    } else {
        auto matching = m_repository.matchingIds(m_query);
        if (!matching) {
            Q_EMIT errorOccurred(matching.error().message);
            return;
        }
        ids.reserve(matching->size());
        for (qint64 id : std::as_const(m_order)) {
            if (matching->contains(id)) {
                ids << id;
            }
        }
    }
    auto total = m_repository.count(m_query.includeRetired);
    m_total = total ? *total : 0;
    if (keepRowsIfSame && ids == m_ids) {
        // Same rows in the same order: only values changed.
        m_pages.clear();
        if (!m_ids.isEmpty()) {
            Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, columnCount() - 1));
        }
        Q_EMIT countsChanged();
        return;
    }
    beginResetModel();
    m_ids = std::move(ids);
    m_rowOfId.clear();
    m_pages.clear();
    endResetModel();
    Q_EMIT countsChanged();
}

} // namespace attest
