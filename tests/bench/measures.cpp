// SPDX-License-Identifier: MIT
#include "measures.h"

#include "board/boardview.h"
#include "shell/projectworkspace.h"
#include "table/tasktableview.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPixmap>

#include <sys/resource.h>
#include <unistd.h>

namespace CandorBench {

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports KiB
}

double imagePeakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return peakMegabytes();
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return peakMegabytes();
}

double residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return peakMegabytes();
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1
               ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0)
               : 0.0;
}

QJsonObject medianAndWorst(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return {};
    return {{QStringLiteral("median"), values.at(values.size() / 2)},
            {QStringLiteral("worst"), values.last()},
            {QStringLiteral("frames"), int(values.size())}};
}

void paintTable(Candor::ProjectWorkspace &workspace)
{
    const QPixmap pixmap = workspace.table()->viewport()->grab();
    Q_UNUSED(pixmap)
}

void paintBoard(Candor::BoardView *view, QImage &frame)
{
    const qreal ratio = view->devicePixelRatioF();
    const QSize size = view->viewport()->size() * ratio;
    if (frame.size() != size) {
        frame = QImage(size, QImage::Format_ARGB32_Premultiplied);
        frame.setDevicePixelRatio(ratio);
    }
    view->viewport()->render(&frame);
}

void paintWorkspace(Candor::ProjectWorkspace &workspace)
{
    const QPixmap pixmap = workspace.grab();
    Q_UNUSED(pixmap)
}

} // namespace CandorBench
