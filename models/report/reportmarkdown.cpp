// SPDX-License-Identifier: MIT
#include "reportmarkdown.h"

#include "reportdocument.h"
#include "reportformat.h"
#include "statusmarker.h"

#include <QStringList>

#include <cmath>

namespace Candor {

namespace {

QString cell(const ReportRow &row, qsizetype column)
{
    QString text = ReportMarkdown::escaped(row.cells.value(column));
    if (column == 0 && row.status)
        text = StatusMarker::glyph(*row.status) + QLatin1Char(' ') + text;
    if (column == 1 && !row.notes.isEmpty()) {
        for (const QString &note : row.notes)
            text += QStringLiteral("<br>") + ReportMarkdown::escaped(note);
    }
    return row.strong && !text.isEmpty() ? QStringLiteral("**%1**").arg(text) : text;
}

QString table(const ReportTable &table)
{
    QStringList header;
    QStringList rule;
    for (const ReportColumn &column : table.columns) {
        header.append(ReportMarkdown::escaped(column.title));
        rule.append(column.numeric() ? QStringLiteral("---:") : QStringLiteral("---"));
    }
    QString text = QStringLiteral("| %1 |\n| %2 |\n")
                       .arg(header.join(QStringLiteral(" | ")), rule.join(QStringLiteral(" | ")));
    for (const ReportRow &row : table.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            cells.append(cell(row, i));
        text += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
    }
    return text;
}

QString bars(const ReportDocument &document)
{
    qsizetype nameWidth = 0;
    for (const ReportBar &bar : document.bars)
        nameWidth = std::max(nameWidth, std::min<qsizetype>(bar.name.size(), 24));
    QString text = QStringLiteral("```text\n");
    for (const ReportBar &bar : document.bars) {
        // In a code block nothing is markup: only line breaks need taking out.
        QString name = bar.name.left(24);
        name.replace(QLatin1Char('\n'), QLatin1Char(' '));
        name.replace(QLatin1String("```"), QLatin1String("'''"));
        text += QStringLiteral("%1  %2  %3\n")
                    .arg(name, -int(nameWidth))
                    .arg(ReportMarkdown::bar(bar.verified, bar.claimedOnly, 30))
                    .arg(ReportMarkdown::tr("verified %1 · claimed %2")
                             .arg(ReportFormat::percent(bar.verified),
                                  ReportFormat::percent(bar.verified + bar.claimedOnly)));
    }
    return text + QStringLiteral("```\n") +
           ReportMarkdown::tr("█ verified  ▒ claimed, not verified  ░ remaining") +
           QLatin1Char('\n');
}

QString block(const ReportDocument &document, const ReportBlock &block)
{
    switch (block.kind) {
    case ReportBlock::Kind::Heading:
        return QStringLiteral("## %1\n").arg(ReportMarkdown::escaped(block.text));
    case ReportBlock::Kind::Paragraph:
        return ReportMarkdown::escaped(block.text) + QLatin1Char('\n');
    case ReportBlock::Kind::Note:
        return QStringLiteral("_%1_\n").arg(ReportMarkdown::escaped(block.text));
    case ReportBlock::Kind::Facts: {
        QString text;
        for (const auto &[label, value] : block.facts)
            text += QStringLiteral("- **%1**: %2\n")
                        .arg(ReportMarkdown::escaped(label), ReportMarkdown::escaped(value));
        return text;
    }
    case ReportBlock::Kind::Counts: {
        QStringList parts;
        for (const auto &[status, count] : block.counts)
            parts.append(QStringLiteral("%1 %2 %3")
                             .arg(StatusMarker::glyph(status), TaskEnums::label(status))
                             .arg(count));
        return parts.join(QStringLiteral(" · ")) + QLatin1Char('\n');
    }
    case ReportBlock::Kind::Table:
        return table(block.table);
    case ReportBlock::Kind::Chart:
        return block.chart == ReportChart::Completion ? bars(document) : QString();
    }
    return {};
}

} // namespace

QString ReportMarkdown::escaped(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_{}[]<>()#+!|~&$");
    QString result;
    result.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            result += QLatin1Char(' ');
        else if (special.contains(c))
            result += QLatin1Char('\\') + c;
        else
            result += c;
    }
    return result;
}

QString ReportMarkdown::bar(double verified, double claimedOnly, int width)
{
    const int full = int(std::lround(verified * width / 100));
    const int claimed = std::min(width - full, int(std::lround(claimedOnly * width / 100)));
    return QString(full, QChar(0x2588)) + QString(claimed, QChar(0x2592)) +
           QString(width - full - claimed, QChar(0x2591));
}

QString ReportMarkdown::write(const ReportDocument &document)
{
    QString text =
        QStringLiteral("# %1: %2\n\n").arg(escaped(document.title), escaped(document.project));
    text += tr("**Date**: %1 · **Report**: %2 · **Status markers**: %3")
                .arg(ReportFormat::date(document.date),
                     ReportOptions::displayName(document.reportTemplate), StatusMarker::legend()) +
            QStringLiteral("\n");
    for (const ReportBlock &item : document.blocks) {
        const QString part = block(document, item);
        if (!part.isEmpty())
            text += QLatin1Char('\n') + part;
    }
    text += QLatin1Char('\n') +
            tr("_Made by Candor from the project's data: claimed figures "
               "count tasks marked done, verified ones only tasks with "
               "evidence._") +
            QLatin1Char('\n');
    return text;
}

} // namespace Candor
