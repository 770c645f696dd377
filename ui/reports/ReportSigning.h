#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>

namespace attest::ui {

// What the window can ask of the report-signing key, which the application keeps in the keychain (app/): the UI
// never sees the private key. Empty functions: signing is not offered.
struct ReportSigning
{
    // Loads the signing key (making it on first use): its fingerprint as printed on a cover, or why it cannot be
    // used (no keychain, a locked one).
    std::function<Result<QString>()> prepare;
    // Signs `path` with the prepared key and writes the detached signature beside it; returns its path.
    std::function<Result<QString>(const QString& path)> sign;
    // Writes the public key to `path`, for others to verify with; returns the fingerprint.
    std::function<Result<QString>(const QString& path)> exportPublicKey;

    bool offered() const { return bool(prepare) && bool(sign); }
};

} // namespace attest::ui
