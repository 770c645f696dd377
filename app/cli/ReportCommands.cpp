#include "ReportCommands.h"

#include "cli/Cli.h"
#include "cli/CliSupport.h"
#include "content/RegisterReports.h"
#include "content/ReportContext.h"
#include "content/SoaReport.h"
#include "pdf/PdfReportWriter.h"
#include "storage/SystemRepository.h"

#include <QCommandLineParser>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace attest::app {

int runReport(QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    const QString type = args.value(0);
    const QStringList types{u"soa"_s, u"risks"_s, u"audit"_s};
    if (!types.contains(type)) {
        return fail(ExitUsage,
                    Cli::tr("Name the report: one of %1 (the other report types follow).").arg(types.join(u", "_s)));
    }
    const QString outPath = parser.value(u"out"_s);
    if (outPath.isEmpty()) {
        return fail(ExitUsage, Cli::tr("Say where to write the report with --out FILE.pdf."));
    }
    const QString paper = parser.value(u"paper"_s).toLower();
    if (paper != u"a4"_s && paper != u"letter"_s) {
        return fail(ExitUsage, Cli::tr("--paper is a4 or letter."));
    }
    auto ws = openWorkspace(parser, Workspace::Access::ReadOnly);
    if (!ws) {
        return failWith(ws.error());
    }
    auto context = ReportContext::capture(**ws, (*ws)->actor(), QDateTime::currentDateTimeUtc());
    if (!context) {
        return failWith(context.error());
    }
    const QString organisation = parser.value(u"organisation"_s);
    Result<ReportDocument> document = makeError(ErrorCode::Validation, QString());
    if (type == u"soa"_s) {
        document = SoaReport::build((*ws)->connection(), *context, organisation);
    } else if (type == u"risks"_s) {
        qint64 systemId = 0;
        if (parser.isSet(u"system"_s)) {
            auto id = SystemRepository((*ws)->connection()).idForCode(parser.value(u"system"_s));
            bool number = false;
            const qint64 asNumber = parser.value(u"system"_s).toLongLong(&number);
            systemId = id && id->has_value() ? **id : number ? asNumber : 0;
            if (!systemId) {
                return fail(ExitUsage, Cli::tr("There is no AI system “%1”.").arg(parser.value(u"system"_s)));
            }
        }
        document = RegisterReports::riskRegister((*ws)->connection(), *context, organisation, systemId);
    } else {
        const QDate from = QDate::fromString(parser.value(u"from"_s), Qt::ISODate);
        const QDate to = QDate::fromString(parser.value(u"to"_s), Qt::ISODate);
        if ((parser.isSet(u"from"_s) && !from.isValid()) || (parser.isSet(u"to"_s) && !to.isValid())) {
            return fail(ExitUsage, Cli::tr("--from and --to are dates, as YYYY-MM-DD."));
        }
        document = RegisterReports::auditExtract((*ws)->connection(), *context, organisation, from, to);
    }
    if (!document) {
        return failWith(document.error());
    }
    PdfReportWriter::Options options;
    options.paper = paper == u"letter"_s ? QPageSize::Letter : QPageSize::A4;
    options.pdfa = parser.isSet(u"pdfa"_s);
    auto pages = PdfReportWriter::write(*document, outPath, options);
    if (!pages) {
        return failWith(pages.error());
    }
    out() << Cli::tr("Wrote %1 (%2 pages).").arg(outPath).arg(*pages) << Qt::endl;
    return ExitSuccess;
}

} // namespace attest::app
