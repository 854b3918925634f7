// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace Candor {

// How the interface writes dates: ISO 8601 (2026-12-02, the default: compact, sortable, the
// trackers' own), the language's short form (02/12/2026) or its long form (2 December 2026).
// One choice for the whole interface, made in Preferences (kept under settingsKey()) and set at
// startup; files, exports and reports keep ISO whatever it is.
class DateFormat final
{
    Q_DECLARE_TR_FUNCTIONS(DateFormat)
public:
    enum class Style { Iso, Short, Long };

    DateFormat() = delete;
    static QString settingsKey(); // "ui/dateFormat": "iso", "short" or "long"
    static QString token(Style style);
    static Style fromToken(const QString &token); // anything unknown: Iso
    static Style style();
    static void setStyle(Style style);

    static QString date(const QDate &date);                 // empty for an invalid date
    static QString dateTime(const QDateTime &dateTime);     // the date and hours:minutes
    static QString editFormat();                            // for a QDateEdit
    static QString example(Style style, const QDate &date); // for Preferences
};

} // namespace Candor
