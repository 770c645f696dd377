#pragma once

#include "catalog/Catalog.h"
#include "catalog/CatalogTitles.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace attest {

class ChangeNotifier;
class Connection;

// The catalogs as a tree: frameworks at the top, each with its requirement tree. A framework's requirements are
// read the first time it is expanded (canFetchMore/fetchMore). Refreshes when the workspace reports catalog
// changes.
class CatalogTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        RefColumn,
        TitleColumn,
        ColumnCount
    };
    enum Role
    {
        RequirementIdRole = Qt::UserRole + 1,
        FrameworkIdRole,
        StatusRole,
        AssessableRole,
    };

    CatalogTreeModel(Connection& connection, ChangeNotifier* notifier, QObject* parent = nullptr);
    ~CatalogTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // The index of a requirement, loading its framework if needed (for navigation from a mapping).
    QModelIndex indexOfRequirement(qint64 requirementId);
    // The framework of a framework's row or of any requirement under it.
    const Framework* frameworkAt(const QModelIndex& index) const;
    QModelIndex indexOfFramework(const QString& key) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    struct Node
    {
        Node* parent = nullptr;
        int row = 0;
        bool isFramework = false;
        int frameworkIndex = -1;
        Requirement requirement;
        std::vector<std::unique_ptr<Node>> children;
        bool loaded = false; // frameworks: requirements read
    };

    Node* nodeOf(const QModelIndex& index) const;
    void load(Node* framework);

    Connection& m_connection;
    CatalogTitles m_titles; // requirements' official titles in the catalog language, read on reload
    QList<Framework> m_frameworks;
    Node m_root;
    QHash<qint64, Node*> m_byRequirementId;
};

} // namespace attest
