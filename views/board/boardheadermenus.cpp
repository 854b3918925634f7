// SPDX-License-Identifier: MIT
#include "boardheadermenus.h"

#include "board/boardmodel.h"
#include "board/boardsettings.h"
#include "boardview.h"
#include "commands/setprojectsettingcommand.h"
#include "project/project.h"
#include "project/projectsettings.h"

#include <QInputDialog>
#include <QMenu>
#include <QUndoStack>

namespace Candor {

bool BoardHeaderMenus::showMenuAt(const QPoint &pos, const QPoint &globalPos)
{
    const QPoint content = m_view.toContent(pos);
    if (pos.y() < m_view.headerHeight()) {
        showColumnMenu(m_view.geometry().columnAt(content.x()), globalPos);
        return true;
    }
    const BoardGeometry::Hit hit = m_view.geometry().hitTest(content);
    if (hit.isValid() && hit.onLaneHeader) {
        showLaneMenu(hit.lane, globalPos);
        return true;
    }
    return false;
}

void BoardHeaderMenus::showColumnMenu(int column, const QPoint &globalPos)
{
    Project *project = m_view.boardModel()->project();
    const Status status = BoardModel::columnStatus(column);
    const std::optional<int> limit = BoardSettings::wipLimit(*project->settings(), status);
    QMenu menu(&m_view);
    menu.addAction(tr("Set WIP Limit…"), &m_view, [this, column]() { editWipLimit(column); })
        ->setEnabled(!project->isReadOnly());
    QAction *remove = menu.addAction(tr("Remove WIP Limit"), &m_view, [project, status]() {
        project->undoStack()->push(new SetProjectSettingCommand(
            project, BoardSettings::wipLimitsKey(),
            BoardSettings::withWipLimit(*project->settings(), status, std::nullopt),
            tr("Remove WIP limit of %1").arg(TaskEnums::label(status))));
    });
    remove->setEnabled(limit.has_value() && !project->isReadOnly());
    menu.addSeparator();
    const bool collapsed = m_view.isColumnCollapsed(column);
    menu.addAction(collapsed ? tr("Expand Column") : tr("Collapse Column"), &m_view,
                   [this, column, collapsed]() { m_view.setColumnCollapsed(column, !collapsed); });
    // Shown again from the board's Options menu.
    menu.addAction(tr("Hide Column"), &m_view,
                   [this, column]() { m_view.setColumnHidden(column, true); })
        ->setEnabled(m_view.shownColumnCount() > 1);
    menu.exec(globalPos);
}

void BoardHeaderMenus::editWipLimit(int column)
{
    Project *project = m_view.boardModel()->project();
    const Status status = BoardModel::columnStatus(column);
    const std::optional<int> limit = BoardSettings::wipLimit(*project->settings(), status);
    bool ok = false;
    const int value = QInputDialog::getInt(
        &m_view, tr("WIP Limit"),
        tr("Most cards in “%1” (0 for no limit):").arg(TaskEnums::label(status)), limit.value_or(0),
        0, 9999, 1, &ok);
    if (!ok || value == limit.value_or(0))
        return;
    project->undoStack()->push(new SetProjectSettingCommand(
        project, BoardSettings::wipLimitsKey(),
        BoardSettings::withWipLimit(*project->settings(), status,
                                    value > 0 ? std::optional<int>(value) : std::nullopt),
        tr("Set WIP limit of %1").arg(TaskEnums::label(status))));
}

void BoardHeaderMenus::showLaneMenu(int lane, const QPoint &globalPos)
{
    QMenu menu(&m_view);
    const bool collapsed = m_view.isLaneCollapsed(lane);
    menu.addAction(collapsed ? tr("Expand Lane") : tr("Collapse Lane"), &m_view,
                   [this, lane, collapsed]() { m_view.setLaneCollapsed(lane, !collapsed); });
    menu.addSeparator();
    menu.addAction(tr("Collapse All Lanes"), &m_view,
                   [this]() { m_view.setAllLanesCollapsed(true); });
    menu.addAction(tr("Expand All Lanes"), &m_view,
                   [this]() { m_view.setAllLanesCollapsed(false); });
    menu.exec(globalPos);
}

} // namespace Candor
