// SPDX-License-Identifier: MIT
#include "reportformat.h"

#include <QLocale>

#include <cmath>

namespace Candor {

QString ReportFormat::percent(double value)
{
    const bool fine = value > 0 && value < 10 && qRound(value * 10) % 10 != 0;
    return tr("%1%").arg(QLocale().toString(value, 'f', fine ? 1 : 0));
}

QString ReportFormat::days(std::optional<double> value)
{
    if (!value)
        return QStringLiteral("—");
    const bool whole = std::abs(*value - std::round(*value)) < 0.05;
    return tr("%1 d").arg(QLocale().toString(*value, 'f', whole ? 0 : 1));
}

QString ReportFormat::date(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("—");
}

QString ReportFormat::count(qsizetype value)
{
    return QLocale().toString(qint64(value));
}

QString ReportFormat::signedDays(std::optional<qint64> days)
{
    if (!days)
        return QStringLiteral("—");
    if (*days == 0)
        return tr("on time");
    return *days > 0 ? tr("+%1 d late").arg(*days) : tr("%1 d early").arg(-*days);
}

QString ReportFormat::firstOf(const QStringList &items, int most)
{
    if (items.size() <= most)
        return items.join(QStringLiteral(", "));
    return tr("%1 +%2").arg(items.mid(0, most).join(QStringLiteral(", "))).arg(items.size() - most);
}

QString ReportFormat::andMore(qsizetype hidden)
{
    return tr("… and %n more (all of them in the full report)", nullptr, int(hidden));
}

} // namespace Candor
