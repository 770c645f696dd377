#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace attest {

struct Interviewee
{
    qint64 id = 0;
    QString name;
    QString role;
};

// An audit interview: an interviewer with one or more people responsible for the AI systems in scope walks
// through an ordered list of requirements and records an answer to each.
struct InterviewSession
{
    qint64 id = 0;
    QString title;
    qint64 frameworkId = 0; // the scope; 0 for a chosen set of requirements
    QString interviewer;
    QString heldOn; // YYYY-MM-DD
    QString place;
    QString status = QStringLiteral("planned"); // planned | in_progress | completed
    QString acknowledgedBy;
    QString acknowledgedOn;
    QString summary;
    QList<qint64> systemIds;
    QList<Interviewee> interviewees;

    bool isCompleted() const { return status == u"completed"; }
};

// One answer: the status the people interviewed support, what they said, whether to follow it up, and whether it
// replaces the requirement's current assessment when the session is completed.
struct InterviewAnswer
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 requirementId = 0;
    QString status = QStringLiteral("not_assessed"); // the requirement statuses
    QString notes;
    bool followUp = false;
    bool apply = true;
};

// Where the interviewer stands and the note being typed: working state, saved within a second, not audited.
struct InterviewProgress
{
    int position = 0;
    qint64 elapsedMs = 0;
};

struct InterviewDraft
{
    qint64 requirementId = 0;
    QString notes;
    qint64 updatedMs = 0;
};

class InterviewText
{
    Q_DECLARE_TR_FUNCTIONS(InterviewText)

public:
    static QString status(const QString& code); // planned | in_progress | completed
    static QStringList statuses();
    // The answer keys: 1 compliant, 2 partially, 3 non-compliant, 4 not applicable, 5 not assessed.
    static QString answerForKey(int key); // "" for another key
    static int keyForAnswer(const QString& status);
};

} // namespace attest
