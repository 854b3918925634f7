// SPDX-License-Identifier: MIT
#include "highlightdelegate.h"

#include "tasks/taskfiltermodel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>

namespace Candor {

HighlightDelegate::HighlightDelegate(const TaskFilterModel *filter, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_filter(filter)
{}

QList<HighlightDelegate::Range> HighlightDelegate::matchRanges(const QString &text,
                                                               const QString &needle)
{
    QList<Range> ranges;
    if (needle.isEmpty())
        return ranges;
    for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive))
        ranges.append({at, needle.size()});
    return ranges;
}

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QString needle = m_filter ? m_filter->filter().text() : QString();
    if (needle.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QList<Range> ranges = matchRanges(item.text, needle);
    if (ranges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The style draws everything but the text (background, selection, swatch, focus); the text
    // goes where the style would have put it, through a layout that carries the highlight.
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = item.text;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
    item.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = textRect.adjusted(margin, 0, -margin, 0);
    const QString shown =
        QFontMetrics(item.font).elidedText(text, item.textElideMode, area.width());
    // Right-elided: the highlight stops where the ellipsis starts.
    const qsizetype visible =
        shown == text ? text.size() : std::max<qsizetype>(0, shown.size() - 1);
    QList<QTextLayout::FormatRange> formats;
    for (const auto &[start, length] : ranges) {
        if (start >= visible)
            break;
        QTextLayout::FormatRange format;
        format.start = int(start);
        format.length = int(std::min(length, visible - start));
        format.format.setBackground(matchColour());
        format.format.setForeground(QColor(0x21, 0x21, 0x21));
        formats.append(format);
    }

    QTextLayout layout(shown, item.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    textOption.setTextDirection(item.direction);
    textOption.setAlignment(QStyle::visualAlignment(item.direction, item.displayAlignment));
    layout.setTextOption(textOption);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(area.width());
    layout.endLayout();

    qreal top = area.top();
    if (item.displayAlignment & Qt::AlignVCenter)
        top += (area.height() - line.height()) / 2;
    else if (item.displayAlignment & Qt::AlignBottom)
        top += area.height() - line.height();

    const QPalette::ColorGroup group = !(item.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (item.state & QStyle::State_Active) ? QPalette::Normal
                                                                             : QPalette::Inactive;
    painter->save();
    painter->setClipRect(area);
    painter->setPen(item.palette.color(
        group, (item.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, QPointF(area.left(), top));
    painter->restore();
}

} // namespace Candor
