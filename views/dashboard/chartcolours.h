// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>

class QPalette;

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
QT_END_NAMESPACE

namespace Candor {

// The dashboard's colours, taken from the application palette (light or dark) rather than
// from a QtCharts theme, and applied to every chart and axis the same way.
struct ChartColours
{
    QColor background;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor verified;
    QColor claimedOnly;
    QColor remaining;
    QColor stated;
    QColor warning;
    QColor today;
    QColor priorities[4]; // P0..P3
    QFont font;

    bool operator==(const ChartColours &other) const
    {
        return background == other.background && text == other.text && verified == other.verified &&
               today == other.today && font == other.font;
    }
    static ChartColours from(const QPalette &palette, const QFont &font);
    // Background, title, legend and the axes already attached.
    void apply(QChart *chart) const;
    void apply(QAbstractAxis *axis) const;
};

} // namespace Candor
