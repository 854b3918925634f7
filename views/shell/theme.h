// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QString>

namespace Candor {

// The interface's colours: the system's palette, or Candor's own light or dark one. Chosen in
// Preferences (kept under settingsKey()), applied at startup and at once when changed; the
// screenshot command uses the same palettes.
class Theme final
{
public:
    enum class Choice { System, Light, Dark };

    Theme() = delete;
    static QString settingsKey(); // "ui/theme": "system", "light" or "dark"
    static Choice saved();
    static void save(Choice choice);
    static QString token(Choice choice);
    static Choice fromToken(const QString &token); // anything unknown: System
    // Sets the application's palette (needs the application object).
    static void apply(Choice choice);
    static QPalette dark();
    static QPalette light();
};

} // namespace Candor
