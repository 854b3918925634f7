// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Candor {

class Project;

// What the text filter finds a task by beyond its own fields: its component's name, its
// milestones' names and its checklist items. The checklist texts are read in one query on the
// first search and then per task when a checklist changes, so that a keystroke never queries
// the file; TaskModel keeps the result, case-folded, at the end of Task::searchText.
class SearchIndex final
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)
public:
    explicit SearchIndex(const Project *project);

    bool isReady() const { return m_ready; }
    void read();                          // every task's checklist texts
    void refreshChecklist(qint64 taskId); // after that task's checklist changed
    void clear();

    // Case-folded; empty when the task has nothing related. Component and milestone names are
    // folded once per call of prepareNames(), not once per task.
    void prepareNames();
    QString relatedText(const Task &task) const;

    // Why a task matches folded text when no column shows it ("Matches checklist: …"), or an
    // empty string. For a tooltip: it reads the checklist from the file.
    QString reason(const Task &task, const QString &foldedText) const;

private:
    const Project *m_project;
    QHash<qint64, QString> m_checklists; // task id → its item texts, folded and joined
    QHash<qint64, QString> m_componentNames;
    QHash<qint64, QString> m_milestoneNames;
    bool m_ready = false;
};

} // namespace Candor
