// The catalog browser as a user drives it: search as you type, open a requirement, follow a mapping to another
// framework and back again (both directions), see the attribution.

#include "MainWindow.h"
#include "TestSupport.h"
#include "catalog/CatalogLoader.h"
#include "catalog/CatalogTreeModel.h"
#include "catalog/CatalogView.h"
#include "storage/CatalogRepository.h"

#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
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
