#pragma once

#include "risk/Risk.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QPlainTextEdit;

namespace attest {
class Connection;
}

namespace attest::ui {

// Adds or edits one risk: threat and scenario, affected assets, likelihood and impact on the current matrix with
// the level and how it was reached shown live, treatment with treating controls (and their live implementation
// status for the system), the residual assessment, owner and dates, and the acceptance of a risk, which above the
// matrix's threshold asks for an approver, a date and a justification. Save goes through RiskService; its
// message is shown in the dialog when a rule is not met.
class RiskDialog : public QDialog
{
    Q_OBJECT

public:
    // `risk.id` 0: a new risk (for `risk.systemId` when set).
    RiskDialog(Connection& connection, const Risk& risk, QWidget* parent = nullptr);

    Risk edited() const;
    qint64 savedId() const { return m_savedId; }
    // For tests.
    QComboBox* systemBox() const { return m_system; }
    QComboBox* threatBox() const { return m_threat; }
    QComboBox* likelihoodBox() const { return m_likelihood; }
    QComboBox* impactBox() const { return m_impact; }
    QComboBox* residualLikelihoodBox() const { return m_residualLikelihood; }
    QComboBox* residualImpactBox() const { return m_residualImpact; }
    QComboBox* treatmentBox() const { return m_treatment; }
    QComboBox* statusBox() const { return m_status; }
    QPlainTextEdit* scenarioEdit() const { return m_scenario; }
    QTreeWidget* controlList() const { return m_controls; }
    QLineEdit* acceptedByEdit() const { return m_acceptedBy; }
    QPlainTextEdit* justificationEdit() const { return m_justification; }
    QLabel* inherentLabel() const { return m_inherentText; }
    QLabel* errorLabel() const { return m_error; }
    bool save();

private:
    void fillControls(qint64 systemId);
    void updateLevels();
    void addSuggestedControls();

    Connection& m_connection;
    Risk m_risk;
    RiskMatrix m_matrix;
    qint64 m_savedId = 0;
    bool m_controlsRead = false;
    QComboBox* m_system = nullptr;
    QComboBox* m_threat = nullptr;
    QPlainTextEdit* m_scenario = nullptr;
    QHash<QString, QCheckBox*> m_assets;
    QComboBox* m_likelihood = nullptr;
    QComboBox* m_impact = nullptr;
    QLabel* m_inherentText = nullptr;
    QComboBox* m_treatment = nullptr;
    QTreeWidget* m_controls = nullptr;
    QComboBox* m_residualLikelihood = nullptr;
    QComboBox* m_residualImpact = nullptr;
    QLabel* m_residualText = nullptr;
    QComboBox* m_owner = nullptr;
    QCheckBox* m_hasDue = nullptr;
    QDateEdit* m_due = nullptr;
    QCheckBox* m_hasReview = nullptr;
    QDateEdit* m_review = nullptr;
    QComboBox* m_status = nullptr;
    QGroupBox* m_acceptance = nullptr;
    QLabel* m_acceptanceNote = nullptr;
    QLineEdit* m_acceptedBy = nullptr;
    QDateEdit* m_acceptedOn = nullptr;
    QPlainTextEdit* m_justification = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace attest::ui
