#include "SoaReport.h"

#include "catalog/CatalogTitles.h"
#include "compliance/ComplianceEngine.h"
#include "compliance/StatementOfApplicability.h"

using namespace Qt::StringLiterals;

namespace attest {

Result<ReportDocument>
SoaReport::build(Connection& connection, const ReportContext& context, const QString& organisation)
{
    auto engine = ComplianceEngine::load(connection, context.generatedAt.toLocalTime().date());
    if (!engine) {
        return engine.error();
    }
    auto rows = StatementOfApplicability::build(connection, *engine);
    if (!rows) {
        return rows.error();
    }
    ReportDocument d;
    d.title = tr("Statement of Applicability — ISO/IEC 27001:2022");
    d.organisation = organisation;
    d.scope = tr("The information security management system, Annex A controls (ISO/IEC 27001:2022)");
    d.period = tr("As at %1").arg(context.generatedAt.toUTC().date().toString(Qt::ISODate));
    d.context = context;

    int applicable = 0;
    int decided = 0;
    QMap<QString, int> byStatus;
    for (const auto& r : *rows) {
        applicable += r.applicable ? 1 : 0;
        decided += r.justified ? 1 : 0;
        if (r.applicable) {
            ++byStatus[r.implementation];
        }
    }
    ReportSection summary{tr("Summary"), {}};
    summary.blocks << ReportBlock::factList({
        {tr("Annex A controls"), QString::number(rows->size())},
        {tr("Applicable"), QString::number(applicable)},
        {tr("Not applicable"), QString::number(rows->size() - applicable)},
        {tr("With a recorded decision"), QString::number(decided)},
        {tr("Implemented"), QString::number(byStatus.value(u"compliant"_s))},
        {tr("Partially implemented"), QString::number(byStatus.value(u"partial"_s))},
        {tr("Not implemented"), QString::number(byStatus.value(u"non_compliant"_s))},
        {tr("Not assessed"), QString::number(byStatus.value(u"not_assessed"_s))},
    });
    summary.blocks << ReportBlock::paragraph(
        tr("Implementation is derived from the organisation-wide implementation of the controls mapped to each Annex A "
           "control, or taken from a justified manual assessment. Controls marked not applicable carry the "
           "justification recorded in the workspace."));
    d.sections << summary;

    // One section per theme, in catalog order.
    QStringList themes;
    for (const auto& r : *rows) {
        if (!themes.contains(r.theme)) {
            themes << r.theme;
        }
    }
    for (const QString& theme : std::as_const(themes)) {
        ReportTable table;
        table.headers = {tr("Control"),
                         tr("Title"),
                         tr("Applicable"),
                         tr("Justification"),
                         tr("Implementation"),
                         tr("Implemented by")};
        table.widths = {0.95, 2.1, 1.15, 2.1, 1.6, 2.1};
        for (const auto& r : *rows) {
            if (r.theme != theme) {
                continue;
            }
            table.rows << QStringList{r.ref,
                                      CatalogTitles::withOfficial(r.title, r.officialTitle),
                                      r.applicable ? tr("Yes") : tr("No"),
                                      r.justification.isEmpty() ? tr("not recorded") : r.justification,
                                      StatementOfApplicability::implementationText(r.implementation),
                                      r.controls.join(u"\n"_s)};
        }
        ReportSection section{theme.isEmpty() ? tr("Annex A") : theme, {}};
        section.blocks << ReportBlock::tableOf(table);
        d.sections << section;
    }
    return d;
}

} // namespace attest
