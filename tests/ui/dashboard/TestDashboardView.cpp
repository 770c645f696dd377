// The dashboard page on the demo: computed on its worker thread, its numbers equal the direct computation for the
// same filter, it refreshes by itself after an edit, and a heat-map cell or a bar opens a list with exactly the
// counted records.

#include "MainWindow.h"
#include "TestSupport.h"
#include "compliance/ComplianceModels.h"
#include "compliance/ComplianceView.h"
#include "compliance/FindingsView.h"
#include "dashboard/Dashboard.h"
#include "dashboard/DashboardView.h"
#include "dashboard/Trends.h"
#include "demo/DemoWorkspace.h"
#include "inventory/InventoryView.h"
#include "inventory/SystemTableModel.h"
#include "risk/HeatMapWidget.h"
#include "risk/RiskRegisterModel.h"
#include "risk/RiskService.h"
#include "risk/RiskView.h"
#include "storage/CatalogRepository.h"
#include "storage/RiskRepository.h"

#include <QBarSet>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace attest::ui;
using namespace Qt::StringLiterals;

class TestDashboardView : public QObject
{
    Q_OBJECT

private:
    DashboardView* view() const { return m_window->dashboardView(); }
    Connection& connection() const { return m_window->workspace()->connection(); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase();
    void numbersEqualTheDirectComputation();
    void heatMapCellOpensExactlyItsRisks();
    void threatBarOpensExactlyItsRisks();
    void refreshesByItselfAfterAnEdit();
    void chartsExportAndCopy();
    void clickThroughKeepsTheBusinessUnit();
    void tierStageAndReviewOpenExactlyTheirSystems();
    void trendsFromTheHistory();
    void findingsOpenExactlyTheCountedOnes();
    void coverageBarsOpenExactlyTheirSystems();
    void cleanupTestCase();
};

void TestDashboardView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(path, testActor(), {}));
    MainWindow::Environment env;
    env.displayName = [] { return u"Dashboard Tester"_s; };
    m_window = std::make_unique<MainWindow>(env);
    QVERIFY(m_window->openWorkspace(path));
    m_window->resize(1400, 900);
    m_window->show();
    m_window->showDashboard();
    QVERIFY(view());
    QTRY_VERIFY(view()->refreshes() >= 1);
}

void TestDashboardView::cleanupTestCase()
{
    m_window.reset();
}

void TestDashboardView::numbersEqualTheDirectComputation()
{
    auto direct = Dashboard::compute(connection(), {});
    QVERIFY(direct);
    QCOMPARE(view()->data().risks, direct->risks);
    QCOMPARE(view()->data().coverage.size(), direct->coverage.size());
    for (int i = 0; i < direct->coverage.size(); ++i) {
        QCOMPARE(view()->data().coverage[i].coverage.compliant, direct->coverage[i].coverage.compliant);
        QCOMPARE(view()->data().coverage[i].coverage.assessed(), direct->coverage[i].coverage.assessed());
    }
    QCOMPARE(view()->heatMap()->total(), direct->risks);
    // A business unit chosen in the box: the worker recomputes for it.
    const int before = view()->refreshes();
    QComboBox* units = view()->businessUnitBox();
    units->setCurrentIndex(units->findData(u"Payments & Financing"_s));
    QTRY_VERIFY(view()->refreshes() > before);
    DashboardFilter f;
    f.businessUnit = u"Payments & Financing"_s;
    auto filtered = Dashboard::compute(connection(), f);
    QVERIFY(filtered);
    QCOMPARE(view()->data().risks, filtered->risks);
    QCOMPARE(view()->data().systemIds.size(), 2);
    const int again = view()->refreshes();
    units->setCurrentIndex(0);
    QTRY_VERIFY(view()->refreshes() > again);
}

void TestDashboardView::heatMapCellOpensExactlyItsRisks()
{
    HeatMapWidget* map = view()->heatMap();
    QPair<int, int> cell{0, 0};
    for (int l = 1; l <= 5 && !cell.first; ++l) {
        for (int i = 1; i <= 5 && !cell.first; ++i) {
            if (map->count(l, i) > 1) {
                cell = {l, i};
            }
        }
    }
    QVERIFY(cell.first);
    const int counted = map->count(cell.first, cell.second);
    QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(cell.first, cell.second).center());
    RiskView* risks = m_window->riskView();
    QVERIFY(risks && risks->isVisible());
    QCOMPARE(risks->model()->rowCount(), counted);
    QVERIFY(risks->filter().residual);
    risks->clearFilters();
    m_window->showDashboard();
}

void TestDashboardView::threatBarOpensExactlyItsRisks()
{
    auto* chart = view()->card(u"threats"_s)->findChild<QChartView*>();
    QVERIFY(chart);
    auto* series = qobject_cast<QHorizontalBarSeries*>(chart->chart()->series().first());
    QVERIFY(series);
    QBarSet* bars = series->barSets().first();
    QVERIFY(bars->count() > 0);
    // The bars read top-down in the data's order (most first); the bottom bar is the last threat.
    const int counted = int(bars->at(0));
    QCOMPARE(counted, view()->data().risksByThreat.last().risks);
    Q_EMIT bars->clicked(0);
    RiskView* risks = m_window->riskView();
    QCOMPARE(risks->model()->rowCount(), counted);
    QCOMPARE(risks->threatBox()->currentText(), view()->data().risksByThreat.last().name);
    risks->clearFilters();
    m_window->showDashboard();
}

void TestDashboardView::refreshesByItselfAfterAnEdit()
{
    const int risksBefore = view()->data().risks;
    const int before = view()->refreshes();
    auto first = RiskRepository(connection()).riskIds({});
    QVERIFY(first && !first->isEmpty());
    QVERIFY(RiskService(connection()).removeRisk(first->first()));
    QTRY_VERIFY(view()->refreshes() > before);
    QTRY_COMPARE(view()->data().risks, risksBefore - 1);
}

void TestDashboardView::chartsExportAndCopy()
{
    QWidget* card = view()->card(u"threats"_s);
    QVERIFY(card);
    QVERIFY(!card->actions().isEmpty()); // its context menu: copy, save as
    const QString png = m_dir.filePath(u"threats.png"_s);
    const QString svg = m_dir.filePath(u"threats.svg"_s);
    QVERIFY(DashboardView::exportCard(card, png));
    QVERIFY(DashboardView::exportCard(card, svg));
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), card->grab().size());
    const QByteArray drawing = readFile(svg);
    QVERIFY(drawing.contains("<svg"));
    QVERIFY(drawing.contains("Model and data drift")); // the labels are text in the drawing, not pixels
    QString error;
    QVERIFY(!DashboardView::exportCard(card, m_dir.filePath(u"missing/folder/x.png"_s), &error));
    QVERIFY(!error.isEmpty());
    DashboardView::copyCard(card);
    QVERIFY(!QGuiApplication::clipboard()->pixmap().isNull());
}

void TestDashboardView::clickThroughKeepsTheBusinessUnit()
{
    const int before = view()->refreshes();
    QComboBox* units = view()->businessUnitBox();
    units->setCurrentIndex(units->findData(u"Payments & Financing"_s));
    QTRY_VERIFY(view()->refreshes() > before);
    HeatMapWidget* map = view()->heatMap();
    QPair<int, int> cell{0, 0};
    for (int l = 1; l <= 5 && !cell.first; ++l) {
        for (int i = 1; i <= 5 && !cell.first; ++i) {
            if (map->count(l, i) > 0) {
                cell = {l, i};
            }
        }
    }
    QVERIFY(cell.first);
    const int counted = map->count(cell.first, cell.second);
    QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(cell.first, cell.second).center());
    RiskView* risks = m_window->riskView();
    QCOMPARE(risks->model()->rowCount(), counted);
    QCOMPARE(risks->filter().businessUnit, u"Payments & Financing"_s);
    QVERIFY(risks->countLabel()->text().contains(u"Payments & Financing"_s));
    risks->clearFilters();
    QVERIFY(risks->filter().businessUnit.isEmpty());
    m_window->showDashboard();
    units->setCurrentIndex(0);
}

void TestDashboardView::tierStageAndReviewOpenExactlyTheirSystems()
{
    InventoryView* inventory = m_window->inventoryView();
    for (const QString& unit : {QString(), u"Payments & Financing"_s}) {
        const int before = view()->refreshes();
        QComboBox* units = view()->businessUnitBox();
        const int target = unit.isEmpty() ? 0 : units->findData(unit);
        const bool changes = units->currentIndex() != target;
        units->setCurrentIndex(target);
        QCOMPARE(view()->filter().businessUnit, unit);
        if (changes) {
            QTRY_VERIFY(view()->refreshes() > before);
        }
        QTRY_VERIFY(!view()->busy());
        for (const QString& name : {u"tiers"_s, u"lifecycle"_s}) {
            auto* chart = view()->card(name)->findChild<QChartView*>();
            QVERIFY(chart);
            QBarSet* bars = qobject_cast<QHorizontalBarSeries*>(chart->chart()->series().first())->barSets().first();
            QVERIFY(bars->count() > 0);
            for (int bar = 0; bar < bars->count(); ++bar) {
                const int counted = int(bars->at(bar));
                Q_EMIT bars->clicked(bar);
                QVERIFY(inventory->isVisible());
                QCOMPARE(inventory->model()->rowCount(), counted);
                QVERIFY(inventory->scopeLabel()->isVisible());
                if (!unit.isEmpty()) {
                    QVERIFY(inventory->scopeLabel()->text().contains(unit));
                }
                m_window->showDashboard();
                chart = view()->card(name)->findChild<QChartView*>();
                bars = qobject_cast<QHorizontalBarSeries*>(chart->chart()->series().first())->barSets().first();
            }
        }
        // "N AI systems are overdue for review": the link opens those N.
        auto* numbers = view()->card(u"numbers"_s)->findChild<QLabel*>();
        QVERIFY(numbers);
        Q_EMIT numbers->linkActivated(u"review"_s);
        QCOMPARE(inventory->model()->rowCount(), view()->data().systemsOverdueForReview);
        inventory->clearScope();
        QVERIFY(!inventory->scopeLabel()->isVisible());
        m_window->showDashboard();
    }
}

void TestDashboardView::trendsFromTheHistory()
{
    // The history is read in the background; the trend then ends with today's live numbers.
    QTRY_VERIFY_WITH_TIMEOUT(view()->trendReady(), 20000);
    QCOMPARE(view()->data().trend.days.size(), 14); // 13 weeks, weekly, and today
    QComboBox* range = view()->trendRangeBox();
    range->setCurrentIndex(range->findData(int(TrendRange::Days30)));
    QTRY_COMPARE_WITH_TIMEOUT(view()->data().trend.days.size(), 31, 20000);
    const DashboardData& data = view()->data();
    QCOMPARE(data.trend.days.last(), QDate::currentDate());
    // Today's point, worked out the way past days are (a snapshot of the workspace, the filter applied to it),
    // equals what the dashboard shows live.
    auto snapshot = Trends::snapshot(connection(), QDate::currentDate());
    QVERIFY(snapshot);
    const Trends::Point today = Trends::point(*snapshot, view()->filter());
    QCOMPARE(today.openRisksByLevel, data.openRisksByLevel);
    QCOMPARE(today.coverage.size(), data.coverage.size());
    for (int i = 0; i < today.coverage.size(); ++i) {
        QCOMPARE(today.coverage[i].frameworkId, data.coverage[i].frameworkId);
        QCOMPARE(today.coverage[i].systems, data.coverage[i].systems);
        QCOMPARE(today.coverage[i].coverage.compliant, data.coverage[i].coverage.compliant);
        QCOMPARE(today.coverage[i].coverage.nonCompliant, data.coverage[i].coverage.nonCompliant);
        QCOMPARE(today.coverage[i].coverage.notAssessed, data.coverage[i].coverage.notAssessed);
    }
    // A level's line opens today's risks at that level that are not closed.
    auto* chart = view()->card(u"trendRisks"_s)->findChild<QChartView*>();
    QVERIFY(chart);
    auto* line = qobject_cast<QLineSeries*>(chart->chart()->series().first());
    QVERIFY(line);
    const QString level = line->name().section(u"  "_s, 0, 0);
    const int counted = data.openRisksByLevel.value(level);
    QVERIFY(counted > 0);
    Q_EMIT line->clicked(line->at(line->count() - 1));
    RiskView* risks = m_window->riskView();
    QCOMPARE(risks->model()->rowCount(), counted);
    QVERIFY(risks->filter().openOnly);
    risks->clearFilters();
    m_window->showDashboard();
}

void TestDashboardView::findingsOpenExactlyTheCountedOnes()
{
    m_window->showFindings(); // the page is made when first shown
    FindingsView* findings = m_window->findingsView();
    QVERIFY(findings);
    m_window->showDashboard();
    struct Case
    {
        QString unit;
        QString framework;
    };
    for (const Case& c : {Case{}, Case{u"Payments & Financing"_s, {}}, Case{{}, u"gdpr"_s}}) {
        DashboardFilter f;
        f.businessUnit = c.unit;
        if (!c.framework.isEmpty()) {
            f.frameworkId = (*CatalogRepository(connection()).framework(c.framework))->id;
        }
        const int before = view()->refreshes();
        view()->setFilter(f);
        QTRY_VERIFY(view()->refreshes() > before);
        QTRY_VERIFY(!view()->busy());
        auto* chart = view()->card(u"findings"_s)->findChild<QChartView*>();
        QVERIFY(chart);
        QBarSet* bars = qobject_cast<QHorizontalBarSeries*>(chart->chart()->series().first())->barSets().first();
        int total = 0;
        for (int bar = 0; bar < bars->count(); ++bar) {
            const int counted = int(bars->at(bar));
            total += counted;
            Q_EMIT bars->clicked(bar);
            QVERIFY(findings->isVisible());
            QCOMPARE(findings->shownCount(), counted);
            QVERIFY(findings->scopeLabel()->isVisible());
            m_window->showDashboard();
            chart = view()->card(u"findings"_s)->findChild<QChartView*>();
            bars = qobject_cast<QHorizontalBarSeries*>(chart->chart()->series().first())->barSets().first();
        }
        int open = 0;
        for (int n : view()->data().openFindingsByDue) {
            open += n;
        }
        QCOMPARE(total, open);
        auto* numbers = view()->card(u"numbers"_s)->findChild<QLabel*>();
        Q_EMIT numbers->linkActivated(u"findings"_s);
        QCOMPARE(findings->shownCount(), view()->data().overdueFindings);
        for (int days : {30, 90}) {
            QDialog* dialog = view()->showExpiringEvidence(days);
            QVERIFY(dialog);
            auto* table = dialog->findChild<QTableWidget*>(u"expiringEvidenceTable"_s);
            QVERIFY(table);
            QCOMPARE(table->rowCount(),
                     days == 30 ? view()->data().evidenceExpiring30 : view()->data().evidenceExpiring90);
            dialog->close();
        }
        findings->clearScope();
        QVERIFY(!findings->scopeLabel()->isVisible());
        m_window->showDashboard();
    }
    view()->setFilter({});
    QTRY_VERIFY(!view()->busy());
}

void TestDashboardView::coverageBarsOpenExactlyTheirSystems()
{
    for (const QString& unit : {QString(), u"Payments & Financing"_s}) {
        DashboardFilter f;
        f.businessUnit = unit;
        const int before = view()->refreshes();
        view()->setFilter(f);
        QTRY_VERIFY(view()->refreshes() > before);
        QTRY_VERIFY(!view()->busy());
        QList<DashboardData::FrameworkCoverage> shown;
        for (const auto& c : view()->data().coverage) {
            if (c.systems) {
                shown << c;
            }
        }
        QVERIFY(!shown.isEmpty());
        for (int i = 0; i < shown.size(); ++i) {
            auto* chart = view()->card(u"coverage"_s)->findChild<QChartView*>();
            QBarSet* bars = qobject_cast<QHorizontalBarSeries*>(chart->chart()->series().first())->barSets().first();
            QCOMPARE(bars->count(), shown.size());
            Q_EMIT bars->clicked(int(shown.size()) - 1 - i); // bars run bottom-up
            ComplianceMatrixView* matrix = m_window->complianceView()->matrixPage();
            QVERIFY(matrix->isVisible());
            QCOMPARE(matrix->model()->frameworkKey(), shown[i].key);
            QCOMPARE(matrix->model()->rowCount(), shown[i].systems);
            QVERIFY(matrix->scopeLabel()->isVisible());
            // Summed over those rows, the statuses are the figure's counts.
            Coverage sum;
            for (int row = 0; row < matrix->model()->rowCount(); ++row) {
                sum.add(matrix->model()->engine().coverage(matrix->model()->systemIdAt(row), shown[i].frameworkId));
            }
            QCOMPARE(sum.compliant, shown[i].coverage.compliant);
            QCOMPARE(sum.nonCompliant, shown[i].coverage.nonCompliant);
            QCOMPARE(sum.notAssessed, shown[i].coverage.notAssessed);
            matrix->clearScope();
            QVERIFY(!matrix->scopeLabel()->isVisible());
            m_window->showDashboard();
        }
    }
    view()->setFilter({});
    QTRY_VERIFY(!view()->busy());
}

QTEST_MAIN(TestDashboardView)
#include "TestDashboardView.moc"
