// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>

#include <algorithm>

class QElapsedTimer;
class QImage;

namespace Candor {
class BoardView;
class ProjectWorkspace;
} // namespace Candor

// What every section measures with: time, memory and rendered frames.
namespace CandorBench {

double milliseconds(const QElapsedTimer &timer);

// Peak resident memory of the process (getrusage), which a child inherits from its parent.
double peakMegabytes();
// Peak resident memory of this process image (VmHWM), which starts afresh at exec.
double imagePeakMegabytes();
// Resident memory now (not the peak): the base a later peak is measured from.
double residentMegabytes();

// Median of a few runs of a measurement, so one scheduler hiccup does not set the figure.
template <typename Run> double median(int runs, Run run)
{
    QList<double> values;
    for (int i = 0; i < runs; ++i)
        values.append(run());
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
// {"median", "worst", "frames"} of the values; empty for none.
QJsonObject medianAndWorst(QList<double> values);

// A real paint of the table's visible rows. (repaint() paints nothing until the platform has
// exposed the window, which it need not have done yet; grab() always renders.)
void paintTable(Candor::ProjectWorkspace &workspace);
// Renders the board's viewport as a frame would show it, into a reused image (so that the
// figure is the painting, not the allocation of a pixmap).
void paintBoard(Candor::BoardView *view, QImage &frame);
// A rendered frame of the whole workspace: filter bar and the view shown.
void paintWorkspace(Candor::ProjectWorkspace &workspace);

} // namespace CandorBench
