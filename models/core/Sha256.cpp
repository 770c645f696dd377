#include "Sha256.h"

#include <openssl/evp.h>

namespace attest {

struct Sha256::Context
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_ctx(std::make_unique<Context>())
{
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    EVP_DigestInit_ex(m_ctx->ctx, EVP_sha256(), nullptr);
}

void Sha256::addData(QByteArrayView data)
{
    EVP_DigestUpdate(m_ctx->ctx, data.data(), static_cast<size_t>(data.size()));
}

void Sha256::finish(char* out)
{
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx->ctx, reinterpret_cast<unsigned char*>(out), &length);
    reset();
}

QByteArray Sha256::result()
{
    QByteArray digest(Size, Qt::Uninitialized);
    finish(digest.data());
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 hasher;
    hasher.addData(data);
    return hasher.result();
}

} // namespace attest
