// The window layout is remembered: after moving the risk view's splitters and widening a column, a new main
// window (the next start) shows them as they were left; a state saved by a layout that no longer fits is ignored.

#include "MainWindow.h"
#include "TestSupport.h"
#include "common/LayoutMemory.h"
#include "demo/DemoWorkspace.h"
#include "risk/RiskView.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace attest::ui;
using namespace Qt::StringLiterals;

class TestLayoutMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void riskViewLayoutSurvivesARestart();
    void aStateThatNoLongerFitsIsIgnored();
};

void TestLayoutMemory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(u"layout"_s);
}

void TestLayoutMemory::riskViewLayoutSurvivesARestart()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(db, testActor(), {}));
    QList<int> leftSizes;
    int columnWidth = 0;
    {
        MainWindow window({});
        window.resize(1300, 850);
        window.show();
        QVERIFY(window.openWorkspace(db));
        window.showRisks();
        QCoreApplication::processEvents();
        auto* splitter = window.riskView()->findChild<QSplitter*>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(splitter && splitter->orientation() == Qt::Horizontal);
        // The user drags the handle: 60 % register, 40 % heat map.
        const int total = splitter->sizes().at(0) + splitter->sizes().at(1);
        splitter->setSizes({total * 6 / 10, total - total * 6 / 10});
        Q_EMIT splitter->splitterMoved(total * 6 / 10, 1);
        leftSizes = splitter->sizes();
        auto* table = window.riskView()->findChild<QTableView*>(u"riskTable"_s);
        table->horizontalHeader()->resizeSection(1, 333);
        columnWidth = table->horizontalHeader()->sectionSize(1);
        QCOMPARE(columnWidth, 333);
    }
    MainWindow again({});
    again.resize(1300, 850);
    again.show();
    QVERIFY(again.openWorkspace(db));
    again.showRisks();
    QCoreApplication::processEvents();
    auto* splitter = again.riskView()->findChild<QSplitter*>(QString(), Qt::FindDirectChildrenOnly);
    QCOMPARE(splitter->sizes(), leftSizes);
    auto* table = again.riskView()->findChild<QTableView*>(u"riskTable"_s);
    QCOMPARE(table->horizontalHeader()->sectionSize(1), columnWidth);
}

void TestLayoutMemory::aStateThatNoLongerFitsIsIgnored()
{
    // Saved by a splitter with three panes; the splitter now has two.
    {
        QSplitter three;
        for (int i = 0; i < 3; ++i) {
            three.addWidget(new QWidget);
        }
        three.resize(900, 100);
        three.setSizes({100, 200, 600});
        QSettings().setValue(u"layout/test/splitter"_s, three.saveState());
    }
    QSplitter two;
    two.addWidget(new QWidget);
    two.addWidget(new QWidget);
    two.resize(600, 100);
    two.show();
    two.setSizes({300, 300});
    const QList<int> before = two.sizes();
    LayoutMemory::remember(&two, u"test/splitter"_s);
    QCOMPARE(two.sizes(), before);
    QCOMPARE(two.count(), 2);
}

QTEST_MAIN(TestLayoutMemory)
#include "TestLayoutMemory.moc"
