// SPDX-License-Identifier: MIT
#pragma once

#include "io/importbatch.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Candor {

class StatusVocabulary;

// Mermaid ```gantt blocks (see docs/import.md): sections become components, bars tasks (status
// from done/active tags, else from a chart title or section that states one), `crit` priority
// P1, ids and `after` dependencies, dates and durations as due date and estimate, `milestone`
// bars milestones. One per document: the same bar repeated across charts (a plan revised over
// time) is one task.
class MermaidGantt final
{
public:
    MermaidGantt() = default;
    Q_DISABLE_COPY_MOVE(MermaidGantt)

    // True when the block's first non-empty line is `gantt`.
    static bool isGantt(const QStringList &block);
    // Reads one block; \a firstLine is the 1-based line of its first line in the document.
    void read(const QStringList &block, int firstLine, const StatusVocabulary &vocabulary);
    // Moves what was read into \a batch (tasks, milestones).
    void appendTo(ImportBatch &batch);

private:
    struct Bar
    {
        ImportedTask task;
        QList<Status> seen; // every chart's status for this bar
    };

    void bar(QStringView name, QStringView spec, int line, std::optional<Status> hint);
    void setFormat(const QString &format);
    QDate date(QStringView text) const;

    QList<Bar> m_bars;
    QHash<QString, int> m_byName; // folded section + name -> bar
    QHash<QString, QDate> m_endById;
    QList<ImportedMilestone> m_milestones;
    QRegularExpression m_dateRe; // the block's dateFormat
    QList<QChar> m_dateOrder;    // which field each group of m_dateRe holds
    QString m_section;
    QDate m_lastEnd;
    bool m_milestoneSection = false;
};

} // namespace Candor
