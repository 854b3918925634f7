// SPDX-License-Identifier: MIT
#include "dashboardchartview.h"

#include "chartpainter.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QCursor>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
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

bool DashboardChartView::savePng(const QString &path) const
{
    return ChartPainter::image(chart(), size()).save(path, "PNG");
}

void DashboardChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Copy Chart as Image"), this, &DashboardChartView::copyImage);
    menu.addAction(tr("Save Chart as PNG…"), this, [this]() {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"), QString(),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty())
            savePng(path);
    });
    menu.exec(event->globalPos());
}

} // namespace Candor
