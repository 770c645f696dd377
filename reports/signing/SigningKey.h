#pragma once

#include "core/Result.h"
#include "signing/SigningPublicKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace attest {

// The secret half of an Ed25519 report-signing key (libsodium). The key bytes live in sodium_malloc'ed memory
// (guard pages, locked out of swap where the system allows) and are wiped when the object goes away; this class
// never logs them and never writes them anywhere. Only the keychain store in app/ asks for the seed, to keep it in
// the operating system's keychain. Move-only.
//
// Signatures are plain Ed25519 (RFC 8032) over short messages: a report is signed through a statement that holds
// its SHA-512 digest (see DetachedSignature), so files of any size are signed without being held in memory.
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    static constexpr int SeedSize = 32;
    static constexpr int SignatureSize = 64;

    // A new random key.
    static Result<SigningKey> generate();
    // The key whose 32-byte seed is `seed` (as kept in the keychain).
    static Result<SigningKey> fromSeed(const QByteArray& seed);

    SigningKey(SigningKey&& other) noexcept = default;
    SigningKey& operator=(SigningKey&& other) noexcept = default;
    SigningKey(const SigningKey&) = delete;
    SigningKey& operator=(const SigningKey&) = delete;
    ~SigningKey() = default;

    SigningPublicKey publicKey() const;
    // A copy of the 32-byte seed, for the keychain only. The caller wipes it (wipe()) as soon as it is handed over.
    QByteArray seed() const;
    // The Ed25519 signature (64 bytes) of `message`.
    QByteArray sign(QByteArrayView message) const;

    // Overwrites a secret held in a QByteArray and empties it.
    static void wipe(QByteArray& secret);

private:
    struct Free
    {
        void operator()(unsigned char* p) const;
    };
    using Secret = std::unique_ptr<unsigned char, Free>;
    explicit SigningKey(Secret secret);

    Secret m_secret; // libsodium's secret key layout: the seed, then the public key (64 bytes)
};

} // namespace attest
