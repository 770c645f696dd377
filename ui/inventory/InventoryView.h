#pragma once

#include "storage/SystemRepository.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;
class QUndoStack;

namespace attest {
class SystemTableModel;
class Workspace;
} // namespace attest

namespace attest {
class SystemRecordKind;
}

namespace attest::ui {

class ScopeBar;

class MessageBar;

// The AI system inventory: a sortable table (no widget per row; rows are read page by page) with
// filter-as-you-type, a column chooser, and actions to create, edit, retire, delete, import and export systems.
// Edits go through the undo stack as audited changes.
class InventoryView : public QWidget
{
    Q_OBJECT

public:
    InventoryView(Workspace& workspace, QUndoStack* undoStack, MessageBar* messages, QWidget* parent = nullptr);
    ~InventoryView() override;

    SystemTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    QList<QAction*> systemActions() const;
    qint64 currentSystemId() const;
    void selectSystem(qint64 id);
    // Shows exactly the systems of `scope` (a dashboard number's list), described above the table until cleared.
    void showScope(const SystemScope& scope, bool includeRetired, const QString& description);
    void clearScope();
    QLabel* scopeLabel() const { return m_scopeLabel; }

public Q_SLOTS:
    void newSystem();
    void editCurrent();
    void editPrivacy();
    void editTechnicalFile();
    void retireCurrent();
    void deleteCurrent();
    void importCsv();
    void exportSystems();
    void focusFilter();

Q_SIGNALS:
    void showHistoryRequested(qint64 systemId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void editRecord(const attest::SystemRecordKind& kind, const QString& introduction);
    void buildColumnMenu(class QMenu* menu);
    void updateActions();
    void updateCount();
    void saveHeaderState();
    void restoreHeaderState();
    void reportError(const QString& message);

    Workspace& m_workspace;
    QUndoStack* m_undoStack;
    MessageBar* m_messages;
    SystemTableModel* m_model;
    QTableView* m_table;
    QLineEdit* m_filter;
    QCheckBox* m_showRetired;
    QLabel* m_count;
    ScopeBar* m_scopeBar = nullptr;
    QLabel* m_scopeLabel = nullptr;
    QToolBar* m_toolBar;
    QAction* m_newAction;
    QAction* m_editAction;
    QAction* m_retireAction;
    QAction* m_deleteAction;
    QAction* m_historyAction;
    QAction* m_privacyAction;
    QAction* m_technicalAction;
    QAction* m_importAction;
    QAction* m_exportAction;
    qint64 m_selectedBeforeReset = 0;
};

} // namespace attest::ui
