// SPDX-License-Identifier: MIT
#include "io/codepages.h"

#include <array>

namespace Candor {

namespace {

// cp1252 at 0x80–0x9F; 0 marks the five bytes it leaves undefined (Latin-1 keeps them as C1).
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

// Where cp1254 puts Turkish letters instead of Latin-1's.
constexpr std::array<std::pair<char16_t, quint8>, 6> kWindows1254Letters = {{
    {0x011E, 0xD0},
    {0x0130, 0xDD},
    {0x015E, 0xDE},
    {0x011F, 0xF0},
    {0x0131, 0xFD},
    {0x015F, 0xFE},
}};

constexpr std::array<char16_t, 128> kMacRoman = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3,
    0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3,
    0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA,
    0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D,
    0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE,
    0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

constexpr std::size_t kBmp = 0x10000;

// Reverse tables over the whole BMP, so the per-character test on the fast path is one load.
struct ReverseTables
{
    std::array<quint8, kBmp> windows{};
    std::array<quint8, kBmp> mac{};
    std::array<bool, kBmp> lead{};

    ReverseTables()
    {
        for (int byte = 0x80; byte <= 0xFF; ++byte)
            windows[std::size_t(byte)] = quint8(byte);
        for (std::size_t i = 0; i < kWindows1252High.size(); ++i) {
            if (kWindows1252High[i] != 0)
                windows[kWindows1252High[i]] = quint8(0x80 + i);
        }
        for (const auto &[ch, byte] : kWindows1254Letters)
            windows[ch] = byte;
        for (std::size_t i = 0; i < kMacRoman.size(); ++i)
            mac[kMacRoman[i]] = quint8(0x80 + i);
        mac[0x2126] = 0xBD; // older Mac Roman tables give Ω as the ohm sign
        for (std::size_t ch = 0x80; ch < kBmp; ++ch) {
            lead[ch] = (windows[ch] >= 0xC2 && windows[ch] <= 0xF4) ||
                       (mac[ch] >= 0xC2 && mac[ch] <= 0xF4);
        }
    }
};

const ReverseTables &reverseTables()
{
    static const ReverseTables tables;
    return tables;
}

} // namespace

quint8 CodePageImage::byteOf(LegacyCodePage page, char16_t ch)
{
    const ReverseTables &tables = reverseTables();
    return page == LegacyCodePage::Windows ? tables.windows[ch] : tables.mac[ch];
}

bool CodePageImage::startsSequence(char16_t ch)
{
    return ch >= 0x80 && reverseTables().lead[ch];
}

bool Utf8::isContinuation(quint8 byte)
{
    return byte >= 0x80 && byte <= 0xBF;
}

int Utf8::sequenceLength(quint8 lead)
{
    return lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

char32_t Utf8::decode(const std::array<quint8, 4> &b, int length)
{
    for (int i = 1; i < length; ++i) {
        if (!isContinuation(b[std::size_t(i)]))
            return 0;
    }
    switch (length) {
    case 2:
        return char32_t(b[0] & 0x1F) << 6 | char32_t(b[1] & 0x3F);
    case 3:
        if ((b[0] == 0xE0 && b[1] < 0xA0) || (b[0] == 0xED && b[1] > 0x9F))
            return 0;
        return char32_t(b[0] & 0x0F) << 12 | char32_t(b[1] & 0x3F) << 6 | char32_t(b[2] & 0x3F);
    case 4:
        if ((b[0] == 0xF0 && b[1] < 0x90) || (b[0] == 0xF4 && b[1] > 0x8F))
            return 0;
        return char32_t(b[0] & 0x07) << 18 | char32_t(b[1] & 0x3F) << 12 |
               char32_t(b[2] & 0x3F) << 6 | char32_t(b[3] & 0x3F);
    default:
        return 0;
    }
}

} // namespace Candor
