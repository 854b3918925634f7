// SPDX-License-Identifier: MIT
#include "importreader.h"

#include "csv/csvreader.h"
#include "graph/graphfilereader.h"
#include "markdown/markdowntrackerreader.h"
#include "taskwarrior/taskwarriorreader.h"
#include "trackertext.h"

#include <QFile>
#include <QFileInfo>

namespace Candor {

namespace {

enum class Kind { Markdown, Csv, Taskwarrior, Dot, Mermaid, Unknown };

// How much of a file's start tells whether it is a graph.
constexpr qint64 sniffedBytes = 4096;

Kind kindOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown") ||
        suffix == QLatin1String("txt") || suffix == QLatin1String("mdown"))
        return Kind::Markdown;
    if (suffix == QLatin1String("csv"))
        return Kind::Csv;
    if (suffix == QLatin1String("json"))
        return Kind::Taskwarrior;
    if (suffix == QLatin1String("dot") || suffix == QLatin1String("gv"))
        return Kind::Dot;
    if (suffix == QLatin1String("mmd") || suffix == QLatin1String("mermaid"))
        return Kind::Mermaid;
    return Kind::Unknown;
}

// A graph saved as .txt or without a known suffix is recognised by its first statement; a
// Markdown tracker never starts with `digraph` or `flowchart LR`.
Kind kindOf(const QString &fileName, const QByteArray &head)
{
    const Kind byName = kindOf(fileName);
    if (byName != Kind::Unknown &&
        !(byName == Kind::Markdown &&
          QFileInfo(fileName).suffix().toLower() == QLatin1String("txt")))
        return byName;
    switch (GraphFileReader::sniff(head.left(sniffedBytes))) {
    case GraphFileReader::Format::Dot:
        return Kind::Dot;
    case GraphFileReader::Format::Mermaid:
        return Kind::Mermaid;
    case GraphFileReader::Format::None:
        break;
    }
    return byName;
}

void append(ImportBatch &into, ImportBatch &&from)
{
    into.tasks += std::move(from.tasks);
    into.components += std::move(from.components);
    into.milestones += std::move(from.milestones);
    into.warnings += std::move(from.warnings);
    into.notes += std::move(from.notes);
    into.skipped += std::move(from.skipped);
    into.skippedCount += from.skippedCount;
    if (!into.statedOverall)
        into.statedOverall = from.statedOverall;
}

} // namespace

bool ImportReader::canRead(const QString &path)
{
    if (kindOf(path) != Kind::Unknown)
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && kindOf(path, file.read(sniffedBytes)) != Kind::Unknown;
}

ImportBatch ImportReader::readBytes(const QByteArray &bytes, const QString &fileName)
{
    ImportBatch batch;
    switch (kindOf(fileName, bytes)) {
    case Kind::Markdown: {
        QList<ImportWarning> warnings;
        const QString text = TrackerText::decode(bytes, fileName, &warnings);
        batch = MarkdownTrackerReader::read(text, fileName);
        batch.warnings = warnings + batch.warnings;
        break;
    }
    case Kind::Csv:
        batch = CsvReader::read(bytes, fileName);
        break;
    case Kind::Taskwarrior:
        batch = TaskwarriorReader::read(bytes, fileName);
        break;
    case Kind::Dot:
        batch = GraphFileReader::read(bytes, fileName, GraphFileReader::Format::Dot);
        break;
    case Kind::Mermaid:
        batch = GraphFileReader::read(bytes, fileName, GraphFileReader::Format::Mermaid);
        break;
    case Kind::Unknown:
        batch.warnings.append({fileName, 0,
                               tr("%1 is not a kind of file Candor imports (Markdown, CSV, "
                                  "Taskwarrior JSON, or a DOT or mermaid graph).")
                                   .arg(QFileInfo(fileName).fileName())});
        break;
    }
    batch.source = QFileInfo(fileName).fileName();
    return batch;
}

ImportBatch ImportReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportBatch batch;
        batch.source = QFileInfo(path).fileName();
        batch.warnings.append(
            {batch.source, 0, tr("Cannot read %1: %2").arg(path, file.errorString())});
        return batch;
    }
    return readBytes(file.readAll(), path);
}

ImportBatch ImportReader::readFiles(const QStringList &paths)
{
    ImportBatch all;
    QStringList names;
    for (const QString &path : paths) {
        ImportBatch batch = readFile(path);
        names << batch.source;
        append(all, std::move(batch));
    }
    all.source = names.join(QStringLiteral(", "));
    return all;
}

} // namespace Candor
