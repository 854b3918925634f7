// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Candor {

// What a section or a bold label says its list holds, before any item of it becomes a task:
// "Acceptance Criteria", "Success Metrics", "Strengths", "References", "Working rules" head
// prose about the work, not the work. In every language the readers know. See docs/import.md.
class SectionVocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(SectionVocabulary)
public:
    enum class Kind : quint8 {
        Tasks, // anything not named below: its items may be tasks
        Criteria,
        Metrics,
        Assessment,
        References,
        Guidelines,
        Notes,
        Objectives,
        Risks,
        History,
        Summary,
    };

    // The kind a heading or a label ("**Definition of Done:**") names.
    static Kind kindOf(QStringView label);
    // "acceptance criteria", "metrics", ...: why items of a section were not read as tasks.
    static QString reason(Kind kind);
};

} // namespace Candor
