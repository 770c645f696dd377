#pragma once

#include <QDialog>
#include <QTemporaryDir>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPdfDocument;
class QPdfView;
class QPushButton;

namespace attest {
class Workspace;
}

namespace attest::ui {

class MessageBar;

// Choose a report, generate it off the UI thread (with progress and cancel), look at it, and save it. The PDF is
// written once, to a private temporary folder, and what is saved is exactly what was previewed.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~ReportDialog() override;

    // For tests and for opening the dialog on a report.
    void choose(const QString& type, qint64 systemId = 0, qint64 sessionId = 0);
    bool generate(); // false on failure or cancel; the message is in errorText()
    QString errorText() const;
    QString previewPath() const { return m_previewPath; }
    QPdfDocument* document() const { return m_document; }
    QPdfView* view() const { return m_view; }
    bool saveTo(const QString& path);

private:
    void updateInputs();
    void saveAs();

    Workspace& m_workspace;
    QComboBox* m_type;
    QComboBox* m_system;
    QComboBox* m_session;
    QCheckBox* m_fromEnabled;
    QDateEdit* m_from;
    QCheckBox* m_toEnabled;
    QDateEdit* m_to;
    QComboBox* m_paper;
    QCheckBox* m_pdfa;
    QLineEdit* m_organisation;
    QPushButton* m_generate;
    QPushButton* m_save;
    QLabel* m_status;
    QPdfDocument* m_document;
    QPdfView* m_view;
    QTemporaryDir m_temp;
    QString m_previewPath;
    QString m_previewType;
    QString m_error;
};

} // namespace attest::ui
