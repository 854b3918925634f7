// SPDX-License-Identifier: MIT
#include "livemetrics.h"

#include "honestygap.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "tasks/componentmodel.h"
#include "tasks/taskmodel.h"

namespace Candor {

namespace {

int cell(Status status, Priority priority)
{
    return int(status) * PriorityCount + int(priority);
}

void mark(QMap<QString, qint64> &keys, bool member, const QString &key, qint64 id, int sign)
{
    if (!member)
        return;
    if (sign > 0)
        keys.insert(key, id);
    else
        keys.remove(key);
}

} // namespace

LiveMetrics::LiveMetrics(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
    TaskModel *tasks = project->tasks();
    connect(tasks, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // The old values are in m_entries: take them away, add the new ones.
                addRows(topLeft.row(), bottomRight.row(), -1);
                addRows(topLeft.row(), bottomRight.row(), +1);
                emit changed();
            });
    connect(tasks, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                m_entries.insert(first, last - first + 1, Entry{});
                addRows(first, last, +1);
                emit changed();
            });
    connect(tasks, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { addRows(first, last, -1); });
    connect(tasks, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                m_entries.remove(first, last - first + 1);
                emit changed();
            });
    connect(tasks, &QAbstractItemModel::modelReset, this, [this]() {
        rebuild();
        emit changed();
    });
    // Stated completions, names and order live in the components: nothing to count again.
    ComponentModel *components = project->components();
    connect(components, &QAbstractItemModel::modelReset, this, &LiveMetrics::changed);
    connect(components, &QAbstractItemModel::layoutChanged, this, &LiveMetrics::changed);
    connect(components, &QAbstractItemModel::dataChanged, this, &LiveMetrics::changed);
    connect(components, &QAbstractItemModel::rowsInserted, this, &LiveMetrics::changed);
    connect(components, &QAbstractItemModel::rowsRemoved, this, &LiveMetrics::changed);
    connect(project->settings(), &ProjectSettings::changed, this, [this](const QString &key) {
        if (key == HonestyGap::statedSettingKey)
            emit changed();
    });
    rebuild();
}

void LiveMetrics::setFilter(const TaskFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (!m_filter.text().isEmpty())
        m_project->tasks()->prepareSearchText();
    rebuild();
    emit changed();
}

LiveMetrics::Entry LiveMetrics::entryOf(const Task &task)
{
    Entry entry;
    entry.id = task.id;
    entry.key = task.key;
    entry.componentId = task.componentId;
    entry.status = task.status;
    entry.priority = task.priority;
    entry.verification = task.verification;
    entry.share = TaskShare::of(task);
    entry.estimate = task.estimate.value_or(0.0);
    return entry;
}

void LiveMetrics::add(qint64 id, const Entry &entry, int sign)
{
    m_overall.add(entry.share, sign);
    CompletionTally &tally = m_byComponent[entry.componentId];
    tally.add(entry.share, sign);
    if (tally.tasks == 0)
        m_byComponent.remove(entry.componentId);
    const int at = cell(entry.status, entry.priority);
    m_counts[std::size_t(at)] += sign;
    m_estimates[std::size_t(at)] += sign * entry.estimate;
    if (m_counts[std::size_t(at)] == 0)
        m_estimates[std::size_t(at)] = 0;
    mark(m_claimedOnly, HonestyGap::isClaimedOnly(entry.status, entry.verification), entry.key, id,
         sign);
    mark(m_failed, HonestyGap::isFailed(entry.verification), entry.key, id, sign);
    mark(m_openP0, !TaskEnums::isFinished(entry.status) && entry.priority == Priority::P0,
         entry.key, id, sign);
}

void LiveMetrics::addRows(int first, int last, int sign)
{
    const TaskModel *tasks = m_project->tasks();
    const bool everything = m_filter.isEmpty();
    for (int row = first; row <= last; ++row) {
        Entry &entry = m_entries[row];
        if (sign < 0) {
            if (entry.counted)
                add(entry.id, entry, -1);
            entry.counted = false;
            continue;
        }
        const Task &task = tasks->taskAt(row);
        entry = entryOf(task);
        entry.counted = everything || m_filter.matches(task);
        if (entry.counted)
            add(entry.id, entry, +1);
    }
}

void LiveMetrics::rebuild()
{
    m_entries.clear();
    m_overall = {};
    m_byComponent.clear();
    m_counts.fill(0);
    m_estimates.fill(0);
    m_claimedOnly.clear();
    m_failed.clear();
    m_openP0.clear();
    m_entries.resize(m_project->tasks()->rowCount());
    addRows(0, m_project->tasks()->rowCount() - 1, +1);
}

QList<qint64> LiveMetrics::componentIds() const
{
    QList<qint64> ids;
    for (const Component &component : m_project->components()->components())
        ids.append(component.id);
    if (m_byComponent.contains(0))
        ids.append(0);
    return ids;
}

int LiveMetrics::count(Status status, Priority priority) const
{
    return m_counts[std::size_t(cell(status, priority))];
}

double LiveMetrics::estimateSum(Status status, Priority priority) const
{
    return m_estimates[std::size_t(cell(status, priority))];
}

QList<OverstatedComponent> LiveMetrics::overstated() const
{
    QList<OverstatedComponent> result;
    for (const Component &component : m_project->components()->components()) {
        if (!component.statedCompletion)
            continue;
        const CompletionTally tally = m_byComponent.value(component.id);
        if (HonestyGap::overstates(*component.statedCompletion, tally.claimedPercent()))
            result.append({component.id, component.name, *component.statedCompletion,
                           tally.claimedPercent(), tally.verifiedPercent()});
    }
    return result;
}

std::optional<int> LiveMetrics::statedPercent() const
{
    return HonestyGap::statedPercent(*m_project);
}

double LiveMetrics::gapPoints() const
{
    return std::max(0.0, m_overall.claimedPercent() - m_overall.verifiedPercent());
}

QList<qint64> LiveMetrics::tasksOf(qint64 componentId, CompletionPart part) const
{
    QList<qint64> ids;
    for (const Entry &entry : m_entries) {
        if (!entry.counted || (componentId >= 0 && entry.componentId != componentId))
            continue;
        const TaskShare &share = entry.share;
        const double days = part == CompletionPart::Verified      ? share.verified
                            : part == CompletionPart::ClaimedOnly ? share.claimedOnly()
                                                                  : share.remaining();
        if (days > 0)
            ids.append(entry.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> LiveMetrics::tasksOf(Status status, Priority priority) const
{
    QList<qint64> ids;
    for (const Entry &entry : m_entries) {
        if (entry.counted && entry.status == status && entry.priority == priority)
            ids.append(entry.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace Candor
