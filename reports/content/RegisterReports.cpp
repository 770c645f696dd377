#include "RegisterReports.h"

#include "audit/AuditVerifier.h"
#include "risk/Risk.h"
#include "storage/AuditRepository.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;

namespace attest {

Result<ReportDocument> RegisterReports::riskRegister(Connection& connection,
                                                     const ReportContext& context,
                                                     const QString& organisation,
                                                     qint64 systemId)
{
    RiskRepository risks(connection);
    RiskFilter filter;
    filter.systemId = systemId;
    auto ids = risks.riskIds(filter);
    if (!ids) {
        return ids.error();
    }
    ReportDocument d;
    d.title = tr("Risk register");
    d.organisation = organisation;
    d.context = context;
    d.period = tr("As at %1").arg(context.generatedAt.toUTC().date().toString(Qt::ISODate));
    d.scope = tr("All AI systems");
    if (systemId) {
        auto system = SystemRepository(connection).get(systemId);
        if (!system || !system->has_value()) {
            return makeError(ErrorCode::NotFound, tr("There is no AI system with that id."));
        }
        d.scope = tr("AI system %1").arg((*system)->title());
    }
    auto labels = SystemRepository(connection).labels();
    if (!labels) {
        return labels.error();
    }
    QHash<qint64, QString> systemName;
    for (const SystemLabel& l : *labels) {
        systemName.insert(l.id, l.name);
    }
    QMap<QString, int> byLevel;
    int open = 0;
    ReportTable table;
    table.headers = {tr("System"),
                     tr("Threat"),
                     tr("Scenario"),
                     tr("Inherent → residual"),
                     tr("Treatment"),
                     tr("Owner"),
                     tr("Due"),
                     tr("Status")};
    // In millimetres on A4 (any scale works): the level, date and status columns fit their words.
    table.widths = {26, 22, 29, 22, 21, 21, 20, 16};
    // In pages of ids: a register of 100,000 risks never sits in memory twice.
    for (qsizetype start = 0; start < ids->size(); start += 1000) {
        auto rows = risks.fetch(ids->mid(start, 1000));
        if (!rows) {
            return rows.error();
        }
        for (const RiskRow& row : *rows) {
            const Risk& r = row.risk;
            ++byLevel[r.currentLevel()];
            open += r.status != u"closed"_s ? 1 : 0;
            table.rows << QStringList{
                row.systemCode + u'\n' + systemName.value(r.systemId),
                row.threatName,
                r.scenario,
                u"%1 (%2)\n→ %3"_s.arg(r.inherentLevel)
                    .arg(r.inherentScore)
                    .arg(r.hasResidual() ? u"%1 (%2)"_s.arg(r.residualLevel).arg(r.residualScore) : tr("not assessed")),
                r.treatment.isEmpty() ? tr("not recorded") : RiskText::treatment(r.treatment),
                r.owner.isEmpty() ? tr("not recorded") : r.owner,
                r.dueDate,
                RiskText::status(r.status)};
        }
    }
    QList<QPair<QString, QString>> facts{{tr("Risks"), QString::number(ids->size())},
                                         {tr("Not closed"), QString::number(open)}};
    for (auto it = byLevel.cbegin(); it != byLevel.cend(); ++it) {
        facts << QPair<QString, QString>{tr("At level %1").arg(it.key()), QString::number(it.value())};
    }
    d.sections << ReportSection{tr("Summary"),
                                {ReportBlock::factList(facts),
                                 ReportBlock::paragraph(tr("Levels are the residual level once assessed, else the "
                                                           "inherent one, each scored on the risk matrix version "
                                                           "recorded with the risk."))}};
    d.sections << ReportSection{tr("Register"), {ReportBlock::tableOf(table)}};
    return d;
}

Result<ReportDocument> RegisterReports::auditExtract(Connection& connection,
                                                     const ReportContext& context,
                                                     const QString& organisation,
                                                     const QDate& from,
                                                     const QDate& to,
                                                     const Progress& progress)
{
    auto verification = AuditVerifier::verify(connection, progress);
    if (!verification) {
        return verification.error();
    }
    AuditFilter filter;
    filter.fromMs = from.isValid() ? from.startOfDay().toMSecsSinceEpoch() : 0;
    filter.toMs = to.isValid() ? to.addDays(1).startOfDay().toMSecsSinceEpoch() : 0;
    AuditRepository trail(connection);
    // Every event becomes a table row held until the document is written: a range is what an auditor asks for.
    auto count = trail.count(filter);
    if (!count) {
        return count.error();
    }
    constexpr qint64 MaxEvents = 100000;
    if (*count > MaxEvents) {
        return makeError(ErrorCode::Validation,
                         tr("The range holds %1 events; an extract takes at most %2. Choose a shorter range of days.")
                             .arg(*count)
                             .arg(MaxEvents));
    }
    ReportTable table;
    table.headers = {
        tr("Event"), tr("Recorded (UTC)"), tr("By"), tr("Action"), tr("Record"), tr("Changes"), tr("Reason")};
    table.widths = {0.7, 1.3, 1.1, 0.8, 1.3, 3.2, 1.8};
    QList<QStringList> newestFirst;
    qint64 before = std::numeric_limits<qint64>::max();
    for (;;) {
        auto page = trail.page(filter, before, 500);
        if (!page) {
            return page.error();
        }
        for (const AuditEventRecord& e : *page) {
            QStringList changes;
            for (const FieldChange& c : e.fieldChanges()) {
                auto text = [](const QJsonValue& v) {
                    return v.isString() ? v.toString() : v.isNull() ? u"–"_s : QString::number(v.toInteger());
                };
                changes << u"%1: %2 → %3"_s.arg(c.field, text(c.before).left(80), text(c.after).left(80));
            }
            newestFirst << QStringList{QString::number(e.seq),
                                       QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(e.atMs, QTimeZone::utc()),
                                                             u"yyyy-MM-dd HH:mm:ss"_s),
                                       e.actor,
                                       e.action,
                                       u"%1 %2"_s.arg(e.entityType).arg(e.entityId),
                                       changes.join(u"\n"_s),
                                       e.reason};
            before = e.seq;
        }
        if (page->size() < 500) {
            break;
        }
    }
    for (qsizetype i = newestFirst.size() - 1; i >= 0; --i) {
        table.rows << newestFirst[i];
    }
    ReportDocument d;
    d.title = tr("Audit-trail extract");
    d.organisation = organisation;
    d.context = context;
    d.scope = tr("Every recorded change to governance data");
    d.period = tr("%1 to %2")
                   .arg(from.isValid() ? from.toString(Qt::ISODate) : tr("the first event"),
                        to.isValid() ? to.toString(Qt::ISODate) : tr("the last event"));
    const AuditVerification& v = *verification;
    d.sections << ReportSection{
        tr("Verification"),
        {ReportBlock::factList({{tr("Result"), v.intact ? tr("intact") : tr("broken")},
                                {tr("Events examined"), QString::number(v.eventCount)},
                                {tr("Head event"), QString::number(v.headSeq)},
                                {tr("Head hash (SHA-256)"), ReportContext::formatFingerprint(v.headHash)},
                                {tr("Events in this extract"), QString::number(table.rows.size())}}),
         ReportBlock::paragraph(tr("Each event's hash covers its content and the previous event's hash; the head hash "
                                   "above identifies the whole chain up to it. `attest audit verify` on the same "
                                   "workspace prints the same head."))}};
    d.sections << ReportSection{tr("Events"), {ReportBlock::tableOf(table)}};
    return d;
}

} // namespace attest
