// The catalog tree model under QAbstractItemModelTester: frameworks on top, their requirements fetched on demand,
// parent/child structure as in the catalog.

#include "TestSupport.h"
#include "catalog/CatalogLoader.h"
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

QTEST_GUILESS_MAIN(TestCatalogTreeModel)
#include "TestCatalogTreeModel.moc"
