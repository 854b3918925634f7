// SPDX-License-Identifier: MIT
#pragma once

#include "io/importbatch.h"
#include "io/vocabulary/sectionvocabulary.h"
#include "io/vocabulary/statusvocabulary.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Candor {

// The headings above the line being read, outermost first, and what each says about the tasks
// below it: their component, priority, phase and status, whether the section logs work done, and
// which task a checklist section belongs to.
class TrackerHeadings final
{
public:
    explicit TrackerHeadings(const StatusVocabulary &vocabulary);
    Q_DISABLE_COPY_MOVE(TrackerHeadings)

    // Closes the sections at \a level and deeper, for a new heading of that level.
    void closeFrom(int level);
    // Opens a section; returns the completion the heading states for its component
    // ("## Security (40%)"), if any. The document's first `#` title is no section.
    std::optional<ImportedComponent> open(int level, QStringView text);
    // "### SEC-001 checklist": a section whose items belong to task \a task of the batch.
    void openChecklist(int level, int task);
    bool pastTitle() const { return m_pastTitle; }

    bool isEmpty() const { return m_headings.isEmpty(); }
    // Of the innermost section: the task its items belong to (-1: none), whether it logs work
    // done, and its component (empty when it names none).
    int checklistTask() const;
    bool isLog() const;
    int level() const { return m_headings.isEmpty() ? 0 : m_headings.constLast().level; }
    // The component of the sections around the innermost one, for an item that the innermost
    // heading names itself.
    void parentComponent(ImportedTask &task) const;
    // The nearest section that heads prose ("## Risks", "### Acceptance criteria"); Tasks when
    // none does.
    SectionVocabulary::Kind proseKind() const;
    QString component() const;
    // "**Status:** Done" or "**Priority:** High" right under a heading, before any task.
    void setStatus(const StatusMeaning &status);
    void setPriority(Priority priority);

    // The status of the nearest section that gives one.
    std::optional<StatusMeaning> status() const;
    // Gives a task the component, priority and phase of the nearest sections that say them,
    // where it has none of its own.
    void describe(ImportedTask &task) const;

private:
    struct Heading
    {
        int level = 0;
        QString component;
        std::optional<Priority> priority;
        std::optional<StatusMeaning> status;
        int checklistOf = -1; // "### SEC-001 checklist": the task whose items follow
        QString phase;        // "Week 1", "2026-04-01": a bucket of time, not a component
        bool log = false;     // a past date: the section logs work done
        SectionVocabulary::Kind kind = SectionVocabulary::Kind::Tasks;
    };

    const StatusVocabulary &m_vocabulary;
    QList<Heading> m_headings;
    // Trackers repeat the same headings; read each text once.
    QHash<QString, Heading> m_cache;
    bool m_pastTitle = false;
};

} // namespace Candor
