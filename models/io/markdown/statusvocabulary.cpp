// SPDX-License-Identifier: MIT
#include "statusvocabulary.h"

#include <QRegularExpression>

#include <algorithm>

namespace Candor {

namespace {

// Ordered by precedence: when a text says several things, the highest kind wins, so that
// "YELLOW COMPLETE" stays in progress and "complete but failing" is a failed claim.
enum Kind : int { Todo, Done, Verified, Claimed, Review, InProgress, Partial, Blocked, Failed };

StatusMeaning meaningOf(int kind)
{
    StatusMeaning m;
    switch (kind) {
    case Todo:
        m.status = Status::Todo;
        break;
    case Done:
        m.status = Status::Done;
        break;
    case Verified:
        m.status = Status::Done;
        m.verification = Verification::Verified;
        break;
    case Claimed:
        m.status = Status::Done;
        m.verification = Verification::Unverified;
        break;
    case Review:
        m.status = Status::Review;
        break;
    case InProgress:
        m.status = Status::InProgress;
        break;
    case Partial:
        m.status = Status::InProgress;
        m.progress = 50;
        break;
    case Blocked:
        m.status = Status::Blocked;
        break;
    default:
        m.status = Status::Done;
        m.verification = Verification::Failed;
        break;
    }
    return m;
}

struct WordList
{
    int kind;
    const char16_t *words; // '|'-separated, lower case
};

// English first, then zh, ko, vi, id, tr, de, fr, es, pt, ru.
const WordList wordLists[] = {
    {Claimed, u"claimed but not verified|claimed|unverified|not verified|non vérifié|no verificado|"
              u"nicht verifiziert|doğrulanmadı|belum diverifikasi|未验证|미검증|не проверено"},
    {Verified, u"verified|vérifié|vérifiée|verificado|verificada|verifiziert|doğrulandı|"
               u"terverifikasi|đã xác minh|已验证|검증됨|검증 완료|проверено|подтверждено"},
    {Failed, u"broken|failing|failed|fails|fake|faked|not working|roto|rota|fallando|fallido|"
             u"falso|cassé|cassée|échoue|échec|kaputt|fehlgeschlagen|defekt|bozuk|başarısız|rusak|"
             u"gagal|hỏng|lỗi|失败|已损坏|损坏|실패|고장|сломано|не работает|провалено"},
    {Blocked, u"blocked|on hold|waiting|stuck|bloqueado|bloqueada|en espera|bloqué|bloquée|"
              u"en attente|blockiert|wartet|engellendi|beklemede|terblokir|tertunda|bị chặn|"
              u"阻塞|受阻|已阻塞|차단|보류|заблокировано|блокер|ожидает"},
    {Partial,
     u"partial|partially|partly|mostly|parcial|parcialmente|partiel|partielle|"
     u"partiellement|teilweise|kısmen|kısmi|sebagian|một phần|部分完成|部分|부분|частично"},
    {InProgress, u"in progress|in_progress|wip|ongoing|started|active|doing|yellow|working on|"
                 u"en progreso|"
                 u"en curso|en proceso|en cours|in arbeit|in bearbeitung|läuft|devam ediyor|"
                 u"sürüyor|sedang dikerjakan|sedang berjalan|dalam proses|dalam pengerjaan|"
                 u"đang làm|đang thực hiện|đang tiến hành|进行中|开发中|진행 중|진행중|"
                 u"в процессе|в работе|выполняется"},
    {Review, u"in review|review|under review|en revisión|en revue|in prüfung|incelemede|"
             u"ditinjau|审核中|검토 중|на проверке|на ревью"},
    {Todo, u"not done|not started|not implemented|not yet|todo|to do|missing|pending|planned|"
           u"backlog|open|not met|absent|next|up next|future|sin empezar|no iniciado|no "
           u"iniciada|pendiente|"
           u"por hacer|planificado|falta|faltante|diferido|diferida|deferred|à faire|a faire|"
           u"non commencé|non commencée|manquant|manquante|prévu|prévue|offen|ausstehend|"
           u"fehlt|geplant|nicht begonnen|yapılacak|bekliyor|başlanmadı|eksik|planlandı|belum|"
           u"belum dimulai|belum selesai|tertunda|chưa làm|chưa bắt đầu|chưa xong|chưa hoàn thành|"
           u"待办|待完成|未开始|未完成|计划中|할 일|미완료|미착수|예정|не сделано|не начато|"
           u"отсутствует|запланировано|в планах"},
    {Done,
     u"done|complete|completed|finished|fixed|resolved|implemented|achieved|shipped|"
     u"merged|passed|passing|completo|completa|completado|completada|terminado|terminada|"
     u"hecho|listo|lista|resuelto|implementado|concluído|concluido|terminé|terminée|"
     u"terminés|terminées|fait|faite|complété|complétée|achevé|achevée|résolu|livré|fertig|"
     u"erledigt|abgeschlossen|erfüllt|behoben|umgesetzt|tamamlandı|tamam|bitti|çözüldü|"
     u"selesai|sudah|beres|tuntas|hoàn thành|xong|đã xong|完成|已完成|已实现|已修复|완료|완성|"
     u"готово|выполнено|сделано|завершено|реализовано|исправлено"},
};

struct SymbolEntry
{
    int kind;
    const char16_t *symbols; // '|'-separated; mojibake forms follow the real emoji
};

const SymbolEntry symbolEntries[] = {
    {Done,
     u"✅|✔️|✔|☑️|☑|🟢|🟩|✓|🎉|âœ…|‚úÖ|âœ”|ðŸŸ¢|ğŸŸ¢"},
    {InProgress,
     u"🟡|🔄|⏳|🚧|🔃|⌛|🟨|ðŸŸ¡|ğŸŸ¡|ðŸ”„|ğŸ”„|â³|â\u008f³|"
     u"‚è≥|"
     u"ðŸš§|"
     u"ğŸš§"},
    {Partial, u"⚠️|⚠|âš ï¸|âš\u00a0ï¸|‚ö†Ô∏è"},
    {Todo, u"❌|🔴|⬜|⭕|📋|☐|✗|✘|âŒ|â\u009dŒ|‚ùå|ðŸ”´|ğŸ”´|\uf8ffüî¥|â¬œ|ðŸ“‹|ğŸ“‹"},
    {Blocked, u"⏸️|⏸|🚫|🔒|⛔|🛑|ðŸš«|ğŸš«|ðŸ”’|ğŸ”’"},
    {Failed, u"💀|ðŸ’€|ğŸ’€"},
};

const QString legendWords = QStringLiteral(
    "legend|légende|leyenda|legende|legenda|leggenda|图例|범례|chú thích|keterangan|açıklama|"
    "lejant|обозначения|условные обозначения|key");

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
    for (const WordList &list : wordLists) {
        const QString all = QString::fromUtf16(list.words);
        for (const QString &w : all.split(u'|', Qt::SkipEmptyParts))
            m_phrases.append({normalized(w), list.kind, isCjk(w.front())});
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
    for (const SymbolEntry &entry : symbolEntries) {
        const QString all = QString::fromUtf16(entry.symbols);
        for (const QString &s : all.split(u'|', Qt::SkipEmptyParts))
            addSymbol(s, meaningOf(entry.kind));
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
        StatusMeaning m = meaningOf(percent >= 100 ? Done : percent <= 0 ? Todo : InProgress);
        if (m.status == Status::InProgress)
            m.progress = percent;
        return m;
    }
    StatusMeaning m = meaningOf(best);
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
        return meaningOf(Todo);
    if (m == u"x" || m == u"X")
        return meaningOf(Done);
    if (m == u"/" || m == u"~" || m == u".")
        return meaningOf(InProgress);
    if (m == u"-")
        return meaningOf(Partial);
    if (m == u"?")
        return std::nullopt;
    if (symbolAt(m) > 0)
        return interpretSymbol(m);
    return interpretWords(m);
}

int StatusVocabulary::readLegend(QStringView line)
{
    static const QRegularExpression legend(
        QStringLiteral("(?:^|[\\s>*_])(?:%1)\\s*(?:\\w+\\s*)?[:：]").arg(legendWords),
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

std::optional<Priority> StatusVocabulary::priority(QStringView text, bool colours)
{
    static const QRegularExpression token(QStringLiteral("\\bP([0-9])\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression words(
        QStringLiteral("(?:^|[^\\w])(critical|critique|crítico|crítica|kritisch|kritik|kritis|"
                       "критично|критический|紧急|긴급|urgent|urgente|blocker|showstopper|must|"
                       "high|haute|élevée|élevé|alta|alto|hoch|yüksek|tinggi|cao|высокий|高|높음|"
                       "should|medium|med|moyenne|moyen|media|medio|mittel|orta|sedang|trung bình|"
                       "средний|中|보통|could|low|basse|bas|faible|baja|bajo|niedrig|düşük|rendah|"
                       "thấp|низкий|低|낮음|nice|defer|deferred|later|someday)(?:$|[^\\w])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (text.size() > 2000)
        return std::nullopt;
    // A bare "P1", as most Priority cells hold, needs no expression.
    if (const QStringView t = text.trimmed(); t.size() == 2 &&
                                              (t.front() == u'P' || t.front() == u'p') &&
                                              t.back() >= u'0' && t.back() <= u'9')
        return Priority(std::min(t.back().unicode() - u'0', 3));
    if (const auto m = token.match(text); m.hasMatch())
        return Priority(std::min(m.capturedView(1).toInt(), 3));
    if (const auto m = words.match(text); m.hasMatch()) {
        static const QString p0 = QStringLiteral("critical critique crítico crítica kritisch "
                                                 "kritik kritis критично критический 紧急 긴급 "
                                                 "urgent urgente blocker showstopper must");
        static const QString p1 = QStringLiteral(
            "high haute élevée élevé alta alto hoch yüksek tinggi cao высокий 高 높음 should");
        static const QString p2 = QStringLiteral("medium med moyenne moyen media medio mittel orta "
                                                 "sedang trung bình средний 中 보통 could");
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

std::optional<Priority> StatusVocabulary::headingPriority(QStringView heading)
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

QString StatusVocabulary::withoutSymbols(QStringView text)
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
