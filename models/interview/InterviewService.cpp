#include "InterviewService.h"

#include "compliance/Compliance.h"
#include "compliance/ComplianceEngine.h"
#include "compliance/ComplianceService.h"
#include "core/Dates.h"
#include "storage/CatalogRepository.h"
#include "storage/Connection.h"
#include "storage/InterviewRepository.h"
#include "storage/SystemRepository.h"
#include "storage/WriteTransaction.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace attest {

using Repo = InterviewRepository;

InterviewService::InterviewService(Connection& connection)
    : m_connection(connection)
{ }

Result<QList<qint64>> InterviewService::questionsFor(Connection& connection, qint64 frameworkId)
{
    auto requirements = CatalogRepository(connection).requirements(frameworkId);
    if (!requirements) {
        return requirements.error();
    }
    QList<qint64> ids;
    for (const Requirement& r : *requirements) {
        if (r.assessable && r.status != u"withdrawn"_s) {
            ids << r.id;
        }
    }
    return ids;
}

Result<qint64> InterviewService::plan(const InterviewSession& input, const QList<qint64>& requirementIds)
{
    InterviewSession s = input;
    s.title = s.title.trimmed();
    s.status = u"planned"_s;
    s.acknowledgedBy.clear();
    s.acknowledgedOn.clear();
    auto fail = [](const QString& message) { return Result<qint64>(makeError(ErrorCode::Validation, message)); };
    if (s.title.isEmpty()) {
        return fail(tr("An interview needs a title."));
    }
    if (!s.heldOn.isEmpty() && !isStoredDate(s.heldOn)) {
        return fail(tr("Date: “%1” is not a date; write it as YYYY-MM-DD.").arg(s.heldOn));
    }
    if (s.systemIds.isEmpty()) {
        return fail(tr("An interview covers at least one AI system."));
    }
    for (const Interviewee& person : std::as_const(s.interviewees)) {
        if (person.name.trimmed().isEmpty()) {
            return fail(tr("Every interviewee needs a name."));
        }
    }
    QList<qint64> questions = requirementIds;
    if (questions.isEmpty() && s.frameworkId) {
        auto scoped = questionsFor(m_connection, s.frameworkId);
        if (!scoped) {
            return scoped.error();
        }
        questions = *scoped;
    }
    if (questions.isEmpty()) {
        return fail(tr("An interview needs questions: choose a framework scope or the requirements to ask about."));
    }
    qint64 id = 0;
    auto written = m_connection.write(tr("Plan interview %1").arg(s.title), [&](WriteTransaction& txn) -> Result<void> {
        auto created = txn.create(Repo::sessionSpec(), Repo::toValues(s));
        if (!created) {
            return created.error();
        }
        id = *created;
        for (qint64 system : std::as_const(s.systemIds)) {
            if (auto linked = txn.create(Repo::systemSpec(), {{u"session_id"_s, id}, {u"system_id"_s, system}});
                !linked) {
                return linked.error();
            }
        }
        for (const Interviewee& person : std::as_const(s.interviewees)) {
            if (auto added = txn.create(
                    Repo::intervieweeSpec(),
                    {{u"session_id"_s, id}, {u"name"_s, person.name.trimmed()}, {u"role"_s, person.role.trimmed()}});
                !added) {
                return added.error();
            }
        }
        for (int position = 0; position < questions.size(); ++position) {
            if (auto added = txn.create(Repo::questionSpec(),
                                        {{u"session_id"_s, id},
                                         {u"position"_s, qint64(position)},
                                         {u"requirement_id"_s, questions[position]}});
                !added) {
                return added.error();
            }
        }
        return {};
    });
    if (!written) {
        return written.error();
    }
    return id;
}

Result<void> InterviewService::checkOpen(qint64 sessionId, InterviewSession* out)
{
    auto session = InterviewRepository(m_connection).session(sessionId);
    if (!session) {
        return session.error();
    }
    if (!session->has_value()) {
        return makeError(ErrorCode::NotFound, tr("The interview no longer exists."));
    }
    if ((*session)->isCompleted()) {
        return makeError(ErrorCode::Validation,
                         tr("The interview “%1” is completed and cannot be changed; record corrections as new "
                            "assessments.")
                             .arg((*session)->title));
    }
    if (out) {
        *out = **session;
    }
    return {};
}

Result<void> InterviewService::start(qint64 sessionId)
{
    InterviewSession s;
    if (auto open = checkOpen(sessionId, &s); !open) {
        return open;
    }
    if (s.status == u"in_progress"_s) {
        return {};
    }
    s.status = u"in_progress"_s;
    return m_connection.write(tr("Start interview %1").arg(s.title), [&](WriteTransaction& txn) -> Result<void> {
        auto updated = txn.update(Repo::sessionSpec(), sessionId, Repo::toValues(s));
        return updated ? Result<void>() : Result<void>(updated.error());
    });
}

Result<qint64> InterviewService::answer(const InterviewAnswer& input)
{
    InterviewSession s;
    if (auto open = checkOpen(input.sessionId, &s); !open) {
        return open.error();
    }
    if (!ComplianceText::requirementStatuses().contains(input.status)) {
        return makeError(ErrorCode::Validation, tr("“%1” is not an answer status.").arg(input.status));
    }
    InterviewRepository repository(m_connection);
    auto questions = repository.questions(input.sessionId);
    if (!questions) {
        return questions.error();
    }
    if (!questions->contains(input.requirementId)) {
        return makeError(ErrorCode::Validation, tr("The requirement is not one of this interview's questions."));
    }
    auto existing = repository.answer(input.sessionId, input.requirementId);
    if (!existing) {
        return existing.error();
    }
    InterviewAnswer a = input;
    a.notes = a.notes.trimmed();
    if (existing->has_value() && (*existing)->status == a.status && (*existing)->notes == a.notes &&
        (*existing)->followUp == a.followUp && (*existing)->apply == a.apply) {
        if (auto cleared = repository.clearDraft(a.sessionId, a.requirementId); !cleared) {
            return cleared.error();
        }
        return (*existing)->id; // nothing changed: no event
    }
    qint64 id = 0;
    auto written =
        m_connection.write(tr("Answer in interview %1").arg(s.title), [&](WriteTransaction& txn) -> Result<void> {
            if (s.status == u"planned"_s) {
                InterviewSession started = s;
                started.status = u"in_progress"_s;
                if (auto updated = txn.update(Repo::sessionSpec(), s.id, Repo::toValues(started)); !updated) {
                    return updated.error();
                }
            }
            // The answer holds the words now: its draft goes in the same transaction, so a draft found later is
            // always newer than the answer.
            if (auto cleared = repository.clearDraft(a.sessionId, a.requirementId); !cleared) {
                return cleared;
            }
            if (existing->has_value()) {
                id = (*existing)->id;
                auto updated = txn.update(Repo::answerSpec(), id, Repo::toValues(a));
                return updated ? Result<void>() : Result<void>(updated.error());
            }
            auto created = txn.create(Repo::answerSpec(), Repo::toValues(a));
            if (!created) {
                return created.error();
            }
            id = *created;
            return {};
        });
    if (!written) {
        return written.error();
    }
    return id;
}

Result<InterviewService::Outcome> InterviewService::complete(qint64 sessionId,
                                                             const QString& acknowledgedBy,
                                                             const QString& acknowledgedOn,
                                                             const QString& summary,
                                                             int findingsDue)
{
    InterviewSession s;
    if (auto open = checkOpen(sessionId, &s); !open) {
        return open.error();
    }
    if (acknowledgedBy.trimmed().isEmpty() || !isStoredDate(acknowledgedOn)) {
        return makeError(ErrorCode::Validation,
                         tr("Completing an interview records who acknowledged it and when: give a name and a date "
                            "(YYYY-MM-DD)."));
    }
    InterviewRepository repository(m_connection);
    auto answers = repository.answers(sessionId);
    auto systems = SystemRepository(m_connection).fetch(s.systemIds);
    if (!answers || !systems) {
        return !answers ? answers.error() : systems.error();
    }
    // Where each requirement stands now: an answer that confirms it changes nothing and overrides nothing.
    auto engine = ComplianceEngine::load(m_connection);
    if (!engine) {
        return engine.error();
    }
    if (auto loaded = engine->loadSystems(m_connection, s.systemIds); !loaded) {
        return loaded.error();
    }
    CatalogRepository catalogs(m_connection);
    QStringList people;
    for (const Interviewee& person : std::as_const(s.interviewees)) {
        people << (person.role.isEmpty() ? person.name : tr("%1 (%2)").arg(person.name, person.role));
    }
    const QString due = QDate::fromString(acknowledgedOn, Qt::ISODate).addDays(findingsDue).toString(Qt::ISODate);
    Outcome outcome;
    auto written =
        m_connection.write(tr("Complete interview %1").arg(s.title), [&](WriteTransaction& txn) -> Result<void> {
            // Words typed but not yet recorded are recorded now: completing never drops a note. Read and cleared in
            // this transaction, so nothing typed in between is lost or applied twice.
            auto drafts = repository.drafts(sessionId);
            if (!drafts) {
                return drafts.error();
            }
            QHash<qint64, int> answerOf;
            for (int i = 0; i < answers->size(); ++i) {
                answerOf.insert(answers->at(i).requirementId, i);
            }
            for (const InterviewDraft& draft : std::as_const(*drafts)) {
                const QString notes = draft.notes.trimmed();
                if (const auto it = answerOf.constFind(draft.requirementId); it != answerOf.cend()) {
                    InterviewAnswer& a = (*answers)[*it];
                    if (a.notes != notes) {
                        a.notes = notes;
                        if (auto updated = txn.update(Repo::answerSpec(), a.id, Repo::toValues(a)); !updated) {
                            return updated.error();
                        }
                    }
                } else if (!notes.isEmpty()) {
                    InterviewAnswer a;
                    a.sessionId = sessionId;
                    a.requirementId = draft.requirementId;
                    a.notes = notes;
                    auto created = txn.create(Repo::answerSpec(), Repo::toValues(a));
                    if (!created) {
                        return created.error();
                    }
                    a.id = *created;
                    answerOf.insert(a.requirementId, int(answers->size()));
                    *answers << a;
                }
            }
            for (const InterviewDraft& draft : std::as_const(*drafts)) {
                if (auto cleared = repository.clearDraft(sessionId, draft.requirementId); !cleared) {
                    return cleared;
                }
            }
            for (const InterviewAnswer& a : std::as_const(*answers)) {
                if (a.status == u"not_assessed"_s) {
                    continue;
                }
                if (!a.apply) {
                    ++outcome.kept;
                    continue;
                }
                auto requirement = catalogs.requirement(a.requirementId);
                if (!requirement || !requirement->has_value()) {
                    return requirement ? Result<void>(makeError(ErrorCode::NotFound, tr("A requirement is missing.")))
                                       : Result<void>(requirement.error());
                }
                const Requirement& r = **requirement;
                const QString why = tr("Interview “%1” on %2 with %3: %4")
                                        .arg(s.title,
                                             s.heldOn.isEmpty() ? acknowledgedOn : s.heldOn,
                                             people.isEmpty() ? tr("nobody named") : people.join(u", "_s),
                                             a.notes.isEmpty() ? tr("no notes") : a.notes);
                for (const AiSystem& system : std::as_const(*systems)) {
                    if (engine->evaluate(system.id, a.requirementId).status == a.status) {
                        ++outcome.confirmed; // the answer confirms what stands: nothing to override
                        continue;
                    }
                    if (auto set = ComplianceService::setOverride(
                            txn, m_connection, RequirementAssessment{0, a.requirementId, system.id, a.status, why});
                        !set) {
                        return set;
                    }
                    ++outcome.assessments;
                    if (a.status == u"non_compliant"_s) {
                        Finding f;
                        f.title = tr("%1 %2 not met (interview)").arg(r.ref, r.title);
                        f.description = why;
                        f.source = u"requirement"_s;
                        f.systemId = system.id;
                        f.requirementId = a.requirementId;
                        f.severity = u"medium"_s;
                        f.owner = system.value(u"business_owner"_s);
                        f.dueDate = due;
                        if (auto raised = ComplianceService::createFinding(txn, f); !raised) {
                            return raised.error();
                        }
                        ++outcome.findings;
                    }
                }
            }
            InterviewSession done = s;
            done.status = u"completed"_s;
            done.acknowledgedBy = acknowledgedBy.trimmed();
            done.acknowledgedOn = acknowledgedOn;
            done.summary = summary.trimmed();
            auto updated = txn.update(Repo::sessionSpec(), sessionId, Repo::toValues(done));
            return updated ? Result<void>() : Result<void>(updated.error());
        });
    if (!written) {
        return written.error();
    }
    return outcome;
}

InterviewService::Conflict
InterviewService::conflict(const ComplianceEngine& engine, qint64 systemId, qint64 requirementId, const QString& answer)
{
    const RequirementResult now = engine.evaluate(systemId, requirementId);
    Conflict c;
    c.current = now.status;
    c.byHand = now.overridden;
    c.changes = answer != u"not_assessed"_s && answer != now.status;
    return c;
}

} // namespace attest
