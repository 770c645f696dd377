#pragma once

#include "core/Result.h"
#include "interview/Interview.h"

#include <QCoreApplication>
#include <QDate>

namespace attest {

class ComplianceEngine;
class Connection;

// The rules of audit interviews: planning (systems, people, the questions in order), answering (each answer one
// audited write; the note being typed is kept as a draft until then), and completing, which records the
// interviewees' acknowledgement, applies the answers to the requirements' assessments and raises findings for
// what is not met, all in one transaction. A completed session refuses changes.
class InterviewService
{
    Q_DECLARE_TR_FUNCTIONS(InterviewService)

public:
    explicit InterviewService(Connection& connection);

    // The questions of a framework scope: its assessable requirements in catalog order.
    static Result<QList<qint64>> questionsFor(Connection& connection, qint64 frameworkId);

    // Plans a session: `requirementIds` in order, or (when empty) the framework scope's questions.
    Result<qint64> plan(const InterviewSession& session, const QList<qint64>& requirementIds = {});
    Result<void> start(qint64 sessionId);
    // Records (or changes) the answer to one question; starts a planned session. The question's draft is
    // cleared: the answer now holds the words.
    Result<qint64> answer(const InterviewAnswer& answer);

    // What completing did.
    struct Outcome
    {
        int assessments = 0; // assessments written: answers × systems where the status changes
        int confirmed = 0;   // answers × systems confirming the status already in place (nothing overridden)
        int findings = 0;
        int kept = 0; // answers the interviewer chose not to apply over the current assessment
    };
    // Completes the session: drafts not yet recorded become their answers' notes, each applied answer that changes a
    // status becomes the assessment of its requirement for every system in scope (with the interview as its
    // justification), each non-compliant applied answer raises a finding per system (due `findingsDue` days after
    // `acknowledgedOn`), and the session records who acknowledged it and when.
    Result<Outcome> complete(qint64 sessionId,
                             const QString& acknowledgedBy,
                             const QString& acknowledgedOn,
                             const QString& summary = {},
                             int findingsDue = 30);

    // Where the requirement stands now for a system, against an answer: for the interviewer to decide whether the
    // answer replaces it.
    struct Conflict
    {
        QString current;      // the status now (derived or by hand)
        bool byHand = false;  // an assessment by hand is in place
        bool changes = false; // the answer would change the status
    };
    static Conflict
    conflict(const ComplianceEngine& engine, qint64 systemId, qint64 requirementId, const QString& answer);

private:
    Result<void> checkOpen(qint64 sessionId, InterviewSession* session = nullptr);

    Connection& m_connection;
};

} // namespace attest
