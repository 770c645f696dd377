#pragma once

#include <QString>

namespace attest::app {

// Routes all Qt logging (the libraries' categories included) to spdlog: a rotating file in the app data folder,
// and stderr when `verbose`. Only app/ knows spdlog.
void initLogging(const QString& directory, bool verbose);
void shutdownLogging();
QString logDirectory();

} // namespace attest::app
