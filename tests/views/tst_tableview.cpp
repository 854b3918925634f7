// SPDX-License-Identifier: MIT
#include "core/taskenums.h"
#include "core/taskfield.h"
#include "database/projectdatabase.h"
#include "project/demoproject.h"
#include "project/project.h"
#include "shell/projectworkspace.h"
#include "table/filterbar.h"
#include "table/tasktableview.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskmodel.h"
#include "tasks/taskselection.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFont>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace Candor;

// Drives the task table, its delegates and the filter bar of a real ProjectWorkspace with QTest
// and checks what reaches the project.
class TestTableView final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void filterByTypedText();
    void slowFilteringWaitsForAPause();
    void escapeClearsFilterText();
    void filterByStatusAndPriorityMenus();
    void componentMenuShowsAmpersand();
    void sortByClickingPriorityHeader();
    void sortKeysNaturally();
    void editTitleThroughDelegate();
    void editStatusThroughComboDelegate();
    void wontDoThroughComboAndFilter();
    void editEstimateThroughSpinBoxDelegate();
    void refusedEditLeavesModelAlone_data();
    void refusedEditLeavesModelAlone();
    void tableSelectionPublishesToWorkspace();
    void workspaceSelectionSelectsTableRow();
    void showOnlyChosenTasks();
    void filterModelStaysConsistent_data();
    void filterModelStaysConsistent();

private:
    TaskTableView *table() const { return m_workspace->table(); }
    TaskFilterModel *proxy() const { return m_workspace->filterModel(); }
    TaskModel *tasks() const { return m_project->tasks(); }
    QUndoStack *stack() const { return m_project->undoStack(); }
    qint64 idOf(const char *key) const { return tasks()->idForKey(QString::fromLatin1(key)); }
    const Task &taskOf(qint64 id) const { return *tasks()->task(id); }
    QModelIndex sourceCell(qint64 id, TaskField field) const
    {
        return tasks()->index(tasks()->rowOf(id), column(field));
    }
    QModelIndex cell(qint64 id, TaskField field) const
    {
        return proxy()->index(proxy()->proxyRowOf(id), column(field));
    }
    QAction *menuAction(const char *button, const QString &label) const;
    void clickHeader(TaskField field);
    // Presses Return in a delegate's editor and waits for the (queued) commit to close it.
    static bool commitWithReturn(QWidget *editor);
    // Makes the cell current and presses F2; returns the delegate's editor.
    QWidget *startEditing(qint64 id, TaskField field);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<ProjectWorkspace> m_workspace;
};

void TestTableView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tableview"));
    QVERIFY(m_dir.isValid());
}

void TestTableView::init()
{
    OpenError error;
    m_project = Project::load(ProjectDatabase::openInMemory(), &error);
    QVERIFY2(m_project, qPrintable(error.message));
    const WriteResult populated = DemoProject::populate(*m_project);
    QVERIFY2(populated.ok(), qPrintable(populated.error()));
    stack()->clear();
    QCOMPARE(tasks()->rowCount(), 25);

    m_workspace = std::make_unique<ProjectWorkspace>(m_project.get());
    m_workspace->resize(1200, 800);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    QCOMPARE(proxy()->rowCount(), 25);
}

void TestTableView::cleanup()
{
    // An editor left open by a failed test commits when it loses focus: let it happen while the
    // workspace is whole (see the report on destroying a top-level ProjectWorkspace mid-edit).
    if (m_workspace) {
        m_workspace->hide();
        QCoreApplication::processEvents();
    }
    m_workspace.reset();
    m_project.reset();
}

QAction *TestTableView::menuAction(const char *button, const QString &label) const
{
    auto *tool = m_workspace->findChild<QToolButton *>(QString::fromLatin1(button));
    if (!tool || !tool->menu())
        return nullptr;
    const QList<QAction *> actions = tool->menu()->actions();
    for (QAction *action : actions) {
        if (action->text() == label)
            return action;
    }
    return nullptr;
}

void TestTableView::clickHeader(TaskField field)
{
    QHeaderView *header = table()->horizontalHeader();
    const int section = column(field);
    const QPoint centre(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->viewport()->height() / 2);
    QCOMPARE(header->logicalIndexAt(centre), section);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}

QWidget *TestTableView::startEditing(qint64 id, TaskField field)
{
    const QModelIndex index = cell(id, field);
    if (!index.isValid())
        return nullptr;
    table()->setFocus();
    table()->setCurrentIndex(index);
    table()->scrollTo(index);
    QTest::keyClick(table(), Qt::Key_F2);
    return table()->indexWidget(index);
}

bool TestTableView::commitWithReturn(QWidget *editor)
{
    const QPointer<QWidget> guard(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    return QTest::qWaitFor([&guard]() { return guard.isNull(); });
}

void TestTableView::filterByTypedText()
{
    auto *text = m_workspace->findChild<QLineEdit *>(QStringLiteral("filterText"));
    QVERIFY(text);
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("encryption"));
    // The keys already typed are taken together, in the next turn of the event loop: filtering
    // 25 tasks keeps up with typing, so it does not wait for a pause.
    QCOMPARE(proxy()->rowCount(), 25);
    QTest::qWait(1);
    QCOMPARE(proxy()->rowCount(), 1);
    QCOMPARE(proxy()->taskId(0), idOf("SEC-001"));
    QCOMPARE(table()->model()->rowCount(), 1);

    // Keys match too, case-insensitively.
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("ops-00"));
    QTRY_COMPARE(proxy()->rowCount(), 5);
    for (int row = 0; row < proxy()->rowCount(); ++row)
        QVERIFY(tasks()->keyOf(proxy()->taskId(row)).startsWith(QLatin1String("OPS-")));

    text->selectAll();
    QTest::keyClick(text, Qt::Key_Backspace);
    QTRY_COMPARE(proxy()->rowCount(), 25);
    QVERIFY(m_workspace->filterBar()->filter().isEmpty());
}

// Filtering too slow to follow the typing (a huge project on a slow machine) waits for a pause
// in typing instead, so that keystrokes are not held up behind it.
void TestTableView::slowFilteringWaitsForAPause()
{
    auto *text = m_workspace->findChild<QLineEdit *>(QStringLiteral("filterText"));
    QVERIFY(text);
    const QMetaObject::Connection slow = connect(
        m_workspace->filterBar(), &FilterBar::filterChanged, this, []() { QThread::msleep(80); });
    text->setFocus();
    QTest::keyClick(text, 'e');
    QTest::qWait(1);
    QCOMPARE(m_workspace->filterBar()->filter().text(), QStringLiteral("e"));
    QTest::keyClick(text, 'n');
    QTest::qWait(20);
    QCOMPARE(m_workspace->filterBar()->filter().text(), QStringLiteral("e")); // waiting
    QTRY_COMPARE(m_workspace->filterBar()->filter().text(), QStringLiteral("en"));
    disconnect(slow);
    text->clear();
    QTRY_VERIFY(m_workspace->filterBar()->filter().isEmpty());
}

void TestTableView::escapeClearsFilterText()
{
    auto *text = m_workspace->findChild<QLineEdit *>(QStringLiteral("filterText"));
    QVERIFY(text);
    m_workspace->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("encryption"));
    QTRY_COMPARE(proxy()->rowCount(), 1);

    QTest::keyClick(text, Qt::Key_Escape);
    QVERIFY(text->text().isEmpty());
    QCOMPARE(proxy()->rowCount(), 25); // at once, not after the typing pause
    QVERIFY(m_workspace->filterBar()->filter().isEmpty());
}

void TestTableView::filterByStatusAndPriorityMenus()
{
    QAction *done = menuAction("statusFilter", TaskEnums::label(Status::Done));
    QAction *p2 = menuAction("priorityFilter", TaskEnums::label(Priority::P2));
    QVERIFY(done);
    QVERIFY(p2);

    int doneCount = 0;
    int doneP2Count = 0;
    for (const Task &task : tasks()->tasks()) {
        if (task.status == Status::Done) {
            ++doneCount;
            if (task.priority == Priority::P2)
                ++doneP2Count;
        }
    }
    QVERIFY(doneCount > doneP2Count);
    QVERIFY(doneP2Count > 0);

    done->trigger(); // a menu choice filters at once
    QVERIFY(done->isChecked());
    QCOMPARE(proxy()->rowCount(), doneCount);
    for (int row = 0; row < proxy()->rowCount(); ++row)
        QCOMPARE(taskOf(proxy()->taskId(row)).status, Status::Done);
    auto *statusButton = m_workspace->findChild<QToolButton *>(QStringLiteral("statusFilter"));
    QVERIFY(statusButton->text().contains(QLatin1String("(1)")));

    p2->trigger();
    QCOMPARE(proxy()->rowCount(), doneP2Count);
    for (int row = 0; row < proxy()->rowCount(); ++row) {
        const Task &task = taskOf(proxy()->taskId(row));
        QCOMPARE(task.status, Status::Done);
        QCOMPARE(task.priority, Priority::P2);
    }

    // The clear button takes every filter away.
    auto *clear = m_workspace->findChild<QToolButton *>(QStringLiteral("clearFilter"));
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(proxy()->rowCount(), 25);
    QVERIFY(!done->isChecked());
    QVERIFY(!p2->isChecked());
    QVERIFY(!clear->isEnabled());
}

// A component's name is shown as typed: "&" is not taken for a mnemonic marker.
void TestTableView::componentMenuShowsAmpersand()
{
    Component component;
    component.name = QStringLiteral("Integration & Deployment");
    component.prefix = QStringLiteral("INT");
    component.colour = QStringLiteral("#336699");
    const WriteResult added = m_project->addComponent(component);
    QVERIFY2(added.ok(), qPrintable(added.error()));

    QAction *found = menuAction("componentFilter", QStringLiteral("Integration && Deployment"));
    QVERIFY(found);
    QCOMPARE(found->data().toLongLong(), component.id);
    // What QAction shows where mnemonics are stripped (tool tips, icon text) keeps the &.
    QCOMPARE(found->iconText(), component.name);
}

void TestTableView::sortByClickingPriorityHeader()
{
    clickHeader(TaskField::Priority);
    QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), column(TaskField::Priority));
    QCOMPARE(table()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(taskOf(proxy()->taskId(0)).priority, Priority::P0);
    for (int row = 1; row < proxy()->rowCount(); ++row)
        QVERIFY(taskOf(proxy()->taskId(row - 1)).priority <= taskOf(proxy()->taskId(row)).priority);
    // Ties keep load order.
    QCOMPARE(proxy()->taskId(0), idOf("SEC-001"));
    QCOMPARE(proxy()->taskId(1), idOf("SEC-002"));

    clickHeader(TaskField::Priority);
    QCOMPARE(table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(taskOf(proxy()->taskId(0)).priority, Priority::P3);
    for (int row = 1; row < proxy()->rowCount(); ++row)
        QVERIFY(taskOf(proxy()->taskId(row - 1)).priority >= taskOf(proxy()->taskId(row)).priority);

    // Sorting follows an edit: a task raised to P0 moves into the P0 block at the end.
    const qint64 id = proxy()->taskId(0);
    QVERIFY(tasks()->setData(sourceCell(id, TaskField::Priority), int(Priority::P0)));
    const int moved = proxy()->proxyRowOf(id);
    QVERIFY(moved > 0);
    for (int row = moved; row < proxy()->rowCount(); ++row)
        QCOMPARE(taskOf(proxy()->taskId(row)).priority, Priority::P0);
}

void TestTableView::sortKeysNaturally()
{
    // Unpadded numbers: a plain string sort would put SEC-10 before SEC-9.
    QVERIFY(tasks()->setData(sourceCell(idOf("SEC-004"), TaskField::Key), QStringLiteral("SEC-9")));
    QVERIFY(
        tasks()->setData(sourceCell(idOf("SEC-005"), TaskField::Key), QStringLiteral("sec-10")));
    QVERIFY(idOf("SEC-9") != 0);
    QVERIFY(idOf("SEC-10") != 0);

    clickHeader(TaskField::Key);
    QStringList keys;
    for (int row = 0; row < proxy()->rowCount(); ++row)
        keys << proxy()->index(row, column(TaskField::Key)).data().toString();
    QCOMPARE(keys.first(), QStringLiteral("API-001"));
    const QStringList security = keys.filter(QRegularExpression(QStringLiteral("(?i)^sec-")));
    QCOMPARE(security, (QStringList{QStringLiteral("SEC-001"), QStringLiteral("SEC-002"),
                                    QStringLiteral("SEC-003"), QStringLiteral("SEC-9"),
                                    QStringLiteral("sec-10")}));
    QCOMPARE(keys.indexOf(QStringLiteral("PERSIST-005")) + 1,
             keys.indexOf(QStringLiteral("SEC-001")));
}

void TestTableView::editTitleThroughDelegate()
{
    const qint64 id = idOf("SEC-001");
    const QString before = taskOf(id).title;
    auto *editor = qobject_cast<QLineEdit *>(startEditing(id, TaskField::Title));
    QVERIFY(editor);
    QCOMPARE(editor->text(), before);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Encrypt every table"));
    QVERIFY(commitWithReturn(editor));

    QCOMPARE(taskOf(id).title, QStringLiteral("Encrypt every table"));
    QCOMPARE(cell(id, TaskField::Title).data().toString(), QStringLiteral("Encrypt every table"));
    QCOMPARE(stack()->count(), 1);
    QVERIFY(!table()->indexWidget(cell(id, TaskField::Title)));

    stack()->undo();
    QCOMPARE(taskOf(id).title, before);
    QCOMPARE(cell(id, TaskField::Title).data().toString(), before);
}

void TestTableView::editStatusThroughComboDelegate()
{
    const qint64 id = idOf("SEC-001");
    QCOMPARE(taskOf(id).status, Status::InProgress);
    auto *combo = qobject_cast<QComboBox *>(startEditing(id, TaskField::Status));
    QVERIFY(combo);
    QCOMPARE(combo->count(), StatusCount);
    QCOMPARE(combo->currentIndex(), int(Status::InProgress));
    // Choosing an entry commits at once.
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(taskOf(id).status, Status::Blocked);
    QCOMPARE(cell(id, TaskField::Status).data().toString(), TaskEnums::label(Status::Blocked));
    QCOMPARE(stack()->count(), 1);

    // Priority shares the delegate type: pick an entry as a mouse user would.
    auto *priority = qobject_cast<QComboBox *>(startEditing(id, TaskField::Priority));
    QVERIFY(priority);
    priority->setCurrentIndex(int(Priority::P3));
    emit priority->activated(int(Priority::P3));
    QCOMPARE(taskOf(id).priority, Priority::P3);
    QCOMPARE(stack()->count(), 2);

    stack()->undo();
    stack()->undo();
    QCOMPARE(taskOf(id).status, Status::InProgress);
    QCOMPARE(taskOf(id).priority, Priority::P0);
}

void TestTableView::wontDoThroughComboAndFilter()
{
    const qint64 id = idOf("DOCS-001");
    auto *combo = qobject_cast<QComboBox *>(startEditing(id, TaskField::Status));
    QVERIFY(combo);
    QCOMPARE(combo->itemText(int(Status::Cancelled)), TaskEnums::label(Status::Cancelled));
    combo->setCurrentIndex(int(Status::Cancelled));
    emit combo->activated(int(Status::Cancelled));
    QCOMPARE(taskOf(id).status, Status::Cancelled);
    QCOMPARE(cell(id, TaskField::Status).data().toString(), QStringLiteral("Won't do"));
    // Struck through, as on the board.
    QVERIFY(cell(id, TaskField::Title).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(!cell(idOf("DOCS-002"), TaskField::Title).data(Qt::FontRole).isValid());

    QAction *wontDo = menuAction("statusFilter", TaskEnums::label(Status::Cancelled));
    QVERIFY(wontDo);
    wontDo->trigger();
    QCOMPARE(proxy()->rowCount(), 1);
    QCOMPARE(proxy()->taskId(0), id);
}

void TestTableView::editEstimateThroughSpinBoxDelegate()
{
    const qint64 id = idOf("SEC-001");
    QCOMPARE(taskOf(id).estimate, std::optional<double>(7));
    auto *spin = qobject_cast<QDoubleSpinBox *>(startEditing(id, TaskField::Estimate));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 7.0);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("2") + QLocale().decimalPoint() + QStringLiteral("5"));
    QVERIFY(commitWithReturn(spin));
    QCOMPARE(taskOf(id).estimate, std::optional<double>(2.5));
    QCOMPARE(stack()->count(), 1);

    // Zero days means "no estimate".
    spin = qobject_cast<QDoubleSpinBox *>(startEditing(id, TaskField::Estimate));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 2.5);
    spin->setValue(0);
    QVERIFY(commitWithReturn(spin));
    QVERIFY(!taskOf(id).estimate.has_value());
    QCOMPARE(cell(id, TaskField::Estimate).data().toString(), QString());
    QCOMPARE(stack()->count(), 2);

    stack()->undo();
    stack()->undo();
    QCOMPARE(taskOf(id).estimate, std::optional<double>(7));
}

void TestTableView::refusedEditLeavesModelAlone_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty title") << int(TaskField::Title) << QString() << QStringLiteral("title");
    QTest::newRow("blank title") << int(TaskField::Title) << QStringLiteral("   ")
                                 << QStringLiteral("title");
    QTest::newRow("duplicate key")
        << int(TaskField::Key) << QStringLiteral("sec-002") << QStringLiteral("SEC-002");
    QTest::newRow("key with space")
        << int(TaskField::Key) << QStringLiteral("SEC 9") << QStringLiteral("spaces");
}

void TestTableView::refusedEditLeavesModelAlone()
{
    QFETCH(int, field);
    QFETCH(QString, typed);
    QFETCH(QString, messagePart);
    const auto taskField = static_cast<TaskField>(field);
    const qint64 id = idOf("SEC-001");
    const QVariant before = tasks()->fieldValue(taskOf(id), taskField);
    QSignalSpy tableMessages(table(), &TaskTableView::message);
    QSignalSpy workspaceMessages(m_workspace.get(), &ProjectWorkspace::message);

    auto *editor = qobject_cast<QLineEdit *>(startEditing(id, taskField));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClicks(editor, typed);
    QVERIFY(commitWithReturn(editor));

    QCOMPARE(tasks()->fieldValue(taskOf(id), taskField), before);
    QCOMPARE(cell(id, taskField).data(Qt::EditRole), before);
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(tableMessages.count(), 1);
    const QString message = tableMessages.first().first().toString();
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.contains(messagePart), qPrintable(message));
    QCOMPARE(workspaceMessages.count(), 1); // forwarded to the status bar
}

void TestTableView::tableSelectionPublishesToWorkspace()
{
    TaskSelection *selection = m_workspace->selection();
    QSignalSpy changed(selection, &TaskSelection::changed);
    const qint64 first = idOf("OPS-002");
    const qint64 second = idOf("API-004");

    const QModelIndex firstCell = cell(first, TaskField::Title);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                      table()->visualRect(firstCell).center());
    QCOMPARE(selection->current(), first);
    QCOMPARE(selection->selected(), QList<qint64>{first});
    QVERIFY(changed.count() >= 1);

    const QModelIndex secondCell = cell(second, TaskField::Key);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      table()->visualRect(secondCell).center());
    QCOMPARE(selection->current(), second);
    QList<qint64> selected = selection->selected();
    std::sort(selected.begin(), selected.end());
    QList<qint64> expected{first, second};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(selected, expected);
    QCOMPARE(table()->selectedTaskIds().size(), 2);

    // Selection is by id: sorting keeps it.
    clickHeader(TaskField::Priority);
    QCOMPARE(selection->current(), second);
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 2);
}

void TestTableView::workspaceSelectionSelectsTableRow()
{
    const qint64 id = idOf("DOCS-004");
    m_workspace->selection()->select({id}, id);
    const QModelIndexList rows = table()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(proxy()->taskId(rows.first().row()), id);
    QCOMPARE(proxy()->taskId(table()->currentIndex().row()), id);
    QCOMPARE(table()->selectedTaskIds(), QList<qint64>{id});

    const qint64 other = idOf("SEC-003");
    m_workspace->selection()->select({id, other}, other);
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 2);
    QCOMPARE(proxy()->taskId(table()->currentIndex().row()), other);
    // Following the shared selection must not echo it back changed.
    QCOMPARE(m_workspace->selection()->current(), other);

    // Selecting every task (as the board's or the graph's select-all does) selects runs of
    // adjacent rows as one range each: painting asks isSelected() per cell, which walks the
    // ranges, so one range per row made a frame of a 10k-row selection take seconds.
    QList<qint64> all;
    for (int row = 0; row < proxy()->rowCount(); ++row)
        all << proxy()->taskId(row);
    std::reverse(all.begin(), all.end()); // the order of the ids must not matter
    m_workspace->selection()->select(all, all.first());
    QCOMPARE(table()->selectionModel()->selection().size(), 1);
    QCOMPARE(table()->selectionModel()->selectedRows().size(), proxy()->rowCount());
    QList<qint64> alternate;
    for (int row = 0; row < proxy()->rowCount(); row += 2)
        alternate << proxy()->taskId(row);
    m_workspace->selection()->select(alternate, alternate.first());
    QCOMPARE(table()->selectionModel()->selection().size(), alternate.size());

    m_workspace->selection()->clear();
    QVERIFY(table()->selectionModel()->selectedRows().isEmpty());
}

void TestTableView::showOnlyChosenTasks()
{
    // What the dashboard's "Show Selection in Table" does: the table shows only those tasks,
    // and the filter bar shows a button that brings the others back.
    const int all = proxy()->rowCount();
    const QList<qint64> chosen{idOf("DOCS-004"), idOf("SEC-003")};
    m_workspace->setCurrentPage(ProjectWorkspace::boardPage);
    m_workspace->showOnlyInTable(chosen);
    QCOMPARE(m_workspace->currentPage(), ProjectWorkspace::tablePage);
    QCOMPARE(proxy()->rowCount(), 2);
    QSet<qint64> shown{proxy()->taskId(0), proxy()->taskId(1)};
    QCOMPARE(shown, QSet<qint64>(chosen.cbegin(), chosen.cend()));
    auto *only = m_workspace->findChild<QToolButton *>(QStringLiteral("onlyFilter"));
    QVERIFY(only);
    QVERIFY(only->isVisible());
    QVERIFY2(only->text().contains(QLatin1Char('2')), qPrintable(only->text()));
    QTest::mouseClick(only, Qt::LeftButton);
    QCOMPARE(proxy()->rowCount(), all);
    QVERIFY(!only->isVisible());
}

void TestTableView::filterModelStaysConsistent_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("sort") << QStringLiteral("sort");
    QTest::newRow("filter") << QStringLiteral("filter");
    QTest::newRow("edit under sort and filter") << QStringLiteral("edit");
    QTest::newRow("delete and undo") << QStringLiteral("delete");
}

void TestTableView::filterModelStaysConsistent()
{
    QFETCH(QString, operation);
    QAbstractItemModelTester tester(proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sourceTester(tasks(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *text = m_workspace->findChild<QLineEdit *>(QStringLiteral("filterText"));
    QVERIFY(text);

    if (operation == QLatin1String("sort")) {
        for (TaskField field : {TaskField::Priority, TaskField::Key, TaskField::Estimate,
                                TaskField::Component, TaskField::Milestones}) {
            clickHeader(field);
            clickHeader(field);
        }
        QCOMPARE(proxy()->rowCount(), 25);
    } else if (operation == QLatin1String("filter")) {
        clickHeader(TaskField::Status);
        QTest::keyClicks(text, QStringLiteral("api"));
        QTRY_VERIFY(proxy()->rowCount() < 25);
        menuAction("statusFilter", TaskEnums::label(Status::Done))->trigger();
        menuAction("statusFilter", TaskEnums::label(Status::Todo))->trigger();
        int doneOrTodo = 0;
        for (const Task &task : tasks()->tasks())
            doneOrTodo += task.status == Status::Done || task.status == Status::Todo;
        text->clear();
        QTRY_COMPARE(proxy()->rowCount(), doneOrTodo);
        m_workspace->filterBar()->clear();
        QCOMPARE(proxy()->rowCount(), 25);
    } else if (operation == QLatin1String("edit")) {
        clickHeader(TaskField::Status);
        menuAction("statusFilter", TaskEnums::label(Status::InProgress))->trigger();
        const int inProgress = proxy()->rowCount();
        const qint64 id = idOf("SEC-001");
        QVERIFY(proxy()->proxyRowOf(id) >= 0);
        // Changing the status moves the task out of the filter.
        auto *combo = qobject_cast<QComboBox *>(startEditing(id, TaskField::Status));
        QVERIFY(combo);
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(proxy()->rowCount(), inProgress - 1);
        QCOMPARE(proxy()->proxyRowOf(id), -1);
        stack()->undo();
        QCOMPARE(proxy()->rowCount(), inProgress);
        QVERIFY(proxy()->proxyRowOf(id) >= 0);
    } else if (operation == QLatin1String("delete")) {
        clickHeader(TaskField::Key);
        const QList<qint64> ids{idOf("SEC-001"), idOf("OPS-003"), idOf("DOCS-005")};
        QList<TaskRecord> removed;
        const WriteResult result = m_project->removeTasks(ids, &removed);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(proxy()->rowCount(), 22);
        const WriteResult back = m_project->insertTasks(removed);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(proxy()->rowCount(), 25);
        QCOMPARE(proxy()->index(0, column(TaskField::Key)).data().toString(),
                 QStringLiteral("API-001"));
    }
}

QTEST_MAIN(TestTableView)
#include "tst_tableview.moc"
