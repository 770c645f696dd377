// The attest binary: the GUI when started without a command, the automation CLI otherwise.

#include "AppSettings.h"
#include "Logging.h"
#include "cli/Cli.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    const bool verbose = arguments.contains(u"--verbose"_s) || arguments.contains(u"-v"_s);
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(u"attest"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTEST_VERSION));

    QCoreApplication app(argc, argv);
    attest::app::initLogging(attest::app::logDirectory(), verbose);
    const int rc = attest::app::Cli::run(app.arguments());
    attest::app::shutdownLogging();
    return rc;
}
