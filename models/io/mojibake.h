// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace Candor {

// Mojibake: UTF-8 text once read through a legacy code page (cp1252, Latin-1, Mac Roman,
// cp1254), perhaps damaged further by a lossy copy. Finds the damaged sequences in a line and
// takes the most plausible reading of each; ties are left alone rather than guessed.
class Mojibake final
{
public:
    // Repairs a line in up to two passes (mojibake of mojibake); false when nothing changed.
    static bool repair(QStringView line, QString *out);
    // True if the text has typical mojibake sequences, repairable or not.
    static bool looksDamaged(QStringView text);
};

} // namespace Candor
