// Audit interviews: planning with a framework scope or chosen questions, answers as audited records (and no event
// when nothing changed), the note being typed kept as a draft that survives a crash, completion applying the answers
// to the assessments and raising findings in one transaction, conflicts with an existing assessment, and a completed
// session refusing every change, even from the sqlite3 shell.

#include "TestSupport.h"
#include "audit/AuditVerifier.h"
#include "compliance/ComplianceEngine.h"
#include "compliance/ComplianceService.h"
#include "demo/DemoWorkspace.h"
#include "interview/InterviewService.h"
#include "storage/AuditRepository.h"
#include "storage/CatalogRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/SystemRepository.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

namespace {
constexpr const char* ChildVariable = "ATTEST_INTERVIEW_CRASH_CHILD";
}

class TestInterviewService : public QObject
{
    Q_OBJECT

private:
    qint64 system(const QString& code) { return **SystemRepository(m_ws->connection()).idForCode(code); }
    qint64 framework(const QString& key) { return (*CatalogRepository(m_ws->connection()).framework(key))->id; }
    qint64 requirement(const QString& key, const QString& ref)
    {
        return CatalogRepository(m_ws->connection()).requirementIds(framework(key))->value(ref);
    }
    qint64 events(const QString& entityType)
    {
        auto q = sqliteShell(m_path, u"SELECT count(*) FROM audit_events WHERE entity_type = '%1';"_s.arg(entityType));
        return q.out.trimmed().toLongLong();
    }
    InterviewSession session()
    {
        InterviewSession s;
        s.title = u"GDPR interview, CV screening"_s;
        s.frameworkId = framework(u"gdpr"_s);
        s.interviewer = u"Maria Rossi"_s;
        s.heldOn = u"2026-11-20"_s;
        s.place = u"Room 4.12"_s;
        s.systemIds = {system(u"HR-CV-01"_s)};
        s.interviewees = {{0, u"Nadia Okafor"_s, u"Head of Talent Acquisition"_s}, {0, u"Piotr Zieliński"_s, {}}};
        return s;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    QList<qint64> m_questions;
    qint64 m_session = 0;

private Q_SLOTS:
    void initTestCase();
    void planningChecksItsInput();
    void answersAreAuditedRecords();
    void draftsAndProgressSurviveACrash();
    void conflictWithAnExistingAssessment();
    void completingAppliesAnswersInOneTransaction();
    void completedSessionRefusesChanges();
    void answerConfirmingTheStatusOverridesNothing();
};

void TestInterviewService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"interviews.attest"_s);
    QVERIFY(DemoWorkspace::createFile(m_path, testActor(), {}));
    m_ws = openWorkspace(m_path);
    QVERIFY(m_ws);
}

void TestInterviewService::planningChecksItsInput()
{
    InterviewService service(m_ws->connection());
    // The framework scope: its assessable requirements, in catalog order.
    auto scoped = InterviewService::questionsFor(m_ws->connection(), framework(u"gdpr"_s));
    QVERIFY(scoped);
    QVERIFY(scoped->size() > 20);
    QVERIFY(scoped->contains(requirement(u"gdpr"_s, u"Art. 35"_s)));
    InterviewSession noSystem = session();
    noSystem.systemIds.clear();
    QVERIFY(!service.plan(noSystem));
    InterviewSession badDate = session();
    badDate.heldOn = u"20/11/2026"_s;
    auto refused = service.plan(badDate);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"YYYY-MM-DD"_s));
    // Chosen questions, in the order given.
    m_questions = scoped->mid(0, 12);
    std::reverse(m_questions.begin(), m_questions.end());
    auto id = service.plan(session(), m_questions);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    m_session = *id;
    QCOMPARE(*InterviewRepository(m_ws->connection()).questions(m_session), m_questions);
    auto stored = InterviewRepository(m_ws->connection()).session(m_session);
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->status, u"planned"_s);
    QCOMPARE((*stored)->interviewees.size(), 2);
    QCOMPARE((*stored)->systemIds, QList<qint64>{system(u"HR-CV-01"_s)});
}

void TestInterviewService::answersAreAuditedRecords()
{
    InterviewService service(m_ws->connection());
    const qint64 before = events(u"interview_answer"_s);
    const QStringList statuses = {u"compliant"_s, u"partial"_s, u"non_compliant"_s, u"not_applicable"_s};
    for (int i = 0; i < 8; ++i) {
        InterviewAnswer a;
        a.sessionId = m_session;
        a.requirementId = m_questions[i];
        a.status = statuses[i % statuses.size()];
        a.notes = u"Answer %1 as told by the head of talent acquisition."_s.arg(i + 1);
        a.followUp = i == 2;
        auto id = service.answer(a);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    }
    QCOMPARE(events(u"interview_answer"_s), before + 8);
    // The first answer started the session.
    QCOMPARE((*InterviewRepository(m_ws->connection()).session(m_session))->status, u"in_progress"_s);
    // The same answer again records nothing new; a change is one more event.
    auto same = InterviewRepository(m_ws->connection()).answer(m_session, m_questions[0]);
    QVERIFY(same && same->has_value());
    QVERIFY(service.answer(**same));
    QCOMPARE(events(u"interview_answer"_s), before + 8);
    InterviewAnswer changed = **same;
    changed.notes += u" Confirmed with the DPO."_s;
    QVERIFY(service.answer(changed));
    QCOMPARE(events(u"interview_answer"_s), before + 9);
    // Not a question of this interview; not a status.
    InterviewAnswer stray = changed;
    stray.requirementId = requirement(u"gdpr"_s, u"Art. 99"_s);
    QVERIFY(!service.answer(stray));
    InterviewAnswer bad = changed;
    bad.status = u"maybe"_s;
    QVERIFY(!service.answer(bad));
}

void TestInterviewService::draftsAndProgressSurviveACrash()
{
    // A child process saves where it stands and a note being typed, word by word, then is killed.
    m_ws.reset(); // one Attest at a time holds the workspace
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ChildVariable), u"%1|%2|%3"_s.arg(m_path).arg(m_session).arg(m_questions[8]));
    child.setProcessEnvironment(env);
    child.setProgram(QCoreApplication::applicationFilePath());
    child.start();
    QVERIFY(child.waitForStarted(30000));
    QByteArray seen;
    while (!seen.contains("typed 40")) {
        QVERIFY2(child.waitForReadyRead(60000), child.readAllStandardError().constData());
        seen += child.readAllStandardOutput();
    }
    QCOMPARE(child.state(), QProcess::Running); // still typing
    child.kill();
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    // Reopened: the question it was on and every word it reported saved are there.
    m_ws.reset();
    m_ws = openWorkspace(m_path);
    QVERIFY(m_ws);
    InterviewRepository repository(m_ws->connection());
    QCOMPARE(repository.progress(m_session)->position, 8);
    auto drafts = repository.drafts(m_session);
    QVERIFY(drafts);
    QCOMPARE(drafts->size(), 1);
    QCOMPARE(drafts->first().requirementId, m_questions[8]);
    const QStringList words = drafts->first().notes.split(u' ', Qt::SkipEmptyParts);
    QVERIFY2(words.size() >= 40, qPrintable(drafts->first().notes));
    for (int i = 0; i < words.size(); ++i) {
        QCOMPARE(words[i], u"word%1"_s.arg(i + 1));
    }
    auto verified = AuditVerifier::verify(m_ws->connection());
    QVERIFY(verified && verified->intact);
}

void TestInterviewService::conflictWithAnExistingAssessment()
{
    // Art. 35 is assessed by hand for the credit scoring system in the demo; for CV screening it is derived.
    const qint64 art35 = requirement(u"gdpr"_s, u"Art. 35"_s);
    auto engine = ComplianceEngine::load(m_ws->connection());
    QVERIFY(engine);
    QVERIFY(engine->loadSystems(m_ws->connection(), {system(u"FIN-CREDIT-01"_s)}));
    const auto c = InterviewService::conflict(*engine, system(u"FIN-CREDIT-01"_s), art35, u"compliant"_s);
    QCOMPARE(c.current, u"non_compliant"_s);
    QVERIFY(c.byHand);
    QVERIFY(c.changes);
    QVERIFY(!InterviewService::conflict(*engine, system(u"FIN-CREDIT-01"_s), art35, u"non_compliant"_s).changes);
    QVERIFY(!InterviewService::conflict(*engine, system(u"FIN-CREDIT-01"_s), art35, u"not_assessed"_s).changes);
}

void TestInterviewService::completingAppliesAnswersInOneTransaction()
{
    InterviewService service(m_ws->connection());
    // The interviewer keeps the current assessment for one answer.
    auto kept = InterviewRepository(m_ws->connection()).answer(m_session, m_questions[1]);
    QVERIFY(kept && kept->has_value());
    InterviewAnswer keep = **kept;
    keep.apply = false;
    QVERIFY(service.answer(keep));
    const qint64 findingsBefore = ComplianceRepository(m_ws->connection()).findings()->size();
    // Incomplete acknowledgement: refused.
    QVERIFY(!service.complete(m_session, {}, u"2026-11-20"_s));
    auto outcome =
        service.complete(m_session, u"Nadia Okafor"_s, u"2026-11-20"_s, u"Eight answers, two to follow up."_s);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    // Eight answers: seven applied (one kept), two of them non-compliant; the crashed draft became the notes of a
    // ninth answer, not assessed yet, so not applied.
    QCOMPARE(outcome->kept, 1);
    QCOMPARE(outcome->assessments, 7);
    QCOMPARE(outcome->findings, 2);
    QCOMPARE(ComplianceRepository(m_ws->connection()).findings()->size(), findingsBefore + 2);
    auto draftAnswer = InterviewRepository(m_ws->connection()).answer(m_session, m_questions[8]);
    QVERIFY(draftAnswer && draftAnswer->has_value());
    QVERIFY((*draftAnswer)->notes.startsWith(u"word1 word2"_s));
    QVERIFY(InterviewRepository(m_ws->connection()).drafts(m_session)->isEmpty());
    // The statuses landed on the requirement assessments of the system in scope.
    auto engine = ComplianceEngine::load(m_ws->connection());
    QVERIFY(engine);
    const qint64 cv = system(u"HR-CV-01"_s);
    QVERIFY(engine->loadSystems(m_ws->connection(), {cv}));
    const RequirementResult first = engine->evaluate(cv, m_questions[0]);
    QCOMPARE(first.status, u"compliant"_s);
    QVERIFY(first.overridden);
    QCOMPARE(engine->evaluate(cv, m_questions[2]).status, u"non_compliant"_s);
    QVERIFY(engine->explain(cv, m_questions[2]).contains(u"GDPR interview, CV screening"_s));
    auto session = InterviewRepository(m_ws->connection()).session(m_session);
    QVERIFY(session && session->has_value());
    QCOMPARE((*session)->status, u"completed"_s);
    QCOMPARE((*session)->acknowledgedBy, u"Nadia Okafor"_s);
}

void TestInterviewService::completedSessionRefusesChanges()
{
    InterviewService service(m_ws->connection());
    auto answer = InterviewRepository(m_ws->connection()).answer(m_session, m_questions[0]);
    QVERIFY(answer && answer->has_value());
    InterviewAnswer edit = **answer;
    edit.status = u"partial"_s;
    auto refused = service.answer(edit);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"completed"_s));
    QVERIFY(!service.start(m_session));
    QVERIFY(!service.complete(m_session, u"Someone"_s, u"2026-11-21"_s));
    // Not even around the application.
    const QString db = m_path;
    m_ws.reset();
    auto shell =
        sqliteShell(db, u"UPDATE interview_answers SET notes = 'rewritten' WHERE session_id = %1;"_s.arg(m_session));
    QVERIFY2(shell.err.contains(u"completed"_s) || shell.err.contains(u"audit trail"_s), qPrintable(shell.err));
    shell = sqliteShell(db, u"UPDATE interview_sessions SET status = 'in_progress' WHERE id = %1;"_s.arg(m_session));
    QVERIFY2(shell.err.contains(u"completed"_s) || shell.err.contains(u"audit trail"_s), qPrintable(shell.err));
    QVERIFY(shell.exitCode != 0 || !shell.err.isEmpty());
    m_ws = openWorkspace(db);
    QVERIFY(m_ws);
    // The audit trail shows every answer, and stays intact.
    auto verified = AuditVerifier::verify(m_ws->connection());
    QVERIFY(verified && verified->intact);
    QVERIFY(events(u"interview_answer"_s) >= 10);
}

void TestInterviewService::answerConfirmingTheStatusOverridesNothing()
{
    // An answer that says what the controls already say leaves the derived assessment derived.
    const qint64 chat = system(u"CS-CHAT-01"_s);
    const qint64 art32 = requirement(u"gdpr"_s, u"Art. 32"_s);
    auto before = ComplianceEngine::load(m_ws->connection());
    QVERIFY(before && before->loadSystems(m_ws->connection(), {chat}));
    const RequirementResult now = before->evaluate(chat, art32);
    QVERIFY(!now.overridden);
    InterviewSession s = session();
    s.title = u"Security check, chatbot"_s;
    s.systemIds = {chat};
    InterviewService service(m_ws->connection());
    auto id = service.plan(s, {art32});
    QVERIFY(id);
    InterviewAnswer a;
    a.sessionId = *id;
    a.requirementId = art32;
    a.status = now.status;
    a.notes = u"Confirmed as documented."_s;
    QVERIFY(service.answer(a));
    auto outcome = service.complete(*id, u"Nadia Okafor"_s, u"2026-11-21"_s);
    QVERIFY(outcome);
    QCOMPARE(outcome->confirmed, 1);
    QCOMPARE(outcome->assessments, 0);
    auto after = ComplianceEngine::load(m_ws->connection());
    QVERIFY(after && after->loadSystems(m_ws->connection(), {chat}));
    QCOMPARE(after->evaluate(chat, art32).status, now.status);
    QVERIFY(!after->evaluate(chat, art32).overridden);
}

namespace {

// The crash child: where it stands, then a note typed word by word, each word saved as the draft.
int runChild(const QString& spec)
{
    const QStringList parts = spec.split(u'|');
    auto ws = openWorkspace(parts.value(0));
    if (!ws) {
        return 2;
    }
    const qint64 session = parts.value(1).toLongLong();
    const qint64 question = parts.value(2).toLongLong();
    InterviewRepository repository(ws->connection());
    if (!repository.saveProgress(session, InterviewProgress{8, 95000})) {
        return 3;
    }
    QString text;
    for (int i = 1; i < 100000; ++i) {
        text += (i > 1 ? u" "_s : QString()) + u"word%1"_s.arg(i);
        if (!repository.saveDraft(session, question, text)) {
            return 4;
        }
        std::printf("typed %d\n", i);
        std::fflush(stdout);
        QThread::msleep(5);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray child = qgetenv(ChildVariable);
    if (!child.isEmpty()) {
        return runChild(QString::fromLocal8Bit(child));
    }
    TestInterviewService test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestInterviewService.moc"
