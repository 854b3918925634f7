// SPDX-License-Identifier: MIT
#include "carddelegate.h"

#include "board/boardmodel.h"
#include "core/task.h"
#include "project/project.h"
#include "tasks/componentmodel.h"
#include "tasks/taskmodel.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace Candor {

namespace {

constexpr int padding = 8;
constexpr int stripe = 4;
constexpr int radius = 5;
constexpr int progressHeight = 4;
// Beyond this many cached titles the cache starts again (a project scrolled end to end).
constexpr int titleCacheLimit = 8000;

QColor priorityColour(Priority priority)
{
    switch (priority) {
    case Priority::P0:
        return QColor(0xc6, 0x28, 0x28);
    case Priority::P1:
        return QColor(0xe6, 0x6a, 0x00);
    case Priority::P2:
        return QColor(0x15, 0x65, 0xc0);
    case Priority::P3:
        return QColor(0x61, 0x6e, 0x7a);
    }
    return {};
}

// A small rounded label with white text; returns its width.
int drawBadge(QPainter *painter, const QRect &anchor, bool alignRight, const QString &text,
              const QColor &colour, const QFontMetrics &metrics)
{
    const int width = metrics.horizontalAdvance(text) + 10;
    const int height = metrics.height() + 2;
    QRect badge(alignRight ? anchor.right() - width + 1 : anchor.left(),
                anchor.top() + (anchor.height() - height) / 2, width, height);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    return width;
}

} // namespace

CardDelegate::CardDelegate(const BoardModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{}

int CardDelegate::cardHeight(const QFontMetrics &metrics)
{
    const int line = metrics.height();
    // Key row, two title lines, the facts row, and room for the progress bar.
    return padding + (line + 2) + 4 + 2 * metrics.lineSpacing() + 4 + (line + 2) + progressHeight +
           padding;
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {option.rect.width(), cardHeight(option.fontMetrics)};
}

const CardDelegate::TitleLines &CardDelegate::titleLines(const Task &task, const QFont &font,
                                                         int width) const
{
    auto cached = m_titles.find(task.id);
    if (cached != m_titles.end() && cached->width == width && cached->title == task.title)
        return *cached;
    if (m_titles.size() > titleCacheLimit) {
        m_titles.clear();
        cached = m_titles.end();
    }
    TitleLines lines{task.title, width, {}, {}};
    QTextLayout layout(task.title, font);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    if (first.isValid()) {
        first.setLineWidth(width);
        const int end = first.textStart() + first.textLength();
        lines.first = task.title.left(end).trimmed();
        const QString rest = task.title.mid(end).trimmed();
        lines.second = QFontMetrics(font).elidedText(rest, Qt::ElideRight, width);
        if (lines.first.isEmpty() && !rest.isEmpty())
            std::swap(lines.first, lines.second);
    }
    layout.endLayout();
    if (QFontMetrics(font).horizontalAdvance(lines.first) > width) // one unbreakable word
        lines.first = QFontMetrics(font).elidedText(lines.first, Qt::ElideRight, width);
    return *m_titles.insert(task.id, lines);
}

const CardDelegate::Fonts &CardDelegate::fontsFor(const QFont &font) const
{
    // Derived once per view font, not per card painted.
    if (!m_fonts || m_fonts->base != font) {
        QFont small = font;
        small.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.88 : 8);
        QFont bold = small;
        bold.setBold(true);
        m_fonts.emplace(
            Fonts{font, small, bold, QFontMetrics(font), QFontMetrics(small), QFontMetrics(bold)});
    }
    return *m_fonts;
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    if (const Task *task = m_model->task(index))
        paintCard(painter, option, *task);
}

void CardDelegate::paintCard(QPainter *painter, const QStyleOptionViewItem &option,
                             const Task &task) const
{
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QRectF card = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // The card, its border (the highlight when selected) and the component's stripe.
    QPainterPath shape;
    shape.addRoundedRect(card, radius, radius);
    QColor background = palette.color(QPalette::Base);
    if (selected) {
        const QColor highlight = palette.color(QPalette::Highlight);
        background = QColor::fromRgbF(background.redF() * 0.85f + highlight.redF() * 0.15f,
                                      background.greenF() * 0.85f + highlight.greenF() * 0.15f,
                                      background.blueF() * 0.85f + highlight.blueF() * 0.15f);
    }
    painter->fillPath(shape, background);
    painter->save();
    painter->setClipPath(shape);
    painter->fillRect(QRectF(card.left(), card.top(), stripe, card.height()),
                      m_model->project()->components()->colourOf(task.componentId));
    painter->restore();
    painter->setPen(
        QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid),
             selected ? 2.0 : 1.0));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(shape);
    if (focused && !selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1.0, Qt::DashLine));
        painter->drawRoundedRect(card.adjusted(2, 2, -2, -2), radius - 1, radius - 1);
    }

    const Fonts &fonts = fontsFor(option.font);
    const QFont &base = fonts.base;
    const QFont &small = fonts.small;
    const QFont &bold = fonts.bold;
    const QFontMetrics &smallMetrics = fonts.smallMetrics;
    const QFontMetrics &baseMetrics = fonts.baseMetrics;
    const QRect inner = option.rect.adjusted(padding + stripe, padding, -padding, -padding);
    const QColor text = palette.color(QPalette::Text);
    const QColor quiet = palette.color(QPalette::PlaceholderText);

    // Key, and the priority badge on the right.
    QRect row(inner.left(), inner.top(), inner.width(), baseMetrics.height() + 2);
    painter->setFont(small);
    int badge = drawBadge(painter, row, true, TaskEnums::label(task.priority),
                          priorityColour(task.priority), smallMetrics);
    // On the critical path (the last schedule): any delay moves the end.
    if (m_model->project()->tasks()->isCritical(task.id))
        badge += 4 + drawBadge(painter, row.adjusted(0, 0, -badge - 4, 0), true, tr("critical"),
                               QColor(0xd8, 0x43, 0x15), smallMetrics);
    painter->setFont(bold);
    painter->setPen(quiet);
    painter->drawText(
        row.adjusted(0, 0, -badge - 6, 0), Qt::AlignLeft | Qt::AlignVCenter,
        fonts.boldMetrics.elidedText(task.key, Qt::ElideRight, row.width() - badge - 6));

    // The title on up to two lines; struck through and quiet when it won't be done.
    const bool cancelled = task.status == Status::Cancelled;
    if (cancelled) {
        QFont struck = base;
        struck.setStrikeOut(true);
        painter->setFont(struck);
    } else {
        painter->setFont(base);
    }
    painter->setPen(cancelled ? quiet : text);
    const TitleLines &lines = titleLines(task, base, inner.width());
    int y = row.bottom() + 1 + 4;
    const int lineSpacing = baseMetrics.lineSpacing();
    painter->drawText(QRect(inner.left(), y, inner.width(), lineSpacing),
                      Qt::AlignLeft | Qt::AlignVCenter, lines.first);
    painter->drawText(QRect(inner.left(), y + lineSpacing, inner.width(), lineSpacing),
                      Qt::AlignLeft | Qt::AlignVCenter, lines.second);
    y += 2 * lineSpacing + 4;

    // Facts: estimate, checklist, blocked by; the verification mark on the right.
    painter->setFont(small);
    QRect facts(inner.left(), y, inner.width(), baseMetrics.height() + 2);
    int right = facts.right();
    // The verdict as the table and the inspector name it: verified, failed, or not verified for
    // a card in Done without evidence.
    if (const QString verdict = TaskEnums::verdict(task.status, task.verification);
        !verdict.isEmpty()) {
        const QColor colour = task.verification == Verification::Failed ? QColor(0xc6, 0x28, 0x28)
                              : task.verification == Verification::Verified
                                  ? QColor(0x2e, 0x7d, 0x32)
                                  : QColor(0xb2, 0x6a, 0x00);
        right -=
            drawBadge(painter,
                      QRect(facts.left(), facts.top(), right - facts.left() + 1, facts.height()),
                      true, verdict, colour, smallMetrics) +
            4;
    }
    int left = facts.left();
    if (const int blockers = m_model->project()->unfinishedDependencyCount(task.id); blockers > 0) {
        left +=
            drawBadge(painter, QRect(left, facts.top(), right - left, facts.height()), false,
                      tr("waiting on %1").arg(blockers), QColor(0x8e, 0x24, 0xaa), smallMetrics) +
            6;
    }
    QStringList parts;
    if (task.estimate)
        parts << tr("%1 d").arg(QLocale().toString(*task.estimate, 'g', 3));
    if (const ChecklistCounts::Count checklist = m_model->checklist(task.id); checklist.total > 0)
        parts << tr("☑ %1/%2").arg(checklist.checked).arg(checklist.total);
    // What does not fit is left out, rather than shown as a lone ellipsis.
    const QString shown = left < right ? smallMetrics.elidedText(parts.join(QStringLiteral(" · ")),
                                                                 Qt::ElideRight, right - left)
                                       : QString();
    if (shown.size() > 1) {
        painter->setPen(quiet);
        painter->drawText(QRect(left, facts.top(), right - left, facts.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, shown);
    }

    // Partial work.
    if (!TaskEnums::isFinished(task.status) && task.progress > 0 && task.progress < 100) {
        const QRectF track(inner.left(), option.rect.bottom() - padding - progressHeight + 2,
                           inner.width(), progressHeight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Midlight));
        painter->drawRoundedRect(track, 2, 2);
        painter->setBrush(palette.color(QPalette::Highlight));
        painter->drawRoundedRect(QRectF(track.left(), track.top(),
                                        track.width() * task.progress / 100.0, track.height()),
                                 2, 2);
    }
    painter->restore();
}

} // namespace Candor
