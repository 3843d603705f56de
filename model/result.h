#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace sextant {

// An error that can reach the user: what went wrong, in words an operator
// understands, plus an optional machine-readable code (HTTP status, libgit2
// error class, ...) for callers that branch on it.
struct Error {
    QString message;
    int code = 0;
    QString serverMessage = {}; // what a server said, unworded (HTTP errors); may be empty
};

// A value or an Error. Used up to the point where the UI can say what went
// wrong; never a bare bool.
template<typename T> class Result {
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

// For operations that produce no value.
struct Done {};
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}

} // namespace sextant
