// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

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

} // namespace Candor
