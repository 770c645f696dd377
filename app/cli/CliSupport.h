#pragma once

// What the CLI's subcommands share: output streams, failure reporting with the documented exit codes, opening the
// workspace named by --db, and plain-text tables.

#include "core/Result.h"
#include "storage/Workspace.h"

#include <QCommandLineOption>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace attest {
class Connection;
}

namespace attest::app {

QTextStream& out();
QTextStream& err();
// Prints "attest: message" on stderr and returns `code`.
int fail(int code, const QString& message);
int exitCodeFor(const Error& error);
int failWith(const Error& error);

QCommandLineOption dbOption();
QString workspacePath(const QCommandLineParser& parser);
Result<std::unique_ptr<Workspace>> openWorkspace(const QCommandLineParser& parser, Workspace::Access access);
// The AI system named on the command line by its code or, failing that, its id; 0 when there is none.
Result<qint64> systemByCodeOrId(Connection& connection, const QString& given);
// Pads columns for the terminal; widths by character count.
void printTable(const QStringList& header, const QList<QStringList>& rows);

} // namespace attest::app
