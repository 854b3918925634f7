// SPDX-License-Identifier: MIT
#pragma once

#include "io/importbatch.h"
#include "markdowntable.h"
#include "statusvocabulary.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Candor {

// One pass over a Markdown tracker: headings, tables, lists, key-value lines and code blocks
// become tasks, components, milestones and warnings. MarkdownTrackerReader then merges them.
class TrackerParser final
{
public:
    explicit TrackerParser(const QString &fileName);
    Q_DISABLE_COPY_MOVE(TrackerParser)

    void parse(QStringView text);
    ImportBatch &batch() { return m_batch; }
    // Code blocks that hold arrows ("A → B", "↓"), for the dependency pass.
    const QList<QStringList> &arrowBlocks() const { return m_arrowBlocks; }
    const QStringList &legendNotes() const { return m_legendNotes; }
    bool usedFallback() const { return m_usedFallback; }

private:
    struct Heading
    {
        int level = 0;
        QString component;
        std::optional<Priority> priority;
        std::optional<StatusMeaning> status;
        int checklistOf = -1; // "### SEC-001 checklist": the task whose items follow
        QString phase;        // "Week 1", "2026-04-01": a bucket of time, not a component
        bool log = false;     // a past date: the section logs work done
    };
    struct OpenItem
    {
        int indent = 0;
        int task = -1; // index in the batch (or in m_plain for plain items)
        bool plain = false;
    };
    struct Table
    {
        enum Kind { None, Tasks, Milestones, Legend } kind = None;
        QStringList headers;
        QList<MarkdownTable::Column> columns;
        QString group;
    };

    void heading(int level, QStringView text, int line);
    void listItem(int indent, bool ordered, QStringView content, int line);
    void keyValue(MarkdownTable::Column column, QStringView value, int line);
    bool completionClaim(QStringView text);
    void continuation(QStringView text);
    void tableHeader(QStringView line, int lineNo);
    void tableRow(QStringView line, int lineNo);
    void milestoneRow(const QStringList &cells);
    bool verificationCell(ImportedTask &task, const QString &cell) const;

    int addTask(ImportedTask task, int line);
    ImportedTask newTask(int line) const;
    void setTitle(ImportedTask &task, QStringView text, bool spaceEndsKey = true) const;
    void applyStatus(ImportedTask &task, const StatusMeaning &m) const;
    void warn(int line, const QString &message);
    std::optional<StatusMeaning> headingStatus() const;
    int taskWithKey(const QString &key);

    QString m_fileName;
    ImportBatch m_batch;
    StatusVocabulary m_vocabulary;
    QList<Heading> m_headings;
    QString m_boldHeading; // a line that is only bold text, used as a sub-heading
    QList<OpenItem> m_open;
    QList<ImportedTask> m_plain; // plain list items, used when a file has no other tasks
    Table m_table;
    QList<QStringList> m_arrowBlocks;
    // Trackers repeat the same headings and table headers; read each text once.
    QHash<QString, Heading> m_headingCache;
    QHash<QString, QList<MarkdownTable::Column>> m_columnCache;
    QSet<QString> m_statusTexts;
    // Built at the first heading that starts with a key, so files without one never pay for it.
    QHash<QString, int> m_taskByKey;
    bool m_keyIndexBuilt = false;
    QStringList m_legendNotes;
    int m_lastTask = -1;
    int m_logEntry = -1; // the plain item a work log's detail lines belong to
    bool m_lastWasItem = false;
    bool m_taskSinceHeading = false;
    bool m_usedFallback = false;
    bool m_skippedTitle = false;
};

} // namespace Candor
