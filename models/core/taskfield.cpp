// SPDX-License-Identifier: MIT
#include "taskfield.h"

#include <QCoreApplication>

#include <array>

namespace Candor {

namespace {

struct FieldWords
{
    const char *name;  // as in the event table
    const char *label; // as a person reads it, in a sentence ("Change %1 of SEC-001")
};

// In TaskField's order, then the history's own names.
constexpr std::array<FieldWords, 24> fieldWords = {{
    {"key", QT_TRANSLATE_NOOP("TaskField", "key")},
    {"title", QT_TRANSLATE_NOOP("TaskField", "title")},
    {"status", QT_TRANSLATE_NOOP("TaskField", "status")},
    {"priority", QT_TRANSLATE_NOOP("TaskField", "priority")},
    {"component", QT_TRANSLATE_NOOP("TaskField", "component")},
    {"assignee", QT_TRANSLATE_NOOP("TaskField", "assignee")},
    {"estimate", QT_TRANSLATE_NOOP("TaskField", "estimate")},
    {"progress", QT_TRANSLATE_NOOP("TaskField", "progress")},
    {"verification", QT_TRANSLATE_NOOP("TaskField", "verification")},
    {"milestones", QT_TRANSLATE_NOOP("TaskField", "milestones")},
    {"updated", QT_TRANSLATE_NOOP("TaskField", "last change")},
    {"description", QT_TRANSLATE_NOOP("TaskField", "description")},
    {"evidence", QT_TRANSLATE_NOOP("TaskField", "evidence")},
    {"phase", QT_TRANSLATE_NOOP("TaskField", "phase")},
    {"estimate_optimistic", QT_TRANSLATE_NOOP("TaskField", "optimistic estimate")},
    {"estimate_likely", QT_TRANSLATE_NOOP("TaskField", "likely estimate")},
    {"estimate_pessimistic", QT_TRANSLATE_NOOP("TaskField", "pessimistic estimate")},
    {"rank", QT_TRANSLATE_NOOP("TaskField", "board position")},
    {"verified_on", QT_TRANSLATE_NOOP("TaskField", "verification date")},
    {"created", QT_TRANSLATE_NOOP("TaskField", "created")},
    {"deleted", QT_TRANSLATE_NOOP("TaskField", "deleted")},
    {"depends_on", QT_TRANSLATE_NOOP("TaskField", "depends on")},
    {"checklist", QT_TRANSLATE_NOOP("TaskField", "checklist")},
    {"checklist_order", QT_TRANSLATE_NOOP("TaskField", "checklist order")},
}};

} // namespace

QString fieldName(TaskField field)
{
    switch (field) {
    case TaskField::Key:
        return QStringLiteral("key");
    case TaskField::Title:
        return QStringLiteral("title");
    case TaskField::Status:
        return QStringLiteral("status");
    case TaskField::Priority:
        return QStringLiteral("priority");
    case TaskField::Component:
        return QStringLiteral("component");
    case TaskField::Assignee:
        return QStringLiteral("assignee");
    case TaskField::Estimate:
        return QStringLiteral("estimate");
    case TaskField::Progress:
        return QStringLiteral("progress");
    case TaskField::Verification:
        return QStringLiteral("verification");
    case TaskField::Milestones:
        return QStringLiteral("milestones");
    case TaskField::Updated:
        return QStringLiteral("updated");
    case TaskField::Description:
        return QStringLiteral("description");
    case TaskField::Evidence:
        return QStringLiteral("evidence");
    case TaskField::Phase:
        return QStringLiteral("phase");
    case TaskField::Optimistic:
        return QStringLiteral("estimate_optimistic");
    case TaskField::Likely:
        return QStringLiteral("estimate_likely");
    case TaskField::Pessimistic:
        return QStringLiteral("estimate_pessimistic");
    case TaskField::Rank:
        return QStringLiteral("rank");
    case TaskField::VerifiedOn:
        return QStringLiteral("verified_on");
    }
    return {};
}

QString fieldLabel(TaskField field)
{
    return QCoreApplication::translate("TaskField",
                                       fieldWords.at(static_cast<std::size_t>(field)).label);
}

QString fieldLabel(const QString &name)
{
    for (const FieldWords &words : fieldWords) {
        if (name == QLatin1String(words.name))
            return QCoreApplication::translate("TaskField", words.label);
    }
    return name;
}

} // namespace Candor
