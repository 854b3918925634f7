// SPDX-License-Identifier: MIT
#pragma once

#include "io/importbatch.h"
#include "markdowntable.h"

#include <QStringView>

#include <optional>

namespace Candor {

class StatusVocabulary;

// The key-value lines that describe an item: "**Status:** Done", "- Estado: Completado",
// "- Depends on: login page", "Owner: Ana", in every language the column vocabulary knows. They
// are the item's fields, never items of their own.
class ItemFields final
{
public:
    struct Line
    {
        MarkdownTable::Column column;
        QStringView value;
    };
    // The field a line ("Key: value", the key bold or not, after a bullet or not) sets; none
    // when its key names no field (status, priority, estimate, owner, due, depends).
    static std::optional<Line> read(QStringView line);
    // Sets the field on \a task; returns a warning when the value means nothing known.
    static QString apply(ImportedTask &task, const Line &field, const StatusVocabulary &vocabulary);
};

} // namespace Candor
