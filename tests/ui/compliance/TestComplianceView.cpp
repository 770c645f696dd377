// The compliance section: a system's page (tabs per framework with coverage, derivations, assessment by hand), the
// matrix (rows derived a page at a time), and the Statement of Applicability.

#include "MainWindow.h"
#include "TestSupport.h"
#include "common/MessageBar.h"
#include "compliance/ComplianceModels.h"
#include "compliance/ComplianceView.h"
#include "demo/DemoWorkspace.h"
#include "storage/AuditRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/SystemRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace attest::ui;
using namespace Qt::StringLiterals;

class TestComplianceView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 id(const QString& code)
    {
        auto found = SystemRepository(m_window->workspace()->connection()).idForCode(code);
        return found && found->has_value() ? **found : 0;
    }

private Q_SLOTS:
    void initTestCase();
    void systemPageHasATabPerApplicableFramework();
    void assessingByHandNeedsAJustification();
    void matrixDerivesRowsAPageAtATime();
    void soaShowsTheAnnexA();
    void cleanupTestCase();
};

void TestComplianceView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(path, testActor(), {450, 7}));
    MainWindow::Environment env;
    env.displayName = [] { return u"Compliance Tester"_s; };
    m_window = std::make_unique<MainWindow>(env);
    QVERIFY(m_window->openWorkspace(path));
    m_window->resize(1300, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showCompliance();
}

void TestComplianceView::cleanupTestCase()
{
    m_window.reset();
}

void TestComplianceView::systemPageHasATabPerApplicableFramework()
{
    SystemComplianceView* page = m_window->complianceView()->systemPage();
    m_window->complianceView()->showSystem(id(u"MED-RAD-01"_s));
    QStringList tabs;
    for (int i = 0; i < page->frameworkTabs()->count(); ++i) {
        tabs << page->frameworkTabs()->tabText(i).section(u"  "_s, 0, 0);
    }
    // Health data and high risk: GDPR, HIPAA, ISO 27001, ISO 42001, the EU AI Act; NIST AI RMF confirmed by hand.
    for (const QString& expected : {u"GDPR"_s, u"HIPAA"_s, u"ISO 27001"_s, u"EU AI Act"_s, u"NIST AI RMF"_s}) {
        QVERIFY2(tabs.contains(expected), qPrintable(tabs.join(u", "_s)));
    }
    QVERIFY(!tabs.contains(u"OWASP LLM 2025"_s));
    // Each tab shows its coverage with the counts and the formula.
    page->showSystem(id(u"MED-RAD-01"_s), u"hipaa"_s);
    QVERIFY2(page->coverageLabel()->text().contains(u"compliant"_s) && page->coverageLabel()->text().contains(u"½"_s),
             qPrintable(page->coverageLabel()->text()));
    QVERIFY(page->currentTable()->model()->rowCount() > 50);
    // A chatbot without health data has no HIPAA tab.
    page->showSystem(id(u"CS-CHAT-01"_s));
    for (int i = 0; i < page->frameworkTabs()->count(); ++i) {
        QVERIFY(!page->frameworkTabs()->tabText(i).startsWith(u"HIPAA"_s));
    }
}

void TestComplianceView::assessingByHandNeedsAJustification()
{
    SystemComplianceView* page = m_window->complianceView()->systemPage();
    page->showSystem(id(u"SC-DEMAND-01"_s), u"iso27001-2022"_s);
    page->selectRequirement(u"A.5.9"_s);
    QVERIFY(page->derivationLabel()->text().startsWith(u"A.5.9 — "_s));
    page->overrideStatus()->setCurrentIndex(page->overrideStatus()->findData(u"compliant"_s));
    page->overrideJustification()->clear();
    QTest::mouseClick(page->overrideButton(), Qt::LeftButton);
    QCOMPARE(m_window->messageBar()->level(), MessageBar::Level::Error);
    QVERIFY(m_window->messageBar()->text().contains(u"justification"_s));

    AuditFilter filter;
    filter.entityType = u"requirement_assessment"_s;
    const qint64 before = *AuditRepository(m_window->workspace()->connection()).count(filter);
    QTest::keyClicks(page->overrideJustification(), u"Asset register reviewed with the data owner on site."_s);
    QTest::mouseClick(page->overrideButton(), Qt::LeftButton);
    QCOMPARE(m_window->messageBar()->level(), MessageBar::Level::Success);
    QCOMPARE(*AuditRepository(m_window->workspace()->connection()).count(filter), before + 1);
    page->selectRequirement(u"A.5.9"_s);
    QVERIFY2(page->derivationLabel()->text().contains(u"assessed by hand: Asset register reviewed"_s),
             qPrintable(page->derivationLabel()->text()));

    // A gap becomes a finding, linked to the requirement and the system.
    page->selectRequirement(u"A.8.10"_s);
    QVERIFY(page->raiseFinding(u"Deletion of forecast training data not scheduled"_s));
    auto findings = ComplianceRepository(m_window->workspace()->connection()).findings();
    QVERIFY(findings);
    bool raised = false;
    for (const Finding& f : *findings) {
        if (f.title == u"Deletion of forecast training data not scheduled"_s) {
            raised = true;
            QCOMPARE(f.source, u"requirement"_s);
            QCOMPARE(f.systemId, id(u"SC-DEMAND-01"_s));
            QVERIFY(f.description.startsWith(u"A.8.10 — "_s));
            QVERIFY(!f.dueDate.isEmpty());
        }
    }
    QVERIFY(raised);
}

void TestComplianceView::matrixDerivesRowsAPageAtATime()
{
    m_window->complianceView()->setCurrentWidget(m_window->complianceView()->matrixPage());
    ComplianceMatrixView* matrix = m_window->complianceView()->matrixPage();
    matrix->frameworkCombo()->setCurrentIndex(matrix->frameworkCombo()->findData(u"gdpr"_s));
    QCoreApplication::processEvents();
    ComplianceMatrixModel* model = matrix->model();
    QVERIFY(model->rowCount() > 400);
    QCOMPARE(model->frameworkKey(), u"gdpr"_s);
    matrix->table()->viewport()->repaint();
    // Only the page on screen was derived.
    QCOMPARE(model->loadedPages(), 1);
    QVERIFY(!model->engine().hasSystem(model->systemIdAt(model->rowCount() - 1)));
    // Jump to the end: that page is derived, the ones in between are not.
    matrix->table()->verticalScrollBar()->setValue(matrix->table()->verticalScrollBar()->maximum());
    matrix->table()->viewport()->repaint();
    QVERIFY(model->loadedPages() <= 3);
    QVERIFY(model->engine().hasSystem(model->systemIdAt(model->rowCount() - 1)));
    // A cell says what it is and why.
    const int row = [&] {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->data(model->index(r, 0)).toString() == u"HR-CV-01"_s) {
                return r;
            }
        }
        return -1;
    }();
    QVERIFY(row >= 0);
    bool sawStatus = false;
    for (int c = ComplianceMatrixModel::FixedColumns; c < model->columnCount(); ++c) {
        const QModelIndex cell = model->index(row, c);
        if (model->headerData(c, Qt::Horizontal).toString() == u"Art. 22"_s) {
            QCOMPARE(cell.data(ComplianceMatrixModel::StatusCodeRole).toString(), u"partial"_s);
            QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"AIC-HUM-01"_s));
            sawStatus = true;
        }
    }
    QVERIFY(sawStatus);
    QVERIFY(model->data(model->index(row, 1)).toString().endsWith(u"%"_s));
}

void TestComplianceView::soaShowsTheAnnexA()
{
    SoaView* soa = m_window->complianceView()->soaPage();
    QCOMPARE(soa->table()->model()->rowCount(), 93);
    int excluded = 0;
    for (int r = 0; r < 93; ++r) {
        excluded += soa->table()->model()->index(r, 3).data().toString() == u"No"_s ? 1 : 0;
    }
    QCOMPARE(excluded, 2);
}

QTEST_MAIN(TestComplianceView)
#include "TestComplianceView.moc"
