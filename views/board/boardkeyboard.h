// SPDX-License-Identifier: MIT
#pragma once

#include <QModelIndex>

class QKeyEvent;

namespace Candor {

class BoardView;

// The board from the keyboard. Arrows move the current card: up and down a cell and on into
// the lanes above and below, left and right to the nearest open column that has cards, Home,
// End and by pages. Triage: Ctrl+Left/Right move the selected cards a column, Ctrl+Up/Down a
// place (on into the next lane past a cell's end), 0–3 set their priority, Enter asks for the
// inspector.
class BoardKeyboard final
{
public:
    enum class Step { Up, Down, Left, Right, First, Last, PageUp, PageDown };
    enum class Outcome { Ignored, Done, InspectorWanted };

    explicit BoardKeyboard(BoardView &view)
        : m_view(view)
    {}

    // Where a step takes the current card; the first card shown when there is none.
    QModelIndex cursorAfter(Step step) const;
    // Triage keys; Ignored for every other key.
    Outcome handle(const QKeyEvent &event);

private:
    void moveSelected(int columnStep, int rowStep);
    void setSelectedPriority(int priority);

    BoardView &m_view;
};

} // namespace Candor
