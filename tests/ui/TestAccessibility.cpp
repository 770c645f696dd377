// Screen readers can name every control: in each main view, and in the dialogs people use most, every visible
// widget that takes keyboard focus has an accessible name (its own, its text, or its label's through a buddy).

#include "MainWindow.h"
#include "TestSupport.h"
#include "common/PreferencesDialog.h"
#include "common/QuickOpenDialog.h"
#include "demo/DemoWorkspace.h"
#include "inventory/SystemDialog.h"
#include "storage/SystemRepository.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace attest::ui;
using namespace Qt::StringLiterals;

namespace {

QStringList unnamed(QWidget* root)
{
    QStringList out;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(root->window()) || w->focusPolicy() == Qt::NoFocus || !w->isEnabled()) {
            continue;
        }
        // Parts of a composite that the composite names (a spin box's or combo box's own line edit, a scroll
        // area's viewport, a table's corner button) and Qt's private helpers.
        if (w->objectName().startsWith(u"qt_"_s) || w->parentWidget() == nullptr) {
            continue;
        }
        if (qobject_cast<QAbstractSpinBox*>(w->parentWidget()) || qobject_cast<QComboBox*>(w->parentWidget())) {
            continue;
        }
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty()) {
            out << u"%1 “%2” in %3"_s.arg(QString::fromLatin1(w->metaObject()->className()),
                                          w->objectName(),
                                          QString::fromLatin1(w->parentWidget()->metaObject()->className()));
        }
    }
    out.removeDuplicates();
    return out;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyControlHasAName();
    void findsUnnamedControls();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(m_db, testActor(), {}));
}

void TestAccessibility::everyControlHasAName()
{
    MainWindow::Environment env;
    env.displayName = [] { return u"Tester"_s; };
    env.setDisplayName = [](const QString&) {};
    MainWindow window(env);
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openWorkspace(m_db));

    QStringList problems;
    int checked = 0;
    using Show = void (MainWindow::*)();
    const QList<std::pair<const char*, Show>> pages = {{"inventory", &MainWindow::showInventory},
                                                       {"audit trail", &MainWindow::showAuditTrail},
                                                       {"catalogs", &MainWindow::showCatalogs},
                                                       {"controls", &MainWindow::showControls},
                                                       {"compliance", &MainWindow::showCompliance},
                                                       {"findings", &MainWindow::showFindings},
                                                       {"risks", &MainWindow::showRisks},
                                                       {"interviews", &MainWindow::showInterviews},
                                                       {"dashboard", &MainWindow::showDashboard}};
    for (const auto& [page, show] : pages) {
        (window.*show)();
        QCoreApplication::processEvents();
        for (const QString& p : unnamed(&window)) {
            problems << QString::fromLatin1(page) + u": "_s + p;
        }
        checked += window.findChildren<QWidget*>().size();
    }
    SystemRepository repository(window.workspace()->connection());
    auto id = repository.idForCode(u"HR-CV-01"_s);
    QVERIFY(id && id->has_value());
    auto system = repository.get(**id);
    QVERIFY(system && system->has_value());
    {
        SystemDialog dialog(window.workspace()->connection(), **system, false, {}, &window);
        dialog.show();
        QCoreApplication::processEvents();
        for (const QString& p : unnamed(&dialog)) {
            problems << u"system form: "_s + p;
        }
    }
    {
        PreferencesDialog dialog({u"Tester"_s, QString(), Appearance::Scheme::System}, u"tester"_s, &window);
        dialog.show();
        QCoreApplication::processEvents();
        for (const QString& p : unnamed(&dialog)) {
            problems << u"preferences: "_s + p;
        }
    }
    QVERIFY(checked > 200);
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(u"Controls without an accessible name:\n  "_s + problems.join(u"\n  "_s)));
}

// The check is not blind: a bare line edit and an icon-only button are found.
void TestAccessibility::findsUnnamedControls()
{
    QWidget root;
    auto* edit = new QLineEdit(&root);
    edit->setObjectName(u"bare"_s);
    auto* named = new QLineEdit(&root);
    named->setAccessibleName(u"Code"_s);
    root.show();
    const QStringList found = unnamed(&root);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.constFirst().contains(u"bare"_s));
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
