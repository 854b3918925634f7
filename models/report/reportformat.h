// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace Candor {

// How a report writes its figures: the same in the PDF, the HTML and the Markdown.
class ReportFormat final
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)
public:
    static QString percent(double value);                  // "62%", "0.4%"
    static QString days(std::optional<double> value);      // "3.5 d", "—"
    static QString date(QDate date);                       // ISO, "—" when null
    static QString count(qsizetype value);                 // "1,234" in the locale
    static QString signedDays(std::optional<qint64> days); // "+4 d", "−2 d", "on time"
    // The first `most` of these, then "+N" for the rest ("SEC-2, OPS-4 +3").
    static QString firstOf(const QStringList &items, int most);
    // "and N more" under a list cut short, pointing at the template that has them all.
    static QString andMore(qsizetype hidden);
};

} // namespace Candor
