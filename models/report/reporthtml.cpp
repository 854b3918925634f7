// SPDX-License-Identifier: MIT
#include "reporthtml.h"

#include "reportdocument.h"
#include "reportformat.h"
#include "statusmarker.h"

#include <algorithm>

namespace Candor {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *const style = R"(
body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 10pt;
       color: #202124; margin: 2em auto; max-width: 60em; padding: 0 1em; }
h1 { font-size: 18pt; margin: 0 0 .2em; }
h2 { font-size: 13pt; margin: 1.4em 0 .4em; border-bottom: 1px solid #ccc;
     page-break-after: avoid; break-after: avoid; }
.meta, .note { color: #5f6368; }
.note { font-size: 9pt; font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: .4em 0; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
th { text-align: left; background: #f1f3f4; border-bottom: 1px solid #999; }
th, td { padding: .25em .5em; vertical-align: top; }
td { border-bottom: 1px solid #e0e0e0; }
.num { text-align: right; white-space: nowrap; }
.strong td { font-weight: bold; }
.notes { color: #5f6368; font-size: 9pt; margin: .2em 0 0 1em; }
.facts { display: flex; flex-wrap: wrap; gap: .3em 2em; margin: .6em 0; }
.facts b { font-size: 14pt; display: block; }
.bars td { border: none; padding: .15em .5em; }
.bar { display: flex; height: 1.1em; width: 100%; background: #dddfe3; position: relative; }
.bar .v { background: #2e7d32; } .bar .c { background: #f0a202; }
.bar .s { position: absolute; top: -.15em; bottom: -.15em; border-left: 3px solid #202124; }
.timeline { position: relative; height: 6em; border-bottom: 2px solid #999; margin: 1em 0 2em; }
.timeline .m { position: absolute; bottom: -.45em; transform: translateX(-50%);
               white-space: nowrap; font-size: 9pt; text-align: center; }
.timeline .slipped { color: #c62828; }
)";

QString marker(const std::optional<Status> &status)
{
    return status ? QStringLiteral("<span title=\"%1\">%2</span> ")
                        .arg(esc(TaskEnums::label(*status)), StatusMarker::glyph(*status))
                  : QString();
}

QString table(const ReportTable &table)
{
    QString html = QStringLiteral("<table><thead><tr>");
    for (const ReportColumn &column : table.columns)
        html += QStringLiteral("<th%1>%2</th>")
                    .arg(column.numeric() ? QStringLiteral(" class=\"num\"") : QString(),
                         esc(column.title));
    html += QStringLiteral("</tr></thead><tbody>\n");
    for (const ReportRow &row : table.rows) {
        html += row.strong ? QStringLiteral("<tr class=\"strong\">") : QStringLiteral("<tr>");
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            QString text = (i == 0 ? marker(row.status) : QString()) + esc(row.cells.value(i));
            if (i == 1 && !row.notes.isEmpty()) {
                QStringList notes;
                for (const QString &note : row.notes)
                    notes.append(esc(note));
                text += QStringLiteral("<div class=\"notes\">%1</div>")
                            .arg(notes.join(QStringLiteral("<br>")));
            }
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(table.columns.at(i).numeric() ? QStringLiteral(" class=\"num\"")
                                                           : QString(),
                             text);
        }
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody></table>\n");
}

QString completion(const ReportDocument &document)
{
    QString html = QStringLiteral("<table class=\"bars\">");
    for (const ReportBar &bar : document.bars) {
        QString stated;
        if (bar.stated)
            stated =
                QStringLiteral("<span class=\"s\" style=\"left:%1%\" title=\"%2\"></span>")
                    .arg(*bar.stated)
                    .arg(esc(ReportHtml::tr("Stated %1").arg(ReportFormat::percent(*bar.stated))));
        html +=
            QStringLiteral("<tr><td style=\"width:25%\">%1</td><td><div class=\"bar\">"
                           "<span class=\"v\" style=\"width:%2%\"></span>"
                           "<span class=\"c\" style=\"width:%3%\"></span>%4</div></td>"
                           "<td class=\"num\">%5</td></tr>\n")
                .arg(esc(bar.name))
                .arg(bar.verified, 0, 'f', 2)
                .arg(bar.claimedOnly, 0, 'f', 2)
                .arg(stated, esc(ReportHtml::tr("verified %1 · claimed %2")
                                     .arg(ReportFormat::percent(bar.verified),
                                          ReportFormat::percent(bar.verified + bar.claimedOnly))));
    }
    return html + QStringLiteral("</table><p class=\"note\">%1</p>\n")
                      .arg(esc(ReportHtml::tr("Green: verified; amber: claimed, not verified; "
                                              "grey: remaining; black tick: stated.")));
}

QString timeline(const ReportDocument &document)
{
    QDate first = document.date;
    QDate last = document.date;
    for (const ReportMilestone &m : document.milestones) {
        for (const QDate &day : {m.target, m.done, m.forecast}) {
            if (day.isValid()) {
                first = std::min(first, day);
                last = std::max(last, day);
            }
        }
    }
    const double span = std::max<qint64>(1, first.daysTo(last));
    const auto at = [&](QDate day) { return 4 + 92 * double(first.daysTo(day)) / span; };
    QString html = QStringLiteral("<div class=\"timeline\">");
    html += QStringLiteral("<div class=\"m\" style=\"left:%1%;bottom:-2.2em\">▲ %2</div>")
                .arg(at(document.date), 0, 'f', 2)
                .arg(esc(ReportHtml::tr("today")));
    int row = 0;
    for (const ReportMilestone &m : document.milestones) {
        const QDate day = m.done.isValid() ? m.done : m.target;
        if (!day.isValid())
            continue;
        html += QStringLiteral("<div class=\"m%1\" style=\"left:%2%;bottom:%3em\">%4<br>%5</div>")
                    .arg(m.slipped ? QStringLiteral(" slipped") : QString())
                    .arg(at(day), 0, 'f', 2)
                    .arg(0.2 + 1.9 * (row++ % 3))
                    .arg(esc(m.name) + (m.done.isValid() ? QStringLiteral(" ✓") : QString()),
                         esc(ReportFormat::date(day)) + QStringLiteral(" ◆"));
    }
    return html + QStringLiteral("</div>\n");
}

} // namespace

QString ReportHtml::write(const ReportDocument &document)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
                                  "<meta name=\"generator\" content=\"Candor\">\n");
    html +=
        QStringLiteral("<meta name=\"description\" content=\"%1\">\n").arg(esc(document.subject));
    html += QStringLiteral("<title>%1</title>\n<style>%2</style></head><body>\n")
                .arg(esc(tr("%1: %2").arg(document.title, document.project)), QLatin1String(style));
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"meta\">%2</p>\n")
                .arg(esc(tr("%1: %2").arg(document.title, document.project)),
                     esc(tr("%1 · %2 report · %3")
                             .arg(ReportFormat::date(document.date),
                                  ReportOptions::displayName(document.reportTemplate),
                                  StatusMarker::legend())));
    for (const ReportBlock &block : document.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            html += QStringLiteral("<h2>%1</h2>\n").arg(esc(block.text));
            break;
        case ReportBlock::Kind::Paragraph:
            html += QStringLiteral("<p>%1</p>\n").arg(esc(block.text));
            break;
        case ReportBlock::Kind::Note:
            html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(block.text));
            break;
        case ReportBlock::Kind::Facts:
            html += QStringLiteral("<div class=\"facts\">");
            for (const auto &[label, value] : block.facts)
                html += QStringLiteral("<div><b>%1</b>%2</div>").arg(esc(value), esc(label));
            html += QStringLiteral("</div>\n");
            break;
        case ReportBlock::Kind::Counts: {
            QStringList parts;
            for (const auto &[status, count] : block.counts)
                parts.append(QStringLiteral("%1%2 %3")
                                 .arg(marker(status), esc(TaskEnums::label(status)))
                                 .arg(count));
            html += QStringLiteral("<p>%1</p>\n").arg(parts.join(QStringLiteral(" · ")));
            break;
        }
        case ReportBlock::Kind::Table:
            html += table(block.table);
            break;
        case ReportBlock::Kind::Chart:
            html +=
                block.chart == ReportChart::Completion ? completion(document) : timeline(document);
            break;
        }
    }
    return html + QStringLiteral("</body></html>\n");
}

} // namespace Candor
