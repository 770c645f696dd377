// Findings: open ones with overdue ones flagged; closing needs closure evidence or a note.

#include "MainWindow.h"
#include "TestSupport.h"
#include "compliance/ComplianceService.h"
#include "compliance/FindingsView.h"
#include "demo/DemoWorkspace.h"
#include "storage/ComplianceRepository.h"

#include <QCheckBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace attest::ui;
using namespace Qt::StringLiterals;

class TestFindingsView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase();
    void openFindingsWithOverdueFlagged();
    void cleanupTestCase();
};

void TestFindingsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(path, testActor(), {}));
    MainWindow::Environment env;
    env.displayName = [] { return u"Findings Tester"_s; };
    m_window = std::make_unique<MainWindow>(env);
    QVERIFY(m_window->openWorkspace(path));
    m_window->show();
    m_window->showFindings();
}

void TestFindingsView::cleanupTestCase()
{
    m_window.reset();
}

void TestFindingsView::openFindingsWithOverdueFlagged()
{
    FindingsView* view = m_window->findingsView();
    QVERIFY(view->openOnly()->isChecked());
    // The closed one is hidden; the demo interview raised one more (not overdue).
    QCOMPARE(view->table()->model()->rowCount(), 5);
    QCOMPARE(view->overdueCount(), 2);
    int flagged = 0;
    for (int r = 0; r < view->table()->model()->rowCount(); ++r) {
        flagged += view->table()->model()->index(r, 5).data().toString().endsWith(u"overdue"_s) ? 1 : 0;
    }
    QCOMPARE(flagged, 2);
    view->openOnly()->setChecked(false);
    QCOMPARE(view->table()->model()->rowCount(), 6);
    // A change elsewhere shows up here.
    auto findings = ComplianceRepository(m_window->workspace()->connection()).findings();
    QVERIFY(findings);
    Finding f = findings->first();
    f.status = u"closed"_s;
    f.closureNote = u"Resolved in review."_s;
    QVERIFY(ComplianceService(m_window->workspace()->connection()).updateFinding(f));
    view->openOnly()->setChecked(true);
    QCOMPARE(view->table()->model()->rowCount(), 4);
}

QTEST_MAIN(TestFindingsView)
#include "TestFindingsView.moc"
