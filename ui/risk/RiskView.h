#pragma once

#include "storage/RiskRepository.h"

#include <QWidget>

class QAction;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace attest {
class RiskRegisterModel;
class Workspace;
} // namespace attest

namespace attest::ui {

class HeatMapWidget;
class MessageBar;

// The risk register across all AI systems or for one: filters (system, threat, level, owner, overdue), the list,
// and beside it the heat map (inherent or residual) for the same filter, so its counts always match the list.
// Clicking a heat-map cell narrows the list to that cell. The selected risk's details show how each level was
// reached and the live status of its treating controls.
class RiskView : public QWidget
{
    Q_OBJECT

public:
    RiskView(Workspace& workspace, MessageBar* messages, QWidget* parent = nullptr);

    // Narrows the register to one system (0: all).
    void showSystem(qint64 systemId);
    // Shows the register under `filter` (system, threat, level, owner, a heat-map cell on the inherent or residual
    // map); its business unit, which the page has no box for, is not applied.
    void showFilter(const RiskFilter& filter);
    RiskFilter filter() const { return m_filter; }

    // For tests.
    QTableView* table() const { return m_table; }
    RiskRegisterModel* model() const { return m_model; }
    HeatMapWidget* heatMap() const { return m_heatMap; }
    QRadioButton* residualButton() const { return m_residual; }
    QComboBox* systemBox() const { return m_system; }
    QComboBox* threatBox() const { return m_threat; }
    QComboBox* levelBox() const { return m_level; }
    QComboBox* ownerBox() const { return m_owner; }
    QCheckBox* overdueBox() const { return m_overdue; }
    QTextBrowser* details() const { return m_details; }
    QLabel* countLabel() const { return m_count; }
    QString detailsText() const;

public Q_SLOTS:
    void newRisk();
    void editCurrent();
    void removeCurrent();
    void importRegister();
    void importFile(const QString& path);
    void exportRegister();
    void editMatrix();
    void runTierAssistant();
    void clearFilters();

private:
    void applyFilters();
    void refreshHeatMap();
    void fillFilterChoices();
    void updateDetails();
    qint64 currentRiskId() const;
    qint64 currentSystemId() const;

    Workspace& m_workspace;
    MessageBar* m_messages;
    RiskFilter m_filter;
    RiskMatrix m_matrix; // the current one
    RiskRegisterModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    HeatMapWidget* m_heatMap = nullptr;
    QRadioButton* m_inherent = nullptr;
    QRadioButton* m_residual = nullptr;
    QLabel* m_legend = nullptr;
    QComboBox* m_system = nullptr;
    QComboBox* m_threat = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_owner = nullptr;
    QCheckBox* m_overdue = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_cell = nullptr;
    QToolButton* m_clearCell = nullptr;
    QTextBrowser* m_details = nullptr;
    QList<QAction*> m_writeActions;
    QAction* m_editAction = nullptr;
    QAction* m_removeAction = nullptr;
    bool m_filling = false;
    qint64 m_keepRisk = 0; // selected before a reload
};

} // namespace attest::ui
