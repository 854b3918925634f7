// SPDX-License-Identifier: MIT
#include "board/boardmodel.h"
#include "board/boardpage.h"
#include "board/carddelegate.h"
#include "demofixture.h"
#include "graph/graphedgeitem.h"
#include "graph/graphnodeitem.h"
#include "graph/graphnodelook.h"
#include "graph/graphpage.h"
#include "graph/graphscene.h"
#include "graph/schedule.h"
#include "graph/scheduleservice.h"
#include "graph/schedulewatcher.h"
#include "graph/workcalendar.h"
#include "inspector/inspectorpanel.h"
#include "project/demoproject.h"
#include "project/project.h"
#include "shell/projectworkspace.h"
#include "table/tasktableview.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskmodel.h"
#include "tasks/taskselection.h"

#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <memory>

using namespace Candor;

// The schedule and forecast reach every view: a real workspace (its ScheduleWatcher), the graph
// page, the table's critical and slack columns, the board's cards and the inspector's Schedule
// section, before and after an edit. In the demo every task's three points are 0.7, 1 and 2
// times its estimate, so its expected work is 6.7 / 6 of it: the critical path is SEC-001 →
// PERSIST-003 (4.69 + 25.13 = 29.82 working days of remaining work); OPS-003 → OPS-004 has
// 11.17, so 18.65 days of slack.
class TestScheduleViews final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void graphMarksCriticalNodesAndEdges();
    void tableShowsCriticalAndSlack_data();
    void tableShowsCriticalAndSlack();
    void tableColumnsHiddenButChoosable();
    void tableSortsBySlack();
    void editUpdatesAfterNextSchedule();
    void boardCardShowsCriticalMark();
    void inspectorShowsTimingAndForecast();
    void inspectorCriticalTask();
    void changesInOneTurnAskOnce();
    void forecastRuns_data();
    void forecastRuns();

private:
    qint64 idOf(const char *key) const
    {
        return m_project->tasks()->idForKey(QString::fromLatin1(key));
    }
    QString cell(const char *key, int column, int role = Qt::DisplayRole) const;
    static QHash<QString, QString> edgeStrokes(const QString &svgPath);
    void waitForSchedule();
    QLabel *inspectorLabel(const char *name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<ProjectWorkspace> m_workspace;
    std::unique_ptr<InspectorPanel> m_inspector;
};

void TestScheduleViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestScheduleViews::init()
{
    QString error;
    m_project = CandorTest::freshDemoProject(m_dir, &error);
    QVERIFY2(m_project, qPrintable(error));
    m_workspace = std::make_unique<ProjectWorkspace>(m_project.get());
    m_workspace->resize(1400, 900);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    m_inspector = std::make_unique<InspectorPanel>(m_project.get());
    m_inspector->setScheduleWatcher(m_workspace->scheduleWatcher());
    m_inspector->resize(420, 900);
    waitForSchedule();
}

void TestScheduleViews::cleanup()
{
    m_inspector.reset();
    m_workspace.reset();
    m_project.reset();
}

void TestScheduleViews::waitForSchedule()
{
    ScheduleWatcher *watcher = m_workspace->scheduleWatcher();
    QTRY_VERIFY(watcher->schedule() && watcher->forecast() && !watcher->isBusy());
}

QString TestScheduleViews::cell(const char *key, int column, int role) const
{
    const TaskModel *tasks = m_project->tasks();
    return tasks->index(tasks->rowOf(idOf(key)), column).data(role).toString();
}

QLabel *TestScheduleViews::inspectorLabel(const char *name) const
{
    return m_inspector->findChild<QLabel *>(QLatin1String(name));
}

void TestScheduleViews::graphMarksCriticalNodesAndEdges()
{
    QVERIFY(m_workspace->setCurrentPage(QStringLiteral("graph")));
    auto *page = qobject_cast<GraphPage *>(m_workspace->page(QStringLiteral("graph")));
    QVERIFY(page);
    // The page made after the schedule arrived still gets it.
    QTRY_VERIFY(page->scene()->node(idOf("SEC-001")));
    QCOMPARE(page->critical(), (QSet<qint64>{idOf("SEC-001"), idOf("PERSIST-003")}));
    const GraphScene *scene = page->scene();
    QVERIFY(scene->node(idOf("SEC-001"))->look().critical);
    QVERIFY(scene->node(idOf("PERSIST-003"))->look().critical);
    QVERIFY(!scene->node(idOf("SEC-002"))->look().critical);
    QVERIFY(!scene->node(idOf("OPS-003"))->look().critical);
    // Edges run from the dependency to the task that waits for it.
    QVERIFY(scene->edge(idOf("SEC-001"), idOf("PERSIST-003"))->isCritical());
    QVERIFY(!scene->edge(idOf("SEC-001"), idOf("SEC-002"))->isCritical());
    QVERIFY(!scene->edge(idOf("PERSIST-001"), idOf("PERSIST-003"))->isCritical());
    QVERIFY(scene->edge(idOf("SEC-001"), idOf("PERSIST-003"))->zValue() >
            scene->edge(idOf("SEC-001"), idOf("SEC-002"))->zValue());

    // The SVG export draws the same edges as critical, by the schedule's chain.
    const QString path = m_dir.filePath(QStringLiteral("critical.svg"));
    QVERIFY(page->exportSvg(path));
    const QHash<QString, QString> strokes = edgeStrokes(path);
    QCOMPARE(strokes.value(QStringLiteral("SEC-001>PERSIST-003")),
             GraphNodeLook::criticalColour().name());
    QCOMPARE(strokes.value(QStringLiteral("SEC-001>SEC-002")), GraphNodeLook::edgeColour().name());
    QCOMPARE(strokes.value(QStringLiteral("PERSIST-001>PERSIST-003")),
             GraphNodeLook::edgeColour().name());
}

QHash<QString, QString> TestScheduleViews::edgeStrokes(const QString &svgPath)
{
    QHash<QString, QString> strokes; // "FROM>TO" → the stroke of its path
    QFile file(svgPath);
    if (!file.open(QIODevice::ReadOnly))
        return strokes;
    QXmlStreamReader xml(&file);
    QString edge;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("g") &&
            attributes.value(QLatin1String("class")) == QLatin1String("edge")) {
            edge = attributes.value(QLatin1String("data-from")).toString() + QLatin1Char('>') +
                   attributes.value(QLatin1String("data-to")).toString();
        } else if (xml.name() == QLatin1String("path") && !edge.isEmpty()) {
            strokes.insert(edge, attributes.value(QLatin1String("stroke")).toString());
            edge.clear();
        }
    }
    return strokes;
}

void TestScheduleViews::tableShowsCriticalAndSlack_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("critical");
    QTest::addColumn<QString>("slack");
    QTest::newRow("on the path") << "SEC-001"
                                 << "critical"
                                 << "0 d";
    QTest::newRow("at its end") << "PERSIST-003"
                                << "critical"
                                << "0 d";
    QTest::newRow("parallel chain") << "OPS-004"
                                    << ""
                                    << "18.6 d";
    QTest::newRow("done") << "OPS-001"
                          << ""
                          << "";
}

void TestScheduleViews::tableShowsCriticalAndSlack()
{
    QFETCH(QString, key);
    QFETCH(QString, critical);
    QFETCH(QString, slack);
    const QByteArray latin = key.toLatin1();
    QCOMPARE(cell(latin.constData(), TaskModel::CriticalColumn), critical);
    QCOMPARE(cell(latin.constData(), TaskModel::SlackColumn), slack);
    QCOMPARE(m_project->tasks()->headerData(TaskModel::SlackColumn, Qt::Horizontal).toString(),
             QStringLiteral("Slack"));
    // Read-only: an edit in the table is not offered.
    const TaskModel *tasks = m_project->tasks();
    QVERIFY(!(tasks->flags(tasks->index(0, TaskModel::CriticalColumn)) & Qt::ItemIsEditable));
}

void TestScheduleViews::tableColumnsHiddenButChoosable()
{
    TaskTableView *table = m_workspace->table();
    QHeaderView *header = table->horizontalHeader();
    QVERIFY(header->isSectionHidden(TaskModel::CriticalColumn));
    QVERIFY(header->isSectionHidden(TaskModel::SlackColumn));
    QCOMPARE(table->model()->columnCount(), TaskModel::ColumnCount);
    header->setSectionHidden(TaskModel::SlackColumn, false);
    const int row = m_workspace->filterModel()->proxyRowOf(idOf("OPS-004"));
    const QModelIndex index = table->model()->index(row, TaskModel::SlackColumn);
    QVERIFY(table->visualRect(index).isValid());
    QCOMPARE(index.data().toString(), QStringLiteral("18.6 d"));
}

void TestScheduleViews::tableSortsBySlack()
{
    TaskFilterModel *filter = m_workspace->filterModel();
    filter->sort(TaskModel::SlackColumn, Qt::DescendingOrder);
    // Most slack first; finished tasks (no slack) last.
    const qint64 first = filter->taskId(0);
    const TaskTiming *timing = m_project->tasks()->timing(first);
    QVERIFY(timing && !timing->finished);
    for (int row = 1; row < filter->rowCount(); ++row) {
        const TaskTiming *next = m_project->tasks()->timing(filter->taskId(row));
        QVERIFY(next);
        if (!next->finished)
            QVERIFY(next->slack <= timing->slack + 0.05);
    }
    QCOMPARE(m_project->tasks()->timing(filter->taskId(filter->rowCount() - 1))->finished, true);
}

void TestScheduleViews::editUpdatesAfterNextSchedule()
{
    QVERIFY(m_workspace->setCurrentPage(QStringLiteral("graph")));
    auto *page = qobject_cast<GraphPage *>(m_workspace->page(QStringLiteral("graph")));
    QTRY_VERIFY(page->scene()->node(idOf("OPS-004")));
    QSignalSpy scheduled(m_workspace->scheduleWatcher(), &ScheduleWatcher::scheduleReady);
    // Through the table's model, as a person types it: PERSIST-003 is 90% done, so 2.79 days are
    // left and SEC-001 → SEC-002 → SEC-003 (and DOCS-004, as long) is the longest chain.
    TaskModel *tasks = m_project->tasks();
    QVERIFY(tasks->setData(
        tasks->index(tasks->rowOf(idOf("PERSIST-003")), column(TaskField::Progress)), 90));
    // The edit is in the model at once; the schedule follows.
    QCOMPARE(tasks->task(idOf("PERSIST-003"))->progress, 90);
    QCOMPARE(cell("PERSIST-003", TaskModel::CriticalColumn), QStringLiteral("critical"));
    QTRY_VERIFY(!scheduled.isEmpty());
    waitForSchedule();
    QCOMPARE(cell("SEC-002", TaskModel::CriticalColumn), QStringLiteral("critical"));
    QCOMPARE(cell("PERSIST-003", TaskModel::CriticalColumn), QString());
    QCOMPARE(cell("PERSIST-003", TaskModel::SlackColumn), QStringLiteral("14 d"));
    QTRY_VERIFY(page->scene()->node(idOf("SEC-002"))->look().critical);
    QVERIFY(!page->scene()->node(idOf("PERSIST-003"))->look().critical);
    QVERIFY(page->scene()->edge(idOf("SEC-001"), idOf("SEC-002"))->isCritical());
    QVERIFY(page->scene()->edge(idOf("SEC-002"), idOf("SEC-003"))->isCritical());
    QVERIFY(!page->scene()->edge(idOf("SEC-001"), idOf("PERSIST-003"))->isCritical());

    // Undo puts the old path back, through the same route.
    m_project->undoStack()->undo();
    QTRY_COMPARE(cell("PERSIST-003", TaskModel::CriticalColumn), QStringLiteral("critical"));
    QTRY_VERIFY(page->scene()->node(idOf("PERSIST-003"))->look().critical);
    QVERIFY(!page->scene()->node(idOf("SEC-002"))->look().critical);
}

void TestScheduleViews::boardCardShowsCriticalMark()
{
    BoardPage *board = m_workspace->board();
    QVERIFY(board);
    const auto *model = board->findChild<BoardModel *>();
    QVERIFY(model);
    CardDelegate delegate(model);
    const auto criticalPixels = [&](const char *key) {
        QImage image(320, 140, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QStyleOptionViewItem option;
        option.initFrom(board);
        option.rect = image.rect();
        {
            QPainter painter(&image);
            delegate.paintCard(&painter, option, *m_project->tasks()->task(idOf(key)));
        }
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                count += image.pixel(x, y) == QColor(0xd8, 0x43, 0x15).rgb();
        }
        return count;
    };
    QVERIFY(criticalPixels("SEC-001") > 50);
    QCOMPARE(criticalPixels("SEC-002"), 0);
}

void TestScheduleViews::inspectorShowsTimingAndForecast()
{
    // PERSIST-002 gates Beta, whose target is three weeks out.
    m_inspector->setTaskId(idOf("PERSIST-002"));
    QCOMPARE(inspectorLabel("slackLabel")->text().isEmpty(), false);
    QVERIFY(inspectorLabel("slackLabel")->text().contains(QStringLiteral("working days")));
    QVERIFY(inspectorLabel("criticalLabel")->isHidden());
    const QString forecast = inspectorLabel("forecastLabel")->text();
    QVERIFY2(forecast.startsWith(QStringLiteral("Beta forecast: 50% by ")), qPrintable(forecast));
    QVERIFY2(forecast.contains(QStringLiteral("80% by ")), qPrintable(forecast));
    QVERIFY2(forecast.contains(QStringLiteral("95% by ")), qPrintable(forecast));
    QVERIFY2(forecast.contains(QStringLiteral("likely on time")), qPrintable(forecast));
    QVERIFY2(forecast.contains(QStringLiteral("to spare")), qPrintable(forecast));
    // The figures are the forecast's own.
    const MilestoneForecast *beta = m_workspace->scheduleWatcher()->forecast()->milestone(
        m_project->milestonesOf(idOf("PERSIST-002")).value(0));
    QVERIFY(beta && beta->hasForecast());
    QVERIFY(forecast.contains(QLocale().toString(beta->p80, QLocale::ShortFormat)));
    QVERIFY(forecast.contains(
        QStringLiteral("%1% likely").arg(qRound(*beta->onTimeProbability * 100))));
}

void TestScheduleViews::inspectorCriticalTask()
{
    m_inspector->setTaskId(idOf("SEC-001"));
    QVERIFY(!inspectorLabel("criticalLabel")->isHidden());
    QCOMPARE(inspectorLabel("slackLabel")->text(), QStringLiteral("0 working days"));
    const Schedule *schedule = m_project->tasks()->schedule();
    QCOMPARE(
        inspectorLabel("earliestStartLabel")->text(),
        QLocale().toString(WorkCalendar::finishDate(schedule->start, 1), QLocale::ShortFormat));
    // 4.2 days of work left end on the fifth working day.
    QCOMPARE(
        inspectorLabel("earliestFinishLabel")->text(),
        QLocale().toString(WorkCalendar::finishDate(schedule->start, 5), QLocale::ShortFormat));
    // A finished task has nothing to schedule.
    m_inspector->setTaskId(idOf("OPS-001"));
    QCOMPARE(inspectorLabel("slackLabel")->text(), QStringLiteral("—"));
    QVERIFY(inspectorLabel("criticalLabel")->text().startsWith(QStringLiteral("Finished")));
}

void TestScheduleViews::changesInOneTurnAskOnce()
{
    ScheduleWatcher *watcher = m_workspace->scheduleWatcher();
    QSignalSpy scheduled(watcher, &ScheduleWatcher::scheduleReady);
    QSignalSpy dataChanged(m_project->tasks(), &QAbstractItemModel::dataChanged);
    for (const char *key : {"OPS-003", "OPS-004", "SEC-003"})
        QVERIFY(m_project->setTaskField({idOf(key)}, TaskField::Progress, {QVariant(50)}).ok());
    QVERIFY(watcher->isBusy());
    waitForSchedule();
    QTest::qWait(50); // a second schedule would have had time to come
    QCOMPARE(scheduled.size(), 1);
    // One signal over the two schedule columns of every row for the schedule.
    int scheduleSignals = 0;
    for (const QList<QVariant> &arguments : std::as_const(dataChanged)) {
        const auto topLeft = arguments.at(0).value<QModelIndex>();
        const auto bottomRight = arguments.at(1).value<QModelIndex>();
        if (topLeft.column() == TaskModel::CriticalColumn) {
            ++scheduleSignals;
            QCOMPARE(bottomRight.column(), TaskModel::SlackColumn);
            QCOMPARE(bottomRight.row(), m_project->tasks()->rowCount() - 1);
        }
    }
    QCOMPARE(scheduleSignals, 1);
}

void TestScheduleViews::forecastRuns_data()
{
    QTest::addColumn<qsizetype>("tasks");
    QTest::addColumn<int>("runs");
    QTest::newRow("empty") << qsizetype(0) << 10000;
    QTest::newRow("demo") << qsizetype(25) << 10000;
    QTest::newRow("1k") << qsizetype(1000) << 10000;
    QTest::newRow("2k") << qsizetype(2000) << 5000;
    QTest::newRow("100k") << qsizetype(100000) << 500;
}

void TestScheduleViews::forecastRuns()
{
    QFETCH(qsizetype, tasks);
    QFETCH(int, runs);
    QCOMPARE(ScheduleWatcher::forecastRuns(tasks), runs);
}

QTEST_MAIN(TestScheduleViews)
#include "tst_scheduleviews.moc"
