#pragma once

#include "core/Result.h"
#include "storage/crypto/SecretBuffer.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace attest::app {

// The keys that unlock encrypted workspaces (the 32-byte key-encryption key of each), in the operating system's
// keychain through QtKeychain: the entry "workspace-key-<key id>" of the service "org.attest.Attest", where the
// key id is the one the workspace's header names (Workspace::inspectEncryption). As for the signing key there is
// no fallback: without a usable keychain the calls fail with a message that says so, and nothing is written
// anywhere else. Secrets travel only in SecretBuffers; nothing here logs them.
//
// The calls block, running a local event loop until the keychain answers or `timeoutMs` passes (a keychain waiting
// to be unlocked): usable from the command line and, briefly, from the GUI.
class WorkspaceKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceKeyStore)

public:
    static QString service();
    static QString entry(const QString& keyId) { return QStringLiteral("workspace-key-") + keyId; }
    // Where a key rotation keeps the new key until the rotated file is in place and the entry of `keyId` holds the
    // new key (so that an interruption in between loses no key); empty otherwise.
    static QString pendingKeyId(const QString& keyId) { return keyId + QStringLiteral("-pending"); }

    // Whether a keychain can be reached at all, without side effects (no D-Bus autolaunch, no unlock prompt): on
    // Linux, a D-Bus session whose bus has a Secret Service (or KWallet) registered or activatable. False without
    // DBUS_SESSION_BUS_ADDRESS. True does not promise that the keychain is unlocked.
    static bool available();
    // Why available() is false, for messages ("there is no D-Bus session"); empty when it is true.
    static QString unavailableReason();

    // The key stored for `keyId`; nullopt when the keychain has no such entry. A stored value that is not a 32-byte
    // key is an error (never silently replaced).
    static Result<std::optional<crypto::SecretBuffer>> load(const QString& keyId, int timeoutMs = 30000);
    // Stores (or replaces) the key for `keyId`.
    static Result<void> store(const QString& keyId, const crypto::SecretBuffer& key, int timeoutMs = 30000);
    // Removes the entry; removing an entry that does not exist succeeds.
    static Result<void> remove(const QString& keyId, int timeoutMs = 30000);
};

} // namespace attest::app
