// SPDX-License-Identifier: MIT
#include "importreader.h"

#include "csv/csvreader.h"
#include "markdown/markdowntrackerreader.h"
#include "taskwarrior/taskwarriorreader.h"
#include "trackertext.h"

#include <QFile>
#include <QFileInfo>

namespace Candor {

namespace {

enum class Kind { Markdown, Csv, Taskwarrior, Unknown };

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
    return Kind::Unknown;
}

void append(ImportBatch &into, ImportBatch &&from)
{
    into.tasks += std::move(from.tasks);
    into.components += std::move(from.components);
    into.milestones += std::move(from.milestones);
    into.warnings += std::move(from.warnings);
    into.notes += std::move(from.notes);
}

} // namespace

bool ImportReader::canRead(const QString &path)
{
    return kindOf(path) != Kind::Unknown;
}

ImportBatch ImportReader::readBytes(const QByteArray &bytes, const QString &fileName)
{
    ImportBatch batch;
    switch (kindOf(fileName)) {
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
    case Kind::Unknown:
        batch.warnings.append({fileName, 0,
                               tr("%1 is not a kind of file Candor imports (Markdown, CSV or "
                                  "Taskwarrior JSON).")
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
