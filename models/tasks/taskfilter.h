// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QSet>
#include <QStringMatcher>

namespace Candor {

// What the filter bar asks for: free text over every text of a task (its own fields, its
// component, milestones and checklist: Task::searchText), combined
// (AND) with sets of statuses, priorities, components and task ids (empty set: any).
class TaskFilter final
{
public:
    void setText(const QString &text);
    QString text() const { return m_text; }
    QString foldedText() const { return m_matcher.pattern(); }
    QSet<Status> statuses;
    QSet<Priority> priorities;
    QSet<qint64> components; // 0 stands for "no component"
    QSet<qint64> tasks;      // only these tasks, e.g. those behind a dashboard bar (empty: any)

    bool isEmpty() const;
    bool matches(const Task &task) const;
    // What the text filter searches in among the task's own fields, for Task::searchText.
    static QString searchText(const Task &task);
    // Task::searchText is the own fields' text, then what the task links to: each part set
    // without folding the other again.
    static void setOwnSearchText(Task &task);
    static void setRelatedSearchText(Task &task, const QString &related); // folded, or empty
    static QString relatedSearchText(const Task &task); // with its leading separator
    bool operator==(const TaskFilter &other) const;

private:
    QString m_text;
    QStringMatcher m_matcher;
};

} // namespace Candor
