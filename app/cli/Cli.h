#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace attest::app {

// Exit codes of every subcommand.
enum ExitCode
{
    ExitSuccess = 0,
    ExitCheckFailed = 1,    // a check failed: bad import rows, a broken audit chain
    ExitUsage = 2,          // the command line is wrong
    ExitWorkspaceError = 3, // the workspace or a file could not be read or written
};

// The automation interface of the `attest` binary. A command line whose first argument names a subcommand runs
// here; no arguments (or only GUI options) start the GUI.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static bool handles(const QStringList& arguments);
    // `arguments` as from QCoreApplication::arguments(). Writes results to stdout, one clear line per error to
    // stderr, and returns the exit code.
    static int run(const QStringList& arguments);
};

} // namespace attest::app
