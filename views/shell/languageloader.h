// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Candor {

// Puts the interface in one language: installs Candor's catalogue and Qt's own (dialog buttons,
// the command-line parser's messages) and makes that language's conventions (dates, numbers,
// percentages) the default locale. Startup uses it, and Preferences when the choice changes.
class LanguageLoader final
{
public:
    LanguageLoader() = delete;

    // The QSettings key of the language chosen in Preferences: a locale name such as "fr" or
    // "de"; empty or absent follows the system.
    static QString settingsKey();
    // The language to use: the command line's (--lang) when given, else the saved choice, else
    // empty, which means the system's.
    static QString chosen(const QString &commandLine);
    // Installs the catalogues for language (a locale name; empty: the system's languages in the
    // user's order of preference), replacing those installed before. False when Candor has no
    // catalogue for it: the interface is then English throughout, Qt's parts included, with
    // English plurals ("1 card", "8 cards") from Candor's plural-only English catalogue.
    // Needs the application object.
    static bool install(const QString &language);
    // The languages Candor has a catalogue for, as locale names ("de", ...), sorted; not English,
    // the source language.
    static QStringList available();
};

} // namespace Candor
