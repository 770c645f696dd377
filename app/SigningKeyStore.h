#pragma once

#include "core/Result.h"
#include "signing/SigningKey.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace attest::app {

// The report-signing key in the operating system's keychain, through QtKeychain (on Linux the Secret Service:
// GNOME Keyring, KWallet). Only the key's 32-byte seed is stored, as the entry "report-signing-key" of the service
// "org.attest.Attest"; the public key is derived from it. The first signing creates the key. There is no fallback:
// without a usable keychain, loading fails with a message that says so, no key is made, and nothing is written
// anywhere else (QtKeychain's insecure plain-text fallback stays off).
class SigningKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(SigningKeyStore)

public:
    static QString service() { return QStringLiteral("org.attest.Attest"); }
    static QString entry() { return QStringLiteral("report-signing-key"); }

    enum class Mode
    {
        Existing,        // only a key that is already there
        CreateIfMissing, // the first use makes and stores a new key
    };

    struct Loaded
    {
        SigningKey key;
        bool created = false; // made and stored by this call
    };
    using Callback = std::function<void(Result<Loaded>)>;

    // Asks the keychain; `done` is called once, from the event loop, when it has answered (for the GUI: never
    // blocks). A key the keychain holds but that is damaged is an error, never silently replaced.
    static void load(Mode mode, Callback done);

    // For the command line: runs a local event loop until the keychain answers, or fails after `timeoutMs` (a
    // keychain waiting for the user to unlock it).
    static Result<Loaded> loadBlocking(Mode mode, int timeoutMs = 120000);
};

} // namespace attest::app
