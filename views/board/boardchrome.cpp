// SPDX-License-Identifier: MIT
#include "boardchrome.h"

#include "board/boardmodel.h"
#include "board/boardsettings.h"
#include "boardgeometry.h"
#include "project/project.h"
#include "project/projectsettings.h"

#include <QPainter>
#include <QPainterPath>
#include <QWidget>

namespace Candor {

namespace {

QColor blend(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

// A small triangle: pointing right when collapsed, down when open.
void paintChevron(QPainter &painter, const QRect &box, bool collapsed, const QColor &colour)
{
    const QPointF centre = QRectF(box).center();
    const qreal size = std::min(box.width(), box.height()) * 0.28;
    QPainterPath path;
    if (collapsed) {
        path.moveTo(centre + QPointF(-size * 0.6, -size));
        path.lineTo(centre + QPointF(size * 0.9, 0));
        path.lineTo(centre + QPointF(-size * 0.6, size));
    } else {
        path.moveTo(centre + QPointF(-size, -size * 0.6));
        path.lineTo(centre + QPointF(size, -size * 0.6));
        path.lineTo(centre + QPointF(0, size * 0.9));
    }
    path.closeSubpath();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillPath(path, colour);
    painter.restore();
}

} // namespace

QRect BoardChrome::columnHeaderRect(int column, int horizontalOffset) const
{
    return QRect(m_geometry.columnLeft(column) - horizontalOffset, 4,
                 m_geometry.columnWidth(column), m_geometry.metrics().headerHeight - 8);
}

QString BoardChrome::columnToolTip(int column) const
{
    const Status status = BoardModel::columnStatus(column);
    QString tip = tr("%1: %Ln card(s)", nullptr, m_model.columnCardCount(column))
                      .arg(TaskEnums::label(status));
    if (const auto limit = BoardSettings::wipLimit(*m_model.project()->settings(), status))
        tip += QLatin1Char('\n') + tr("WIP limit: %1").arg(*limit);
    tip += QLatin1Char('\n') + tr("Right-click to set a WIP limit; click ▸ to collapse.");
    return tip;
}

void BoardChrome::paintBackground(QPainter &painter, const QWidget &viewport, const QPoint &offset,
                                  const QRect &visible) const
{
    const QPalette &colours = viewport.palette();
    const QColor window = colours.color(QPalette::Window);
    const QColor text = colours.color(QPalette::WindowText);
    painter.fillRect(viewport.rect(), window);
    const QColor column = blend(window, text, 0.05);
    for (int c = 0; c < BoardModel::ColumnCount; ++c) {
        if (m_geometry.isColumnHidden(c))
            continue;
        const QRect strip(m_geometry.columnLeft(c) - offset.x(), m_geometry.metrics().headerHeight,
                          m_geometry.columnWidth(c),
                          viewport.height() - m_geometry.metrics().headerHeight);
        painter.fillRect(strip, column);
        if (m_geometry.isColumnCollapsed(c)) {
            // The name, upright along the collapsed strip.
            painter.save();
            painter.setPen(blend(text, window, 0.3));
            painter.translate(strip.center().x() + viewport.fontMetrics().ascent() / 2,
                              strip.top() + 12);
            painter.rotate(90);
            painter.drawText(0, 0,
                             tr("%1 (%2)")
                                 .arg(TaskEnums::label(BoardModel::columnStatus(c)))
                                 .arg(m_model.columnCardCount(c)));
            painter.restore();
        }
    }
    if (!m_geometry.showsLaneHeaders())
        return;
    QFont bold = viewport.font();
    bold.setBold(true);
    const QColor laneColour = blend(window, text, 0.12);
    for (int lane = 0; lane < m_model.laneCount(); ++lane) {
        const QRect content = m_geometry.laneHeaderRect(lane);
        if (!content.intersects(visible))
            continue;
        const QRect header =
            content.translated(-offset.x(), m_geometry.metrics().headerHeight - offset.y());
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(laneColour);
        painter.drawRoundedRect(header, 4, 4);
        painter.restore();
        paintChevron(painter, QRect(header.left() + 2, header.top(), chevronWidth, header.height()),
                     m_geometry.isLaneCollapsed(lane), text);
        painter.setPen(text);
        painter.setFont(bold);
        const QString title = m_model.laneTitle(lane);
        const QRect titleRect = header.adjusted(chevronWidth + 4, 0, -8, 0);
        painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.setFont(viewport.font());
        painter.setPen(blend(text, window, 0.35));
        painter.drawText(
            titleRect.adjusted(QFontMetrics(bold).horizontalAdvance(title) + 12, 0, 0, 0),
            Qt::AlignLeft | Qt::AlignVCenter,
            tr("%Ln card(s)", nullptr, m_model.laneCardCount(lane)));
    }
}

void BoardChrome::paintColumnHeaders(QPainter &painter, const QWidget &viewport,
                                     const QPoint &offset) const
{
    const QPalette &colours = viewport.palette();
    const QColor window = colours.color(QPalette::Window);
    const QColor text = colours.color(QPalette::WindowText);
    painter.fillRect(QRect(0, 0, viewport.width(), m_geometry.metrics().headerHeight), window);
    QFont bold = viewport.font();
    bold.setBold(true);
    const ProjectSettings &settings = *m_model.project()->settings();
    for (int column = 0; column < BoardModel::ColumnCount; ++column) {
        const QRect header = columnHeaderRect(column, offset.x());
        if (m_geometry.isColumnHidden(column) || header.right() < 0 ||
            header.left() > viewport.width())
            continue;
        const Status status = BoardModel::columnStatus(column);
        const int count = m_model.columnCardCount(column);
        const std::optional<int> limit = BoardSettings::wipLimit(settings, status);
        const bool over = limit && count > *limit;
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(over ? blend(window, QColor(0xd3, 0x2f, 0x2f), 0.55)
                              : blend(window, text, 0.10));
        painter.drawRoundedRect(header, 5, 5);
        painter.restore();
        const bool collapsed = m_geometry.isColumnCollapsed(column);
        const QColor ink = over ? QColor(Qt::white) : text;
        paintChevron(painter,
                     QRect(header.left() + 2, header.top(), chevronWidth, header.height() / 2 + 4),
                     collapsed, ink);
        if (collapsed) {
            painter.setPen(ink);
            painter.setFont(bold);
            painter.drawText(header.adjusted(0, header.height() / 2, 0, 0), Qt::AlignCenter,
                             QString::number(count));
            continue;
        }
        const int half = header.height() / 2;
        const QRect top(header.left() + chevronWidth + 2, header.top() + 2,
                        header.width() - chevronWidth - 10, half);
        const QRect bottom(top.left(), header.top() + half - 1, top.width(), half);
        painter.setPen(ink);
        // The limit on the right of the name, the name elided to what is left.
        int limitWidth = 0;
        if (limit) {
            const QString limitText = tr("limit %1").arg(*limit);
            painter.setFont(viewport.font());
            limitWidth = viewport.fontMetrics().horizontalAdvance(limitText) + 8;
            painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, limitText);
        }
        painter.setFont(bold);
        painter.drawText(top.adjusted(0, 0, -limitWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(bold).elidedText(TaskEnums::label(status), Qt::ElideRight,
                                                       top.width() - limitWidth));
        QString facts = tr("%Ln card(s)", nullptr, count);
        if (const double days = m_model.columnEstimate(column); days > 0)
            facts += tr(" · %1 d").arg(QLocale().toString(days, 'f', days < 100 ? 1 : 0));
        painter.setFont(viewport.font());
        painter.setPen(over ? ink : blend(text, window, 0.35));
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                         viewport.fontMetrics().elidedText(facts, Qt::ElideRight, bottom.width()));
    }
}

} // namespace Candor
