// SPDX-License-Identifier: MIT
// Measures what the issues name on generated projects and prints JSON:
//   candor_bench [--sizes 1000,10000,100000] [--out FILE.json]
//   candor_bench --read FILE   (reading phase of an import only, in a process of its own)
#include "commands/settaskfieldcommand.h"
#include "core/taskfield.h"
#include "database/projectdatabase.h"
#include "io/csvformat.h"
#include "io/importreader.h"
#include "io/markdownexporter.h"
#include "project/project.h"
#include "project/projectgenerator.h"
#include "shell/projectworkspace.h"
#include "table/tasktableview.h"
#include "tasks/taskfilter.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <sys/resource.h>
#include <unistd.h>

using namespace Candor;

namespace {

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports KiB
}

// Peak resident memory of this process image, from /proc (VmHWM). Unlike getrusage's
// ru_maxrss, it starts afresh at exec: a child this program starts does not inherit the peak of
// the parent it was forked from.
double imagePeakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return peakMegabytes();
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return peakMegabytes();
}

// Resident memory now (not the peak), from /proc: the base a later peak is measured from.
double residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return peakMegabytes();
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1
               ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0)
               : 0.0;
}

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// A real paint of the table's visible rows. (repaint() paints nothing until the platform has
// exposed the window, which it need not have done yet; grab() always renders.)
void paintTable(ProjectWorkspace &workspace)
{
    const QPixmap pixmap = workspace.table()->viewport()->grab();
    Q_UNUSED(pixmap)
}

// Median of a few runs of a measurement, so one scheduler hiccup does not set the figure.
template <typename Run> double median(int runs, Run run)
{
    QList<double> values;
    for (int i = 0; i < runs; ++i)
        values.append(run());
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QJsonObject measure(int taskCount, const QString &folder)
{
    QJsonObject result{{QStringLiteral("tasks"), taskCount}};
    const QString path = QStringLiteral("%1/bench-%2.candor").arg(folder).arg(taskCount);
    QFile::remove(path);

    QElapsedTimer timer;
    timer.start();
    {
        OpenOptions options;
        options.createIfMissing = true;
        OpenError error;
        auto database = ProjectDatabase::open(path, options, &error);
        if (!database || !ProjectGenerator::generate(*database, taskCount, 42)) {
            result.insert(QStringLiteral("error"), QStringLiteral("generate failed"));
            return result;
        }
    }
    result.insert(QStringLiteral("generate_ms"), milliseconds(timer));
    result.insert(QStringLiteral("file_mb"), double(QFile(path).size()) / (1024.0 * 1024.0));

    // A complete, synchronous read (what the command line does), for reference.
    {
        QElapsedTimer complete;
        complete.start();
        OpenOptions readOnly;
        readOnly.readOnly = true;
        readOnly.takeLock = false;
        OpenError ignored;
        const std::unique_ptr<Project> whole = Project::open(path, readOnly, &ignored);
        result.insert(QStringLiteral("complete_read_ms"), milliseconds(complete));
    }

    // Open to first table paint as the GUI does it: read the file's first page, build the views,
    // paint the visible rows; the rest streams in from the loader thread ("full fetch").
    const double memoryBefore = peakMegabytes();
    timer.restart();
    OpenError error;
    std::unique_ptr<Project> project =
        Project::open(path, OpenOptions{}, &error, Project::LoadMode::Progressive);
    if (!project) {
        result.insert(QStringLiteral("error"), error.message);
        return result;
    }
    auto workspace = std::make_unique<ProjectWorkspace>(project.get());
    workspace->resize(1400, 860);
    workspace->show();
    paintTable(*workspace);
    result.insert(QStringLiteral("open_to_first_paint_ms"), milliseconds(timer));
    if (project->isLoading()) {
        QEventLoop loop;
        QObject::connect(project.get(), &Project::loadFinished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    paintTable(*workspace);
    result.insert(QStringLiteral("full_fetch_ms"), milliseconds(timer));
    result.insert(QStringLiteral("table_paint_ms"), median(3, [&]() {
                      QElapsedTimer t;
                      t.start();
                      paintTable(*workspace);
                      return milliseconds(t);
                  }));
    result.insert(QStringLiteral("rows_after_full_fetch"), project->tasks()->rowCount());

    TaskModel *tasks = project->tasks();
    TaskFilterModel *view = workspace->filterModel();
    timer.restart();
    qsizetype characters = 0;
    for (int row = 0; row < tasks->rowCount(); ++row) {
        for (int column = 0; column < TaskColumnCount; ++column)
            characters += tasks->data(tasks->index(row, column)).toString().size();
    }
    result.insert(QStringLiteral("display_scan_all_cells_ms"), milliseconds(timer));
    Q_UNUSED(characters)

    const int priority = column(TaskField::Priority);
    result.insert(QStringLiteral("sort_priority_ms"), median(3, [&]() {
                      view->sort(-1);
                      QElapsedTimer t;
                      t.start();
                      view->sort(priority, Qt::AscendingOrder);
                      paintTable(*workspace);
                      return milliseconds(t);
                  }));

    result.insert(QStringLiteral("text_filter_ms"), median(3, [&]() {
                      view->setFilter(TaskFilter{});
                      TaskFilter filter;
                      filter.setText(QStringLiteral("backup"));
                      QElapsedTimer t;
                      t.start();
                      view->setFilter(filter);
                      paintTable(*workspace);
                      return milliseconds(t);
                  }));
    result.insert(QStringLiteral("text_filter_matches"), view->rowCount());
    view->setFilter(TaskFilter{});

    // One edit and its undo, with the table sorted by priority (the edit moves the row).
    const qint64 id = tasks->taskAt(tasks->rowCount() / 2).id;
    const int before = int(tasks->task(id)->priority);
    const int after = before == 0 ? 3 : 0;
    QList<double> edits;
    QList<double> undos;
    QList<double> writes;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        project->undoStack()->push(
            new SetTaskFieldCommand(project.get(), TaskField::Priority, {id}, {after}));
        writes.append(milliseconds(t));
        paintTable(*workspace);
        edits.append(milliseconds(t));
        t.restart();
        project->undoStack()->undo();
        undos.append(milliseconds(t));
        paintTable(*workspace);
    }
    std::sort(edits.begin(), edits.end());
    std::sort(undos.begin(), undos.end());
    std::sort(writes.begin(), writes.end());
    result.insert(QStringLiteral("edit_and_repaint_ms"), edits.at(2));
    result.insert(QStringLiteral("edit_ms"), writes.at(2));
    result.insert(QStringLiteral("undo_ms"), undos.at(2));

    result.insert(QStringLiteral("peak_rss_mb"), peakMegabytes());
    result.insert(QStringLiteral("rss_growth_mb"), peakMegabytes() - memoryBefore);
    return result;
}

// The reading phase of an import alone (decode + parse into a batch): its time, and how far it
// raises the peak memory of a process that holds nothing else but the file's bytes, so that the
// figure can be held against the input size without the project an import also opens.
QJsonObject readFigures(const QString &path)
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
    const QByteArray csv = CsvFormat::write(*project);
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

// Cold start of the real application on its default project (created with demo content on the
// first start, so the second start is the one measured).
QJsonObject coldStart(const QString &folder)
{
    QJsonObject result;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CANDOR_REPORT_STARTUP"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/config"));
    QList<double> wall;
    QList<double> inside;
    for (int i = 0; i < 4; ++i) {
        QProcess process;
        process.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(CANDOR_APP_PATH), {});
        process.waitForFinished(30000);
        const double total = milliseconds(timer);
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        const qsizetype at = output.indexOf(QLatin1String("startup_ms "));
        if (i == 0)
            continue; // the first run creates the default project
        wall.append(total);
        if (at >= 0)
            inside.append(output.mid(at + 11).section(QLatin1Char(' '), 0, 0).toDouble());
    }
    std::sort(wall.begin(), wall.end());
    std::sort(inside.begin(), inside.end());
    if (!wall.isEmpty())
        result.insert(QStringLiteral("process_start_to_exit_after_first_paint_ms"),
                      wall.at(wall.size() / 2));
    if (!inside.isEmpty())
        result.insert(QStringLiteral("main_to_first_paint_ms"), inside.at(inside.size() / 2));
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("sizes"), QStringLiteral("Task counts."),
                                   QStringLiteral("N,N,..."), QStringLiteral("1000,10000,100000"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Also write the JSON here."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption noStartup(QStringLiteral("no-startup"),
                                       QStringLiteral("Skip the cold-start measurement."));
    const QCommandLineOption read(QStringLiteral("read"),
                                  QStringLiteral("Only read FILE as an import would, and report."),
                                  QStringLiteral("FILE"));
    parser.addOptions({sizes, out, noStartup, read});
    parser.process(app);
    if (parser.isSet(read)) {
        QTextStream(stdout) << QJsonDocument(readFigures(parser.value(read))).toJson();
        return 0;
    }

    QTemporaryDir folder;
    QJsonArray runs;
    for (const QString &size : parser.value(sizes).split(QLatin1Char(','))) {
        const QJsonObject run = measure(size.toInt(), folder.path());
        QTextStream(stderr) << QJsonDocument(run).toJson(QJsonDocument::Compact) << '\n';
        runs.append(run);
    }
    QJsonObject report{{QStringLiteral("runs"), runs}};
    const QStringList sizeList = parser.value(sizes).split(QLatin1Char(','));
    report.insert(QStringLiteral("import"), importFigures(folder.path(), sizeList.last().toInt()));
    if (!parser.isSet(noStartup))
        report.insert(QStringLiteral("cold_start"), coldStart(folder.path()));
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    QTextStream(stdout) << json;
    if (parser.isSet(out)) {
        QFile file(parser.value(out));
        if (file.open(QIODevice::WriteOnly))
            file.write(json);
    }
    return 0;
}
