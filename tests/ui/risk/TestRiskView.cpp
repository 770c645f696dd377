// The Risks page on the demo workspace: the register across systems, filters, the heat map whose counts equal the
// register's for the same filter and whose cells narrow it, the selected risk's explanation and live control
// status, the editor's acceptance rule, and the CSV import with its column mapping and consent for new threats.

#include "MainWindow.h"
#include "TestSupport.h"
#include "demo/DemoWorkspace.h"
#include "risk/HeatMapWidget.h"
#include "risk/RiskDialog.h"
#include "risk/RiskImportDialog.h"
#include "risk/RiskRegisterModel.h"
#include "risk/RiskService.h"
#include "risk/RiskView.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace attest;
using namespace attest::test;
using namespace attest::ui;
using namespace Qt::StringLiterals;

class TestRiskView : public QObject
{
    Q_OBJECT

private:
    RiskView* view() const { return m_window->riskView(); }
    Connection& connection() const { return m_window->workspace()->connection(); }
    qint64 registerCount(const RiskFilter& filter) const { return *RiskRepository(connection()).countRisks(filter); }
    static int sum(const HeatMapWidget* map) { return map->total(); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase();
    void registerAcrossSystems();
    void heatMapCountsMatchTheRegister();
    void clickingACellNarrowsTheRegister();
    void detailsExplainTheLevelAndControls();
    void editorRefusesUnapprovedAcceptance();
    void importWithMappingAndConsent();
    void reloadKeepsSelectionAndDropsVanishedChoices();
    void cleanupTestCase();
};

void TestRiskView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(path, testActor(), {}));
    MainWindow::Environment env;
    env.displayName = [] { return u"Risk Tester"_s; };
    m_window = std::make_unique<MainWindow>(env);
    QVERIFY(m_window->openWorkspace(path));
    m_window->resize(1400, 860);
    m_window->show();
    m_window->showRisks();
    QVERIFY(view());
}

void TestRiskView::cleanupTestCase()
{
    m_window.reset();
}

void TestRiskView::registerAcrossSystems()
{
    const qint64 all = registerCount({});
    QVERIFY(all >= 20);
    QCOMPARE(view()->table()->model()->rowCount(), int(all));
    // Ordered by system code, then by current score, highest first.
    const auto* model = view()->model();
    QCOMPARE(model->index(0, RiskRegisterModel::SystemColumn).data().toString(), u"CS-CHAT-01"_s);
    // One system.
    const qint64 chat = **SystemRepository(connection()).idForCode(u"CS-CHAT-01"_s);
    view()->showSystem(chat);
    RiskFilter one;
    one.systemId = chat;
    QCOMPARE(model->rowCount(), int(registerCount(one)));
    for (int r = 0; r < model->rowCount(); ++r) {
        QCOMPARE(model->index(r, RiskRegisterModel::SystemColumn).data().toString(), u"CS-CHAT-01"_s);
    }
    // Level, owner and overdue filters.
    view()->clearFilters();
    view()->levelBox()->setCurrentIndex(view()->levelBox()->findData(u"High"_s));
    RiskFilter high;
    high.level = u"High"_s;
    QCOMPARE(model->rowCount(), int(registerCount(high)));
    QVERIFY(model->rowCount() > 0);
    view()->clearFilters();
    view()->overdueBox()->setChecked(true);
    QVERIFY(model->rowCount() >= 2);
    for (int r = 0; r < model->rowCount(); ++r) {
        QVERIFY(model->index(r, RiskRegisterModel::DueColumn).data(RiskRegisterModel::OverdueRole).toBool());
    }
    view()->clearFilters();
    QCOMPARE(model->rowCount(), int(all));
}

void TestRiskView::heatMapCountsMatchTheRegister()
{
    view()->clearFilters();
    QCOMPARE(sum(view()->heatMap()), view()->model()->rowCount());
    view()->threatBox()->setCurrentIndex(view()->threatBox()->findText(u"Model and data drift"_s));
    QVERIFY(view()->model()->rowCount() >= 4);
    QCOMPARE(sum(view()->heatMap()), view()->model()->rowCount());
    view()->residualButton()->setChecked(true);
    QCOMPARE(sum(view()->heatMap()), view()->model()->rowCount());
    view()->clearFilters();
    view()->residualButton()->setChecked(false);
}

void TestRiskView::clickingACellNarrowsTheRegister()
{
    view()->clearFilters();
    HeatMapWidget* map = view()->heatMap();
    // The inherent cell likelihood 4 × impact 3 holds several demo risks.
    const int inCell = map->count(4, 3);
    QVERIFY(inCell > 0);
    QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(4, 3).center());
    QCOMPARE(view()->model()->rowCount(), inCell);
    for (int r = 0; r < view()->model()->rowCount(); ++r) {
        const RiskRow* row = view()->model()->rowAt(r);
        QVERIFY(row);
        QCOMPARE(row->risk.likelihood, 4);
        QCOMPARE(row->risk.impact, 3);
    }
    QCOMPARE(map->selectedCell(), (QPair<int, int>{4, 3}));
    // Clicking it again shows every cell.
    QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(4, 3).center());
    QCOMPARE(view()->model()->rowCount(), int(registerCount({})));
    // The keyboard does the same.
    map->setFocus();
    QTest::keyClick(map, Qt::Key_Return);
    QCOMPARE(view()->model()->rowCount(), map->count(map->selectedCell().first, map->selectedCell().second));
    QTest::keyClick(map, Qt::Key_Escape);
    QCOMPARE(view()->model()->rowCount(), int(registerCount({})));
}

void TestRiskView::detailsExplainTheLevelAndControls()
{
    view()->clearFilters();
    const auto* model = view()->model();
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->rowAt(r)->threatName == u"Prompt injection and jailbreaks"_s &&
            model->rowAt(r)->systemCode == u"CS-CHAT-01"_s) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    view()->table()->setCurrentIndex(model->index(row, 0));
    const QString text = view()->detailsText();
    QVERIFY2(text.contains(u"likelihood 5 Almost certain × impact 4 Major = 20 → Critical"_s), qPrintable(text));
    // AIC-VUL-02 is implemented for the chatbot (its own implementation), AIC-ROB-02 too; AIC-MON-01 organisation-wide.
    QVERIFY2(text.contains(u"AIC-VUL-02"_s) && text.contains(u"Implemented"_s), qPrintable(text));
    QVERIFY(model->index(row, RiskRegisterModel::ControlsColumn).data().toString().contains(u"/3 implemented"_s));
    QVERIFY(model->index(row, RiskRegisterModel::InherentColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"risk matrix version 1"_s));
}

void TestRiskView::editorRefusesUnapprovedAcceptance()
{
    view()->clearFilters();
    const RiskRow* first = view()->model()->rowAt(0);
    QVERIFY(first);
    RiskDialog dialog(connection(), first->risk, m_window.get());
    // Accepting a Critical risk without an approver: refused with the rule's message, nothing written.
    dialog.treatmentBox()->setCurrentIndex(dialog.treatmentBox()->findData(u"accept"_s));
    dialog.residualLikelihoodBox()->setCurrentIndex(0);
    dialog.residualImpactBox()->setCurrentIndex(0);
    dialog.statusBox()->setCurrentIndex(dialog.statusBox()->findData(u"accepted"_s));
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.errorLabel()->text().contains(u"approver"_s), qPrintable(dialog.errorLabel()->text()));
    auto unchanged = RiskRepository(connection()).risk(first->risk.id);
    QCOMPARE((*unchanged)->status, first->risk.status);
    // With an approver and a justification it is saved.
    dialog.acceptedByEdit()->setText(u"Chief Risk Officer"_s);
    dialog.justificationEdit()->setPlainText(u"Compensating monitoring in place until the filter ships."_s);
    QVERIFY2(dialog.save(), qPrintable(dialog.errorLabel()->text()));
    auto saved = RiskRepository(connection()).risk(first->risk.id);
    QCOMPARE((*saved)->status, u"accepted"_s);
    QCOMPARE((*saved)->acceptedBy, u"Chief Risk Officer"_s);
    QTRY_COMPARE(view()->model()->index(0, RiskRegisterModel::StatusColumn).data().toString(), u"Accepted"_s);
}

void TestRiskView::importWithMappingAndConsent()
{
    const QString path = m_dir.filePath(u"register.csv"_s);
    QVERIFY(
        writeFile(path,
                  "App;Hazard;What could happen;P;S\n"
                  "FIN-OCR-01;Model and data drift;New supplier layouts lower extraction accuracy;3;3\n"
                  "ENG-CODE-01;Hallucinated package names;Invented dependencies get registered by attackers;3;4\n"));
    const qint64 before = registerCount({});
    RiskImportDialog dialog(*m_window->workspace(), path, m_window.get());
    QVERIFY(dialog.isReadable());
    QCOMPARE(dialog.columnTable()->rowCount(), 5);
    // Nothing required is recognised from these headers: the user maps them.
    QCOMPARE(dialog.fieldBox(0)->currentData().toInt(), -1);
    dialog.check();
    QVERIFY(!dialog.importButton()->isEnabled());
    const QList<int> fields = {
        RiskImport::System, RiskImport::Threat, RiskImport::Scenario, RiskImport::Likelihood, RiskImport::Impact};
    for (int c = 0; c < fields.size(); ++c) {
        dialog.fieldBox(c)->setCurrentIndex(dialog.fieldBox(c)->findData(fields[c]));
    }
    QVERIFY(dialog.previewTable()->horizontalHeaderItem(3)->text().contains(u"Likelihood"_s));
    dialog.check();
    // The unknown threat is listed and needs consent.
    QVERIFY(dialog.plan().needsThreatConsent());
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(!dialog.createThreatsBox()->isHidden());
    bool listed = false;
    for (int i = 0; i < dialog.problemList()->count(); ++i) {
        listed = listed || dialog.problemList()->item(i)->text().contains(u"Hallucinated package names"_s);
    }
    QVERIFY(listed);
    dialog.createThreatsBox()->setChecked(true); // re-checks
    QVERIFY(dialog.plan().ok());
    QVERIFY(dialog.importButton()->isEnabled());
    QVERIFY(dialog.importNow());
    QCOMPARE(registerCount({}), before + 2);
    QTRY_COMPARE(view()->model()->rowCount(), int(before + 2));
}

void TestRiskView::reloadKeepsSelectionAndDropsVanishedChoices()
{
    view()->clearFilters();
    auto* model = view()->model();
    const qint64 id = model->riskIdAt(5);
    view()->table()->setCurrentIndex(model->index(5, 0));
    // A change elsewhere reloads the register; the selected risk stays selected.
    auto risk = RiskRepository(connection()).risk(id);
    QVERIFY(risk && risk->has_value());
    Risk edited = **risk;
    edited.owner = u"Only Owner Once"_s;
    QVERIFY(RiskService(connection()).updateRisk(edited));
    QTRY_VERIFY(view()->detailsText().contains(u"Only Owner Once"_s));
    QCOMPARE(model->riskIdAt(view()->table()->currentIndex().row()), id);
    QVERIFY(view()->ownerBox()->findData(u"Only Owner Once"_s) >= 0);
    // Filtered on that owner; the owner's last risk moves on: the filter falls back to all owners, and so does the
    // register.
    view()->ownerBox()->setCurrentIndex(view()->ownerBox()->findData(u"Only Owner Once"_s));
    QCOMPARE(model->rowCount(), 1);
    edited.owner = u"Data Protection Officer"_s;
    QVERIFY(RiskService(connection()).updateRisk(edited));
    QTRY_COMPARE(view()->ownerBox()->currentIndex(), 0);
    QTRY_COMPARE(model->rowCount(), int(registerCount({})));
    QVERIFY(view()->filter().owner.isEmpty());
}

QTEST_MAIN(TestRiskView)
#include "TestRiskView.moc"
