// The attest binary: the GUI when started without a command, the automation CLI otherwise.

#include "AppSettings.h"
#include "GuiSigning.h"
#include "Logging.h"
#include "MainWindow.h"
#include "WorkspaceKeyStore.h"
#include "cli/Cli.h"
#include "common/Appearance.h"
#include "common/DisplayNameDialog.h"
#include "common/EvidenceViewer.h"
#include "common/Icons.h"
#include "common/Language.h"
#include "common/TaskRunner.h"
#include "demo/DemoWorkspace.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void installTranslators(QCoreApplication& app)
{
    // Qt's own strings (dialog buttons) and ours, in the language chosen in Preferences or else the system's.
    attest::ui::Language::install(app, attest::app::AppSettings().language());
}

int runCli(int argc, char** argv, const QStringList& arguments, bool verbose)
{
    // Reports lay out text with fonts, which needs a GUI application; it runs without a display (automation).
    const bool needsFonts = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (needsFonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // The application sees only the program name: Qt's GUI options (e.g. "-session", "-style") are the CLI's
    // arguments here (`attest report interview --session ID`), never Qt's.
    static int appArgc = 1;
    std::unique_ptr<QCoreApplication> application = needsFonts ? std::make_unique<QGuiApplication>(appArgc, argv)
                                                               : std::make_unique<QCoreApplication>(appArgc, argv);
    QCoreApplication& app = *application;
    installTranslators(app);
    attest::app::initLogging(attest::app::logDirectory(), verbose);
    const int rc = attest::app::Cli::run(arguments);
    attest::app::shutdownLogging();
    return rc;
}

// Creates the workspace at `path` filled with the demo inventory, on a worker thread with a progress dialog. Like
// every new workspace it is encrypted, with a new key kept in the keychain, when the desktop has one; the demo's
// made-up data is not worth a passphrase prompt, so without a keychain it stays plain.
attest::Result<void> createDemo(const QString& path, const attest::Actor& actor)
{
    using attest::app::WorkspaceKeyStore;
    std::shared_ptr<attest::crypto::EncryptionKeys> keys;
    if (WorkspaceKeyStore::available()) {
        keys = std::make_shared<attest::crypto::EncryptionKeys>();
        keys->keychainKey = attest::crypto::SecretBuffer::random(attest::crypto::KeySize);
    }
    const QString title = QCoreApplication::translate("main", "Creating the demo workspace…");
    auto created = attest::ui::TaskRunner::run(nullptr, title, [&](attest::ui::TaskContext& task) {
        return attest::DemoWorkspace::createFile(path, actor, {}, task.progressCallback(), keys);
    });
    if (!created || !keys) {
        return created;
    }
    auto info = attest::Workspace::inspectEncryption(path);
    auto stored = info ? WorkspaceKeyStore::store(info->keyId, keys->keychainKey) : attest::Result<void>(info.error());
    if (!stored) {
        attest::Workspace::removeFiles(path); // nothing could open it another day
        return attest::makeError(stored.error().code,
                                 QCoreApplication::translate("main",
                                                             "The demo workspace was not kept: its key could not be "
                                                             "stored in the keychain. %1")
                                     .arg(stored.error().message));
    }
    return {};
}

int runGui(int argc, char** argv, bool verbose)
{
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(u"org.attest.Attest"_s);
    QApplication::setWindowIcon(attest::ui::applicationIcon());
    installTranslators(app);
    attest::ui::Appearance::instance()->setPreferred(
        attest::ui::Appearance::fromString(attest::app::AppSettings().appearance()));
    attest::app::initLogging(attest::app::logDirectory(), verbose);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Attest: AI governance workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db({u"db"_s},
                                QCoreApplication::translate("main", "Open this workspace file."),
                                QCoreApplication::translate("main", "path"));
    const QCommandLineOption demo({u"demo"_s},
                                  QCoreApplication::translate("main",
                                                              "If the workspace does not exist yet, create it with "
                                                              "demo content."));
    const QCommandLineOption verboseOption({u"v"_s, u"verbose"_s},
                                           QCoreApplication::translate("main", "Log to the terminal too."));
    parser.addOption(db);
    parser.addOption(demo);
    parser.addPositionalArgument(u"workspace"_s,
                                 QCoreApplication::translate("main", "A workspace file to open (the same as --db)."),
                                 QCoreApplication::translate("main", "[workspace]"));
    parser.addOption(verboseOption);
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "attest: %s\n", qPrintable(parser.errorText()));
        return attest::app::ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        parser.showHelp(0);
    }
    if (parser.isSet(u"version"_s)) {
        parser.showVersion();
    }

    // Evidence copies a previous run could not remove (it crashed, or the computer lost power).
    attest::ui::EvidenceViewer::clearStale();

    attest::app::AppSettings settings;
    if (!settings.hasDisplayName()) {
        QString suggestion = attest::Actor::currentOsFullName();
        attest::ui::DisplayNameDialog dialog(suggestion, attest::Actor::currentOsAccount());
        if (dialog.exec() == QDialog::Accepted) {
            settings.setDisplayName(dialog.displayName());
        }
    }

    attest::ui::MainWindow::Environment environment;
    environment.displayName = [] { return attest::app::AppSettings().displayName(); };
    environment.setDisplayName = [](const QString& name) { attest::app::AppSettings().setDisplayName(name); };
    environment.defaultWorkspace = [] { return attest::app::AppSettings().defaultWorkspace(); };
    environment.setDefaultWorkspace = [](const QString& path) { attest::app::AppSettings().setDefaultWorkspace(path); };
    environment.language = [] { return attest::app::AppSettings().language(); };
    environment.setLanguage = [](const QString& code) { attest::app::AppSettings().setLanguage(code); };
    environment.appearance = [] { return attest::app::AppSettings().appearance(); };
    environment.setAppearance = [](const QString& scheme) { attest::app::AppSettings().setAppearance(scheme); };
    using attest::app::WorkspaceKeyStore;
    environment.keychain.available = [] { return WorkspaceKeyStore::available(); };
    environment.keychain.load = [](const QString& keyId) { return WorkspaceKeyStore::load(keyId); };
    environment.keychain.store = [](const QString& keyId, const attest::crypto::SecretBuffer& key) {
        return WorkspaceKeyStore::store(keyId, key);
    };
    environment.keychain.remove = [](const QString& keyId) { return WorkspaceKeyStore::remove(keyId); };
    environment.keychain.pendingKeyId = [](const QString& keyId) { return WorkspaceKeyStore::pendingKeyId(keyId); };
    environment.signing = attest::app::guiReportSigning();
    attest::ui::MainWindow window(environment);
    const QString path = parser.isSet(db)                          ? parser.value(db)
                         : !parser.positionalArguments().isEmpty() ? parser.positionalArguments().constFirst()
                                                                   : settings.defaultWorkspace();
    bool offerTour = false;
    if (!QFileInfo::exists(path)) {
        if (parser.isSet(demo)) {
            auto created = createDemo(path, settings.actor());
            if (!created) {
                QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Attest"), created.error().message);
            }
            offerTour = bool(created);
        } else if (!parser.isSet(db) && parser.positionalArguments().isEmpty()) {
            // First run: an empty workspace at the default location.
            window.createWorkspace(path);
        }
    }
    window.show();
    // Without a window manager (a kiosk, Xvfb) nobody else activates the window, and its shortcuts would not work.
    window.raise();
    window.activateWindow();
    if (QFileInfo::exists(path)) {
        // A new user's first look at the demo comes with the tour.
        if (window.openWorkspace(path) && offerTour) {
            window.offerWalkthrough();
        }
    } else if (parser.isSet(db) || !parser.positionalArguments().isEmpty()) {
        QMessageBox::warning(&window,
                             QCoreApplication::translate("main", "Open Workspace"),
                             QCoreApplication::translate("main", "There is no workspace at “%1”.").arg(path));
    }
    const int rc = app.exec();
    attest::app::shutdownLogging();
    return rc;
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    const bool verbose = arguments.contains(u"--verbose"_s) || arguments.contains(u"-v"_s);
    QCoreApplication::setOrganizationName(u"attest"_s);
    QCoreApplication::setApplicationName(u"attest"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTEST_VERSION));

    // The CLI never needs a display: decide before any GUI object exists.
    if (attest::app::Cli::handles(arguments)) {
        return runCli(argc, argv, arguments, verbose);
    }
    return runGui(argc, argv, verbose);
}
