// SPDX-License-Identifier: MIT
#pragma once

#include "io/importbatch.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace Candor {

// Turns the bytes of a tracker file into clean text: byte order marks, invalid UTF-8, line endings
// and mojibake (UTF-8 once read through cp1252, Latin-1, Mac Roman or cp1254).
class TrackerText final
{
    Q_DECLARE_TR_FUNCTIONS(TrackerText)

public:
    // BOM (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) handled, invalid UTF-8 replaced by U+FFFD with a
    // warning naming the line, CRLF and lone CR turned into LF, mojibake repaired per line (and per
    // run where only part of a line is damaged). Never fails.
    static QString decode(const QByteArray &bytes, const QString &fileName,
                          QList<ImportWarning> *warnings);
    // Repairs one line that was UTF-8 decoded through a wrong code page; returns it unchanged when
    // nothing looks damaged. *repaired tells whether something was fixed.
    static QString repairLine(const QString &line, bool *repaired = nullptr);
    // True if the text has typical mojibake sequences, repairable or not.
    static bool looksLikeMojibake(QStringView text);
};

} // namespace Candor
