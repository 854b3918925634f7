// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>

namespace Candor {

// A chart on the dashboard: antialiased, with the hovered value as a tooltip and a context menu
// to copy the chart as an image or save it as a PNG (rendered at 2x by ChartPainter) or an SVG
// (vectors and text, for documents and slides).
class DashboardChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardChartView)
public:
    explicit DashboardChartView(QChart *chart, QWidget *parent = nullptr);

    // Shows text (rich text) at the pointer, or hides the tooltip when empty.
    void showHover(const QString &text);
    void copyImage() const;
    // A file ending in .svg gets vectors, any other a PNG; false with *error when it cannot be
    // written.
    bool save(const QString &path, QString *error = nullptr) const;

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace Candor
