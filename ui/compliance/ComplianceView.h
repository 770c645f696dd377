#pragma once

#include "storage/SystemRepository.h"

#include <QTabWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace attest {
class ComplianceEngine;
class ComplianceMatrixModel;
class RequirementStatusModel;
class Workspace;
} // namespace attest

namespace attest::ui {

class ScopeBar;

class MessageBar;

// A system's compliance: a tab per framework that applies (coverage with its counts and formula, every requirement
// with its status and why), what applies and why, and a manual assessment for the selected requirement.
class SystemComplianceView : public QWidget
{
    Q_OBJECT

public:
    SystemComplianceView(Workspace& workspace, MessageBar* messages, QWidget* parent = nullptr);
    ~SystemComplianceView() override;

    void showSystem(qint64 systemId, const QString& frameworkKey = {});
    qint64 systemId() const { return m_systemId; }
    QTabWidget* frameworkTabs() const { return m_tabs; }
    QTableView* currentTable() const;
    QLabel* coverageLabel() const { return m_coverage; }
    QLabel* derivationLabel() const { return m_derivation; }
    void selectRequirement(const QString& ref);
    // The manual assessment of the selected requirement.
    QComboBox* overrideStatus() const { return m_overrideStatus; }
    QLineEdit* overrideJustification() const { return m_overrideJustification; }
    QPushButton* overrideButton() const { return m_overrideButton; }

public Q_SLOTS:
    void reload();
    void assessByHand();
    void clearAssessment();
    // Turns the selected requirement's gap into a finding (severity from its status, due in 30 days).
    bool raiseFinding(const QString& title = {});
    void changeApplicability();

private:
    void rebuildTabs(const QString& keepFramework, int keepRow);
    void showRequirement();
    qint64 currentFrameworkId() const;
    qint64 currentRequirementId() const;

    Workspace& m_workspace;
    MessageBar* m_messages;
    std::unique_ptr<ComplianceEngine> m_engine;
    qint64 m_systemId = 0;
    bool m_codesStale = true;
    QLineEdit* m_systemEdit;
    QLabel* m_heading;
    QTabWidget* m_tabs;
    QLabel* m_coverage;
    QLabel* m_applicability;
    QPushButton* m_applicabilityButton;
    QLabel* m_derivation;
    QComboBox* m_overrideStatus;
    QLineEdit* m_overrideJustification;
    QPushButton* m_overrideButton;
    QPushButton* m_clearButton;
    QPushButton* m_findingButton;
};

// Systems × requirements of a framework, every AI system a row (loaded a page at a time as it scrolls).
class ComplianceMatrixView : public QWidget
{
    Q_OBJECT

public:
    ComplianceMatrixView(Workspace& workspace, MessageBar* messages, QWidget* parent = nullptr);

    ComplianceMatrixModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* frameworkCombo() const { return m_framework; }
    // A framework's matrix for exactly the systems of `scope` it applies to (a dashboard coverage bar), described
    // above the matrix until cleared.
    void showScope(const QString& frameworkKey, const SystemScope& scope, const QString& description);
    void clearScope();
    QLabel* scopeLabel() const { return m_scopeLabel; }

Q_SIGNALS:
    void openSystem(qint64 systemId, const QString& frameworkKey, const QString& ref);

private:
    void apply();

    ComplianceMatrixModel* m_model;
    QComboBox* m_framework;
    QTableView* m_table;
    QLabel* m_summary;
    ScopeBar* m_scopeBar = nullptr;
    QLabel* m_scopeLabel = nullptr;
};

// The ISO/IEC 27001:2022 Statement of Applicability.
class SoaView : public QWidget
{
    Q_OBJECT

public:
    SoaView(Workspace& workspace, MessageBar* messages, QWidget* parent = nullptr);
    QTableView* table() const { return m_table; }

public Q_SLOTS:
    void reload();
    void toggleApplicability();

private:
    Workspace& m_workspace;
    MessageBar* m_messages;
    QStandardItemModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_toggle;
};

// The compliance section: by system, the matrix, and the Statement of Applicability.
class ComplianceView : public QTabWidget
{
    Q_OBJECT

public:
    ComplianceView(Workspace& workspace, MessageBar* messages, QWidget* parent = nullptr);

    SystemComplianceView* systemPage() const { return m_system; }
    ComplianceMatrixView* matrixPage() const { return m_matrix; }
    SoaView* soaPage() const { return m_soa; }
    void showSystem(qint64 systemId, const QString& frameworkKey = {});

private:
    SystemComplianceView* m_system;
    ComplianceMatrixView* m_matrix;
    SoaView* m_soa;
};

} // namespace attest::ui
