// The main window's File menu: Reports and Export for Spreadsheets are there with a workspace open and off without
// one; a register exported from the menu's code path is an XLSX workbook or a CSV file with the export's header,
// and a file that cannot be written gives a message and leaves nothing behind.

#include "MainWindow.h"
#include "TestSupport.h"
#include "catalog/CatalogView.h"
#include "common/QuickOpenDialog.h"
#include "demo/DemoWorkspace.h"
#include "inventory/InventoryView.h"
#include "risk/RiskRegisterModel.h"
#include "risk/RiskView.h"
#include "search/QuickOpen.h"
#include "tables/ExportTable.h"

#include <QAction>
#include <QFile>
#include <QHash>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace attest::ui;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportForSpreadsheets();
    void quickOpenJumpsToWhatWasChosen();
    void everyMenuActionHasAShortcutOrAReason();
};

void TestMainWindow::exportForSpreadsheets()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(db, testActor(), {}));
    MainWindow::Environment env;
    env.displayName = [] { return u"Tester"_s; };
    env.setDisplayName = [](const QString&) {};
    env.defaultWorkspace = [] { return QString(); };
    env.setDefaultWorkspace = [](const QString&) {};
    MainWindow window(env);
    auto* menu = window.findChild<QMenu*>(u"exportMenu"_s);
    auto* reports = window.findChild<QAction*>(u"reportsAction"_s);
    QVERIFY(menu && reports);
    QVERIFY(!menu->isEnabled() && !reports->isEnabled());
    QVERIFY(window.openWorkspace(db));
    QVERIFY(menu->isEnabled() && reports->isEnabled());
    QCOMPARE(menu->actions().size(), ExportTable::names().size());

    const QString xlsx = dir.filePath(u"risks.xlsx"_s);
    QVERIFY(window.exportTable(u"risks"_s, xlsx));
    QVERIFY(readFile(xlsx).startsWith("PK")); // a zip: the XLSX container
    const QString csv = dir.filePath(u"findings.csv"_s);
    QVERIFY(window.exportTable(u"findings"_s, csv));
    auto table = ExportTable::build(window.workspace()->connection(), ExportTable::Kind::Findings);
    QVERIFY(table);
    QString text = QString::fromUtf8(readFile(csv));
    text.remove(QChar(0xFEFF));
    QVERIFY(text.startsWith(table->header().join(u',')));
    QCOMPARE(text.count(u'\n') >= table->rows.size() + 1, true);

    const QString nowhere = dir.filePath(u"missing/folder/systems.xlsx"_s);
    QVERIFY(!window.exportTable(u"systems"_s, nowhere));
    QVERIFY(!QFile::exists(nowhere));
}

void TestMainWindow::quickOpenJumpsToWhatWasChosen()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(db, testActor(), {}));
    MainWindow::Environment env;
    env.displayName = [] { return u"Tester"_s; };
    env.setDisplayName = [](const QString&) {};
    env.defaultWorkspace = [] { return QString(); };
    env.setDefaultWorkspace = [](const QString&) {};
    MainWindow window(env);
    QVERIFY(window.openWorkspace(db));
    auto index = QuickOpenIndex::load(window.workspace()->connection());
    QVERIFY(index);

    // The dialog: typing narrows the list, Enter takes the first match.
    QuickOpenDialog dialog(*index);
    QTest::keyClicks(dialog.input(), u"instalment"_s);
    QVERIFY(dialog.list()->count() >= 1);
    QVERIFY(dialog.list()->item(0)->text().startsWith(u"FIN-CREDIT-01"_s));
    QTest::keyClick(dialog.input(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosen().kind, QuickOpenItem::Kind::System);

    // Each kind opens its page with the item selected.
    window.openItem(dialog.chosen());
    QCOMPARE(window.inventoryView()->currentSystemId(), dialog.chosen().id);
    const QuickOpenItem requirement = index->find(u"gdpr art. 30"_s).first();
    window.openItem(requirement);
    auto* pages = window.findChild<QStackedWidget*>();
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget(), window.catalogView());
    const QuickOpenItem risk = [&] {
        for (const QuickOpenItem& item : index->find(u"postcode"_s)) {
            if (item.kind == QuickOpenItem::Kind::Risk) {
                return item;
            }
        }
        return QuickOpenItem{};
    }();
    QVERIFY(risk.id > 0);
    window.openItem(risk);
    QCOMPARE(window.riskView()->filter().systemId, risk.systemId);
    const QModelIndex current = window.riskView()->table()->selectionModel()->selectedRows().value(0);
    QVERIFY(current.isValid());
    QCOMPARE(current.row(), window.riskView()->model()->rowOf(risk.id));
}

void TestMainWindow::everyMenuActionHasAShortcutOrAReason()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(db, testActor(), {}));
    MainWindow::Environment env;
    env.displayName = [] { return u"Tester"_s; };
    env.setDisplayName = [](const QString&) {};
    env.defaultWorkspace = [] { return QString(); };
    env.setDefaultWorkspace = [](const QString&) {};
    MainWindow window(env);
    QVERIFY(window.openWorkspace(db));
    const auto entries = window.menuEntries();
    QVERIFY(entries.size() > 30);
    QStringList missing;
    QHash<QString, QString> taken;
    for (const auto& e : entries) {
        const QString name = e.menu + u" > "_s + QString(e.action->text()).remove(u'&');
        const QString keys = e.action->shortcut().toString();
        if (keys.isEmpty()) {
            if (e.action->property("noShortcut").toString().isEmpty()) {
                missing << name;
            }
            continue;
        }
        QVERIFY2(!taken.contains(keys), qPrintable(u"%1 and %2 both use %3"_s.arg(taken.value(keys), name, keys)));
        taken.insert(keys, name);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"without a shortcut or a reason: "_s + missing.join(u"; "_s)));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
