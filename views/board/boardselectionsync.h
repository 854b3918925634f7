// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace Candor {

class BoardView;
class TaskSelection;

// Keeps the board's selection and the shared TaskSelection in step. What is selected on the
// board is published by task id; what is selected elsewhere (or kept across a rebuild of the
// board) is followed in runs of neighbouring cards, one range each, and only once the board is
// shown: select all in a 100k-task table, and a hidden board builds no 100k ranges.
class BoardSelectionSync final
{
public:
    BoardSelectionSync(BoardView &view, TaskSelection &selection)
        : m_view(view)
        , m_selection(selection)
    {}

    QList<qint64> selectedTaskIds() const; // of the board, in board order
    void publish();                        // the board's selection becomes the shared one
    void follow();                         // and the other way
    void shown();                          // catches up with what changed while hidden

private:
    BoardView &m_view;
    TaskSelection &m_selection;
    bool m_syncing = false;
    bool m_stale = false; // the shared selection changed while the board was hidden
};

} // namespace Candor
