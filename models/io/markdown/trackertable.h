// SPDX-License-Identifier: MIT
#pragma once

#include "io/importbatch.h"
#include "io/vocabulary/statusvocabulary.h"
#include "markdowntable.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

namespace Candor {

// The GFM table a tracker is in the middle of: what its header says each column holds, and what
// each row becomes: a task, a milestone (into the batch), or symbols for the document's legend
// (into the vocabulary).
class TrackerTable final
{
public:
    enum class Kind { None, Tasks, Milestones, Legend };
    using Warn = std::function<void(int line, const QString &message)>;

    TrackerTable(StatusVocabulary &vocabulary, ImportBatch &batch, QStringList &legendNotes,
                 Warn warn);
    Q_DISABLE_COPY_MOVE(TrackerTable)

    // Reads the header line of a new table (the separator line follows it).
    void open(QStringView headerLine);
    // A row without a header and separator is no table we can read: its rows are skipped.
    void openUnreadable();
    // A blank line, a heading or any other line ends the table.
    void close();
    bool isOpen() const { return m_kind != Kind::None || !m_headers.isEmpty(); }
    Kind kind() const { return m_kind; }

    // A row of a milestone or legend table; nothing for other tables.
    void otherRow(QStringView line);
    // A row of a task table: \a task (with what the headings above say) filled from the cells;
    // none when the row names no task, or only labels a group of the rows below.
    std::optional<ImportedTask> taskRow(QStringView line, int lineNo, ImportedTask task);

private:
    void milestoneRow(const QStringList &cells);
    void legendRow(const QStringList &cells);
    bool verificationCell(ImportedTask &task, const QString &cell) const;
    void statusCell(ImportedTask &task, const QString &cell, int lineNo);

    StatusVocabulary &m_vocabulary;
    ImportBatch &m_batch;
    QStringList &m_legendNotes;
    Warn m_warn;
    Kind m_kind = Kind::None;
    QStringList m_headers;
    QList<MarkdownTable::Column> m_columns;
    QString m_group; // "| **Partially Working** | | |": the phase of the rows below
    // Trackers repeat the same table headers; read each once.
    QHash<QString, QList<MarkdownTable::Column>> m_columnCache;
    QSet<QString> m_statusTexts;
};

} // namespace Candor
