// SPDX-License-Identifier: MIT
#pragma once

#include "io/importbatch.h"
#include "io/vocabulary/statusvocabulary.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Candor {

// What marks a list item as a task, and what the mark says: a checkbox ("[x] Title"), a leading
// status symbol ("✅ Title"), a key with a status after it ("SEC-001: Title ✅ (notes)"), a bare
// key, or strikethrough. An item with none of these is plain text.
struct ListItemMarker
{
    bool marked = false;
    std::optional<StatusMeaning> status;
    QString statusText; // the marker as written, kept when its meaning is unknown
    QString body;       // the item without its marker
    QString notes;      // the words after a trailing status marker
    // "- Security: 75% ✅": the item states a component's completion and is no task.
    std::optional<ImportedComponent> claim;
    QString warning; // for an unknown checkbox marker

    static ListItemMarker read(const StatusVocabulary &vocabulary, bool ordered,
                               QStringView content);
};

} // namespace Candor
