// SPDX-License-Identifier: MIT
#include "workcalendar.h"

#include <cmath>

namespace Candor {

namespace {

constexpr qint64 workingDaysPerWeek = 5;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// Working days from an arbitrary epoch up to and including date. Weekend days share the number
// of the Friday before them. Julian day 0 is a Monday, so weeks start at multiples of 7.
qint64 workingDayNumber(QDate date)
{
    const qint64 julian = date.toJulianDay();
    const qint64 weekday = julian - 7 * floorDiv(julian, 7); // 0 = Monday .. 6 = Sunday
    const qint64 week = floorDiv(julian, 7);
    return week * workingDaysPerWeek + std::min<qint64>(weekday + 1, workingDaysPerWeek);
}

// The working day whose number is n.
QDate dateOfWorkingDay(qint64 number)
{
    const qint64 zeroBased = number - 1;
    const qint64 week = floorDiv(zeroBased, workingDaysPerWeek);
    const qint64 weekday = zeroBased - week * workingDaysPerWeek;
    return QDate::fromJulianDay(week * 7 + weekday);
}

} // namespace

bool WorkCalendar::isWorkingDay(QDate date)
{
    return date.isValid() && date.dayOfWeek() <= 5;
}

QDate WorkCalendar::addWorkingDays(QDate date, qint64 days)
{
    if (!date.isValid() || days == 0)
        return date;
    return dateOfWorkingDay(workingDayNumber(date) + days);
}

qint64 WorkCalendar::workingDaysBetween(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    return workingDayNumber(to) - workingDayNumber(from);
}

qint64 WorkCalendar::wholeDays(double days)
{
    if (!(days > 0))
        return 0;
    // Dust is relative to the size of the figure: 1e-9 of a day is far below a second.
    return qint64(std::ceil(days - 1e-9 * std::max(1.0, days)));
}

QDate WorkCalendar::finishDate(QDate start, double days)
{
    const qint64 whole = wholeDays(days);
    if (!start.isValid() || whole <= 0)
        return start;
    const qint64 first = workingDayNumber(start) + (isWorkingDay(start) ? 0 : 1);
    return dateOfWorkingDay(first + whole - 1);
}

qint64 WorkCalendar::workingDaysThrough(QDate start, QDate target)
{
    if (!start.isValid() || !target.isValid())
        return 0;
    const qint64 first = workingDayNumber(start) + (isWorkingDay(start) ? 0 : 1);
    return workingDayNumber(target) - first + 1;
}

} // namespace Candor
