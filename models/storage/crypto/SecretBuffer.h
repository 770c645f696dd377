#pragma once

#include <QByteArrayView>

#include <cstddef>

namespace attest::crypto {

// Key material and passphrases: held in sodium_malloc'd memory (guarded, locked out of swap where the system
// allows it) and wiped when the buffer dies. Move-only, so a secret has exactly one owner; never converted to a
// QString or QByteArray, which would leave copies behind.
class SecretBuffer
{
public:
    SecretBuffer() = default;
    explicit SecretBuffer(std::size_t size);
    ~SecretBuffer();
    SecretBuffer(SecretBuffer&& other) noexcept;
    SecretBuffer& operator=(SecretBuffer&& other) noexcept;
    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;

    static SecretBuffer copyOf(const void* data, std::size_t size);
    static SecretBuffer copyOf(QByteArrayView bytes) { return copyOf(bytes.data(), std::size_t(bytes.size())); }
    static SecretBuffer random(std::size_t size);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    SecretBuffer clone() const { return copyOf(m_data, m_size); }

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace attest::crypto
