// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <array>

namespace Candor {

// A single-byte code page that turns UTF-8 into mojibake. Windows stands for cp1252, Latin-1 (C1
// controls) and cp1254 at once: they never give one character two different bytes.
enum class LegacyCodePage { Windows, MacRoman };

// The code pages read backwards: which byte a character was before a wrong decoder saw it.
class CodePageImage final
{
public:
    // The byte (0x80–0xFF) that ch is the image of in page, or 0 when it is the image of none.
    static quint8 byteOf(LegacyCodePage page, char16_t ch);
    // True when ch is the image of a UTF-8 lead byte (0xC2–0xF4) in any page: the only
    // character a damaged sequence can start with.
    static bool startsSequence(char16_t ch);
};

// Strict UTF-8 pieces shared by the decoder and the mojibake repair.
struct Utf8 final
{
    static bool isContinuation(quint8 byte);
    // The length a lead byte announces (2 to 4); only for bytes 0xC0 and up.
    static int sequenceLength(quint8 lead);
    // No overlong forms, surrogates or values past U+10FFFF; 0 when invalid.
    static char32_t decode(const std::array<quint8, 4> &bytes, int length);
};

} // namespace Candor
