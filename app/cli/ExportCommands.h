#pragma once

class QCommandLineParser;

namespace attest::app {

// `attest export TABLE --db PATH --format xlsx|csv --out FILE` for TABLE in systems (also --format json), risks,
// controls, findings and soa; `attest export oscal-ar|oscal-poam --db PATH --system ID-or-CODE --out FILE.json`.
void configureExport(QCommandLineParser& parser);
int runExport(QCommandLineParser& parser);

} // namespace attest::app
