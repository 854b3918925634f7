// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>

namespace Candor {

// Working days: Monday to Friday (holidays are not modelled yet). All counts are O(1): a date's
// working-day number is computed from its Julian day, never by walking the days in between.
//
// Conventions (docs/scheduling.md):
// - Work of d working days that starts on the morning of `start` ends on finishDate(start, d):
//   the ceil(d)-th working day counted from start (start itself if it is a working day). A
//   fraction of a day takes the whole day, so 0.2 days started on Monday end on Monday, and
//   5.2 days started on Monday end on the next Monday.
// - workingDaysBetween(a, b) counts the working days in (a, b], negative when b is before a, so
//   a Friday target met on the next Monday is one working day late.
class WorkCalendar final
{
public:
    static bool isWorkingDay(QDate date);
    // date plus n working days: Friday + 1 is Monday, Monday - 1 is the Friday before. A weekend
    // day counts as the Friday before it (Saturday + 1 is Monday, Saturday - 1 is Thursday), so
    // that workingDaysBetween(date, addWorkingDays(date, n)) == n always. n = 0 gives date.
    static QDate addWorkingDays(QDate date, qint64 days);
    // The working days in (from, to], negated when to is before from.
    static qint64 workingDaysBetween(QDate from, QDate to);
    // The day on which `days` working days of work started on the morning of start are done;
    // start itself when days <= 0. Fractions round up to a whole day.
    static QDate finishDate(QDate start, double days);
    // How many whole working days there are from the morning of start to the evening of target:
    // work of d days started on start is done by target if and only if d <= this number.
    static qint64 workingDaysThrough(QDate start, QDate target);
    // Rounds a count of working days up to whole days, ignoring floating-point dust (a sum of
    // estimates that should be 5 may come out as 5.000000000001).
    static qint64 wholeDays(double days);
};

} // namespace Candor
