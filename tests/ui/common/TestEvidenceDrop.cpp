// Evidence files can be dragged from the file manager wherever evidence is shown: onto a control's evidence list
// or details (stored as the control's evidence), and onto a row of the Statement of Applicability (stored as the
// organisation's evidence for that control of the standard). A read-only workspace, a spot without a record and
// a drag without files are refused before the user lets go.

#include "MainWindow.h"
#include "TestSupport.h"
#include "common/EvidenceDrop.h"
#include "compliance/ComplianceView.h"
#include "compliance/ControlLibraryView.h"
#include "demo/DemoWorkspace.h"
#include "storage/ComplianceRepository.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QListWidget>
#include <QMimeData>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace attest;
using namespace attest::test;
using namespace attest::ui;
using namespace Qt::StringLiterals;

namespace {

// Sends a drag over `widget` at `pos` and, if it was accepted, drops there. Returns whether the drag was accepted.
bool dragAndDrop(QWidget* widget, QPoint pos, const QList<QUrl>& urls, bool drop = true)
{
    QMimeData mime;
    mime.setUrls(urls);
    QDragEnterEvent enter(pos, Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &enter);
    if (!enter.isAccepted()) {
        return false;
    }
    QDragMoveEvent move(pos, Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &move);
    if (!move.isAccepted()) {
        return false;
    }
    if (drop) {
        QDropEvent dropEvent(QPointF(pos), Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(widget, &dropEvent);
        return dropEvent.isAccepted();
    }
    return true;
}

// The links of the evidence stored under `fileName`.
QList<EvidenceLink> linksOf(Connection& connection, const QString& fileName)
{
    QList<EvidenceLink> out;
    auto evidence = ComplianceRepository(connection).evidence();
    auto links = ComplianceRepository(connection).evidenceLinks();
    if (!evidence || !links) {
        return out;
    }
    for (const Evidence& e : *evidence) {
        if (e.fileName != fileName) {
            continue;
        }
        for (const EvidenceLink& l : *links) {
            if (l.evidenceId == e.id) {
                out << l;
            }
        }
    }
    return out;
}

// Opens `db` in `window` and shows the Statement of Applicability; its table.
QTableView* showStatementOfApplicability(MainWindow& window, const QString& db)
{
    window.resize(1300, 850);
    window.show();
    if (!window.openWorkspace(db)) {
        return nullptr;
    }
    window.showCompliance();
    ComplianceView* compliance = window.complianceView();
    compliance->setCurrentWidget(compliance->soaPage());
    QCoreApplication::processEvents();
    return compliance->soaPage()->findChild<QTableView*>();
}

} // namespace

class TestEvidenceDrop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dropOnAControl();
    void dropOnTheStatementOfApplicability();
    void refusedWhereNothingCanTakeIt();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestEvidenceDrop::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(m_db, testActor(), {}));
}

void TestEvidenceDrop::dropOnAControl()
{
    MainWindow window({});
    window.resize(1300, 850);
    window.show();
    QVERIFY(window.openWorkspace(m_db));
    window.showControls();
    ControlLibraryView* view = window.controlLibraryView();
    view->selectControl(u"AIC-VUL-01"_s);
    auto* list = view->findChild<QListWidget*>(u"evidenceList"_s);
    QVERIFY(list);
    auto listed = [list](const QString& name) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(name)) {
                return true;
            }
        }
        return false;
    };
    QVERIFY(!listed(u"pentest-2026.txt"_s));

    const QString file = m_dir.filePath(u"pentest-2026.txt"_s);
    QVERIFY(writeFile(file, "External penetration test, November 2026: no critical findings."));
    QVERIFY(dragAndDrop(list->viewport(), QPoint(10, 10), {QUrl::fromLocalFile(file)}));

    const QList<EvidenceLink> links = linksOf(window.workspace()->connection(), u"pentest-2026.txt"_s);
    QCOMPARE(links.size(), 1);
    QVERIFY(links.constFirst().controlId != 0);
    QCOMPARE(links.constFirst().requirementId, 0);
    QTRY_VERIFY(listed(u"pentest-2026.txt"_s));

    // Two files at once: both are stored.
    const QString a = m_dir.filePath(u"policy-a.txt"_s);
    const QString b = m_dir.filePath(u"policy-b.txt"_s);
    QVERIFY(writeFile(a, "Policy A"));
    QVERIFY(writeFile(b, "Policy B"));
    QVERIFY(dragAndDrop(list->viewport(), QPoint(10, 10), {QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)}));
    QCOMPARE(linksOf(window.workspace()->connection(), u"policy-a.txt"_s).size(), 1);
    QCOMPARE(linksOf(window.workspace()->connection(), u"policy-b.txt"_s).size(), 1);
}

void TestEvidenceDrop::dropOnTheStatementOfApplicability()
{
    MainWindow window({});
    QTableView* table = showStatementOfApplicability(window, m_db);
    QVERIFY(table);
    QVERIFY(table->model()->rowCount() > 3);
    const int row = 2;
    const QModelIndex index = table->model()->index(row, 0);
    const qint64 requirement = index.data(Qt::UserRole + 1).toLongLong();
    QVERIFY(requirement != 0);
    const QString ref = index.data().toString();

    const QString file = m_dir.filePath(u"soa-evidence.pdf"_s);
    QVERIFY(writeFile(file, "%PDF-1.4 stand-in"));
    const QPoint at = table->visualRect(index).center();
    QVERIFY(dragAndDrop(table->viewport(), at, {QUrl::fromLocalFile(file)}));

    const QList<EvidenceLink> links = linksOf(window.workspace()->connection(), u"soa-evidence.pdf"_s);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.constFirst().requirementId, requirement);
    QCOMPARE(links.constFirst().controlId, 0);
    QCOMPARE(links.constFirst().systemId, 0);
    // The row now lists it in its Evidence column.
    QCoreApplication::processEvents();
    bool listed = false;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString() == ref) {
            listed = table->model()->index(r, 7).data().toString().contains(u"soa-evidence.pdf"_s);
        }
    }
    QVERIFY(listed);
}

void TestEvidenceDrop::refusedWhereNothingCanTakeIt()
{
    const QString file = m_dir.filePath(u"refused.txt"_s);
    QVERIFY(writeFile(file, "Should never be stored"));
    {
        MainWindow window({});
        QTableView* table = showStatementOfApplicability(window, m_db);
        QVERIFY(table);
        // Below the last row there is no control to take it.
        const QModelIndex last = table->model()->index(table->model()->rowCount() - 1, 0);
        table->scrollTo(last);
        const QPoint below = table->visualRect(last).bottomLeft() + QPoint(5, 40);
        if (table->viewport()->rect().contains(below)) {
            QVERIFY(!dragAndDrop(table->viewport(), below, {QUrl::fromLocalFile(file)}));
        }
        // Not a file: a web address or a folder.
        QVERIFY(!dragAndDrop(table->viewport(), table->visualRect(last).center(), {QUrl(u"https://example.org/x"_s)}));
        QVERIFY(!dragAndDrop(table->viewport(), table->visualRect(last).center(), {QUrl::fromLocalFile(m_dir.path())}));
    }
    {
        MainWindow window({});
        window.show();
        QVERIFY(window.openWorkspace(m_db, Workspace::Access::ReadOnly));
        window.showControls();
        ControlLibraryView* view = window.controlLibraryView();
        view->selectControl(u"AIC-VUL-01"_s);
        auto* list = view->findChild<QListWidget*>(u"evidenceList"_s);
        QVERIFY(!dragAndDrop(list->viewport(), QPoint(10, 10), {QUrl::fromLocalFile(file)}));
    }
    Workspace::Options readOnly;
    readOnly.access = Workspace::Access::ReadOnly;
    auto workspace = Workspace::open(m_db, readOnly);
    QVERIFY(workspace);
    auto evidence = ComplianceRepository((*workspace)->connection()).evidence();
    QVERIFY(evidence && !evidence->isEmpty());
    for (const Evidence& e : *evidence) {
        QVERIFY(e.fileName != u"refused.txt"_s);
    }
}

QTEST_MAIN(TestEvidenceDrop)
#include "TestEvidenceDrop.moc"
