// SPDX-License-Identifier: MIT
#pragma once

#include "io/importbatch.h"

#include <QStringView>

namespace Candor {

// A task's title out of a list item or table cell: a leading key split off ("SEC-001: Title"),
// a bold lead taken as the title and the rest as description ("**Name** — what it is"), and an
// overlong title cut at a natural break with the rest moved to the description.
class TrackerTitle final
{
public:
    static constexpr qsizetype maxLength = 160;

    // Without \a spaceEndsKey, a key must be followed by ":", "—" or "-" (not "SEC-001 to ...").
    static void apply(ImportedTask &task, QStringView text, bool spaceEndsKey = true);
};

} // namespace Candor
