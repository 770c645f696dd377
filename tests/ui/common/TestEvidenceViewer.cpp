// Evidence opened for viewing is written as a plain copy only into a private folder (0700; files 0600) that is
// emptied when the workspace closes; copies left by an Attest that is no longer running go at the next start.

#include "common/EvidenceViewer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace attest::ui;
using namespace Qt::StringLiterals;

namespace {
int modeOf(const QString& path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}
} // namespace

class TestEvidenceViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copiesArePrivate();
    void clearRemovesThisProcessesCopies();
    void staleCopiesGoAtTheNextStart();
};

void TestEvidenceViewer::copiesArePrivate()
{
    const QByteArray secret = "Penetration test: admin password is in the config repo.";
    auto path = EvidenceViewer::writeForViewing(u"../../etc/pentest report.pdf"_s, secret);
    QVERIFY(path);
    // The stored name cannot lead outside the private folder.
    QVERIFY(path->startsWith(EvidenceViewer::processDirectory() + u'/'));
    QCOMPARE(QFileInfo(*path).fileName(), u"pentest report.pdf"_s);
    QFile f(*path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), secret);
    QCOMPARE(modeOf(*path), 0600);
    QCOMPARE(modeOf(QFileInfo(*path).absolutePath()), 0700);
    QCOMPARE(modeOf(EvidenceViewer::processDirectory()), 0700);
    QCOMPARE(modeOf(EvidenceViewer::scratchDirectory()), 0700);
    // In the runtime directory where there is one (memory-backed on Linux), never in a shared /tmp.
    QVERIFY(EvidenceViewer::scratchDirectory().startsWith(qEnvironmentVariable("XDG_RUNTIME_DIR")));
}

void TestEvidenceViewer::clearRemovesThisProcessesCopies()
{
    auto path = EvidenceViewer::writeForViewing(u"a.txt"_s, "a");
    QVERIFY(path && QFile::exists(*path));
    EvidenceViewer::clear();
    QVERIFY(!QFile::exists(*path));
    QVERIFY(!QFileInfo::exists(EvidenceViewer::processDirectory()));
}

void TestEvidenceViewer::staleCopiesGoAtTheNextStart()
{
    // A process that has ended: its pid is free.
    QProcess finished;
    finished.start(u"true"_s, {});
    QVERIFY(finished.waitForFinished());
    const QString dead = QDir(EvidenceViewer::scratchDirectory()).filePath(QString::number(finished.processId()));
    QVERIFY(QDir().mkpath(dead));
    QVERIFY(QFile(dead + u"/left.pdf"_s).open(QIODevice::WriteOnly));
    // A running one (this test's parent shell stands in for another Attest) keeps its copies.
    const QString alive = QDir(EvidenceViewer::scratchDirectory()).filePath(QString::number(::getppid()));
    QVERIFY(QDir().mkpath(alive));
    auto mine = EvidenceViewer::writeForViewing(u"mine.txt"_s, "mine");
    QVERIFY(mine);
    EvidenceViewer::clearStale();
    QVERIFY(!QFileInfo::exists(dead));
    QVERIFY(QFileInfo::exists(alive));
    QVERIFY(QFile::exists(*mine));
    QDir(alive).removeRecursively();
    EvidenceViewer::clear();
}

QTEST_MAIN(TestEvidenceViewer)
#include "TestEvidenceViewer.moc"
