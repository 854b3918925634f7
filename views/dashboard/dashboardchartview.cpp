// SPDX-License-Identifier: MIT
#include "dashboardchartview.h"

#include "chartpainter.h"

#include <QBuffer>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCursor>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolTip>

namespace Candor {

DashboardChartView::DashboardChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
}

void DashboardChartView::showHover(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

void DashboardChartView::copyImage() const
{
    QGuiApplication::clipboard()->setImage(ChartPainter::image(chart(), size()));
}

bool DashboardChartView::save(const QString &path, QString *error) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size());
        svg.setViewBox(QRect(QPoint(0, 0), size()));
        svg.setTitle(chart()->title().isEmpty() ? tr("Chart") : chart()->title());
        svg.setDescription(tr("Drawn by Candor"));
        QPainter painter(&svg);
        ChartPainter::paint(chart(), &painter, QRectF(QPointF(0, 0), size()));
    } else {
        ChartPainter::image(chart(), size()).save(&buffer, "PNG");
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void DashboardChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Copy Chart as Image"), this, &DashboardChartView::copyImage);
    menu.addAction(tr("Save Chart as PNG or SVG…"), this, [this]() {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Chart"), QString(), tr("PNG images (*.png);;SVG drawings (*.svg)"));
        if (QString error; !path.isEmpty() && !save(path, &error))
            QMessageBox::warning(this, tr("Chart Not Saved"), error);
    });
    menu.exec(event->globalPos());
}

} // namespace Candor
