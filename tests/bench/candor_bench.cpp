// SPDX-License-Identifier: MIT
// Measures what the issues name on generated projects and prints JSON:
//   candor_bench [--sizes 1000,10000,100000] [--sections table,board,import,startup]
//                [--out FILE.json]
//   candor_bench --read FILE   (reading phase of an import only, in a process of its own)
#include "board/boardmodel.h"
#include "board/boardpage.h"
#include "board/boardview.h"
#include "commands/settaskfieldcommand.h"
#include "core/taskfield.h"
#include "database/projectdatabase.h"
#include "io/csvformat.h"
#include "io/importreader.h"
#include "io/markdownexporter.h"
#include "project/project.h"
#include "project/projectgenerator.h"
#include "schedulebench.h"
#include "shell/projectworkspace.h"
#include "table/tasktableview.h"
#include "tasks/taskfilter.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskmodel.h"
#include "tasks/taskselection.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QProcess>
#include <QScrollBar>
#include <QSqlQuery>
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

// Renders the board's viewport as a frame would show it, into a reused image (so that the figure
// is the painting, not the allocation of a pixmap).
void paintBoard(BoardView *view, QImage &frame)
{
    const qreal ratio = view->devicePixelRatioF();
    const QSize size = view->viewport()->size() * ratio;
    if (frame.size() != size) {
        frame = QImage(size, QImage::Format_ARGB32_Premultiplied);
        frame.setDevicePixelRatio(ratio);
    }
    view->viewport()->render(&frame);
}

QJsonObject medianAndWorst(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return {};
    return {{QStringLiteral("median"), values.at(values.size() / 2)},
            {QStringLiteral("worst"), values.last()},
            {QStringLiteral("frames"), int(values.size())}};
}

// Cards of a cell out of rank order, over the whole board: a correctness check after moves.
int cardsOutOfOrder(const BoardModel &model, const TaskModel &tasks)
{
    int wrong = 0;
    for (int lane = 0; lane < model.laneCount(); ++lane) {
        for (int column = 0; column < BoardModel::ColumnCount; ++column) {
            const QList<qint64> &cards = model.cards(lane, column);
            for (qsizetype i = 1; i < cards.size(); ++i) {
                const double before = tasks.task(cards.at(i - 1))->rank;
                const double after = tasks.task(cards.at(i))->rank;
                if (before > after || (before == after && cards.at(i - 1) > cards.at(i)))
                    ++wrong;
            }
        }
    }
    return wrong;
}

// The Kanban board over the fully loaded project, without swimlanes: made as the workspace
// makes it when first shown, one card dropped at a time into another column, and one column
// scrolled frame by frame.
QJsonObject boardFigures(Project &project, ProjectWorkspace &workspace)
{
    QJsonObject result;
    workspace.filterModel()->sort(-1);
    workspace.filterModel()->setFilter(TaskFilter{});
    workspace.selection()->clear();

    // First paint: from making the board to a rendered frame of it.
    const double residentBefore = residentMegabytes();
    QElapsedTimer timer;
    timer.start();
    workspace.setCurrentView(ProjectWorkspace::View::Board);
    BoardPage *page = workspace.board();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // lay out the new page
    BoardView *view = page->view();
    {
        const QPixmap first = view->grab();
        Q_UNUSED(first)
    }
    result.insert(QStringLiteral("board_first_paint_ms"), milliseconds(timer));
    result.insert(QStringLiteral("board_memory_mb"), residentMegabytes() - residentBefore);
    result.insert(
        QStringLiteral("board_viewport"),
        QStringLiteral("%1x%2").arg(view->viewport()->width()).arg(view->viewport()->height()));
    BoardModel *model = page->model();
    if (model->swimlanes() != Swimlanes::None) // a saved choice of an earlier run
        model->setSwimlanes(Swimlanes::None);
    // Into Done ahead of unfinished dependencies: as if the user confirmed the question.
    model->setDoneConfirmer([](const QStringList &) { return true; });
    QJsonArray columnCards;
    for (int column = 0; column < BoardModel::ColumnCount; ++column)
        columnCards.append(int(model->cards(0, column).size()));
    result.insert(QStringLiteral("board_column_cards"), columnCards);

    QImage frame;
    paintBoard(view, frame);
    result.insert(QStringLiteral("board_paint_ms"), median(3, [&]() {
                      QElapsedTimer t;
                      t.start();
                      paintBoard(view, frame);
                      return milliseconds(t);
                  }));

    // Drops: a card visible at some depth of one column to the rows in view of another, with
    // the card selected first (as pressing on it does), each followed by a frame.
    QScrollBar *vertical = view->verticalScrollBar();
    const BoardGeometry &geometry = view->geometry();
    QList<double> drops;
    QList<double> writes;
    QList<double> undos;
    int misplaced = 0; // not where it was dropped, in the models or in the file
    QSqlQuery stored(project.database().connection());
    stored.prepare(QStringLiteral("SELECT status, rank FROM task WHERE id = ?"));
    const auto inFile = [&](qint64 id, Status status) {
        stored.addBindValue(id);
        const bool found = stored.exec() && stored.next() &&
                           stored.value(0).toString() == TaskEnums::token(status) &&
                           stored.value(1).toDouble() == project.tasks()->task(id)->rank;
        stored.finish();
        return found;
    };
    qsizetype mostFieldsWritten = 0;
    constexpr int dropCount = 21;
    for (int i = 0; i < dropCount; ++i) {
        const int source = i % BoardModel::ColumnCount;
        const int target = (source + 1 + i % 3) % BoardModel::ColumnCount;
        const int rows =
            int(std::min(model->cards(0, source).size(), model->cards(0, target).size()));
        if (rows < 8)
            continue;
        const int depth = int(qint64(rows - 8) * ((i * 7) % dropCount) / dropCount);
        vertical->setValue(geometry.cardRect(0, source, depth).top());
        paintBoard(view, frame);
        const qint64 id = model->cards(0, source).at(depth + 2);
        workspace.selection()->select({id}, id);
        const int row = depth + 4;
        for (const TaskFieldChange &change : model->planMove({id}, 0, target, row))
            mostFieldsWritten = std::max(mostFieldsWritten, change.ids.size());

        QElapsedTimer t;
        t.start();
        const bool moved = model->moveCards({id}, 0, target, row);
        writes.append(milliseconds(t));
        paintBoard(view, frame);
        drops.append(milliseconds(t));
        const BoardModel::Position at = model->positionOf(id);
        if (!moved || at.column != target || at.row != row ||
            !inFile(id, BoardModel::columnStatus(target)))
            ++misplaced;
    }
    result.insert(QStringLiteral("board_drop_ms"), medianAndWorst(drops));
    result.insert(QStringLiteral("board_drop_without_repaint_ms"), medianAndWorst(writes));
    result.insert(QStringLiteral("board_drop_most_tasks_written"), int(mostFieldsWritten));
    for (int i = 0; i < drops.size(); ++i) {
        QElapsedTimer t;
        t.start();
        project.undoStack()->undo();
        paintBoard(view, frame);
        undos.append(milliseconds(t));
    }
    result.insert(QStringLiteral("board_undo_drop_ms"), medianAndWorst(undos));

    // The worst drop: into the middle of the longest column (Todo), always at the same row, so
    // that each card halves the gap between two ranks until the gap is used up (~30 drops) and
    // the whole column is renumbered, every task of that status written.
    {
        const int column = int(Status::Todo);
        const int row = int(model->cards(0, column).size() / 2);
        const int from = int(Status::Done);
        vertical->setValue(geometry.cardRect(0, column, row).top() - vertical->pageStep() / 2);
        QList<double> sameGap;
        int pushed = 0;
        for (int i = 0; i < 64 && model->cards(0, from).size() > 0; ++i) {
            const qint64 id = model->cards(0, from).first();
            workspace.selection()->select({id}, id);
            qsizetype written = 0;
            for (const TaskFieldChange &change : model->planMove({id}, 0, column, row))
                written = std::max(written, change.ids.size());
            QElapsedTimer t;
            t.start();
            if (!model->moveCards({id}, 0, column, row))
                break;
            paintBoard(view, frame);
            const double ms = milliseconds(t);
            ++pushed;
            if (written > 1) {
                result.insert(QStringLiteral("board_drop_renumbering_ms"), ms);
                result.insert(QStringLiteral("board_drop_renumbering_tasks_written"), int(written));
                result.insert(QStringLiteral("board_drops_before_renumbering"), i);
                if (model->positionOf(id).row != row || !inFile(id, Status::Todo))
                    ++misplaced;
                result.insert(QStringLiteral("board_cards_out_of_order_after_renumbering"),
                              cardsOutOfOrder(*model, *project.tasks()));
                break;
            }
            sameGap.append(ms);
        }
        result.insert(QStringLiteral("board_drop_same_gap_ms"), medianAndWorst(sameGap));
        QElapsedTimer t;
        t.start();
        project.undoStack()->undo(); // the renumbering, if there was one
        paintBoard(view, frame);
        result.insert(QStringLiteral("board_undo_renumbering_ms"), milliseconds(t));
        result.insert(QStringLiteral("board_cards_out_of_order_after_undo"),
                      cardsOutOfOrder(*model, *project.tasks()));
        for (int i = 1; i < pushed; ++i)
            project.undoStack()->undo();
    }
    result.insert(QStringLiteral("board_drops_misplaced"), misplaced);
    workspace.selection()->clear();

    // Swimlanes by priority, and back: a rebuild of the board and a frame each.
    for (const auto &[name, lanes] :
         {std::pair{QStringLiteral("board_swimlanes_priority_ms"), Swimlanes::Priority},
          std::pair{QStringLiteral("board_swimlanes_none_ms"), Swimlanes::None}}) {
        QElapsedTimer t;
        t.start();
        model->setSwimlanes(lanes);
        paintBoard(view, frame);
        result.insert(name, milliseconds(t));
    }

    // Scrolling: In Progress is the column with ~20k of 100k cards. Start where every column
    // still has cards, then a page (or a step) per frame.
    int shortest = INT_MAX;
    for (int column = 0; column < BoardModel::ColumnCount; ++column)
        shortest = std::min(shortest, int(model->cards(0, column).size()));
    const int startRow = std::max(0, shortest / 4);
    const auto scroll = [&](int frames, int step) {
        vertical->setValue(geometry.cardRect(0, int(Status::InProgress), startRow).top());
        paintBoard(view, frame);
        QList<double> times;
        for (int i = 0; i < frames && vertical->value() < vertical->maximum(); ++i) {
            QElapsedTimer t;
            t.start();
            vertical->setValue(vertical->value() + step);
            paintBoard(view, frame);
            times.append(milliseconds(t));
        }
        return medianAndWorst(times);
    };
    result.insert(QStringLiteral("board_scroll_frame_ms"), scroll(50, vertical->pageStep()));
    result.insert(QStringLiteral("board_scroll_step_frame_ms"), scroll(50, vertical->singleStep()));
    // Jumps along the whole In Progress column, as dragging the scroll bar's handle does.
    {
        const int cards = int(model->cards(0, int(Status::InProgress)).size());
        QList<double> times;
        for (int i = 1; i <= 20 && cards > 0; ++i) {
            const int rowAt = int(qint64(cards - 1) * ((i * 9) % 21) / 21);
            QElapsedTimer t;
            t.start();
            vertical->setValue(geometry.cardRect(0, int(Status::InProgress), rowAt).top());
            paintBoard(view, frame);
            times.append(milliseconds(t));
        }
        result.insert(QStringLiteral("board_scroll_jump_frame_ms"), medianAndWorst(times));
    }
    result.insert(QStringLiteral("board_memory_after_scrolling_mb"),
                  residentMegabytes() - residentBefore);
    workspace.setCurrentView(ProjectWorkspace::View::Table);
    return result;
}

QJsonObject measure(int taskCount, const QString &folder, const QStringList &sections)
{
    const bool table = sections.contains(QLatin1String("table"));
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
    if (table) {
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
    if (table)
        result.insert(QStringLiteral("open_to_first_paint_ms"), milliseconds(timer));
    if (project->isLoading()) {
        QEventLoop loop;
        QObject::connect(project.get(), &Project::loadFinished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    paintTable(*workspace);
    if (!table) {
        if (sections.contains(QLatin1String("board")))
            result.insert(QStringLiteral("board"), boardFigures(*project, *workspace));
        return result;
    }
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
    if (sections.contains(QLatin1String("board")))
        result.insert(QStringLiteral("board"), boardFigures(*project, *workspace));
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
    const QStringList allSections{QStringLiteral("table"), QStringLiteral("board"),
                                  QStringLiteral("import"), QStringLiteral("startup"),
                                  QStringLiteral("schedule")};
    const QCommandLineOption sectionsOption(
        QStringLiteral("sections"),
        QStringLiteral("What to measure, of: %1 (all by default).")
            .arg(allSections.join(QLatin1Char(','))),
        QStringLiteral("NAME,NAME,..."), allSections.join(QLatin1Char(',')));
    const QCommandLineOption read(QStringLiteral("read"),
                                  QStringLiteral("Only read FILE as an import would, and report."),
                                  QStringLiteral("FILE"));
    parser.addOptions({sizes, out, noStartup, sectionsOption, read});
    parser.process(app);
    if (parser.isSet(read)) {
        QTextStream(stdout) << QJsonDocument(readFigures(parser.value(read))).toJson();
        return 0;
    }
    QStringList sections = parser.value(sectionsOption).split(QLatin1Char(','));
    for (const QString &section : std::as_const(sections)) {
        if (!allSections.contains(section)) {
            QTextStream(stderr) << "candor_bench: unknown section " << section << '\n';
            return 2;
        }
    }
    if (parser.isSet(noStartup))
        sections.removeAll(QStringLiteral("startup"));

    QTemporaryDir folder;
    QJsonArray runs;
    for (const QString &size : parser.value(sizes).split(QLatin1Char(','))) {
        const QJsonObject run = measure(size.toInt(), folder.path(), sections);
        QTextStream(stderr) << QJsonDocument(run).toJson(QJsonDocument::Compact) << '\n';
        runs.append(run);
    }
    QJsonObject report{{QStringLiteral("runs"), runs}};
    const QStringList sizeList = parser.value(sizes).split(QLatin1Char(','));
    if (sections.contains(QLatin1String("import")))
        report.insert(QStringLiteral("import"),
                      importFigures(folder.path(), sizeList.last().toInt()));
    if (sections.contains(QLatin1String("startup")))
        report.insert(QStringLiteral("cold_start"), coldStart(folder.path()));
    if (sections.contains(QLatin1String("schedule"))) {
        QJsonObject schedule; // issue 9: critical path and forecast (schedulebench.cpp)
        runScheduleBench(schedule);
        report.insert(QStringLiteral("schedule"), schedule);
    }
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    QTextStream(stdout) << json;
    if (parser.isSet(out)) {
        QFile file(parser.value(out));
        if (file.open(QIODevice::WriteOnly))
            file.write(json);
    }
    return 0;
}
