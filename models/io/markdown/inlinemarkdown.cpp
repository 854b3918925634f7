// SPDX-License-Identifier: MIT
#include "inlinemarkdown.h"

#include <QRegularExpression>

#include <algorithm>

namespace Candor {

namespace {

const QString keyPattern = QStringLiteral("(?:[A-Z][A-Z0-9]{0,15}(?:[-_][A-Z][A-Z0-9]{0,15})?-\\d{"
                                          "1,5}(?:\\.\\d{1,3}){0,2}[a-z]?|P\\d+(?:\\.\\d+){1,4})");

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Cheap tests that rule out most text before a regular expression runs on it: a table of 100k
// rows asks these questions of every cell.
bool mayBeKey(QStringView t)
{
    if (t.isEmpty() || t.size() > 40 || t.front() < u'A' || t.front() > u'Z')
        return false;
    return std::any_of(t.cbegin(), t.cend(), isAsciiDigit);
}

bool mayHoldCounts(QStringView t)
{
    // Both forms of evidence start with a count.
    if (std::none_of(t.cbegin(), t.cend(), isAsciiDigit))
        return false;
    for (qsizetype i = t.indexOf(u'/'); i >= 0; i = t.indexOf(u'/', i + 1)) {
        qsizetype before = i - 1;
        while (before >= 0 && t.at(before).isSpace())
            --before;
        qsizetype after = i + 1;
        while (after < t.size() && t.at(after).isSpace())
            ++after;
        if (before >= 0 && after < t.size() && t.at(before).isDigit() && t.at(after).isDigit())
            return true;
    }
    return t.contains(QLatin1String("test"), Qt::CaseInsensitive);
}

// Most cells are plain text already: no markup, no doubled or edge whitespace.
bool isPlainAlready(QStringView text)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return false;
    for (qsizetype k = 0; k < text.size(); ++k) {
        const QChar c = text.at(k);
        if (c == u'`' || c == u'[' || c == u'<' || c == u'*' || c == u'_' || c == u'~' ||
            c == u'\n' || c == u'\t' || c == u'\r' ||
            (c == u' ' && k + 1 < text.size() && text.at(k + 1).isSpace()))
            return false;
    }
    return true;
}

} // namespace

QString InlineMarkdown::plain(const QString &text)
{
    // Shares the text instead of copying it: a table's cells are kept as they are.
    return isPlainAlready(text) ? text : plain(QStringView(text));
}

QString InlineMarkdown::plain(QStringView text)
{
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression tag(QStringLiteral("</?[A-Za-z][^>]{0,200}>"));
    static const QRegularExpression emphasis(QStringLiteral("(\\*\\*|__|~~)"));
    static const QRegularExpression italics(
        QStringLiteral("(?<![\\w*])[*_](?=\\S)([^*_]+?)(?<=\\S)[*_](?![\\w*])"));
    if (isPlainAlready(text))
        return text.toString();
    QString s = text.toString();
    if (s.contains(u'`'))
        s.remove(u'`');
    if (s.contains(u'[')) {
        s.replace(image, QStringLiteral("\\1"));
        s.replace(link, QStringLiteral("\\1"));
    }
    if (s.contains(u'<'))
        s.replace(tag, QStringLiteral(" "));
    if (s.contains(u'*') || s.contains(u'_') || s.contains(u'~')) {
        s.remove(emphasis);
        s.replace(italics, QStringLiteral("\\1"));
    }
    return s.simplified();
}

bool InlineMarkdown::isTimeBucket(QStringView text)
{
    static const QRegularExpression bucket(
        QStringLiteral("^(?:week|day|sprint|month|iteration|semaine|jour|semana|día|dia|woche|"
                       "tag|hafta|gün|minggu|hari|tuần|ngày|неделя|день|第)\\s*\\d{1,3}\\s*"
                       "(?:周|天)?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return text.size() < 40 && (bucket.match(text).hasMatch() || loggedDate(text).isValid());
}

QDate InlineMarkdown::loggedDate(QStringView text)
{
    // "2026-04-01", "2026-04-02 / 2026-04-03", "April 2, 2026": the last date of the label.
    static const QRegularExpression dates(
        QStringLiteral("^(?:\\d{4}-\\d{2}-\\d{2}|[A-Z][a-z]{2,8}\\.? \\d{1,2},? \\d{4})"
                       "(?:\\s*(?:/|–|—|-|to|bis|au)\\s*(\\d{4}-\\d{2}-\\d{2}))?$"));
    if (text.size() > 40)
        return {};
    const auto m = dates.match(text);
    if (!m.hasMatch())
        return {};
    return date(m.hasCaptured(1) ? m.capturedView(1) : text);
}

bool InlineMarkdown::isStruck(QStringView text)
{
    const QStringView t = text.trimmed();
    return t.startsWith(u"~~") && t.indexOf(u"~~", 2) > 2;
}

QString InlineMarkdown::leadingKey(QStringView text, qsizetype *length, bool spaceEnds)
{
    static const QRegularExpression leading(
        QStringLiteral("^\\s*(?:\\*\\*|__|`)?\\[?(%1)\\]?(?:\\*\\*|__|`)?(?:\\s*[:：—–-]+\\s*|\\s+"
                       "(?=\\S)|\\s*$)(?:\\*\\*|__)?")
            .arg(keyPattern));
    const auto m = leading.match(text);
    if (!m.hasMatch())
        return {};
    if (!spaceEnds) {
        const QStringView sep = m.capturedView(0).mid(m.capturedEnd(1) - m.capturedStart(0));
        if (!sep.contains(u':') && !sep.contains(u'—') && !sep.contains(u'–') &&
            !sep.contains(u'-') && m.capturedEnd(0) < text.size())
            return {};
    }
    if (length)
        *length = m.capturedEnd(0);
    return m.captured(1);
}

bool InlineMarkdown::isKey(QStringView text)
{
    static const QRegularExpression key(QStringLiteral("^%1$").arg(keyPattern));
    return mayBeKey(text) && key.match(text).hasMatch();
}

QStringList InlineMarkdown::keysIn(QStringView text)
{
    static const QRegularExpression key(
        QStringLiteral("(?<![\\w-])(%1)(?![\\w-])").arg(keyPattern));
    QStringList keys;
    if (text.size() > 5000)
        text = text.left(5000);
    auto it = key.globalMatch(text);
    while (it.hasNext()) {
        const QString k = it.next().captured(1);
        if (!keys.contains(k))
            keys.append(k);
    }
    return keys;
}

QString InlineMarkdown::prefixOf(QStringView key)
{
    const qsizetype dash = key.lastIndexOf(u'-');
    if (dash <= 0)
        return {};
    return key.left(dash).toString();
}

QDate InlineMarkdown::date(QStringView text)
{
    static const QRegularExpression iso(QStringLiteral("(\\d{4})-(\\d{1,2})-(\\d{1,2})"));
    static const QRegularExpression dotted(
        QStringLiteral("\\b(\\d{1,2})[./](\\d{1,2})[./](\\d{4})\\b"));
    static const QRegularExpression named(
        QStringLiteral("\\b([A-Z][a-z]{2,8})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"));
    if (text.size() > 500)
        return {};
    if (const auto m = iso.match(text); m.hasMatch()) {
        const QDate d(m.capturedView(1).toInt(), m.capturedView(2).toInt(),
                      m.capturedView(3).toInt());
        if (d.isValid())
            return d;
    }
    if (const auto m = dotted.match(text); m.hasMatch()) {
        const QDate d(m.capturedView(3).toInt(), m.capturedView(2).toInt(),
                      m.capturedView(1).toInt());
        if (d.isValid())
            return d;
    }
    if (const auto m = named.match(text); m.hasMatch()) {
        static const QStringList months = {
            QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
            QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
            QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
            QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
        const int month = int(months.indexOf(m.captured(1).left(3).toLower())) + 1;
        if (month > 0) {
            const QDate d(m.capturedView(3).toInt(), month, m.capturedView(2).toInt());
            if (d.isValid())
                return d;
        }
    }
    return {};
}

std::optional<int> InlineMarkdown::percent(QStringView text)
{
    static const QRegularExpression pct(QStringLiteral("(\\d{1,3})(?:[.,]\\d+)?\\s?%"));
    const auto m = pct.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return std::clamp(m.capturedView(1).toInt(), 0, 100);
}

QString InlineMarkdown::evidence(QStringView text)
{
    static const QRegularExpression counts(
        QStringLiteral(
            "\\b\\d+\\s*/\\s*\\d+\\s+(?:[\\w-]+\\s+){0,2}?(?:pass(?:ing|ed|es)?|fail"
            "(?:ing|ed|s)?|green|criteria met|checks?)\\b(?:\\s*\\(\\d{1,3}(?:\\.\\d+)?%\\))?|"
            "\\b\\d+\\s+(?:[\\w-]+\\s+)?tests?\\s+(?:\\w+\\s+)?(?:pass(?:ing|ed)?|fail"
            "(?:ing|ed)?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (text.size() > 5000 || !mayHoldCounts(text))
        return {};
    const auto m = counts.match(text);
    return m.hasMatch() ? m.captured(0) : QString();
}

QStringList InlineMarkdown::afterKeys(QStringView text)
{
    static const QRegularExpression after(
        QStringLiteral("\\b(?:after|depends on|blocked by|requires|needs|nach|después de|"
                       "tras|après|sonra|setelah|sau khi|depende de|dépend de)\\s+\\**\\[?(%1)")
            .arg(keyPattern),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QStringList keys;
    if (text.size() > 5000)
        return keys;
    auto it = after.globalMatch(text);
    while (it.hasNext())
        keys.append(it.next().captured(1));
    return keys;
}

QString InlineMarkdown::componentName(QStringView heading)
{
    static const QRegularExpression parenthetical(QStringLiteral("\\s*[(\\[][^)\\]]*[)\\]]"));
    static const QRegularExpression numbering(
        QStringLiteral("^(?:\\d+(?:\\.\\d+)*[.)]?|[IVX]+\\.|[A-Z]\\))\\s+"));
    static const QRegularExpression priorityToken(
        QStringLiteral(
            "\\bP[0-9]\\b|\\b(?:high|medium|low)\\s+priority\\b|\\bpriority\\s*[0-9]\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // Priority words, alone or with a generic noun: "SHOWSTOPPER BLOCKERS", "Critical issues".
    static const QRegularExpression onlyPriority(
        QStringLiteral("^(?:(?:critical|critique|crítico|high|medium|low|important|urgent|"
                       "must|should|could|nice|blockers?|showstoppers?|(?:must|should|could|nice)"
                       "(?: to)? have|must fix first|priority|priorities|items?|tasks?|issues?|"
                       "bugs?|fixes)(?:\\s+|$))*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression edges(
        QStringLiteral("^[\\s\\-–—:|·•.,/]+|[\\s\\-–—:|·•.,/]+$"));
    static const QRegularExpression percentOnly(QStringLiteral("\\s*~?\\d{1,3}(?:\\.\\d+)?\\s?%"));
    QString s = plain(withoutSymbols(heading));
    s.remove(parenthetical);
    s.remove(percentOnly);
    static const QRegularExpression trailingPriority(
        QStringLiteral("[\\s:\\-–—]+(?:critical|critique|crítico|urgent|high|medium|low)$"),
        QRegularExpression::CaseInsensitiveOption);
    s.remove(trailingPriority);
    s.remove(priorityToken);
    s.remove(edges);
    s.remove(numbering);
    s.remove(edges);
    s = s.simplified();
    if (onlyPriority.match(s).hasMatch())
        return {};
    return s;
}

QString InlineMarkdown::withoutSymbols(QStringView text)
{
    // Mojibake of emoji as cp1252/cp1254 ("âœ…", "ðŸ”´", "ğŸ”´") and Mac Roman ("‚úÖ", "üî¥").
    static const QRegularExpression mojibake(
        QStringLiteral("(?:[ðğ]Ÿ.{1,2}(?:\\s?ï¸.?)?|â[\\x{80}-\\x{BF}\\x{152}-\\x{2122}][\\x{80}-"
                       "\\x{BF}\\x{152}-\\x{2122}]?"
                       "(?:\\s?ï¸.?)?|‚[úùöè¨ò].|\\x{F8FF}ü..|Ô∏è)"));
    QString s = text.toString();
    if (s.contains(u'â') || s.contains(u'ð') || s.contains(u'ğ') || s.contains(u'‚') ||
        s.contains(QChar(0xF8FF)))
        s.remove(mojibake);
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isSurrogate()) {
            if (c.isHighSurrogate() && i + 1 < s.size()) {
                const char32_t ucs = QChar::surrogateToUcs4(c, s.at(i + 1));
                ++i;
                if (QChar::isLetterOrNumber(ucs)) {
                    out.append(c);
                    out.append(s.at(i));
                }
            }
            continue;
        }
        const auto cat = c.category();
        if (cat == QChar::Symbol_Other || c == u'\ufe0f' || c == u'\u200d' || c == u'\u20e3' ||
            cat == QChar::Other_PrivateUse || cat == QChar::Other_Control)
            continue;
        out.append(c);
    }
    return out;
}

} // namespace Candor
