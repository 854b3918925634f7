// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "commands/addcomponentcommand.h"
#include "commands/addtaskscommand.h"
#include "commands/deletetaskscommand.h"
#include "commands/importcommand.h"
#include "commands/settaskfieldcommand.h"
#include "database/backupstore.h"
#include "database/projectdatabase.h"
#include "dialogs/addtaskdialog.h"
#include "dialogs/backupdialog.h"
#include "dialogs/componentdialog.h"
#include "dialogs/importdialog.h"
#include "inspector/inspectorpanel.h"
#include "io/importplan.h"
#include "io/importreader.h"
#include "metrics/projectmetrics.h"
#include "project/demoproject.h"
#include "project/project.h"
#include "report/reportactions.h"
#include "shell/exportactions.h"
#include "shell/pageregistry.h"
#include "shell/projectworkspace.h"
#include "table/filterbar.h"
#include "table/tasktableview.h"
#include "tasks/componentmodel.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskmodel.h"
#include "tasks/taskselection.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace Candor {

namespace {

// The platform's own keys, each once: the same key twice on one action makes Qt report an
// ambiguous shortcut and do nothing. Linux users also expect Ctrl+Y to redo whatever the desktop.
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key)
{
    QList<QKeySequence> keys;
    for (const QKeySequence &sequence : QKeySequence::keyBindings(key)) {
        if (!sequence.isEmpty() && !keys.contains(sequence))
            keys.append(sequence);
    }
#ifdef Q_OS_LINUX
    const QKeySequence ctrlY(Qt::CTRL | Qt::Key_Y);
    if (key == QKeySequence::Redo && !keys.contains(ctrlY))
        keys.append(ctrlY);
#endif
    return keys;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_inspectorDock(new QDockWidget(tr("Inspector"), this))
    , m_placeholder(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_readOnly(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcuts(standardKeys(QKeySequence::Undo));
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts(standardKeys(QKeySequence::Redo));

    m_placeholder->setObjectName(QStringLiteral("noProject"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("<h3>No project is open</h3><p>Create one with File ▸ New, open one "
                              "with File ▸ Open, or drop a .candor file here.</p>"));
    setCentralWidget(new QStackedWidget(this));
    static_cast<QStackedWidget *>(centralWidget())->addWidget(m_placeholder);

    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    resizeDocks({m_inspectorDock}, {370}, Qt::Horizontal);

    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_readOnly->setObjectName(QStringLiteral("readOnlyBadge"));
    m_readOnly->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    statusBar()->addPermanentWidget(m_readOnly);
    statusBar()->addPermanentWidget(m_counts);

    // Counts cost a pass over every task: gather all changes of one event-loop turn into one.
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(0);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);

    createActions();
    createMenus();
    updateActions();
    updateTitle();
    resize(1400, 900);
}

MainWindow::~MainWindow()
{
    // Views hold pointers into the project: take them down first.
    delete m_workspace;
    delete m_inspector;
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // The view a person left is the one they come back to.
    if (QAction *action =
            m_pageActions.value(settings.value(QStringLiteral("window/view")).toString()))
        action->setChecked(true);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (QAction *checked = m_viewGroup->checkedAction())
        settings.setValue(QStringLiteral("window/view"), checked->data().toString());
    event->accept();
}

void MainWindow::setProject(std::unique_ptr<Project> project)
{
    auto *stack = static_cast<QStackedWidget *>(centralWidget());
    delete m_workspace;
    m_workspace = nullptr;
    delete m_inspector;
    m_inspector = nullptr;
    m_project = std::move(project);
    m_reportActions->setProject(m_project.get());
    m_exportActions->setProject(m_project.get());
    if (m_project) {
        m_undoGroup->addStack(m_project->undoStack());
        m_undoGroup->setActiveStack(m_project->undoStack());
        m_workspace = new ProjectWorkspace(m_project.get(), stack);
        stack->addWidget(m_workspace);
        stack->setCurrentWidget(m_workspace);
        m_inspector = new InspectorPanel(m_project.get(), m_inspectorDock);
        m_inspector->setScheduleWatcher(m_workspace->scheduleWatcher());
        m_inspectorDock->setWidget(m_inspector);
        connect(m_workspace->selection(), &TaskSelection::changed, m_inspector,
                [this](const QList<qint64> &, qint64 current) { m_inspector->setTaskId(current); });
        connect(m_workspace, &ProjectWorkspace::message, this, &MainWindow::showMessage);
        connect(m_workspace, &ProjectWorkspace::contextMenuWanted, this,
                &MainWindow::showContextMenu);
        connect(m_workspace, &ProjectWorkspace::inspectorWanted, this, [this]() {
            m_inspectorDock->show();
            m_inspectorDock->raise();
        });
        connect(m_workspace, &ProjectWorkspace::currentPageChanged, this,
                &MainWindow::showPageActions);
        if (QAction *checked = m_viewGroup->checkedAction())
            m_workspace->setCurrentPage(checked->data().toString());
        showPageActions(m_workspace->currentPage());
        connect(m_workspace->selection(), &TaskSelection::changed, this,
                &MainWindow::updateActions);
        connect(m_project.get(), &Project::writeFailed, this, [this](const QString &message) {
            showMessage(message);
            if (m_interactive)
                QMessageBox::warning(this, tr("Change Not Saved"), message);
        });
        connect(m_project.get(), &Project::tasksChanged, &m_statusTimer,
                qOverload<>(&QTimer::start));
        connect(m_project.get(), &Project::loadFinished, this, [this](const QString &error) {
            if (!error.isEmpty()) {
                showMessage(error);
                if (m_interactive)
                    QMessageBox::warning(this, tr("Project Not Fully Read"), error);
            }
        });
        connect(m_workspace->filterModel(), &QAbstractItemModel::rowsInserted, &m_statusTimer,
                qOverload<>(&QTimer::start));
        connect(m_workspace->filterModel(), &QAbstractItemModel::rowsRemoved, &m_statusTimer,
                qOverload<>(&QTimer::start));
        connect(m_workspace->filterModel(), &QAbstractItemModel::modelReset, &m_statusTimer,
                qOverload<>(&QTimer::start));
        connect(m_workspace->filterModel(), &QAbstractItemModel::layoutChanged, &m_statusTimer,
                qOverload<>(&QTimer::start));
        m_workspace->table()->setFocus();
    } else {
        stack->setCurrentWidget(m_placeholder);
    }
    updateTitle();
    updateStatus();
    updateActions();
}

void MainWindow::updateTitle()
{
    if (!m_project) {
        setWindowTitle(tr("Candor"));
        return;
    }
    const QString file = QFileInfo(m_project->path()).fileName();
    setWindowTitle(m_project->isReadOnly()
                       ? tr("%1 — %2 [read-only] — Candor").arg(m_project->name(), file)
                       : tr("%1 — %2 — Candor").arg(m_project->name(), file));
}

QString MainWindow::statusText() const
{
    return m_counts->text();
}

void MainWindow::updateStatus()
{
    // Only a file that cannot be written gets the badge; one opened just to be looked at (a
    // screenshot) is read-only by choice, and says so in the title alone.
    const QString why = m_project ? m_project->database().readOnlyReason() : QString();
    m_readOnly->setText(why.isEmpty() ? QString()
                                      : tr("Read-only (%1): changes cannot be saved").arg(why));
    m_readOnly->setToolTip(m_readOnly->text());
    m_readOnly->setVisible(!why.isEmpty());
    if (!m_project) {
        m_counts->clear();
        m_counts->setToolTip(QString());
        return;
    }
    if (m_project->isLoading()) {
        m_counts->setText(tr("Loading tasks… %L1 of %L2")
                              .arg(m_project->tasks()->rowCount())
                              .arg(m_project->expectedTaskCount()));
        return;
    }
    const CompletionFigures figures = ProjectMetrics::overall(*m_project);
    const int shown = m_workspace ? m_workspace->filterModel()->rowCount() : figures.tasks;
    // "Blocked" is a status someone sets (the board's column); waiting on dependencies is what
    // the graph shows. The two are counted and named apart, and the tooltip says which is which.
    QString text = tr("%Ln task(s) · %L1 done · %L2 Blocked · %L3 waiting on dependencies · "
                      "claimed %4% vs verified %5%",
                      nullptr, figures.tasks)
                       .arg(figures.done)
                       .arg(figures.statusBlocked)
                       .arg(figures.waiting)
                       .arg(qRound(figures.claimedPercent))
                       .arg(qRound(figures.verifiedPercent));
    if (shown != figures.tasks)
        text = tr("showing %L1 of %2").arg(shown).arg(text);
    m_counts->setText(text);
    m_counts->setToolTip(
        tr("Blocked: %Ln unfinished task(s) with the status Blocked, set by someone (the "
           "board's Blocked column).",
           nullptr, figures.statusBlocked) +
        QLatin1Char('\n') +
        tr("Waiting on dependencies: %Ln unfinished task(s) that depend on a task not done yet, "
           "whatever their status.",
           nullptr, figures.waiting));
}

void MainWindow::setInteractive(bool interactive)
{
    m_interactive = interactive;
    m_reportActions->setInteractive(interactive);
    m_exportActions->setInteractive(interactive);
}

void MainWindow::updateActions()
{
    const bool open = m_project != nullptr;
    const bool writable = open && !m_project->isReadOnly();
    const bool selected =
        writable && m_workspace && !m_workspace->selection()->selected().isEmpty();
    m_saveAsAction->setEnabled(open);
    m_restoreAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_addTaskAction->setEnabled(writable);
    m_importAction->setEnabled(writable);
    m_addComponentAction->setEnabled(writable);
    // Open read-only, the editors still show the lists (their fields disabled).
    m_componentsAction->setEnabled(open);
    m_milestonesAction->setEnabled(open);
    m_deleteAction->setEnabled(selected);
    m_statusMenu->setEnabled(selected);
    m_priorityMenu->setEnabled(selected);
    m_findAction->setEnabled(open);
    m_clearFilterAction->setEnabled(open);
    m_viewGroup->setEnabled(open);
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::addTask()
{
    if (!m_project || m_project->isReadOnly())
        return;
    qint64 component = 0;
    if (const Task *current = m_project->tasks()->task(m_workspace->selection()->current()))
        component = current->componentId;
    AddTaskDialog dialog(m_project.get(), component, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    TaskRecord record;
    record.task = dialog.task();
    auto *command = new AddTasksCommand(m_project.get(), {record});
    m_project->undoStack()->push(command);
    if (const QList<qint64> ids = command->taskIds(); !ids.isEmpty() && ids.first() != 0) {
        m_workspace->selection()->select(ids, ids.first());
        m_workspace->table()->selectTask(ids.first());
    }
}

void MainWindow::addComponent()
{
    if (!m_project || m_project->isReadOnly())
        return;
    ComponentDialog dialog(m_project.get(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_project->undoStack()->push(new AddComponentCommand(m_project.get(), dialog.component()));
}

void MainWindow::deleteSelectedTasks()
{
    if (!m_project || !m_workspace || m_project->isReadOnly())
        return;
    const QList<qint64> ids = m_workspace->selection()->selected();
    if (ids.isEmpty())
        return;
    const TaskModel *tasks = m_project->tasks();
    // Name what will lose a dependency, so nobody deletes a task others wait on by accident.
    QStringList dependents;
    for (qint64 id : ids) {
        for (qint64 dependent : m_project->dependencies().dependentsOf(id)) {
            if (!ids.contains(dependent))
                dependents << tr("%1 depends on %2").arg(tasks->keyOf(dependent), tasks->keyOf(id));
        }
    }
    if (m_interactive) {
        QMessageBox box(QMessageBox::Question, tr("Delete Tasks"),
                        ids.size() == 1
                            ? tr("Delete %1 “%2”?")
                                  .arg(tasks->keyOf(ids.first()), tasks->task(ids.first())->title)
                            : tr("Delete %Ln task(s)?", nullptr, int(ids.size())),
                        QMessageBox::Cancel, this);
        box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        // Return on a box that deletes should not delete.
        box.setDefaultButton(QMessageBox::Cancel);
        if (!dependents.isEmpty()) {
            box.setInformativeText(tr("%Ln other task(s) depend on what you delete; those "
                                      "dependencies will be removed too. Undo brings them back.",
                                      nullptr, int(dependents.size())));
            box.setDetailedText(dependents.join(QLatin1Char('\n')));
        } else {
            box.setInformativeText(tr("Undo brings them back."));
        }
        box.exec();
        if (box.buttonRole(box.clickedButton()) != QMessageBox::DestructiveRole)
            return;
    }
    m_project->undoStack()->push(new DeleteTasksCommand(m_project.get(), ids));
}

void MainWindow::setSelectedField(int field, const QVariant &value)
{
    if (!m_project || !m_workspace || m_project->isReadOnly())
        return;
    const QList<qint64> ids = m_workspace->selection()->selected();
    if (ids.isEmpty())
        return;
    QVariantList values;
    for (qsizetype i = 0; i < ids.size(); ++i)
        values.append(value);
    m_project->undoStack()->push(
        new SetTaskFieldCommand(m_project.get(), static_cast<TaskField>(field), ids, values));
}

void MainWindow::showContextMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(m_addTaskAction);
    menu.addSeparator();
    menu.addMenu(m_statusMenu);
    menu.addMenu(m_priorityMenu);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(globalPos);
}

} // namespace Candor
