// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskenums.h"

#include <QString>

namespace Candor {

// How a report marks a task's status so that it still reads in black-and-white print: by shape
// (a filled circle for done, a half-filled one in progress, a ring to do, a square blocked, a
// diamond in review, a cross cancelled), colour only adding to it. Chosen by the status's token,
// so that a status added later gets a shape of its own, or the neutral dot, without a change here.
class StatusMarker final
{
public:
    enum class Shape : quint8 { Disc, HalfDisc, Ring, Square, Diamond, Cross, Dot };

    static Shape shape(Status status);
    // The same shape as a character, for HTML and Markdown (● ◐ ○ ■ ◆ ✕ ·).
    static QString glyph(Status status);
    static QString glyph(Shape shape);
    // A marker's meaning, for a legend: "● done ◐ in progress ...", every status.
    static QString legend();
};

} // namespace Candor
