// SPDX-License-Identifier: MIT
#include "graphfilereader.h"

#include "graph/dotformat.h"
#include "graph/mermaidformat.h"

#include <QHash>
#include <QRegularExpression>

namespace Candor {

namespace {

// The text without a byte-order mark, a mermaid front matter or /* block comments */.
QString withoutPreamble(const QByteArray &head)
{
    QString text = QString::fromUtf8(head);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    static const QRegularExpression frontMatter(QStringLiteral(R"(^\s*---\s*\n.*?\n\s*---[^\n]*)"),
                                                QRegularExpression::DotMatchesEverythingOption);
    text.remove(frontMatter);
    static const QRegularExpression blockComment(QStringLiteral(R"(/\*.*?\*/)"),
                                                 QRegularExpression::DotMatchesEverythingOption);
    return text.remove(blockComment);
}

bool isComment(const QString &line)
{
    return line.startsWith(QLatin1String("//")) || line.startsWith(QLatin1Char('#')) ||
           line.startsWith(QLatin1String("%%"));
}

} // namespace

GraphFileReader::Format GraphFileReader::sniff(const QByteArray &head)
{
    QStringList lines; // the first two that say something
    for (const QString &text : withoutPreamble(head).split(QLatin1Char('\n'))) {
        const QString line = text.trimmed();
        if (!line.isEmpty() && !isComment(line))
            lines.append(line);
        if (lines.size() == 2)
            break;
    }
    if (lines.isEmpty())
        return Format::None;
    static const QRegularExpression header(QStringLiteral(R"(^([A-Za-z]+)\b\s*(.*)$)"));
    const QRegularExpressionMatch match = header.match(lines.first());
    const QString word = match.captured(1).toLower();
    const QString rest = match.captured(2);
    if (word == QLatin1String("digraph") || word == QLatin1String("strict"))
        return Format::Dot;
    if (word == QLatin1String("flowchart"))
        return Format::Mermaid;
    if (word != QLatin1String("graph"))
        return Format::None;
    // `graph` starts both an undirected DOT graph and a mermaid flowchart: DOT opens a brace.
    static const QRegularExpression direction(QStringLiteral(R"(^(?:TB|TD|BT|RL|LR)?\s*;?$)"));
    if (rest.contains(QLatin1Char('{')))
        return Format::Dot;
    if (!direction.match(rest).hasMatch())
        return Format::Dot; // `graph NAME` with its brace on the next line
    if (rest.isEmpty() && lines.size() > 1 && lines.at(1).startsWith(QLatin1Char('{')))
        return Format::Dot;
    return Format::Mermaid;
}

ImportBatch GraphFileReader::read(const QByteArray &bytes, const QString &fileName, Format format)
{
    ImportBatch batch;
    const bool dot = format == Format::Dot;
    const QString kind = dot ? tr("Graphviz DOT") : tr("mermaid flowchart");
    if (format == Format::None) {
        batch.warnings.append({fileName, 0, tr("Not a dependency graph (DOT or mermaid).")});
        return batch;
    }
    const KeyedGraphRead graph = dot ? DotFormat::read(bytes) : MermaidFormat::read(bytes);
    if (!graph.ok()) {
        batch.warnings.append({fileName, graph.line,
                               tr("Not a readable %1 graph: %2; nothing was imported from it.")
                                   .arg(kind, graph.error)});
        return batch;
    }
    QHash<QString, qsizetype> position; // key → index in batch.tasks
    batch.tasks.reserve(graph.graph.nodes.size());
    for (const KeyedGraph::Node &node : graph.graph.nodes) {
        ImportedTask task;
        task.key = node.key.trimmed();
        task.title = node.title.trimmed();
        if (task.title.isEmpty()) {
            task.title = task.key;
            task.titleFromKey = true;
        }
        position.insert(node.key, batch.tasks.size());
        batch.tasks.append(task);
    }
    for (const auto &[task, dependsOn] : graph.graph.dependencies) {
        if (const qsizetype at = position.value(task, -1); at >= 0)
            batch.tasks[at].dependsOn.append(dependsOn.trimmed());
    }
    batch.notes.append(tr("Read as a %1: %2 tasks, %3 dependencies.")
                           .arg(kind)
                           .arg(batch.tasks.size())
                           .arg(graph.graph.dependencies.size()));
    return batch;
}

} // namespace Candor
