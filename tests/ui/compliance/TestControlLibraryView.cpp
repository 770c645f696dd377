// The control library as a risk officer uses it: pick a control, change its organisation-wide implementation, and
// every system's compliance page reads the new status; evidence files go in with their hash.

#include "MainWindow.h"
#include "TestSupport.h"
#include "common/MessageBar.h"
#include "compliance/ComplianceService.h"
#include "compliance/ComplianceView.h"
#include "compliance/ControlLibraryView.h"
#include "demo/DemoWorkspace.h"
#include "storage/ComplianceRepository.h"
#include "storage/SystemRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace attest::ui;
using namespace Qt::StringLiterals;

class TestControlLibraryView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase();
    void listsTheLibrary();
    void changingAControlUpdatesEverySystemPage();
    void notApplicableNeedsAJustification();
    void attachingAFileStoresItWithItsHash();
    void aNewControlMappedToARequirementCounts();
    void cleanupTestCase();
};

void TestControlLibraryView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(path, testActor(), {}));
    MainWindow::Environment env;
    env.displayName = [] { return u"Control Tester"_s; };
    m_window = std::make_unique<MainWindow>(env);
    QVERIFY(m_window->openWorkspace(path));
    m_window->resize(1300, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showControls();
}

void TestControlLibraryView::cleanupTestCase()
{
    m_window.reset();
}

void TestControlLibraryView::listsTheLibrary()
{
    ControlLibraryView* view = m_window->controlLibraryView();
    QCOMPARE(view->table()->model()->rowCount(), 31);
    view->selectControl(u"AIC-DAT-03"_s);
    QVERIFY(view->currentControlId() > 0);
    QCOMPARE(view->statusCombo()->currentData().toString(), u"implemented"_s);
}

void TestControlLibraryView::changingAControlUpdatesEverySystemPage()
{
    ControlLibraryView* view = m_window->controlLibraryView();
    view->selectControl(u"AIC-DAT-03"_s);
    // Encryption at rest stops: set it to "not started" and save.
    view->statusCombo()->setCurrentIndex(view->statusCombo()->findData(u"not_started"_s));
    QTest::mouseClick(view->saveButton(), Qt::LeftButton);
    QCOMPARE(m_window->messageBar()->level(), MessageBar::Level::Success);

    // MED-RAD-01's HIPAA page now shows the encryption specification as non-compliant, naming the control.
    auto id = SystemRepository(m_window->workspace()->connection()).idForCode(u"MED-RAD-01"_s);
    QVERIFY(id && id->has_value());
    m_window->showCompliance();
    m_window->complianceView()->showSystem(**id, u"hipaa"_s);
    SystemComplianceView* page = m_window->complianceView()->systemPage();
    page->selectRequirement(u"164.312(a)(2)(iv)"_s);
    QVERIFY2(page->derivationLabel()->text().startsWith(u"164.312(a)(2)(iv) — Non-compliant"_s),
             qPrintable(page->derivationLabel()->text()));
    QVERIFY(page->derivationLabel()->text().contains(u"AIC-DAT-03 Encryption of data at rest (Not started)"_s));
    // And in GDPR for the same system.
    page->showSystem(**id, u"gdpr"_s);
    page->selectRequirement(u"Art. 32"_s);
    QVERIFY(page->derivationLabel()->text().contains(u"Not implemented: AIC-DAT-03"_s));

    // Back to implemented: the pages follow.
    m_window->showControls();
    view->selectControl(u"AIC-DAT-03"_s);
    view->statusCombo()->setCurrentIndex(view->statusCombo()->findData(u"implemented"_s));
    QTest::mouseClick(view->saveButton(), Qt::LeftButton);
    page->showSystem(**id, u"hipaa"_s);
    page->selectRequirement(u"164.312(a)(2)(iv)"_s);
    QVERIFY(page->derivationLabel()->text().startsWith(u"164.312(a)(2)(iv) — Compliant"_s));
}

void TestControlLibraryView::notApplicableNeedsAJustification()
{
    m_window->showControls();
    ControlLibraryView* view = m_window->controlLibraryView();
    view->selectControl(u"AIC-DAT-05"_s);
    view->statusCombo()->setCurrentIndex(view->statusCombo()->findData(u"not_applicable"_s));
    view->justificationEdit()->clear();
    QTest::mouseClick(view->saveButton(), Qt::LeftButton);
    QCOMPARE(m_window->messageBar()->level(), MessageBar::Level::Error);
    QVERIFY(m_window->messageBar()->text().contains(u"needs a justification"_s));
    view->statusCombo()->setCurrentIndex(view->statusCombo()->findData(u"not_started"_s));
}

void TestControlLibraryView::attachingAFileStoresItWithItsHash()
{
    ControlLibraryView* view = m_window->controlLibraryView();
    view->selectControl(u"AIC-VUL-01"_s);
    const QString file = m_dir.filePath(u"scan-report.txt"_s);
    QVERIFY(writeFile(file, "Weekly scan: 0 critical, 2 high (patched)."));
    QVERIFY(view->attachFile(file));
    auto evidence = ComplianceRepository(m_window->workspace()->connection()).evidence();
    QVERIFY(evidence);
    bool found = false;
    for (const Evidence& e : *evidence) {
        if (e.fileName == u"scan-report.txt"_s) {
            found = true;
            QCOMPARE(e.sha256.size(), 64);
            QCOMPARE(e.size, 42);
        }
    }
    QVERIFY(found);
    auto* list = view->findChild<QListWidget*>(u"evidenceList"_s);
    QVERIFY(list);
    QVERIFY(list->item(0)->text().startsWith(u"scan-report.txt — file"_s));
}

void TestControlLibraryView::aNewControlMappedToARequirementCounts()
{
    m_window->showControls();
    ControlLibraryView* view = m_window->controlLibraryView();
    Control c;
    c.code = u"ORG-DPO-01"_s;
    c.name = u"DPO sign-off of every DPIA"_s;
    c.type = u"preventive"_s;
    QVERIFY(ComplianceService(m_window->workspace()->connection()).addControl(c));
    view->selectControl(u"ORG-DPO-01"_s);
    QCOMPARE(view->table()->model()->rowCount(), 32);
    QVERIFY(!view->mapTo(u"gdpr"_s, u"Art. 999"_s, QString()));
    QVERIFY(m_window->messageBar()->text().contains(u"There is no requirement “Art. 999”"_s));
    QVERIFY(view->mapTo(u"gdpr"_s, u"Art. 35"_s, u"The DPO signs every DPIA before go-live."_s));
    // Not started yet: GDPR Art. 35 of MED-RAD-01 now names it among what is missing.
    auto id = SystemRepository(m_window->workspace()->connection()).idForCode(u"MED-RAD-01"_s);
    QVERIFY(id && id->has_value());
    m_window->showCompliance();
    m_window->complianceView()->showSystem(**id, u"gdpr"_s);
    SystemComplianceView* page = m_window->complianceView()->systemPage();
    page->selectRequirement(u"Art. 35"_s);
    QVERIFY2(page->derivationLabel()->text().contains(u"ORG-DPO-01 DPO sign-off of every DPIA (Not started)"_s),
             qPrintable(page->derivationLabel()->text()));
}

QTEST_MAIN(TestControlLibraryView)
#include "TestControlLibraryView.moc"
