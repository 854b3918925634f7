// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QStyledItemDelegate>

#include <utility>

namespace Candor {

class TaskFilterModel;

// Draws a cell's text with what the filter box holds highlighted, wherever it occurs (ignoring
// case), so that a search shows where it matched. Cells without a match are drawn as usual. The
// task table's default delegate, and the base of the column delegates that show plain text.
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    HighlightDelegate(const TaskFilterModel *filter, QObject *parent);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // Where needle occurs in text, ignoring case: (start, length) pairs, in order, not
    // overlapping. None for an empty needle.
    using Range = std::pair<qsizetype, qsizetype>;
    static QList<Range> matchRanges(const QString &text, const QString &needle);
    // Behind the matched characters; the same in light and dark themes, with dark text on it.
    static QColor matchColour() { return {0xff, 0xd5, 0x4f}; }

private:
    const TaskFilterModel *m_filter;
};

} // namespace Candor
