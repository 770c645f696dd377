#include "CliSupport.h"

#include "AppSettings.h"
#include "Cli.h"
#include "storage/SystemRepository.h"

#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace attest::app {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(int code, const QString& message)
{
    out().flush();
    err() << "attest: " << message << Qt::endl;
    return code;
}

int exitCodeFor(const Error& error)
{
    switch (error.code) {
    case ErrorCode::Validation:
    case ErrorCode::Cancelled:
        return ExitCheckFailed;
    default:
        return ExitWorkspaceError;
    }
}

int failWith(const Error& error)
{
    return fail(exitCodeFor(error), error.message);
}

QCommandLineOption dbOption()
{
    return QCommandLineOption({u"db"_s}, Cli::tr("Workspace file (default: the default workspace)."), Cli::tr("path"));
}

QString workspacePath(const QCommandLineParser& parser)
{
    return parser.isSet(u"db"_s) ? parser.value(u"db"_s) : AppSettings().defaultWorkspace();
}

Result<std::unique_ptr<Workspace>> openWorkspace(const QCommandLineParser& parser, Workspace::Access access)
{
    Workspace::Options options;
    options.access = access;
    options.actor = AppSettings().actor();
    return Workspace::open(workspacePath(parser), options);
}

void printTable(const QStringList& header, const QList<QStringList>& rows)
{
    QList<qsizetype> widths(header.size(), 0);
    auto measure = [&](const QStringList& row) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = qMax(widths[i], qMin<qsizetype>(row[i].size(), 48));
        }
    };
    measure(header);
    for (const QStringList& row : rows) {
        measure(row);
    }
    auto print = [&](const QStringList& row) {
        QStringList cells;
        for (int i = 0; i < row.size(); ++i) {
            QString cell = row[i];
            cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
            if (cell.size() > 48) {
                cell = cell.left(47) + u"…"_s;
            }
            cells << (i + 1 == row.size() ? cell : cell.leftJustified(widths[i]));
        }
        out() << cells.join(u"  "_s) << '\n';
    };
    print(header);
    QStringList rule;
    for (qsizetype w : widths) {
        rule << QString(w, QLatin1Char('-'));
    }
    print(rule);
    for (const QStringList& row : rows) {
        print(row);
    }
}

Result<qint64> systemByCodeOrId(Connection& connection, const QString& given)
{
    const QString text = given.trimmed();
    SystemRepository repository(connection);
    auto byCode = repository.idForCode(text);
    if (!byCode) {
        return byCode.error();
    }
    if (byCode->has_value()) {
        return **byCode;
    }
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    if (!isNumber || number <= 0) {
        return qint64(0);
    }
    auto found = repository.get(number);
    if (!found) {
        return found.error();
    }
    return found->has_value() ? number : qint64(0);
}

} // namespace attest::app
