#pragma once

#include "core/Result.h"
#include "inventory/TierAssistant.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QCheckBox;
class QLabel;
class QPushButton;

namespace attest {
class Connection;
}

namespace attest::ui {

// The EU AI Act tier questionnaire (TierAssistant) for one AI system: the questions grouped by section, each with
// the article it paraphrases, and a proposal — tier, reasoning, and how it compares with the tier recorded now —
// that follows every answer. The dialog itself writes nothing: "Apply to system" accepts it, and the caller (or
// runForSystem) records the proposal.
class TierAssistantDialog : public QDialog
{
    Q_OBJECT

public:
    // `systemLabel` names the system in the dialog ("FRAUD-01 Fraud detection"); `currentTier` is the tier code
    // recorded now (or entered in a form), compared with the proposal.
    TierAssistantDialog(const QString& systemLabel, const QString& currentTier, QWidget* parent = nullptr);

    // The proposal for the answers given so far.
    TierAssistant::Proposal proposal() const { return m_proposal; }
    // The codes of the questions answered yes.
    QSet<QString> answers() const;
    void setAnswer(const QString& code, bool yes);
    QCheckBox* checkBox(const QString& code) const { return m_checks.value(code); }
    QPushButton* applyButton() const { return m_apply; }
    QLabel* proposalLabel() const { return m_proposalLabel; }
    QLabel* reasoningLabel() const { return m_reasoning; }
    QLabel* comparisonLabel() const { return m_comparison; }

    // How a tier code is shown ("high" -> "High risk"), as in the inventory.
    static QString tierLabel(const QString& tier);
    // The reason recorded in the audit trail when `proposal` is applied.
    static QString auditReason(const TierAssistant::Proposal& proposal);
    // Records the proposal's tier on the system as one audited change whose reason is auditReason(proposal).
    // Returns whether the tier changed (false when it already had that tier).
    static Result<bool> apply(Connection& connection, qint64 systemId, const TierAssistant::Proposal& proposal);
    // Loads the system, runs the dialog modally and, on "Apply to system", records the tier with apply(). Returns
    // true when a change was written. Returns false with an empty *error when the user cancelled or nothing
    // changed, and false with the message in *error when something failed (the system is gone, the workspace is
    // read-only, the write failed): the caller shows that message; this function shows no message box.
    static bool runForSystem(Connection& connection, qint64 systemId, QWidget* parent, QString* error = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildQuestions();
    void updateProposal();

    QString m_currentTier;
    TierAssistant::Proposal m_proposal;
    QHash<QString, QCheckBox*> m_checks;
    QHash<QObject*, QCheckBox*> m_labelChecks; // clicking a question's text toggles its check box
    QLabel* m_proposalLabel;
    QLabel* m_reasoning;
    QLabel* m_comparison;
    QPushButton* m_apply = nullptr;
};

} // namespace attest::ui
