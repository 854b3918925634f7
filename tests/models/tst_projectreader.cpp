// SPDX-License-Identifier: MIT
// ProjectReader: the read-only queries over all tasks (checklists, checklist counts, milestone
// gates) agree with what the project reads task by task, after edits, and report a failed query.
#include "project/projectreader.h"
#include "testproject.h"

#include <QTest>

#include <algorithm>

using namespace Candor;
using namespace CandorTest;

class tst_ProjectReader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void checklistsMatchEachTask();
    void countsFollowEdits();
    void milestoneGates();
    void failedQuery();

private:
    std::unique_ptr<Project> m_project;
};

void tst_ProjectReader::init()
{
    m_project = demoProject();
    QVERIFY(m_project);
}

void tst_ProjectReader::checklistsMatchEachTask()
{
    // A second item, added in front of the demo's, so that order is by position, not by id.
    const qint64 task = idOf(*m_project, "SEC-001");
    ChecklistItem item{0, task, QStringLiteral("First, though added last"), false, 0};
    QVERIFY(m_project->insertChecklistItem(item));

    bool ok = false;
    const QHash<qint64, QList<ChecklistItem>> all =
        ProjectReader(m_project->database()).checklists(&ok);
    QVERIFY(ok);
    int withItems = 0;
    for (const Task &t : m_project->tasks()->tasks()) {
        const QList<ChecklistItem> expected = m_project->checklist(t.id);
        const QList<ChecklistItem> actual = all.value(t.id);
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(actual.at(i).id, expected.at(i).id);
            QCOMPARE(actual.at(i).taskId, t.id);
            QCOMPARE(actual.at(i).text, expected.at(i).text);
            QCOMPARE(actual.at(i).checked, expected.at(i).checked);
            QCOMPARE(actual.at(i).position, expected.at(i).position);
        }
        withItems += expected.isEmpty() ? 0 : 1;
    }
    QVERIFY(withItems > 0);
    QCOMPARE(all.size(), withItems); // no entry for a task without a checklist
    QCOMPARE(all.value(task).first().text, QStringLiteral("First, though added last"));
}

void tst_ProjectReader::countsFollowEdits()
{
    const ProjectReader reader(m_project->database());
    const qint64 task = idOf(*m_project, "SEC-001");
    const ChecklistCount before = reader.checklistCount(task);
    QVERIFY(before.total > 0);
    QVERIFY(before.checked > 0);

    ChecklistItem item{0, task, QStringLiteral("One more"), true, 0};
    QVERIFY(m_project->insertChecklistItem(item));
    bool ok = false;
    const ChecklistCount after = reader.checklistCount(task, &ok);
    QVERIFY(ok);
    QCOMPARE(after.total, before.total + 1);
    QCOMPARE(after.checked, before.checked + 1);

    const QHash<qint64, ChecklistCount> counts = reader.checklistCounts(&ok);
    QVERIFY(ok);
    for (const Task &t : m_project->tasks()->tasks()) {
        const QList<ChecklistItem> items = m_project->checklist(t.id);
        const auto checked = std::count_if(items.cbegin(), items.cend(),
                                           [](const ChecklistItem &i) { return i.checked; });
        QCOMPARE(counts.value(t.id).total, int(items.size()));
        QCOMPARE(counts.value(t.id).checked, int(checked));
        QCOMPARE(counts.contains(t.id), !items.isEmpty());
    }

    // A task without a checklist counts 0/0, and the query still succeeds.
    const qint64 bare = idOf(*m_project, "OPS-001");
    QVERIFY(m_project->checklist(bare).isEmpty());
    const ChecklistCount none = reader.checklistCount(bare, &ok);
    QVERIFY(ok);
    QCOMPARE(none.total, 0);
    QCOMPARE(none.checked, 0);
}

void tst_ProjectReader::milestoneGates()
{
    bool ok = false;
    const QHash<qint64, QList<qint64>> gates =
        ProjectReader(m_project->database()).milestoneGates(&ok);
    QVERIFY(ok);
    int gated = 0;
    for (const Milestone &milestone : m_project->milestones()->milestones()) {
        QCOMPARE(gates.value(milestone.id), m_project->tasksOfMilestone(milestone.id));
        gated += m_project->tasksOfMilestone(milestone.id).isEmpty() ? 0 : 1;
    }
    QVERIFY(gated > 0);
    QCOMPARE(gates.size(), gated);
}

void tst_ProjectReader::failedQuery()
{
    const ProjectReader reader{QSqlDatabase()}; // no connection: every query fails
    bool ok = true;
    QVERIFY(reader.checklists(&ok).isEmpty());
    QVERIFY(!ok);
    ok = true;
    QVERIFY(reader.checklistCounts(&ok).isEmpty());
    QVERIFY(!ok);
    ok = true;
    QCOMPARE(reader.checklistCount(1, &ok).total, 0);
    QVERIFY(!ok);
    ok = true;
    QVERIFY(reader.milestoneGates(&ok).isEmpty());
    QVERIFY(!ok);
}

QTEST_GUILESS_MAIN(tst_ProjectReader)
#include "tst_projectreader.moc"
