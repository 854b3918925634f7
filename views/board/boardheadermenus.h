// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

class QPoint;

namespace Candor {

class BoardView;

// The menus of the board's headers: a column's (set or remove its WIP limit, collapse or hide it)
// and a lane's (collapse it, or all lanes), and the dialog that asks for a WIP limit. Limits are
// project settings, changed as undo steps.
class BoardHeaderMenus final
{
    Q_DECLARE_TR_FUNCTIONS(BoardHeaderMenus)
public:
    explicit BoardHeaderMenus(BoardView &view)
        : m_view(view)
    {}

    // The menu of the header under pos (viewport coordinates), if there is one there.
    bool showMenuAt(const QPoint &pos, const QPoint &globalPos);
    void showColumnMenu(int column, const QPoint &globalPos);
    void showLaneMenu(int lane, const QPoint &globalPos);
    void editWipLimit(int column);

private:
    BoardView &m_view;
};

} // namespace Candor
