// SPDX-License-Identifier: MIT
// ProjectGenerator: the size and shape of a generated project, an acyclic graph, and determinism.
#include "io/export/jsonexporter.h"
#include "project/projectgenerator.h"
#include "testproject.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Candor;
using namespace CandorTest;

namespace {

constexpr int taskCount = 500;

// The generated tasks as JSON, without the times that depend on when the generator ran.
QJsonArray stableTasks(const Project &project)
{
    QJsonArray result;
    for (const QJsonValue &value :
         JsonExporter::toJson(project).value(QStringLiteral("tasks")).toArray()) {
        QJsonObject task = value.toObject();
        task.remove(QStringLiteral("created"));
        task.remove(QStringLiteral("updated"));
        result.append(task);
    }
    return result;
}

} // namespace

class tst_Generator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void shape();
    void acyclic();
    void sameSeedSameProject();
    void otherSeedOtherProject();
    void negativeCountRefused();

private:
    std::unique_ptr<Project> generated(const QString &name, quint32 seed);

    QTemporaryDir m_dir;
};

void tst_Generator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

std::unique_ptr<Project> tst_Generator::generated(const QString &name, quint32 seed)
{
    OpenOptions options;
    options.createIfMissing = true;
    OpenError error;
    auto database = ProjectDatabase::open(m_dir.filePath(name), options, &error);
    if (!database) {
        qWarning("Cannot create %s: %s", qPrintable(name), qPrintable(error.message));
        return nullptr;
    }
    if (const WriteResult result = ProjectGenerator::generate(*database, taskCount, seed);
        !result) {
        qWarning("Cannot generate %s: %s", qPrintable(name), qPrintable(result.error()));
        return nullptr;
    }
    auto project = Project::load(std::move(database), &error);
    if (!project)
        qWarning("Cannot load %s: %s", qPrintable(name), qPrintable(error.message));
    return project;
}

void tst_Generator::shape()
{
    const auto project = generated(QStringLiteral("shape.candor"), 20240601);
    QVERIFY(project);
    QCOMPARE(project->tasks()->rowCount(), taskCount);
    QCOMPARE(scalar(*project, QStringLiteral("SELECT count(*) FROM task")), taskCount);
    QCOMPARE(project->components()->rowCount(), 10);
    QCOMPARE(project->milestones()->rowCount(), 3);

    const double perTask = double(project->dependencies().edgeCount()) / taskCount;
    QVERIFY2(perTask >= 1.0 && perTask <= 2.0, qPrintable(QString::number(perTask)));
    QCOMPARE(scalar(*project, QStringLiteral("SELECT count(*) FROM dependency")),
             project->dependencies().edgeCount());

    QSet<QString> keys;
    QSet<Status> statuses;
    QSet<Verification> verifications;
    for (const Task &task : project->tasks()->tasks()) {
        keys.insert(task.key.toCaseFolded());
        statuses.insert(task.status);
        verifications.insert(task.verification);
        QVERIFY(!task.title.isEmpty());
        QVERIFY(task.componentId != 0);
        QVERIFY(task.progress >= 0 && task.progress <= 100);
        QVERIFY(task.estimate.has_value() && *task.estimate > 0);
        if (task.status == Status::Done)
            QCOMPARE(task.progress, 100);
        QVERIFY2(project->validate(TaskField::Key, task.key, task.id).isEmpty(),
                 qPrintable(task.key));
    }
    QCOMPARE(keys.size(), taskCount); // unique, case-insensitively
    // A spread of statuses: every one but won't do, which the generator does not make (so that
    // the benchmarks' figures stay comparable with those taken before it existed).
    QCOMPARE(statuses.size(), StatusCount - 1);
    QVERIFY(!statuses.contains(Status::Cancelled));
    QCOMPARE(verifications.size(), VerificationCount);
    QVERIFY(scalar(*project, QStringLiteral("SELECT count(*) FROM checklist_item")) > 0);
    QVERIFY(scalar(*project, QStringLiteral("SELECT count(*) FROM milestone_task")) > 0);
}

void tst_Generator::acyclic()
{
    const auto project = generated(QStringLiteral("acyclic.candor"), 99);
    QVERIFY(project);
    const DependencyGraph &graph = project->dependencies();

    // Kahn's algorithm: every task gets an order only if there is no cycle.
    QHash<qint64, int> waitingOn;
    for (const Task &task : project->tasks()->tasks())
        waitingOn.insert(task.id, int(graph.dependenciesOf(task.id).size()));
    QList<qint64> ready;
    for (auto it = waitingOn.cbegin(); it != waitingOn.cend(); ++it) {
        if (it.value() == 0)
            ready << it.key();
    }
    QVERIFY(!ready.isEmpty());
    QList<qint64> order;
    while (!ready.isEmpty()) {
        const qint64 id = ready.takeLast();
        order << id;
        for (qint64 dependent : graph.dependentsOf(id)) {
            if (--waitingOn[dependent] == 0)
                ready << dependent;
        }
    }
    QCOMPARE(order.size(), taskCount);

    // Every edge points at an existing task, and no graph edge would be refused now.
    for (const auto &edge : graph.edges()) {
        QVERIFY(project->tasks()->task(edge.first));
        QVERIFY(project->tasks()->task(edge.second));
        QVERIFY(edge.first != edge.second);
    }
}

void tst_Generator::sameSeedSameProject()
{
    const auto first = generated(QStringLiteral("same-1.candor"), 4242);
    const auto second = generated(QStringLiteral("same-2.candor"), 4242);
    QVERIFY(first && second);
    const QJsonArray a = stableTasks(*first);
    const QJsonArray b = stableTasks(*second);
    QCOMPARE(a.size(), taskCount);
    QCOMPARE(a, b);
}

void tst_Generator::otherSeedOtherProject()
{
    const auto first = generated(QStringLiteral("other-1.candor"), 1);
    const auto second = generated(QStringLiteral("other-2.candor"), 2);
    QVERIFY(first && second);
    const QJsonArray a = stableTasks(*first);
    const QJsonArray b = stableTasks(*second);
    QCOMPARE(a.size(), b.size());
    QVERIFY(a != b);
    int differing = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        differing += a.at(i) != b.at(i) ? 1 : 0;
    QVERIFY2(differing > taskCount / 2, qPrintable(QString::number(differing)));
}

void tst_Generator::negativeCountRefused()
{
    const auto database = ProjectDatabase::openInMemory();
    QVERIFY(database);
    const WriteResult result = ProjectGenerator::generate(*database, -1, 1);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Generator)
#include "tst_generator.moc"
