#include "ReportDialog.h"

#include "common/LayoutMemory.h"
#include "common/TaskRunner.h"
#include "content/ReportContext.h"
#include "content/ReportTypes.h"
#include "interview/Interview.h"
#include "pdf/PdfReportWriter.h"
#include "storage/InterviewRepository.h"
#include "storage/SystemRepository.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace attest::ui {

ReportDialog::ReportDialog(Workspace& workspace, const ReportSigning& signing, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_type(new QComboBox(this))
    , m_system(new QComboBox(this))
    , m_session(new QComboBox(this))
    , m_fromEnabled(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(QDate::currentDate().addMonths(-1), this))
    , m_toEnabled(new QCheckBox(tr("To"), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_paper(new QComboBox(this))
    , m_pdfa(new QCheckBox(tr("PDF/A-1b, for archiving"), this))
    , m_sign(new QCheckBox(tr("&Sign with my signing key"), this))
    , m_exportKey(new QPushButton(tr("Export Public &Key…"), this))
    , m_signing(signing)
    , m_organisation(new QLineEdit(this))
    , m_generate(new QPushButton(tr("&Generate Preview"), this))
    , m_save(new QPushButton(tr("&Save As…"), this))
    , m_status(new QLabel(this))
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
{
    setObjectName(u"reportDialog"_s);
    setWindowTitle(tr("Reports"));
    m_type->setObjectName(u"reportType"_s);
    for (const ReportType& t : ReportTypes::all()) {
        m_type->addItem(t.displayName(), t.key);
    }
    m_system->setObjectName(u"reportSystem"_s);
    if (auto labels = SystemRepository(workspace.connection()).labels()) {
        for (const SystemLabel& l : *labels) {
            m_system->addItem(l.retired ? tr("%1 %2 (retired)").arg(l.code, l.name) : u"%1 %2"_s.arg(l.code, l.name),
                              l.id);
        }
    }
    m_session->setObjectName(u"reportSession"_s);
    if (auto sessions = InterviewRepository(workspace.connection()).sessions()) {
        for (const InterviewSession& s : *sessions) {
            m_session->addItem(s.heldOn.isEmpty() ? s.title : u"%1 (%2)"_s.arg(s.title, s.heldOn), s.id);
        }
    }
    for (QDateEdit* date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_paper->addItem(tr("A4"), u"a4"_s);
    m_paper->addItem(tr("US Letter"), u"letter"_s);
    // The paper of the user's locale unless they chose before.
    QSettings settings;
    const QString defaultPaper = QLocale().measurementSystem() == QLocale::ImperialUSSystem ? u"letter"_s : u"a4"_s;
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(settings.value(u"reports/paper"_s, defaultPaper))));
    m_organisation->setText(settings.value(u"reports/organisation"_s).toString());
    m_organisation->setPlaceholderText(tr("Named on the cover"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Report:"), m_type);
    form->addRow(tr("AI s&ystem:"), m_system);
    form->addRow(tr("Inter&view:"), m_session);
    auto* range = new QHBoxLayout;
    range->addWidget(m_fromEnabled);
    range->addWidget(m_from);
    range->addWidget(m_toEnabled);
    range->addWidget(m_to);
    form->addRow(tr("Period:"), range);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(QString(), m_pdfa);
    auto* signRow = new QHBoxLayout;
    signRow->addWidget(m_sign);
    signRow->addStretch(1);
    signRow->addWidget(m_exportKey);
    form->addRow(QString(), signRow);
    m_sign->setObjectName(u"signCheck"_s);
    m_sign->setToolTip(tr("Prints the key's fingerprint on the cover and saves a signature file (.sig) beside the "
                          "report; anyone with your public key can check that not one byte changed"));
    m_sign->setEnabled(m_signing.offered());
    m_sign->setChecked(m_signing.offered() && settings.value(u"reports/sign"_s, false).toBool());
    m_exportKey->setObjectName(u"exportKeyButton"_s);
    m_exportKey->setEnabled(bool(m_signing.exportPublicKey));
    m_exportKey->setToolTip(tr("Save your public key, for those who verify your reports (attest verify)"));
    connect(m_exportKey, &QPushButton::clicked, this, &ReportDialog::exportPublicKey);
    connect(m_sign, &QCheckBox::toggled, this, [this](bool sign) {
        if (m_previewPath.isEmpty()) {
            return;
        }
        const bool matches = sign != m_previewFingerprint.isEmpty();
        m_save->setEnabled(matches);
        if (!matches) {
            m_status->setText(sign ? tr("Generate the report again to sign it.")
                                   : tr("Generate the report again without a signature."));
        }
    });
    m_askUnsigned = [this](const QString& problem) {
        return QMessageBox::question(this,
                                     tr("Sign the Report"),
                                     tr("The report cannot be signed: %1\n\nGenerate it unsigned?").arg(problem),
                                     QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };

    m_generate->setObjectName(u"generateButton"_s);
    m_generate->setDefault(true);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setEnabled(false);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"statusLabel"_s);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_generate, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_generate, &QPushButton::clicked, this, [this] { generate(); });
    connect(m_save, &QPushButton::clicked, this, &ReportDialog::saveAs);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ReportDialog::updateInputs);
    connect(m_fromEnabled, &QCheckBox::toggled, this, &ReportDialog::updateInputs);
    connect(m_toEnabled, &QCheckBox::toggled, this, &ReportDialog::updateInputs);

    m_view->setObjectName(u"reportPreview"_s);
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setMinimumWidth(420);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(form);
    leftLayout->addWidget(m_status);
    leftLayout->addStretch(1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1100, 760);
    LayoutMemory::remember(splitter, u"reports/main"_s);
    LayoutMemory::remember(this, u"reports/dialog"_s);
    updateInputs();
}

ReportDialog::~ReportDialog()
{
    m_document->close(); // before the temporary folder goes
    if (m_signing.release) {
        m_signing.release(); // the key does not outlive the dialog
    }
}

void ReportDialog::choose(const QString& type, qint64 systemId, qint64 sessionId)
{
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
    if (systemId) {
        m_system->setCurrentIndex(std::max(0, m_system->findData(systemId)));
    }
    if (sessionId) {
        m_session->setCurrentIndex(std::max(0, m_session->findData(sessionId)));
    }
}

void ReportDialog::updateInputs()
{
    const ReportType* type = ReportTypes::find(m_type->currentData().toString());
    const int needs = type ? type->needs : 0;
    m_system->setEnabled(needs & (ReportType::System | ReportType::OptionalSystem));
    if (needs & ReportType::OptionalSystem) {
        if (m_system->itemData(0).toLongLong() != 0) {
            m_system->insertItem(0, tr("All AI systems"), qint64(0));
            m_system->setCurrentIndex(0);
        }
    } else if (m_system->count() > 0 && m_system->itemData(0).toLongLong() == 0) {
        m_system->removeItem(0);
    }
    m_session->setEnabled(needs & ReportType::Session);
    const bool range = needs & ReportType::Range;
    m_fromEnabled->setEnabled(range);
    m_toEnabled->setEnabled(range);
    m_from->setEnabled(range && m_fromEnabled->isChecked());
    m_to->setEnabled(range && m_toEnabled->isChecked());
    m_generate->setEnabled(!((needs & ReportType::System) && m_system->count() == 0) &&
                           !((needs & ReportType::Session) && m_session->count() == 0));
}

QString ReportDialog::errorText() const
{
    return m_error;
}

bool ReportDialog::generate()
{
    ReportRequest request;
    request.type = m_type->currentData().toString();
    request.organisation = m_organisation->text().trimmed();
    const ReportType* type = ReportTypes::find(request.type);
    if (!type) {
        return false;
    }
    if (type->needs & (ReportType::System | ReportType::OptionalSystem)) {
        request.systemId = m_system->currentData().toLongLong();
    }
    if (type->needs & ReportType::Session) {
        request.sessionId = m_session->currentData().toLongLong();
    }
    if (type->needs & ReportType::Range) {
        request.from = m_fromEnabled->isChecked() ? m_from->date() : QDate();
        request.to = m_toEnabled->isChecked() ? m_to->date() : QDate();
    }
    QSettings settings;
    settings.setValue(u"reports/paper"_s, m_paper->currentData());
    settings.setValue(u"reports/organisation"_s, request.organisation);
    PdfReportWriter::Options options;
    options.paper = m_paper->currentData().toString() == u"letter"_s ? QPageSize::Letter : QPageSize::A4;
    options.pdfa = m_pdfa->isChecked();
    settings.setValue(u"reports/sign"_s, m_sign->isChecked());
    QString fingerprint;
    m_save->setEnabled(false);
    if (m_sign->isChecked()) {
        // The keychain may take a while (or ask to be unlocked): nothing here can be used meanwhile.
        const bool shown = isVisible();
        setEnabled(false);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_status->setText(tr("Waiting for the keychain…"));
        auto prepared = m_signing.prepare();
        QApplication::restoreOverrideCursor();
        setEnabled(true);
        if (shown && !isVisible()) {
            return false; // closed meanwhile
        }
        if (!prepared) {
            if (!m_askUnsigned(prepared.error().message)) {
                m_error = prepared.error().message;
                m_status->setText(tr("Not generated: %1").arg(m_error));
                return false;
            }
            m_sign->setChecked(false);
        } else {
            fingerprint = *prepared;
        }
    }
    options.signingKeyFingerprint = fingerprint;

    m_error.clear();
    if (!m_temp.isValid()) {
        m_error = tr("No private temporary folder could be made for the preview.");
        m_status->setText(m_error);
        return false;
    }
    auto context = ReportContext::capture(m_workspace, m_workspace.actor(), QDateTime::currentDateTimeUtc());
    if (!context) {
        m_error = context.error().message;
        m_status->setText(m_error);
        return false;
    }
    m_document->close();
    m_save->setEnabled(false);
    const QString path = m_temp.filePath(u"preview-%1.pdf"_s.arg(request.type));
    int pages = 0;
    Workspace& workspace = m_workspace;
    const ReportContext captured = *context;
    auto done = TaskRunner::run(
        this, tr("Generating the %1…").arg(type->displayName()), [&](TaskContext& task) -> Result<void> {
            auto connection = workspace.openConnection(Workspace::Access::ReadOnly);
            if (!connection) {
                return connection.error();
            }
            task.setLabel(tr("Reading the workspace…"));
            auto document = ReportTypes::build(**connection, captured, request, [&task](int percent) {
                task.setProgress(percent, 100);
                return !task.isCancelled();
            });
            if (!document) {
                return document.error();
            }
            if (task.isCancelled()) {
                return makeError(ErrorCode::Cancelled, tr("Cancelled."));
            }
            task.setLabel(tr("Writing the PDF…"));
            PdfReportWriter::Options withProgress = options;
            withProgress.progress = [&task](int page, int total) {
                task.setProgress(page, total);
                return !task.isCancelled();
            };
            auto written = PdfReportWriter::write(*document, path, withProgress);
            if (!written) {
                return written.error();
            }
            pages = *written;
            return {};
        });
    if (!done) {
        m_error =
            done.error().code == ErrorCode::Cancelled ? tr("Cancelled: no report was made.") : done.error().message;
        m_status->setText(m_error);
        return false;
    }
    m_previewPath = path;
    m_previewType = request.type;
    m_previewFingerprint = fingerprint;
    m_document->load(path);
    m_status->setText(tr("%n page(s). Look it over, then save it.", nullptr, pages));
    m_save->setEnabled(true);
    return true;
}

bool ReportDialog::saveTo(const QString& path)
{
    auto failed = [this](const QString& message) {
        m_error = message;
        m_status->setText(m_error);
        return false;
    };
    if (m_previewPath.isEmpty()) {
        return failed(tr("Generate the report first."));
    }
    if (m_sign->isChecked() == m_previewFingerprint.isEmpty()) {
        return failed(m_sign->isChecked() ? tr("Generate the report again to sign it.")
                                          : tr("Generate the report again without a signature."));
    }
    // The signature is made from the previewed bytes before anything on disk is replaced: a report that cannot be
    // signed leaves whatever was there untouched.
    QByteArray signature;
    if (!m_previewFingerprint.isEmpty()) {
        auto made = m_signing.sign(m_previewPath, QFileInfo(path).fileName(), m_previewFingerprint);
        if (!made) {
            return failed(tr("The report could not be signed, so nothing was saved: %1").arg(made.error().message));
        }
        signature = *made;
    }
    const QString signaturePath = path + u".sig"_s;
    QFile preview(m_previewPath);
    QSaveFile target(path);
    QSaveFile signatureFile(signaturePath);
    if (!preview.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly) ||
        target.write(preview.readAll()) != preview.size()) {
        return failed(tr("The report could not be saved to “%1”: %2").arg(path, target.errorString()));
    }
    if (!signature.isEmpty() &&
        (!signatureFile.open(QIODevice::WriteOnly) || signatureFile.write(signature) != signature.size())) {
        return failed(tr("The signature could not be written to “%1”, so nothing was saved: %2")
                          .arg(signaturePath, signatureFile.errorString()));
    }
    if (!target.commit()) {
        return failed(tr("The report could not be saved to “%1”: %2").arg(path, target.errorString()));
    }
    if (!signature.isEmpty()) {
        if (!signatureFile.commit()) {
            // No signed-looking report without its signature.
            QFile::remove(path);
            return failed(tr("The signature could not be written to “%1”, so the report was removed again: %2")
                              .arg(signaturePath, signatureFile.errorString()));
        }
        m_status->setText(tr("Saved to %1 and signed (%2).").arg(path, signaturePath));
        return true;
    }
    // A signature beside the file belonged to the report it replaces: it would only ever fail to verify.
    if (QFile::exists(signaturePath) && !QFile::remove(signaturePath)) {
        m_status->setText(tr("Saved to %1, but the old signature %2 beside it could not be removed: it no longer "
                             "matches, delete it.")
                              .arg(path, signaturePath));
        return true;
    }
    m_status->setText(tr("Saved to %1.").arg(path));
    return true;
}

void ReportDialog::setSigned(bool sign)
{
    m_sign->setChecked(sign && m_signing.offered());
}

void ReportDialog::exportPublicKey()
{
    const QString path = QFileDialog::getSaveFileName(
        this,
        tr("Export Public Key"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/attest-signing-key.pub"_s,
        tr("Public keys (*.pub)"));
    if (path.isEmpty()) {
        return;
    }
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto exported = m_signing.exportPublicKey(path);
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    m_status->setText(exported ? tr("Public key saved to %1. Its fingerprint: %2").arg(path, *exported)
                               : tr("The public key could not be exported: %1").arg(exported.error().message));
}

void ReportDialog::saveAs()
{
    QSettings settings;
    const QString folder =
        settings.value(u"reports/folder"_s, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString name = u"%1-%2.pdf"_s.arg(m_previewType, QDate::currentDate().toString(Qt::ISODate));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Report"), folder + u'/' + name, tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (saveTo(path)) {
        settings.setValue(u"reports/folder"_s, QFileInfo(path).absolutePath());
    }
}

} // namespace attest::ui
