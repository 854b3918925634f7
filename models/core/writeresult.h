// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Candor {

// The outcome of a write: empty error means success. Errors are values, not exceptions.
class [[nodiscard]] WriteResult final
{
public:
    static WriteResult success() { return WriteResult(); }
    static WriteResult failure(const QString &message) { return WriteResult(message); }

    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    WriteResult() = default;
    explicit WriteResult(const QString &message)
        : m_error(message.isEmpty() ? QStringLiteral("?") : message)
    {}
    QString m_error;
};

} // namespace Candor
