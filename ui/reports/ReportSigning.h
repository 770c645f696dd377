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
    // The detached signature (the .sig file's text) of the bytes in `contentPath`, to be saved under the name
    // `fileName`, made with the prepared key; refused unless that key still has `fingerprint`. Writes nothing.
    std::function<Result<QByteArray>(const QString& contentPath, const QString& fileName, const QString& fingerprint)>
        sign;
    // Forgets the prepared key (wiped from memory).
    std::function<void()> release;
    // Writes the public key to `path`, for others to verify with; returns the fingerprint.
    std::function<Result<QString>(const QString& path)> exportPublicKey;

    bool offered() const { return bool(prepare) && bool(sign); }
};

} // namespace attest::ui
