// SPDX-License-Identifier: MIT
#pragma once

#include "importbatch.h"

#include <QCoreApplication>

namespace Candor {

// Text read from a file, made fit to be stored, for the readers whose formats set no limits
// (CSV, Taskwarrior JSON): what does not fit is fitted with a warning, never refused by the
// write at the end, which would fail the whole import.
class ImportText final
{
    Q_DECLARE_TR_FUNCTIONS(ImportText)
public:
    // Removes the NUL characters (SQLite ends a text at the first one, so a title of NULs would
    // be empty); true when there were any.
    static bool removeNuls(QString &text);
    // A title longer than a task's may be is cut at a word or character boundary and ends in
    // "…"; the whole title then begins the description, so that nothing is lost. Returns the
    // warning to give; empty when the title fits.
    static QString fitTitle(ImportedTask &task);
};

} // namespace Candor
