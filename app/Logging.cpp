#include "Logging.h"

#include <QDir>
#include <QStandardPaths>

#include <memory>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <vector>

namespace attest::app {

namespace {

std::shared_ptr<spdlog::logger> s_logger;

spdlog::level::level_enum levelFor(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void messageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (s_logger) {
        const QByteArray text = message.toUtf8();
        const char* category = context.category ? context.category : "default";
        s_logger->log(levelFor(type), "[{}] {}", category, std::string_view(text.constData(), size_t(text.size())));
        if (type == QtFatalMsg) {
            s_logger->flush();
        }
    }
    if (type == QtFatalMsg) {
        std::abort();
    }
}

} // namespace

QString logDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("logs"));
}

void initLogging(const QString& directory, bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (QDir().mkpath(directory)) {
        try {
            const QByteArray path = QDir(directory).filePath(QStringLiteral("attest.log")).toLocal8Bit();
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), 5 * 1024 * 1024, 3);
            file->set_level(spdlog::level::info);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex&) {
            // Logging to a file is a convenience; a read-only home must not stop Attest.
        }
    }
    if (verbose) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(spdlog::level::debug);
        sinks.push_back(console);
    }
    s_logger = std::make_shared<spdlog::logger>("attest", sinks.begin(), sinks.end());
    s_logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    s_logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %^%l%$ %v");
    s_logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(s_logger);
    qInstallMessageHandler(messageHandler);
}

void shutdownLogging()
{
    qInstallMessageHandler(nullptr);
    if (s_logger) {
        s_logger->flush();
    }
    s_logger.reset();
    spdlog::shutdown();
}

} // namespace attest::app
