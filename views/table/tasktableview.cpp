// SPDX-License-Identifier: MIT
#include "tasktableview.h"

#include "core/taskenums.h"
#include "core/taskfield.h"
#include "highlightdelegate.h"
#include "project/project.h"
#include "shell/columnwidths.h"
#include "taskdelegates.h"
#include "tasks/componentmodel.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskmodel.h"
#include "tasks/taskselection.h"

#include <QContextMenuEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QToolTip>

#include <algorithm>

namespace Candor {

TaskTableView::TaskTableView(Project *project, TaskFilterModel *model, TaskSelection *selection,
                             QWidget *parent)
    : QTableView(parent)
    , m_project(project)
    , m_model(model)
    , m_selection(selection)
{
    setObjectName(QStringLiteral("taskTable"));
    // Sort before the model is set, so that showing a large project does not start with a sort.
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setModel(model);
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Widths from what the columns typically hold, so that nothing common is elided and the
    // title gets the rest.
    const QFontMetrics metrics = fontMetrics();
    const auto fits = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 18;
    };
    const std::pair<TaskField, int> widths[] = {
        {TaskField::Key, fits(QStringLiteral("PERSIST-005"))},
        {TaskField::Status, fits(TaskEnums::label(Status::InProgress))},
        {TaskField::Priority, fits(QStringLiteral("P0")) + 30},
        {TaskField::Component, fits(QStringLiteral("Persistence")) + 16},
        {TaskField::Assignee, fits(QStringLiteral("alice")) + 10},
        {TaskField::Estimate, fits(QStringLiteral("12.5 d"))},
        {TaskField::Progress, fits(QStringLiteral("100%")) + 40},
        {TaskField::Verification, fits(TaskEnums::label(Verification::Unverified))},
        {TaskField::Milestones, fits(QStringLiteral("Security audit"))},
        {TaskField::Updated, fits(QStringLiteral("2026-11-22"))},
    };
    for (const auto &[field, width] : widths)
        header->resizeSection(column(field), width);
    header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("P0")) + 16);
    header->setSectionResizeMode(column(TaskField::Title), QHeaderView::Stretch);
    // The schedule's columns are there for whoever plans with them (the column chooser below).
    header->resizeSection(TaskModel::CriticalColumn, fits(tr("critical")));
    header->resizeSection(TaskModel::SlackColumn, fits(QStringLiteral("12.5 d")));
    header->hideSection(TaskModel::CriticalColumn);
    header->hideSection(TaskModel::SlackColumn);
    // Then to the header's text and the rows in sight when first shown ("Zuständigkeit" is
    // wider than "alice"), or to the widths the person chose last time.
    new ColumnWidths(this, header, QStringLiteral("taskTable"));
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        // Show or hide columns; key and title always stay.
        QMenu menu(this);
        for (int section = 0; section < m_model->columnCount(); ++section) {
            if (section == column(TaskField::Key) || section == column(TaskField::Title))
                continue;
            QAction *action =
                menu.addAction(m_model->headerData(section, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!horizontalHeader()->isSectionHidden(section));
            connect(action, &QAction::toggled, this, [this, section](bool shown) {
                horizontalHeader()->setSectionHidden(section, !shown);
            });
        }
        menu.exec(horizontalHeader()->viewport()->mapToGlobal(pos));
    });

    // Text cells show where the filter box matched; the column delegates below that show
    // plain text (the component's name) do the same.
    setItemDelegate(new HighlightDelegate(model, this));
    setItemDelegateForColumn(column(TaskField::Status),
                             new EnumDelegate(TaskEnums::statusLabels(), this));
    setItemDelegateForColumn(column(TaskField::Priority),
                             new EnumDelegate(TaskEnums::priorityLabels(), this));
    setItemDelegateForColumn(column(TaskField::Verification),
                             new EnumDelegate(TaskEnums::verificationLabels(), this));
    setItemDelegateForColumn(column(TaskField::Component),
                             new ComponentDelegate(project->components(), model, this));
    setItemDelegateForColumn(column(TaskField::Estimate), new DaysDelegate(this));
    setItemDelegateForColumn(column(TaskField::Progress), new ProgressDelegate(this));

    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TaskTableView::publishSelection);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TaskTableView::publishSelection);
    connect(selection, &TaskSelection::changed, this, &TaskTableView::followSelection);
    // Rows that a filter hides leave the selection without a selectionChanged signal (a layout
    // change does not send one): publish again, so nobody acts on tasks they cannot see.
    connect(model, &QAbstractItemModel::layoutChanged, this, &TaskTableView::publishSelection);
    connect(model, &QAbstractItemModel::modelReset, this, &TaskTableView::publishSelection);
    connect(project->tasks(), &TaskModel::editRejected, this, &TaskTableView::showRejection);
}

QList<qint64> TaskTableView::selectedTaskIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &row : rows)
        ids.append(m_model->taskId(row.row()));
    return ids;
}

void TaskTableView::selectTask(qint64 taskId)
{
    const int row = m_model->proxyRowOf(taskId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(index);
}

void TaskTableView::publishSelection()
{
    if (m_syncing)
        return;
    const QModelIndex current = selectionModel()->currentIndex();
    QList<qint64> ids = selectedTaskIds();
    qint64 currentId = current.isValid() ? m_model->taskId(current.row()) : 0;
    if (!ids.contains(currentId))
        currentId = ids.isEmpty() ? 0 : ids.first();
    m_syncing = true;
    m_selection->select(ids, currentId);
    m_syncing = false;
}

QItemSelection TaskTableView::rowRanges(const QList<qint64> &ids) const
{
    // One range per run of adjacent rows, not one per row: the view asks isSelected() for
    // every painted cell, and QItemSelection::contains() walks its ranges one by one, so
    // "select all" of 10k rows as 10k ranges made each frame take seconds.
    QList<int> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        if (const int row = m_model->proxyRowOf(id); row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    QItemSelection ranges;
    const int lastColumn = m_model->columnCount() - 1;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype end = i + 1;
        while (end < rows.size() && rows.at(end) <= rows.at(end - 1) + 1)
            ++end;
        ranges.append(QItemSelectionRange(m_model->index(rows.at(i), 0),
                                          m_model->index(rows.at(end - 1), lastColumn)));
        i = end;
    }
    return ranges;
}

void TaskTableView::followSelection(const QList<qint64> &selected, qint64 current)
{
    if (m_syncing)
        return;
    m_syncing = true;
    selectionModel()->select(rowRanges(selected), QItemSelectionModel::ClearAndSelect);
    if (const int row = m_model->proxyRowOf(current); row >= 0) {
        selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
        scrollTo(m_model->index(row, 0));
    }
    m_syncing = false;
}

void TaskTableView::showRejection(const QModelIndex &sourceIndex, const QString &message)
{
    const QModelIndex index = m_model->mapFromSource(sourceIndex);
    const QRect cell = visualRect(index);
    QToolTip::showText(viewport()->mapToGlobal(cell.bottomLeft()), message, viewport(), cell, 5000);
    emit this->message(message);
}

void TaskTableView::contextMenuEvent(QContextMenuEvent *event)
{
    emit contextMenuWanted(event->globalPos());
}

} // namespace Candor
