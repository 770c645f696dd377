#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTreeWidget;

namespace attest {
class Workspace;
} // namespace attest

namespace attest::ui {

class MessageBar;

// The organisation's control library: every control with its organisation-wide implementation, the requirements it
// serves in each framework (with the rationale), and its evidence. Implementations are edited in place; evidence
// files are stored in the workspace with their hash.
class ControlLibraryView : public QWidget
{
    Q_OBJECT

public:
    ControlLibraryView(Workspace& workspace, MessageBar* messages, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QList<QAction*> controlActions() const;
    qint64 currentControlId() const;
    void selectControl(const QString& code);
    // The implementation form of the current control, for tests and keyboard users.
    QComboBox* statusCombo() const { return m_status; }
    QPushButton* saveButton() const { return m_save; }
    QLineEdit* justificationEdit() const { return m_justification; }
    bool attachFile(const QString& path);                                                  // after the file dialog
    bool mapTo(const QString& frameworkKey, const QString& ref, const QString& rationale); // after the dialog

public Q_SLOTS:
    void reload();
    void newControl();
    void removeCurrent();
    void saveImplementation();
    void attachFileDialog();
    void addLink();
    void mapToRequirement();

private:
    void showControl(qint64 id);
    void report(const QString& error);

    Workspace& m_workspace;
    MessageBar* m_messages;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    QLabel* m_title;
    QLabel* m_description;
    QLabel* m_meta;
    QComboBox* m_status;
    QLineEdit* m_owner;
    QLineEdit* m_target;
    QLineEdit* m_lastTest;
    QComboBox* m_testResult;
    QLineEdit* m_justification;
    QPlainTextEdit* m_notes;
    QPushButton* m_save;
    QTreeWidget* m_serves;
    QListWidget* m_evidence;
    QAction* m_newAction;
    QAction* m_removeAction;
    QAction* m_attachAction;
    QAction* m_linkAction;
    qint64 m_current = 0;
};

} // namespace attest::ui
