// SPDX-License-Identifier: MIT
#pragma once

#include "completiontally.h"
#include "tasks/taskfilter.h"

#include <QHash>
#include <QMap>
#include <QObject>

#include <array>
#include <optional>

namespace Candor {

class Project;

// A component whose stated completion ("Security: 80% complete") is more than its tasks claim.
struct OverstatedComponent
{
    qint64 id = 0;
    QString name;
    int statedPercent = 0;
    double claimedPercent = 0;
    double verifiedPercent = 0;
};

// The parts of a completion bar, for picking the tasks behind one (click to select).
enum class CompletionPart { Verified, ClaimedOnly, Remaining };

// The dashboard's figures over the tasks a filter lets through: completion per component
// (verified, claimed but not verified, remaining; estimate-weighted), counts and estimate sums
// by status and priority, and the honesty gap. Kept current from the task model's signals, one
// task at a time (an edit of one task costs one task), so that painting never walks the tasks.
// changed() is emitted after every update; listeners batch their repaints.
class LiveMetrics final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveMetrics)
public:
    explicit LiveMetrics(Project *project, QObject *parent = nullptr);

    Project *project() const { return m_project; }
    const TaskFilter &filter() const { return m_filter; }
    void setFilter(const TaskFilter &filter); // counts everything again

    const CompletionTally &overall() const { return m_overall; }
    CompletionTally component(qint64 id) const { return m_byComponent.value(id); }
    // Components in their sort order, then 0 ("no component") when some task has none.
    QList<qint64> componentIds() const;

    int count(Status status, Priority priority) const;
    double estimateSum(Status status, Priority priority) const; // days; tasks without one: 0

    // Keys (in key order) to ids: tasks done without verification, tasks whose verification
    // failed, and unfinished P0 tasks.
    const QMap<QString, qint64> &claimedOnly() const { return m_claimedOnly; }
    const QMap<QString, qint64> &failed() const { return m_failed; }
    const QMap<QString, qint64> &openP0() const { return m_openP0; }
    // In component order; worked out from the tallies, not the tasks.
    QList<OverstatedComponent> overstated() const;
    // What a document stated for the whole project; unset when none did.
    std::optional<int> statedPercent() const;
    // Percentage points by which the claimed completion exceeds the verified one (0 or more).
    double gapPoints() const;

    // The tasks behind a segment (componentId -1: the whole project) or a status × priority cell.
    // These walk the tasks: they answer a click, never a repaint.
    QList<qint64> tasksOf(qint64 componentId, CompletionPart part) const;
    QList<qint64> tasksOf(Status status, Priority priority) const;

signals:
    void changed();

private:
    struct Entry
    {
        qint64 id = 0;
        bool counted = false; // let through by the filter, and in the sums
        QString key;
        qint64 componentId = 0;
        Status status = Status::Todo;
        Priority priority = Priority::P2;
        Verification verification = Verification::Unverified;
        TaskShare share;
        double estimate = 0;
    };
    static Entry entryOf(const Task &task);
    void add(qint64 id, const Entry &entry, int sign);
    void addRows(int first, int last, int sign);
    void rebuild();

    Project *m_project;
    TaskFilter m_filter;
    // Row by row beside the task model (no lookup by id on an edit), each task as last counted.
    QList<Entry> m_entries;
    CompletionTally m_overall;
    QHash<qint64, CompletionTally> m_byComponent;
    std::array<int, std::size_t(StatusCount) * PriorityCount> m_counts{};
    std::array<double, std::size_t(StatusCount) * PriorityCount> m_estimates{};
    QMap<QString, qint64> m_claimedOnly;
    QMap<QString, qint64> m_failed;
    QMap<QString, qint64> m_openP0;
};

} // namespace Candor
