// The catalog tree model under QAbstractItemModelTester: frameworks on top, their requirements fetched on demand,
// parent/child structure as in the catalog.

#include "TestSupport.h"
#include "catalog/CatalogLoader.h"
#include "catalog/CatalogTitles.h"
#include "catalog/CatalogTreeModel.h"
#include "storage/CatalogRepository.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

class TestCatalogTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeMatchesTheCatalog();
    void titlesInTheCatalogLanguage();
};

void TestCatalogTreeModel::treeMatchesTheCatalog()
{
    QTemporaryDir dir;
    auto ws = createWorkspace(dir.filePath(u"t.attest"_s));
    QVERIFY(ws);
    QVERIFY(CatalogLoader::sync(ws->connection()));
    CatalogTreeModel model(ws->connection(), ws->notifier());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 9);
    // Find ISO/IEC 27001 and open it.
    QModelIndex iso;
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.index(i, 1).data().toString() == u"ISO/IEC 27001:2022"_s) {
            iso = model.index(i, 0);
        }
    }
    QVERIFY(iso.isValid());
    QVERIFY(model.hasChildren(iso));
    if (model.canFetchMore(iso)) { // the tester may already have fetched it
        model.fetchMore(iso);
    }
    QVERIFY(!model.canFetchMore(iso));
    // Clauses 4 to 10 and Annex A at the top; the four themes under Annex A with 37/8/14/34 controls.
    QCOMPARE(model.rowCount(iso), 8);
    const QModelIndex annex = model.index(7, 0, iso);
    QCOMPARE(annex.data().toString(), u"A"_s);
    QCOMPARE(model.rowCount(annex), 4);
    QList<int> perTheme;
    for (int t = 0; t < 4; ++t) {
        perTheme << model.rowCount(model.index(t, 0, annex));
    }
    QCOMPARE(perTheme, (QList<int>{37, 8, 14, 34}));
    // A requirement is found by id (loading its framework), with a correct parent chain.
    CatalogRepository repo(ws->connection());
    const qint64 id = repo.requirementIds((*repo.framework(u"hipaa"_s))->id)->value(u"164.308(a)(1)(ii)(A)"_s);
    const QModelIndex spec = model.indexOfRequirement(id);
    QVERIFY(spec.isValid());
    QCOMPARE(spec.parent().data().toString(), u"164.308(a)(1)"_s);
    QCOMPARE(spec.parent().parent().data().toString(), u"164.308"_s);
    QCOMPARE(model.data(spec, CatalogTreeModel::RequirementIdRole).toLongLong(), id);
}

void TestCatalogTreeModel::titlesInTheCatalogLanguage()
{
    QTemporaryDir dir;
    auto ws = createWorkspace(dir.filePath(u"t.attest"_s));
    QVERIFY(ws);
    QVERIFY(CatalogLoader::sync(ws->connection()));
    CatalogRepository repo(ws->connection());
    const qint64 art30 = repo.requirementIds((*repo.framework(u"gdpr"_s))->id)->value(u"Art. 30"_s);
    const qint64 a51 = repo.requirementIds((*repo.framework(u"iso27001-2022"_s))->id)->value(u"A.5.1"_s);

    CatalogTitles::setLanguage(u"de"_s);
    CatalogTreeModel model(ws->connection(), ws->notifier());
    const QModelIndex title = model.indexOfRequirement(art30).siblingAtColumn(CatalogTreeModel::TitleColumn);
    QCOMPARE(title.data().toString(), u"Verzeichnis von Verarbeitungstätigkeiten"_s);
    // The official English title stays in view.
    QVERIFY(title.data(Qt::ToolTipRole).toString().startsWith(u"Official title: Records of processing activities"_s));
    // No German title shipped (ISO): the official one.
    QCOMPARE(model.indexOfRequirement(a51).siblingAtColumn(CatalogTreeModel::TitleColumn).data().toString(),
             u"Policies for information security"_s);

    CatalogTitles::setLanguage(u"en"_s);
    model.reload();
    QCOMPARE(model.indexOfRequirement(art30).siblingAtColumn(CatalogTreeModel::TitleColumn).data().toString(),
             u"Records of processing activities"_s);
}

QTEST_GUILESS_MAIN(TestCatalogTreeModel)
#include "TestCatalogTreeModel.moc"
