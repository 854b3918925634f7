// SPDX-License-Identifier: MIT
// Progressive loading: the first page at once, the rest from the loader thread, nothing lost,
// nothing twice, and the project usable while it streams in.
#include "commands/settaskfieldcommand.h"
#include "database/projectdatabase.h"
#include "project/project.h"
#include "project/projectgenerator.h"
#include "tasks/taskfilter.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskmodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Candor;

class TestProgressiveLoad final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsEverythingOnce();
    void smallProjectLoadsAtOnce();
    void editWhileLoading();
    void linksFollowTheFirstPage();
    void closeWhileLoading();

private:
    QString m_path;
    QTemporaryDir m_dir;
    static constexpr int taskCount = 12000;
};

void TestProgressiveLoad::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("large.candor"));
    OpenOptions options;
    options.createIfMissing = true;
    OpenError error;
    auto database = ProjectDatabase::open(m_path, options, &error);
    QVERIFY2(database, qPrintable(error.message));
    const WriteResult generated = ProjectGenerator::generate(*database, taskCount, 3);
    QVERIFY2(generated.ok(), qPrintable(generated.error()));
}

void TestProgressiveLoad::loadsEverythingOnce()
{
    OpenError error;
    auto project = Project::open(m_path, OpenOptions{}, &error, Project::LoadMode::Progressive);
    QVERIFY2(project, qPrintable(error.message));
    QVERIFY(project->isLoading());
    QCOMPARE(project->expectedTaskCount(), taskCount);
    QCOMPARE(project->tasks()->rowCount(), Project::firstPageSize);

    TaskFilterModel view(project->tasks());
    QAbstractItemModelTester tester(&view, QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.sort(column(TaskField::Priority));
    QSignalSpy finished(project.get(), &Project::loadFinished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toString(), QString());
    QVERIFY(!project->isLoading());
    QCOMPARE(project->tasks()->rowCount(), taskCount);
    QCOMPARE(view.rowCount(), taskCount);

    QSet<qint64> ids;
    QSet<QString> keys;
    for (const Task &task : project->tasks()->tasks()) {
        ids.insert(task.id);
        keys.insert(task.key.toCaseFolded());
        QCOMPARE(project->tasks()->idForKey(task.key), task.id);
        // Streamed rows come folded from the loader; the first page is folded on first use.
        QVERIFY(task.searchText.isEmpty() || task.searchText == TaskFilter::searchText(task));
    }
    QCOMPARE(ids.size(), taskCount);
    QCOMPARE(keys.size(), taskCount);
    TaskFilter text;
    text.setText(project->tasks()->taskAt(0).key);
    view.setFilter(text);
    QVERIFY(view.rowCount() >= 1);
    // Every task's own texts, then what it links to (a filter reads the links once).
    for (const Task &task : project->tasks()->tasks()) {
        QCOMPARE(task.searchText.chopped(task.relatedSearchLength), TaskFilter::searchText(task));
        QVERIFY(task.componentId == 0 || task.relatedSearchLength > 0);
    }

    // The same tasks as a complete read.
    OpenOptions readOnly;
    readOnly.readOnly = true;
    readOnly.takeLock = false;
    auto complete = Project::open(m_path, readOnly, &error);
    QVERIFY(complete);
    QCOMPARE(complete->tasks()->rowCount(), taskCount);
    for (const Task &task : complete->tasks()->tasks()) {
        const Task *streamed = project->tasks()->task(task.id);
        QVERIFY(streamed);
        QCOMPARE(streamed->key, task.key);
        QCOMPARE(streamed->title, task.title);
        QCOMPARE(int(streamed->status), int(task.status));
    }
}

void TestProgressiveLoad::smallProjectLoadsAtOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.candor"));
    {
        OpenOptions options;
        options.createIfMissing = true;
        auto database = ProjectDatabase::open(path, options, nullptr);
        QVERIFY(database);
        QVERIFY(ProjectGenerator::generate(*database, 50, 1).ok());
    }
    OpenError error;
    auto project = Project::open(path, OpenOptions{}, &error, Project::LoadMode::Progressive);
    QVERIFY(project);
    QVERIFY(!project->isLoading());
    QCOMPARE(project->tasks()->rowCount(), 50);
}

void TestProgressiveLoad::editWhileLoading()
{
    OpenError error;
    auto project = Project::open(m_path, OpenOptions{}, &error, Project::LoadMode::Progressive);
    QVERIFY(project);
    QVERIFY(project->isLoading());
    const qint64 first = project->tasks()->taskAt(0).id;
    const QString title = project->tasks()->taskAt(0).title;
    project->undoStack()->push(new SetTaskFieldCommand(project.get(), TaskField::Title, {first},
                                                       {QStringLiteral("Edited while loading")}));
    QCOMPARE(project->tasks()->task(first)->title, QStringLiteral("Edited while loading"));
    QSignalSpy finished(project.get(), &Project::loadFinished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(project->tasks()->rowCount(), taskCount);
    QCOMPARE(project->tasks()->task(first)->title, QStringLiteral("Edited while loading"));
    project->undoStack()->undo();
    QCOMPARE(project->tasks()->task(first)->title, title);
}

void TestProgressiveLoad::linksFollowTheFirstPage()
{
    // The first paint reads only the first page; the dependencies and milestone gates come
    // from the loader thread. An edit before they arrive must still be checked against all
    // of them: a dependency that closes a cycle with an edge already in the file is refused.
    OpenOptions readOnly;
    readOnly.readOnly = true;
    readOnly.takeLock = false;
    OpenError error;
    auto complete = Project::open(m_path, readOnly, &error);
    QVERIFY(complete);
    QVERIFY(complete->hasLinks());
    const qsizetype edgeCount = complete->dependencies().edgeCount();
    QVERIFY(edgeCount > 0);
    qint64 task = 0;
    qint64 dependsOn = 0;
    for (qint64 id = 1; id <= Project::firstPageSize && task == 0; ++id) {
        for (qint64 other : complete->dependencies().dependenciesOf(id)) {
            if (other <= Project::firstPageSize) {
                task = id;
                dependsOn = other;
                break;
            }
        }
    }
    QVERIFY2(task != 0, "the generated project has an edge within its first page");
    complete.reset();

    auto project = Project::open(m_path, OpenOptions{}, &error, Project::LoadMode::Progressive);
    QVERIFY(project);
    QVERIFY(project->isLoading());
    QVERIFY(!project->hasLinks()); // delivered through the event loop, not yet run
    QCOMPARE(project->dependencies().edgeCount(), 0);
    QSignalSpy linksLoaded(project.get(), &Project::linksLoaded);
    const WriteResult refused = project->addDependency(dependsOn, task);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("cycle"), Qt::CaseInsensitive),
             qPrintable(refused.error()));
    QVERIFY(project->hasLinks());
    QCOMPARE(linksLoaded.size(), 1);
    QCOMPARE(project->dependencies().edgeCount(), edgeCount);
    QSignalSpy finished(project.get(), &Project::loadFinished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(linksLoaded.size(), 1); // once
    QCOMPARE(project->dependencies().edgeCount(), edgeCount);
}

void TestProgressiveLoad::closeWhileLoading()
{
    OpenError error;
    auto project = Project::open(m_path, OpenOptions{}, &error, Project::LoadMode::Progressive);
    QVERIFY(project);
    QVERIFY(project->isLoading());
    project.reset(); // must stop the loader thread cleanly, without waiting for all rows
    auto again = Project::open(m_path, OpenOptions{}, &error);
    QVERIFY2(again, qPrintable(error.message)); // the lock was released
    QCOMPARE(again->tasks()->rowCount(), taskCount);
}

QTEST_GUILESS_MAIN(TestProgressiveLoad)
#include "tst_progressiveload.moc"
