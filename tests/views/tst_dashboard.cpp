// SPDX-License-Identifier: MIT
// Drives the dashboard page with QTest on the offscreen platform: it renders, its charts hold
// the figures after an edit and after undo, repaints are batched, a click on a bar selects its
// tasks, it follows the filter and the palette, and charts paint into any QPainter.
#include "commands/setstatedcompletioncommand.h"
#include "commands/settaskfieldcommand.h"
#include "dashboard/chartcolours.h"
#include "dashboard/chartpainter.h"
#include "dashboard/completionchart.h"
#include "dashboard/dashboardchartview.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/honestypanel.h"
#include "dashboard/statusprioritychart.h"
#include "dashboard/timelinechart.h"
#include "dashboard/trendchart.h"
#include "demofixture.h"
#include "graph/scheduleservice.h"
#include "graph/schedulewatcher.h"
#include "metrics/livemetrics.h"
#include "project/demoproject.h"
#include "project/project.h"
#include "tasks/componentmodel.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskmodel.h"
#include "tasks/taskselection.h"

#include <QChart>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QMainWindow>
#include <QPainter>
#include <QScatterSeries>
#include <QSignalBlocker>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace Candor;

class TestDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rendersTheFigures();
    void valuesAfterEditAndUndo();
    void showsTheStatedCompletion();
    void repaintsOncePerTurnAndNotWhileHidden();
    void clickOnASegmentSelectsItsTasks();
    void clickOnAStatusCellSelectsItsTasks();
    void followsTheFilter();
    void labelRowsNeverOverlap_data();
    void labelRowsNeverOverlap();
    void slippedMilestonesWarn();
    void followsThePalette();
    void paintsIntoAnyPainter();
    void savesChartsAsPngAndSvg();
    void showSelectionInTable();
    void trendsFollowSnapshots();
    void timelineShowsForecasts();

private:
    qint64 idOf(const char *key) const
    {
        return m_project->tasks()->idForKey(QString::fromLatin1(key));
    }
    QPoint segmentCentre(QChart *chart, QAbstractSeries *series, qreal from, qreal to, qreal row,
                         QGraphicsView *view) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<TaskSelection> m_selection;
    std::unique_ptr<TaskFilterModel> m_filter;
    std::unique_ptr<QMainWindow> m_window;
    DashboardPage *m_page = nullptr;
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestDashboard::init()
{
    QString error;
    m_project = CandorTest::freshDemoProject(m_dir, &error);
    QVERIFY2(m_project, qPrintable(error));
    m_selection = std::make_unique<TaskSelection>();
    m_filter = std::make_unique<TaskFilterModel>(m_project->tasks());
    m_window = std::make_unique<QMainWindow>();
    m_page = new DashboardPage(m_project.get(), m_selection.get(), m_filter.get());
    m_window->setCentralWidget(m_page);
    m_window->resize(1200, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCoreApplication::processEvents();
}

void TestDashboard::cleanup()
{
    m_window.reset();
    m_filter.reset();
    m_selection.reset();
    m_project.reset();
}

QPoint TestDashboard::segmentCentre(QChart *chart, QAbstractSeries *series, qreal from, qreal to,
                                    qreal row, QGraphicsView *view) const
{
    const QPointF inChart = chart->mapToPosition(QPointF((from + to) / 2, row), series);
    return view->mapFromScene(chart->mapToScene(inChart));
}

void TestDashboard::rendersTheFigures()
{
    QVERIFY(m_page->refreshCount() >= 1);
    const LiveMetrics *metrics = m_page->metrics();
    QCOMPARE(metrics->overall().tasks, m_project->tasks()->rowCount());
    // One bar per component, the whole project on top.
    const QList<qint64> rows = m_page->completion()->rows();
    QCOMPARE(rows.size(), metrics->componentIds().size() + 1);
    QCOMPARE(rows.last(), qint64(-1));
    const QList<qreal> verified = m_page->completion()->values(CompletionPart::Verified);
    QCOMPARE(verified.last(), metrics->overall().verifiedPercent());
    for (int row = 0; row < rows.size() - 1; ++row) {
        const CompletionTally tally = metrics->component(rows.at(row));
        QCOMPARE(verified.at(row), tally.verifiedPercent());
        const qreal sum = verified.at(row) +
                          m_page->completion()->values(CompletionPart::ClaimedOnly).at(row) +
                          m_page->completion()->values(CompletionPart::Remaining).at(row);
        QVERIFY(tally.tasks == 0 || qAbs(sum - 100.0) < 1e-6);
    }
    QVERIFY(
        m_page->honesty()->figureText().contains(QLocale().toString(metrics->gapPoints(), 'f', 0)));
    const QImage shot = m_page->grab().toImage();
    QVERIFY(!shot.isNull());
}

// The completion an import stated (a tracker's "Security: 80%") is shown: a tick on the
// component's bar whose hover names it; undo takes it away. (The honesty panel shows what a file
// stated for the whole project, and lists the components stated above their tasks.)
void TestDashboard::showsTheStatedCompletion()
{
    const qint64 security = m_project->components()->idForName(QStringLiteral("Security"));
    QVERIFY(security != 0);
    m_project->undoStack()->push(new SetStatedCompletionCommand(m_project.get(), security, 80));
    m_page->refresh();
    const int row = int(m_page->completion()->rows().indexOf(security));
    QVERIFY(row >= 0);
    QLineSeries *tick = nullptr;
    for (QAbstractSeries *series : m_page->completion()->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series); line && line->count() == 2)
            tick = line;
    }
    QVERIFY(tick);
    QCOMPARE(tick->name(), QStringLiteral("Stated"));
    QCOMPARE(tick->at(0).x(), 80.0);
    QVERIFY(qAbs(tick->at(0).y() - row) < 0.5);
    QSignalSpy hovered(m_page->completion(), &CompletionChart::hovered);
    emit tick->hovered(tick->at(0), true);
    QCOMPARE(hovered.size(), 1);
    const QString text = hovered.first().first().toString();
    QVERIFY2(text.contains(QLatin1String("Security")) && text.contains(QLatin1String("Stated 80%")),
             qPrintable(text));

    m_project->undoStack()->undo();
    m_page->refresh();
    for (QAbstractSeries *series : m_page->completion()->chart()->series())
        QVERIFY(series->name() != QLatin1String("Stated"));
}

void TestDashboard::valuesAfterEditAndUndo()
{
    const qreal before = m_page->completion()->values(CompletionPart::ClaimedOnly).last();
    const qreal doneP0 = m_page->statusPriority()->value(Status::Done, Priority::P0);
    const qint64 sec1 = idOf("SEC-001");
    QVERIFY(sec1 != 0);
    const Task *task = m_project->tasks()->task(sec1);
    QVERIFY(task->status != Status::Done && task->verification != Verification::Verified);
    const Priority priority = task->priority;
    m_project->undoStack()->push(
        new SetTaskFieldCommand(m_project.get(), TaskField::Status, {sec1}, {int(Status::Done)}));
    QCoreApplication::processEvents();
    const qreal after = m_page->completion()->values(CompletionPart::ClaimedOnly).last();
    QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QCOMPARE(after, m_page->metrics()->overall().claimedOnlyPercent());
    QCOMPARE(m_page->statusPriority()->value(Status::Done, priority),
             qreal(m_page->metrics()->count(Status::Done, priority)));
    QCOMPARE(m_page->statusPriority()->value(Status::Done, Priority::P0),
             doneP0 + (priority == Priority::P0 ? 1 : 0));
    QVERIFY(m_page->metrics()->claimedOnly().contains(QStringLiteral("SEC-001")));

    m_project->undoStack()->undo();
    QCoreApplication::processEvents();
    QCOMPARE(m_page->completion()->values(CompletionPart::ClaimedOnly).last(), before);
    QCOMPARE(m_page->statusPriority()->value(Status::Done, Priority::P0), doneP0);
    QVERIFY(!m_page->metrics()->claimedOnly().contains(QStringLiteral("SEC-001")));
}

void TestDashboard::repaintsOncePerTurnAndNotWhileHidden()
{
    // The forecast that the edits ask for arrives from a worker whenever it is done, with a
    // refresh of its own; counted here are only the refreshes the edits cause.
    const QSignalBlocker noForecasts(m_page->schedules());
    const int before = m_page->refreshCount();
    for (const char *key : {"SEC-001", "SEC-002", "API-001"})
        m_project->undoStack()->push(
            new SetTaskFieldCommand(m_project.get(), TaskField::Progress, {idOf(key)}, {90}));
    QCOMPARE(m_page->refreshCount(), before); // nothing painted inside the turn
    QCoreApplication::processEvents();
    QCOMPARE(m_page->refreshCount(), before + 1);

    m_page->hide();
    m_project->undoStack()->undo();
    QCoreApplication::processEvents();
    QCOMPARE(m_page->refreshCount(), before + 1);
    m_page->show();
    QCOMPARE(m_page->refreshCount(), before + 2); // brought up to date when shown
}

void TestDashboard::clickOnASegmentSelectsItsTasks()
{
    DashboardChartView *view = m_page->completionView();
    QChart *chart = m_page->completion()->chart();
    QAbstractSeries *bars = nullptr;
    for (QAbstractSeries *series : chart->series()) {
        if (qobject_cast<QHorizontalStackedBarSeries *>(series))
            bars = series;
    }
    QVERIFY(bars);
    const int top = int(m_page->completion()->rows().size()) - 1; // the whole project
    const qreal verified = m_page->completion()->values(CompletionPart::Verified).at(top);
    const qreal claimedOnly = m_page->completion()->values(CompletionPart::ClaimedOnly).at(top);
    QVERIFY(claimedOnly > 2);
    const QPoint at = segmentCentre(chart, bars, verified, verified + claimedOnly, top, view);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    const QList<qint64> expected = m_page->metrics()->tasksOf(-1, CompletionPart::ClaimedOnly);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(m_selection->selected(), expected);
    QCOMPARE(m_selection->current(), expected.first());
}

void TestDashboard::clickOnAStatusCellSelectsItsTasks()
{
    StatusPriorityChart *chart = m_page->statusPriority();
    QVERIFY(chart->value(Status::Done, Priority::P1) > 0);
    QAbstractSeries *bars = chart->chart()->series().constFirst();
    // Done's column, the P1 part: above the P0 part.
    const qreal from = chart->value(Status::Done, Priority::P0);
    const QPointF inChart = chart->chart()->mapToPosition(
        QPointF(int(Status::Done), from + chart->value(Status::Done, Priority::P1) / 2), bars);
    DashboardChartView *view = m_page->statusPriorityView();
    const QPoint at = view->mapFromScene(chart->chart()->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    const QList<qint64> expected = m_page->metrics()->tasksOf(Status::Done, Priority::P1);
    QCOMPARE(m_selection->selected(), expected);
}

void TestDashboard::followsTheFilter()
{
    TaskFilter filter;
    filter.priorities = {Priority::P0};
    m_filter->setFilter(filter);
    QCoreApplication::processEvents();
    int p0 = 0;
    for (const Task &task : m_project->tasks()->tasks())
        p0 += task.priority == Priority::P0 ? 1 : 0;
    QCOMPARE(m_page->metrics()->overall().tasks, p0);
    QCOMPARE(m_page->statusPriority()->value(Status::Todo, Priority::P1), 0.0);
    m_filter->setFilter(TaskFilter{});
    QCoreApplication::processEvents();
    QCOMPARE(m_page->metrics()->overall().tasks, m_project->tasks()->rowCount());
}

void TestDashboard::labelRowsNeverOverlap_data()
{
    QTest::addColumn<QList<double>>("centres");
    QTest::addColumn<QList<double>>("widths");
    QTest::addColumn<QList<int>>("rows");
    QTest::newRow("apart") << QList<double>{0, 100, 200} << QList<double>{50, 50, 50}
                           << QList<int>{0, 0, 0};
    QTest::newRow("crowded") << QList<double>{0, 10, 20, 200} << QList<double>{60, 60, 60, 60}
                             << QList<int>{0, 1, 2, 0};
    QTest::newRow("back to row 0")
        << QList<double>{0, 30, 80} << QList<double>{50, 50, 50} << QList<int>{0, 1, 0};
}

void TestDashboard::labelRowsNeverOverlap()
{
    QFETCH(QList<double>, centres);
    QFETCH(QList<double>, widths);
    QFETCH(QList<int>, rows);
    QCOMPARE(TimelineChart::labelRows(centres, widths), rows);
}

void TestDashboard::slippedMilestonesWarn()
{
    const QList<Milestone> milestones = m_project->milestones()->milestones();
    QVERIFY(!milestones.isEmpty());
    // A year on, every milestone not done has slipped.
    const QDate later = QDate::currentDate().addYears(1);
    m_page->setToday(later);
    QCoreApplication::processEvents();
    const ChartColours colours = ChartColours::from(m_page->palette(), m_page->font());
    int checked = 0;
    for (QAbstractSeries *series : m_page->timeline()->chart()->series()) {
        auto *point = qobject_cast<QScatterSeries *>(series);
        if (!point)
            continue;
        for (const Milestone &milestone : milestones) {
            if (milestone.name != point->name())
                continue;
            QCOMPARE(TimelineChart::isSlipped(milestone, later), !milestone.doneDate.isValid());
            QCOMPARE(point->color(),
                     milestone.doneDate.isValid() ? colours.mutedText : colours.warning);
            ++checked;
        }
    }
    QCOMPARE(checked, int(milestones.size()));
    QCOMPARE(m_page->timeline()->rows().size(), milestones.size());
}

void TestDashboard::followsThePalette()
{
    QPalette dark = m_page->palette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    m_page->setPalette(dark);
    QCoreApplication::processEvents();
    QCOMPARE(m_page->completion()->chart()->backgroundBrush().color(), QColor(0x1e, 0x1f, 0x22));
    QCOMPARE(m_page->timeline()->chart()->backgroundBrush().color(), QColor(0x1e, 0x1f, 0x22));
}

void TestDashboard::paintsIntoAnyPainter()
{
    QChart *chart = m_page->completion()->chart();
    const QSizeF shown = chart->size();
    QImage image(900, 500, QImage::Format_ARGB32);
    image.fill(Qt::magenta);
    {
        QPainter painter(&image);
        ChartPainter::paint(chart, &painter, QRectF(0, 0, 900, 500));
    }
    // Painted over the whole target (no magenta left in the middle), in more than one colour.
    QVERIFY(image.pixelColor(450, 250) != QColor(Qt::magenta));
    QSet<QRgb> colours;
    for (int x = 0; x < 900; x += 7)
        colours.insert(image.pixel(x, 250));
    QVERIFY(colours.size() > 3);
    QCOMPARE(chart->size(), shown); // the view keeps its size
    const QImage copy = ChartPainter::image(chart, QSize(400, 300));
    QCOMPARE(copy.size(), QSize(800, 600)); // 2x
}

void TestDashboard::savesChartsAsPngAndSvg()
{
    DashboardChartView *view = m_page->completionView();
    const QString png = m_dir.filePath(QStringLiteral("completion.png"));
    const QString svg = m_dir.filePath(QStringLiteral("completion.svg"));
    QString error;
    QVERIFY2(view->save(png, &error), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.size(), view->size() * 2); // drawn at 2x
    QVERIFY2(view->save(svg, &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.trimmed().endsWith("</svg>"));
    QVERIFY(text.contains("Security")); // the bar labels are text, not pixels
    // A folder that does not exist: a message, not silence.
    QVERIFY(!view->save(m_dir.filePath(QStringLiteral("missing/chart.svg")), &error));
    QVERIFY2(error.contains(QStringLiteral("missing/chart.svg")), qPrintable(error));
}

void TestDashboard::showSelectionInTable()
{
    QToolButton *button = m_page->showInTableButton();
    m_selection->clear();
    QVERIFY(!button->isEnabled()); // nothing chosen yet
    const QList<qint64> chosen{idOf("SEC-001"), idOf("API-001")};
    m_selection->select(chosen, chosen.first()); // as a click on a bar does
    QVERIFY(button->isEnabled());
    QSignalSpy wanted(m_page, &DashboardPage::showInTableWanted);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(wanted.size(), 1);
    QCOMPARE(wanted.first().first().value<QList<qint64>>(), chosen);
}

void TestDashboard::trendsFollowSnapshots()
{
    QCOMPARE(m_page->trend()->pointCount(), 0);
    QVERIFY(!m_page->trend()->chart()->title().isEmpty()); // says how one gets a snapshot
    // The first edit of the day takes one; the chart shows it after the turn.
    m_project->undoStack()->push(
        new SetTaskFieldCommand(m_project.get(), TaskField::Progress, {idOf("SEC-001")}, {70}));
    QCoreApplication::processEvents();
    QCOMPARE(m_page->trend()->pointCount(), 1);
    QVERIFY(m_page->trend()->chart()->title().isEmpty());
    m_page->takeSnapshot(); // on demand, the same day: replaced, still one point
    QCoreApplication::processEvents();
    QCOMPARE(m_page->trend()->pointCount(), 1);
}

void TestDashboard::timelineShowsForecasts()
{
    m_page->schedules()->requestNow();
    m_page->schedules()->service()->waitForWorkers();
    QTRY_VERIFY(m_page->schedules()->forecast() != nullptr); // delivered through the event loop
    QCoreApplication::processEvents();                       // and drawn on the next turn
    int open = 0;
    for (const MilestoneForecast &milestone : m_page->schedules()->forecast()->milestones)
        open += milestone.hasForecast() && milestone.p50.isValid() ? 1 : 0;
    QVERIFY(open > 0); // the demo's milestones wait on unfinished tasks
    QCOMPARE(m_page->timeline()->bandCount(), open);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
