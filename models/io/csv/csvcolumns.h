// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskfield.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace Candor {

// What a CSV column holds: a task field, the keys a task depends on (an edge of the graph, not a
// field of the task, so TaskField has no name for it), or anything else, kept in the description.
struct CsvColumn
{
    enum class Kind : quint8 { Field, DependsOn, Other };
    Kind kind = Kind::Other;
    TaskField field = TaskField::Title; // when kind is Field
};

// The columns Candor writes, in order, named as TaskField names them (fieldName), and the header
// names a reader accepts for them: the same names in any case, with spaces or dashes for
// underscores, and the aliases spreadsheets use ("ID", "Summary", "Dependencies").
class CsvColumns final
{
public:
    static const QList<CsvColumn> &written();
    static QStringList names(); // of written(), in order
    static QString name(const CsvColumn &column);
    // The position in written() of the column a header names, or -1 when it names none.
    static int indexOf(QStringView header);
};

} // namespace Candor
