// The Reports dialog: a report is generated off the UI thread into a private temporary file, shown with Qt PDF,
// and saved byte for byte as previewed (a signature of the report it replaces is removed). The system choice
// follows the report: required for a dossier, "All AI systems" where a report may cover every system.

#include "TestSupport.h"
#include "demo/DemoWorkspace.h"
#include "reports/ReportDialog.h"
#include "storage/SystemRepository.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QPdfDocument>
#include <QProcess>
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
    void signedReportNamesTheKeyAndGetsItsSignature();
    void withoutAKeychainTheUserMayGoOnUnsigned();

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

namespace {

// Stands in for the keychain-backed signing of app/ (tested with a real keychain in TestSigningCli).
ReportSigning fakeSigning(bool keychain, QStringList* signedFiles)
{
    ReportSigning signing;
    signing.prepare = [keychain]() -> Result<QString> {
        if (!keychain) {
            return makeError(ErrorCode::Io, u"No keychain is available."_s);
        }
        return u"1a2b 3c4d 5e6f 7a8b"_s;
    };
    signing.sign = [signedFiles](const QString& contentPath,
                                 const QString& fileName,
                                 const QString& fingerprint) -> Result<QByteArray> {
        if (fingerprint != u"1a2b 3c4d 5e6f 7a8b"_s) {
            return makeError(ErrorCode::Validation, u"another key"_s);
        }
        *signedFiles << fileName;
        QByteArray text = "attest-signature v1\nFile: " + fileName.toUtf8() + "\nSize: ";
        text += QByteArray::number(QFileInfo(contentPath).size()) + '\n';
        return text;
    };
    return signing;
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {path, u"-"_s});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

void TestReportDialog::signedReportNamesTheKeyAndGetsItsSignature()
{
    QStringList signedFiles;
    ReportDialog dialog(*m_ws, fakeSigning(true, &signedFiles));
    dialog.choose(u"soa"_s);
    dialog.setSigned(true);
    QVERIFY(dialog.generate());
    QCOMPARE(dialog.previewFingerprint(), u"1a2b 3c4d 5e6f 7a8b"_s);
    QVERIFY(pdfText(dialog.previewPath()).contains(u"1a2b 3c4d 5e6f 7a8b"_s)); // on the cover
    const QString target = m_dir.filePath(u"signed-soa.pdf"_s);
    QVERIFY(dialog.saveTo(target));
    QCOMPARE(signedFiles, QStringList{u"signed-soa.pdf"_s});
    QVERIFY(readFile(target + u".sig"_s).contains("File: signed-soa.pdf"));
    // Unticking Sign after a signed preview: not saved until generated again.
    auto* save = dialog.findChild<QPushButton*>(u"saveButton"_s);
    dialog.setSigned(false);
    QVERIFY(!save->isEnabled());
    QVERIFY(!dialog.saveTo(m_dir.filePath(u"mismatch.pdf"_s)));
    QVERIFY(!QFile::exists(m_dir.filePath(u"mismatch.pdf"_s)));
    // A signature that cannot be made leaves the earlier report and its signature untouched.
    {
        ReportDialog other(*m_ws, [] {
            ReportSigning broken;
            broken.prepare = []() -> Result<QString> { return u"1a2b 3c4d 5e6f 7a8b"_s; };
            broken.sign = [](const QString&, const QString&, const QString&) -> Result<QByteArray> {
                return makeError(ErrorCode::Io, u"the keychain went away"_s);
            };
            return broken;
        }());
        other.choose(u"soa"_s);
        other.setSigned(true);
        QVERIFY(other.generate());
        const QByteArray before = readFile(target);
        QVERIFY(!other.saveTo(target));
        QVERIFY(other.errorText().contains(u"the keychain went away"_s));
        QCOMPARE(readFile(target), before);
        QVERIFY(QFile::exists(target + u".sig"_s));
    }
    // Unsigned again: the old signature beside the file goes, the cover names no key.
    dialog.setSigned(false);
    QVERIFY(dialog.generate());
    QVERIFY(dialog.previewFingerprint().isEmpty());
    QVERIFY(!pdfText(dialog.previewPath()).contains(u"1a2b 3c4d"_s));
    QVERIFY(dialog.saveTo(target));
    QVERIFY(!QFile::exists(target + u".sig"_s));
}

void TestReportDialog::withoutAKeychainTheUserMayGoOnUnsigned()
{
    QStringList signedFiles;
    ReportDialog dialog(*m_ws, fakeSigning(false, &signedFiles));
    dialog.choose(u"soa"_s);
    dialog.setSigned(true);
    QString asked;
    dialog.setAskUnsigned([&asked](const QString& problem) {
        asked = problem;
        return false;
    });
    QVERIFY(!dialog.generate());
    QVERIFY(asked.contains(u"No keychain"_s));
    QVERIFY(dialog.errorText().contains(u"No keychain"_s));
    dialog.setAskUnsigned([](const QString&) { return true; });
    QVERIFY(dialog.generate());
    QVERIFY(dialog.previewFingerprint().isEmpty());
    QVERIFY(dialog.saveTo(m_dir.filePath(u"unsigned-soa.pdf"_s)));
    QVERIFY(signedFiles.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(u"unsigned-soa.pdf.sig"_s)));
}

QTEST_MAIN(TestReportDialog)
#include "TestReportDialog.moc"
