#include "AuditEventModel.h"

#include "inventory/AiSystem.h"
#include "inventory/SystemRecord.h"
#include "storage/ChangeNotifier.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace attest {

namespace {
constexpr int PageSize = 500;
}

AuditEventModel::AuditEventModel(Connection& connection, ChangeNotifier* notifier, QObject* parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
    , m_repository(connection)
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::changed, this, &AuditEventModel::loadNewer);
    }
    reload();
}

int AuditEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditEventModel::actionLabel(const QString& action)
{
    if (action == u"create"_s) {
        return tr("Created");
    }
    if (action == u"update"_s) {
        return tr("Changed");
    }
    if (action == u"delete"_s) {
        return tr("Deleted");
    }
    return action;
}

QString AuditEventModel::entityTypeLabel(const QString& entityType)
{
    if (entityType == u"ai_system"_s) {
        return tr("AI system");
    }
    if (entityType == u"system_change"_s) {
        return tr("Change log entry");
    }
    for (const SystemRecordKind* kind : systemRecordKinds()) {
        if (entityType == kind->entityType()) {
            return kind->displayLabel();
        }
    }
    static const QHash<QString, const char*> labels = {
        {u"framework"_s, QT_TR_NOOP("Framework")},
        {u"requirement"_s, QT_TR_NOOP("Requirement")},
        {u"requirement_mapping"_s, QT_TR_NOOP("Requirement mapping")},
        {u"requirement_assessment"_s, QT_TR_NOOP("Requirement assessment")},
        {u"applicability"_s, QT_TR_NOOP("Applicability")},
        {u"control"_s, QT_TR_NOOP("Control")},
        {u"control_implementation"_s, QT_TR_NOOP("Control implementation")},
        {u"evidence"_s, QT_TR_NOOP("Evidence")},
        {u"evidence_link"_s, QT_TR_NOOP("Evidence link")},
        {u"finding"_s, QT_TR_NOOP("Finding")},
        {u"risk"_s, QT_TR_NOOP("Risk")},
        {u"risk_matrix"_s, QT_TR_NOOP("Risk matrix")},
        {u"threat"_s, QT_TR_NOOP("Threat")},
        {u"interview_session"_s, QT_TR_NOOP("Interview")},
        {u"interview_system"_s, QT_TR_NOOP("Interview: system covered")},
        {u"interview_interviewee"_s, QT_TR_NOOP("Interview: interviewee")},
        {u"interview_answer"_s, QT_TR_NOOP("Interview answer")},
        {u"workspace_export"_s, QT_TR_NOOP("Workspace export")},
    };
    if (const auto it = labels.constFind(entityType); it != labels.constEnd()) {
        return tr(it.value());
    }
    return entityType;
}

QString AuditEventModel::fieldLabel(const QString& entityType, const QString& field)
{
    if (entityType == u"ai_system"_s) {
        if (const SystemField* f = SystemFields::find(field)) {
            return f->displayLabel();
        }
    }
    for (const SystemRecordKind* kind : systemRecordKinds()) {
        if (entityType == kind->entityType()) {
            if (field == u"system_id"_s) {
                return tr("AI system");
            }
            if (const SystemField* f = kind->field(field)) {
                return f->displayLabel();
            }
        }
    }
    if (entityType == u"system_change"_s) {
        if (field == u"system_id"_s) {
            return tr("AI system");
        }
        if (field == u"changed_on"_s) {
            return tr("Date");
        }
        if (field == u"model_version"_s) {
            return tr("Model version");
        }
        if (field == u"description"_s) {
            return tr("What changed");
        }
        if (field == u"validated_by"_s) {
            return tr("Validated by");
        }
    }
    return field;
}

QList<FieldChange> AuditEventModel::orderedChanges(const AuditEventRecord& event)
{
    static const QStringList changeLogOrder{
        u"system_id"_s, u"changed_on"_s, u"model_version"_s, u"description"_s, u"validated_by"_s};
    QStringList order = event.entityType == u"ai_system"_s       ? SystemFields::keys()
                        : event.entityType == u"system_change"_s ? changeLogOrder
                                                                 : QStringList();
    for (const SystemRecordKind* kind : systemRecordKinds()) {
        if (event.entityType == kind->entityType()) {
            order = QStringList{u"system_id"_s} + kind->keys();
        }
    }
    QList<FieldChange> changes = event.fieldChanges();
    std::stable_sort(changes.begin(), changes.end(), [&order](const FieldChange& a, const FieldChange& b) {
        const qsizetype ia = order.indexOf(a.field);
        const qsizetype ib = order.indexOf(b.field);
        return (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib);
    });
    return changes;
}

QString AuditEventModel::entityLabel(const QString& entityType, qint64 entityId) const
{
    const QString key = entityType + u':' + QString::number(entityId);
    auto it = m_labels.constFind(key);
    if (it != m_labels.cend()) {
        return *it;
    }
    auto label = m_repository.entityLabel(entityType, entityId);
    const QString text = label ? *label : u"#%1"_s.arg(entityId);
    m_labels.insert(key, text);
    return text;
}

QVariant AuditEventModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size()) {
        return {};
    }
    const AuditEventRecord& e = m_events.at(index.row());
    if (role == SeqRole) {
        return e.seq;
    }
    if (role == ActionRole) {
        return e.action;
    }
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs);
        case ActorColumn:
            return tr("%1 (account %2)").arg(e.actor, e.osAccount);
        case ReasonColumn:
            return e.reason;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case SeqColumn:
        return e.seq;
    case TimeColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.atMs).toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
    case ActorColumn:
        return e.actor;
    case ActionColumn:
        return actionLabel(e.action);
    case EntityColumn:
        return u"%1 %2"_s.arg(entityTypeLabel(e.entityType), entityLabel(e.entityType, e.entityId));
    case ReasonColumn:
        return e.reason;
    case FieldsColumn: {
        QStringList fields;
        for (const FieldChange& change : orderedChanges(e)) {
            fields << fieldLabel(e.entityType, change.field);
        }
        return fields.join(u", "_s);
    }
    default:
        return {};
    }
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Record");
    case ReasonColumn:
        return tr("User action");
    case FieldsColumn:
        return tr("Fields");
    default:
        return {};
    }
}

bool AuditEventModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void AuditEventModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted) {
        return;
    }
    const qint64 before = m_events.isEmpty() ? 0 : m_events.last().seq;
    auto page = m_repository.page(m_filter, before, PageSize);
    if (!page) {
        m_exhausted = true;
        Q_EMIT errorOccurred(page.error().message);
        return;
    }
    if (page->size() < PageSize) {
        m_exhausted = true;
    }
    if (page->isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_events.size()), int(m_events.size() + page->size() - 1));
    m_events.append(*page);
    endInsertRows();
}

void AuditEventModel::setFilter(const AuditFilter& filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    reload();
}

const AuditEventRecord* AuditEventModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

int AuditEventModel::rowOfSeq(qint64 seq) const
{
    for (int i = 0; i < m_events.size(); ++i) {
        if (m_events.at(i).seq == seq) {
            return i;
        }
    }
    return -1;
}

void AuditEventModel::reload()
{
    beginResetModel();
    m_events.clear();
    m_labels.clear();
    m_exhausted = false;
    endResetModel();
    fetchMore({});
    updateCount();
}

void AuditEventModel::loadNewer()
{
    m_labels.clear(); // names may have changed
    const qint64 newest = m_events.isEmpty() ? 0 : m_events.first().seq;
    auto newer = m_repository.newerThan(m_filter, newest, PageSize + 1);
    if (!newer) {
        Q_EMIT errorOccurred(newer.error().message);
        return;
    }
    if (newer->size() > PageSize) {
        // A big change (an import): start again from the newest page rather than load it all.
        reload();
        return;
    }
    if (!newer->isEmpty()) {
        beginInsertRows({}, 0, int(newer->size()) - 1);
        m_events = *newer + m_events;
        endInsertRows();
    }
    if (!m_events.isEmpty()) {
        Q_EMIT dataChanged(index(0, EntityColumn), index(int(m_events.size()) - 1, EntityColumn));
    }
    updateCount();
}

void AuditEventModel::updateCount()
{
    auto count = m_repository.count(m_filter);
    m_matching = count ? *count : qint64(m_events.size());
    Q_EMIT countsChanged();
}

} // namespace attest
