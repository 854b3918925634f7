// SPDX-License-Identifier: MIT
#include "chartcolours.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QPalette>

namespace Candor {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

ChartColours ChartColours::from(const QPalette &palette, const QFont &font)
{
    const bool dark = isDark(palette);
    ChartColours colours;
    colours.background = palette.color(QPalette::Base);
    colours.text = palette.color(QPalette::Text);
    colours.mutedText = dark ? colours.text.darker(150) : colours.text.lighter(220);
    colours.grid = dark ? colours.background.lighter(180) : colours.background.darker(112);
    // Green for evidence, amber for a claim nobody checked, a quiet grey for what is left: the
    // same meaning in both palettes, lighter on dark so the bars do not sink into it.
    colours.verified = dark ? QColor(0x5c, 0xb8, 0x67) : QColor(0x2e, 0x7d, 0x32);
    colours.claimedOnly = dark ? QColor(0xe8, 0xb3, 0x4a) : QColor(0xf0, 0xa2, 0x02);
    colours.remaining = dark ? QColor(0x4a, 0x4d, 0x55) : QColor(0xdd, 0xdf, 0xe3);
    colours.stated = dark ? QColor(0xf2, 0xf2, 0xf2) : QColor(0x20, 0x21, 0x24);
    colours.warning = dark ? QColor(0xff, 0x6b, 0x5e) : QColor(0xc6, 0x28, 0x28);
    colours.today = palette.color(QPalette::Highlight);
    colours.priorities[0] = colours.warning;
    colours.priorities[1] = dark ? QColor(0xff, 0x9f, 0x43) : QColor(0xef, 0x6c, 0x00);
    colours.priorities[2] = dark ? QColor(0x6c, 0xa8, 0xff) : QColor(0x15, 0x65, 0xc0);
    colours.priorities[3] = dark ? QColor(0x8a, 0x8d, 0x94) : QColor(0x9e, 0xa3, 0xab);
    colours.font = font;
    return colours;
}

void ChartColours::apply(QChart *chart) const
{
    chart->setBackgroundBrush(background);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->setTitleFont(font);
    chart->setMargins(QMargins(4, 4, 14, 4));        // room for the last axis label
    chart->layout()->setContentsMargins(0, 0, 0, 0); // no frame of another colour around it
    chart->setDropShadowEnabled(false);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(font);
    chart->setAnimationOptions(QChart::NoAnimation); // live data: every frame is the truth
    for (QAbstractAxis *axis : chart->axes())
        apply(axis);
}

void ChartColours::apply(QAbstractAxis *axis) const
{
    axis->setLabelsBrush(text);
    axis->setLabelsFont(font);
    axis->setLinePenColor(grid);
    axis->setGridLineColor(grid);
    axis->setMinorGridLineColor(grid);
    axis->setTitleBrush(mutedText);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    axis->setTitleFont(small);
}

} // namespace Candor
