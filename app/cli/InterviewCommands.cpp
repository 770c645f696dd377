#include "InterviewCommands.h"

#include "Cli.h"
#include "CliSupport.h"
#include "interview/Interview.h"
#include "storage/InterviewRepository.h"
#include "storage/SystemRepository.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace attest::app {

int runInterviewsList(QCommandLineParser& parser)
{
    const QString format = parser.value(u"format"_s);
    if (format != u"table"_s && format != u"json"_s) {
        return fail(ExitUsage, Cli::tr("interviews list needs --format table or json."));
    }
    auto ws = openWorkspace(parser, Workspace::Access::ReadOnly);
    if (!ws) {
        return failWith(ws.error());
    }
    Connection& connection = (*ws)->connection();
    InterviewRepository repository(connection);
    auto sessions = repository.sessions();
    auto labels = SystemRepository(connection).labels();
    if (!sessions || !labels) {
        return failWith(!sessions ? sessions.error() : labels.error());
    }
    QHash<qint64, QString> code;
    for (const SystemLabel& l : *labels) {
        code.insert(l.id, l.code);
    }
    QJsonArray list;
    QList<QStringList> rows;
    for (const InterviewSession& s : *sessions) {
        auto questions = repository.questions(s.id);
        auto answers = repository.answers(s.id);
        if (!questions || !answers) {
            return failWith(!questions ? questions.error() : answers.error());
        }
        int answered = 0;
        int followUps = 0;
        for (const InterviewAnswer& a : *answers) {
            answered += a.status != u"not_assessed"_s ? 1 : 0;
            followUps += a.followUp ? 1 : 0;
        }
        QStringList systems;
        for (qint64 id : s.systemIds) {
            systems << code.value(id);
        }
        QStringList people;
        QJsonArray interviewees;
        for (const Interviewee& p : s.interviewees) {
            people << p.name;
            interviewees.append(QJsonObject{{u"name"_s, p.name}, {u"role"_s, p.role}});
        }
        rows << QStringList{QString::number(s.id),
                            s.title,
                            InterviewText::status(s.status),
                            s.heldOn,
                            systems.join(u", "_s),
                            Cli::tr("%1 of %2").arg(answered).arg(questions->size()),
                            QString::number(followUps),
                            s.isCompleted() ? Cli::tr("%1 on %2").arg(s.acknowledgedBy, s.acknowledgedOn) : QString()};
        QJsonObject o{{u"id"_s, s.id},
                      {u"title"_s, s.title},
                      {u"status"_s, s.status},
                      {u"held_on"_s, s.heldOn},
                      {u"place"_s, s.place},
                      {u"interviewer"_s, s.interviewer},
                      {u"interviewees"_s, interviewees},
                      {u"systems"_s, QJsonArray::fromStringList(systems)},
                      {u"questions"_s, int(questions->size())},
                      {u"answered"_s, answered},
                      {u"follow_ups"_s, followUps}};
        if (s.isCompleted()) {
            o.insert(u"acknowledged_by"_s, s.acknowledgedBy);
            o.insert(u"acknowledged_on"_s, s.acknowledgedOn);
            o.insert(u"summary"_s, s.summary);
        }
        list.append(o);
    }
    if (format == u"json"_s) {
        const QByteArray json = QJsonDocument(QJsonObject{{u"interviews"_s, list}}).toJson(QJsonDocument::Indented);
        out().flush();
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
        return ExitSuccess;
    }
    printTable({Cli::tr("Id"),
                Cli::tr("Interview"),
                Cli::tr("Status"),
                Cli::tr("Held on"),
                Cli::tr("Systems"),
                Cli::tr("Answered"),
                Cli::tr("Follow-ups"),
                Cli::tr("Acknowledged")},
               rows);
    return ExitSuccess;
}

} // namespace attest::app
