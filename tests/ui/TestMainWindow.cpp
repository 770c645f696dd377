// The main window's File menu: Reports and Export for Spreadsheets are there with a workspace open and off without
// one; a register exported from the menu's code path is an XLSX workbook or a CSV file with the export's header,
// and a file that cannot be written gives a message and leaves nothing behind.

#include "MainWindow.h"
#include "TestSupport.h"
#include "demo/DemoWorkspace.h"
#include "tables/ExportTable.h"

#include <QAction>
#include <QFile>
#include <QMenu>
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

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
