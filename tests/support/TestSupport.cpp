#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace attest::test {

QString dataPath(const QString& relative)
{
    return QStringLiteral(ATTEST_TEST_DATA_DIR) + u'/' + relative;
}

Actor testActor()
{
    return Actor{u"Test Officer"_s, u"tester"_s};
}

std::unique_ptr<Workspace> createWorkspace(const QString& path, const Clock* clock)
{
    Workspace::Options options;
    options.actor = testActor();
    options.clock = clock;
    auto ws = Workspace::create(path, options);
    if (!ws) {
        QTest::qFail(
            qPrintable(u"create failed: "_s + ws.error().message + u" / "_s + ws.error().detail), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(*ws);
}

std::unique_ptr<Workspace> openWorkspace(const QString& path, const Clock* clock)
{
    Workspace::Options options;
    options.actor = testActor();
    options.clock = clock;
    auto ws = Workspace::open(path, options);
    if (!ws) {
        QTest::qFail(
            qPrintable(u"open failed: "_s + ws.error().message + u" / "_s + ws.error().detail), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(*ws);
}

static ProcessResult run(const QString& program, const QStringList& arguments, const QByteArray& input, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(10000)) {
        result.err = u"could not start "_s + program;
        return result;
    }
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = u"timed out: "_s + program + u' ' + arguments.join(u' ');
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err += QString::fromUtf8(process.readAllStandardError());
    return result;
}

ProcessResult sqliteShell(const QString& db, const QString& sql)
{
    return run(QStringLiteral(ATTEST_SQLITE3_SHELL), {u"-bail"_s, db}, sql.toUtf8(), 60000);
}

QString attestBinary()
{
    return QStringLiteral(ATTEST_BINARY_PATH);
}

ProcessResult runAttest(const QStringList& arguments, const QByteArray& stdinData, int timeoutMs)
{
    return run(attestBinary(), arguments, stdinData, timeoutMs);
}

OscalValidation validateOscal(const QStringList& documents)
{
    QStringList arguments{QStringLiteral(ATTEST_OSCAL_VALIDATOR),
                          dataPath(QStringLiteral("oscal/oscal_complete_schema-1-1-3.json"))};
    arguments << documents;
    const ProcessResult result = run(QStringLiteral(ATTEST_NODE), arguments, {}, 300000);
    OscalValidation validation;
    validation.ok = result.exitCode == 0;
    validation.report = result.out + result.err;
    return validation;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace attest::test
