// SPDX-License-Identifier: MIT
#include "dateformat.h"

#include <QLocale>

#include <atomic>

namespace Candor {

namespace {

std::atomic<DateFormat::Style> chosen{DateFormat::Style::Iso};

} // namespace

QString DateFormat::settingsKey()
{
    return QStringLiteral("ui/dateFormat");
}

QString DateFormat::token(Style style)
{
    switch (style) {
    case Style::Short:
        return QStringLiteral("short");
    case Style::Long:
        return QStringLiteral("long");
    case Style::Iso:
        break;
    }
    return QStringLiteral("iso");
}

DateFormat::Style DateFormat::fromToken(const QString &token)
{
    for (Style style : {Style::Short, Style::Long}) {
        if (token.compare(DateFormat::token(style), Qt::CaseInsensitive) == 0)
            return style;
    }
    return Style::Iso;
}

DateFormat::Style DateFormat::style()
{
    return chosen.load(std::memory_order_relaxed);
}

void DateFormat::setStyle(Style style)
{
    chosen.store(style, std::memory_order_relaxed);
}

QString DateFormat::example(Style style, const QDate &date)
{
    switch (style) {
    case Style::Short:
        return QLocale().toString(date, QLocale::ShortFormat);
    case Style::Long:
        return QLocale().toString(date, QLocale::LongFormat);
    case Style::Iso:
        break;
    }
    return date.toString(Qt::ISODate);
}

QString DateFormat::date(const QDate &date)
{
    return date.isValid() ? example(style(), date) : QString();
}

QString DateFormat::dateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return tr("%1 %2", "a date, then a time of day")
        .arg(date(dateTime.date()), QLocale().toString(dateTime.time(), QLocale::ShortFormat));
}

QString DateFormat::editFormat()
{
    // Editing a long date ("Wednesday, 2 December 2026") is awkward: the short form instead.
    return style() == Style::Iso ? QStringLiteral("yyyy-MM-dd")
                                 : QLocale().dateFormat(QLocale::ShortFormat);
}

} // namespace Candor
