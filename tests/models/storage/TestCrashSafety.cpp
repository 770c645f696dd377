// Crash safety: a process editing a workspace is SIGKILLed in the middle of a stream of edits. On reopen every
// edit it reported as committed is there, nothing of an edit that was not committed is (multi-event edits are
// all-or-nothing), PRAGMA integrity_check is "ok", the audit chain verifies, and the lock left by the killed
// process does not block the reopen.
//
// The same executable is the editing process: with ATTEST_CRASH_CHILD=<workspace> in its environment it opens that
// workspace and edits it forever, printing "committed <n> <code>..." (flushed) after each write() has returned
// success. Edit n is a pure function of n (see planEdit), so the parent can work out exactly what the workspace
// must contain after any number of committed edits.

#include "TestSupport.h"
#include "audit/AuditVerifier.h"
#include "storage/ConnectionPrivate.h"
#include "storage/SystemRepository.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <numeric>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

namespace {

constexpr char ChildVariable[] = "ATTEST_CRASH_CHILD";

// Edit n: n % 4 == 1 creates S-n; 2 and 3 update the notes of an earlier system; 0 does both in one transaction
// (two audit events). Every value written is "v<n>".
struct Edit
{
    int n = 0;
    QString createCode;
    QString updateCode;

    int events() const { return (createCode.isEmpty() ? 0 : 1) + (updateCode.isEmpty() ? 0 : 1); }
    QStringList codes() const
    {
        QStringList out;
        if (!createCode.isEmpty()) {
            out << createCode;
        }
        if (!updateCode.isEmpty()) {
            out << updateCode;
        }
        return out;
    }
};

QString valueFor(int n)
{
    return u"v%1"_s.arg(n);
}

QString reasonFor(int n)
{
    return u"crash edit %1"_s.arg(n);
}

// `created`: the codes created by edits 1 .. n-1, in order.
Edit planEdit(int n, const QStringList& created)
{
    Edit edit;
    edit.n = n;
    if (n % 4 == 1 || n % 4 == 0) {
        edit.createCode = u"S-%1"_s.arg(n);
    }
    if (n % 4 != 1 && !created.isEmpty()) {
        edit.updateCode = created.at((qint64(n) * 7) % created.size());
    }
    return edit;
}

// What the workspace holds after edits 1 .. last: code -> notes, the created codes and the number of events.
struct Simulation
{
    QMap<QString, QString> notes;
    QStringList created;
    qint64 events = 0;
    QList<int> eventsPerEdit{0}; // index n

    void apply(const Edit& edit)
    {
        if (!edit.createCode.isEmpty()) {
            notes.insert(edit.createCode, valueFor(edit.n));
        }
        if (!edit.updateCode.isEmpty()) {
            notes.insert(edit.updateCode, valueFor(edit.n));
        }
        if (!edit.createCode.isEmpty()) {
            created << edit.createCode;
        }
        events += edit.events();
        eventsPerEdit << edit.events();
    }
    static Simulation upTo(int last)
    {
        Simulation s;
        for (int n = 1; n <= last; ++n) {
            s.apply(planEdit(n, s.created));
        }
        return s;
    }
};

// The last edit recorded in the workspace (0 for none), from the reason of the newest audit event.
Result<int> lastRecordedEdit(const Connection& connection)
{
    auto q = ConnectionPrivate::get(connection)
                 .exec(u"SELECT reason FROM audit_events ORDER BY seq DESC LIMIT 1"_s, {}, u"audit head unreadable"_s);
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return 0;
    }
    static const QRegularExpression pattern(u"^crash edit (\\d+)$"_s);
    const auto match = pattern.match(q->value(0).toString());
    if (!match.hasMatch()) {
        return makeError(ErrorCode::Database, u"unexpected reason: "_s + q->value(0).toString());
    }
    return match.captured(1).toInt();
}

// The child: edits the workspace until it is killed (or, as a safety net, for a very long time). It resumes after
// the last edit already in the workspace, so successive children can be killed on the same file.
int runChild(const QString& path)
{
    Workspace::Options options;
    options.actor = Actor{u"Crash Child"_s, u"child"_s};
    auto ws = Workspace::open(path, options);
    if (!ws) {
        std::fprintf(stderr, "child: open failed: %s\n", qPrintable(ws.error().message));
        return 3;
    }
    Connection& connection = (*ws)->connection();
    auto last = lastRecordedEdit(connection);
    if (!last) {
        std::fprintf(stderr, "child: %s\n", qPrintable(last.error().message));
        return 3;
    }
    QStringList created = Simulation::upTo(*last).created;
    for (int n = *last + 1; n <= *last + 1000000; ++n) {
        const Edit edit = planEdit(n, created);
        auto written = connection.write(reasonFor(n), [&](WriteTransaction& txn) -> Result<void> {
            if (!edit.createCode.isEmpty()) {
                AiSystem system = AiSystem::withDefaults();
                system.set(u"code"_s, edit.createCode);
                system.set(u"name"_s, u"System %1"_s.arg(n));
                system.set(u"notes"_s, valueFor(n));
                if (auto id = SystemRepository::create(txn, system); !id) {
                    return id.error();
                }
            }
            if (!edit.updateCode.isEmpty()) {
                auto ids = txn.idsWhere(SystemRepository::spec(), u"code"_s, edit.updateCode);
                if (!ids) {
                    return ids.error();
                }
                if (ids->size() != 1) {
                    return makeError(ErrorCode::NotFound, u"no system "_s + edit.updateCode);
                }
                auto updated = SystemRepository::update(txn, ids->first(), {{u"notes"_s, valueFor(n)}});
                if (!updated) {
                    return updated.error();
                }
            }
            return {};
        });
        if (!written) {
            std::fprintf(stderr,
                         "child: edit %d failed: %s / %s\n",
                         n,
                         qPrintable(written.error().message),
                         qPrintable(written.error().detail));
            return 4;
        }
        if (!edit.createCode.isEmpty()) {
            created << edit.createCode;
        }
        // Only now, with write() returned, is the edit reported as committed.
        std::printf("committed %d %s\n", n, qPrintable(edit.codes().join(u' ')));
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase();
    void killedMidStream_data();
    void killedMidStream();
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCrashSafety::killedMidStream_data()
{
    QTest::addColumn<QList<int>>("killAfter"); // one child per entry, killed after that many reported commits
    QTest::newRow("after 50") << QList<int>{50};
    QTest::newRow("after 200") << QList<int>{200};
    QTest::newRow("after 500") << QList<int>{500};
    QTest::newRow("three crashes in a row") << QList<int>{30, 120, 75};
}

void TestCrashSafety::killedMidStream()
{
    QFETCH(QList<int>, killAfter);
    const QString dir = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u"/crash.attest"_s;
    {
        auto ws = createWorkspace(path);
        QVERIFY(ws);
    }

    static const QRegularExpression line(u"^committed (\\d+)((?: \\S+)+)$"_s);
    QMap<QString, int> lastReported; // code -> the last edit reported as committed that wrote it
    int reportedMax = 0;
    qint64 reportedCommits = 0;
    bool firstOfChild = true;
    auto take = [&](const QByteArray& raw) {
        const QString text = QString::fromUtf8(raw).trimmed();
        const auto match = line.match(text);
        if (!match.hasMatch()) {
            QTest::qFail(qPrintable(u"unexpected output from the child: "_s + text), __FILE__, __LINE__);
            return false;
        }
        const int n = match.captured(1).toInt();
        // A new child resumes after the last edit in the file, which may be one its killed predecessor committed
        // without reporting it.
        const bool inSequence = n == reportedMax + 1 || (firstOfChild && reportedMax > 0 && n == reportedMax + 2);
        firstOfChild = false;
        if (!inSequence) {
            QTest::qFail(
                qPrintable(u"edits reported out of order: %1 after %2"_s.arg(n).arg(reportedMax)), __FILE__, __LINE__);
            return false;
        }
        reportedMax = n;
        ++reportedCommits;
        for (const QString& code : match.captured(2).split(u' ', Qt::SkipEmptyParts)) {
            lastReported.insert(code, n);
        }
        return true;
    };

    for (const int threshold : killAfter) {
        QProcess child;
        firstOfChild = true;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(ChildVariable), path);
        child.setProcessEnvironment(env);
        child.setProgram(QCoreApplication::applicationFilePath());
        child.start();
        QVERIFY2(child.waitForStarted(30000), qPrintable(child.errorString()));

        const qint64 before = reportedCommits;
        while (reportedCommits - before < threshold) {
            // The timeout only turns a dead or hung child into a failure; it is never part of a passing run.
            if (!child.canReadLine() && !child.waitForReadyRead(120000)) {
                QFAIL(qPrintable(u"the child stopped before %1 commits (state %2): %3"_s.arg(threshold)
                                     .arg(int(child.state()))
                                     .arg(QString::fromUtf8(child.readAllStandardError()))));
            }
            while (child.canReadLine()) {
                if (!take(child.readLine())) {
                    return;
                }
            }
        }
        // Mid-stream: the child is still editing when it is killed.
        QCOMPARE(child.state(), QProcess::Running);
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        // Lines it wrote before dying are reports of committed edits too.
        for (const QByteArray& raw : child.readAllStandardOutput().split('\n')) {
            if (!raw.trimmed().isEmpty() && !take(raw)) {
                return;
            }
        }
        // What the crash left: the lock of a process that no longer exists, and the write-ahead log.
        QVERIFY(QFileInfo::exists(path + u".lock"_s));
        QVERIFY(QFileInfo::exists(path + u"-wal"_s));
    }
    QVERIFY(reportedCommits >= std::accumulate(killAfter.cbegin(), killAfter.cend(), 0));

    // Reopened read-write by Attest: the stale lock is taken over and the log recovered.
    auto ws = openWorkspace(path);
    QVERIFY(ws);
    QVERIFY(!ws->isReadOnly());
    const Connection& connection = ws->connection();
    const ConnectionPrivate& c = ConnectionPrivate::get(connection);

    auto integrity = c.exec(u"PRAGMA integrity_check"_s, {}, {});
    QVERIFY(integrity);
    QStringList problems;
    while (integrity->next()) {
        problems << integrity->value(0).toString();
    }
    QCOMPARE(problems, QStringList{u"ok"_s});

    // The edits in the file are exactly 1 .. last, each with all of its events: the reported ones, and at most
    // one more (committed by the last child, which was killed before it could say so).
    auto last = lastRecordedEdit(connection);
    QVERIFY(last);
    QVERIFY2(*last >= reportedMax, qPrintable(u"last edit %1, reported %2"_s.arg(*last).arg(reportedMax)));
    QVERIFY2(*last <= reportedMax + 1, qPrintable(u"last edit %1, reported %2"_s.arg(*last).arg(reportedMax)));
    qInfo("%d edit(s) reported as committed, %d in the workspace", reportedMax, *last);
    const Simulation expected = Simulation::upTo(*last);
    auto perEdit = c.exec(u"SELECT reason, count(*) FROM audit_events GROUP BY reason"_s, {}, {});
    QVERIFY(perEdit);
    int editsSeen = 0;
    while (perEdit->next()) {
        const QString reason = perEdit->value(0).toString();
        QVERIFY2(reason.startsWith(u"crash edit "_s), qPrintable(reason));
        const int n = reason.mid(11).toInt();
        QVERIFY2(n >= 1 && n <= *last, qPrintable(reason));
        QCOMPARE(perEdit->value(1).toInt(), expected.eventsPerEdit.at(n));
        ++editsSeen;
    }
    QCOMPARE(editsSeen, *last);

    // Every system holds exactly the value of the last edit that wrote it.
    auto all = SystemRepository(ws->connection()).all();
    QVERIFY(all);
    QMap<QString, QString> actual;
    for (const AiSystem& system : *all) {
        actual.insert(system.code(), system.value(u"notes"_s));
    }
    QCOMPARE(actual, expected.notes);
    for (auto it = lastReported.cbegin(); it != lastReported.cend(); ++it) {
        QVERIFY2(actual.contains(it.key()), qPrintable(it.key()));
        const int stored = actual.value(it.key()).mid(1).toInt();
        QVERIFY2(stored >= it.value(),
                 qPrintable(
                     u"%1 holds %2, but edit %3 was reported"_s.arg(it.key(), actual.value(it.key())).arg(it.value())));
    }

    auto verified = AuditVerifier::verify(connection);
    QVERIFY(verified);
    QVERIFY2(verified->intact, qPrintable(verified->summary()));
    QCOMPARE(verified->eventCount, expected.events);
    QVERIFY(verified->eventCount >= reportedCommits);

    // And after a clean close, an independent reader agrees.
    ws.reset();
    QCOMPARE(sqliteShell(path, u"PRAGMA integrity_check;"_s).out.trimmed(), u"ok"_s);
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{u"crash.attest"_s});
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray child = qgetenv(ChildVariable);
    if (!child.isEmpty()) {
        return runChild(QString::fromLocal8Bit(child));
    }
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestCrashSafety.moc"
