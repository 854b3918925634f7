// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Candor {

// Inline Markdown as trackers use it: emphasis, links and code reduced to text; task keys,
// dates, percentages and test counts found in it.
class InlineMarkdown final
{
public:
    // Bold, italics, links, images, code spans and HTML tags stripped; whitespace simplified.
    static QString plain(QStringView text);
    static QString plain(const QString &text);
    static bool isStruck(QStringView text);
    // "Week 1", "Sprint 3", "Day 2", or a date: a bucket of time, not a component.
    static bool isTimeBucket(QStringView text);
    // The date a work-log heading stands for ("2026-04-01", "2026-04-02 / 2026-04-03"), or none.
    static QDate loggedDate(QStringView text);
    // A task key the text starts with ("SEC-001: ...", "**P1.1.1**: ..."); its length in \a length.
    // Without \a spaceEnds, the key must be followed by ":", "—" or "-" (not "SEC-001 to ...").
    static QString leadingKey(QStringView text, qsizetype *length, bool spaceEnds = true);
    static bool isKey(QStringView text);
    static QStringList keysIn(QStringView text);
    // The key prefix ("SEC" for "SEC-001"), empty for numeric keys.
    static QString prefixOf(QStringView key);
    static QDate date(QStringView text);
    static std::optional<int> percent(QStringView text);
    // "95/99 passing", "17/20 pass (85%)", "11 tests pass", "6/8 criteria met".
    static QString evidence(QStringView text);
    // "after FIX-006", "depends on SEC-001", "blocked by OPS-002".
    static QStringList afterKeys(QStringView text);
    // A heading reduced to a component name: no emoji, numbering, priority or percent; empty
    // when nothing meaningful is left.
    static QString componentName(QStringView heading);
    // Removes emoji, their common mojibake forms and variation selectors.
    static QString withoutSymbols(QStringView text);
};

} // namespace Candor
