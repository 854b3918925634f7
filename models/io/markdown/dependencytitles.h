// SPDX-License-Identifier: MIT
#pragma once

#include "io/importbatch.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QStringView>

namespace Candor {

// Dependencies a document names by title rather than by key: "Depends: Stripe", a "Blocked by"
// cell holding "#9", "Phase 1" in a Dependencies column, "- Requires: the login page". Each
// phrase resolves to the one task whose title it is, begins, or (a longer phrase) is part of;
// an ambiguous or unknown phrase is left out (an edge to the wrong task is worse than none).
class DependencyTitles final
{
public:
    // The phrases of a cell or a line: split at commas, semicolons and "and", without "depends
    // on", "after", "blocked by", "requires" and their translations before them.
    static QStringList phrases(QStringView text);
    // The keys a text names, or its phrases when it names no key.
    static QStringList references(QStringView text);
    // Replaces, in every task's dependsOn, a phrase that is no key of \a byKey (case-folded) and
    // no external id by the key (or external id) of the task it names, and drops it otherwise.
    static void resolve(QList<ImportedTask> &tasks, const QHash<QString, int> &byKey);
};

} // namespace Candor
