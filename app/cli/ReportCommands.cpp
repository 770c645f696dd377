#include "ReportCommands.h"

#include "cli/Cli.h"
#include "cli/CliSupport.h"
#include "cli/SigningCommands.h"
#include "content/ReportContext.h"
#include "content/ReportTypes.h"
#include "pdf/PdfReportWriter.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace attest::app {

int runReport(QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    const QString type = args.value(0);
    const ReportType* reportType = ReportTypes::find(type);
    if (!reportType) {
        return fail(ExitUsage, Cli::tr("Name the report: one of %1.").arg(ReportTypes::keys().join(u", "_s)));
    }
    const QString outPath = parser.value(u"out"_s);
    if (outPath.isEmpty()) {
        return fail(ExitUsage, Cli::tr("Say where to write the report with --out FILE.pdf."));
    }
    // The locale's paper unless one is named: US Letter where the locale measures in inches, else A4.
    const QString paper = parser.isSet(u"paper"_s) ? parser.value(u"paper"_s).toLower()
                          : QLocale().measurementSystem() == QLocale::ImperialUSSystem ? u"letter"_s
                                                                                       : u"a4"_s;
    if (paper != u"a4"_s && paper != u"letter"_s) {
        return fail(ExitUsage, Cli::tr("--paper is a4 or letter."));
    }
    ReportRequest request;
    request.type = type;
    request.organisation = parser.value(u"organisation"_s);
    request.from = QDate::fromString(parser.value(u"from"_s), Qt::ISODate);
    request.to = QDate::fromString(parser.value(u"to"_s), Qt::ISODate);
    if ((parser.isSet(u"from"_s) && !request.from.isValid()) || (parser.isSet(u"to"_s) && !request.to.isValid())) {
        return fail(ExitUsage, Cli::tr("--from and --to are dates, as YYYY-MM-DD."));
    }
    if ((reportType->needs & ReportType::System) && !parser.isSet(u"system"_s)) {
        return fail(ExitUsage, Cli::tr("The %1 report is about one AI system: name it with --system CODE.").arg(type));
    }
    if ((reportType->needs & ReportType::Session) && !parser.isSet(u"session"_s)) {
        return fail(ExitUsage,
                    Cli::tr("The %1 report is about one interview session: name it with --session ID.").arg(type));
    }
    bool sessionNumber = false;
    request.sessionId = parser.value(u"session"_s).toLongLong(&sessionNumber);
    if (parser.isSet(u"session"_s) && (!sessionNumber || request.sessionId <= 0)) {
        return fail(ExitUsage, Cli::tr("--session takes the session's id, a number (see `attest interviews list`)."));
    }
    auto ws = openWorkspace(parser, Workspace::Access::ReadOnly);
    if (!ws) {
        return failWith(ws.error());
    }
    if (parser.isSet(u"system"_s)) {
        const QString wanted = parser.value(u"system"_s);
        auto id = systemByCodeOrId((*ws)->connection(), wanted);
        if (!id) {
            return failWith(id.error());
        }
        request.systemId = *id;
        if (!request.systemId) {
            return fail(ExitUsage, Cli::tr("There is no AI system “%1”.").arg(wanted));
        }
    }
    auto context = ReportContext::capture(**ws, (*ws)->actor(), QDateTime::currentDateTimeUtc());
    if (!context) {
        return failWith(context.error());
    }
    auto document = ReportTypes::build((*ws)->connection(), *context, request);
    if (!document) {
        return failWith(document.error());
    }
    PdfReportWriter::Options options;
    options.paper = paper == u"letter"_s ? QPageSize::Letter : QPageSize::A4;
    options.pdfa = parser.isSet(u"pdfa"_s);
    ReportSigner signer; // --sign
    if (const int rc = signer.prepare(parser, options); rc != ExitSuccess) {
        return rc;
    }
    auto pages = PdfReportWriter::write(*document, outPath, options);
    if (!pages) {
        return failWith(pages.error());
    }
    if (const int rc = signer.finish(outPath); rc != ExitSuccess) {
        return rc;
    }
    out() << Cli::tr("Wrote %1 (%2 pages).").arg(outPath).arg(*pages) << Qt::endl;
    // A signature beside the file belonged to the report it replaces: it would only ever fail to verify.
    const QString staleSignature = outPath + u".sig"_s;
    if (!parser.isSet(u"sign"_s) && QFile::exists(staleSignature) && QFile::remove(staleSignature)) {
        out() << Cli::tr("Removed %1, the signature of the report this one replaces.").arg(staleSignature) << Qt::endl;
    }
    return ExitSuccess;
}

} // namespace attest::app
