// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

namespace Candor {

// The order people expect of keys: "SEC-2" before "SEC-10" (digit runs by value, leading zeros
// aside), the rest case-insensitively.
class NaturalOrder final
{
public:
    static int compare(QStringView a, QStringView b); // -1, 0, 1
};

} // namespace Candor
