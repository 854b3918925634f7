// SPDX-License-Identifier: MIT
#include "schedulecolumns.h"

#include "core/roles.h"
#include "graph/schedule.h"

#include <QColor>
#include <QLocale>

#include <cmath>

namespace Candor {

namespace {

bool shows(const TaskTiming *timing)
{
    return timing && !timing->finished;
}

} // namespace

double ScheduleColumns::roundedDays(double days)
{
    return std::round(days * 10) / 10;
}

QString ScheduleColumns::header(int column)
{
    if (column == Critical)
        return tr("Critical");
    if (column == Slack)
        return tr("Slack");
    return {};
}

QVariant ScheduleColumns::data(const TaskTiming *timing, int column, int role)
{
    if (!contains(column))
        return {};
    const bool critical = column == Critical;
    switch (role) {
    case Qt::DisplayRole:
        if (!shows(timing))
            return QString();
        if (critical)
            return timing->critical ? tr("critical") : QString();
        return tr("%1 d").arg(QLocale().toString(roundedDays(timing->slack), 'g', 6));
    case Qt::EditRole:
    case SortRole:
        if (!shows(timing))
            return {};
        return critical ? QVariant(timing->critical) : QVariant(roundedDays(timing->slack));
    case Qt::ToolTipRole:
        if (!shows(timing))
            return {};
        return critical ? (timing->critical ? tr("On the critical path: any delay moves the end")
                                            : QVariant())
                        : QVariant(tr("Working days this task can slip without moving the end"));
    case Qt::TextAlignmentRole:
        return critical ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (critical && shows(timing) && timing->critical)
            return QColor(0xd8, 0x43, 0x15); // GraphNodeLook::criticalColour
        return {};
    default:
        return {};
    }
}

int ScheduleColumns::compare(const TaskTiming *a, const TaskTiming *b, int column)
{
    const bool hasA = shows(a);
    const bool hasB = shows(b);
    if (hasA != hasB)
        return hasA ? 1 : -1;
    if (!hasA)
        return 0;
    if (column == Critical)
        return a->critical == b->critical ? 0 : (a->critical ? 1 : -1);
    const double slackA = roundedDays(a->slack);
    const double slackB = roundedDays(b->slack);
    return slackA < slackB ? -1 : (slackB < slackA ? 1 : 0);
}

} // namespace Candor
