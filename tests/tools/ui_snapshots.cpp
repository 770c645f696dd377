// Renders the main screens of Attest to PNG files, for looking at them (and for the README's screenshot):
//
//     ui_snapshots --db WORKSPACE --out DIR [--dark]
//
// Run under Xvfb (xvfb-run -a ...) or with QT_QPA_PLATFORM=offscreen. Never run by ctest.

#include "MainWindow.h"
#include "audit/AuditTrailView.h"
#include "catalog/CatalogTreeModel.h"
#include "catalog/CatalogView.h"
#include "common/Appearance.h"
#include "common/Language.h"
#include "common/PassphraseDialog.h"
#include "common/PreferencesDialog.h"
#include "common/Walkthrough.h"
#include "common/WorkspaceSecurityDialog.h"
#include "compliance/ComplianceView.h"
#include "compliance/ControlLibraryView.h"
#include "compliance/FindingsView.h"
#include "dashboard/DashboardView.h"
#include "interview/InterviewCapture.h"
#include "interview/InterviewDialogs.h"
#include "interview/InterviewView.h"
#include "inventory/InventoryView.h"
#include "inventory/SystemDialog.h"
#include "inventory/SystemRecordDialog.h"
#include "inventory/SystemTableModel.h"
#include "inventory/TechnicalFile.h"
#include "privacy/ProcessingRecord.h"
#include "reports/ReportDialog.h"
#include "risk/HeatMapWidget.h"
#include "risk/RiskDialog.h"
#include "risk/RiskImportDialog.h"
#include "risk/RiskMatrixDialog.h"
#include "risk/RiskRegisterModel.h"
#include "risk/RiskView.h"
#include "risk/TierAssistantDialog.h"
#include "storage/CatalogRepository.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeView>

using namespace attest;
using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(u"attest-snapshots"_s);
    QCoreApplication::setApplicationName(u"attest-snapshots"_s);
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"db"_s, u"Workspace."_s, u"path"_s});
    parser.addOption({u"out"_s, u"Output folder."_s, u"dir"_s});
    parser.addOption({u"dark"_s, u"Use a dark palette."_s});
    parser.addOption({u"oscal"_s, u"Also import this OSCAL file and show its first control."_s, u"file"_s});
    parser.addOption(
        {u"lang"_s, u"Show the UI in this language (de, fr), from the build's translations."_s, u"code"_s});
    parser.process(app);
    if (parser.isSet(u"lang"_s)) {
        ui::Language::install(app, parser.value(u"lang"_s), QStringLiteral(ATTEST_TRANSLATIONS_DIR));
    }
    const QDir out(parser.value(u"out"_s));
    QDir().mkpath(out.path());
    const QString suffix = (parser.isSet(u"dark"_s) ? u"-dark"_s : QString()) +
                           (parser.isSet(u"lang"_s) ? u"-"_s + parser.value(u"lang"_s) : QString());
    if (parser.isSet(u"dark"_s)) {
        ui::Appearance::instance()->setPreferred(ui::Appearance::Scheme::Dark);
    }

    ui::MainWindow::Environment env;
    env.displayName = [] { return u"Maria Rossi"_s; };
    ui::MainWindow window(env);
    window.resize(1400, 860);
    window.show();
    if (!window.openWorkspace(parser.value(u"db"_s))) {
        return 1;
    }
    QTest::qWait(300);
    window.grab().save(out.filePath(u"inventory%1.png"_s.arg(suffix)));

    ui::InventoryView* inventory = window.inventoryView();
    QTest::keyClicks(inventory->filterEdit(), u"high risk"_s);
    QTest::qWait(100);
    window.grab().save(out.filePath(u"inventory-filtered%1.png"_s.arg(suffix)));
    inventory->filterEdit()->clear();

    // The form of one system, every tab.
    SystemRepository repository(window.workspace()->connection());
    auto id = repository.idForCode(u"HR-CV-01"_s);
    if (id && id->has_value()) {
        auto system = repository.get(**id);
        ui::SystemDialog dialog(window.workspace()->connection(), **system, false, {}, &window);
        dialog.show();
        QTest::qWait(200);
        for (int tab = 0; tab < dialog.tabs()->count(); ++tab) {
            dialog.tabs()->setCurrentIndex(tab);
            QTest::qWait(50);
            dialog.grab().save(out.filePath(u"system-tab%1%2.png"_s.arg(tab).arg(suffix)));
        }
        dialog.close();
    }
    // The data-protection record and the technical documentation of the credit scoring system, every tab.
    if (auto credit = repository.idForCode(u"FIN-CREDIT-01"_s); credit && credit->has_value()) {
        for (const SystemRecordKind* kind : systemRecordKinds()) {
            ui::SystemRecordDialog dialog(window.workspace()->connection(),
                                          *kind,
                                          **credit,
                                          u"FIN-CREDIT-01 Instalment credit scoring"_s,
                                          QCoreApplication::translate("attest::ui::InventoryView", "Introduction"),
                                          false,
                                          &window);
            dialog.show();
            QTest::qWait(150);
            for (int tab = 0; tab < dialog.tabs()->count(); ++tab) {
                dialog.tabs()->setCurrentIndex(tab);
                QTest::qWait(50);
                dialog.grab().save(out.filePath(u"record-%1-%2%3.png"_s.arg(kind->entityType()).arg(tab).arg(suffix)));
            }
            dialog.close();
        }
        // The Reports dialog with the preview of the dossier.
        ui::ReportDialog reports(*window.workspace(), {}, &window);
        reports.show();
        reports.choose(u"dossier"_s, **credit);
        if (reports.generate()) {
            QTest::qWait(1500);
            reports.grab().save(out.filePath(u"reports-preview%1.png"_s.arg(suffix)));
        }
        reports.choose(u"executive"_s);
        if (reports.generate()) {
            QTest::qWait(1500);
            reports.grab().save(out.filePath(u"reports-executive%1.png"_s.arg(suffix)));
        }
        reports.close();
    }
    // A new system with mistakes, to see the inline validation.
    {
        ui::SystemDialog dialog(window.workspace()->connection(), AiSystem::withDefaults(), false, {}, &window);
        dialog.show();
        QTest::keyClicks(dialog.editor(u"code"_s), u"hr-cv-01"_s);
        QTest::keyClicks(dialog.editor(u"next_review"_s), u"31.12.2027"_s);
        dialog.saveButton()->setEnabled(true);
        QTest::qWait(100);
        dialog.grab().save(out.filePath(u"system-invalid%1.png"_s.arg(suffix)));
        dialog.close();
    }

    window.showAuditTrail();
    ui::AuditTrailView* trail = window.auditTrailView();
    trail->table()->selectRow(3);
    QTest::qWait(200);
    window.grab().save(out.filePath(u"audit%1.png"_s.arg(suffix)));
    QMetaObject::invokeMethod(trail, &ui::AuditTrailView::verify, Qt::QueuedConnection);
    QTest::qWait(1500);
    window.grab().save(out.filePath(u"audit-verified%1.png"_s.arg(suffix)));

    // The catalog browser: a requirement with mappings, a search, and (with --oscal) an imported control.
    window.showCatalogs();
    ui::CatalogView* catalogs = window.catalogView();
    CatalogRepository catalogRepository(window.workspace()->connection());
    auto showRef = [&](const QString& key, const QString& ref) {
        auto framework = catalogRepository.framework(key);
        if (framework && framework->has_value()) {
            auto ids = catalogRepository.requirementIds((*framework)->id);
            if (ids && ids->contains(ref)) {
                catalogs->showRequirement(ids->value(ref));
            }
        }
    };
    showRef(u"gdpr"_s, u"Art. 32"_s);
    QTest::qWait(200);
    window.grab().save(out.filePath(u"catalog-requirement%1.png"_s.arg(suffix)));
    QTest::keyClicks(catalogs->searchEdit(), u"human oversight"_s);
    QTest::qWait(200);
    window.grab().save(out.filePath(u"catalog-search%1.png"_s.arg(suffix)));
    catalogs->searchEdit()->clear();
    if (parser.isSet(u"oscal"_s) && catalogs->importOscalFile(parser.value(u"oscal"_s))) {
        const QString key = catalogs->currentFrameworkKey();
        catalogs->tree()->expandRecursively(catalogs->tree()->currentIndex(), 2);
        QTest::qWait(200);
        window.grab().save(out.filePath(u"catalog-oscal-framework%1.png"_s.arg(suffix)));
        auto framework = catalogRepository.framework(key);
        auto nodes = catalogRepository.requirements((*framework)->id);
        for (const Requirement& r : *nodes) {
            if (r.kind == u"control"_s && !r.statement.isEmpty()) {
                catalogs->showRequirement(r.id);
                break;
            }
        }
        QTest::qWait(200);
        window.grab().save(out.filePath(u"catalog-oscal-control%1.png"_s.arg(suffix)));
    }

    // Compliance: the control library, a system's page, the matrix, the SoA, findings.
    window.showControls();
    window.controlLibraryView()->selectControl(u"AIC-MON-01"_s);
    QTest::qWait(200);
    window.grab().save(out.filePath(u"controls%1.png"_s.arg(suffix)));
    window.showCompliance();
    if (auto hr = repository.idForCode(u"HR-CV-01"_s); hr && hr->has_value()) {
        window.complianceView()->showSystem(**hr, u"gdpr"_s);
        window.complianceView()->systemPage()->selectRequirement(u"Art. 22"_s);
    }
    QTest::qWait(200);
    window.grab().save(out.filePath(u"compliance-system%1.png"_s.arg(suffix)));
    window.complianceView()->setCurrentWidget(window.complianceView()->matrixPage());
    window.complianceView()->matrixPage()->frameworkCombo()->setCurrentIndex(
        window.complianceView()->matrixPage()->frameworkCombo()->findData(u"iso27001-2022"_s));
    QTest::qWait(300);
    window.grab().save(out.filePath(u"compliance-matrix%1.png"_s.arg(suffix)));
    window.complianceView()->setCurrentWidget(window.complianceView()->soaPage());
    QTest::qWait(200);
    window.grab().save(out.filePath(u"compliance-soa%1.png"_s.arg(suffix)));
    window.showFindings();
    QTest::qWait(200);
    window.grab().save(out.filePath(u"findings%1.png"_s.arg(suffix)));

    // Risks: the register across systems with the heat map, one risk selected; then the residual map with a cell
    // clicked, which narrows the register.
    window.showRisks();
    ui::RiskView* risks = window.riskView();
    QTest::qWait(200);
    risks->table()->setCurrentIndex(risks->model()->index(3, 0));
    QTest::qWait(100);
    window.grab().save(out.filePath(u"risks%1.png"_s.arg(suffix)));
    risks->residualButton()->setChecked(true);
    QTest::qWait(100);
    {
        const QRect cell = risks->heatMap()->cellRect(2, 4);
        QTest::mouseClick(risks->heatMap(), Qt::LeftButton, {}, cell.center());
    }
    QTest::qWait(100);
    risks->table()->setCurrentIndex(risks->model()->index(0, 0));
    QTest::qWait(100);
    window.grab().save(out.filePath(u"risks-residual-cell%1.png"_s.arg(suffix)));
    risks->clearFilters();
    QTest::qWait(100);
    {
        auto row = RiskRepository(window.workspace()->connection()).risk(risks->model()->riskIdAt(1));
        if (row && row->has_value()) {
            ui::RiskDialog dialog(window.workspace()->connection(), **row, &window);
            dialog.show();
            QTest::qWait(200);
            dialog.grab().save(out.filePath(u"risk-dialog%1.png"_s.arg(suffix)));
        }
    }
    {
        ui::TierAssistantDialog dialog(u"HR-CV-01 Application screening for high-volume roles"_s, u"high"_s, &window);
        dialog.resize(980, 720);
        dialog.show();
        dialog.setAnswer(u"annex3.employment"_s, true);
        dialog.setAnswer(u"art50.interacts"_s, true);
        QTest::qWait(200);
        dialog.grab().save(out.filePath(u"tier-assistant%1.png"_s.arg(suffix)));
    }
    {
        ui::RiskMatrixDialog dialog(window.workspace()->connection(), &window);
        dialog.show();
        QTest::qWait(200);
        dialog.grab().save(out.filePath(u"risk-matrix%1.png"_s.arg(suffix)));
    }
    {
        const QString csv = out.filePath(u"spreadsheet-register.csv"_s);
        QFile file(csv);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(
                "\xEF\xBB\xBF"
                "Application;Risk category;Risk description;Probability;Severity;Response;Risk owner;"
                "Target date\r\n"
                "CS-CHAT-01;Prompt injection and jailbreaks;Jailbreak through role play in the web chat;4 - Likely;"
                "Major;Mitigation;ML Engineering Lead;2027-01-31\r\n"
                "Developer coding assistant;Hallucinated package names;Suggested dependencies that do not "
                "exist are registered by attackers;3;4;Mitigation;Head of Engineering;2027-02-28\r\n"
                "HR-CV-01;Bias and discrimination;Older applicants ranked lower for the same experience;Likely;"
                "Severe;Mitigation;Responsible AI Lead;31.01.2027\r\n");
            file.close();
        }
        ui::RiskImportDialog dialog(*window.workspace(), csv, &window);
        dialog.show();
        QTest::qWait(400);
        dialog.grab().save(out.filePath(u"risk-import%1.png"_s.arg(suffix)));
    }

    // Interviews: the list, then the in-progress one where it was left, at two window sizes.
    window.showInterviews();
    ui::InterviewView* interviews = window.interviewView();
    QTest::qWait(200);
    window.grab().save(out.filePath(u"interviews%1.png"_s.arg(suffix)));
    for (int row = 0; row < interviews->sessionTable()->rowCount(); ++row) {
        if (interviews->sessionTable()->item(row, 1)->text() == u"In progress"_s) {
            interviews->sessionTable()->setCurrentCell(row, 0);
        }
    }
    for (const QSize size : {QSize(1440, 900), QSize(1280, 720)}) {
        window.resize(size);
        interviews->openCurrent();
        QTest::qWait(300);
        window.grab().save(out.filePath(u"interview-%1x%2%3.png"_s.arg(size.width()).arg(size.height()).arg(suffix)));
        interviews->showList();
    }
    if (interviews->sessionTable()->currentRow() >= 0) {
        const qint64 session = interviews->sessionTable()
                                   ->item(interviews->sessionTable()->currentRow(), 0)
                                   ->data(Qt::UserRole)
                                   .toLongLong();
        ui::InterviewWrapUpDialog dialog(window.workspace()->connection(), session, &window);
        dialog.show();
        QTest::qWait(200);
        dialog.grab().save(out.filePath(u"interview-wrapup%1.png"_s.arg(suffix)));
    }
    // The dashboard, once its worker has computed it.
    window.resize(1440, 900);
    window.showDashboard();
    for (int i = 0; i < 100 && window.dashboardView()->refreshes() == 0; ++i) {
        QTest::qWait(50);
    }
    QTest::qWait(300);
    window.grab().save(out.filePath(u"dashboard-first%1.png"_s.arg(suffix)));
    // With the trends, once the history has been read (a minute at most).
    for (int i = 0; i < 1200 && !window.dashboardView()->trendReady(); ++i) {
        QTest::qWait(50);
    }
    QTest::qWait(300);
    window.grab().save(out.filePath(u"dashboard%1.png"_s.arg(suffix)));
    // Scrolled to the trends.
    if (auto* scroll = window.dashboardView()->findChild<QScrollArea*>(u"dashboardCards"_s)) {
        scroll->ensureWidgetVisible(window.dashboardView()->card(u"trendRisks"_s));
        QTest::qWait(100);
        window.grab().save(out.filePath(u"dashboard-trends%1.png"_s.arg(suffix)));
    }
    // The getting-started tour at its risks step, and Preferences.
    window.startWalkthrough();
    window.walkthrough()->next();
    window.walkthrough()->next();
    QTest::qWait(200);
    window.grab().save(out.filePath(u"walkthrough%1.png"_s.arg(suffix)));
    window.walkthrough()->hide();
    {
        ui::PreferencesDialog preferences(
            {u"Maria Rossi"_s, QString(), ui::Appearance::Scheme::System}, u"mrossi"_s, &window);
        preferences.show();
        QTest::qWait(100);
        preferences.grab().save(out.filePath(u"preferences%1.png"_s.arg(suffix)));
    }
    // Workspace security: the dialog for this (plain) workspace and for an encrypted one, and the passphrase
    // dialogs.
    {
        ui::WorkspaceSecurityDialog::State state;
        state.path = window.workspace()->path();
        state.keychainAvailable = true;
        ui::WorkspaceSecurityDialog plain(state, &window);
        plain.show();
        QTest::qWait(100);
        plain.grab().save(out.filePath(u"security-plain%1.png"_s.arg(suffix)));
        state.info.encrypted = true;
        state.info.formatVersion = 1;
        state.info.hasKeychainSlot = true;
        state.info.hasPassphraseSlot = false;
        state.keychainHoldsKey = true;
        ui::WorkspaceSecurityDialog encrypted(state, &window);
        encrypted.show();
        QTest::qWait(100);
        encrypted.grab().save(out.filePath(u"security-encrypted%1.png"_s.arg(suffix)));
    }
    {
        ui::PassphraseDialog unlock(
            ui::PassphraseDialog::Mode::Unlock,
            u"/home/maria/Audits/acme-2026.attest"_s,
            QCoreApplication::translate(
                "attest::ui::MainWindow",
                "This workspace is encrypted, and this computer's keychain has no key for it (it "
                "was encrypted on another computer or by another user). Enter its recovery "
                "passphrase."),
            &window);
        unlock.show();
        QTest::keyClicks(unlock.findChild<QLineEdit*>(u"passphraseEdit"_s), u"not the right one"_s);
        unlock.setProblem(QCoreApplication::translate("attest::crypto",
                                                      "The recovery passphrase does not unlock “%1”. Check it and try "
                                                      "again; the file has not been changed.")
                              .arg(u"/home/maria/Audits/acme-2026.attest"_s));
        QTest::qWait(100);
        unlock.grab().save(out.filePath(u"passphrase-unlock%1.png"_s.arg(suffix)));
        ui::PassphraseDialog set(ui::PassphraseDialog::Mode::Set,
                                 u"/home/maria/Audits/acme-2026.attest"_s,
                                 QCoreApplication::translate("attest::ui::MainWindow",
                                                             "The recovery passphrase opens this workspace where the "
                                                             "keychain has no key for it."),
                                 &window);
        set.show();
        QTest::keyClicks(set.findChild<QLineEdit*>(u"passphraseEdit"_s), u"short"_s);
        QTest::qWait(100);
        set.grab().save(out.filePath(u"passphrase-set%1.png"_s.arg(suffix)));
    }
    return 0;
}
