#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace scb {

// Errors are values at module boundaries: an empty message means success.
class Status
{
public:
    Status() = default;
    static Status error(std::string message) { return Status(std::move(message)); }
    bool ok() const { return m_message.empty(); }
    explicit operator bool() const { return ok(); }
    const std::string &message() const { return m_message; }

private:
    explicit Status(std::string message)
        : m_message(message.empty() ? std::string("unknown error") : std::move(message))
    {
    }
    std::string m_message;
};

// A value or an error message (std::expected arrives with C++23).
template<typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Status error)
        : m_error(std::move(error))
    {
    }
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    const std::string &error() const { return m_error.message(); }
    Status status() const { return m_error; }

private:
    std::optional<T> m_value;
    Status m_error;
};

} // namespace scb
