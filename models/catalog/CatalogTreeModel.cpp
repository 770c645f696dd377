#include "CatalogTreeModel.h"

#include "storage/CatalogRepository.h"
#include "storage/ChangeNotifier.h"

using namespace Qt::StringLiterals;

namespace attest {

CatalogTreeModel::CatalogTreeModel(Connection& connection, ChangeNotifier* notifier, QObject* parent)
    : QAbstractItemModel(parent)
    , m_connection(connection)
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::changed, this, [this](const QStringList& types) {
            if (types.contains(CatalogRepository::frameworkSpec().entityType) ||
                types.contains(CatalogRepository::requirementSpec().entityType)) {
                reload();
            }
        });
    }
    reload();
}

CatalogTreeModel::~CatalogTreeModel() = default;

void CatalogTreeModel::reload()
{
    beginResetModel();
    m_root.children.clear();
    m_byRequirementId.clear();
    m_titles = CatalogTitles(m_connection);
    auto frameworks = CatalogRepository(m_connection).frameworks();
    m_frameworks = frameworks ? *frameworks : QList<Framework>();
    for (int i = 0; i < m_frameworks.size(); ++i) {
        auto node = std::make_unique<Node>();
        node->parent = &m_root;
        node->row = i;
        node->isFramework = true;
        node->frameworkIndex = i;
        m_root.children.push_back(std::move(node));
    }
    endResetModel();
    if (!frameworks) {
        Q_EMIT errorOccurred(frameworks.error().message);
    }
}

CatalogTreeModel::Node* CatalogTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : const_cast<Node*>(&m_root);
}

void CatalogTreeModel::load(Node* framework)
{
    if (framework->loaded) {
        return;
    }
    framework->loaded = true;
    auto requirements = CatalogRepository(m_connection).requirements(m_frameworks[framework->frameworkIndex].id);
    if (!requirements) {
        Q_EMIT errorOccurred(requirements.error().message);
        return;
    }
    // Tree order is guaranteed (parents first): attach each node under its parent or the framework.
    QHash<qint64, Node*> byId;
    std::vector<std::pair<Node*, std::unique_ptr<Node>>> pending;
    for (const Requirement& r : *requirements) {
        auto node = std::make_unique<Node>();
        node->requirement = r;
        node->frameworkIndex = framework->frameworkIndex;
        Node* raw = node.get();
        byId.insert(r.id, raw);
        Node* parent = r.parentId ? byId.value(r.parentId) : nullptr;
        if (!parent) {
            parent = framework;
        }
        node->parent = parent;
        pending.emplace_back(parent, std::move(node));
    }
    const QModelIndex frameworkIndex = createIndex(framework->row, 0, framework);
    int directChildren = 0;
    for (const auto& [parent, node] : pending) {
        directChildren += parent == framework ? 1 : 0;
    }
    beginInsertRows(frameworkIndex, 0, directChildren - 1);
    for (auto& [parent, node] : pending) {
        node->row = int(parent->children.size());
        m_byRequirementId.insert(node->requirement.id, node.get());
        parent->children.push_back(std::move(node));
    }
    endInsertRows();
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    Node* p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(p->children.size())) {
        return {};
    }
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex CatalogTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    Node* node = nodeOf(child);
    Node* p = node->parent;
    if (!p || p == &m_root) {
        return {};
    }
    return createIndex(p->row, 0, p);
}

int CatalogTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return int(nodeOf(parent)->children.size());
}

int CatalogTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool CatalogTreeModel::hasChildren(const QModelIndex& parent) const
{
    const Node* node = nodeOf(parent);
    if (node->isFramework && !node->loaded) {
        return m_frameworks[node->frameworkIndex].requirementCount > 0;
    }
    return !node->children.empty();
}

bool CatalogTreeModel::canFetchMore(const QModelIndex& parent) const
{
    const Node* node = nodeOf(parent);
    return node->isFramework && !node->loaded;
}

void CatalogTreeModel::fetchMore(const QModelIndex& parent)
{
    Node* node = nodeOf(parent);
    if (node->isFramework) {
        load(node);
    }
}

QVariant CatalogTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const Node* node = nodeOf(index);
    if (node->isFramework) {
        const Framework& f = m_frameworks[node->frameworkIndex];
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == RefColumn ? QVariant(f.shortName.isEmpty() ? f.name : f.shortName)
                                               : QVariant(f.name);
        case Qt::ToolTipRole:
            return tr("%1\n%2 requirements, %3 assessable\n%4")
                .arg(f.name)
                .arg(f.requirementCount)
                .arg(f.assessableCount)
                .arg(f.attribution);
        case FrameworkIdRole:
            return f.id;
        default:
            return {};
        }
    }
    const Requirement& r = node->requirement;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == RefColumn ? r.ref : m_titles.title(r);
    case Qt::ToolTipRole: {
        // A title in the UI language keeps the official English one in view.
        const QString official = m_titles.officialTooltip(r);
        const QString text = r.summary.isEmpty() ? m_titles.title(r) : r.summary;
        return official.isEmpty() ? text : official + u'\n' + text;
    }
    case RequirementIdRole:
        return r.id;
    case FrameworkIdRole:
        return r.frameworkId;
    case StatusRole:
        return r.status;
    case AssessableRole:
        return r.assessable;
    default:
        return {};
    }
}

QVariant CatalogTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == RefColumn ? tr("Reference") : tr("Title");
}

QModelIndex CatalogTreeModel::indexOfRequirement(qint64 requirementId)
{
    if (!m_byRequirementId.contains(requirementId)) {
        auto requirement = CatalogRepository(m_connection).requirement(requirementId);
        if (!requirement || !requirement->has_value()) {
            return {};
        }
        for (auto& child : m_root.children) {
            if (m_frameworks[child->frameworkIndex].id == (*requirement)->frameworkId) {
                load(child.get());
            }
        }
    }
    Node* node = m_byRequirementId.value(requirementId);
    return node ? createIndex(node->row, 0, node) : QModelIndex();
}

const Framework* CatalogTreeModel::frameworkAt(const QModelIndex& index) const
{
    QModelIndex top = index;
    while (top.parent().isValid()) {
        top = top.parent();
    }
    if (!top.isValid()) {
        return nullptr;
    }
    const Node* node = nodeOf(top);
    return node->frameworkIndex >= 0 ? &m_frameworks[node->frameworkIndex] : nullptr;
}

QModelIndex CatalogTreeModel::indexOfFramework(const QString& key) const
{
    for (const auto& child : m_root.children) {
        if (m_frameworks[child->frameworkIndex].key == key) {
            return createIndex(child->row, 0, child.get());
        }
    }
    return {};
}

} // namespace attest
