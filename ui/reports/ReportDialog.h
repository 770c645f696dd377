#pragma once

#include "reports/ReportSigning.h"

#include <QDialog>
#include <QTemporaryDir>

#include <functional>

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
// written once, to a private temporary folder, and what is saved is exactly what was previewed. When signing is
// offered and chosen, the key's fingerprint is printed on the cover and the saved file gets its signature beside it;
// without a usable keychain the user is told and may go on unsigned.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(Workspace& workspace, const ReportSigning& signing = {}, QWidget* parent = nullptr);
    ~ReportDialog() override;

    // For tests and for opening the dialog on a report.
    void choose(const QString& type, qint64 systemId = 0, qint64 sessionId = 0);
    bool generate(); // false on failure or cancel; the message is in errorText()
    QString errorText() const;
    QString previewPath() const { return m_previewPath; }
    QPdfDocument* document() const { return m_document; }
    QPdfView* view() const { return m_view; }
    bool saveTo(const QString& path);
    void setSigned(bool sign);
    // Asks whether to go on unsigned when the key cannot be used (a message box unless replaced, e.g. by tests).
    void setAskUnsigned(const std::function<bool(const QString& problem)>& ask) { m_askUnsigned = ask; }
    QString previewFingerprint() const { return m_previewFingerprint; }

private:
    void updateInputs();
    void saveAs();
    void exportPublicKey();

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
    QCheckBox* m_sign;
    QPushButton* m_exportKey;
    ReportSigning m_signing;
    std::function<bool(const QString&)> m_askUnsigned;
    QString m_previewFingerprint;
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
