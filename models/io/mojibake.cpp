// SPDX-License-Identifier: MIT
#include "io/mojibake.h"

#include "io/codepages.h"

#include <QChar>
#include <QList>

#include <algorithm>
#include <array>
#include <optional>

namespace Candor {

namespace {

constexpr int kMaxGuesses = 2; // bytes of one sequence a lossy copy may have lost or changed

// Bytes cp1252 leaves undefined: lossy copies drop them or write '?' instead.
constexpr std::array<quint8, 5> kUndefinedBytes = {0x81, 0x8D, 0x8F, 0x90, 0x9D};

// The symbols trackers use most; when a lossy copy leaves a choice between two of the tracker
// symbols below (a straight quote was “ or ”: `â€"` – or —?), these win.
constexpr std::array<char32_t, 16> kCommonSymbols = {
    0x2014, 0x2192, 0x2500, 0x2502,  0x2514,  0x251C,  0x23F3,  0x26A0,
    0x2705, 0x274C, 0xFE0F, 0x1F4CA, 0x1F4CB, 0x1F534, 0x1F7E1, 0x1F7E2,
};

// Symbols trackers use; they settle what a lossy copy leaves open (was `ðŸ"Š` 📊 or 🔊?).
// Where two share their damaged form (📄 and 🔄) only the more common one is listed.
constexpr std::array<char32_t, 98> kTrackerSymbols = {
    0x2013,  0x2014,  0x2018,  0x2019,  0x201C,  0x201D,  0x2022,  0x2026,  0x2139,  0x2190,
    0x2191,  0x2192,  0x2193,  0x2194,  0x21D2,  0x231B,  0x23ED,  0x23F0,  0x23F3,  0x23F8,
    0x2500,  0x2502,  0x250C,  0x2510,  0x2514,  0x2518,  0x251C,  0x2524,  0x252C,  0x2534,
    0x253C,  0x2550,  0x2551,  0x2588,  0x2591,  0x2592,  0x2593,  0x25B6,  0x25CB,  0x25CF,
    0x2610,  0x2611,  0x2612,  0x26A0,  0x26A1,  0x2705,  0x2713,  0x2714,  0x2716,  0x2717,
    0x2728,  0x274C,  0x2753,  0x2757,  0x2764,  0x2B1B,  0x2B1C,  0x2B50,  0xFE0F,  0x1F195,
    0x1F31F, 0x1F389, 0x1F3A8, 0x1F3AF, 0x1F3C1, 0x1F3D7, 0x1F41B, 0x1F440, 0x1F44D, 0x1F4A1,
    0x1F4AC, 0x1F4AF, 0x1F4BB, 0x1F4C1, 0x1F4C5, 0x1F4C6, 0x1F4C8, 0x1F4C9, 0x1F4CA, 0x1F4CB,
    0x1F4CC, 0x1F4DD, 0x1F504, 0x1F50D, 0x1F511, 0x1F512, 0x1F525, 0x1F527, 0x1F534, 0x1F535,
    0x1F680, 0x1F6A7, 0x1F6A8, 0x1F6D1, 0x1F7E0, 0x1F7E1, 0x1F7E2, 0x1F7E5,
};

// One damaged sequence found in a line, and the character it stood for.
struct Match
{
    qsizetype begin = 0;
    qsizetype end = 0; // one past the last character it replaces
    char32_t codePoint = 0;
    bool strong = false; // evidence of damage on its own
    bool quoted = false; // a letter beside a quote or dash: trusted only next to other damage
};

struct Scan
{
    QList<Match> matches;
    qsizetype replaced = 0; // characters the accepted matches replace
    int ambiguous = 0;      // damaged sequences a lossy copy left with several readings
};

bool isPlausible(char32_t cp)
{
    if (cp < 0xA0) // C1 controls never stand in real text
        return false;
    switch (QChar::category(cp)) {
    case QChar::Other_PrivateUse:
    case QChar::Other_Surrogate:
        return false;
    case QChar::Other_NotAssigned: // emoji newer than Qt's Unicode tables
        return cp >= 0x1F000 && cp <= 0x1FAFF;
    default:
        return true;
    }
}

// The characters a two-byte sequence usually stands for; others (NKo, IPA) are likelier chance.
bool isPlausibleTwoByte(char32_t cp)
{
    return (cp >= 0xA0 && cp <= 0x24F) || (cp >= 0x386 && cp <= 0x3CE) ||
           (cp >= 0x400 && cp <= 0x45F) || (cp >= 0x5D0 && cp <= 0x5EA) ||
           (cp >= 0x620 && cp <= 0x64A);
}

// Characters that follow or open a word in ordinary text, so "ß“" or "“é" proves nothing.
bool isQuoteLike(QChar ch)
{
    switch (ch.unicode()) {
    case 0x00A0:
    case 0x00A1:
    case 0x00AB:
    case 0x00B7:
    case 0x00BB:
    case 0x00BF:
    case 0x2013:
    case 0x2014:
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2022:
    case 0x2026:
    case 0x2039:
    case 0x203A:
        return true;
    default:
        return false;
    }
}

// How likely a character is in a tracker, for guesses: 5 and 4 its usual symbols, 3 symbol
// blocks, 2 punctuation and letter-like symbols, 1 anything else.
int symbolScore(char32_t cp)
{
    if (std::find(kCommonSymbols.begin(), kCommonSymbols.end(), cp) != kCommonSymbols.end())
        return 5;
    if (std::find(kTrackerSymbols.begin(), kTrackerSymbols.end(), cp) != kTrackerSymbols.end())
        return 4;
    const auto in = [cp](char32_t first, char32_t last) { return cp >= first && cp <= last; };
    if (in(0x2190, 0x21FF) || in(0x2300, 0x23FF) || in(0x2500, 0x27BF) || in(0x2900, 0x2BFF) ||
        in(0x1F300, 0x1FAFF))
        return 3;
    if (in(0x2010, 0x2027) || in(0x2030, 0x205E) || in(0x20A0, 0x20CF) || in(0x2100, 0x218F) ||
        in(0x2460, 0x24FF))
        return 2;
    return 1;
}

std::optional<Match> exactMatch(QStringView line, qsizetype begin, LegacyCodePage page, quint8 lead)
{
    const int length = Utf8::sequenceLength(lead);
    if (begin + length > line.size())
        return std::nullopt;
    std::array<quint8, 4> bytes = {lead, 0, 0, 0};
    for (int i = 1; i < length; ++i)
        bytes[std::size_t(i)] = CodePageImage::byteOf(page, line[begin + i].unicode());
    Match match;
    match.begin = begin;
    match.end = begin + length;
    match.codePoint = Utf8::decode(bytes, length);
    if (!isPlausible(match.codePoint))
        return std::nullopt;
    if (length > 2) {
        match.strong = true;
        return match;
    }
    // Î and Ï stand alone in damaged Greek (Î£ for Σ); Ð and Ñ come in runs in damaged Cyrillic.
    const bool quoteLike = isQuoteLike(line[begin]) || isQuoteLike(line[begin + 1]);
    match.strong =
        lead == 0xC2 || lead == 0xC3 ||
        (page == LegacyCodePage::Windows && !quoteLike && (lead == 0xCE || lead == 0xCF));
    match.quoted = !match.strong && quoteLike;
    if (!match.strong && !isPlausibleTwoByte(match.codePoint))
        return std::nullopt;
    return match;
}

// Reads a cp1252 sequence that a lossy copy damaged further: undefined bytes dropped or written
// as '?', curly quotes made straight, no-break spaces made plain. Takes the one most plausible
// reading; ties are left alone rather than guessed.
class LossyReading final
{
public:
    LossyReading(QStringView line, qsizetype begin, quint8 lead)
        : m_line(line)
        , m_length(Utf8::sequenceLength(lead))
    {
        m_bytes[0] = lead;
        explore(begin + 1, 1, 0, 0, 0);
        m_match.begin = begin;
    }

    bool found() const { return m_bestScore > 0 && !m_tie; }
    bool ambiguous() const { return m_tie; }
    Match match() const { return m_match; }

private:
    void explore(qsizetype pos, int have, int guesses, int dropped, int exact)
    {
        if (have == m_length) {
            consider(pos, guesses, dropped, exact);
            return;
        }
        const char16_t ch = pos < m_line.size() ? m_line[pos].unicode() : u'\0';
        const quint8 image = ch >= 0x80 ? CodePageImage::byteOf(LegacyCodePage::Windows, ch) : 0;
        if (Utf8::isContinuation(image)) {
            m_bytes[std::size_t(have)] = image;
            explore(pos + 1, have + 1, guesses, dropped, exact + 1);
        }
        if (guesses == kMaxGuesses)
            return;
        const auto guess = [&](quint8 byte, qsizetype next) {
            m_bytes[std::size_t(have)] = byte;
            explore(next, have + 1, guesses + 1, dropped + (next == pos ? 1 : 0), exact);
        };
        if (ch == u'"') {
            guess(0x93, pos + 1);
            guess(0x94, pos + 1);
        } else if (ch == u'\'') {
            guess(0x91, pos + 1);
            guess(0x92, pos + 1);
        } else if (ch == u' ') {
            guess(0xA0, pos + 1);
        } else if (ch == u'?' || ch == QChar::ReplacementCharacter) {
            for (const quint8 byte : kUndefinedBytes)
                guess(byte, pos + 1);
        }
        for (const quint8 byte : kUndefinedBytes)
            guess(byte, pos); // dropped
    }

    void consider(qsizetype end, int guesses, int dropped, int exact)
    {
        if (guesses == 0 || (exact == 0 && dropped > 0))
            return;
        const char32_t cp = Utf8::decode(m_bytes, m_length);
        if (!isPlausible(cp))
            return;
        int plausibility = symbolScore(cp);
        if (cp == 0x200D) // a joiner only stands between two emoji
            plausibility = end < m_line.size() && m_line[end] == QChar(0xF0) ? 6 : 0;
        // Without one intact continuation byte only a tracker symbol is trusted (`â""` for └).
        if (plausibility < (exact == 0 ? 4 : 2))
            return;
        const int score = plausibility * 10 - guesses;
        if (score > m_bestScore) {
            m_bestScore = score;
            m_match.codePoint = cp;
            m_match.end = end;
            m_tie = false;
        } else if (score == m_bestScore && cp != m_match.codePoint) {
            m_tie = true;
        }
    }

    QStringView m_line;
    int m_length = 0;
    std::array<quint8, 4> m_bytes = {};
    int m_bestScore = 0;
    bool m_tie = false;
    Match m_match{0, 0, 0, true, false};
};

// A lossy reading needs an intact continuation byte or a straightened quote right after the lead.
bool hasContinuationAfter(QStringView line, qsizetype lead)
{
    const qsizetype end = std::min(line.size(), lead + 4);
    for (qsizetype i = lead + 1; i < end; ++i) {
        const char16_t ch = line[i].unicode();
        if (ch == u'"' || ch == u'\'' ||
            (ch >= 0x80 &&
             Utf8::isContinuation(CodePageImage::byteOf(LegacyCodePage::Windows, ch))))
            return true;
    }
    return false;
}

Scan scanLine(QStringView line, LegacyCodePage page)
{
    Scan scan;
    for (qsizetype i = 0; i < line.size();) {
        const char16_t ch = line[i].unicode();
        const quint8 lead = ch >= 0x80 ? CodePageImage::byteOf(page, ch) : 0;
        if (lead < 0xC2 || lead > 0xF4) {
            ++i;
            continue;
        }
        if (const std::optional<Match> match = exactMatch(line, i, page, lead)) {
            scan.matches.append(*match);
            i = match->end;
            continue;
        }
        if (page == LegacyCodePage::Windows && (lead == 0xE2 || lead == 0xEF || lead == 0xF0) &&
            hasContinuationAfter(line, i)) {
            const LossyReading reading(line, i, lead);
            if (reading.found()) {
                scan.matches.append(reading.match());
                i = reading.match().end;
                continue;
            }
            scan.ambiguous += reading.ambiguous() ? 1 : 0;
        }
        ++i;
    }
    return scan;
}

// Keeps strong matches, and weak ones next to other damage or on a line that has strong ones.
void acceptMatches(Scan *scan)
{
    const QList<Match> &all = scan->matches;
    const bool lineIsDamaged =
        std::any_of(all.cbegin(), all.cend(), [](const Match &m) { return m.strong; });
    QList<Match> accepted;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Match &m = all[i];
        const bool touching = (i > 0 && all[i - 1].end == m.begin) ||
                              (i + 1 < all.size() && all[i + 1].begin == m.end);
        if (m.strong || touching || (lineIsDamaged && !m.quoted)) {
            accepted.append(m);
            scan->replaced += m.end - m.begin;
        }
    }
    scan->matches = accepted;
}

bool mayBeDamaged(QStringView text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar ch) { return CodePageImage::startsSequence(ch.unicode()); });
}

// One pass over a line with the code page that explains the most of it; false if none does.
bool repairOnce(QStringView line, QString *out)
{
    Scan windows = scanLine(line, LegacyCodePage::Windows);
    Scan mac = scanLine(line, LegacyCodePage::MacRoman);
    acceptMatches(&windows);
    acceptMatches(&mac);
    const Scan &best = mac.replaced > windows.replaced ? mac : windows;
    if (best.matches.isEmpty())
        return false;
    out->clear();
    out->reserve(line.size());
    qsizetype copied = 0;
    for (const Match &m : best.matches) {
        out->append(line.sliced(copied, m.begin - copied));
        const char32_t ucs4[] = {m.codePoint};
        out->append(QString::fromUcs4(ucs4, 1));
        copied = m.end;
    }
    out->append(line.sliced(copied));
    return true;
}

} // namespace

bool Mojibake::repair(QStringView line, QString *out)
{
    if (!mayBeDamaged(line) || !repairOnce(line, out))
        return false;
    QString second;
    if (mayBeDamaged(*out) && repairOnce(*out, &second))
        *out = second;
    return true;
}

bool Mojibake::looksDamaged(QStringView text)
{
    if (!mayBeDamaged(text))
        return false;
    for (const LegacyCodePage page : {LegacyCodePage::Windows, LegacyCodePage::MacRoman}) {
        const Scan scan = scanLine(text, page);
        if (scan.ambiguous > 0 || std::any_of(scan.matches.cbegin(), scan.matches.cend(),
                                              [](const Match &m) { return m.strong; }))
            return true;
    }
    return false;
}

} // namespace Candor
