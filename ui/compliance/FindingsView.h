#pragma once

#include "dashboard/Dashboard.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace attest {
struct Finding;
class Workspace;
} // namespace attest

namespace attest::ui {

class ScopeBar;

class MessageBar;

// Findings: gaps turned into work with a severity, an owner and a due date. Overdue ones stand out; closing one
// needs closure evidence or a note.
class FindingsView : public QWidget
{
    Q_OBJECT

public:
    FindingsView(Workspace& workspace, MessageBar* messages, QWidget* parent = nullptr);
    QTableView* table() const { return m_table; }
    QCheckBox* openOnly() const { return m_openOnly; }
    int overdueCount() const { return m_overdue; }
    // Shows exactly the findings of `scope` (a dashboard number's list), described above the table until cleared.
    void showScope(const FindingScope& scope, const QString& description);
    void clearScope();
    QLabel* scopeLabel() const { return m_scopeLabel; }
    int shownCount() const;

public Q_SLOTS:
    void reload();
    void newFinding();
    void editCurrent();

private:
    bool editFinding(Finding& finding, bool isNew);

    Workspace& m_workspace;
    MessageBar* m_messages;
    QStandardItemModel* m_model;
    QTableView* m_table;
    QCheckBox* m_openOnly;
    QLabel* m_summary;
    int m_overdue = 0;
    std::optional<FindingScope> m_scope;
    ScopeBar* m_scopeBar = nullptr;
    QLabel* m_scopeLabel = nullptr;
};

} // namespace attest::ui
