// SPDX-License-Identifier: MIT
#pragma once

#include "io/importbatch.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Candor {

// Reads tasks from CSV (RFC 4180): one header line naming the columns (CsvColumns), one row per
// task. UTF-8 with or without a BOM, CRLF or LF, and `,`, `;` or a tab as the delimiter (taken
// from the header). Status, priority, verification and estimate cells mean what they mean in a
// Markdown tracker (models/io/vocabulary). Never fails: what cannot be read is a warning.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static ImportBatch read(const QByteArray &bytes, const QString &fileName);
};

} // namespace Candor
