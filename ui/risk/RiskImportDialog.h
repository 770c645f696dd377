#pragma once

#include "risk/RiskImport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimer;

namespace attest {
class Workspace;
}

namespace attest::ui {

// Brings a spreadsheet risk register in. Shows the file's columns with example values and what each is read as
// (guessed from the header, changeable), the first rows as they will be read, and the result of checking every
// row: the problems with their lines, or what will be added. Threats the catalog does not know are listed and
// only created when the user ticks the box. Checking and importing run in the background.
class RiskImportDialog : public QDialog
{
    Q_OBJECT

public:
    RiskImportDialog(Workspace& workspace, const QString& path, QWidget* parent = nullptr);

    bool isReadable() const { return m_readable; }
    QString loadError() const { return m_loadError; }
    const RiskImportPlan& plan() const { return m_plan; }
    // For tests.
    QTableWidget* columnTable() const { return m_columns; }
    QComboBox* fieldBox(int column) const;
    QTableWidget* previewTable() const { return m_preview; }
    QListWidget* problemList() const { return m_problems; }
    QCheckBox* createThreatsBox() const { return m_createThreats; }
    QPushButton* importButton() const { return m_import; }
    QLabel* summaryLabel() const { return m_summary; }
    // Re-checks now (normally a moment after the mapping changed).
    void check();
    // Imports the checked plan; true when written.
    bool importNow();

private:
    QList<int> mapping() const;
    void updatePreviewHeaders();
    void showPlan();

    Workspace& m_workspace;
    QString m_path;
    QByteArray m_data;
    bool m_readable = false;
    QString m_loadError;
    RiskImport::Preview m_previewData;
    RiskImportPlan m_plan;
    QTableWidget* m_columns = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_problems = nullptr;
    QCheckBox* m_createThreats = nullptr;
    QPushButton* m_import = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_recheck = nullptr;
};

} // namespace attest::ui
