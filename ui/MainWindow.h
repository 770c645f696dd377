#pragma once

#include "core/Actor.h"
#include "reports/ReportSigning.h"
#include "search/QuickOpen.h"
#include "storage/Workspace.h"
#include "storage/crypto/WorkspaceHeader.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace attest::ui {

class Walkthrough;

class AuditTrailView;
class CatalogView;
class ComplianceView;
class ControlLibraryView;
class FindingsView;
class RiskView;
class InterviewView;
class DashboardView;
class InventoryView;
class MessageBar;

// The main window: navigation between the inventory and the audit trail, the File menu's workspace handling
// (New, Open, Open Recent, Save As), undo/redo, and the one place where workspace problems are reported.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // What the window needs from the application (settings live in app/).
    struct Environment
    {
        std::function<QString()> displayName;
        std::function<void(const QString&)> setDisplayName;
        // The workspace opened at start when no --db is given (optional).
        std::function<QString()> defaultWorkspace;
        std::function<void(const QString&)> setDefaultWorkspace;
        // The UI language ("" = the system's) and light or dark (Appearance::toString), kept by the app (optional).
        std::function<QString()> language;
        std::function<void(const QString&)> setLanguage;
        std::function<QString()> appearance;
        std::function<void(const QString&)> setAppearance;
        // Workspace keys in the OS keychain, by the workspace's key id (optional: without it, workspaces are
        // created unencrypted and encrypted ones open with their recovery passphrase).
        struct Keychain
        {
            std::function<bool()> available;
            std::function<Result<std::optional<crypto::SecretBuffer>>(const QString& keyId)> load;
            std::function<Result<void>(const QString& keyId, const crypto::SecretBuffer& key)> store;
            std::function<Result<void>(const QString& keyId)> remove;
            // The entry where a key replacement keeps the new key until the file carries it (also the CLI's
            // `attest workspace rekey`); opening tries it when the entry's own key does not unlock.
            std::function<QString(const QString& keyId)> pendingKeyId;
        } keychain;
        // The report-signing key in the keychain (optional: without it, reports are not offered signed).
        ReportSigning signing;
    };

    explicit MainWindow(Environment environment, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Every action of the menu bar with its menu, shortcut, or why it has none (the "noShortcut" property).
    struct MenuEntry
    {
        QString menu;
        QAction* action = nullptr;
    };
    QList<MenuEntry> menuEntries() const;
    void showShortcuts();
    // Help > Getting Started (F1): a short tour of the views, best on the demo workspace.
    void startWalkthrough();
    // Starts the tour unless this user has already seen it (after the demo workspace is first created).
    void offerWalkthrough();
    Walkthrough* walkthrough() const { return m_walkthrough; }
    // Quick open (Ctrl+K): jump to a system, requirement, control or risk by part of its name.
    void quickOpen();
    void openItem(const QuickOpenItem& item);
    // Writes one register as XLSX or CSV (chosen by the file's extension), off the UI thread.
    bool exportTable(const QString& name, const QString& path);
    // Opens `path`, reporting any problem in a dialog (for a locked workspace, offering to open it read-only).
    bool openWorkspace(const QString& path, Workspace::Access access = Workspace::Access::ReadWrite);
    bool createWorkspace(const QString& path);
    // File > Workspace Security: encryption, recovery passphrase, key rotation, a decrypted copy.
    void showSecurity();
    void closeWorkspace();

    Workspace* workspace() const { return m_workspace.get(); }
    InventoryView* inventoryView() const { return m_inventory; }
    AuditTrailView* auditTrailView() const { return m_auditTrail; }
    CatalogView* catalogView() const { return m_catalogs; }
    ControlLibraryView* controlLibraryView() const { return m_controls; }
    ComplianceView* complianceView() const { return m_compliance; }
    FindingsView* findingsView() const { return m_findings; }
    RiskView* riskView() const { return m_risks; }
    InterviewView* interviewView() const { return m_interviews; }
    DashboardView* dashboardView() const { return m_dashboard; }
    QUndoStack* undoStack() const { return m_undoStack; }
    MessageBar* messageBar() const { return m_messages; }

public Q_SLOTS:
    void showInventory();
    void showAuditTrail();
    void showCatalogs();
    void showControls();
    void showCompliance();
    void showFindings();
    void showRisks();
    void showInterviews();
    void showDashboard();
    void showSystemRisks();
    // The compliance page of the system selected in the inventory.
    void showSystemCompliance();
    void showSystemHistory(qint64 systemId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildWelcomePage();
    void ensurePage(int page);
    bool showPage(int page); // false without a workspace
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    // Opens `path`, unlocking an encrypted workspace with its keychain key or by asking for its passphrase.
    Result<std::unique_ptr<Workspace>> openUnlocked(const QString& path, Workspace::Options options);
    // The keys a new workspace is encrypted with: a new keychain key, or (without a keychain, as the user
    // chooses) a passphrase or nothing. Cancelled if the user cancels.
    Result<std::shared_ptr<const crypto::EncryptionKeys>> keysForNewWorkspace(const QString& path);
    void syncCatalogs();
    void reportOpenError(const QString& path, const Error& error, Workspace::Access access);
    void rebuildRecentMenu();
    void updateWindowState();
    void updateAuditCount();
    void newWorkspaceDialog();
    void openWorkspaceDialog();
    void saveAsDialog();
    void showReports();
    void preferences();
    void about();
    Actor currentActor() const;

    Environment m_env;
    Walkthrough* m_walkthrough = nullptr;
    QAction* m_securityAction = nullptr;
    std::unique_ptr<Workspace> m_workspace;
    QUndoStack* m_undoStack;
    MessageBar* m_messages;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QWidget* m_welcome = nullptr;
    InventoryView* m_inventory = nullptr;
    AuditTrailView* m_auditTrail = nullptr;
    CatalogView* m_catalogs = nullptr;
    ControlLibraryView* m_controls = nullptr;
    ComplianceView* m_compliance = nullptr;
    FindingsView* m_findings = nullptr;
    RiskView* m_risks = nullptr;
    InterviewView* m_interviews = nullptr;
    DashboardView* m_dashboard = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_catalogsMenu = nullptr;
    QMenu* m_systemsMenu = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_reportsAction = nullptr;
    QAction* m_quickOpenAction = nullptr;
    std::optional<QuickOpenIndex> m_quickOpenIndex; // read on first use, again after a change
    QMenu* m_exportMenu = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_openAtStartAction = nullptr;
    QLabel* m_workspaceLabel;
    QLabel* m_readOnlyLabel;
    QLabel* m_actorLabel;
    QLabel* m_eventsLabel;
};

} // namespace attest::ui
