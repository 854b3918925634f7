// SPDX-License-Identifier: MIT
// The completion history: SnapshotStore's rows and SnapshotRecorder's policy (once a day after
// a change, on demand, nothing while nothing changes), on the demo project in memory.
#include "commands/settaskfieldcommand.h"
#include "metrics/projectmetrics.h"
#include "metrics/snapshotrecorder.h"
#include "testproject.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Candor;
using namespace CandorTest;

class tst_Snapshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void nothingWhileUnchanged();
    void oncePerDayAfterAChange();
    void onDemandReplacesTheDay();
    void rowsPerComponent();

private:
    void edit(const char *key, int progress);
    int rows(const QString &where) const;

    std::unique_ptr<Project> m_project;
    std::unique_ptr<SnapshotRecorder> m_recorder;
    QDate m_day{2026, 3, 2};
};

void tst_Snapshots::init()
{
    m_project = demoProject();
    QVERIFY(m_project);
    m_recorder = std::make_unique<SnapshotRecorder>(m_project.get());
    m_recorder->setClock([this]() { return m_day; });
}

void tst_Snapshots::cleanup()
{
    m_recorder.reset();
    m_project.reset();
}

void tst_Snapshots::edit(const char *key, int progress)
{
    m_project->undoStack()->push(new SetTaskFieldCommand(m_project.get(), TaskField::Progress,
                                                         {idOf(*m_project, key)}, {progress}));
}

int tst_Snapshots::rows(const QString &where) const
{
    QSqlQuery query(m_project->database().connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM snapshot WHERE ") + where) ||
        !query.next())
        return -1;
    return query.value(0).toInt();
}

void tst_Snapshots::nothingWhileUnchanged()
{
    QSignalSpy taken(m_recorder.get(), &SnapshotRecorder::taken);
    QCoreApplication::processEvents();
    QCOMPARE(taken.size(), 0);
    QVERIFY(!m_recorder->store().lastDate().isValid());
    QVERIFY(m_recorder->store().history().isEmpty());
}

void tst_Snapshots::oncePerDayAfterAChange()
{
    QSignalSpy taken(m_recorder.get(), &SnapshotRecorder::taken);
    edit("SEC-001", 55);
    QCOMPARE(taken.size(), 1);
    const CompletionFigures first = ProjectMetrics::overall(*m_project);
    edit("SEC-001", 75); // same day: the day's snapshot stands
    m_project->undoStack()->undo();
    QCOMPARE(taken.size(), 1);
    QList<SnapshotPoint> history = m_recorder->store().history();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).date, m_day);
    QVERIFY(qAbs(history.at(0).claimed - first.claimedPercent) < 1e-9);
    QVERIFY(qAbs(history.at(0).verified - first.verifiedPercent) < 1e-9);
    QVERIFY(history.at(0).remaining.has_value() && *history.at(0).remaining > 0);

    m_day = m_day.addDays(1);
    QCoreApplication::processEvents();
    QCOMPARE(taken.size(), 1); // a new day alone is no change
    edit("SEC-001", 100);
    QCOMPARE(taken.size(), 2);
    history = m_recorder->store().history();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).date, m_day);
    QVERIFY(history.at(1).claimed > history.at(0).claimed);
    QVERIFY(*history.at(1).remaining < *history.at(0).remaining);
    QCOMPARE(m_recorder->store().lastDate(), m_day);
}

void tst_Snapshots::onDemandReplacesTheDay()
{
    QVERIFY(m_recorder->takeNow().ok());
    const double before = m_recorder->store().history().at(0).claimed;
    QVERIFY(
        m_project
            ->setTaskField({idOf(*m_project, "SEC-001")}, TaskField::Status, {int(Status::Done)})
            .ok());
    QVERIFY(m_recorder->takeNow().ok());
    const QList<SnapshotPoint> history = m_recorder->store().history();
    QCOMPARE(history.size(), 1); // replaced, not added
    QVERIFY(history.at(0).claimed > before);
    QCOMPARE(rows(QStringLiteral("component_id IS NULL")), 1);
}

void tst_Snapshots::rowsPerComponent()
{
    QVERIFY(m_recorder->takeNow().ok());
    const QHash<qint64, CompletionFigures> figures = ProjectMetrics::byComponent(*m_project);
    int components = 0;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it)
        components += it.key() != 0 ? 1 : 0;
    QCOMPARE(rows(QStringLiteral("component_id IS NOT NULL")), components);
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        if (it.key() == 0)
            continue;
        QSqlQuery query(m_project->database().connection());
        query.prepare(
            QStringLiteral("SELECT claimed, verified FROM snapshot WHERE component_id = ?"));
        query.addBindValue(it.key());
        QVERIFY(query.exec() && query.next());
        QVERIFY(qAbs(query.value(0).toDouble() - it.value().claimedPercent) < 1e-9);
        QVERIFY(qAbs(query.value(1).toDouble() - it.value().verifiedPercent) < 1e-9);
    }
}

QTEST_GUILESS_MAIN(tst_Snapshots)
#include "tst_snapshots.moc"
