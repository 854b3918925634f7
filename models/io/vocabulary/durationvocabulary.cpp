// SPDX-License-Identifier: MIT
#include "durationvocabulary.h"

#include <QRegularExpression>
#include <QString>

namespace Candor {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// "3", "11.5", "1,5": most estimate cells are a bare number of the column's unit.
std::optional<double> bareNumber(QStringView t)
{
    if (t.isEmpty() || t.size() > 12 || !isAsciiDigit(t.front()) || !isAsciiDigit(t.back()))
        return std::nullopt;
    int separators = 0;
    for (const QChar c : t) {
        if (c == u'.' || c == u',')
            ++separators;
        else if (!isAsciiDigit(c))
            return std::nullopt;
    }
    if (separators > 1)
        return std::nullopt;
    // Whole and fraction digits as one integer over a power of ten: both are exact below 10^12,
    // so the one division rounds exactly as a full conversion would, at a fraction of its cost.
    double digits = 0;
    double scale = 1;
    bool fraction = false;
    for (const QChar c : t) {
        if (c == u'.' || c == u',') {
            fraction = true;
            continue;
        }
        digits = digits * 10 + (c.unicode() - u'0');
        if (fraction)
            scale *= 10;
    }
    return digits / scale;
}

} // namespace

std::optional<double> DurationVocabulary::days(QStringView text, bool hours)
{
    static const QRegularExpression number(
        QStringLiteral("(\\d+(?:[.,]\\d+)?)(?:\\s*[-–—~]\\s*(\\d+(?:[.,]\\d+)?))?\\s*"
                       "(h|hrs?|hours?|jam|saat|stunden?|heures?|horas?|giờ|小时|시간|d|days?|"
                       "jours?|días?|dias?|tage?|gün|hari|ngày|天|일|дн\\w*|w|wks?|weeks?|"
                       "semaines?|semanas?|wochen?|hafta|minggu|tuần|周)?(?![\\w])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QStringView t = text.trimmed();
    if (const auto value = bareNumber(t))
        return hours ? *value / 8.0 : *value;
    if (t.isEmpty() || t.size() > 200)
        return std::nullopt;
    // "-3" is a mistake, not three days.
    if ((t.front() == u'-' || t.front() == u'\u2212') && t.size() > 1 && isAsciiDigit(t.at(1)))
        return std::nullopt;
    const QString upper = t.toString().toUpper();
    if (upper == u"XS")
        return 0.25;
    if (upper == u"S")
        return 0.5;
    if (upper == u"M")
        return 1.5;
    if (upper == u"L")
        return 4.0;
    if (upper == u"XL")
        return 7.0;
    if (upper == u"XXL")
        return 15.0;
    const auto m = number.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    auto toNumber = [](QString s) { return s.replace(u',', u'.').toDouble(); };
    double value = toNumber(m.captured(1));
    if (m.hasCaptured(2))
        value = (value + toNumber(m.captured(2))) / 2.0;
    const QString unit = m.captured(3).toLower();
    if (unit.isEmpty()) {
        if (hours)
            value /= 8.0;
    } else if (unit.startsWith(u'h') || unit == u"jam" || unit == u"saat" ||
               unit.startsWith(u"stunde") || unit.startsWith(u"heure") ||
               unit.startsWith(u"hora") || unit == u"giờ" || unit == u"小时" || unit == u"시간") {
        value /= 8.0;
    } else if (unit.startsWith(u'w') || unit.startsWith(u"semai") || unit.startsWith(u"seman") ||
               unit.startsWith(u"woche") || unit == u"hafta" || unit == u"minggu" ||
               unit == u"tuần" || unit == u"周") {
        value *= 5.0;
    }
    return value;
}

} // namespace Candor
