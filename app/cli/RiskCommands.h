#pragma once

class QCommandLineParser;

namespace attest::app {

// `attest risks list` and `attest import risks`.
int runRisksList(QCommandLineParser& parser);
int runImportRisks(QCommandLineParser& parser);

} // namespace attest::app
