// SPDX-License-Identifier: MIT
#pragma once

#include "io/importbatch.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace Candor {

class Project;

// Tasks as CSV (RFC 4180): one header line naming the columns, one row per task. Reads UTF-8
// with or without a BOM, CRLF or LF, and `,` or `;` as the delimiter (taken from the header).
class CsvFormat final
{
    Q_DECLARE_TR_FUNCTIONS(CsvFormat)
public:
    static ImportBatch read(const QByteArray &bytes, const QString &fileName);
    static QByteArray write(const Project &project);
    // The columns write() produces, in order; read() matches them case-insensitively.
    static QStringList columns();
};

} // namespace Candor
