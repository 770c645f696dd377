// The interview screen, driven by the keyboard alone: plan a session, answer ten questions with single keys and
// notes, flag one, attach a file, wrap up; the statuses land on the requirement assessments and non-compliant answers
// raise findings. A completed session opens read-only. And a process killed while notes are being typed loses no
// word: reopened, the session is at the same question with the text there.

#include "MainWindow.h"
#include "TestSupport.h"
#include "compliance/ComplianceEngine.h"
#include "demo/DemoWorkspace.h"
#include "interview/InterviewCapture.h"
#include "interview/InterviewDialogs.h"
#include "interview/InterviewView.h"
#include "storage/AuditRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/SystemRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace attest;
using namespace attest::test;
using namespace attest::ui;
using namespace Qt::StringLiterals;

namespace {
constexpr const char* ChildVariable = "ATTEST_INTERVIEW_GUI_CRASH_CHILD";

// Runs `drive` on the next modal dialog once it is shown.
template <typename Dialog>
void whenShown(const std::function<void(Dialog*)>& drive)
{
    QTimer::singleShot(0, [drive] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            whenShown<Dialog>(drive); // not up yet
            return;
        }
        drive(dialog);
    });
}

qint64 inProgressSession(Connection& connection)
{
    auto sessions = InterviewRepository(connection).sessions();
    for (const InterviewSession& s : *sessions) {
        if (s.status == u"in_progress"_s) {
            return s.id;
        }
    }
    return 0;
}
} // namespace

class TestInterviewView : public QObject
{
    Q_OBJECT

private:
    InterviewView* view() const { return m_window->interviewView(); }
    Connection& connection() const { return m_window->workspace()->connection(); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase();
    void keyboardOnlyInterview();
    void completedSessionIsReadOnly();
    void killedWhileTypingLosesNoWord();
    void earlierQuestionSetAskedAgain();
    void droppedFileIsAttached();
    void cleanupTestCase();
};

void TestInterviewView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(path, testActor(), {}));
    MainWindow::Environment env;
    env.displayName = [] { return u"Interview Tester"_s; };
    m_window = std::make_unique<MainWindow>(env);
    QVERIFY(m_window->openWorkspace(path));
    m_window->resize(1280, 720);
    m_window->show();
    m_window->showInterviews();
    QVERIFY(view());
}

void TestInterviewView::cleanupTestCase()
{
    m_window.reset();
}

void TestInterviewView::keyboardOnlyInterview()
{
    // Plan: title, the CV screening system, the GDPR scope, an interviewee; Enter plans.
    whenShown<InterviewPlanDialog>([](InterviewPlanDialog* d) {
        QTest::keyClicks(d->titleEdit(), u"GDPR interview, CV screening"_s);
        QListWidget* systems = d->systemList();
        systems->setFocus();
        QTest::keyClick(systems, Qt::Key_Home);
        for (int i = 0; i < systems->count() && systems->currentItem() &&
                        !systems->currentItem()->text().startsWith(u"HR-CV-01"_s);
             ++i) {
            QTest::keyClick(systems, Qt::Key_Down);
        }
        QTest::keyClick(systems, Qt::Key_Space);
        QComboBox* framework = d->frameworkBox();
        framework->setFocus();
        for (int i = 0; i < framework->count() && !framework->currentText().contains(u"GDPR"_s); ++i) {
            QTest::keyClick(framework, Qt::Key_Down);
        }
        QTest::keyClicks(d->intervieweeEdit(), u"Nadia Okafor, Head of Talent Acquisition"_s);
        d->titleEdit()->setFocus();
        QTest::keyClick(d->titleEdit(), Qt::Key_Return); // the default button: Plan Interview
        if (d->isVisible()) {                            // not accepted: say why instead of hanging
            qWarning("plan dialog still open: %s", qPrintable(d->errorLabel()->text()));
            d->reject();
        }
    });
    view()->newInterview();
    InterviewCapture* capture = view()->capture();
    QVERIFY(capture);
    QVERIFY2(capture->session().title == u"GDPR interview, CV screening"_s, qPrintable(capture->session().title));
    QCOMPARE(capture->session().interviewees.size(), 1);
    QVERIFY(capture->questionCount() > 10);
    QCOMPARE(capture->position(), 0);
    QVERIFY(capture->progressLabel()->text().contains(u"1 of"_s));

    const QString evidence = m_dir.filePath(u"dpia-screening.txt"_s);
    QVERIFY(writeFile(evidence, "DPIA for CV screening, signed 2026-10-02.\n"));
    const qint64 cv = **SystemRepository(connection()).idForCode(u"HR-CV-01"_s);
    const qint64 findingsBefore = ComplianceRepository(connection()).findings()->size();
    const QList<int> keys = {1, 2, 3, 1, 4, 1, 2, 3, 1, 1};
    QList<qint64> asked;
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    capture->setFocus();
    for (int i = 0; i < keys.size(); ++i) {
        asked << capture->currentRequirement();
        QTest::keyClick(capture, Qt::Key(Qt::Key_0 + keys[i]));
        QTest::keyClick(capture, Qt::Key_N);
        QVERIFY(capture->notesEdit()->hasFocus());
        QTest::keyClicks(capture->notesEdit(), u"Answer %1 from Nadia."_s.arg(i + 1));
        QTest::keyClick(capture->notesEdit(), Qt::Key_Escape);
        QVERIFY(capture->hasFocus());
        if (i == 2) {
            QTest::keyClick(capture, Qt::Key_F); // flag for follow-up
        }
        if (i == 4) {
            // A opens the file picker; its file name field takes the path and Enter.
            whenShown<QFileDialog>([evidence](QFileDialog* picker) {
                auto* name = picker->findChild<QLineEdit*>(u"fileNameEdit"_s);
                if (!name) {
                    picker->reject();
                    QFAIL("the file picker has no file name field");
                }
                // The picker opens in the folder that holds the file (as the last one used would be); the name is
                // typed.
                picker->setDirectory(QFileInfo(evidence).absolutePath());
                name->setFocus();
                QTest::keyClicks(name, QFileInfo(evidence).fileName());
                // The first Enter may only take the completion the picker offers; the second opens the file.
                for (int attempt = 0; attempt < 2 && picker->isVisible(); ++attempt) {
                    QTest::keyClick(attempt == 0 ? static_cast<QWidget*>(name) : picker, Qt::Key_Return);
                }
                if (picker->isVisible()) {
                    picker->reject();
                    QFAIL("Enter did not open the file");
                }
            });
            QTest::keyClick(capture, Qt::Key_A);
        }
        QTest::keyClick(capture, Qt::Key_Right);
    }
    QCOMPARE(capture->position(), 10);
    // Every answer is already recorded, with its notes; the flag and the file too.
    InterviewRepository repository(connection());
    for (int i = 0; i < keys.size(); ++i) {
        auto a = repository.answer(capture->sessionId(), asked[i]);
        QVERIFY(a && a->has_value());
        QCOMPARE((*a)->status, InterviewText::answerForKey(keys[i]));
        QCOMPARE((*a)->notes, u"Answer %1 from Nadia."_s.arg(i + 1));
        QCOMPARE((*a)->followUp, i == 2);
    }
    bool attached = false;
    const auto links = ComplianceRepository(connection()).evidenceLinks(cv);
    QVERIFY(links);
    for (const EvidenceLink& l : *links) {
        attached = attached || l.requirementId == asked[4];
    }
    QVERIFY(attached);

    // W wraps up: the acknowledgement is typed, Enter completes.
    whenShown<InterviewWrapUpDialog>([](InterviewWrapUpDialog* d) {
        QVERIFY(d->findingsLabel()->text().contains(u"findings: 2"_s));
        d->acknowledgedByBox()->setFocus();
        d->acknowledgedByBox()->lineEdit()->selectAll();
        QTest::keyClicks(d->acknowledgedByBox(), u"Nadia Okafor"_s);
        QTest::keyClick(d, Qt::Key_Return);
    });
    QTest::keyClick(capture, Qt::Key_W);
    capture = view()->capture();
    QVERIFY(capture && capture->isReadOnly());
    auto session = repository.session(capture->sessionId());
    QCOMPARE((*session)->status, u"completed"_s);
    QCOMPARE((*session)->acknowledgedBy, u"Nadia Okafor"_s);

    // The statuses landed on the system's requirement assessments; the two non-compliant answers raised findings.
    auto engine = ComplianceEngine::load(connection());
    QVERIFY(engine && engine->loadSystems(connection(), {cv}));
    for (int i = 0; i < keys.size(); ++i) {
        if (keys[i] == 5) {
            continue;
        }
        const RequirementResult r = engine->evaluate(cv, asked[i]);
        QCOMPARE(r.status, InterviewText::answerForKey(keys[i]));
        QVERIFY(r.overridden);
    }
    QCOMPARE(ComplianceRepository(connection()).findings()->size(), findingsBefore + 2);
}

void TestInterviewView::completedSessionIsReadOnly()
{
    view()->showList();
    auto sessions = InterviewRepository(connection()).sessions();
    qint64 completed = 0;
    for (const InterviewSession& s : *sessions) {
        completed = s.isCompleted() && s.title.startsWith(u"GDPR interview: instalment"_s) ? s.id : completed;
    }
    QVERIFY(completed);
    view()->openSession(completed);
    InterviewCapture* capture = view()->capture();
    QVERIFY(capture->isReadOnly());
    QVERIFY(capture->notesEdit()->isReadOnly());
    const QString before = capture->currentStatus();
    const qint64 events = *AuditRepository(connection()).count({});
    capture->setFocus();
    QTest::keyClick(capture, Qt::Key_3);
    QTest::keyClick(capture, Qt::Key_F);
    QCOMPARE(capture->currentStatus(), before);
    QVERIFY(!capture->followUpBox()->isChecked() || capture->followUpBox()->isEnabled() == false);
    QTest::keyClick(capture, Qt::Key_Right);
    QCOMPARE(*AuditRepository(connection()).count({}), events);
    view()->showList();
}

void TestInterviewView::killedWhileTypingLosesNoWord()
{
    const QString path = m_dir.filePath(u"crash.attest"_s);
    QVERIFY(DemoWorkspace::createFile(path, testActor(), {}));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ChildVariable), path);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    child.setProcessEnvironment(env);
    child.setProgram(QCoreApplication::applicationFilePath());
    child.start();
    QVERIFY(child.waitForStarted(30000));
    QByteArray seen;
    while (!seen.contains("saved ")) {
        QVERIFY2(child.waitForReadyRead(60000), child.readAllStandardError().constData());
        seen += child.readAllStandardOutput();
    }
    QTest::qWait(150); // mid-sentence: the child is typing the next words
    QCOMPARE(child.state(), QProcess::Running);
    child.kill();
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    seen += child.readAllStandardOutput();
    const int at = int(seen.indexOf("saved "));
    const QString saved = QString::fromUtf8(seen.mid(at + 6, seen.indexOf('\n', at) - at - 6));
    QVERIFY(!saved.isEmpty());

    // Reopened: the same question, the text there.
    auto ws = openWorkspace(path);
    QVERIFY(ws);
    const qint64 session = inProgressSession(ws->connection());
    InterviewCapture capture(*ws, session);
    QCOMPARE(capture.position(), 6); // the child moved on to the seventh question before typing
    QVERIFY2(capture.notesEdit()->toPlainText().startsWith(saved),
             qPrintable(capture.notesEdit()->toPlainText() + u" / "_s + saved));
}

void TestInterviewView::earlierQuestionSetAskedAgain()
{
    // The completed demo interview's eight GDPR questions, asked again with the chatbot team.
    auto sessions = InterviewRepository(connection()).sessions();
    qint64 earlier = 0;
    for (const InterviewSession& s : *sessions) {
        earlier = s.title.startsWith(u"GDPR interview: instalment"_s) ? s.id : earlier;
    }
    QVERIFY(earlier);
    InterviewPlanDialog dialog(connection(), u"Interview Tester"_s);
    QTest::keyClicks(dialog.titleEdit(), u"GDPR follow-up: chatbot"_s);
    QListWidget* systems = dialog.systemList();
    for (int i = 0; i < systems->count(); ++i) {
        if (systems->item(i)->text().startsWith(u"CS-CHAT-01"_s)) {
            systems->item(i)->setCheckState(Qt::Checked);
        }
    }
    dialog.questionSetBox()->setCurrentIndex(dialog.questionSetBox()->findData(earlier));
    QVERIFY(!dialog.frameworkBox()->isEnabled());
    QVERIFY(dialog.plan());
    QCOMPARE(*InterviewRepository(connection()).questions(dialog.plannedId()),
             *InterviewRepository(connection()).questions(earlier));
}

void TestInterviewView::droppedFileIsAttached()
{
    // A file dropped on the interview screen (also on the notes) becomes evidence for the question.
    auto sessions = InterviewRepository(connection()).sessions();
    qint64 open = 0;
    for (const InterviewSession& session : *sessions) {
        open = !session.isCompleted() ? session.id : open;
    }
    QVERIFY(open);
    view()->openSession(open);
    InterviewCapture* capture = view()->capture();
    QVERIFY(capture && !capture->isReadOnly());
    const QString file = m_dir.filePath(u"logging-policy.pdf"_s);
    QVERIFY(writeFile(file, "%PDF-1.4 logging policy"));
    const qint64 requirement = capture->currentRequirement();
    const qint64 system = capture->session().systemIds.first();
    auto countLinks = [&] {
        int n = 0;
        const auto links = ComplianceRepository(connection()).evidenceLinks(system);
        for (const EvidenceLink& l : links ? *links : QList<EvidenceLink>()) {
            n += l.requirementId == requirement ? 1 : 0;
        }
        return n;
    };
    const int before = countLinks();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    const QPoint at = capture->notesEdit()->mapTo(capture, capture->notesEdit()->rect().center());
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(capture, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(capture, &drop);
    QCOMPARE(countLinks(), before + 1);
    QVERIFY(capture->notesEdit()->toPlainText().indexOf(u"logging-policy"_s) < 0); // not pasted as text
    view()->showList();
}

namespace {

// The crash child: opens the in-progress demo interview, moves to the next question and types; reports the text
// once the autosave interval has passed, then keeps typing until it is killed.
int runChild(const QString& path)
{
    auto ws = openWorkspace(path);
    if (!ws) {
        return 2;
    }
    InterviewCapture capture(*ws, inProgressSession(ws->connection()));
    capture.resize(1280, 720);
    capture.show();
    capture.setFocus();
    QTest::keyClick(&capture, Qt::Key_Right); // from question 6 to 7
    QTest::keyClick(&capture, Qt::Key_N);
    const QString sentence = u"The triage threshold was lowered in May after the audit of missed findings"_s;
    QTest::keyClicks(capture.notesEdit(), sentence);
    QTest::qWait(InterviewCapture::DraftMaxDelayMs + 300);
    std::printf("saved %s\n", qPrintable(capture.notesEdit()->toPlainText()));
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        QTest::keyClicks(capture.notesEdit(), u" and more"_s);
        QTest::qWait(50);
    }
}

} // namespace

int main(int argc, char** argv)
{
    const QByteArray child = qgetenv(ChildVariable);
    if (!child.isEmpty()) {
        QApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(child));
    }
    QApplication app(argc, argv);
    TestInterviewView test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestInterviewView.moc"
