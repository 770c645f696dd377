#include "MainWindow.h"

#include "audit/AuditTrailView.h"
#include "catalog/CatalogLoader.h"
#include "catalog/CatalogView.h"
#include "common/Appearance.h"
#include "common/EvidenceViewer.h"
#include "common/MessageBar.h"
#include "common/PassphraseDialog.h"
#include "common/PreferencesDialog.h"
#include "common/QuickOpenDialog.h"
#include "common/RecentWorkspaces.h"
#include "common/TaskRunner.h"
#include "common/Walkthrough.h"
#include "common/WorkspaceSecurityDialog.h"
#include "compliance/ComplianceView.h"
#include "compliance/ControlLibraryView.h"
#include "compliance/FindingsView.h"
#include "core/Logging.h"
#include "csv/CsvTableWriter.h"
#include "dashboard/DashboardView.h"
#include "interview/InterviewCapture.h"
#include "interview/InterviewView.h"
#include "inventory/InventoryView.h"
#include "reports/ReportDialog.h"
#include "risk/HeatMapWidget.h"
#include "risk/RiskRegisterModel.h"
#include "risk/RiskView.h"
#include "storage/ChangeNotifier.h"
#include "storage/WorkspaceExportLog.h"
#include "tables/ExportTable.h"
#include "xlsx/XlsxWriter.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLockFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTableWidgetItem>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace {
enum Page
{
    WelcomePage,
    InventoryPage,
    AuditTrailPage,
    CatalogPage,
    ControlsPage,
    CompliancePage,
    FindingsPage,
    RisksPage,
    InterviewsPage,
    DashboardPage,
};
} // namespace

MainWindow::MainWindow(Environment environment, QWidget* parent)
    : QMainWindow(parent)
    , m_env(std::move(environment))
    , m_undoStack(new QUndoStack(this))
    , m_messages(new MessageBar(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_workspaceLabel(new QLabel(this))
    , m_readOnlyLabel(new QLabel(this))
    , m_actorLabel(new QLabel(this))
    , m_eventsLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Attest"));

    m_navigation->setObjectName(u"navigationList"_s);
    m_navigation->addItem(tr("Inventory"));
    m_navigation->addItem(tr("Audit Trail"));
    m_navigation->addItem(tr("Catalogs"));
    m_navigation->addItem(tr("Controls"));
    m_navigation->addItem(tr("Compliance"));
    m_navigation->addItem(tr("Findings"));
    m_navigation->addItem(tr("Risks"));
    m_navigation->addItem(tr("Interviews"));
    m_navigation->addItem(tr("Dashboard"));
    m_navigation->setFixedWidth(qMax(120, m_navigation->sizeHintForColumn(0) + 32));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    m_navigation->setSpacing(3);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_workspace) {
            return;
        }
        // The navigation rows follow the page order after the welcome page.
        switch (InventoryPage + qBound(0, row, DashboardPage - InventoryPage)) {
        case ControlsPage:
            showControls();
            break;
        case CompliancePage:
            showCompliance();
            break;
        case FindingsPage:
            showFindings();
            break;
        case RisksPage:
            showRisks();
            break;
        case InterviewsPage:
            showInterviews();
            break;
        case DashboardPage:
            showDashboard();
            break;
        default:
            m_pages->setCurrentIndex(InventoryPage + row);
        }
    });

    buildWelcomePage();
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(new QWidget(this)); // inventory placeholder
    m_pages->addWidget(new QWidget(this)); // audit trail placeholder
    m_pages->addWidget(new QWidget(this)); // catalogs placeholder
    m_pages->addWidget(new QWidget(this)); // controls placeholder
    m_pages->addWidget(new QWidget(this)); // compliance placeholder
    m_pages->addWidget(new QWidget(this)); // findings placeholder
    m_pages->addWidget(new QWidget(this)); // risks placeholder
    m_pages->addWidget(new QWidget(this)); // interviews placeholder
    m_pages->addWidget(new QWidget(this)); // dashboard placeholder

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(6, 6, 6, 0);
    contentLayout->addWidget(m_messages);
    contentLayout->addWidget(m_pages, 1);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(content, 1);
    setCentralWidget(central);

    m_workspaceLabel->setObjectName(u"workspaceLabel"_s);
    m_readOnlyLabel->setObjectName(u"readOnlyLabel"_s);
    m_eventsLabel->setObjectName(u"eventsLabel"_s);
    m_readOnlyLabel->setText(tr("Read-only"));
    QFont badge = m_readOnlyLabel->font();
    badge.setBold(true);
    m_readOnlyLabel->setFont(badge);
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_actorLabel);
    statusBar()->addPermanentWidget(m_eventsLabel);

    buildMenus();
    updateWindowState();

    const QByteArray geometry = QSettings().value(u"window/geometry"_s).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(1280, 800);
    }
}

MainWindow::~MainWindow()
{
    closeWorkspace();
}

Actor MainWindow::currentActor() const
{
    return Actor::current(m_env.displayName ? m_env.displayName() : QString());
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspaceDialog)
        ->setProperty("noShortcut", tr("Rarely used"));
    file->addAction(tr("&Open Workspace…"), QKeySequence::Open, this, &MainWindow::openWorkspaceDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_saveAsAction = file->addAction(tr("Save a &Copy As…"), QKeySequence::SaveAs, this, &MainWindow::saveAsDialog);
    m_saveAsAction->setToolTip(tr("Write a consistent copy of the open workspace and continue in the copy"));
    // Where the platform has no standard key for it (e.g. without a desktop environment), the usual one.
    auto standardOr = [](QAction* action, const QKeySequence& fallback) {
        if (action->shortcut().isEmpty()) {
            action->setShortcut(fallback);
        }
    };
    standardOr(m_saveAsAction, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    m_reportsAction = file->addAction(tr("&Reports…"), QKeySequence::Print, this, &MainWindow::showReports);
    m_reportsAction->setObjectName(u"reportsAction"_s);
    m_reportsAction->setToolTip(tr("Generate, preview and save a PDF report"));
    m_exportMenu = file->addMenu(tr("&Export for Spreadsheets"));
    m_exportMenu->setObjectName(u"exportMenu"_s);
    for (const QString& name : ExportTable::names()) {
        const auto kind = ExportTable::kindFor(name);
        QAction* action = m_exportMenu->addAction(ExportTable::titleOf(*kind) + u"…"_s);
        action->setProperty("noShortcut", tr("An occasional export"));
        action->setObjectName(u"export-"_s + name);
        connect(action, &QAction::triggered, this, [this, name, kind] {
            QSettings settings;
            const QString folder =
                settings.value(u"exports/folder"_s, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .toString();
            // The file dialog adds the chosen type's extension, and asks before replacing a file.
            QFileDialog dialog(this, tr("Export %1").arg(ExportTable::titleOf(*kind)), folder + u'/' + name);
            dialog.setAcceptMode(QFileDialog::AcceptSave);
            const QString xlsxFilter = tr("Excel workbooks (*.xlsx)");
            const QString csvFilter = tr("CSV files (*.csv)");
            dialog.setNameFilters({xlsxFilter, csvFilter});
            dialog.setDefaultSuffix(u"xlsx"_s);
            connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, csvFilter](const QString& filter) {
                dialog.setDefaultSuffix(filter == csvFilter ? u"csv"_s : u"xlsx"_s);
            });
            if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
                return;
            }
            QString path = dialog.selectedFiles().constFirst();
            const QString suffix = QFileInfo(path).suffix().toLower();
            if (suffix != u"csv"_s && suffix != u"xlsx"_s) {
                path += dialog.selectedNameFilter() == csvFilter ? u".csv"_s : u".xlsx"_s;
            }
            if (exportTable(name, path)) {
                settings.setValue(u"exports/folder"_s, QFileInfo(path).absolutePath());
            }
        });
    }
    file->addSeparator();
    m_securityAction = file->addAction(tr("Workspace &Security…"), this, &MainWindow::showSecurity);
    m_securityAction->setObjectName(u"securityAction"_s);
    m_securityAction->setProperty("noShortcut", tr("Rarely used"));
    m_closeAction = file->addAction(tr("&Close Workspace"), QKeySequence::Close, this, &MainWindow::closeWorkspace);

    m_openAtStartAction = file->addAction(tr("Open This Workspace at &Start"));
    m_openAtStartAction->setObjectName(u"openAtStartAction"_s);
    m_openAtStartAction->setCheckable(true);
    m_openAtStartAction->setToolTip(tr("Attest opens this workspace when it starts without --db"));
    m_openAtStartAction->setProperty("noShortcut", tr("A setting, rarely changed"));
    connect(m_openAtStartAction, &QAction::triggered, this, [this](bool checked) {
        if (!m_workspace || !m_env.setDefaultWorkspace) {
            return;
        }
        // Unticking goes back to the standard location.
        m_env.setDefaultWorkspace(checked ? m_workspace->path() : QString());
        updateWindowState();
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    standardOr(quit, QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redoAction"_s);
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        if (m_catalogs && m_pages->currentWidget() == m_catalogs) {
            m_catalogs->focusSearch();
        } else if (m_inventory) {
            showInventory();
            m_inventory->focusFilter();
        }
    });
    find->setObjectName(u"findAction"_s);
    edit->addSeparator();
    m_quickOpenAction =
        edit->addAction(tr("&Quick Open…"), QKeySequence(Qt::CTRL | Qt::Key_K), this, &MainWindow::quickOpen);
    m_quickOpenAction->setObjectName(u"quickOpenAction"_s);
    m_quickOpenAction->setToolTip(tr("Jump to a system, requirement, control or risk by part of its name"));
    QAction* preferencesAction =
        edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, &MainWindow::preferences);
    if (preferencesAction->shortcut().isEmpty()) {
        preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    }

    m_systemsMenu = menuBar()->addMenu(tr("&Systems"));
    m_catalogsMenu = menuBar()->addMenu(tr("&Catalogs"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Inventory"), QKeySequence(Qt::CTRL | Qt::Key_1), this, &MainWindow::showInventory);
    view->addAction(tr("&Audit Trail"), QKeySequence(Qt::CTRL | Qt::Key_2), this, &MainWindow::showAuditTrail);
    view->addAction(tr("&Catalogs"), QKeySequence(Qt::CTRL | Qt::Key_3), this, &MainWindow::showCatalogs);
    view->addAction(tr("C&ontrols"), QKeySequence(Qt::CTRL | Qt::Key_4), this, &MainWindow::showControls);
    view->addAction(tr("Co&mpliance"), QKeySequence(Qt::CTRL | Qt::Key_5), this, &MainWindow::showCompliance);
    view->addAction(tr("&Findings"), QKeySequence(Qt::CTRL | Qt::Key_6), this, &MainWindow::showFindings);
    view->addAction(tr("&Risks"), QKeySequence(Qt::CTRL | Qt::Key_7), this, &MainWindow::showRisks);
    view->addAction(tr("I&nterviews"), QKeySequence(Qt::CTRL | Qt::Key_8), this, &MainWindow::showInterviews);
    view->addAction(tr("&Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_9), this, &MainWindow::showDashboard);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = help->addAction(
        tr("&Keyboard Shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(u"shortcutsAction"_s);
    QAction* tour =
        help->addAction(tr("&Getting Started"), QKeySequence::HelpContents, this, &MainWindow::startWalkthrough);
    tour->setObjectName(u"walkthroughAction"_s);
    if (tour->shortcut().isEmpty()) {
        tour->setShortcut(QKeySequence(Qt::Key_F1));
    }
    QAction* about = help->addAction(tr("&About Attest"), this, &MainWindow::about);
    about->setProperty("noShortcut", tr("Rarely used"));
}

void MainWindow::buildWelcomePage()
{
    m_welcome = new QWidget(this);
    m_welcome->setObjectName(u"welcomePage"_s);
    auto* layout = new QVBoxLayout(m_welcome);
    layout->addStretch();
    auto* title = new QLabel(tr("No workspace is open"), m_welcome);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    auto* text =
        new QLabel(tr("A workspace is one file holding your AI system inventory and its audit trail."), m_welcome);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    auto* create = new QPushButton(tr("New Workspace…"), m_welcome);
    auto* open = new QPushButton(tr("Open Workspace…"), m_welcome);
    connect(create, &QPushButton::clicked, this, &MainWindow::newWorkspaceDialog);
    connect(open, &QPushButton::clicked, this, &MainWindow::openWorkspaceDialog);
    buttons->addStretch();
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addStretch();
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addLayout(buttons);
    layout->addStretch();
}

bool MainWindow::openWorkspace(const QString& path, Workspace::Access access)
{
    Workspace::Options options;
    options.access = access;
    options.actor = currentActor();
    if (m_workspace && QFileInfo(path).absoluteFilePath() == m_workspace->path()) {
        return true;
    }
    closeWorkspace();
    // An older workspace is upgraded first, off the UI thread: the backup copy of a large file takes a while.
    QString backupPath;
    if (access == Workspace::Access::ReadWrite && Workspace::needsUpgrade(path)) {
        auto upgraded = TaskRunner::run(this, tr("Upgrading the workspace…"), [&](TaskContext&) -> Result<void> {
            auto upgrading = Workspace::open(path, options);
            if (!upgrading) {
                return upgrading.error();
            }
            backupPath = (*upgrading)->upgradeBackupPath();
            return {};
        });
        if (!upgraded) {
            reportOpenError(path, upgraded.error(), access);
            return false;
        }
    }
    auto opened = openUnlocked(path, options);
    if (!opened) {
        if (opened.error().code != ErrorCode::Cancelled) {
            reportOpenError(path, opened.error(), access);
        }
        return m_workspace != nullptr;
    }
    setWorkspace(std::move(*opened));
    syncCatalogs();
    if (backupPath.isEmpty()) {
        backupPath = m_workspace->upgradeBackupPath(); // an encrypted workspace is upgraded as it opens
    }
    if (!backupPath.isEmpty()) {
        m_messages->showMessage(MessageBar::Level::Info,
                                tr("This workspace was upgraded to format %1. A copy of the original is at %2.")
                                    .arg(m_workspace->schemaVersion())
                                    .arg(QDir::toNativeSeparators(backupPath)),
                                true);
    } else if (m_workspace->isReadOnly()) {
        m_messages->showMessage(MessageBar::Level::Warning,
                                tr("This workspace is open read-only: %1. You can look at everything, and "
                                   "save a copy to work on.")
                                    .arg(m_workspace->readOnlyReason()));
    }
    return true;
}

bool MainWindow::createWorkspace(const QString& path)
{
    Workspace::Options options;
    options.actor = currentActor();
    auto keys = keysForNewWorkspace(path);
    if (!keys) {
        if (keys.error().code != ErrorCode::Cancelled) {
            QMessageBox::warning(this, tr("New Workspace"), keys.error().message);
        }
        return false;
    }
    options.encryption = *keys;
    closeWorkspace();
    auto created = Workspace::create(path, options);
    if (!created) {
        QMessageBox::warning(this, tr("New Workspace"), created.error().message);
        return false;
    }
    // The keychain keeps the key under the workspace's id; without it the new workspace could not be opened
    // again, so a failure undoes the creation.
    if (*keys && !(*keys)->keychainKey.isEmpty()) {
        auto stored = m_env.keychain.store((*created)->id(), (*keys)->keychainKey);
        if (!stored) {
            created->reset();
            Workspace::removeFiles(path);
            QMessageBox::warning(this,
                                 tr("New Workspace"),
                                 tr("The key of the new workspace could not be stored in the keychain, so it was not "
                                    "created: %1")
                                     .arg(stored.error().message));
            return false;
        }
    }
    setWorkspace(std::move(*created));
    m_messages->showMessage(MessageBar::Level::Success,
                            m_workspace->isEncrypted()
                                ? tr("Created the encrypted workspace %1.").arg(QDir::toNativeSeparators(path))
                                : tr("Created the workspace %1.").arg(QDir::toNativeSeparators(path)));
    syncCatalogs();
    return true;
}

Result<std::shared_ptr<const crypto::EncryptionKeys>> MainWindow::keysForNewWorkspace(const QString& path)
{
    if (!m_env.keychain.available) {
        return std::shared_ptr<const crypto::EncryptionKeys>(); // no keychain integration: plain, as before
    }
    auto keys = std::make_shared<crypto::EncryptionKeys>();
    if (m_env.keychain.available()) {
        keys->keychainKey = crypto::SecretBuffer::random(crypto::KeySize);
        return std::shared_ptr<const crypto::EncryptionKeys>(keys);
    }
    QMessageBox box(QMessageBox::Question,
                    tr("New Workspace"),
                    tr("No keychain is available on this computer, so Attest cannot keep a key for the new workspace "
                       "for you."),
                    QMessageBox::NoButton,
                    this);
    box.setInformativeText(tr("Encrypt it with a passphrase that you type each time you open it, or create it "
                              "unencrypted: then anyone who gets a copy of the file can read it."));
    QPushButton* passphrase = box.addButton(tr("Encrypt with a &Passphrase…"), QMessageBox::AcceptRole);
    QPushButton* plain = box.addButton(tr("Create &Unencrypted"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(passphrase);
    box.exec();
    if (box.clickedButton() == plain) {
        return std::shared_ptr<const crypto::EncryptionKeys>();
    }
    if (box.clickedButton() != passphrase) {
        return makeError(ErrorCode::Cancelled, tr("Cancelled."));
    }
    PassphraseDialog dialog(PassphraseDialog::Mode::Set,
                            QDir::toNativeSeparators(path),
                            tr("Choose the passphrase that opens the new workspace."),
                            this);
    if (dialog.exec() != QDialog::Accepted) {
        return makeError(ErrorCode::Cancelled, tr("Cancelled."));
    }
    keys->passphrase = dialog.takePassphrase();
    return std::shared_ptr<const crypto::EncryptionKeys>(keys);
}

Result<std::unique_ptr<Workspace>> MainWindow::openUnlocked(const QString& path, Workspace::Options options)
{
    auto info = Workspace::inspectEncryption(path);
    if (!info || !info->encrypted) {
        return Workspace::open(path, options); // plain, or not readable: open() says why
    }
    const QString name = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QString problem;
    if (info->hasKeychainSlot && m_env.keychain.load) {
        // The keychain's key, and then the one a key replacement stored ahead of itself if it was interrupted.
        QStringList entries{info->keyId};
        if (m_env.keychain.pendingKeyId) {
            entries << m_env.keychain.pendingKeyId(info->keyId);
        }
        for (const QString& entry : entries) {
            auto key = m_env.keychain.load(entry);
            if (key && *key) {
                auto keys = std::make_shared<crypto::EncryptionKeys>();
                keys->keychainKey = (*key)->clone();
                options.encryption = keys;
                auto opened = Workspace::open(path, options);
                if (opened && entry != info->keyId && m_env.keychain.store) {
                    // Finish the interrupted replacement: the key that opens it becomes the entry's key.
                    if (m_env.keychain.store(info->keyId, **key) && m_env.keychain.remove) {
                        (void)m_env.keychain.remove(entry);
                    }
                }
                if (opened ||
                    (opened.error().code != ErrorCode::NeedsKey && opened.error().code != ErrorCode::WrongKey)) {
                    return opened;
                }
                problem = opened.error().message;
            } else if (!key && problem.isEmpty()) {
                problem = key.error().message;
            }
        }
    }
    if (problem.isEmpty()) {
        // Keys the caller put in the options (or none): open() says whether they unlock it.
        auto opened = Workspace::open(path, options);
        if (opened || opened.error().code != ErrorCode::NeedsKey) {
            return opened;
        }
    }
    if (!info->hasPassphraseSlot) {
        return makeError(ErrorCode::NeedsKey,
                         problem.isEmpty()
                             ? tr("“%1” can only be opened with its key from the keychain of the computer "
                                  "and user account that encrypted it, and this keychain does not hold it.")
                                   .arg(name)
                             : problem);
    }
    PassphraseDialog dialog(PassphraseDialog::Mode::Unlock,
                            name,
                            info->hasKeychainSlot
                                ? tr("This workspace is encrypted, and this computer's keychain has no key for it (it "
                                     "was encrypted on another computer or by another user). Enter its recovery "
                                     "passphrase.")
                                : tr("This workspace is encrypted with a passphrase."),
                            this);
    if (!problem.isEmpty()) {
        dialog.setProblem(problem);
    }
    while (dialog.exec() == QDialog::Accepted) {
        auto keys = std::make_shared<crypto::EncryptionKeys>();
        keys->passphrase = dialog.takePassphrase();
        options.encryption = keys;
        // Deriving the key from the passphrase is deliberately slow (Argon2id, about a second).
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto opened = Workspace::open(path, options);
        QApplication::restoreOverrideCursor();
        if (opened || opened.error().code != ErrorCode::WrongKey) {
            return opened;
        }
        dialog.setProblem(opened.error().message);
    }
    return makeError(ErrorCode::Cancelled, tr("Cancelled."));
}

void MainWindow::reportOpenError(const QString& path, const Error& error, Workspace::Access access)
{
    if (error.code == ErrorCode::Locked && access == Workspace::Access::ReadWrite) {
        QMessageBox box(QMessageBox::Warning, tr("Open Workspace"), error.message, QMessageBox::NoButton, this);
        QPushButton* readOnly = box.addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == readOnly) {
            openWorkspace(path, Workspace::Access::ReadOnly);
        }
        return;
    }
    if (error.code == ErrorCode::NotFound) {
        RecentWorkspaces::remove(path);
    }
    QMessageBox::warning(this, tr("Open Workspace"), error.message);
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_workspace->setActor(currentActor());
    RecentWorkspaces::add(m_workspace->path());

    m_inventory = new InventoryView(*m_workspace, m_undoStack, m_messages, this);
    m_auditTrail = new AuditTrailView(*m_workspace, m_messages, this);
    QWidget* oldInventory = m_pages->widget(InventoryPage);
    m_pages->removeWidget(oldInventory);
    delete oldInventory;
    m_pages->insertWidget(InventoryPage, m_inventory);
    QWidget* oldAudit = m_pages->widget(AuditTrailPage);
    m_pages->removeWidget(oldAudit);
    delete oldAudit;
    m_pages->insertWidget(AuditTrailPage, m_auditTrail);
    m_catalogs = new CatalogView(*m_workspace, m_messages, this);
    QWidget* oldCatalogs = m_pages->widget(CatalogPage);
    m_pages->removeWidget(oldCatalogs);
    delete oldCatalogs;
    m_pages->insertWidget(CatalogPage, m_catalogs);
    // The compliance pages are built when first shown: opening a workspace stays quick at 10,000 systems.
    connect(m_inventory, &InventoryView::showHistoryRequested, this, &MainWindow::showSystemHistory);
    connect(m_workspace->notifier(), &ChangeNotifier::changed, this, &MainWindow::updateAuditCount);
    m_quickOpenIndex.reset();
    connect(m_workspace->notifier(), &ChangeNotifier::changed, this, [this] { m_quickOpenIndex.reset(); });
    connect(m_workspace->notifier(), &ChangeNotifier::changed, m_auditTrail, [this] {
        m_auditTrail->noteActor(m_workspace->actor().displayName);
    });

    m_systemsMenu->clear();
    m_systemsMenu->addActions(m_inventory->systemActions());
    m_systemsMenu->addSeparator();
    QAction* compliance = m_systemsMenu->addAction(tr("Show &Compliance"), this, &MainWindow::showSystemCompliance);
    compliance->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    compliance->setObjectName(u"showComplianceAction"_s);
    QAction* risks = m_systemsMenu->addAction(tr("Show &Risks"), this, &MainWindow::showSystemRisks);
    risks->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    risks->setObjectName(u"showRisksAction"_s);
    m_catalogsMenu->clear();
    m_catalogsMenu->addActions(m_catalogs->catalogActions());
    showInventory();
    updateWindowState();
    m_inventory->table()->setFocus();
}

void MainWindow::syncCatalogs()
{
    // New workspaces get the shipped catalogs; older ones get this release's (updated in place, audited).
    if (!m_workspace || m_workspace->isReadOnly()) {
        return;
    }
    auto needed = CatalogLoader::needsSync(m_workspace->connection());
    if (!needed || !*needed) {
        return;
    }
    Workspace& workspace = *m_workspace;
    CatalogLoader::Report report;
    auto synced = TaskRunner::run(this, tr("Loading the catalogs…"), [&](TaskContext& task) -> Result<void> {
        auto connection = workspace.openConnection(Workspace::Access::ReadWrite);
        if (!connection) {
            return connection.error();
        }
        auto result = CatalogLoader::sync(**connection, CatalogLoader::defaultDirectory(), task.progressCallback());
        if (!result) {
            return result.error();
        }
        report = *result;
        return {};
    });
    if (!synced) {
        m_messages->showMessage(MessageBar::Level::Error,
                                tr("The catalogs could not be loaded: %1").arg(synced.error().message));
    } else if (report.requirementsChanged || report.requirementsWithdrawn) {
        m_messages->showMessage(MessageBar::Level::Info,
                                tr("The catalogs were updated to this release of Attest. %1").arg(report.summary()),
                                true);
    }
}

void MainWindow::closeWorkspace()
{
    // Temporary plain copies of evidence opened for viewing go with the workspace.
    EvidenceViewer::clear();
    if (!m_workspace) {
        return;
    }
    // The views and undo commands refer to the workspace: they go first.
    m_undoStack->clear();
    m_systemsMenu->clear();
    m_catalogsMenu->clear();
    for (int page : {InventoryPage,
                     AuditTrailPage,
                     CatalogPage,
                     ControlsPage,
                     CompliancePage,
                     FindingsPage,
                     RisksPage,
                     InterviewsPage,
                     DashboardPage}) {
        QWidget* old = m_pages->widget(page);
        m_pages->removeWidget(old);
        delete old;
        m_pages->insertWidget(page, new QWidget(this));
    }
    m_inventory = nullptr;
    m_auditTrail = nullptr;
    m_catalogs = nullptr;
    m_controls = nullptr;
    m_compliance = nullptr;
    m_findings = nullptr;
    m_risks = nullptr;
    m_interviews = nullptr;
    m_dashboard = nullptr;
    m_workspace.reset();
    m_pages->setCurrentIndex(WelcomePage);
    updateWindowState();
}

void MainWindow::showInventory()
{
    if (!m_workspace) {
        return;
    }
    m_pages->setCurrentIndex(InventoryPage);
    const QSignalBlocker block(m_navigation);
    m_navigation->setCurrentRow(0);
}

void MainWindow::showAuditTrail()
{
    if (!m_workspace) {
        return;
    }
    m_pages->setCurrentIndex(AuditTrailPage);
    const QSignalBlocker block(m_navigation);
    m_navigation->setCurrentRow(1);
}

void MainWindow::ensurePage(int page)
{
    if (!m_workspace) {
        return;
    }
    QWidget* widget = nullptr;
    if (page == ControlsPage && !m_controls) {
        widget = m_controls = new ControlLibraryView(*m_workspace, m_messages, this);
    } else if (page == CompliancePage && !m_compliance) {
        widget = m_compliance = new ComplianceView(*m_workspace, m_messages, this);
    } else if (page == FindingsPage && !m_findings) {
        widget = m_findings = new FindingsView(*m_workspace, m_messages, this);
    } else if (page == RisksPage && !m_risks) {
        widget = m_risks = new RiskView(*m_workspace, m_messages, this);
    } else if (page == InterviewsPage && !m_interviews) {
        widget = m_interviews = new InterviewView(*m_workspace, m_messages, this);
    } else if (page == DashboardPage && !m_dashboard) {
        widget = m_dashboard = new DashboardView(*m_workspace, this);
        // Click-through: every number opens the list behind it.
        connect(m_dashboard, &DashboardView::risksRequested, this, [this](const RiskFilter& filter) {
            showRisks();
            m_risks->showFilter(filter);
        });
        connect(m_dashboard,
                &DashboardView::findingsRequested,
                this,
                [this](const FindingScope& scope, const QString& description) {
                    showFindings();
                    m_findings->showScope(scope, description);
                });
        connect(m_dashboard,
                &DashboardView::inventoryRequested,
                this,
                [this](const SystemScope& scope, bool includeRetired, const QString& description) {
                    showInventory();
                    m_inventory->showScope(scope, includeRetired, description);
                });
        connect(m_dashboard,
                &DashboardView::complianceRequested,
                this,
                [this](const QString& key, const SystemScope& scope, const QString& description) {
                    showCompliance();
                    m_compliance->setCurrentWidget(m_compliance->matrixPage());
                    m_compliance->matrixPage()->showScope(key, scope, description);
                });
    }
    if (widget) {
        QWidget* old = m_pages->widget(page);
        m_pages->removeWidget(old);
        delete old;
        m_pages->insertWidget(page, widget);
    }
}

bool MainWindow::showPage(int page)
{
    if (!m_workspace) {
        return false;
    }
    ensurePage(page); // built the first time it is shown
    m_pages->setCurrentIndex(page);
    const QSignalBlocker block(m_navigation);
    m_navigation->setCurrentRow(page - InventoryPage);
    return true;
}

void MainWindow::showControls()
{
    showPage(ControlsPage);
}

void MainWindow::showCompliance()
{
    showPage(CompliancePage);
}

void MainWindow::showFindings()
{
    showPage(FindingsPage);
}

void MainWindow::showRisks()
{
    showPage(RisksPage);
}

void MainWindow::showInterviews()
{
    if (!showPage(InterviewsPage)) {
        return;
    }
    // From the keyboard: Enter opens the selected interview; an open interview takes its keys.
    if (m_interviews->capture()) {
        m_interviews->capture()->setFocus();
    } else {
        m_interviews->sessionTable()->setFocus();
    }
}

void MainWindow::showDashboard()
{
    showPage(DashboardPage);
}

void MainWindow::showSystemRisks()
{
    if (!m_inventory) {
        return;
    }
    const qint64 id = m_inventory->currentSystemId();
    showRisks(); // builds the page the first time
    if (id) {
        m_risks->showSystem(id);
    }
}

void MainWindow::showSystemCompliance()
{
    if (!m_inventory) {
        return;
    }
    const qint64 id = m_inventory->currentSystemId();
    showCompliance(); // builds the page the first time
    if (id) {
        m_compliance->showSystem(id);
    }
}

void MainWindow::showCatalogs()
{
    if (!m_workspace) {
        return;
    }
    m_pages->setCurrentIndex(CatalogPage);
    const QSignalBlocker block(m_navigation);
    m_navigation->setCurrentRow(2);
}

void MainWindow::showSystemHistory(qint64 systemId)
{
    if (!m_auditTrail) {
        return;
    }
    m_auditTrail->showRecord(u"ai_system"_s, systemId);
    showAuditTrail();
}

bool MainWindow::exportTable(const QString& name, const QString& path)
{
    const auto kind = ExportTable::kindFor(name);
    if (!m_workspace || !kind) {
        return false;
    }
    const bool csv = QFileInfo(path).suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0;
    Workspace& workspace = *m_workspace;
    int rows = 0;
    auto exported = TaskRunner::run(
        this, tr("Exporting %1…").arg(ExportTable::titleOf(*kind)), [&](TaskContext& task) -> Result<void> {
            auto connection = workspace.openConnection(Workspace::Access::ReadOnly);
            if (!connection) {
                return connection.error();
            }
            auto table = ExportTable::build(**connection, *kind);
            if (!table) {
                return table.error();
            }
            if (task.isCancelled()) {
                return makeError(ErrorCode::Cancelled, tr("Cancelled: nothing was written."));
            }
            auto written = csv ? CsvTableWriter::write(*table, path) : XlsxWriter::write(*table, path);
            if (!written) {
                return written.error();
            }
            rows = *written;
            return {};
        });
    if (!exported) {
        m_messages->showMessage(
            MessageBar::Level::Error,
            tr("%1 was not exported: %2").arg(ExportTable::titleOf(*kind), exported.error().message));
        return false;
    }
    m_messages->showMessage(MessageBar::Level::Success,
                            tr("Exported %n row(s) to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)));
    return true;
}

QList<MainWindow::MenuEntry> MainWindow::menuEntries() const
{
    QList<MenuEntry> entries;
    std::function<void(QMenu*, const QString&)> walk = [&](QMenu* menu, const QString& path) {
        for (QAction* action : menu->actions()) {
            if (action->isSeparator()) {
                continue;
            }
            const QString name = QString(action->text()).remove(u'&');
            if (action->menu()) {
                walk(action->menu(), path + u" > "_s + name);
            } else {
                entries << MenuEntry{path, action};
            }
        }
    };
    for (QAction* top : menuBar()->actions()) {
        if (top->menu()) {
            walk(top->menu(), QString(top->text()).remove(u'&'));
        }
    }
    return entries;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto* table = new QTableWidget(&dialog);
    table->setObjectName(u"shortcutsTable"_s);
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Menu"), tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    const QList<MenuEntry> entries = menuEntries();
    table->setRowCount(int(entries.size()) + 5);
    int row = 0;
    auto add = [&](const QString& menu, const QString& action, const QString& keys) {
        table->setItem(row, 0, new QTableWidgetItem(menu));
        table->setItem(row, 1, new QTableWidgetItem(action));
        table->setItem(row, 2, new QTableWidgetItem(keys));
        ++row;
    };
    for (const MenuEntry& e : entries) {
        const QString keys = e.action->shortcut().toString(QKeySequence::NativeText);
        add(e.menu,
            QString(e.action->text()).remove(u'&').remove(u'…'),
            keys.isEmpty() ? tr("(none: %1)").arg(e.action->property("noShortcut").toString()) : keys);
    }
    // In lists and forms, beside the menus.
    add(tr("Lists"), tr("Open the selected item"), tr("Enter"));
    add(tr("Lists"), tr("Filter as you type"), QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
    add(tr("Interviews"),
        tr("Answer: compliant, partially, non-compliant, not applicable, not assessed"),
        tr("1 to 5"));
    add(tr("Dialogs"), tr("Save / close"), tr("Ctrl+Enter / Esc"));
    add(tr("Quick Open"), tr("Choose / open"), tr("↑ ↓ / Enter"));
    table->setRowCount(row);
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(720, 560);
    dialog.exec();
}

void MainWindow::quickOpen()
{
    if (!m_workspace) {
        return;
    }
    if (!m_quickOpenIndex) {
        Workspace& workspace = *m_workspace;
        std::optional<QuickOpenIndex> loaded;
        auto read = TaskRunner::run(this, tr("Reading the workspace…"), [&](TaskContext&) -> Result<void> {
            auto connection = workspace.openConnection(Workspace::Access::ReadOnly);
            if (!connection) {
                return connection.error();
            }
            auto index = QuickOpenIndex::load(**connection);
            if (!index) {
                return index.error();
            }
            loaded = std::move(*index);
            return {};
        });
        if (!read) {
            m_messages->showMessage(MessageBar::Level::Error, read.error().message);
            return;
        }
        m_quickOpenIndex = std::move(loaded);
    }
    QuickOpenDialog dialog(*m_quickOpenIndex, this);
    if (dialog.exec() == QDialog::Accepted) {
        openItem(dialog.chosen());
    }
}

void MainWindow::openItem(const QuickOpenItem& item)
{
    switch (item.kind) {
    case QuickOpenItem::Kind::System:
        showInventory();
        m_inventory->clearScope();
        m_inventory->selectSystem(item.id);
        break;
    case QuickOpenItem::Kind::Requirement:
        showCatalogs();
        m_catalogs->showRequirement(item.id);
        break;
    case QuickOpenItem::Kind::Control:
        showControls();
        m_controls->selectControl(item.title.section(u' ', 0, 0));
        break;
    case QuickOpenItem::Kind::Risk: {
        showRisks();
        m_risks->showSystem(item.systemId);
        const int row = m_risks->model()->rowOf(item.id);
        if (row >= 0) {
            m_risks->table()->selectRow(row);
            m_risks->table()->scrollTo(m_risks->model()->index(row, 0));
        }
        break;
    }
    }
}

void MainWindow::showReports()
{
    if (!m_workspace) {
        return;
    }
    ReportDialog dialog(*m_workspace, m_env.signing, this);
    dialog.exec();
}

void MainWindow::updateWindowState()
{
    const bool open = m_workspace != nullptr;
    m_navigation->setEnabled(open);
    m_saveAsAction->setEnabled(open);
    m_reportsAction->setEnabled(open);
    m_securityAction->setEnabled(open);
    m_quickOpenAction->setEnabled(open);
    m_exportMenu->setEnabled(open);
    m_closeAction->setEnabled(open);
    const bool canChooseDefault = open && m_env.defaultWorkspace && m_env.setDefaultWorkspace;
    m_openAtStartAction->setEnabled(canChooseDefault);
    m_openAtStartAction->setChecked(canChooseDefault &&
                                    QFileInfo(m_env.defaultWorkspace()).absoluteFilePath() == m_workspace->path());
    m_systemsMenu->setEnabled(open);
    m_catalogsMenu->setEnabled(open);
    if (!open) {
        setWindowTitle(tr("Attest"));
        m_workspaceLabel->setText(tr("No workspace open"));
        m_readOnlyLabel->hide();
        m_eventsLabel->clear();
    } else {
        setWindowTitle(m_workspace->isReadOnly() ? tr("%1 [read-only] — Attest").arg(m_workspace->displayName())
                                                 : tr("%1 — Attest").arg(m_workspace->displayName()));
        m_workspaceLabel->setText(QDir::toNativeSeparators(m_workspace->path()));
        m_readOnlyLabel->setVisible(m_workspace->isReadOnly());
        m_readOnlyLabel->setToolTip(m_workspace->readOnlyReason());
        updateAuditCount();
    }
    const Actor actor = currentActor();
    m_actorLabel->setText(tr("Recording as %1").arg(actor.displayName));
    m_actorLabel->setToolTip(tr("Changes are recorded as %1 (computer account %2). Change the name in Edit > "
                                "Preferences.")
                                 .arg(actor.displayName, actor.osAccount));
}

void MainWindow::updateAuditCount()
{
    if (!m_workspace) {
        return;
    }
    auto head = m_workspace->connection().auditHead();
    m_eventsLabel->setText(head ? tr("%1 audit events").arg(QLocale().toString(head->seq)) : QString());
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentWorkspaces::list();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
    }
}

void MainWindow::newWorkspaceDialog()
{
    const QString dir = m_workspace ? QFileInfo(m_workspace->path()).absolutePath()
                                    : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this,
                                                tr("New Workspace"),
                                                dir + u"/workspace.attest"_s,
                                                tr("Attest workspaces (*.attest *.db);;All files (*)"),
                                                nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u".attest"_s;
    }
    createWorkspace(path);
}

void MainWindow::openWorkspaceDialog()
{
    const QString dir = m_workspace ? QFileInfo(m_workspace->path()).absolutePath()
                                    : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), dir, tr("Attest workspaces (*.attest *.db);;All files (*)"));
    if (!path.isEmpty()) {
        openWorkspace(path);
    }
}

void MainWindow::saveAsDialog()
{
    if (!m_workspace) {
        return;
    }
    QString path = QFileDialog::getSaveFileName(this,
                                                tr("Save a Copy As"),
                                                QFileInfo(m_workspace->path()).absolutePath() + u"/copy.attest"_s,
                                                tr("Attest workspaces (*.attest *.db);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u".attest"_s;
    }
    const Workspace& workspace = *m_workspace;
    auto saved = TaskRunner::run(this, tr("Saving a copy…"), [&](TaskContext&) { return workspace.saveCopyAs(path); });
    if (!saved) {
        QMessageBox::warning(this, tr("Save a Copy As"), saved.error().message);
        return;
    }
    if (openWorkspace(path)) {
        m_messages->showMessage(
            MessageBar::Level::Success,
            tr("Saved a copy as %1; you are now working in the copy.").arg(QDir::toNativeSeparators(path)));
    }
}

void MainWindow::showSecurity()
{
    if (!m_workspace) {
        return;
    }
    const QString path = m_workspace->path();
    const QString name = QDir::toNativeSeparators(path);
    auto info = Workspace::inspectEncryption(path);
    if (!info) {
        QMessageBox::warning(this, tr("Workspace Security"), info.error().message);
        return;
    }
    WorkspaceSecurityDialog::State state;
    state.path = path;
    state.info = *info;
    state.readOnly = m_workspace->isReadOnly();
    state.keychainAvailable = m_env.keychain.available && m_env.keychain.available();
    std::optional<crypto::SecretBuffer> keychainKey;
    if (info->encrypted && state.keychainAvailable && m_env.keychain.load) {
        if (auto key = m_env.keychain.load(info->keyId); key && *key) {
            keychainKey = std::move(**key);
        }
    }
    state.keychainHoldsKey = keychainKey.has_value();
    WorkspaceSecurityDialog dialog(state, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto fail = [this](const QString& message) { QMessageBox::warning(this, tr("Workspace Security"), message); };

    switch (dialog.action()) {
    case WorkspaceSecurityDialog::Action::None:
        return;
    case WorkspaceSecurityDialog::Action::SetPassphrase: {
        PassphraseDialog ask(PassphraseDialog::Mode::Set,
                             name,
                             tr("The recovery passphrase opens this workspace where the keychain has no key for it."),
                             this);
        if (ask.exec() != QDialog::Accepted) {
            return;
        }
        const crypto::SecretBuffer passphrase = ask.takePassphrase();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto set = m_workspace->setRecoveryPassphrase(passphrase);
        QApplication::restoreOverrideCursor();
        if (!set) {
            return fail(set.error().message);
        }
        m_messages->showMessage(MessageBar::Level::Success,
                                tr("The recovery passphrase is set. Keep it somewhere safe, away from the computer."));
        return;
    }
    case WorkspaceSecurityDialog::Action::RemovePassphrase: {
        if (QMessageBox::question(this,
                                  tr("Remove Recovery Passphrase"),
                                  tr("Without a recovery passphrase, only this computer's keychain opens the "
                                     "workspace: if the keychain is lost, so is the workspace. Remove it?")) !=
            QMessageBox::Yes) {
            return;
        }
        if (auto removed = m_workspace->setRecoveryPassphrase(crypto::SecretBuffer()); !removed) {
            return fail(removed.error().message);
        }
        m_messages->showMessage(MessageBar::Level::Success, tr("The recovery passphrase is removed."));
        return;
    }
    case WorkspaceSecurityDialog::Action::Encrypt: {
        auto keys = std::make_shared<crypto::EncryptionKeys>();
        bool storeKey = false;
        if (state.keychainAvailable) {
            // Copies of a workspace share its id, and so its keychain entry: a key already there (a copy of this
            // workspace is encrypted with it) is used again rather than replaced, which would lock that copy out.
            auto existing = m_env.keychain.load(m_workspace->id());
            if (!existing) {
                return fail(existing.error().message);
            }
            if (*existing) {
                keys->keychainKey = std::move(**existing);
            } else {
                keys->keychainKey = crypto::SecretBuffer::random(crypto::KeySize);
                storeKey = true;
            }
        } else {
            PassphraseDialog ask(PassphraseDialog::Mode::Set,
                                 name,
                                 tr("No keychain is available: the encrypted workspace will open with this "
                                    "passphrase."),
                                 this);
            if (ask.exec() != QDialog::Accepted) {
                return;
            }
            keys->passphrase = ask.takePassphrase();
        }
        QMessageBox box(
            QMessageBox::Question,
            tr("Encrypt This Workspace"),
            tr("Attest writes an encrypted copy of “%1”, checks it, and puts it in place of the file.").arg(name),
            QMessageBox::NoButton,
            this);
        box.setInformativeText(tr("What should happen to the unencrypted original? Deleting a file does not "
                                  "guarantee that its contents are gone: on SSDs and on backed-up or synchronised "
                                  "folders, copies of the data may remain. Keep the original only if you will "
                                  "store it somewhere safe."));
        QPushButton* remove = box.addButton(tr("&Delete the Original"), QMessageBox::AcceptRole);
        QPushButton* keep = box.addButton(tr("&Keep It Beside"), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(remove);
        box.exec();
        if (box.clickedButton() != remove && box.clickedButton() != keep) {
            return;
        }
        // The key goes into the keychain before anything is written: nothing can be edited while the keychain
        // answers into a copy that is then thrown away.
        if (storeKey) {
            if (auto stored = m_env.keychain.store(m_workspace->id(), keys->keychainKey); !stored) {
                return fail(tr("The key could not be stored in the keychain; the workspace is unchanged: %1")
                                .arg(stored.error().message));
            }
        }
        auto headBefore = m_workspace->connection().auditHead();
        const QString partial = path + u".encrypting"_s;
        const Workspace& workspace = *m_workspace;
        auto written = TaskRunner::run(this, tr("Encrypting the workspace…"), [&](TaskContext& task) {
            return workspace.saveEncryptedCopyAs(partial, *keys, task.progressCallback());
        });
        auto headAfter = m_workspace->connection().auditHead();
        if (written && (!headBefore || !headAfter || headBefore->hash != headAfter->hash)) {
            written =
                makeError(ErrorCode::Conflict, tr("The workspace changed while it was being encrypted; try again."));
        }
        if (!written) {
            QFile::remove(partial);
            if (written.error().code != ErrorCode::Cancelled) {
                fail(written.error().message);
            }
            return;
        }
        closeWorkspace();
        // Until the encrypted file is in place, no other Attest may open the original.
        QLockFile lock(path + u".lock"_s);
        lock.setStaleLockTime(0);
        auto abandon = [&](const QString& message) {
            QFile::remove(partial);
            lock.unlock();
            openWorkspace(path);
            fail(message);
        };
        if (!lock.tryLock(0)) {
            return abandon(tr("Another Attest opened the workspace; it was not changed."));
        }
        if (QFileInfo(path + u"-wal"_s).size() > 0) {
            return abandon(tr("The workspace's journal was not written back; it was not changed."));
        }
        QString kept;
        if (box.clickedButton() == keep) {
            const QFileInfo original(path);
            const QString stem = original.absolutePath() + u'/' + original.completeBaseName();
            kept = stem + u"-unencrypted."_s + original.suffix();
            for (int i = 2; QFileInfo::exists(kept); ++i) {
                kept = stem + u"-unencrypted-%1."_s.arg(i) + original.suffix();
            }
            // A second name for the original first (a copy, in the background: it may be large); the encrypted file
            // then replaces the first name in one step.
            auto copied = TaskRunner::run(this, tr("Keeping the original…"), [&](TaskContext&) -> Result<void> {
                if (!QFile::copy(path, kept)) {
                    return makeError(ErrorCode::Io, tr("“%1” could not be written.").arg(kept));
                }
                return {};
            });
            if (!copied) {
                return abandon(tr("The original could not be kept as “%1”; the workspace is unchanged.")
                                   .arg(QDir::toNativeSeparators(kept)));
            }
        }
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
            if (!kept.isEmpty()) {
                QFile::remove(kept);
            }
            return abandon(tr("The encrypted copy could not be put in place; the workspace is unchanged."));
        }
        lock.unlock();
        if (openWorkspace(path)) {
            m_messages->showMessage(MessageBar::Level::Success,
                                    kept.isEmpty()
                                        ? tr("The workspace is encrypted. The unencrypted original was deleted.")
                                        : tr("The workspace is encrypted. The unencrypted original is at %1: store "
                                             "it safely or delete it.")
                                              .arg(QDir::toNativeSeparators(kept)),
                                    true);
        }
        return;
    }
    case WorkspaceSecurityDialog::Action::RotateKey: {
        // What opens it now, and what will open it afterwards: a new keychain key, and the passphrase again if
        // it has one (it is wrapped anew around the new key).
        crypto::EncryptionKeys current;
        crypto::EncryptionKeys replacement;
        if (keychainKey) {
            current.keychainKey = keychainKey->clone();
        }
        if (state.keychainAvailable) {
            replacement.keychainKey = crypto::SecretBuffer::random(crypto::KeySize);
        }
        if (info->hasPassphraseSlot || current.keychainKey.isEmpty()) {
            PassphraseDialog ask(PassphraseDialog::Mode::Unlock,
                                 name,
                                 tr("Enter the recovery passphrase: it will open the workspace with its new key too."),
                                 this);
            if (ask.exec() != QDialog::Accepted) {
                return;
            }
            current.passphrase = ask.takePassphrase();
            replacement.passphrase = current.passphrase.clone();
        }
        if (replacement.isEmpty()) {
            return fail(tr("Without a keychain or a recovery passphrase there is nothing to encrypt the new key "
                           "with."));
        }
        const QString keyId = info->keyId;
        const QString pendingId = m_env.keychain.pendingKeyId ? m_env.keychain.pendingKeyId(keyId) : QString();
        // The new key is in the keychain before the file changes (as a pending entry, which opening also tries),
        // so no moment exists in which only memory holds the key that opens the workspace.
        if (!replacement.keychainKey.isEmpty()) {
            if (pendingId.isEmpty()) {
                return fail(tr("This keychain cannot hold a second key; the workspace is unchanged."));
            }
            if (auto stored = m_env.keychain.store(pendingId, replacement.keychainKey); !stored) {
                return fail(tr("The new key could not be stored in the keychain; the workspace is unchanged: %1")
                                .arg(stored.error().message));
            }
        }
        closeWorkspace();
        auto rotated = TaskRunner::run(this, tr("Re-encrypting every page…"), [&](TaskContext& task) {
            return Workspace::rotateKey(path, current, replacement, task.progressCallback());
        });
        if (!rotated) {
            if (!pendingId.isEmpty()) {
                (void)m_env.keychain.remove(pendingId);
            }
            openWorkspace(path);
            if (rotated.error().code != ErrorCode::Cancelled) {
                fail(rotated.error().message);
            }
            return;
        }
        if (!replacement.keychainKey.isEmpty()) {
            if (auto stored = m_env.keychain.store(keyId, replacement.keychainKey); stored) {
                (void)m_env.keychain.remove(pendingId);
            } else {
                // The pending entry keeps the key; opening finds it there.
                qCWarning(lcStorage) << "the new key stays in the pending keychain entry:" << stored.error().detail;
            }
        } else if (!current.keychainKey.isEmpty()) {
            (void)m_env.keychain.remove(keyId);
        }
        if (openWorkspace(path)) {
            m_messages->showMessage(MessageBar::Level::Success,
                                    tr("Every page is encrypted with a new key; the old key opens nothing any more. "
                                       "Copies made before (Save a Copy As, backups) keep the old key: they open only "
                                       "with their recovery passphrase from now on."));
        }
        return;
    }
    case WorkspaceSecurityDialog::Action::DecryptedCopy: {
        if (QMessageBox::warning(this,
                                 tr("Save a Decrypted Copy"),
                                 tr("The copy is not encrypted: anyone who gets it can read every risk, gap and piece "
                                    "of evidence in it. The export is recorded in the audit trail. Continue?"),
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) != QMessageBox::Yes) {
            return;
        }
        QString target = QFileDialog::getSaveFileName(this,
                                                      tr("Save a Decrypted Copy"),
                                                      QFileInfo(path).absolutePath() + u'/' +
                                                          QFileInfo(path).completeBaseName() + u"-decrypted.attest"_s,
                                                      tr("Attest workspaces (*.attest *.db);;All files (*)"));
        if (target.isEmpty()) {
            return;
        }
        // Recorded in the audit trail first (the copy carries the record too), withdrawn if the copy fails.
        auto record = WorkspaceExportLog::recordDecryptedCopy(*m_workspace, target);
        if (!record) {
            return fail(record.error().message);
        }
        const Workspace& workspace = *m_workspace;
        auto saved = TaskRunner::run(this, tr("Writing a decrypted copy…"), [&](TaskContext& task) {
            return workspace.saveDecryptedCopyAs(target, task.progressCallback());
        });
        if (!saved) {
            WorkspaceExportLog::withdraw(*m_workspace, *record, target);
            if (saved.error().code != ErrorCode::Cancelled) {
                fail(saved.error().message);
            }
            return;
        }
        m_messages->showMessage(MessageBar::Level::Warning,
                                tr("A decrypted copy is at %1. Store it safely, and delete it when it is no longer "
                                   "needed.")
                                    .arg(QDir::toNativeSeparators(target)),
                                true);
        return;
    }
    }
}

void MainWindow::preferences()
{
    const Actor actor = currentActor();
    PreferencesDialog::Values current;
    current.displayName = m_env.displayName ? m_env.displayName() : QString();
    current.language = m_env.language ? m_env.language() : QString();
    current.appearance = Appearance::instance()->preferred();
    PreferencesDialog dialog(current, actor.osAccount, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const PreferencesDialog::Values chosen = dialog.values();
    if (m_env.setDisplayName) {
        m_env.setDisplayName(chosen.displayName);
    }
    if (m_env.setLanguage) {
        m_env.setLanguage(chosen.language);
    }
    Appearance::instance()->setPreferred(chosen.appearance);
    if (m_env.setAppearance) {
        m_env.setAppearance(Appearance::toString(chosen.appearance));
    }
    if (m_workspace) {
        m_workspace->setActor(currentActor());
    }
    updateWindowState();
}

void MainWindow::startWalkthrough()
{
    if (!m_workspace) {
        QMessageBox::information(this,
                                 tr("Getting Started"),
                                 tr("Open a workspace first. The tour is best taken on the demo workspace: start "
                                    "Attest with “attest --demo --db demo.attest”, or create it with File > New "
                                    "Workspace."));
        return;
    }
    auto page = [this](void (MainWindow::*showView)(), auto widget) {
        return [this, showView, widget]() -> QWidget* {
            (this->*showView)();
            return widget();
        };
    };
    const QList<Walkthrough::Step> steps = {
        {tr("Welcome to Attest"),
         tr("Attest keeps the inventory of your organisation's AI systems and shows that each one is governed: its "
            "risks assessed, controls in place and mapped to the law and to standards, evidence collected, gaps "
            "followed up. The views are listed on the left; Ctrl+1 to Ctrl+9 switch between them."),
         page(&MainWindow::showInventory, [this] { return static_cast<QWidget*>(m_navigation); })},
        {tr("The inventory"),
         tr("Every AI system with its owner, purpose, risk tier and lifecycle stage. Type a few letters to filter; "
            "double-click a system to open its record. Ctrl+N adds a system."),
         page(&MainWindow::showInventory, [this] { return static_cast<QWidget*>(m_inventory->filterEdit()); })},
        {tr("Risks"),
         tr("AI-specific risks of each system (data poisoning, prompt injection, model theft, drift, bias…), rated "
            "by likelihood and business impact before and after treatment. The heat map shows where they fall."),
         page(&MainWindow::showRisks, [this] { return static_cast<QWidget*>(m_risks->heatMap()); })},
        {tr("Controls and evidence"),
         tr("The control library: what your organisation does, mapped to the requirements it serves. Drop a file "
            "on a control's evidence list to store it as evidence, with its fingerprint."),
         page(&MainWindow::showControls, [this] { return static_cast<QWidget*>(m_controls); })},
        {tr("Compliance"),
         tr("For each system and framework (GDPR, EU AI Act, ISO/IEC 27001 and 42001, NIST AI RMF, HIPAA), which "
            "requirements are met, partly met or open, and why. The matrix compares systems; the Statement of "
            "Applicability covers ISO/IEC 27001."),
         page(&MainWindow::showCompliance, [this] { return static_cast<QWidget*>(m_compliance); })},
        {tr("Findings"),
         tr("Gaps become findings with an owner and a due date, so that nothing found in an audit is forgotten. "
            "Overdue findings stand out."),
         page(&MainWindow::showFindings, [this] { return static_cast<QWidget*>(m_findings); })},
        {tr("Interviews"),
         tr("Capture answers live during an audit interview: the questions come from the frameworks, each answer "
            "is saved as you type, and the session can be printed as a signed record."),
         page(&MainWindow::showInterviews, [this] { return static_cast<QWidget*>(m_interviews); })},
        {tr("Dashboard"),
         tr("Coverage by framework, the risk heat map, findings by due date and the trends of the last twelve "
            "months, for the programme at a glance."),
         page(&MainWindow::showDashboard, [this] { return static_cast<QWidget*>(m_dashboard); })},
        {tr("The audit trail"),
         tr("Every change is recorded with who made it, when and why, in a chain that shows any tampering. "
            "Verify it here at any time."),
         page(&MainWindow::showAuditTrail,
              [this] { return static_cast<QWidget*>(m_auditTrail->findChild<QWidget*>(u"verifyButton"_s)); })},
        {tr("Reports and quick open"),
         tr("File > Reports (Ctrl+P) writes PDF reports for management and regulators, signed if you wish. "
            "Ctrl+K jumps to any system, requirement, control or risk by part of its name. Ctrl+/ lists every "
            "shortcut, and F1 brings this tour back."),
         page(&MainWindow::showInventory, [] { return static_cast<QWidget*>(nullptr); })},
    };
    delete m_walkthrough;
    m_walkthrough = new Walkthrough(this, steps);
    connect(m_walkthrough, &Walkthrough::finished, this, [] { QSettings().setValue(u"walkthrough/seen"_s, true); });
    m_walkthrough->start();
}

void MainWindow::offerWalkthrough()
{
    if (!QSettings().value(u"walkthrough/seen"_s, false).toBool()) {
        startWalkthrough();
    }
}

void MainWindow::about()
{
    QMessageBox::about(this,
                       tr("About Attest"),
                       tr("<h3>Attest %1</h3><p>A workbench for AI governance and compliance: an inventory of your "
                          "AI systems with a tamper-evident audit trail.</p><p>Workspace format %2 · Qt %3</p>")
                           .arg(QApplication::applicationVersion())
                           .arg(Workspace::latestSchemaVersion())
                           .arg(QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(u"window/geometry"_s, saveGeometry());
    event->accept();
}

} // namespace attest::ui
