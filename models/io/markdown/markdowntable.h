// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Candor {

// GFM pipe tables: rows, separator lines and what each header column means to a tracker.
class MarkdownTable final
{
public:
    enum class Column {
        Other, // unknown: goes to the description
        Key,
        Title,
        Status,
        Verification, // "Verification", "Evidence", or a second status column such as "QA"
        Priority,
        Impact, // description, or the priority when it holds only a priority
        Estimate,
        EstimateHours,
        Depends,
        Phase,
        Owner,
        Due,
        Progress,
        Milestone,
        Requirements,
        Description,
    };

    static bool isRow(QStringView line);
    static bool isSeparator(QStringView line);
    static QStringList cells(QStringView line);
    // With \a prefixes, "Est. Days (ideal)" matches "est days"; without, only whole names.
    static Column classify(QStringView header, bool prefixes = true);
    static QList<Column> classifyAll(const QStringList &headers);
};

} // namespace Candor
