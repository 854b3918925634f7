// SPDX-License-Identifier: MIT
#include "statusvocabulary.h"

#include "statuswords.h"

#include <QRegularExpression>

#include <algorithm>

namespace Candor {

namespace {

using Kind = StatusWords::Kind;

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x9fff) || (u >= 0xac00 && u <= 0xd7af) ||
           (u >= 0x1100 && u <= 0x11ff);
}

QString normalized(QStringView text)
{
    QString s = text.toString().toLower();
    for (QChar &c : s) {
        if (c == u'_' || c == u'-' || c == u'*' || c == u'\u00a0')
            c = u' ';
    }
    return s.simplified();
}

std::optional<int> percentIn(QStringView text)
{
    static const QRegularExpression percent(QStringLiteral("(\\d{1,3})(?:\\.\\d+)?\\s?%"));
    const auto m = percent.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return std::clamp(m.capturedView(1).toInt(), 0, 100);
}

} // namespace

StatusVocabulary::StatusVocabulary()
{
    for (const StatusWords::List &list : StatusWords::words()) {
        const QString all = QString::fromUtf16(list.entries);
        for (const QString &w : all.split(u'|', Qt::SkipEmptyParts))
            m_phrases.append({normalized(w), list.kind, isCjk(w.front())});
    }
    // The labels Candor itself shows, in the language it runs in.
    const std::pair<QString, int> labels[] = {
        {TaskEnums::label(Status::Todo), Kind::Todo},
        {TaskEnums::label(Status::InProgress), Kind::InProgress},
        {TaskEnums::label(Status::Blocked), Kind::Blocked},
        {TaskEnums::label(Status::Review), Kind::Review},
        {TaskEnums::label(Status::Done), Kind::Done},
        {TaskEnums::label(Status::Cancelled), Kind::Cancelled},
        {TaskEnums::label(Verification::Unverified), Kind::Claimed},
        {TaskEnums::label(Verification::Verified), Kind::Verified},
        {TaskEnums::label(Verification::Failed), Kind::Failed},
    };
    for (const auto &[label, kind] : labels) {
        const QString text = normalized(label);
        if (!text.isEmpty())
            m_phrases.append({text, kind, isCjk(text.front())});
    }
    for (const Phrase &p : std::as_const(m_phrases)) {
        if (p.cjk)
            continue;
        const QStringList words = p.text.split(u' ', Qt::SkipEmptyParts);
        auto &list = m_byFirstWord[words.first()];
        list.append({words, p.kind});
        std::stable_sort(list.begin(), list.end(), [](const WordPhrase &a, const WordPhrase &b) {
            return a.words.size() > b.words.size();
        });
    }
    m_phrases.erase(
        std::remove_if(m_phrases.begin(), m_phrases.end(), [](const Phrase &p) { return !p.cjk; }),
        m_phrases.end());
    std::stable_sort(m_phrases.begin(), m_phrases.end(), [](const Phrase &a, const Phrase &b) {
        return a.text.size() > b.text.size();
    });
    for (const StatusWords::List &entry : StatusWords::symbols()) {
        const QString all = QString::fromUtf16(entry.entries);
        for (const QString &s : all.split(u'|', Qt::SkipEmptyParts))
            addSymbol(s, StatusWords::meaningOf(entry.kind));
    }
}

void StatusVocabulary::addSymbol(const QString &symbol, const StatusMeaning &meaning)
{
    for (auto &entry : m_symbols) {
        if (entry.first == symbol) {
            entry.second = meaning;
            return;
        }
    }
    m_symbols.append({symbol, meaning});
    std::stable_sort(m_symbols.begin(), m_symbols.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    m_symbolsByFirst.clear();
    m_cache.clear();
    for (qsizetype i = 0; i < m_symbols.size(); ++i)
        m_symbolsByFirst[m_symbols.at(i).first.front().unicode()].append(int(i));
}

void StatusMeaning::applyTo(ImportedTask &task) const
{
    task.status = status;
    if (verification)
        task.verification = verification;
    if (progress)
        task.progress = progress;
}

std::optional<StatusMeaning> StatusVocabulary::status(QStringView text) const
{
    if (const std::optional<Status> token = TaskEnums::statusFromToken(text.trimmed()))
        return StatusMeaning{*token, {}, {}}; // the common case, without building words
    return interpret(text);
}

std::optional<Verification> StatusVocabulary::verification(QStringView text) const
{
    if (const auto token = TaskEnums::verificationFromToken(text.trimmed()))
        return token; // the common case, without building words
    const std::optional<StatusMeaning> meaning = interpret(text);
    return meaning ? verdictOf(*meaning) : std::nullopt;
}

std::optional<Verification> StatusVocabulary::verdictOf(const StatusMeaning &meaning)
{
    if (meaning.verification)
        return meaning.verification;
    if (meaning.status == Status::Done)
        return Verification::Verified; // "QA: done", "tests passed"
    return std::nullopt;
}

std::optional<StatusMeaning> StatusVocabulary::interpretWords(QStringView text) const
{
    if (text.isEmpty() || text.size() > 2000)
        return std::nullopt;
    QString s = normalized(text);
    int best = -1;
    // Words: phrases are looked up by their first word ("not done" before "done").
    QList<QStringView> words;
    bool cjk = false;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        const bool letter = i < s.size() && s.at(i).isLetterOrNumber();
        if (letter && isCjk(s.at(i)))
            cjk = true;
        if (letter && start < 0)
            start = i;
        else if (!letter && start >= 0) {
            words.append(QStringView(s).mid(start, i - start));
            start = -1;
        }
    }
    for (qsizetype i = 0; i < words.size();) {
        const auto it = m_byFirstWord.constFind(words.at(i).toString());
        qsizetype advance = 1;
        if (it != m_byFirstWord.cend()) {
            for (const WordPhrase &p : it.value()) {
                if (i + p.words.size() > words.size())
                    continue;
                bool same = true;
                for (qsizetype w = 1; w < p.words.size() && same; ++w)
                    same = words.at(i + w) == p.words.at(w);
                if (same) {
                    best = std::max(best, p.kind);
                    advance = p.words.size();
                    break;
                }
            }
        }
        i += advance;
    }
    if (cjk) {
        for (const Phrase &p : m_phrases) {
            qsizetype at = 0;
            while ((at = s.indexOf(p.text, at)) >= 0) {
                best = std::max(best, p.kind);
                // Consume the phrase so that "未完成" is not read again as "完成".
                for (qsizetype i = at; i < at + p.text.size(); ++i)
                    s[i] = u'\u0001';
                at += p.text.size();
            }
        }
    }
    if (best < 0) {
        // A status cell that holds only a percentage ("60%") says how far the work is.
        static const QRegularExpression onlyPercent(QStringLiteral("^\\d{1,3}(?:\\.\\d+)?\\s?%$"));
        if (!onlyPercent.match(text.trimmed()).hasMatch())
            return std::nullopt;
        const int percent = *percentIn(text);
        StatusMeaning m = StatusWords::meaningOf(percent >= 100 ? Kind::Done
                                                 : percent <= 0 ? Kind::Todo
                                                                : Kind::InProgress);
        if (m.status == Status::InProgress)
            m.progress = percent;
        return m;
    }
    StatusMeaning m = StatusWords::meaningOf(best);
    if (m.status == Status::InProgress) {
        if (const auto pct = percentIn(text))
            m.progress = *pct;
    }
    return m;
}

int StatusVocabulary::symbolIndexAt(QStringView text) const
{
    if (text.isEmpty())
        return -1;
    const auto it = m_symbolsByFirst.constFind(text.front().unicode());
    if (it == m_symbolsByFirst.cend())
        return -1;
    for (const int i : it.value()) {
        if (text.startsWith(m_symbols.at(i).first))
            return i;
    }
    return -1;
}

std::optional<StatusMeaning> StatusVocabulary::interpretSymbol(QStringView symbol) const
{
    const int i = symbolIndexAt(symbol);
    if (i < 0)
        return std::nullopt;
    return m_symbols.at(i).second;
}

std::optional<StatusMeaning> StatusVocabulary::interpret(QStringView text) const
{
    const QString key = text.toString();
    if (const auto it = m_cache.constFind(key); it != m_cache.cend())
        return it.value();
    const auto result = interpretUncached(text);
    if (m_cache.size() < 20000)
        m_cache.insert(key, result);
    return result;
}

std::optional<StatusMeaning> StatusVocabulary::interpretUncached(QStringView text) const
{
    if (auto words = interpretWords(text))
        return words;
    int length = 0;
    const qsizetype at = findSymbol(text, &length);
    if (at < 0)
        return std::nullopt;
    auto m = interpretSymbol(text.mid(at));
    if (m && m->status == Status::InProgress) {
        if (const auto pct = percentIn(text))
            m->progress = *pct;
    }
    return m;
}

int StatusVocabulary::symbolAt(QStringView text) const
{
    const int i = symbolIndexAt(text);
    if (i < 0)
        return 0;
    int length = int(m_symbols.at(i).first.size());
    // Swallow a variation selector that follows a bare symbol.
    if (text.size() > length && text.at(length) == u'\ufe0f')
        ++length;
    return length;
}

qsizetype StatusVocabulary::findSymbol(QStringView text, int *length) const
{
    for (qsizetype at = 0; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (c.unicode() < 0x2000 && c != u'â' && c != u'ð' && c != u'ğ')
            continue;
        const int i = symbolIndexAt(text.mid(at));
        if (i >= 0) {
            if (length)
                *length = int(m_symbols.at(i).first.size());
            return at;
        }
    }
    if (length)
        *length = 0;
    return -1;
}

std::optional<StatusMeaning> StatusVocabulary::interpretCheckbox(QStringView marker) const
{
    const QStringView m = marker.trimmed();
    if (m.isEmpty())
        return StatusWords::meaningOf(Kind::Todo);
    if (m == u"x" || m == u"X")
        return StatusWords::meaningOf(Kind::Done);
    if (m == u"/" || m == u"~" || m == u".")
        return StatusWords::meaningOf(Kind::InProgress);
    if (m == u"-")
        return StatusWords::meaningOf(Kind::Partial);
    if (m == u"?")
        return std::nullopt;
    if (symbolAt(m) > 0)
        return interpretSymbol(m);
    return interpretWords(m);
}

int StatusVocabulary::readLegend(QStringView line)
{
    static const QRegularExpression legend(
        QStringLiteral("(?:^|[\\s>*_])(?:%1)\\s*(?:\\w+\\s*)?[:：]")
            .arg(StatusWords::legendWords()),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    int symbolLength = 0;
    if (line.size() > 1000 || findSymbol(line, &symbolLength) < 0 || !legend.match(line).hasMatch())
        return 0;
    static const QRegularExpression separators(QStringLiteral("\\s*(?:[·•,;|/]|\\s-\\s)\\s*"));
    const QString text = line.toString().remove(u'*').remove(u'`');
    static const QRegularExpression colonRe(QStringLiteral("[:：]"));
    const qsizetype colon = text.indexOf(colonRe);
    int defined = 0;
    for (const QString &piece : text.mid(colon + 1).split(separators, Qt::SkipEmptyParts)) {
        QString p = piece.trimmed();
        int length = symbolAt(p);
        if (length == 0) {
            // Unknown symbols are defined by the legend too ("🐛 bug"): the first non-letter run.
            qsizetype i = 0;
            while (i < p.size() && !p.at(i).isLetterOrNumber() && !p.at(i).isSpace() &&
                   p.at(i) != u'=')
                ++i;
            length = int(i);
        }
        if (length == 0)
            continue;
        const QString symbol = p.left(length).trimmed();
        QString meaning = p.mid(length).trimmed();
        if (meaning.startsWith(u'=') || meaning.startsWith(u':'))
            meaning = meaning.mid(1).trimmed();
        if (symbol.isEmpty() || meaning.isEmpty())
            continue;
        if (const auto m = interpretWords(meaning)) {
            addSymbol(symbol, *m);
            m_legendNotes.append(
                QStringLiteral("%1 = %2 → %3").arg(symbol, meaning, TaskEnums::token(m->status)));
            ++defined;
        }
    }
    return defined;
}

} // namespace Candor
