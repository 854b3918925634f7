// SPDX-License-Identifier: MIT
#pragma once

#include "statusvocabulary.h"

#include <QList>
#include <QString>

namespace Candor {

// The words and symbols that say how far a task is, in every language the readers know (English
// first, then zh, ko, vi, id, tr, de, fr, es, pt, ru): data only, matched by StatusVocabulary.
// Add a word here and Markdown, CSV and Taskwarrior all understand it.
class StatusWords final
{
public:
    // Ordered by precedence: when a text says several things, the highest kind wins, so that
    // "YELLOW COMPLETE" stays in progress and "complete but failing" is a failed claim.
    enum Kind : int {
        Todo,
        Done,
        Verified,
        Claimed,
        Review,
        InProgress,
        Partial,
        Blocked,
        Failed,
        Cancelled, // "CLOSED (WONTFIX)" is cancelled, not done
    };

    struct List
    {
        Kind kind;
        const char16_t *entries; // '|'-separated
    };

    static const QList<List> &words();   // lower case
    static const QList<List> &symbols(); // the common mojibake forms follow each real emoji
    // The names of a legend line ("Legend", "Légende", "图例"...), '|'-separated.
    static const QString &legendWords();
    static StatusMeaning meaningOf(int kind);
};

} // namespace Candor
