// SPDX-License-Identifier: MIT
#include "honestypanel.h"

#include "metrics/livemetrics.h"
#include "project/project.h"
#include "tasklistpanel.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Candor {

namespace {

QString percent(double value)
{
    return HonestyPanel::tr("%1%").arg(QLocale().toString(value, 'f', 0));
}

} // namespace

HonestyPanel::HonestyPanel(QWidget *parent)
    : QWidget(parent)
    , m_figure(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_claimedOnly(new TaskListPanel(tr("None: every done task is verified."), this))
    , m_failed(new TaskListPanel(tr("None."), this))
    , m_overstated(new TaskListPanel(tr("None stated above their tasks."), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_figure->setFont(big);
    m_detail->setWordWrap(true);
    layout->addWidget(m_figure);
    layout->addWidget(m_detail);
    const QString headings[3] = {tr("Done, not verified"), tr("Verification failed"),
                                 tr("Stated above their tasks")};
    TaskListPanel *lists[3] = {m_claimedOnly, m_failed, m_overstated};
    for (int i = 0; i < 3; ++i) {
        m_headings[i] = new QLabel(headings[i], this);
        QFont bold = font();
        bold.setBold(true);
        m_headings[i]->setFont(bold);
        layout->addSpacing(4);
        layout->addWidget(m_headings[i]);
        layout->addWidget(lists[i]);
        connect(lists[i], &TaskListPanel::tasksWanted, this, &HonestyPanel::tasksWanted);
    }
    layout->addStretch(1);
    connect(m_overstated, &TaskListPanel::entryActivated, this, &HonestyPanel::componentWanted);
}

void HonestyPanel::update(const LiveMetrics &metrics)
{
    const CompletionTally &overall = metrics.overall();
    m_figure->setText(tr("%1 points").arg(QLocale().toString(metrics.gapPoints(), 'f', 0)));
    const std::optional<int> stated = metrics.statedPercent();
    m_detail->setText(
        stated ? tr("Claimed %1, verified %2, stated %3.")
                     .arg(percent(overall.claimedPercent()), percent(overall.verifiedPercent()),
                          percent(*stated))
               : tr("Claimed %1, verified %2.")
                     .arg(percent(overall.claimedPercent()), percent(overall.verifiedPercent())));
    m_figure->setToolTip(tr("How far the claimed completion runs ahead of the verified one."));
    m_headings[0]->setText(
        tr("Done, not verified (%1)").arg(QLocale().toString(metrics.claimedOnly().size())));
    m_headings[1]->setText(
        tr("Verification failed (%1)").arg(QLocale().toString(metrics.failed().size())));
    const TaskModel &tasks = *metrics.project()->tasks();
    m_claimedOnly->setTasks(metrics.claimedOnly(), tasks);
    m_failed->setTasks(metrics.failed(), tasks);
    const QList<OverstatedComponent> over = metrics.overstated();
    m_headings[2]->setText(
        tr("Stated above their tasks (%1)").arg(QLocale().toString(over.size())));
    m_overstated->clearEntries();
    for (const OverstatedComponent &component : over) {
        // Points over first: the panel is narrow, and the size of the gap is the news.
        const QString over =
            QLocale().toString(component.statedPercent - component.claimedPercent, 'f', 0);
        m_overstated->addEntry(tr("+%1  %2").arg(over, component.name), component.id,
                               tr("%1: stated %2, claimed %3, verified %4 (%5 points over)")
                                   .arg(component.name, percent(component.statedPercent),
                                        percent(component.claimedPercent),
                                        percent(component.verifiedPercent), over));
    }
    m_overstated->finish();
}

QString HonestyPanel::figureText() const
{
    return m_figure->text();
}

} // namespace Candor
