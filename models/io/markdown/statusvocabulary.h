// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskenums.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Candor {

// What a status word, emoji or checkbox marker says about a task.
struct StatusMeaning
{
    Status status = Status::Todo;
    std::optional<Verification> verification;
    std::optional<int> progress;
};

// The words and symbols trackers use for status and priority, in several languages, plus the
// symbols a document's own legend defines ("✅ = done · 🔄 = in progress").
class StatusVocabulary final
{
public:
    StatusVocabulary();

    // Known words win over symbols ("⏳ Pending" is todo); nullopt when nothing is known.
    std::optional<StatusMeaning> interpret(QStringView text) const;
    std::optional<StatusMeaning> interpretWords(QStringView text) const;
    std::optional<StatusMeaning> interpretUncached(QStringView text) const;
    std::optional<StatusMeaning> interpretSymbol(QStringView symbol) const;
    // Length of the status symbol \a text starts with, 0 when none.
    int symbolAt(QStringView text) const;
    // Position of the first status symbol in \a text (-1: none); its length in \a length.
    qsizetype findSymbol(QStringView text, int *length) const;
    // A checkbox marker's content: " ", "x", "/", "-", "✅" ...
    std::optional<StatusMeaning> interpretCheckbox(QStringView marker) const;

    // Reads a legend line; returns the number of symbols it defined for this document.
    int readLegend(QStringView line);
    QStringList legendNotes() const { return m_legendNotes; }

    // "P1", "High", "Must", "critique"; colours (🔴🟠🟡🟢) only when \a colours is true.
    static std::optional<Priority> priority(QStringView text, bool colours);
    // A heading's priority: "P0 - BLOCKERS", "HIGH PRIORITY", "Week 1: Critical", "Must Have".
    static std::optional<Priority> headingPriority(QStringView heading);
    // Removes emoji, their common mojibake forms and variation selectors.
    static QString withoutSymbols(QStringView text);

private:
    struct Phrase
    {
        QString text;
        int kind = 0;
        bool cjk = false;
    };
    struct WordPhrase
    {
        QStringList words;
        int kind = 0;
    };
    QHash<QString, QList<WordPhrase>> m_byFirstWord; // longest phrase first
    QList<Phrase> m_phrases;                         // longest first
    QList<QPair<QString, StatusMeaning>> m_symbols;  // longest first
    QHash<char16_t, QList<int>> m_symbolsByFirst;    // indexes into m_symbols, longest first
    int symbolIndexAt(QStringView text) const;
    QStringList m_legendNotes;
    // Trackers repeat the same status cells; cleared when a legend changes the symbols.
    mutable QHash<QString, std::optional<StatusMeaning>> m_cache;

    void addSymbol(const QString &symbol, const StatusMeaning &meaning);
};

} // namespace Candor
