#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace attest {

// SHA-256 through OpenSSL's EVP interface, which uses the CPU's SHA extensions where present: the audit chain
// hashes a million events in well under a second. One hasher can be reused for many digests (reset per digest).
class Sha256
{
public:
    static constexpr int Size = 32;

    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void reset();
    void addData(QByteArrayView data);
    // Finishes the digest into `out` (Size bytes) and resets the hasher.
    void finish(char* out);
    QByteArray result();

    static QByteArray hash(QByteArrayView data);

private:
    struct Context;
    std::unique_ptr<Context> m_ctx;
};

} // namespace attest
