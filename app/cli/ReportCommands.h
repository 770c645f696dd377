#pragma once

class QCommandLineParser;

namespace attest::app {

// `attest report TYPE --db PATH --out FILE.pdf [--pdfa] [--paper a4|letter] [--organisation NAME]`.
int runReport(QCommandLineParser& parser);

} // namespace attest::app
