#pragma once

#include "compliance/ComplianceEngine.h"
#include "storage/SystemRepository.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <memory>

namespace attest {

class ChangeNotifier;
class Connection;

// Short marks for requirement statuses, shared by the compliance views and reports (the views colour cells by
// StatusCodeRole).
struct StatusStyle
{
    static QString mark(const QString& status); // ✓ ◐ ✗ – ·
};

// The requirements of one framework for one system (or the organisation, systemId 0): reference, title, status and
// how it was derived. Reads a ComplianceEngine the owner keeps loaded.
class RequirementStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RefColumn,
        TitleColumn,
        StatusColumn,
        DerivationColumn,
        ColumnCount
    };
    enum Role
    {
        RequirementIdRole = Qt::UserRole + 1,
        StatusCodeRole, // on the status column: the status code, for colouring
    };

    explicit RequirementStatusModel(QObject* parent = nullptr);

    // `engine` must outlive the model or be replaced by the next call.
    void show(const ComplianceEngine* engine, qint64 systemId, qint64 frameworkId);
    qint64 requirementIdAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ComplianceEngine* m_engine = nullptr;
    qint64 m_systemId = 0;
    QList<int> m_rows; // indices into engine->requirements()
    mutable QHash<int, QString> m_derivations;
};

// Systems × requirements of one framework. Rows are every AI system (not retired) by code; a row's statuses are
// derived when it is first shown, a page of systems at a time, so 10,000 systems never load at once.
class ComplianceMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int FixedColumns = 2; // system, coverage
    static constexpr int PageSize = 100;
    enum Role
    {
        SystemIdRole = Qt::UserRole + 1,
        StatusCodeRole,
    };

    ComplianceMatrixModel(Connection& connection, ChangeNotifier* notifier, QObject* parent = nullptr);
    ~ComplianceMatrixModel() override;

    void setFramework(const QString& key);
    QString frameworkKey() const { return m_frameworkKey; }
    // Only the systems of `scope` (with `applicableOnly`, only those the framework applies to): exactly those a
    // dashboard's coverage figure sums. By default every system in force. Takes effect with the next setFramework()
    // or reload().
    void setScope(const SystemScope& scope, bool applicableOnly);
    SystemScope scope() const { return m_scope; }
    const ComplianceEngine& engine() const { return *m_engine; }
    int loadedPages() const { return int(m_loadedPages.size()); }
    qint64 systemIdAt(int row) const;
    qint64 requirementIdAt(int column) const;
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    void ensureLoaded(int row) const;

    Connection& m_connection;
    QPointer<ChangeNotifier> m_notifier;
    std::unique_ptr<ComplianceEngine> m_engine;
    QString m_frameworkKey;
    qint64 m_frameworkId = 0;
    SystemScope m_scope;
    bool m_applicableOnly = false;
    QList<qint64> m_systems;
    QList<int> m_requirements; // indices into engine->requirements()
    mutable QSet<int> m_loadedPages;
    bool m_reloadPending = false;
};

} // namespace attest
