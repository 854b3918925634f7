// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskenums.h"
#include "io/importbatch.h"

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

    // Sets the task's status, and its verification and progress where the meaning gives them.
    void applyTo(ImportedTask &task) const;
};

// The words and symbols trackers use for status and verification, in every language the readers
// know, plus the symbols a document's own legend defines ("✅ = done · 🔄 = in progress").
// Markdown, CSV and Taskwarrior all ask here, so that a word means the same in each format.
// One per document: a legend changes it, and it caches what it has read.
class StatusVocabulary final
{
public:
    StatusVocabulary();

    // A status cell: Candor's own tokens ("in_progress"), then every word, symbol and label
    // below; nullopt when nothing is known.
    std::optional<StatusMeaning> status(QStringView text) const;
    // A verification cell: Candor's tokens, then the same words ("verified", "QA passed",
    // "claimed only", "échec"); nullopt when they give no verdict.
    std::optional<Verification> verification(QStringView text) const;
    // The verdict a meaning gives: its own, or verified when it says done ("QA: done").
    static std::optional<Verification> verdictOf(const StatusMeaning &meaning);

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
