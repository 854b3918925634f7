// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskenums.h"
#include "reportoptions.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Candor {

// A status report's content as plain data: what the PDF/print paginator, the HTML and the
// Markdown writers lay out, each in its own way. Every string here is text (titles and evidence
// from imported files included): a writer escapes it for its format, never interprets it.

struct ReportColumn
{
    enum class Kind : quint8 {
        Text,    // shares the width left by the others, wrapping
        Fitted,  // as wide as its widest cell (keys, dates, statuses)
        Numeric, // fitted, and right-aligned
    };
    QString title;
    Kind kind = Kind::Text;
    double width = 1; // a text column's share of what the fitted ones leave

    bool numeric() const { return kind == Kind::Numeric; }
    bool fitted() const { return kind != Kind::Text; }
    static ReportColumn text(const QString &title, double width)
    {
        return {title, Kind::Text, width};
    }
    static ReportColumn fit(const QString &title) { return {title, Kind::Fitted, 0}; }
    static ReportColumn number(const QString &title) { return {title, Kind::Numeric, 0}; }
};

struct ReportRow
{
    QStringList cells;
    std::optional<Status> status; // a marker (shape, not only colour) before the first cell
    QStringList notes;            // lines under the row (a task's checklist), kept with it
    bool strong = false;          // a total, e.g. the whole project's row
};

struct ReportTable
{
    QList<ReportColumn> columns;
    QList<ReportRow> rows;
};

// One bar of the completion chart (percent of the estimate; the three parts add up to 100).
struct ReportBar
{
    QString name;
    int tasks = 0;
    double verified = 0;
    double claimedOnly = 0;
    double remaining = 0;
    std::optional<int> stated;
};

// One milestone on the timeline chart.
struct ReportMilestone
{
    qint64 id = 0;
    QString name;
    QDate target;
    QDate done;
    QDate forecast; // p80, when forecast
    bool slipped = false;
};

enum class ReportChart : quint8 { Completion, Timeline };

struct ReportBlock
{
    enum class Kind : quint8 {
        Heading,   // text; starts a section, kept with what follows it
        Paragraph, // text
        Note,      // text, smaller and muted ("and 12 more: see the full report")
        Facts,     // facts: label → value lines
        Counts,    // counts: tasks per status, each with its marker
        Table,     // table
        Chart      // chart, drawn from the document's bars or milestones
    };
    Kind kind = Kind::Paragraph;
    ReportSection section = ReportSection::TitleBlock;
    QString text;
    QList<QPair<QString, QString>> facts;
    QList<QPair<Status, int>> counts;
    ReportTable table;
    ReportChart chart = ReportChart::Completion;
};

struct ReportDocument
{
    QString title;   // "Status report"
    QString project; // the project's name
    QDate date;
    QString subject; // one line: what the report is about, for the PDF's metadata
    ReportTemplate reportTemplate = ReportTemplate::Summary;
    QList<ReportBlock> blocks;
    QList<ReportBar> bars;             // the completion chart: the project first
    QList<ReportMilestone> milestones; // the timeline chart

    // All text in the blocks, in order (tests and the "same content" checks).
    QStringList headings() const
    {
        QStringList result;
        for (const ReportBlock &block : blocks) {
            if (block.kind == ReportBlock::Kind::Heading)
                result.append(block.text);
        }
        return result;
    }
};

} // namespace Candor
