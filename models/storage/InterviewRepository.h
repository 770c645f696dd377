#pragma once

#include "core/Result.h"
#include "interview/Interview.h"
#include "storage/EntitySpec.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace attest {

class Connection;

// Reads audit interviews, and keeps the interviewer's working state (progress and the note being typed), which is
// not governance data and is written directly. The records of a session go through the audited WriteTransaction;
// the rules live in InterviewService.
class InterviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(InterviewRepository)

public:
    explicit InterviewRepository(Connection& connection);

    static const EntitySpec& sessionSpec();
    static const EntitySpec& systemSpec();
    static const EntitySpec& intervieweeSpec();
    static const EntitySpec& questionSpec();
    static const EntitySpec& answerSpec();
    static QList<const EntitySpec*> specs();
    static FieldValues toValues(const InterviewSession& session);
    static FieldValues toValues(const InterviewAnswer& answer);

    // Newest first (by date held, then id), with systems and interviewees.
    Result<QList<InterviewSession>> sessions() const;
    Result<std::optional<InterviewSession>> session(qint64 id) const;
    // The requirement ids in question order.
    Result<QList<qint64>> questions(qint64 sessionId) const;
    Result<QList<InterviewAnswer>> answers(qint64 sessionId) const;
    Result<std::optional<InterviewAnswer>> answer(qint64 sessionId, qint64 requirementId) const;

    // Working state: written at once, outside the audit trail (it is not a governance record).
    Result<InterviewProgress> progress(qint64 sessionId) const;
    Result<void> saveProgress(qint64 sessionId, const InterviewProgress& progress);
    Result<QList<InterviewDraft>> drafts(qint64 sessionId) const;
    Result<void> saveDraft(qint64 sessionId, qint64 requirementId, const QString& notes);
    Result<void> clearDraft(qint64 sessionId, qint64 requirementId);

private:
    Connection& m_connection;
};

} // namespace attest
