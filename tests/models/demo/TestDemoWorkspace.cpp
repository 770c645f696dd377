// The demo workspace tells a believable story: here, a risk register for every demo system, with treated and
// accepted risks, one accepted above the threshold by an accountable approver, and some overdue.

#include "TestSupport.h"
#include "audit/AuditVerifier.h"
#include "demo/DemoWorkspace.h"
#include "interview/Interview.h"
#include "risk/RiskExport.h"
#include "storage/InterviewRepository.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"

#include <QDate>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

private Q_SLOTS:
    void initTestCase();
    void riskRegisterForEverySystem();
    void interviewsCompletedAndInProgress();
    void auditTrailIntact();
};

void TestDemoWorkspace::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(path, testActor(), {}));
    m_ws = openWorkspace(path);
    QVERIFY(m_ws);
}

void TestDemoWorkspace::riskRegisterForEverySystem()
{
    auto systems = SystemRepository(m_ws->connection()).all();
    QVERIFY(systems);
    QCOMPARE(systems->size(), DemoWorkspace::curatedCount());
    auto matrix = RiskRepository(m_ws->connection()).currentMatrix();
    QVERIFY(matrix && matrix->has_value());
    auto rows = RiskExport::rows(m_ws->connection(), {});
    QVERIFY(rows);
    QHash<qint64, int> perSystem;
    int treated = 0;
    int accepted = 0;
    int acceptedAboveThreshold = 0;
    int overdue = 0;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    for (const RiskRow& row : *rows) {
        const Risk& r = row.risk;
        ++perSystem[r.systemId];
        QVERIFY2(!r.scenario.isEmpty() && !r.owner.isEmpty() && !r.assets.isEmpty(), qPrintable(row.systemCode));
        if (r.treatment == u"mitigate"_s && !r.controlIds.isEmpty() && r.hasResidual()) {
            ++treated;
        }
        if (r.status == u"accepted"_s) {
            ++accepted;
            QVERIFY(!r.acceptedBy.isEmpty() && !r.acceptanceJustification.isEmpty());
            if ((*matrix)->needsApproval(r.currentScore())) {
                ++acceptedAboveThreshold;
                QVERIFY(!r.acceptedOn.isEmpty());
            }
        }
        overdue += r.isOverdue(today) ? 1 : 0;
    }
    for (const AiSystem& s : *systems) {
        const int minimum = s.value(u"lifecycle"_s) == u"retired"_s ? 1 : 2;
        QVERIFY2(perSystem.value(s.id) >= minimum, qPrintable(s.code()));
    }
    QVERIFY(treated >= 10);
    QVERIFY(accepted >= 4);
    QCOMPARE(acceptedAboveThreshold, 1);
    QVERIFY(overdue >= 2);
}

void TestDemoWorkspace::interviewsCompletedAndInProgress()
{
    InterviewRepository repository(m_ws->connection());
    auto sessions = repository.sessions();
    QVERIFY(sessions);
    QCOMPARE(sessions->size(), 2);
    int completed = 0;
    int inProgress = 0;
    for (const InterviewSession& s : *sessions) {
        QVERIFY(!s.interviewees.isEmpty() && !s.systemIds.isEmpty());
        if (s.isCompleted()) {
            ++completed;
            QVERIFY(!s.acknowledgedBy.isEmpty());
            QCOMPARE(repository.answers(s.id)->size(), repository.questions(s.id)->size());
        } else if (s.status == u"in_progress"_s) {
            ++inProgress;
            // Stopped mid-note: the next question holds a draft, and the session resumes there.
            const int position = repository.progress(s.id)->position;
            QCOMPARE(position, int(repository.answers(s.id)->size()));
            auto drafts = repository.drafts(s.id);
            QVERIFY(drafts && drafts->size() == 1);
            QCOMPARE(drafts->first().requirementId, repository.questions(s.id)->at(position));
        }
    }
    QCOMPARE(completed, 1);
    QCOMPARE(inProgress, 1);
}

void TestDemoWorkspace::auditTrailIntact()
{
    auto verified = AuditVerifier::verify(m_ws->connection());
    QVERIFY(verified);
    QVERIFY(verified->intact);
}

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "TestDemoWorkspace.moc"
