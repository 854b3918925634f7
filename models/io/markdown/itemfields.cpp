// SPDX-License-Identifier: MIT
#include "itemfields.h"

#include "dependencytitles.h"
#include "inlinemarkdown.h"
#include "io/vocabulary/durationvocabulary.h"
#include "io/vocabulary/priorityvocabulary.h"
#include "io/vocabulary/statusvocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Candor {

using Column = MarkdownTable::Column;

std::optional<ItemFields::Line> ItemFields::read(QStringView line)
{
    static const QRegularExpression field(
        QStringLiteral("^\\s*(?:[-*+•]\\s+)?(?:\\*\\*|__)?([^*_:：|`\\[]{2,30}?)\\s*(?:(?:\\*\\*|__"
                       ")\\s*[:：]|[:：]"
                       "\\s*(?:\\*\\*|__)?)\\s*(.*)$"));
    // The key is short: a colon past the first 40 characters (or none) ends the look cheaply,
    // which most lines of a large file do.
    const QStringView head = line.left(40);
    if (!head.contains(u':') && !head.contains(u'：'))
        return std::nullopt;
    const auto m = field.match(line);
    if (!m.hasMatch() || m.capturedView(2).trimmed().isEmpty())
        return std::nullopt;
    const Column column = MarkdownTable::classify(m.capturedView(1).trimmed(), false);
    switch (column) {
    case Column::Status:
    case Column::Priority:
    case Column::Estimate:
    case Column::EstimateHours:
    case Column::Owner:
    case Column::Due:
    case Column::Depends:
        return Line{column, m.capturedView(2).trimmed()};
    default:
        return std::nullopt;
    }
}

QString ItemFields::apply(ImportedTask &task, const Line &field, const StatusVocabulary &vocabulary)
{
    const QString v = InlineMarkdown::plain(field.value);
    switch (field.column) {
    case Column::Status:
        if (const auto m = vocabulary.status(field.value)) {
            m->applyTo(task);
            task.statusText = v;
            if (const auto pct = InlineMarkdown::percent(field.value); pct && !task.progress)
                task.progress = *pct;
            return {};
        }
        if (task.statusText.isEmpty())
            task.statusText = v;
        return QCoreApplication::translate("MarkdownTrackerReader",
                                           "Unknown status \"%1\" kept as text")
            .arg(v);
    case Column::Priority:
        if (const auto p = PriorityVocabulary::priority(field.value, true)) {
            task.priority = p;
            return {};
        }
        return QCoreApplication::translate("MarkdownTrackerReader", "Unknown priority \"%1\"")
            .arg(v);
    case Column::Estimate:
    case Column::EstimateHours:
        task.estimate = DurationVocabulary::days(v, field.column == Column::EstimateHours);
        return {};
    case Column::Owner:
        task.assignee = v;
        return {};
    case Column::Due:
        task.due = InlineMarkdown::date(field.value);
        return {};
    case Column::Depends:
        for (const QString &ref : DependencyTitles::references(field.value)) {
            if (!task.dependsOn.contains(ref))
                task.dependsOn.append(ref);
        }
        return {};
    default:
        return {};
    }
}

} // namespace Candor
