// SPDX-License-Identifier: MIT
#pragma once

#include "headingitems.h"
#include "io/importbatch.h"
#include "io/vocabulary/statusvocabulary.h"
#include "itemfields.h"
#include "markdowntable.h"
#include "mermaidgantt.h"
#include "trackerheadings.h"
#include "trackertable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Candor {

// One pass over a Markdown tracker: headings (TrackerHeadings), tables (TrackerTable), lists,
// key-value lines and code blocks become tasks, components, milestones and warnings.
// MarkdownTrackerReader then merges them.
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
    struct OpenItem
    {
        int indent = 0;
        int task = -1; // index in the batch (or in m_plain for plain items)
        bool plain = false;
        bool skipped = false; // prose: its children are prose too
    };

    void heading(int level, QStringView text, int line);
    void holdHeading(int line, const std::optional<StatusMeaning> &status, const QString &text);
    void listItem(int indent, bool ordered, QStringView content, int line);
    void keyValue(const ItemFields::Line &field, int line);
    bool itemField(int indent, const ItemFields::Line &field, int line);
    bool completionClaim(QStringView text);
    void continuation(QStringView text);
    void tableRow(QStringView line, int lineNo);
    SectionVocabulary::Kind proseKind() const;
    void skip(int line, SectionVocabulary::Kind kind, QStringView text);

    int addTask(ImportedTask task, int line);
    ImportedTask newTask(int line) const;
    void warn(int line, const QString &message);
    int taskWithKey(const QString &key);

    QString m_fileName;
    ImportBatch m_batch;
    StatusVocabulary m_vocabulary;
    QStringList m_legendNotes;
    TrackerHeadings m_headings;
    TrackerTable m_table;
    QString m_boldHeading; // a line that is only bold text, used as a sub-heading
    SectionVocabulary::Kind m_boldKind = SectionVocabulary::Kind::Tasks; // of a bold label
    QList<OpenItem> m_open;
    HeadingItems m_headingItems;
    QList<ImportedTask> m_plain; // plain list items, used when a file has no other tasks
    QList<QStringList> m_arrowBlocks;
    MermaidGantt m_gantt;
    // Built at the first heading that starts with a key, so files without one never pay for it.
    QHash<QString, int> m_taskByKey;
    bool m_keyIndexBuilt = false;
    int m_lastTask = -1;
    int m_logEntry = -1; // the plain item a work log's detail lines belong to
    bool m_lastWasItem = false;
    bool m_taskSinceHeading = false;
    bool m_usedFallback = false;
};

} // namespace Candor
