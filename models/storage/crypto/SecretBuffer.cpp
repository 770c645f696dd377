#include "SecretBuffer.h"

#include <cstdlib>
#include <cstring>
#include <sodium.h>
#include <utility>

namespace attest::crypto {

namespace {
bool initSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

SecretBuffer::SecretBuffer(std::size_t size)
{
    if (size == 0) {
        return;
    }
    if (!initSodium()) {
        std::abort();
    }
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data) {
        std::abort(); // out of memory for secrets: nothing sensible to continue with
    }
    m_size = size;
    sodium_memzero(m_data, size);
}

SecretBuffer::~SecretBuffer()
{
    if (m_data) {
        sodium_free(m_data); // wipes before freeing
    }
}

SecretBuffer::SecretBuffer(SecretBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecretBuffer& SecretBuffer::operator=(SecretBuffer&& other) noexcept
{
    if (this != &other) {
        if (m_data) {
            sodium_free(m_data);
        }
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBuffer SecretBuffer::copyOf(const void* data, std::size_t size)
{
    SecretBuffer buffer(size);
    if (size > 0) {
        std::memcpy(buffer.m_data, data, size);
    }
    return buffer;
}

SecretBuffer SecretBuffer::random(std::size_t size)
{
    SecretBuffer buffer(size);
    if (size > 0) {
        randombytes_buf(buffer.m_data, size);
    }
    return buffer;
}

} // namespace attest::crypto
