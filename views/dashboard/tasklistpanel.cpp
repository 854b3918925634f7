// SPDX-License-Identifier: MIT
#include "tasklistpanel.h"

#include "tasks/taskmodel.h"

#include <algorithm>

namespace Candor {

namespace {

enum Kind { Placeholder, TaskLine, MoreLine, EntryLine };
constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;

} // namespace

TaskListPanel::TaskListPanel(const QString &emptyText, QWidget *parent)
    : QListWidget(parent)
    , m_emptyText(emptyText)
{
    setFrameShape(QFrame::NoFrame);
    setSelectionMode(QAbstractItemView::NoSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setUniformItemSizes(true);
    viewport()->setAutoFillBackground(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        switch (item->data(KindRole).toInt()) {
        case TaskLine:
            emit tasksWanted({item->data(IdRole).toLongLong()});
            break;
        case MoreLine:
            if (m_all)
                emit tasksWanted(m_all->values());
            break;
        case EntryLine:
            emit entryActivated(item->data(IdRole).toLongLong());
            break;
        default:
            break;
        }
    });
}

void TaskListPanel::clearEntries()
{
    clear();
    m_all = nullptr;
}

void TaskListPanel::setTasks(const QMap<QString, qint64> &keys, const TaskModel &tasks)
{
    clearEntries();
    // Not copied: a copy would be shared with the live map and detach (copy every entry) on
    // its next change; the ids are read only when "more" is clicked.
    m_all = &keys;
    int shown = 0;
    for (auto it = keys.cbegin(); it != keys.cend() && shown < shownLines; ++it) {
        ++shown;
        const Task *task = tasks.task(it.value());
        auto *item =
            new QListWidgetItem(task ? tr("%1  %2").arg(it.key(), task->title) : it.key(), this);
        item->setData(KindRole, TaskLine);
        item->setData(IdRole, it.value());
        if (task)
            item->setToolTip(task->title);
    }
    if (keys.size() > shownLines) {
        auto *more = new QListWidgetItem(
            tr("… and %n more (select all)", nullptr, int(keys.size() - shownLines)), this);
        more->setData(KindRole, MoreLine);
        QFont font = more->font();
        font.setItalic(true);
        more->setFont(font);
    }
    finish();
}

void TaskListPanel::addEntry(const QString &text, qint64 id, const QString &toolTip)
{
    auto *item = new QListWidgetItem(text, this);
    item->setData(KindRole, EntryLine);
    item->setData(IdRole, id);
    item->setToolTip(toolTip);
}

void TaskListPanel::finish()
{
    updateGeometry();
    if (count() > 0)
        return;
    auto *item = new QListWidgetItem(m_emptyText, this);
    item->setData(KindRole, Placeholder);
    item->setForeground(palette().color(QPalette::PlaceholderText));
}

QSize TaskListPanel::sizeHint() const
{
    // As tall as its lines (at most shownLines and the "more" line): no empty box under them.
    const int line = sizeHintForRow(0) > 0 ? sizeHintForRow(0) : fontMetrics().height() + 4;
    return {220, line * std::clamp(count(), 1, shownLines + 1) + 4};
}

} // namespace Candor
