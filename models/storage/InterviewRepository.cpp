#include "InterviewRepository.h"

#include "core/Clock.h"
#include "storage/Connection.h"
#include "storage/ConnectionPrivate.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace attest {

InterviewRepository::InterviewRepository(Connection& connection)
    : m_connection(connection)
{ }

const EntitySpec& InterviewRepository::sessionSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{u"interview_session"_s,
                              u"interview_sessions"_s,
                              {{u"title"_s, T::Text},
                               {u"framework_id"_s, T::Integer},
                               {u"interviewer"_s, T::Text},
                               {u"held_on"_s, T::Text},
                               {u"place"_s, T::Text},
                               {u"status"_s, T::Text},
                               {u"acknowledged_by"_s, T::Text},
                               {u"acknowledged_on"_s, T::Text},
                               {u"summary"_s, T::Text}},
                              {}};
    return s;
}

const EntitySpec& InterviewRepository::systemSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{u"interview_system"_s,
                              u"interview_systems"_s,
                              {{u"session_id"_s, T::Integer}, {u"system_id"_s, T::Integer}},
                              {}};
    return s;
}

const EntitySpec& InterviewRepository::intervieweeSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{u"interview_interviewee"_s,
                              u"interview_interviewees"_s,
                              {{u"session_id"_s, T::Integer}, {u"name"_s, T::Text}, {u"role"_s, T::Text}},
                              {}};
    return s;
}

const EntitySpec& InterviewRepository::questionSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{
        u"interview_question"_s,
        u"interview_questions"_s,
        {{u"session_id"_s, T::Integer}, {u"position"_s, T::Integer}, {u"requirement_id"_s, T::Integer}},
        {}};
    return s;
}

const EntitySpec& InterviewRepository::answerSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{u"interview_answer"_s,
                              u"interview_answers"_s,
                              {{u"session_id"_s, T::Integer},
                               {u"requirement_id"_s, T::Integer},
                               {u"status"_s, T::Text},
                               {u"notes"_s, T::Text},
                               {u"follow_up"_s, T::Integer},
                               {u"apply"_s, T::Integer}},
                              {}};
    return s;
}

QList<const EntitySpec*> InterviewRepository::specs()
{
    return {&sessionSpec(), &systemSpec(), &intervieweeSpec(), &questionSpec(), &answerSpec()};
}

FieldValues InterviewRepository::toValues(const InterviewSession& s)
{
    return {{u"title"_s, s.title},
            {u"framework_id"_s, s.frameworkId ? QVariant(s.frameworkId) : QVariant()},
            {u"interviewer"_s, s.interviewer},
            {u"held_on"_s, s.heldOn},
            {u"place"_s, s.place},
            {u"status"_s, s.status},
            {u"acknowledged_by"_s, s.acknowledgedBy},
            {u"acknowledged_on"_s, s.acknowledgedOn},
            {u"summary"_s, s.summary}};
}

FieldValues InterviewRepository::toValues(const InterviewAnswer& a)
{
    return {{u"session_id"_s, a.sessionId},
            {u"requirement_id"_s, a.requirementId},
            {u"status"_s, a.status},
            {u"notes"_s, a.notes},
            {u"follow_up"_s, qint64(a.followUp ? 1 : 0)},
            {u"apply"_s, qint64(a.apply ? 1 : 0)}};
}

namespace {

// Every session, or one (`id`), with its systems and interviewees: three queries whatever the number.
Result<QList<InterviewSession>> readSessions(Connection& connection, qint64 id)
{
    ConnectionPrivate& c = ConnectionPrivate::get(connection);
    const QString error = InterviewRepository::tr("The interviews could not be read.");
    const QString one = id ? u" WHERE id = ?"_s : QString();
    const QString ofOne = id ? u" WHERE session_id = ?"_s : QString();
    const QVariantList bindings = id ? QVariantList{id} : QVariantList{};
    auto q = c.exec(u"SELECT id, title, framework_id, interviewer, held_on, place, status, acknowledged_by, "
                    "acknowledged_on, summary FROM interview_sessions%1 ORDER BY held_on DESC, id DESC"_s.arg(one),
                    bindings,
                    error);
    if (!q) {
        return q.error();
    }
    QList<InterviewSession> list;
    QHash<qint64, int> index;
    while (q->next()) {
        InterviewSession s;
        s.id = q->value(0).toLongLong();
        s.title = q->value(1).toString();
        s.frameworkId = q->value(2).toLongLong();
        s.interviewer = q->value(3).toString();
        s.heldOn = q->value(4).toString();
        s.place = q->value(5).toString();
        s.status = q->value(6).toString();
        s.acknowledgedBy = q->value(7).toString();
        s.acknowledgedOn = q->value(8).toString();
        s.summary = q->value(9).toString();
        index.insert(s.id, int(list.size()));
        list << s;
    }
    auto systems =
        c.exec(u"SELECT session_id, system_id FROM interview_systems%1 ORDER BY id"_s.arg(ofOne), bindings, error);
    if (!systems) {
        return systems.error();
    }
    while (systems->next()) {
        if (const auto it = index.constFind(systems->value(0).toLongLong()); it != index.cend()) {
            list[*it].systemIds << systems->value(1).toLongLong();
        }
    }
    auto people = c.exec(
        u"SELECT session_id, id, name, role FROM interview_interviewees%1 ORDER BY id"_s.arg(ofOne), bindings, error);
    if (!people) {
        return people.error();
    }
    while (people->next()) {
        if (const auto it = index.constFind(people->value(0).toLongLong()); it != index.cend()) {
            list[*it].interviewees << Interviewee{
                people->value(1).toLongLong(), people->value(2).toString(), people->value(3).toString()};
        }
    }
    return list;
}

} // namespace

Result<QList<InterviewSession>> InterviewRepository::sessions() const
{
    return readSessions(m_connection, 0);
}

Result<std::optional<InterviewSession>> InterviewRepository::session(qint64 id) const
{
    auto found = readSessions(m_connection, id);
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<InterviewSession>() : std::optional<InterviewSession>(found->first());
}

Result<QList<qint64>> InterviewRepository::questions(qint64 sessionId) const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT requirement_id FROM interview_questions WHERE session_id = ? ORDER BY position"_s,
                       {sessionId},
                       tr("The interview could not be read."));
    if (!q) {
        return q.error();
    }
    QList<qint64> ids;
    while (q->next()) {
        ids << q->value(0).toLongLong();
    }
    return ids;
}

namespace {

InterviewAnswer readAnswer(const QSqlQuery& q)
{
    InterviewAnswer a;
    a.id = q.value(0).toLongLong();
    a.sessionId = q.value(1).toLongLong();
    a.requirementId = q.value(2).toLongLong();
    a.status = q.value(3).toString();
    a.notes = q.value(4).toString();
    a.followUp = q.value(5).toInt() != 0;
    a.apply = q.value(6).toInt() != 0;
    return a;
}

const QString AnswerColumns = u"id, session_id, requirement_id, status, notes, follow_up, apply"_s;

} // namespace

Result<QList<InterviewAnswer>> InterviewRepository::answers(qint64 sessionId) const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT %1 FROM interview_answers WHERE session_id = ? ORDER BY id"_s.arg(AnswerColumns),
                       {sessionId},
                       tr("The interview could not be read."));
    if (!q) {
        return q.error();
    }
    QList<InterviewAnswer> list;
    while (q->next()) {
        list << readAnswer(*q);
    }
    return list;
}

Result<std::optional<InterviewAnswer>> InterviewRepository::answer(qint64 sessionId, qint64 requirementId) const
{
    auto q =
        ConnectionPrivate::get(m_connection)
            .exec(u"SELECT %1 FROM interview_answers WHERE session_id = ? AND requirement_id = ?"_s.arg(AnswerColumns),
                  {sessionId, requirementId},
                  tr("The interview could not be read."));
    if (!q) {
        return q.error();
    }
    return q->next() ? std::optional<InterviewAnswer>(readAnswer(*q)) : std::optional<InterviewAnswer>();
}

Result<InterviewProgress> InterviewRepository::progress(qint64 sessionId) const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT position, elapsed_ms FROM interview_progress WHERE session_id = ?"_s,
                       {sessionId},
                       tr("The interview could not be read."));
    if (!q) {
        return q.error();
    }
    InterviewProgress p;
    if (q->next()) {
        p.position = q->value(0).toInt();
        p.elapsedMs = q->value(1).toLongLong();
    }
    return p;
}

Result<void> InterviewRepository::saveProgress(qint64 sessionId, const InterviewProgress& p)
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"INSERT INTO interview_progress (session_id, position, elapsed_ms, updated_ms) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET position = excluded.position, "
                       "elapsed_ms = excluded.elapsed_ms, updated_ms = excluded.updated_ms"_s,
                       {sessionId, p.position, p.elapsedMs, QVariant(m_connection.clock().nowMs())},
                       tr("Where the interview stands could not be saved."));
    return q ? Result<void>() : Result<void>(q.error());
}

Result<QList<InterviewDraft>> InterviewRepository::drafts(qint64 sessionId) const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT requirement_id, notes, updated_ms FROM interview_drafts WHERE session_id = ?"_s,
                       {sessionId},
                       tr("The interview could not be read."));
    if (!q) {
        return q.error();
    }
    QList<InterviewDraft> list;
    while (q->next()) {
        list << InterviewDraft{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong()};
    }
    return list;
}

Result<void> InterviewRepository::saveDraft(qint64 sessionId, qint64 requirementId, const QString& notes)
{
    auto q =
        ConnectionPrivate::get(m_connection)
            .exec(u"INSERT INTO interview_drafts (session_id, requirement_id, notes, updated_ms) VALUES (?, ?, ?, ?) "
                  "ON CONFLICT (session_id, requirement_id) DO UPDATE SET notes = excluded.notes, "
                  "updated_ms = excluded.updated_ms"_s,
                  {sessionId, requirementId, notes, QVariant(m_connection.clock().nowMs())},
                  tr("The note could not be saved."));
    return q ? Result<void>() : Result<void>(q.error());
}

Result<void> InterviewRepository::clearDraft(qint64 sessionId, qint64 requirementId)
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"DELETE FROM interview_drafts WHERE session_id = ? AND requirement_id = ?"_s,
                       {sessionId, requirementId},
                       tr("The note could not be saved."));
    return q ? Result<void>() : Result<void>(q.error());
}

} // namespace attest
