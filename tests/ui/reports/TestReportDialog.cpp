// The Reports dialog: a report is generated off the UI thread into a private temporary file, shown with Qt PDF,
// and saved byte for byte as previewed (a signature of the report it replaces is removed). The system choice
// follows the report: required for a dossier, "All AI systems" where a report may cover every system.

#include "TestSupport.h"
#include "demo/DemoWorkspace.h"
#include "reports/ReportDialog.h"
#include "storage/SystemRepository.h"

#include <QComboBox>
#include <QFile>
#include <QPdfDocument>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace attest::ui;
using namespace Qt::StringLiterals;

class TestReportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewThenSaveExactlyThat();
    void systemChoiceFollowsTheReport();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestReportDialog::initTestCase()
{
    const QString db = m_dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(db, testActor(), {}));
    m_ws = openWorkspace(db);
    QVERIFY(m_ws);
}

void TestReportDialog::previewThenSaveExactlyThat()
{
    ReportDialog dialog(*m_ws);
    auto id = SystemRepository(m_ws->connection()).idForCode(u"FIN-CREDIT-01"_s);
    QVERIFY(id && id->has_value());
    dialog.choose(u"dpia"_s, **id);
    auto* save = dialog.findChild<QPushButton*>(u"saveButton"_s);
    QVERIFY(save && !save->isEnabled());
    QVERIFY2(dialog.generate(), qPrintable(dialog.errorText()));
    QVERIFY(save->isEnabled());
    QCOMPARE(dialog.document()->status(), QPdfDocument::Status::Ready);
    QVERIFY(dialog.document()->pageCount() >= 5);
    // The preview is in a private folder, not beside the workspace.
    QVERIFY(!dialog.previewPath().startsWith(m_dir.path()));
    QVERIFY(QFile(dialog.previewPath()).permissions() & QFileDevice::ReadOwner);

    const QString target = m_dir.filePath(u"dpia.pdf"_s);
    QFile stale(target + u".sig"_s);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("attest-signature v1\n");
    stale.close();
    QVERIFY(dialog.saveTo(target));
    QCOMPARE(readFile(target), readFile(dialog.previewPath()));
    QVERIFY(!QFile::exists(target + u".sig"_s));
    // A folder that does not exist: a clear message, nothing written.
    QVERIFY(!dialog.saveTo(m_dir.filePath(u"missing/dpia.pdf"_s)));
    QVERIFY(dialog.errorText().contains(u"could not be saved"_s));
}

void TestReportDialog::systemChoiceFollowsTheReport()
{
    ReportDialog dialog(*m_ws);
    auto* system = dialog.findChild<QComboBox*>(u"reportSystem"_s);
    auto* session = dialog.findChild<QComboBox*>(u"reportSession"_s);
    QVERIFY(system && session);
    auto labels = SystemRepository(m_ws->connection()).labels();
    dialog.choose(u"risks"_s);
    QVERIFY(system->isEnabled());
    QCOMPARE(system->itemData(0).toLongLong(), 0); // "All AI systems"
    QCOMPARE(system->count(), labels->size() + 1);
    dialog.choose(u"dossier"_s);
    QVERIFY(system->isEnabled());
    QVERIFY(system->itemData(0).toLongLong() != 0); // one system is required
    QCOMPARE(system->count(), labels->size());
    QVERIFY(!session->isEnabled());
    dialog.choose(u"interview"_s);
    QVERIFY(session->isEnabled() && session->count() > 0);
    QVERIFY(!system->isEnabled());
    dialog.choose(u"executive"_s);
    QVERIFY(!system->isEnabled() && !session->isEnabled());
    QVERIFY(dialog.generate());
    QVERIFY(dialog.document()->pageCount() >= 5);
}

QTEST_MAIN(TestReportDialog)
#include "TestReportDialog.moc"
