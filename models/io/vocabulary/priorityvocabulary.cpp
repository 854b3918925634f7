// SPDX-License-Identifier: MIT
#include "priorityvocabulary.h"

#include <QRegularExpression>

#include <algorithm>

namespace Candor {

std::optional<Priority> PriorityVocabulary::priority(QStringView text, bool colours)
{
    static const QRegularExpression token(QStringLiteral("\\bP([0-9])\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression words(
        QStringLiteral("(?:^|[^\\w])(critical|critique|crítico|crítica|kritisch|kritik|kritis|"
                       "критично|критический|紧急|긴급|urgent|urgente|blocker|showstopper|must|"
                       "high|haute|élevée|élevé|alta|alto|hoch|yüksek|tinggi|cao|высокий|高|높음|"
                       "should|medium|med|normal|moyenne|moyen|media|medio|mittel|orta|sedang|"
                       "trung bình|средний|中|보통|could|low|basse|bas|faible|baja|bajo|niedrig|"
                       "düşük|rendah|thấp|низкий|低|낮음|nice|defer|deferred|later|someday)"
                       "(?:$|[^\\w])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (text.size() > 2000)
        return std::nullopt;
    const QStringView t = text.trimmed();
    // A bare "P1", as most Priority cells hold, needs no expression.
    if (t.size() == 2 && (t.front() == u'P' || t.front() == u'p') && t.back() >= u'0' &&
        t.back() <= u'9')
        return Priority(std::min(t.back().unicode() - u'0', 3));
    // A bare rank, as spreadsheets write it: 0 to 3 are P0 to P3.
    if (t.size() == 1 && t.front() >= u'0' && t.front() <= u'3')
        return Priority(t.front().unicode() - u'0');
    if (const auto m = token.match(text); m.hasMatch())
        return Priority(std::min(m.capturedView(1).toInt(), 3));
    if (const auto m = words.match(text); m.hasMatch()) {
        static const QString p0 = QStringLiteral("critical critique crítico crítica kritisch "
                                                 "kritik kritis критично критический 紧急 긴급 "
                                                 "urgent urgente blocker showstopper must");
        static const QString p1 = QStringLiteral(
            "high haute élevée élevé alta alto hoch yüksek tinggi cao высокий 高 높음 should");
        static const QString p2 =
            QStringLiteral("medium med normal moyenne moyen media medio mittel orta sedang "
                           "trung bình средний 中 보통 could");
        const QString w = m.captured(1).toLower();
        auto has = [&w](const QString &list) {
            for (qsizetype at = list.indexOf(w); at >= 0; at = list.indexOf(w, at + 1)) {
                if ((at == 0 || list.at(at - 1) == u' ') &&
                    (at + w.size() == list.size() || list.at(at + w.size()) == u' '))
                    return true;
            }
            return false;
        };
        if (has(p0))
            return Priority::P0;
        if (has(p1))
            return Priority::P1;
        if (has(p2))
            return Priority::P2;
        return Priority::P3;
    }
    if (colours) {
        if (text.contains(u"🔴"))
            return Priority::P0;
        if (text.contains(u"🟠"))
            return Priority::P1;
        if (text.contains(u"🟡"))
            return Priority::P2;
        if (text.contains(u"🟢"))
            return Priority::P3;
    }
    return std::nullopt;
}

std::optional<Priority> PriorityVocabulary::headingPriority(QStringView heading)
{
    static const QRegularExpression token(QStringLiteral("\\bP([0-9])\\b"));
    static const QRegularExpression critical(
        QStringLiteral("\\b(critical|critique|crítico|crítica|kritisch|kritik|urgent|urgente|"
                       "showstopper)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression level(
        QStringLiteral(
            "\\b(?:(high|medium|low|haute|moyenne|basse|alta|media|baja|hohe|mittlere|"
            "niedrige|yüksek|orta|düşük)\\s+(?:priority|priorité|prioridad|priorität|"
            "öncelik)|(?:priority|priorité|prioridad|priorität|prioritas|öncelik)\\s*:?\\s*"
            "(high|medium|low|[1-5]))\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression moscow(
        QStringLiteral("\\b(must|should|could|nice)[ -](?:have|to have)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (heading.size() > 500)
        return std::nullopt;
    if (const auto m = token.match(heading); m.hasMatch())
        return Priority(std::min(m.capturedView(1).toInt(), 3));
    if (const auto m = level.match(heading); m.hasMatch()) {
        const QString w = (m.hasCaptured(1) ? m.captured(1) : m.captured(2)).toLower();
        if (w.size() == 1)
            return Priority(std::min(w.toInt(), 3));
        return priority(w, false);
    }
    if (critical.match(heading).hasMatch())
        return Priority::P0;
    if (const auto m = moscow.match(heading); m.hasMatch())
        return priority(m.captured(1), false);
    return std::nullopt;
}

} // namespace Candor
