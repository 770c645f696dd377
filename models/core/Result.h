#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace attest {

// What kind of failure an Error is: lets callers (the CLI's exit codes, the UI's choice of dialog) react without
// parsing messages.
enum class ErrorCode
{
    NotFound,
    AlreadyExists,
    NotAWorkspace,
    NewerVersion,
    Corrupt,
    Locked,
    ReadOnly,
    Io,
    Database,
    Validation,
    Conflict,
    Cancelled,
    // An encrypted workspace and no usable key was given (ask for the keychain key or the recovery passphrase).
    NeedsKey,
    // An encrypted workspace and the key or passphrase given does not unlock it.
    WrongKey,
};

// A failure as the user should read it: `message` is translated and says what happened and what to do;
// `detail` is technical context for the log (driver text, SQL state), never shown on its own.
struct Error
{
    ErrorCode code = ErrorCode::Database;
    QString message;
    QString detail;
};

// Value-or-error return type used across the libraries instead of exceptions.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail)};
}

} // namespace attest
