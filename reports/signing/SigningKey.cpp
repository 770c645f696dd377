#include "SigningKey.h"

#include "SodiumSupport.h"

using namespace Qt::StringLiterals;

namespace attest {

namespace {

Error sodiumUnavailable()
{
    return makeError(ErrorCode::Io,
                     SigningKey::tr("The cryptography library (libsodium) could not start: signing is not available."));
}

} // namespace

void SigningKey::Free::operator()(unsigned char* p) const
{
    sodium_free(p); // wipes before freeing
}

SigningKey::SigningKey(Secret secret)
    : m_secret(std::move(secret))
{ }

Result<SigningKey> SigningKey::generate()
{
    if (!signing::sodiumReady()) {
        return sodiumUnavailable();
    }
    Secret secret(static_cast<unsigned char*>(sodium_malloc(crypto_sign_SECRETKEYBYTES)));
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    if (!secret || crypto_sign_keypair(publicKey, secret.get()) != 0) {
        return makeError(ErrorCode::Io, tr("A new signing key could not be made."));
    }
    return SigningKey(std::move(secret));
}

Result<SigningKey> SigningKey::fromSeed(const QByteArray& seed)
{
    if (!signing::sodiumReady()) {
        return sodiumUnavailable();
    }
    if (seed.size() != SeedSize) {
        return makeError(ErrorCode::Corrupt, tr("The stored signing key is damaged (it is not 32 bytes long)."));
    }
    Secret secret(static_cast<unsigned char*>(sodium_malloc(crypto_sign_SECRETKEYBYTES)));
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    if (!secret || crypto_sign_seed_keypair(
                       publicKey, secret.get(), reinterpret_cast<const unsigned char*>(seed.constData())) != 0) {
        return makeError(ErrorCode::Io, tr("The signing key could not be loaded."));
    }
    return SigningKey(std::move(secret));
}

SigningPublicKey SigningKey::publicKey() const
{
    unsigned char bytes[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(bytes, m_secret.get());
    auto key = SigningPublicKey::fromBytes(QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes));
    return key ? *key : SigningPublicKey();
}

QByteArray SigningKey::seed() const
{
    QByteArray seed(SeedSize, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_seed(reinterpret_cast<unsigned char*>(seed.data()), m_secret.get());
    return seed;
}

QByteArray SigningKey::sign(QByteArrayView message) const
{
    QByteArray signature(SignatureSize, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()),
                         nullptr,
                         reinterpret_cast<const unsigned char*>(message.data()),
                         quint64(message.size()),
                         m_secret.get());
    return signature;
}

void SigningKey::wipe(QByteArray& secret)
{
    if (!secret.isEmpty()) {
        sodium_memzero(secret.data(), size_t(secret.size()));
    }
    secret.clear();
}

} // namespace attest
