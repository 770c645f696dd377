#pragma once

#include "pdf/PdfReportWriter.h"
#include "signing/SigningKey.h"

#include <QString>

#include <optional>

class QCommandLineParser;

namespace attest::app {

// `attest verify FILE [--sig FILE.sig] [--pubkey KEY.pub]`: 0 valid, 1 invalid (says which check failed), 2 usage,
// 3 a file or the keychain could not be read.
int runVerify(QCommandLineParser& parser);
// `attest signing-key show`: the fingerprint and public key (the key is made on first use).
int runSigningKeyShow(QCommandLineParser& parser);
// `attest signing-key export --out FILE`: the public-key file others verify with.
int runSigningKeyExport(QCommandLineParser& parser);

// `--sign` for `attest report`: the key is fetched from the keychain (made on first use) before the report is
// written, so that its fingerprint goes on the cover; once the report is written it is signed into FILE.sig.
class ReportSigner
{
public:
    // Nothing to do without --sign. Otherwise loads the key and puts its fingerprint into `options`; without a
    // keychain it says so, and that the report can be written unsigned by leaving out --sign, and returns the
    // exit code (the caller then writes nothing). ExitSuccess when the report may be written.
    int prepare(const QCommandLineParser& parser, PdfReportWriter::Options& options);
    // Signs the written report. If that fails the report is removed: no unsigned file where a signed one was
    // asked for. ExitSuccess, or the exit code after printing why.
    int finish(const QString& reportPath);

private:
    std::optional<SigningKey> m_key;
};

} // namespace attest::app
