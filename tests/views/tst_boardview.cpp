// SPDX-License-Identifier: MIT
#include "board/boardedits.h"
#include "board/boardgeometry.h"
#include "board/boardmodel.h"
#include "board/boardpage.h"
#include "board/boardsettings.h"
#include "board/boardview.h"
#include "commands/addcomponentcommand.h"
#include "commands/addtaskscommand.h"
#include "commands/dependencycommands.h"
#include "commands/setprojectsettingcommand.h"
#include "commands/settaskfieldcommand.h"
#include "database/projectdatabase.h"
#include "demofixture.h"
#include "project/demoproject.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "shell/projectworkspace.h"
#include "table/filterbar.h"
#include "table/tasktableview.h"
#include "tasks/componentmodel.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskmodel.h"
#include "tasks/taskselection.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

#include <memory>

using namespace Candor;

// Drives the board of a real ProjectWorkspace with QTest: keyboard triage, drops as the
// platform delivers them, collapsed lanes, the Done confirmation, WIP limits and the shared
// selection, and checks what reaches the project.
class TestBoardView final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryTaskOnce();
    void arrowsMoveTheCurrentCard();
    void ctrlArrowsMoveCardsBetweenColumns();
    void ctrlUpDownReorder();
    void digitsSetPriority();
    void enterOpensInspector();
    void dropMovesCardsBetweenColumns();
    void dropOfSeveralCardsIsOneUndoStep();
    void dropOnCollapsedLaneHeader();
    void emptyLanesCollapse();
    void foreignDropsAreIgnored_data();
    void foreignDropsAreIgnored();
    void doneWithOpenDependenciesAsks();
    void doneWithOpenDependenciesRefused();
    void doneQuestionNamesWhatItWaitsOn();
    void wipLimitFromColumnMenuPersists();
    void selectionFollowsTable();
    void clickSelectsInTable();
    void selectionMadeWhileHiddenArrivesInRuns();
    void collapseColumnByClickingHeader();
    void wontDoColumnHiddenUntilShown();
    void tableEditMovesCard();
    void bulkChangeKeepsSelectionAndPlace();
    void selectionRegionIsWhatIsInView();
    void paintsInDarkPaletteAndAtDoubleScale();

private:
    BoardPage *page() const { return m_workspace->board(); }
    BoardView *board() const { return page()->view(); }
    BoardModel *model() const { return page()->model(); }
    TaskModel *tasks() const { return m_project->tasks(); }
    QUndoStack *stack() const { return m_project->undoStack(); }
    qint64 idOf(const char *key) const { return tasks()->idForKey(QString::fromLatin1(key)); }
    const Task &taskOf(const char *key) const { return *tasks()->task(idOf(key)); }
    QPoint centreOf(const char *key) const { return board()->cardViewportRect(idOf(key)).center(); }
    void clickCard(const char *key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Delivers a drag enter, move and drop at pos as the platform would; returns whether the
    // drop was accepted.
    bool dropAt(const QMimeData &data, const QPoint &pos, bool *entered = nullptr);
    std::unique_ptr<QMimeData> payload(const QList<const char *> &keys) const;
    // Answers the next modal dialog: its button whose text contains `button`.
    static void answerNextDialog(const QString &button);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<ProjectWorkspace> m_workspace;
};

void TestBoardView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_boardview"));
    QVERIFY(m_dir.isValid());
}

void TestBoardView::init()
{
    QSettings().remove(QStringLiteral("board/hiddenColumns")); // each test starts as new
    QSettings().remove(QStringLiteral("board/collapseEmptyLanes"));
    QString error;
    m_project = CandorTest::freshDemoProject(m_dir, &error);
    QVERIFY2(m_project, qPrintable(error));

    m_workspace = std::make_unique<ProjectWorkspace>(m_project.get());
    m_workspace->resize(1500, 900);
    m_workspace->setCurrentPage(ProjectWorkspace::boardPage);
    page()->swimlaneChooser()->setCurrentIndex(0);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    board()->setFocus();
}

void TestBoardView::cleanup()
{
    m_workspace.reset();
    m_project.reset();
}

void TestBoardView::clickCard(const char *key, Qt::KeyboardModifiers modifiers)
{
    const QRect rect = board()->cardViewportRect(idOf(key));
    QVERIFY2(rect.isValid(), key);
    board()->scrollTo(model()->indexOf(idOf(key)));
    QTest::mouseClick(board()->viewport(), Qt::LeftButton, modifiers,
                      board()->cardViewportRect(idOf(key)).center());
}

std::unique_ptr<QMimeData> TestBoardView::payload(const QList<const char *> &keys) const
{
    QModelIndexList indexes;
    for (const char *key : keys)
        indexes.append(model()->indexOf(idOf(key)));
    return std::unique_ptr<QMimeData>(model()->mimeData(indexes));
}

bool TestBoardView::dropAt(const QMimeData &data, const QPoint &pos, bool *entered)
{
    QWidget *viewport = board()->viewport();
    QDragEnterEvent enter(pos, Qt::MoveAction | Qt::CopyAction, &data, Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    if (entered)
        *entered = enter.isAccepted();
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::MoveAction | Qt::CopyAction, &data, Qt::LeftButton,
                        Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(QPointF(pos), Qt::MoveAction | Qt::CopyAction, &data, Qt::LeftButton,
                    Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

void TestBoardView::answerNextDialog(const QString &button)
{
    QTimer::singleShot(0, qApp, [button]() {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return answerNextDialog(button); // not open yet
        for (QAbstractButton *candidate : dialog->findChildren<QAbstractButton *>()) {
            if (candidate->text().remove(QLatin1Char('&')).contains(button)) {
                candidate->click();
                return;
            }
        }
        dialog->close();
    });
}

void TestBoardView::showsEveryTaskOnce()
{
    QAbstractItemModelTester tester(model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    int shown = 0;
    for (int column = 0; column < BoardModel::ColumnCount; ++column)
        shown += model()->columnCardCount(column);
    QCOMPARE(shown, tasks()->rowCount());
    for (const Task &task : tasks()->tasks()) {
        const QRect rect = board()->cardViewportRect(task.id);
        QVERIFY2(rect.isValid(), qPrintable(task.key));
        QCOMPARE(model()->positionOf(task.id).column, int(task.status));
    }
    // Cards of a column are in rank order, top to bottom.
    const QList<qint64> &todo = model()->cards(0, int(Status::Todo));
    for (qsizetype i = 1; i < todo.size(); ++i) {
        QVERIFY(tasks()->task(todo.at(i - 1))->rank <= tasks()->task(todo.at(i))->rank);
        QVERIFY(board()->cardViewportRect(todo.at(i - 1)).bottom() <
                board()->cardViewportRect(todo.at(i)).top());
    }
}

void TestBoardView::arrowsMoveTheCurrentCard()
{
    const QList<qint64> &todo = model()->cards(0, int(Status::Todo));
    QVERIFY(todo.size() >= 2);
    clickCard(qPrintable(tasks()->keyOf(todo.at(0))));
    QCOMPARE(m_workspace->selection()->current(), todo.at(0));
    QTest::keyClick(board(), Qt::Key_Down);
    QCOMPARE(m_workspace->selection()->current(), todo.at(1));
    QTest::keyClick(board(), Qt::Key_Right);
    QCOMPARE(tasks()->task(m_workspace->selection()->current())->status, Status::InProgress);
    QTest::keyClick(board(), Qt::Key_Left);
    QCOMPARE(tasks()->task(m_workspace->selection()->current())->status, Status::Todo);
    QTest::keyClick(board(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_workspace->selection()->selected().size(), 2);
}

void TestBoardView::ctrlArrowsMoveCardsBetweenColumns()
{
    clickCard("SEC-002"); // Todo
    QCOMPARE(taskOf("SEC-002").status, Status::Todo);
    QTest::keyClick(board(), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(taskOf("SEC-002").status, Status::InProgress);
    QTest::keyClick(board(), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(taskOf("SEC-002").status, Status::Blocked);
    QCOMPARE(stack()->count(), 2);
    // The card stays selected and current as it moves.
    QCOMPARE(m_workspace->selection()->current(), idOf("SEC-002"));
    QCOMPARE(board()->selectedTaskIds(), QList<qint64>{idOf("SEC-002")});
    QTest::keyClick(board(), Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(taskOf("SEC-002").status, Status::InProgress);
    // Leftmost column: nothing further.
    QTest::keyClick(board(), Qt::Key_Left, Qt::ControlModifier);
    QTest::keyClick(board(), Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(taskOf("SEC-002").status, Status::Todo);
    QCOMPARE(stack()->count(), 4);
    stack()->undo();
    QCOMPARE(taskOf("SEC-002").status, Status::InProgress);
}

void TestBoardView::ctrlUpDownReorder()
{
    const QList<qint64> before = model()->cards(0, int(Status::Todo));
    QVERIFY(before.size() >= 3);
    const qint64 first = before.at(0);
    clickCard(qPrintable(tasks()->keyOf(first)));
    QTest::keyClick(board(), Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(model()->cards(0, int(Status::Todo)).at(1), first);
    QCOMPARE(model()->cards(0, int(Status::Todo)).at(0), before.at(1));
    // Said as what it is: the card stays in Todo.
    QCOMPARE(stack()->undoText(),
             QStringLiteral("Reorder %1 within Todo").arg(tasks()->keyOf(first)));
    QTest::keyClick(board(), Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(model()->cards(0, int(Status::Todo)).at(2), first);
    QTest::keyClick(board(), Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(model()->cards(0, int(Status::Todo)).at(1), first);
    QCOMPARE(stack()->count(), 3);
    stack()->undo();
    stack()->undo();
    stack()->undo();
    QCOMPARE(model()->cards(0, int(Status::Todo)), before);
}

void TestBoardView::digitsSetPriority()
{
    clickCard("SEC-003"); // P1
    clickCard("SEC-002", Qt::ControlModifier);
    QCOMPARE(board()->selectedTaskIds().size(), 2);
    QTest::keyClick(board(), Qt::Key_3);
    QCOMPARE(taskOf("SEC-003").priority, Priority::P3);
    QCOMPARE(taskOf("SEC-002").priority, Priority::P3);
    QCOMPARE(stack()->count(), 1);
    QTest::keyClick(board(), Qt::Key_0);
    QCOMPARE(taskOf("SEC-003").priority, Priority::P0);
    stack()->undo();
    QCOMPARE(taskOf("SEC-003").priority, Priority::P3);
}

void TestBoardView::enterOpensInspector()
{
    QSignalSpy wanted(m_workspace.get(), &ProjectWorkspace::inspectorWanted);
    clickCard("SEC-001");
    QTest::keyClick(board(), Qt::Key_Return);
    QCOMPARE(wanted.count(), 1);
    QTest::mouseDClick(board()->viewport(), Qt::LeftButton, {}, centreOf("SEC-001"));
    QCOMPARE(wanted.count(), 2);
}

void TestBoardView::dropMovesCardsBetweenColumns()
{
    // SEC-003 (Todo) dropped on the top half of the first Review card: in front of it.
    const QList<qint64> review = model()->cards(0, int(Status::Review));
    QVERIFY(!review.isEmpty());
    const QRect target = board()->cardViewportRect(review.first());
    const auto data = payload({"SEC-003"});
    QVERIFY(data);
    QVERIFY(data->hasText());
    QVERIFY(data->text().startsWith(QLatin1String("SEC-003 ")));
    QVERIFY(dropAt(*data, QPoint(target.center().x(), target.top() + 5)));
    QCOMPARE(taskOf("SEC-003").status, Status::Review);
    QCOMPARE(model()->cards(0, int(Status::Review)).first(), idOf("SEC-003"));
    QCOMPARE(stack()->count(), 1);
    // Written to the file, not only to the models.
    QVERIFY(m_project->reload());
    QCOMPARE(taskOf("SEC-003").status, Status::Review);
    stack()->undo();
    QCOMPARE(taskOf("SEC-003").status, Status::Todo);
}

void TestBoardView::dropOfSeveralCardsIsOneUndoStep()
{
    const Status blocked = Status::Blocked;
    const QRect cell = board()->cellViewportRect(0, int(blocked));
    const auto data = payload({"SEC-002", "SEC-003", "SEC-001"});
    const int before = model()->columnCardCount(int(blocked));
    // Below the last card: at the end of the column.
    QVERIFY(dropAt(
        *data,
        QPoint(cell.center().x(),
               board()->cardViewportRect(model()->cards(0, int(blocked)).last()).bottom() + 4)));
    QCOMPARE(model()->columnCardCount(int(blocked)), before + 3);
    const QList<qint64> &cards = model()->cards(0, int(blocked));
    // They keep their board order (Todo before In progress; rank within).
    QCOMPARE(cards.mid(before).size(), 3);
    for (const char *key : {"SEC-001", "SEC-002", "SEC-003"})
        QCOMPARE(taskOf(key).status, blocked);
    QCOMPARE(stack()->count(), 1);
    stack()->undo();
    QCOMPARE(taskOf("SEC-001").status, Status::InProgress);
    QCOMPARE(taskOf("SEC-002").status, Status::Todo);
    QCOMPARE(taskOf("SEC-003").status, Status::Todo);
    stack()->redo();
    QCOMPARE(taskOf("SEC-001").status, blocked);
}

void TestBoardView::dropOnCollapsedLaneHeader()
{
    page()->swimlaneChooser()->setCurrentIndex(
        page()->swimlaneChooser()->findData(int(Swimlanes::Priority)));
    QCOMPARE(model()->laneCount(), PriorityCount);
    board()->setLaneCollapsed(int(Priority::P3), true);
    QVERIFY(board()->isLaneCollapsed(int(Priority::P3)));
    const QRect header = board()->laneHeaderViewportRect(int(Priority::P3));
    QVERIFY(header.isValid());
    board()->scrollTo(model()->laneIndex(int(Priority::P3)));
    const QRect visibleHeader = board()->laneHeaderViewportRect(int(Priority::P3));
    // Over the Review column of the collapsed P3 lane.
    const int reviewX = board()->columnHeaderRect(int(Status::Review)).center().x();
    const auto data = payload({"SEC-002"}); // P0, Todo
    QVERIFY(dropAt(*data, QPoint(reviewX, visibleHeader.center().y())));
    QCOMPARE(taskOf("SEC-002").priority, Priority::P3);
    QCOMPARE(taskOf("SEC-002").status, Status::Review);
    QCOMPARE(stack()->count(), 1);
    // A click on the header opens the lane again, and the card is there.
    QTest::mouseClick(board()->viewport(), Qt::LeftButton, {},
                      board()->laneHeaderViewportRect(int(Priority::P3)).center());
    QVERIFY(!board()->isLaneCollapsed(int(Priority::P3)));
    QVERIFY(board()->cardViewportRect(idOf("SEC-002")).isValid());
}

// A lane without cards shows only its header (an option of the Options menu, on at first and
// remembered), opens when a card lands in it, and still takes drops on its header.
void TestBoardView::emptyLanesCollapse()
{
    Component empty;
    empty.name = QStringLiteral("Localisation");
    empty.prefix = QStringLiteral("L10N");
    stack()->push(new AddComponentCommand(m_project.get(), empty));
    page()->swimlaneChooser()->setCurrentIndex(
        page()->swimlaneChooser()->findData(int(Swimlanes::Component)));
    int lane = -1;
    for (int i = 0; i < model()->laneCount(); ++i) {
        if (model()->laneTitle(i) == empty.name)
            lane = i;
    }
    QVERIFY(lane >= 0);
    auto *option = page()->findChild<QAction *>(QStringLiteral("collapseEmptyLanes"));
    QVERIFY(option && option->isCheckable());
    QVERIFY(option->isChecked());
    QVERIFY(board()->collapsesEmptyLanes());
    QVERIFY(board()->isLaneCollapsed(lane));
    for (int other = 0; other < model()->laneCount(); ++other)
        QCOMPARE(board()->isLaneCollapsed(other), model()->laneCardCount(other) == 0);
    const int collapsedHeight = board()->geometry().contentHeight();

    // Off: the empty lane takes its room again; remembered for the next board.
    option->trigger();
    QVERIFY(!board()->isLaneCollapsed(lane));
    QVERIFY2(board()->geometry().contentHeight() >= collapsedHeight + board()->geometry().pitch(),
             qPrintable(QStringLiteral("%1 vs %2")
                            .arg(board()->geometry().contentHeight())
                            .arg(collapsedHeight)));
    QCOMPARE(QSettings().value(QStringLiteral("board/collapseEmptyLanes")).toBool(), false);
    {
        ProjectWorkspace another(m_project.get());
        QVERIFY(!another.board()->view()->collapsesEmptyLanes());
    }
    option->trigger();
    QVERIFY(board()->isLaneCollapsed(lane));
    QCOMPARE(board()->geometry().contentHeight(), collapsedHeight);

    // A card dropped on the header moves into the lane, which then opens.
    board()->scrollTo(model()->laneIndex(lane));
    const QRect header = board()->laneHeaderViewportRect(lane);
    QVERIFY(header.isValid());
    const int todoX = board()->columnHeaderRect(int(Status::Todo)).center().x();
    const auto data = payload({"SEC-002"});
    QVERIFY(dropAt(*data, QPoint(todoX, header.center().y())));
    QCOMPARE(taskOf("SEC-002").componentId, m_project->components()->idForName(empty.name));
    QVERIFY(!board()->isLaneCollapsed(lane));
    QVERIFY(board()->cardViewportRect(idOf("SEC-002")).isValid());
}

void TestBoardView::foreignDropsAreIgnored_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("plain text") << "text/plain" << QByteArray("SEC-001 Implement encryption");
    QTest::newRow("malformed payload") << BoardModel::mimeType() << QByteArray("{\"tasks\": [1,");
    QTest::newRow("another board")
        << BoardModel::mimeType()
        << QByteArray(R"({"board":"00000000-0000-0000-0000-000000000000","tasks":[1]})");
    QTest::newRow("random bytes") << BoardModel::mimeType()
                                  << QByteArray("\x00\xff\x12garbage", 10);
    QTest::newRow("file list") << "text/uri-list" << QByteArray("file:///tmp/TASK_TRACKER.md\r\n");
}

void TestBoardView::foreignDropsAreIgnored()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QMimeData data;
    data.setData(format, bytes);
    const QList<Task> before = tasks()->tasks();
    const QRect cell = board()->cellViewportRect(0, int(Status::Done));
    bool entered = true;
    QVERIFY(!dropAt(data, cell.center(), &entered));
    // Not taken by the board: files go on to the main window's import.
    QVERIFY(!entered);
    QCOMPARE(stack()->count(), 0);
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(tasks()->tasks().at(i).status, before.at(i).status);
        QCOMPARE(tasks()->tasks().at(i).rank, before.at(i).rank);
    }
}

void TestBoardView::doneWithOpenDependenciesAsks()
{
    // SEC-002 depends on SEC-001, which is in progress.
    const QRect done = board()->cellViewportRect(0, int(Status::Done));
    const auto data = payload({"SEC-002"});
    answerNextDialog(QStringLiteral("Cancel"));
    QVERIFY(!dropAt(*data, QPoint(done.center().x(), done.top() + 4)));
    QCOMPARE(taskOf("SEC-002").status, Status::Todo);
    QCOMPARE(stack()->count(), 0);

    answerNextDialog(QStringLiteral("Move to Done"));
    QVERIFY(dropAt(*data, QPoint(done.center().x(), done.top() + 4)));
    QCOMPARE(taskOf("SEC-002").status, Status::Done);
    QCOMPARE(stack()->count(), 1);

    // Moved together with what it depends on: no question.
    stack()->undo();
    const auto both = payload({"SEC-001", "SEC-002"});
    QVERIFY(dropAt(*both, QPoint(done.center().x(), done.top() + 4)));
    QCOMPARE(taskOf("SEC-002").status, Status::Done);
    QCOMPARE(taskOf("SEC-001").status, Status::Done);
}

void TestBoardView::doneWithOpenDependenciesRefused()
{
    auto *options = page()->findChild<QToolButton *>(QStringLiteral("boardOptions"));
    QVERIFY(options && options->menu());
    QAction *refuse = nullptr;
    QMenu *menu = options->menu();
    for (QAction *action : menu->actions()) {
        if (action->data() == int(BoardSettings::DonePolicy::Refuse))
            refuse = action;
        // A section's heading does not widen the menu: it must fit what the items make.
        if (action->isSeparator() && !action->text().isEmpty()) {
            QVERIFY2(menu->fontMetrics().horizontalAdvance(action->text()) + 24 <=
                         menu->sizeHint().width(),
                     qPrintable(action->text()));
        }
    }
    QVERIFY(refuse);
    refuse->trigger();
    QCOMPARE(BoardSettings::donePolicy(*m_project->settings()), BoardSettings::DonePolicy::Refuse);
    QSignalSpy message(m_workspace.get(), &ProjectWorkspace::message);
    clickCard("SEC-002");
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(board(), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(taskOf("SEC-002").status, Status::Review); // moved up to Review, not into Done
    QVERIFY(!message.isEmpty());
    QVERIFY(message.last().first().toString().contains(QLatin1String("SEC-002")));
    // Named with what it waits on.
    QVERIFY2(message.last().first().toString().contains(
                 QStringLiteral("SEC-001 “Implement encryption at rest”")),
             qPrintable(message.last().first().toString()));
    // Undo the policy, and the move is asked again instead.
    stack()->undo(); // the last move
    stack()->undo();
    stack()->undo();
    stack()->undo(); // the policy
    QCOMPARE(BoardSettings::donePolicy(*m_project->settings()), BoardSettings::DonePolicy::Ask);
    QVERIFY(refuse->isChecked() == false);
}

// The question before a move into Done names the unfinished task waited on, by key and title,
// and how many more there are.
void TestBoardView::doneQuestionNamesWhatItWaitsOn()
{
    QCOMPARE(BoardEdits::unfinishedDependencies(*m_project, {QStringLiteral("SEC-002")}),
             QStringLiteral("SEC-001 “Implement encryption at rest”"));
    // SEC-003 waits on SEC-002; make it wait on SEC-001 too.
    stack()->push(new DependencyCommand(m_project.get(), DependencyCommand::Kind::Add,
                                        idOf("SEC-003"), idOf("SEC-001")));
    const QString two = BoardEdits::unfinishedDependencies(*m_project, {QStringLiteral("SEC-003")});
    QVERIFY2(two.endsWith(QLatin1String(" and 1 more")) && two.contains(QStringLiteral("“")),
             qPrintable(two));
    // What the dialog says when SEC-002 is dropped into Done.
    QString asked;
    QTimer::singleShot(0, qApp, [&asked]() {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    const QRect done = board()->cellViewportRect(0, int(Status::Done));
    const auto data = payload({"SEC-002"});
    QVERIFY(!dropAt(*data, QPoint(done.center().x(), done.top() + 4)));
    QVERIFY2(asked.startsWith(QLatin1String("SEC-002 ")) &&
                 asked.contains(QStringLiteral("SEC-001 “Implement encryption at rest”")),
             qPrintable(asked));
    QCOMPARE(taskOf("SEC-002").status, Status::Todo);
}

void TestBoardView::wipLimitFromColumnMenuPersists()
{
    QTimer::singleShot(0, qApp, []() {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->setIntValue(1);
        dialog->accept();
    });
    board()->editWipLimit(int(Status::InProgress));
    QCOMPARE(BoardSettings::wipLimit(*m_project->settings(), Status::InProgress), 1);
    QCOMPARE(stack()->count(), 1);
    QVERIFY(model()->columnCardCount(int(Status::InProgress)) > 1);
    // Over the limit: the header turns red.
    const QImage image = board()->viewport()->grab().toImage();
    const QRect header = board()->columnHeaderRect(int(Status::InProgress));
    const QColor colour = image.pixelColor(header.left() + header.width() - 4, header.bottom() - 3);
    QVERIFY2(colour.red() > colour.green() + 40, qPrintable(colour.name()));

    // Kept in the file.
    const QString path = m_project->path();
    m_workspace.reset();
    m_project.reset();
    OpenError error;
    m_project = Project::open(path, OpenOptions{}, &error);
    QVERIFY2(m_project, qPrintable(error.message));
    QCOMPARE(BoardSettings::wipLimit(*m_project->settings(), Status::InProgress), 1);
    QCOMPARE(BoardSettings::wipLimit(*m_project->settings(), Status::Todo), std::nullopt);
}

void TestBoardView::selectionFollowsTable()
{
    TaskTableView *table = m_workspace->table();
    table->selectTask(idOf("SEC-005"));
    QCOMPARE(board()->selectedTaskIds(), QList<qint64>{idOf("SEC-005")});
    QCOMPARE(model()->task(board()->currentIndex())->id, idOf("SEC-005"));
}

void TestBoardView::clickSelectsInTable()
{
    clickCard("SEC-004");
    clickCard("SEC-001", Qt::ControlModifier);
    const QList<qint64> selected = m_workspace->selection()->selected();
    QCOMPARE(selected.size(), 2);
    QVERIFY(selected.contains(idOf("SEC-004")));
    QVERIFY(selected.contains(idOf("SEC-001")));
    QCOMPARE(m_workspace->table()->selectedTaskIds().size(), 2);
}

void TestBoardView::selectionMadeWhileHiddenArrivesInRuns()
{
    m_workspace->setCurrentPage(ProjectWorkspace::tablePage);
    QVERIFY(!board()->isVisible());
    QList<qint64> all;
    for (const Task &task : tasks()->tasks())
        all.append(task.id);
    m_workspace->selection()->select(all, all.first());
    m_workspace->setCurrentPage(ProjectWorkspace::boardPage);
    QCOMPARE(board()->selectedTaskIds().size(), all.size());
    // One range per column that has cards (the demo has none in Won't do), not one per card.
    int filled = 0;
    for (int column = 0; column < BoardModel::ColumnCount; ++column)
        filled += model()->columnCardCount(column) > 0 ? 1 : 0;
    QCOMPARE(filled, BoardModel::ColumnCount - 1);
    QCOMPARE(board()->selectionModel()->selection().size(), filled);
    QCOMPARE(model()->task(board()->currentIndex())->id, all.first());
}

void TestBoardView::collapseColumnByClickingHeader()
{
    const QRect header = board()->columnHeaderRect(int(Status::Review));
    QTest::mouseClick(board()->viewport(), Qt::LeftButton, {}, header.topLeft() + QPoint(8, 10));
    QVERIFY(board()->isColumnCollapsed(int(Status::Review)));
    QVERIFY(!board()->cardViewportRect(model()->cards(0, int(Status::Review)).first()).isValid());
    QVERIFY(board()->columnHeaderRect(int(Status::Review)).width() < header.width() / 2);
    // A card dropped on the collapsed column goes to its end.
    const auto data = payload({"SEC-003"});
    const QRect strip = board()->cellViewportRect(0, int(Status::Review));
    QVERIFY(dropAt(*data, strip.center()));
    QCOMPARE(taskOf("SEC-003").status, Status::Review);
    QCOMPARE(model()->cards(0, int(Status::Review)).last(), idOf("SEC-003"));
    // Clicking the strip opens it again.
    QTest::mouseClick(board()->viewport(), Qt::LeftButton, {}, strip.center());
    QVERIFY(!board()->isColumnCollapsed(int(Status::Review)));
}

void TestBoardView::wontDoColumnHiddenUntilShown()
{
    const int wontDo = int(Status::Cancelled);
    auto *shown = page()->findChild<QAction *>(QStringLiteral("showColumn_cancelled"));
    QVERIFY(shown);
    // Hidden at first: no room, no header, and the last column shown is Done.
    QVERIFY(board()->isColumnHidden(wontDo));
    QVERIFY(!shown->isChecked());
    QVERIFY(!board()->columnHeaderRect(wontDo).isValid());
    QCOMPARE(board()->geometry().columnAt(board()->geometry().contentWidth()), int(Status::Done));
    // Ctrl+Right from Done does not move a card where nobody can see it.
    clickCard("SEC-004");
    QCOMPARE(taskOf("SEC-004").status, Status::Done);
    QTest::keyClick(board(), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(taskOf("SEC-004").status, Status::Done);
    QCOMPARE(stack()->count(), 0);

    // Shown from the Options menu, remembered for the next board.
    shown->trigger();
    QVERIFY(!board()->isColumnHidden(wontDo));
    QVERIFY(board()->columnHeaderRect(wontDo).isValid());
    QCOMPARE(QSettings().value(QStringLiteral("board/hiddenColumns")).toStringList(),
             QStringList());
    board()->horizontalScrollBar()->setValue(board()->horizontalScrollBar()->maximum());
    const QRect cell = board()->cellViewportRect(0, wontDo);
    QVERIFY(board()->viewport()->rect().contains(cell.center()));
    const auto data = payload({"SEC-002"});
    QVERIFY(dropAt(*data, cell.center()));
    QCOMPARE(taskOf("SEC-002").status, Status::Cancelled);
    QCOMPARE(model()->cards(0, wontDo), QList<qint64>{idOf("SEC-002")});
    QVERIFY(board()->cardViewportRect(idOf("SEC-002")).isValid());
    QCOMPARE(stack()->count(), 1);

    // Hidden again (as its header's Hide Column does): the card stays where it is, unseen.
    board()->setColumnHidden(wontDo, true);
    QVERIFY(!shown->isChecked());
    QVERIFY(!board()->cardViewportRect(idOf("SEC-002")).isValid());
    QCOMPARE(taskOf("SEC-002").status, Status::Cancelled);
    QCOMPARE(QSettings().value(QStringLiteral("board/hiddenColumns")).toStringList(),
             QStringList{QStringLiteral("cancelled")});
    // The last column shown cannot be hidden.
    for (int column = 0; column < BoardModel::ColumnCount; ++column)
        board()->setColumnHidden(column, true);
    QCOMPARE(board()->shownColumnCount(), 1);
}

void TestBoardView::tableEditMovesCard()
{
    QAbstractItemModelTester tester(model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex status =
        tasks()->index(tasks()->rowOf(idOf("SEC-003")), column(TaskField::Status));
    QVERIFY(tasks()->setData(status, int(Status::Done)));
    QCOMPARE(model()->positionOf(idOf("SEC-003")).column, int(Status::Done));
    QVERIFY(board()->cardViewportRect(idOf("SEC-003")).left() >
            board()->columnHeaderRect(int(Status::Review)).right());
}

void TestBoardView::bulkChangeKeepsSelectionAndPlace()
{
    // Enough tasks that one announced range of changes rebuilds the board.
    QList<TaskRecord> many;
    for (int i = 0; i < 600; ++i) {
        TaskRecord record;
        record.task.key = QStringLiteral("BULK-%1").arg(i);
        record.task.title = QStringLiteral("Bulk task %1").arg(i);
        record.task.status = static_cast<Status>(i % StatusCount);
        record.task.rank = i * 3.0;
        many << record;
    }
    stack()->push(new AddTasksCommand(m_project.get(), many));
    QAbstractItemModelTester tester(model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Three cards selected, the current one far down its column, the board at the top and
    // without focus: a rebuild that revealed the current card would scroll.
    const int column = int(Status::Todo);
    const QList<qint64> &todo = model()->cards(0, column);
    QVERIFY(todo.size() > 100);
    const QList<qint64> selected{todo.at(2), todo.at(3), todo.at(100)};
    const qint64 current = todo.at(100);
    m_workspace->filterBar()->setFocus();
    QVERIFY(!board()->hasFocus());
    m_workspace->selection()->select(selected, current);
    board()->verticalScrollBar()->setValue(0);

    QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
    QSignalSpy shared(m_workspace->selection(), &TaskSelection::changed);
    QList<qint64> ids;
    for (int row = 0; row < tasks()->rowCount(); row += 2)
        ids << tasks()->taskAt(row).id;
    for (qint64 id : selected) {
        if (!ids.contains(id))
            ids << id;
    }
    {
        const QSignalBlocker quiet(tasks()); // one announcement below, as a bulk edit makes
        stack()->push(new SetTaskFieldCommand(m_project.get(), TaskField::Status, ids,
                                              QVariantList(ids.size(), int(Status::Review))));
    }
    emit tasks()->dataChanged(tasks()->index(0, 0),
                              tasks()->index(tasks()->rowCount() - 1, TaskColumnCount - 1));

    QCOMPARE(reset.count(), 1);
    for (qint64 id : selected)
        QCOMPARE(model()->positionOf(id).column, int(Status::Review));
    QCOMPARE(shared.count(), 0); // the shared selection is kept, not republished
    QCOMPARE(m_workspace->selection()->selected(), selected);
    QList<qint64> shown = board()->selectedTaskIds();
    std::sort(shown.begin(), shown.end());
    QList<qint64> expected = selected;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(shown, expected);
    QCOMPARE(model()->task(board()->currentIndex())->id, current);
    QCOMPARE(board()->verticalScrollBar()->value(), 0);

    // The same announcement for the undo: the cards go back, still selected.
    {
        const QSignalBlocker quiet(tasks());
        stack()->undo();
    }
    emit tasks()->dataChanged(tasks()->index(0, 0),
                              tasks()->index(tasks()->rowCount() - 1, TaskColumnCount - 1));
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model()->positionOf(current).column, column);
    QCOMPARE(model()->positionOf(current).row, 100);
    shown = board()->selectedTaskIds();
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, expected);
    QCOMPARE(board()->verticalScrollBar()->value(), 0);
}

void TestBoardView::selectionRegionIsWhatIsInView()
{
    // A card in view, and cards below the fold once the board is short.
    board()->resize(board()->width(), board()->geometry().metrics().headerHeight + 120);
    const int column = int(Status::Todo);
    const QList<qint64> &todo = model()->cards(0, column);
    QVERIFY(todo.size() >= 4);
    const QRect visible = board()->viewport()->rect();
    const QRect first = board()->cardViewportRect(todo.first());
    const QRect last = board()->cardViewportRect(todo.last());
    QVERIFY(visible.intersects(first));
    QVERIFY(!visible.intersects(last));

    QItemSelection inView;
    inView.select(model()->indexOf(todo.first()), model()->indexOf(todo.first()));
    QCOMPARE(board()->visualRegionForSelection(inView), QRegion(first.intersected(visible)));
    QItemSelection below;
    below.select(model()->indexOf(todo.last()), model()->indexOf(todo.last()));
    QVERIFY(board()->visualRegionForSelection(below).isEmpty());
    // A run of cards is one rectangle, from its first card to its last, as far as it shows.
    QItemSelection run;
    run.select(model()->indexOf(todo.first()), model()->indexOf(todo.last()));
    QCOMPARE(board()->visualRegionForSelection(run),
             QRegion(first.united(last).intersected(visible)));
}

void TestBoardView::paintsInDarkPaletteAndAtDoubleScale()
{
    // Cards take the palette: a dark base paints dark cards with light text.
    QPalette dark = board()->palette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    board()->setPalette(dark);
    const QRect card = board()->cardViewportRect(idOf("SEC-001"));
    const QImage image = board()->viewport()->grab().toImage();
    QVERIFY(qGray(image.pixel(card.center().x(), card.bottom() - 3)) < 60);
    int light = 0;
    for (int x = card.left(); x < card.right(); ++x) {
        for (int y = card.top(); y < card.bottom(); ++y)
            light += qGray(image.pixel(x, y)) > 180 ? 1 : 0;
    }
    QVERIFY2(light > 50, "text on the card");

    // At 2x the same card is rendered with twice the pixels (crisp, not scaled up).
    QPixmap pixmap(board()->viewport()->size() * 2);
    pixmap.setDevicePixelRatio(2);
    board()->viewport()->render(&pixmap);
    QCOMPARE(pixmap.toImage().size(), board()->viewport()->size() * 2);
}

QTEST_MAIN(TestBoardView)
#include "tst_boardview.moc"
