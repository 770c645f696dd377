#include "ProgrammeReports.h"

#include "catalog/CatalogTitles.h"
#include "compliance/Compliance.h"
#include "content/ReportSupport.h"
#include "dashboard/Dashboard.h"
#include "dashboard/Trends.h"
#include "interview/Interview.h"
#include "risk/Risk.h"
#include "storage/CatalogRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/SystemRepository.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

const QStringList& palette()
{
    static const QStringList colours{
        u"#3b6ea8"_s, u"#d08a2e"_s, u"#4f9a5a"_s, u"#a34a7c"_s, u"#6d5fb0"_s, u"#2f9c9c"_s, u"#8a6d3b"_s, u"#c05050"_s};
    return colours;
}

} // namespace

Result<ReportDocument> ProgrammeReports::executiveSummary(Connection& connection,
                                                          const ReportContext& context,
                                                          const QString& organisation,
                                                          const Progress& progress)
{
    const QDate today = context.generatedAt.toLocalTime().date();
    DashboardFilter filter;
    filter.today = today.toString(Qt::ISODate);
    auto data = Dashboard::compute(connection, filter);
    if (!data) {
        return data.error();
    }
    if (progress && !progress(10)) {
        return makeError(ErrorCode::Cancelled, tr("Cancelled."));
    }
    auto history = Trends::history(connection, TrendRange::Months12, today, [&progress](int percent) {
        return !progress || progress(10 + percent * 8 / 10);
    });
    if (!history) {
        return history.error();
    }
    const Trends::Point current{data->coverage, data->openRisksByLevel};
    const DashboardData::Trend trend = Trends::series(*history, filter, current);

    ReportDocument d;
    d.title = tr("Executive compliance summary");
    d.organisation = organisation;
    d.context = context;
    d.period = ReportSupport::asOf(context);
    d.scope = tr("All AI systems in force: %1").arg(data->systemIds.size());

    int openFindings = 0;
    for (auto it = data->openFindingsByDue.cbegin(); it != data->openFindingsByDue.cend(); ++it) {
        openFindings += it.value();
    }
    int openRisks = 0;
    for (int n : std::as_const(data->openRisksByLevel)) {
        openRisks += n;
    }
    const SystemField* tier = SystemFields::find(u"ai_act_tier"_s);
    QStringList tiers;
    for (auto it = data->systemsByTier.cbegin(); it != data->systemsByTier.cend(); ++it) {
        tiers << u"%1 %2"_s.arg(it.value()).arg(tier->choiceLabel(it.key()));
    }
    ReportSection summary{tr("Summary"), {}};
    summary.blocks << ReportBlock::factList({
        {tr("AI systems in force"), QString::number(data->systemIds.size())},
        {tr("By EU AI Act tier"), tiers.join(u", "_s)},
        {tr("Systems overdue for review"), QString::number(data->systemsOverdueForReview)},
        {tr("Risks not closed"), QString::number(openRisks)},
        {tr("Open findings"), QString::number(openFindings)},
        {tr("Overdue findings"), QString::number(data->overdueFindings)},
        {tr("Evidence expiring within 30 days"), QString::number(data->evidenceExpiring30)},
        {tr("Evidence expiring within 90 days"), QString::number(data->evidenceExpiring90)},
    });
    d.sections << summary;

    ReportSection coverage{tr("Framework coverage"), {}};
    ReportChart bars;
    bars.type = ReportChart::Type::Bars;
    bars.caption = tr("Coverage per framework, over the systems each applies to");
    ReportTable table;
    table.headers = {tr("Framework"), tr("Systems"), tr("Coverage"), tr("Requirements")};
    table.widths = {2.2, 0.8, 0.9, 4.0};
    for (int i = 0; i < data->coverage.size(); ++i) {
        const DashboardData::FrameworkCoverage& f = data->coverage[i];
        bars.labels << (f.shortName.isEmpty() ? f.name : f.shortName);
        bars.values << f.coverage.percent();
        bars.valueTexts << (f.coverage.hasFigure()
                                ? tr("%1 (%n systems)", nullptr, f.systems).arg(f.coverage.percentText())
                                : tr("not assessed"));
        bars.colours << palette().value(i % palette().size());
        table.rows << QStringList{
            f.name, QString::number(f.systems), f.coverage.percentText(), f.coverage.countsText()};
    }
    coverage.blocks << ReportBlock::chartOf(bars);
    coverage.blocks << ReportBlock::paragraph(Coverage::formula());
    coverage.blocks << ReportBlock::tableOf(table);
    d.sections << coverage;

    // Risks: the residual heat map and the highest risks not closed.
    ReportSection risks{tr("Risks"), {}};
    ReportChart heat;
    heat.type = ReportChart::Type::HeatMap;
    heat.caption = tr("Residual risk (inherent where not yet assessed), risks not closed and closed alike");
    heat.rowTitle = tr("Likelihood");
    heat.columnTitle = tr("Impact");
    const RiskMatrix& m = data->matrix;
    for (int l = int(m.likelihood.size()); l >= 1; --l) {
        heat.rowLabels << u"%1 %2"_s.arg(l).arg(m.likelihood.value(l - 1));
        QList<int> row;
        QStringList colours;
        for (int i = 1; i <= m.impact.size(); ++i) {
            row << data->residualHeatMap.value({l, i});
            colours << m.band(m.score(l, i)).colour;
        }
        heat.cells << row;
        heat.cellColours << colours;
    }
    for (int i = 1; i <= m.impact.size(); ++i) {
        heat.columnLabels << u"%1 %2"_s.arg(i).arg(m.impact.value(i - 1));
    }
    risks.blocks << ReportBlock::chartOf(heat);
    QList<QPair<QString, QString>> levels;
    for (const RiskBand& band : m.bands) {
        levels << QPair<QString, QString>{tr("Not closed at level %1").arg(band.name),
                                          QString::number(data->openRisksByLevel.value(band.name))};
    }
    risks.blocks << ReportBlock::factList(levels);

    RiskRepository repository(connection);
    RiskFilter open;
    open.openOnly = true;
    auto ids = repository.riskIds(open);
    if (!ids) {
        return ids.error();
    }
    QList<RiskRow> top;
    for (qsizetype start = 0; start < ids->size(); start += 1000) {
        auto rows = repository.fetch(ids->mid(start, 1000));
        if (!rows) {
            return rows.error();
        }
        top << *rows;
        std::stable_sort(top.begin(), top.end(), [](const RiskRow& a, const RiskRow& b) {
            return a.risk.currentScore() > b.risk.currentScore();
        });
        top = top.mid(0, 10);
    }
    ReportTable topTable;
    topTable.headers = {tr("System"), tr("Threat"), tr("Scenario"), tr("Level"), tr("Owner"), tr("Due")};
    topTable.widths = {1.3, 1.5, 3.0, 1.0, 1.2, 1.0};
    for (const RiskRow& row : std::as_const(top)) {
        topTable.rows << QStringList{row.systemCode,
                                     row.threatName,
                                     row.risk.scenario,
                                     u"%1 (%2)"_s.arg(row.risk.currentLevel()).arg(row.risk.currentScore()),
                                     row.risk.owner.isEmpty() ? tr("not recorded") : row.risk.owner,
                                     row.risk.dueDate};
    }
    risks.blocks << ReportBlock::subheading(tr("Highest risks not closed"));
    if (topTable.rows.isEmpty()) {
        risks.blocks << ReportBlock::paragraph(tr("No risks are open."));
    } else {
        risks.blocks << ReportBlock::tableOf(topTable);
    }
    d.sections << risks;

    ReportSection findings{tr("Findings"), {}};
    ReportChart due;
    due.type = ReportChart::Type::Bars;
    due.caption = tr("Open findings by due date");
    const QList<QPair<DashboardData::Due, QString>> buckets{
        {DashboardData::Due::OverdueMore30, tr("More than 30 days overdue")},
        {DashboardData::Due::Overdue, tr("Overdue up to 30 days")},
        {DashboardData::Due::Within30, tr("Due within 30 days")},
        {DashboardData::Due::Later, tr("Later or no due date")}};
    const QStringList dueColours{u"#b03a2e"_s, u"#e07b39"_s, u"#d9b23a"_s, u"#7a9cc6"_s};
    double most = 1;
    for (const auto& [bucket, label] : buckets) {
        most = std::max(most, double(data->openFindingsByDue.value(bucket)));
    }
    for (int i = 0; i < buckets.size(); ++i) {
        const int n = data->openFindingsByDue.value(buckets[i].first);
        due.labels << buckets[i].second;
        due.values << n;
        due.valueTexts << QString::number(n);
        due.colours << dueColours[i];
    }
    due.maximum = most;
    findings.blocks << ReportBlock::chartOf(due);
    QList<QPair<QString, QString>> statuses;
    for (const QString& status : ComplianceText::findingStatuses()) {
        statuses << QPair<QString, QString>{ComplianceText::findingStatus(status),
                                            QString::number(data->findingsByStatus.value(status))};
    }
    findings.blocks << ReportBlock::factList(statuses);
    d.sections << findings;

    ReportSection trends{tr("Trends over 12 months"), {}};
    if (trend.days.isEmpty()) {
        trends.blocks << ReportBlock::paragraph(tr("The workspace's history could not be read."));
    } else {
        QStringList labels;
        for (const QDate& day : trend.days) {
            labels << day.toString(u"yyyy-MM"_s);
        }
        ReportChart coverageLines;
        coverageLines.type = ReportChart::Type::Lines;
        coverageLines.caption = tr("Coverage per framework (%), at the end of each month");
        coverageLines.labels = labels;
        coverageLines.maximum = 100;
        for (int i = 0; i < trend.coverage.size(); ++i) {
            const auto& line = trend.coverage[i];
            ReportChart::Series series{
                line.shortName.isEmpty() ? line.name : line.shortName, palette().value(i % palette().size()), {}};
            for (const Coverage& c : line.points) {
                // No figure yet (framework not in the workspace, nothing assessed): a gap, not a 0 %.
                series.values << (c.hasFigure() ? c.percent() : std::numeric_limits<double>::quiet_NaN());
            }
            coverageLines.series << series;
        }
        trends.blocks << ReportBlock::chartOf(coverageLines);
        ReportChart riskLines;
        riskLines.type = ReportChart::Type::Lines;
        riskLines.caption = tr("Risks not closed, by level, at the end of each month");
        riskLines.labels = labels;
        riskLines.maximum = 0;
        for (const RiskBand& band : m.bands) {
            ReportChart::Series series{band.name, band.colour, {}};
            for (const auto& day : trend.openRisksByLevel) {
                series.values << day.value(band.name);
            }
            riskLines.series << series;
        }
        trends.blocks << ReportBlock::chartOf(riskLines);
        trends.blocks << ReportBlock::paragraph(
            tr("Each point is the workspace as its audit trail shows it at the end of that month; the last point is "
               "today."));
    }
    d.sections << trends;
    if (progress) {
        progress(100);
    }
    return d;
}

Result<ReportDocument> ProgrammeReports::remediationPlan(Connection& connection,
                                                         const ReportContext& context,
                                                         const QString& organisation,
                                                         qint64 systemId)
{
    auto all = ComplianceRepository(connection).findings();
    if (!all) {
        return all.error();
    }
    auto labels = SystemRepository(connection).labels();
    if (!labels) {
        return labels.error();
    }
    QHash<qint64, QString> systemTitle;
    for (const SystemLabel& l : *labels) {
        systemTitle.insert(l.id, u"%1 %2"_s.arg(l.code, l.name));
    }
    if (systemId && !systemTitle.contains(systemId)) {
        return makeError(ErrorCode::NotFound, tr("There is no AI system with id %1.").arg(systemId));
    }
    auto engine = ReportSupport::engine(connection, context, {});
    if (!engine) {
        return engine.error();
    }
    QList<Finding> open;
    for (const Finding& f : *all) {
        if (f.isOpen() && (!systemId || f.systemId == systemId)) {
            open << f;
        }
    }
    std::stable_sort(open.begin(), open.end(), [](const Finding& a, const Finding& b) {
        if (a.dueDate.isEmpty() != b.dueDate.isEmpty()) {
            return b.dueDate.isEmpty();
        }
        return a.dueDate < b.dueDate;
    });
    const QString today = context.generatedAt.toLocalTime().date().toString(Qt::ISODate);
    int overdue = 0;
    int noOwner = 0;
    int noDate = 0;
    ReportTable table;
    table.headers = {tr("Due"), tr("Finding"), tr("System"), tr("Severity"), tr("Owner"), tr("Status"), tr("Source")};
    table.widths = {1.1, 2.8, 1.8, 0.9, 1.2, 1.0, 1.6};
    for (const Finding& f : std::as_const(open)) {
        overdue += f.isOverdue(today) ? 1 : 0;
        noOwner += f.owner.isEmpty() ? 1 : 0;
        noDate += f.dueDate.isEmpty() ? 1 : 0;
        QString source = ComplianceText::findingSource(f.source);
        if (const auto* r = engine->requirement(f.requirementId)) {
            source += u"\n"_s + r->ref;
        }
        if (f.controlId) {
            source += u"\n"_s + ReportSupport::controlName(*engine, f.controlId);
        }
        table.rows << QStringList{f.dueDate.isEmpty()  ? tr("not recorded")
                                  : f.isOverdue(today) ? tr("%1 (overdue)").arg(f.dueDate)
                                                       : f.dueDate,
                                  f.description.isEmpty() ? f.title : f.title + u"\n"_s + f.description,
                                  f.systemId ? systemTitle.value(f.systemId) : tr("Organisation"),
                                  ComplianceText::severity(f.severity),
                                  f.owner.isEmpty() ? tr("not recorded") : f.owner,
                                  ComplianceText::findingStatus(f.status),
                                  source};
    }
    ReportDocument d;
    d.title = tr("Remediation plan");
    d.organisation = organisation;
    d.context = context;
    d.period = ReportSupport::asOf(context);
    d.scope =
        systemId ? tr("AI system %1").arg(systemTitle.value(systemId)) : tr("All AI systems and the organisation");
    d.sections << ReportSection{tr("Summary"),
                                {ReportBlock::factList({{tr("Open findings"), QString::number(open.size())},
                                                        {tr("Overdue"), QString::number(overdue)},
                                                        {tr("Without an owner"), QString::number(noOwner)},
                                                        {tr("Without a due date"), QString::number(noDate)}}),
                                 ReportBlock::paragraph(tr("Open and in-progress findings, soonest due first; "
                                                           "those without a due date last."))}};
    ReportSection plan{tr("Plan"), {}};
    if (table.rows.isEmpty()) {
        plan.blocks << ReportBlock::paragraph(tr("No open findings."));
    } else {
        plan.blocks << ReportBlock::tableOf(table);
    }
    d.sections << plan;
    return d;
}

Result<ReportDocument> ProgrammeReports::interviewRecord(Connection& connection,
                                                         const ReportContext& context,
                                                         const QString& organisation,
                                                         qint64 sessionId)
{
    InterviewRepository interviews(connection);
    auto session = interviews.session(sessionId);
    if (!session) {
        return session.error();
    }
    if (!session->has_value()) {
        return makeError(ErrorCode::NotFound, tr("There is no interview session with id %1.").arg(sessionId));
    }
    const InterviewSession& s = **session;
    auto questions = interviews.questions(sessionId);
    if (!questions) {
        return questions.error();
    }
    auto answers = interviews.answers(sessionId);
    if (!answers) {
        return answers.error();
    }
    auto engine = ReportSupport::engine(connection, context, {});
    if (!engine) {
        return engine.error();
    }
    QHash<qint64, InterviewAnswer> byRequirement;
    for (const InterviewAnswer& a : *answers) {
        byRequirement.insert(a.requirementId, a);
    }
    QStringList systems;
    for (qint64 id : s.systemIds) {
        auto system = ReportSupport::system(connection, id);
        systems << (system ? system->title() : u"#%1"_s.arg(id));
    }
    QString framework;
    if (s.frameworkId) {
        for (const ComplianceEngine::FrameworkInfo& f : engine->frameworks()) {
            if (f.id == s.frameworkId) {
                framework = f.name;
            }
        }
    }
    ReportDocument d;
    d.title = tr("Interview record");
    d.organisation = organisation;
    d.context = context;
    d.period = s.heldOn.isEmpty() ? ReportSupport::asOf(context) : tr("Held on %1").arg(s.heldOn);
    d.scope = s.title;

    ReportSection about{tr("Session"), {}};
    about.blocks << ReportBlock::factList({
        {tr("Title"), s.title},
        {tr("Framework"), s.frameworkId ? framework : tr("A chosen set of requirements")},
        {tr("AI systems"), systems.join(u'\n')},
        {tr("Interviewer"), s.interviewer},
        {tr("Held on"), s.heldOn},
        {tr("Place"), s.place},
        {tr("Status"), InterviewText::status(s.status)},
        {tr("Acknowledged by"), s.acknowledgedBy},
        {tr("Acknowledged on"), s.acknowledgedOn},
        {tr("Summary"), s.summary},
    });
    ReportTable people;
    people.headers = {tr("Interviewee"), tr("Role")};
    people.widths = {1.0, 1.5};
    for (const Interviewee& p : s.interviewees) {
        people.rows << QStringList{p.name, p.role};
    }
    about.blocks << ReportBlock::subheading(tr("People interviewed"));
    about.blocks << ReportBlock::tableOf(people);
    d.sections << about;

    ReportTable table;
    table.headers = {tr("Requirement"), tr("Answer"), tr("What was said"), tr("Follow up")};
    table.widths = {2.2, 1.2, 3.6, 0.8};
    int answered = 0;
    int followUps = 0;
    for (qint64 id : *questions) {
        const auto* r = engine->requirement(id);
        const QString requirement =
            r ? u"%1 %2"_s.arg(r->ref, CatalogTitles::withOfficial(r->shownTitle, r->title)) : u"#%1"_s.arg(id);
        if (byRequirement.contains(id)) {
            const InterviewAnswer& a = byRequirement[id];
            ++answered;
            followUps += a.followUp ? 1 : 0;
            table.rows << QStringList{
                requirement, ComplianceText::requirementStatus(a.status), a.notes, a.followUp ? tr("Yes") : QString()};
        } else {
            table.rows << QStringList{requirement, tr("not answered"), QString(), QString()};
        }
    }
    ReportSection answersSection{tr("Answers"), {}};
    answersSection.blocks << ReportBlock::factList({{tr("Questions"), QString::number(questions->size())},
                                                    {tr("Answered"), QString::number(answered)},
                                                    {tr("To follow up"), QString::number(followUps)}});
    answersSection.blocks << ReportBlock::tableOf(table);
    d.sections << answersSection;
    return d;
}

} // namespace attest
