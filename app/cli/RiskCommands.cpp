#include "RiskCommands.h"

#include "Cli.h"
#include "CliSupport.h"
#include "io/Csv.h"
#include "risk/RiskExport.h"
#include "risk/RiskImport.h"
#include "storage/RiskRepository.h"

#include <QCommandLineParser>
#include <QDate>

using namespace Qt::StringLiterals;

namespace attest::app {

int runRisksList(QCommandLineParser& parser)
{
    const QString format = parser.value(u"format"_s);
    if (format != u"table"_s && format != u"csv"_s && format != u"json"_s) {
        return fail(ExitUsage, Cli::tr("risks list needs --format table, csv or json."));
    }
    auto ws = openWorkspace(parser, Workspace::Access::ReadOnly);
    if (!ws) {
        return failWith(ws.error());
    }
    Connection& connection = (*ws)->connection();
    RiskFilter filter;
    if (parser.isSet(u"system"_s)) {
        const QString system = parser.value(u"system"_s).trimmed();
        auto id = systemByCodeOrId(connection, system);
        if (!id) {
            return failWith(id.error());
        }
        filter.systemId = *id;
        if (!filter.systemId) {
            return fail(ExitUsage, Cli::tr("There is no AI system “%1” in this workspace.").arg(system));
        }
    }
    if (parser.isSet(u"level"_s)) {
        auto matrix = RiskRepository(connection).currentMatrix();
        if (!matrix) {
            return failWith(matrix.error());
        }
        QStringList levels;
        for (const RiskBand& band : matrix->value_or(RiskMatrix()).bands) {
            levels << band.name;
            if (band.name.compare(parser.value(u"level"_s).trimmed(), Qt::CaseInsensitive) == 0) {
                filter.level = band.name;
            }
        }
        if (filter.level.isEmpty()) {
            return fail(ExitUsage,
                        Cli::tr("“%1” is not a level of the risk matrix: %2.")
                            .arg(parser.value(u"level"_s), levels.join(u", "_s)));
        }
    }
    if (parser.isSet(u"overdue"_s)) {
        filter.overdueOnly = true;
        filter.today = QDate::currentDate().toString(Qt::ISODate);
    }
    auto rows = RiskExport::rows(connection, filter);
    if (!rows) {
        return failWith(rows.error());
    }
    if (format == u"json"_s) {
        auto json = RiskExport::json(connection, *rows);
        if (!json) {
            return failWith(json.error());
        }
        out().flush();
        std::fwrite(json->constData(), 1, size_t(json->size()), stdout);
        std::fflush(stdout);
        return ExitSuccess;
    }
    if (format == u"csv"_s) {
        auto table = RiskExport::csvRows(connection, *rows);
        if (!table) {
            return failWith(table.error());
        }
        const QByteArray csv = Csv::write(*table, false);
        out().flush();
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        std::fflush(stdout);
        return ExitSuccess;
    }
    auto table = RiskExport::tableRows(connection, *rows);
    if (!table) {
        return failWith(table.error());
    }
    const QStringList header = table->takeFirst();
    printTable(header, *table);
    out() << Cli::tr("Risks: %1").arg(rows->size()) << Qt::endl;
    return ExitSuccess;
}

int runImportRisks(QCommandLineParser& parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        return fail(ExitUsage, Cli::tr("import risks needs exactly one CSV file."));
    }
    const bool dryRun = parser.isSet(u"dry-run"_s);
    auto ws = openWorkspace(parser, dryRun ? Workspace::Access::ReadOnly : Workspace::Access::ReadWrite);
    if (!ws) {
        return failWith(ws.error());
    }
    if (!dryRun && (*ws)->isReadOnly()) {
        return fail(ExitWorkspaceError,
                    Cli::tr("Cannot import into “%1”: %2.").arg((*ws)->path(), (*ws)->readOnlyReason()));
    }
    RiskImport::Options options;
    options.createThreats = parser.isSet(u"create-threats"_s);
    auto result = RiskImport::importFile((*ws)->connection(), files.first(), dryRun, options);
    if (!result) {
        return failWith(result.error());
    }
    out().flush();
    for (const ImportProblem& problem : result->problems) {
        err() << files.first() << ':' << (problem.line > 0 ? QString::number(problem.line) + u": "_s : u" "_s)
              << problem.message << '\n';
    }
    if (!result->unknownThreats.isEmpty() && result->problems.isEmpty()) {
        QTextStream& stream = result->createThreats ? out() : err();
        stream << (result->createThreats ? Cli::tr("New threats for the threat catalog:")
                                         : Cli::tr("Threats not in the threat catalog:"))
               << '\n';
        for (const RiskImportPlan::NewThreat& t : result->unknownThreats) {
            QStringList lines;
            for (int line : t.lines.mid(0, 10)) {
                lines << QString::number(line);
            }
            if (t.lines.size() > 10) {
                lines << u"…"_s;
            }
            stream << u"  %1 (%2)\n"_s.arg(t.name,
                                           t.lines.size() == 1 ? Cli::tr("line %1").arg(lines.join(u", "_s))
                                                               : Cli::tr("lines %1").arg(lines.join(u", "_s)));
        }
        stream.flush();
    }
    if (result->needsThreatConsent()) {
        return fail(
            ExitCheckFailed,
            Cli::tr("%1 Run again with --create-threats to add them to the threat catalog.").arg(result->summary()));
    }
    if (!result->ok()) {
        return fail(ExitCheckFailed, result->summary());
    }
    out() << (dryRun ? Cli::tr("Dry run, nothing written: %1").arg(result->summary())
                     : Cli::tr("Imported %1").arg(result->summary()))
          << Qt::endl;
    return ExitSuccess;
}

} // namespace attest::app
