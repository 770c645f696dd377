#pragma once

class QCommandLineParser;

namespace attest::app {

// `attest interviews list`.
int runInterviewsList(QCommandLineParser& parser);

} // namespace attest::app
