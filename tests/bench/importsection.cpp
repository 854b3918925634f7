// SPDX-License-Identifier: MIT
// The `import` section: files written from the largest generated project by Candor's own
// exporters, read (decode + parse) in process, and imported whole by `candor import` in a
// process of its own; the reading phase's memory measured alone (--read) against the input.
#include "importsection.h"

#include "benchsection.h"
#include "io/csv/csvwriter.h"
#include "io/export/markdownexporter.h"
#include "io/importreader.h"
#include "measures.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

namespace CandorBench {

using namespace Candor;

QJsonObject importReadFigures(const QString &path)
{
    QJsonObject result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QByteArray bytes = file.readAll();
    file.close();
    const double before = residentMegabytes();
    QElapsedTimer t;
    t.start();
    qsizetype tasks = 0;
    {
        const ImportBatch batch = ImportReader::readBytes(bytes, path);
        tasks = batch.tasks.size();
    }
    result.insert(QStringLiteral("first_read_ms"), milliseconds(t));
    result.insert(QStringLiteral("read_peak_growth_mb"), imagePeakMegabytes() - before);
    result.insert(QStringLiteral("input_mb"), double(bytes.size()) / (1024.0 * 1024.0));
    result.insert(QStringLiteral("read_ms"), median(3, [&]() {
                      QElapsedTimer run;
                      run.start();
                      const ImportBatch batch = ImportReader::readBytes(bytes, path);
                      return milliseconds(run);
                  }));
    result.insert(QStringLiteral("tasks"), tasks);
    return result;
}

namespace {

// Import figures on files written from a generated project: reading (decode + parse) in process,
// and the peak memory of a headless `candor import --dry-run` child against the input size.
QJsonObject importFigures(const QString &folder, int taskCount)
{
    QJsonObject result;
    const QString path = QStringLiteral("%1/bench-%2.candor").arg(folder).arg(taskCount);
    OpenOptions readOnly;
    readOnly.readOnly = true;
    readOnly.takeLock = false;
    OpenError error;
    const std::unique_ptr<Project> project = Project::open(path, readOnly, &error);
    if (!project)
        return result;

    const QByteArray markdown = MarkdownExporter::write(*project).toUtf8();
    const QByteArray csv = CsvWriter::write(*project);
    const auto timeRead = [](const QByteArray &bytes, const QString &name, qsizetype *tasks) {
        return median(3, [&]() {
            QElapsedTimer t;
            t.start();
            const ImportBatch batch = ImportReader::readBytes(bytes, name);
            *tasks = batch.tasks.size();
            return milliseconds(t);
        });
    };
    qsizetype tasks = 0;
    result.insert(QStringLiteral("markdown_mb"), double(markdown.size()) / (1024.0 * 1024.0));
    result.insert(QStringLiteral("markdown_read_ms"),
                  timeRead(markdown, QStringLiteral("bench.md"), &tasks));
    result.insert(QStringLiteral("markdown_tasks"), tasks);
    result.insert(QStringLiteral("csv_mb"), double(csv.size()) / (1024.0 * 1024.0));
    result.insert(QStringLiteral("csv_read_ms"),
                  timeRead(csv, QStringLiteral("bench.csv"), &tasks));
    result.insert(QStringLiteral("csv_tasks"), tasks);

    // Peak memory of a whole headless import, as its own process.
    for (const auto &[name, bytes] :
         {std::pair{QStringLiteral("md"), markdown}, std::pair{QStringLiteral("csv"), csv}}) {
        const QString input = QStringLiteral("%1/import.%2").arg(folder, name);
        QFile file(input);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            continue;
        file.close();
        // A child's ru_maxrss starts from this (large) process's resident size at fork, so
        // the import runs under GNU time, whose own child is forked from a small process.
        const QStringList importArguments = {
            QStringLiteral("import"), input, QStringLiteral("--project"),
            QStringLiteral("%1/import-%2.candor").arg(folder, name)};
        const QString time = QStringLiteral("/usr/bin/time");
        const bool timed = QFile::exists(time);
        QProcess process;
        QElapsedTimer t;
        t.start();
        if (timed)
            process.start(time, QStringList{QStringLiteral("-f"), QStringLiteral("peak-kb %M"),
                                            QStringLiteral(CANDOR_APP_PATH)} +
                                    importArguments);
        else
            process.start(QStringLiteral(CANDOR_APP_PATH), importArguments);
        process.waitForFinished(120000);
        result.insert(QStringLiteral("%1_import_to_new_project_ms").arg(name), milliseconds(t));
        const QByteArray errors = process.readAllStandardError();
        if (const qsizetype at = errors.lastIndexOf("peak-kb "); timed && at >= 0)
            result.insert(QStringLiteral("%1_import_child_peak_rss_mb").arg(name),
                          errors.mid(at + 8).trimmed().toDouble() / 1024.0);

        // The reading phase's own memory, in a fresh process of this program.
        QProcess reader;
        reader.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--read"), input});
        reader.waitForFinished(120000);
        result.insert(QStringLiteral("%1_read_alone").arg(name),
                      QJsonDocument::fromJson(reader.readAllStandardOutput()).object());
    }
    return result;
}

const BenchRegistration registration{
    {QStringLiteral("import"), 80, QStringLiteral("import"), nullptr, nullptr, &importFigures}};

} // namespace

} // namespace CandorBench
