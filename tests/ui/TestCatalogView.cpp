// The catalog browser as a user drives it: search as you type, open a requirement, follow a mapping to another
// framework and back again (both directions), see the attribution.

#include "MainWindow.h"
#include "SyntheticOscal.h"
#include "TestSupport.h"
#include "catalog/CatalogLoader.h"
#include "catalog/CatalogTreeModel.h"
#include "catalog/CatalogView.h"
#include "common/MessageBar.h"
#include "storage/CatalogRepository.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUrl>

using namespace attest;
using namespace attest::test;
using namespace attest::ui;
using namespace Qt::StringLiterals;

class TestCatalogView : public QObject
{
    Q_OBJECT

private:
    qint64 idOf(const QString& key, const QString& ref);
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase();
    void searchAsYouType();
    void requirementPageShowsEverything();
    void mappingsNavigateBothWays();
    void treeLoadsFrameworksOnDemand();
    void oscalImportShowsTheCatalog();
    void oscalImportReportsProgress();
    void oscalImportListsToleratedDeviations();
    void failedOscalImportSaysWhyAndChangesNothing();
    void oscalExportWritesTheBrowsedFramework();
    void cleanupTestCase();
};

qint64 TestCatalogView::idOf(const QString& key, const QString& ref)
{
    CatalogRepository repo(m_window->workspace()->connection());
    auto framework = repo.framework(key);
    auto ids = repo.requirementIds((*framework)->id);
    return ids->value(ref);
}

void TestCatalogView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    MainWindow::Environment env;
    env.displayName = [] { return u"Catalog Tester"_s; };
    m_window = std::make_unique<MainWindow>(env);
    // A new workspace made in the GUI is loaded with the shipped catalogs.
    QVERIFY(m_window->createWorkspace(m_dir.filePath(u"catalogs.attest"_s)));
    auto needed = CatalogLoader::needsSync(m_window->workspace()->connection());
    QVERIFY(needed && !*needed);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showCatalogs();
}

void TestCatalogView::oscalImportShowsTheCatalog()
{
    CatalogView* view = m_window->catalogView();
    QVERIFY(view->importOscalFile(dataPath(u"oscal/catalog-nested.json"_s)));
    QCOMPARE(m_window->messageBar()->level(), MessageBar::Level::Success);
    QVERIFY2(m_window->messageBar()->text().contains(u"Example Model Assurance Controls"_s),
             qPrintable(m_window->messageBar()->text()));
    // The new framework is selected, with its attribution.
    QCOMPARE(view->currentFrameworkKey(), u"example-model-assurance-controls"_s);
    QVERIFY(view->page()->toPlainText().contains(u"Example Assurance Consortium"_s));
    // A control's page: the statement reads as text, parameters filled in, with its guidance and OSCAL id.
    view->showRequirement(idOf(u"example-model-assurance-controls"_s, u"DG-1"_s));
    const QString page = view->page()->toPlainText();
    QVERIFY2(page.contains(u"Statement"_s), qPrintable(page));
    QVERIFY2(page.contains(u"a. Record the origin of every training dataset and review it [Assignment: frequency];"_s),
             qPrintable(page));
    QVERIFY(page.contains(u"Guidance"_s));
    QVERIFY(page.contains(u"OSCAL id: dg-1"_s));
    QVERIFY(!page.contains(u"oscalKind"_s));
    view->showRequirement(idOf(u"example-model-assurance-controls"_s, u"SC-3"_s));
    QVERIFY(view->page()->toPlainText().contains(u"Withdrawn: withdrawn by its publisher"_s));
}

void TestCatalogView::oscalImportReportsProgress()
{
    // A 1,200-control catalog: the progress dialog is fed as the nodes are written (it shows itself only when the
    // work outlasts 400 ms, so quick imports do not flash).
    const QString path = m_dir.filePath(u"synthetic-1200.json"_s);
    QVERIFY(writeFile(path, syntheticOscalCatalog(1200)));
    CatalogView* view = m_window->catalogView();
    int maximum = 0;
    int highest = 0;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, view, [&] {
        for (QProgressDialog* dialog : view->findChildren<QProgressDialog*>()) {
            maximum = qMax(maximum, dialog->maximum());
            highest = qMax(highest, dialog->value());
        }
    });
    poll.start();
    QVERIFY(view->importOscalFile(path));
    poll.stop();
    QVERIFY2(maximum > 0, "the progress dialog never learnt the size of the import");
    QVERIFY2(highest > 0, "the progress dialog never advanced");
    QCOMPARE(view->currentFrameworkKey(), u"synthetic-model-controls"_s);
}

void TestCatalogView::oscalImportListsToleratedDeviations()
{
    CatalogView* view = m_window->catalogView();
    QString shown;
    QTimer::singleShot(0, view, [&] {
        // The import runs first; then the box comes up. Close it once it is there.
        auto closeBox = std::make_shared<std::function<void()>>();
        *closeBox = [&shown, closeBox] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                box && box->objectName() == u"oscalToleratedBox"_s) {
                shown = box->informativeText();
                box->accept();
                return;
            }
            QTimer::singleShot(20, *closeBox);
        };
        (*closeBox)();
    });
    QVERIFY(view->importOscalFile(dataPath(u"oscal/catalog-deviations.json"_s)));
    QVERIFY2(shown.contains(u"has no time zone"_s), qPrintable(shown));
    QVERIFY(shown.contains(u"how-many: several"_s));
    QVERIFY(shown.contains(u"Unknown property “priority”"_s));
    QCOMPARE(m_window->messageBar()->level(), MessageBar::Level::Info);
    QVERIFY(m_window->messageBar()->text().contains(u"Deviations from the OSCAL schema tolerated: 3."_s));
}

void TestCatalogView::failedOscalImportSaysWhyAndChangesNothing()
{
    CatalogView* view = m_window->catalogView();
    const int frameworks = int(CatalogRepository(m_window->workspace()->connection()).frameworks()->size());
    QVERIFY(!view->importOscalFile(dataPath(u"oscal/ssp.json"_s)));
    QCOMPARE(m_window->messageBar()->level(), MessageBar::Level::Error);
    QVERIFY2(m_window->messageBar()->text().contains(u"ssp.json was not imported"_s) &&
                 m_window->messageBar()->text().contains(u"system-security-plan"_s),
             qPrintable(m_window->messageBar()->text()));
    QCOMPARE(int(CatalogRepository(m_window->workspace()->connection()).frameworks()->size()), frameworks);
}

void TestCatalogView::oscalExportWritesTheBrowsedFramework()
{
    CatalogView* view = m_window->catalogView();
    view->selectFramework(u"iso42001-2023"_s);
    QCOMPARE(view->currentFrameworkKey(), u"iso42001-2023"_s);
    const QString path = m_dir.filePath(u"iso42001.json"_s);
    QVERIFY(view->exportFramework(view->currentFrameworkKey(), path));
    QCOMPARE(m_window->messageBar()->level(), MessageBar::Level::Success);
    QVERIFY2(m_window->messageBar()->text().contains(u"as an OSCAL 1.1.3 catalog"_s),
             qPrintable(m_window->messageBar()->text()));
    const QJsonObject catalog = QJsonDocument::fromJson(readFile(path)).object().value(u"catalog"_s).toObject();
    QCOMPARE(catalog.value(u"metadata"_s).toObject().value(u"title"_s).toString(), u"ISO/IEC 42001:2023"_s);
    // Into a folder that does not exist: an error, and no file.
    QVERIFY(!view->exportFramework(u"iso42001-2023"_s, m_dir.filePath(u"missing/dir/x.json"_s)));
    QCOMPARE(m_window->messageBar()->level(), MessageBar::Level::Error);
}

void TestCatalogView::cleanupTestCase()
{
    m_window.reset();
}

void TestCatalogView::searchAsYouType()
{
    CatalogView* view = m_window->catalogView();
    QTest::keyClicks(view->searchEdit(), u"automated decis"_s);
    QListWidget* results = view->results();
    QVERIFY(results->isVisible());
    QStringList texts;
    for (int i = 0; i < results->count(); ++i) {
        texts << results->item(i)->text();
    }
    QVERIFY2(
        std::any_of(texts.cbegin(), texts.cend(), [](const QString& t) { return t.startsWith(u"GDPR · Art. 22 "_s); }),
        qPrintable(texts.join(u" | "_s)));
    view->searchEdit()->clear();
    QVERIFY(view->tree()->isVisible());
    QTest::keyClicks(view->searchEdit(), u"qqqzzznothing"_s);
    QCOMPARE(results->count(), 1);
    QVERIFY(results->item(0)->text().contains(u"No requirement matches"_s));
    view->searchEdit()->clear();
}

void TestCatalogView::requirementPageShowsEverything()
{
    CatalogView* view = m_window->catalogView();
    view->showRequirement(idOf(u"hipaa"_s, u"164.312(a)(2)(iv)"_s));
    const QString page = view->page()->toPlainText();
    QVERIFY2(page.contains(u"Encryption and decryption"_s), qPrintable(page));
    QVERIFY(page.contains(u"Implementation: Addressable"_s));
    QVERIFY(page.contains(u"Interview question"_s));
    QVERIFY(page.contains(u"Mapped requirements"_s));
    QVERIFY(page.contains(u"45 CFR Part 164"_s)); // attribution
    // The tree follows the page.
    QCOMPARE(view->tree()->currentIndex().data(CatalogTreeModel::RequirementIdRole).toLongLong(),
             idOf(u"hipaa"_s, u"164.312(a)(2)(iv)"_s));
}

void TestCatalogView::mappingsNavigateBothWays()
{
    CatalogView* view = m_window->catalogView();
    const qint64 crypto = idOf(u"iso27001-2022"_s, u"A.8.24"_s);
    const qint64 art32 = idOf(u"gdpr"_s, u"Art. 32"_s);
    view->showRequirement(crypto);
    QVERIFY(view->page()->toHtml().contains(u"req:%1"_s.arg(art32)));
    // Follow the link from ISO/IEC 27001 to the GDPR ...
    Q_EMIT view->page()->anchorClicked(QUrl(u"req:%1"_s.arg(art32)));
    QCOMPARE(view->currentRequirementId(), art32);
    QVERIFY(view->page()->toPlainText().contains(u"Security of processing"_s));
    // ... where the same mapping points back.
    QVERIFY(view->page()->toHtml().contains(u"req:%1"_s.arg(crypto)));
    QVERIFY(view->page()->toPlainText().contains(u"© European Union"_s));
    view->back();
    QCOMPARE(view->currentRequirementId(), crypto);
    view->forward();
    QCOMPARE(view->currentRequirementId(), art32);
}

void TestCatalogView::treeLoadsFrameworksOnDemand()
{
    CatalogTreeModel* model = m_window->catalogView()->model();
    QCOMPARE(model->rowCount(), 9);
    const QModelIndex owasp = model->index(7, 0);
    QVERIFY(model->hasChildren(owasp));
    if (model->canFetchMore(owasp)) {
        model->fetchMore(owasp);
    }
    QCOMPARE(model->rowCount(owasp), 10);
    QVERIFY(model->index(0, 0, owasp).data().toString().startsWith(u"LLM01:"_s));
}

QTEST_MAIN(TestCatalogView)
#include "TestCatalogView.moc"
