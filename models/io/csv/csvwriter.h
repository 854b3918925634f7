// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace Candor {

class Project;

// Writes a project's tasks as CSV (RFC 4180, UTF-8, CRLF): the header of CsvColumns::names(),
// then one row per task in the task model's order, with Candor's own tokens for status,
// priority and verification, so that CsvReader reads every field back as it was.
class CsvWriter final
{
public:
    static QByteArray write(const Project &project);
};

} // namespace Candor
