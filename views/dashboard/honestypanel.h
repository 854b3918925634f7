// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;

namespace Candor {

class LiveMetrics;
class TaskListPanel;

// The honesty gap: one figure (claimed minus verified completion, in points, beside what a
// document stated) and three short lists: done without verification, verification failed,
// components whose stated completion exceeds what their tasks claim.
class HonestyPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HonestyPanel)
public:
    explicit HonestyPanel(QWidget *parent = nullptr);

    void update(const LiveMetrics &metrics);
    QString figureText() const;
    TaskListPanel *claimedOnlyList() const { return m_claimedOnly; }
    TaskListPanel *failedList() const { return m_failed; }
    TaskListPanel *overstatedList() const { return m_overstated; }

signals:
    void tasksWanted(const QList<qint64> &ids);
    void componentWanted(qint64 componentId);

private:
    QLabel *m_figure;
    QLabel *m_detail;
    QLabel *m_headings[3];
    TaskListPanel *m_claimedOnly;
    TaskListPanel *m_failed;
    TaskListPanel *m_overstated;
};

} // namespace Candor
