#include "ExportCommands.h"

#include "Cli.h"
#include "CliSupport.h"
#include "csv/CsvTableWriter.h"
#include "inventory/SystemExport.h"
#include "oscal/OscalAssessmentExport.h"
#include "tables/ExportTable.h"
#include "xlsx/XlsxWriter.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace attest::app {

namespace {

const QString OscalResults = u"oscal-ar"_s;
const QString OscalPoam = u"oscal-poam"_s;

QStringList exportNames()
{
    return ExportTable::names() << OscalResults << OscalPoam;
}

int runOscalExport(QCommandLineParser& parser, const QString& what, const QString& outPath)
{
    const QString format = parser.value(u"format"_s);
    if (!format.isEmpty() && format != u"json"_s && format != u"oscal"_s) {
        return fail(ExitUsage,
                    Cli::tr("export %1 writes OSCAL JSON: leave out --format or use --format json.").arg(what));
    }
    const QString system = parser.value(u"system"_s);
    if (system.trimmed().isEmpty()) {
        return fail(ExitUsage, Cli::tr("export %1 needs --system with the code or id of an AI system.").arg(what));
    }
    auto ws = openWorkspace(parser, Workspace::Access::ReadOnly);
    if (!ws) {
        return failWith(ws.error());
    }
    auto systemId = systemByCodeOrId((*ws)->connection(), system);
    if (!systemId) {
        return failWith(systemId.error());
    }
    if (!*systemId) {
        return fail(ExitUsage,
                    Cli::tr("There is no AI system “%1” in this workspace (see “attest systems list”).").arg(system));
    }
    const bool results = what == OscalResults;
    auto summary =
        OscalAssessmentExport::exportToFile(**ws,
                                            results ? OscalAssessmentExport::Model::AssessmentResults
                                                    : OscalAssessmentExport::Model::PlanOfActionAndMilestones,
                                            *systemId,
                                            outPath);
    if (!summary) {
        return failWith(summary.error());
    }
    const QString version = QString::fromLatin1(OscalAssessmentExport::OscalVersion);
    if (results) {
        out() << Cli::tr("Exported OSCAL %1 assessment results of %2 to %3: %4 observations, %5 findings, %6 risks.")
                     .arg(version, system, outPath)
                     .arg(summary->observations)
                     .arg(summary->findings)
                     .arg(summary->risks)
              << Qt::endl;
    } else {
        out() << Cli::tr("Exported an OSCAL %1 plan of action and milestones for %2 to %3: %4 items.")
                     .arg(version, system, outPath)
                     .arg(summary->poamItems)
              << Qt::endl;
    }
    return ExitSuccess;
}

int runTableExport(QCommandLineParser& parser, ExportTable::Kind kind, const QString& what, const QString& outPath)
{
    const QString format = parser.value(u"format"_s);
    // The inventory also has its JSON export (typed lists, with each system's change log).
    const bool json = kind == ExportTable::Kind::Systems && format == u"json"_s;
    if (format != u"xlsx"_s && format != u"csv"_s && !json) {
        return fail(ExitUsage,
                    kind == ExportTable::Kind::Systems
                        ? Cli::tr("export systems needs --format xlsx, --format csv or --format json.")
                        : Cli::tr("export %1 needs --format xlsx or --format csv.").arg(what));
    }
    if (parser.isSet(u"system"_s)) {
        return fail(ExitUsage, Cli::tr("--system is for export oscal-ar and oscal-poam."));
    }
    auto ws = openWorkspace(parser, Workspace::Access::ReadOnly);
    if (!ws) {
        return failWith(ws.error());
    }
    Connection& connection = (*ws)->connection();
    if (json) {
        auto count = SystemExport::exportToFile(connection, SystemExport::Format::Json, outPath);
        if (!count) {
            return failWith(count.error());
        }
        out() << Cli::tr("Exported %1 AI systems to %2").arg(*count).arg(outPath) << Qt::endl;
        return ExitSuccess;
    }
    auto table = ExportTable::build(connection, kind);
    if (!table) {
        return failWith(table.error());
    }
    auto rows = format == u"xlsx"_s ? XlsxWriter::write(*table, outPath) : CsvTableWriter::write(*table, outPath);
    if (!rows) {
        return failWith(rows.error());
    }
    out() << Cli::tr("Exported %1 rows of the table “%2” to %3").arg(*rows).arg(table->title, outPath) << Qt::endl;
    return ExitSuccess;
}

} // namespace

void configureExport(QCommandLineParser& parser)
{
    parser.addOption(dbOption());
    parser.addOption({{u"format"_s},
                      Cli::tr("Tables: xlsx or csv (systems also json). OSCAL: json (the default)."),
                      Cli::tr("format")});
    parser.addOption({{u"out"_s}, Cli::tr("File to write."), Cli::tr("file")});
    parser.addOption({{u"system"_s}, Cli::tr("oscal-ar, oscal-poam: the AI system, by code or id."), Cli::tr("ID")});
    parser.addPositionalArgument(u"what"_s,
                                 Cli::tr("What to export: %1.").arg(exportNames().join(u", "_s)),
                                 Cli::tr("systems|risks|controls|findings|soa|oscal-ar|oscal-poam"));
}

int runExport(QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        return fail(ExitUsage, Cli::tr("Name what to export: one of %1.").arg(exportNames().join(u", "_s)));
    }
    if (args.size() > 1) {
        return fail(ExitUsage, Cli::tr("Unexpected argument “%1”. Run “attest export --help”.").arg(args.at(1)));
    }
    const QString what = args.first();
    const std::optional<ExportTable::Kind> kind = ExportTable::kindFor(what);
    if (!kind && what != OscalResults && what != OscalPoam) {
        return fail(ExitUsage, Cli::tr("Unknown export “%1”: use one of %2.").arg(what, exportNames().join(u", "_s)));
    }
    const QString outPath = parser.value(u"out"_s);
    if (outPath.isEmpty()) {
        return fail(ExitUsage, Cli::tr("export %1 needs --out FILE.").arg(what));
    }
    return kind ? runTableExport(parser, *kind, what, outPath) : runOscalExport(parser, what, outPath);
}

} // namespace attest::app
