#pragma once

#include "risk/Risk.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace attest {
class Connection;
}

namespace attest::ui {

// Edits the organisation's risk matrix, starting from the current version: the names of the likelihood and impact
// steps, the levels (bands) over the scores with their colours, and the acceptance threshold. A live grid shows the
// effect, and RiskMatrix::validate() is checked as you type (Save stays disabled while the matrix is invalid).
// Saving makes a new version through RiskService; scores already stored keep the version they were made with.
class RiskMatrixDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RiskMatrixDialog(Connection& connection, QWidget* parent = nullptr);
    ~RiskMatrixDialog() override;

    // The matrix as currently entered (its version is the one it was started from).
    RiskMatrix matrix() const;
    // The version the dialog started from (0 when none had been saved yet).
    int baseVersion() const { return m_baseVersion; }
    // The version Save created, 0 until then.
    int savedVersion() const { return m_savedVersion; }

    // For tests.
    QTableWidget* likelihoodTable() const { return m_likelihood; }
    QTableWidget* impactTable() const { return m_impact; }
    QTableWidget* bandTable() const { return m_bands; }
    QTableWidget* previewTable() const { return m_preview; }
    QSpinBox* thresholdSpinBox() const { return m_threshold; }
    QLineEdit* noteLineEdit() const { return m_note; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* addLikelihoodButton() const { return m_addLikelihood; }
    QPushButton* removeLikelihoodButton() const { return m_removeLikelihood; }
    QPushButton* addImpactButton() const { return m_addImpact; }
    QPushButton* removeImpactButton() const { return m_removeImpact; }
    QPushButton* addBandButton() const { return m_addBand; }
    QPushButton* removeBandButton() const { return m_removeBand; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildScale(const QString& title, QTableWidget* table, QPushButton* add, QPushButton* remove);
    void load(const RiskMatrix& matrix);
    void fillSteps(QTableWidget* table, const QStringList& steps);
    void appendBand(const RiskBand& band);
    void addStep(QTableWidget* table);
    void removeStep(QTableWidget* table);
    void addBand();
    void removeBand();
    void chooseColour(int row);
    void setBandColour(int row, const QString& colour);
    // Keeps the top level reaching the highest score when the scales grow or shrink, as it did before.
    void followMaxScore(int oldMax, int newMax);
    void refresh();
    void updateThresholdHint(const RiskMatrix& matrix);
    void updatePreview(const RiskMatrix& matrix);
    void save();

    Connection& m_connection;
    int m_baseVersion = 0;
    int m_savedVersion = 0;
    int m_lastMaxScore = 0;
    bool m_loading = false;
    QString m_blocked; // why the matrix cannot be saved at all (read-only workspace, read failure)
    QString m_saveError;

    QLabel* m_versionNotice;
    QTableWidget* m_likelihood;
    QTableWidget* m_impact;
    QTableWidget* m_bands;
    QTableWidget* m_preview;
    QLabel* m_previewLegend;
    QSpinBox* m_threshold;
    QLabel* m_thresholdHint;
    QLineEdit* m_note;
    QLabel* m_message;
    QPushButton* m_save = nullptr;
    QPushButton* m_addLikelihood;
    QPushButton* m_removeLikelihood;
    QPushButton* m_addImpact;
    QPushButton* m_removeImpact;
    QPushButton* m_addBand;
    QPushButton* m_removeBand;
    QPushButton* m_colour;
};

} // namespace attest::ui
