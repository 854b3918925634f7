// SPDX-License-Identifier: MIT
#include "commands/checklistcommands.h"
#include "core/taskfield.h"
#include "demofixture.h"
#include "shell/projectworkspace.h"
#include "table/highlightdelegate.h"
#include "table/tasktableview.h"
#include "tasks/componentmodel.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskmodel.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Candor;

// The filter box searches every text of a task, its checklist and evidence included, and the
// table highlights what matched: typed with QTest into a real ProjectWorkspace.
class TestTableSearch final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void findsByChecklistText();
    void findsByEvidence();
    void findsByAssigneeAndPhase();
    void findsByMilestoneName();
    void findsByComponentName();
    void followsChecklistEdits();
    void followsMilestoneRename();
    void matchRanges_data();
    void matchRanges();
    void highlightsTheMatchInACell();

private:
    TaskFilterModel *proxy() const { return m_workspace->filterModel(); }
    TaskModel *tasks() const { return m_project->tasks(); }
    qint64 idOf(const char *key) const { return tasks()->idForKey(QString::fromLatin1(key)); }
    QList<qint64> shownIds() const;
    void type(const QString &text);
    qint64 addChecklistItem(qint64 taskId, const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<ProjectWorkspace> m_workspace;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTableSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tablesearch"));
    QVERIFY(m_dir.isValid());
}

void TestTableSearch::init()
{
    QString error;
    m_project = CandorTest::freshDemoProject(m_dir, &error);
    QVERIFY2(m_project, qPrintable(error));
    m_workspace = std::make_unique<ProjectWorkspace>(m_project.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_workspace->resize(1200, 800);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
}

void TestTableSearch::cleanup()
{
    m_tester.reset();
    m_workspace.reset();
    m_project.reset();
}

QList<qint64> TestTableSearch::shownIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < proxy()->rowCount(); ++row)
        ids.append(proxy()->taskId(row));
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestTableSearch::type(const QString &text)
{
    auto *box = m_workspace->findChild<QLineEdit *>(QStringLiteral("filterText"));
    QVERIFY(box);
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTRY_COMPARE(proxy()->filter().text(), text.trimmed());
}

qint64 TestTableSearch::addChecklistItem(qint64 taskId, const QString &text)
{
    ChecklistItem item;
    item.taskId = taskId;
    item.text = text;
    item.position = int(m_project->checklist(taskId).size());
    const WriteResult result = m_project->insertChecklistItem(item);
    if (!result)
        qWarning("Cannot add a checklist item: %s", qPrintable(result.error()));
    return item.id;
}

void TestTableSearch::findsByChecklistText()
{
    const qint64 id = idOf("OPS-002");
    QVERIFY(id != 0);
    addChecklistItem(id, QStringLiteral("Rotate the Walrus keys"));
    // Upper case finds lower case: the search ignores case.
    type(QStringLiteral("WALRUS"));
    QCOMPARE(shownIds(), QList<qint64>{id});
    // The row is there although no column shows the checklist: its key cell says why.
    const QModelIndex key = proxy()->index(0, column(TaskField::Key));
    QCOMPARE(key.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Matches checklist: Rotate the Walrus keys"));
    // Nothing to explain for a match in the title: the table shows it.
    type(QString(tasks()->task(id)->title));
    QVERIFY(proxy()->index(0, column(TaskField::Key)).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestTableSearch::findsByEvidence()
{
    const qint64 id = idOf("SEC-002");
    QVERIFY(m_project->setTaskField({id}, TaskField::Evidence,
                                    {QStringLiteral("97/99 narwhal tests pass")}));
    type(QStringLiteral("Narwhal tests"));
    QCOMPARE(shownIds(), QList<qint64>{id});
    QVERIFY(proxy()
                ->index(0, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Matches evidence: ")));
}

void TestTableSearch::findsByAssigneeAndPhase()
{
    const qint64 first = idOf("SEC-001");
    const qint64 second = idOf("OPS-001");
    QVERIFY(m_project->setTaskField({first}, TaskField::Assignee, {QStringLiteral("Quentin")}));
    QVERIFY(
        m_project->setTaskField({second}, TaskField::Phase, {QStringLiteral("quentin's phase")}));
    type(QStringLiteral("quentin"));
    QList<qint64> expected{first, second};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(shownIds(), expected);
}

void TestTableSearch::findsByMilestoneName()
{
    Milestone milestone;
    milestone.name = QStringLiteral("Platypus launch");
    QVERIFY(m_project->addMilestone(milestone));
    const qint64 id = idOf("SEC-003");
    // Searched before the gate exists: the index then follows the gate.
    type(QStringLiteral("platypus"));
    QCOMPARE(proxy()->rowCount(), 0);
    QVERIFY(m_project->setTaskField({id}, TaskField::Milestones,
                                    {QVariant::fromValue(QList<qint64>{milestone.id})}));
    QCOMPARE(shownIds(), QList<qint64>{id});
}

void TestTableSearch::findsByComponentName()
{
    const Component component = m_project->components()->components().first();
    type(component.name.toUpper());
    // Every task of the component, whatever its own texts say.
    QList<qint64> ofComponent;
    for (const Task &task : tasks()->tasks()) {
        if (task.componentId == component.id)
            ofComponent.append(task.id);
    }
    QVERIFY(!ofComponent.isEmpty());
    const QList<qint64> shown = shownIds();
    for (qint64 id : std::as_const(ofComponent))
        QVERIFY2(shown.contains(id), qPrintable(tasks()->keyOf(id)));
}

void TestTableSearch::followsChecklistEdits()
{
    const qint64 id = idOf("OPS-003");
    type(QStringLiteral("capybara"));
    QCOMPARE(proxy()->rowCount(), 0);

    // A new item: the row comes in.
    const qint64 itemId = addChecklistItem(id, QStringLiteral("Feed the capybara"));
    QVERIFY(itemId != 0);
    QCOMPARE(shownIds(), QList<qint64>{id});

    // Its text changed through the undo stack: the row goes, and comes back on undo.
    ChecklistItem changed;
    for (const ChecklistItem &item : m_project->checklist(id)) {
        if (item.id == itemId)
            changed = item;
    }
    changed.text = QStringLiteral("Feed the cat");
    m_project->undoStack()->push(
        new ChecklistCommand(m_project.get(), ChecklistCommand::Kind::Change, changed));
    QCOMPARE(proxy()->rowCount(), 0);
    m_project->undoStack()->undo();
    QCOMPARE(shownIds(), QList<qint64>{id});
}

void TestTableSearch::followsMilestoneRename()
{
    const qint64 id = idOf("SEC-003");
    Milestone milestone;
    milestone.name = QStringLiteral("Alpha");
    QVERIFY(m_project->addMilestone(milestone));
    QVERIFY(m_project->setTaskField({id}, TaskField::Milestones,
                                    {QVariant::fromValue(QList<qint64>{milestone.id})}));
    type(QStringLiteral("okapi"));
    QCOMPARE(proxy()->rowCount(), 0);
    ChangeSet rename;
    Milestone renamed = milestone;
    renamed.name = QStringLiteral("Okapi release");
    rename.add(Change::UpdateMilestone{renamed});
    QVERIFY(m_project->apply(rename));
    QCOMPARE(shownIds(), QList<qint64>{id});
}

void TestTableSearch::matchRanges_data()
{
    using Ranges = QList<HighlightDelegate::Range>;
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<Ranges>("ranges");
    QTest::newRow("none") << QStringLiteral("Encrypt the file") << QStringLiteral("zz") << Ranges{};
    QTest::newRow("empty needle") << QStringLiteral("Encrypt") << QString() << Ranges{};
    QTest::newRow("ignores case") << QStringLiteral("Encrypt the file") << QStringLiteral("ENC")
                                  << Ranges{{0, 3}};
    QTest::newRow("every occurrence")
        << QStringLiteral("abcabc abc") << QStringLiteral("bc") << Ranges{{1, 2}, {4, 2}, {8, 2}};
    QTest::newRow("no overlaps") << QStringLiteral("aaaa") << QStringLiteral("aa")
                                 << Ranges{{0, 2}, {2, 2}};
    QTest::newRow("non-Latin") << QStringLiteral("Größe ÄRGER") << QStringLiteral("är")
                               << Ranges{{6, 2}};
}

void TestTableSearch::matchRanges()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(QList<HighlightDelegate::Range>, ranges);
    QCOMPARE(HighlightDelegate::matchRanges(text, needle), ranges);
}

namespace {

int pixelsOf(const QImage &image, const QColor &colour)
{
    int count = 0;
    const QRgb wanted = colour.rgb();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if ((image.pixel(x, y) & 0xffffff) == (wanted & 0xffffff))
                ++count;
        }
    }
    return count;
}

} // namespace

void TestTableSearch::highlightsTheMatchInACell()
{
    TaskTableView *table = m_workspace->table();
    const qint64 id = idOf("SEC-001");
    const auto grabCell = [&](TaskField field) {
        const QModelIndex index = proxy()->index(proxy()->proxyRowOf(id), column(field));
        return table->viewport()->grab(table->visualRect(index)).toImage();
    };
    const QColor highlight = HighlightDelegate::matchColour();
    QCOMPARE(pixelsOf(grabCell(TaskField::Title), highlight), 0);

    // Part of the title: highlighted in the title cell, and nowhere in the key cell.
    const QString title = tasks()->task(id)->title;
    type(title.mid(2, 5));
    QVERIFY(proxy()->proxyRowOf(id) >= 0);
    QTRY_VERIFY(pixelsOf(grabCell(TaskField::Title), highlight) > 20);
    QCOMPARE(pixelsOf(grabCell(TaskField::Key), highlight), 0);

    // The key, typed in lower case, is highlighted in the key cell.
    type(QStringLiteral("sec-001"));
    QTRY_VERIFY(pixelsOf(grabCell(TaskField::Key), highlight) > 20);

    // The component's name, in its own delegate beside its colour swatch.
    const QString component = m_project->components()->name(tasks()->task(id)->componentId);
    type(component);
    QTRY_VERIFY(pixelsOf(grabCell(TaskField::Component), highlight) > 20);
}

QTEST_MAIN(TestTableSearch)
#include "tst_tablesearch.moc"
