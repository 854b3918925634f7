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
constexpr int maxRecentFiles = 8;
} // namespace

static QString fileFilter()
{
    return MainWindow::tr("Candor projects (*.candor)");
}

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
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});

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

QString MainWindow::defaultProjectPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("Default.candor"));
}

QString MainWindow::backupRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_newAction = make(tr("&New Project…"), QKeySequence::New, &MainWindow::newProject);
    m_openAction = make(tr("&Open…"), QKeySequence::Open, &MainWindow::openProjectDialog);
    m_importAction = make(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                          &MainWindow::importDialog);
    m_saveAsAction = make(tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                          &MainWindow::saveProjectAs);
    m_restoreAction =
        make(tr("&Restore from Backup…"), QKeySequence(), &MainWindow::restoreFromBackup);
    m_closeAction = make(tr("&Close Project"), QKeySequence::Close, &MainWindow::closeProject);
    m_quitAction = make(tr("&Quit"), QKeySequence::Quit, &QWidget::close);
    m_addTaskAction =
        make(tr("&Add Task…"), QKeySequence(Qt::CTRL | Qt::Key_T), &MainWindow::addTask);
    m_addComponentAction = make(tr("Add &Component…"), QKeySequence(), &MainWindow::addComponent);
    m_deleteAction =
        make(tr("&Delete Tasks…"), QKeySequence::Delete, &MainWindow::deleteSelectedTasks);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_findAction = make(tr("&Filter…"), QKeySequence::Find, [this]() {
        if (m_workspace)
            m_workspace->filterBar()->focusText();
    });
    m_clearFilterAction =
        make(tr("C&lear Filters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this]() {
            if (m_workspace)
                m_workspace->filterBar()->clear();
        });

    // One action per registered page; a new page needs no change here.
    m_viewGroup = new QActionGroup(this);
    for (const PageType &type : PageRegistry::instance().pages()) {
        const QString name = type.name;
        QAction *action = make(QCoreApplication::translate("Candor::PageRegistry", type.title),
                               type.shortcut, [this, name]() {
                                   if (m_workspace)
                                       m_workspace->setCurrentPage(name);
                               });
        action->setCheckable(true);
        action->setData(name);
        m_viewGroup->addAction(action);
        m_pageActions.insert(name, action);
    }
    m_pageActions.value(ProjectWorkspace::tablePage)->setChecked(true);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(m_saveAsAction);
    file->addAction(m_restoreAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);
    rebuildRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_addTaskAction);
    edit->addAction(m_deleteAction);
    m_statusMenu = edit->addMenu(tr("Set &Status"));
    for (int i = 0; i < StatusCount; ++i) {
        QAction *action = m_statusMenu->addAction(TaskEnums::label(static_cast<Status>(i)));
        action->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this,
                [this, i]() { setSelectedField(int(TaskField::Status), i); });
    }
    m_priorityMenu = edit->addMenu(tr("Set &Priority"));
    for (int i = 0; i < PriorityCount; ++i) {
        QAction *action = m_priorityMenu->addAction(TaskEnums::label(static_cast<Priority>(i)));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | static_cast<Qt::Key>(Qt::Key_0 + i)));
        connect(action, &QAction::triggered, this,
                [this, i]() { setSelectedField(int(TaskField::Priority), i); });
    }
    edit->addSeparator();
    edit->addAction(m_addComponentAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_clearFilterAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *view = m_viewMenu;
    view->addActions(m_viewGroup->actions());
    view->addSeparator();
    QAction *inspectorToggle = m_inspectorDock->toggleViewAction();
    inspectorToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    view->addAction(inspectorToggle);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Candor"), this, [this]() {
        QMessageBox::about(this, tr("About Candor"),
                           tr("<h3>Candor %1</h3><p>A tracker for a project's road to production: "
                              "what is claimed done, and what is verified.</p>")
                               .arg(QStringLiteral(CANDOR_VERSION)));
    });

    auto *views = addToolBar(tr("Views"));
    views->setObjectName(QStringLiteral("viewToolBar"));
    views->setMovable(false);
    views->setToolButtonStyle(Qt::ToolButtonTextOnly);
    views->addActions(m_viewGroup->actions());
    views->addSeparator();
    views->addAction(m_addTaskAction);
    views->addAction(m_undoAction);
    views->addAction(m_redoAction);
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

bool MainWindow::openDefaultProject()
{
    const QString path = defaultProjectPath();
    const bool fresh = !QFileInfo::exists(path);
    if (!openProject(path, true))
        return false;
    if (fresh && m_project->tasks()->rowCount() == 0) {
        if (const WriteResult populated = DemoProject::populate(*m_project); !populated) {
            qWarning("Candor: cannot write the demo project: %s", qPrintable(populated.error()));
            showMessage(populated.error());
        }
    }
    return true;
}

bool MainWindow::openProject(const QString &path, bool createIfMissing)
{
    OpenOptions options;
    options.createIfMissing = createIfMissing;
    const BackupStore backups(backupRoot());
    options.backupDir = backups.folderFor(path);
    // Close our own handle first when reopening the same file (e.g. after a restore).
    if (m_project && QFileInfo(m_project->path()) == QFileInfo(path))
        setProject(nullptr);
    OpenError error;
    // The window paints the first page of a large project at once; the rest streams in.
    std::unique_ptr<Project> project =
        Project::open(path, options, &error,
                      m_interactive ? Project::LoadMode::Progressive : Project::LoadMode::Complete);
    if (!project) {
        showOpenError(error);
        return false;
    }
    if (project->database().wasCreated())
        (void)project->setName(QFileInfo(path).completeBaseName());
    setProject(std::move(project));
    addRecentFile(path);
    // The daily backup waits until the window has painted.
    if (!m_project->isReadOnly()) {
        QTimer::singleShot(0, this, [this, backups]() {
            QString problem;
            if (m_project && !backups.backupIfDue(m_project->database(), &problem) &&
                !problem.isEmpty())
                showMessage(tr("Backup failed: %1").arg(problem));
        });
    }
    return true;
}

void MainWindow::showOpenError(const OpenError &error)
{
    m_lastError = error.message;
    if (!m_interactive)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Cannot Open Project"), error.message, QMessageBox::Ok,
                    this);
    box.setInformativeText(error.hint);
    box.exec();
}

void MainWindow::setProject(std::unique_ptr<Project> project)
{
    auto *stack = static_cast<QStackedWidget *>(centralWidget());
    delete m_workspace;
    m_workspace = nullptr;
    delete m_inspector;
    m_inspector = nullptr;
    m_project = std::move(project);
    if (m_project) {
        m_undoGroup->addStack(m_project->undoStack());
        m_undoGroup->setActiveStack(m_project->undoStack());
        m_workspace = new ProjectWorkspace(m_project.get(), stack);
        stack->addWidget(m_workspace);
        stack->setCurrentWidget(m_workspace);
        m_inspector = new InspectorPanel(m_project.get(), m_inspectorDock);
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

void MainWindow::showPageActions(const QString &name)
{
    if (QAction *action = m_pageActions.value(name))
        action->setChecked(true);
    // The current page's own actions follow the page switches in the View menu.
    for (QAction *action : std::as_const(m_pageMenuActions))
        m_viewMenu->removeAction(action);
    m_pageMenuActions.clear();
    if (QWidget *page = m_workspace ? m_workspace->page(name) : nullptr) {
        // [pages] [separator, the page's actions] [separator, the inspector]
        QAction *before = m_viewMenu->actions().value(int(m_viewGroup->actions().size()));
        if (!page->actions().isEmpty())
            m_pageMenuActions.append(m_viewMenu->insertSeparator(before));
        for (QAction *action : page->actions()) {
            m_viewMenu->insertAction(before, action);
            m_pageMenuActions.append(action);
        }
    }
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
    m_readOnly->setText(m_project && m_project->isReadOnly()
                            ? tr("Read-only: changes cannot be saved")
                            : QString());
    m_readOnly->setVisible(m_project && m_project->isReadOnly());
    if (!m_project) {
        m_counts->clear();
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
    QString text = tr("%L1 tasks · %L2 done · %L3 blocked · claimed %4% vs verified %5%")
                       .arg(figures.tasks)
                       .arg(figures.done)
                       .arg(figures.blocked)
                       .arg(qRound(figures.claimedPercent))
                       .arg(qRound(figures.verifiedPercent));
    if (shown != figures.tasks)
        text = tr("showing %L1 of %2").arg(shown).arg(text);
    m_counts->setText(text);
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

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    int number = 0;
    for (const QString &file : files) {
        QAction *action =
            m_recentMenu->addAction(tr("&%1 %2").arg(++number).arg(QDir::toNativeSeparators(file)));
        action->setEnabled(QFileInfo::exists(file));
        connect(action, &QAction::triggered, this, [this, file]() { openProject(file); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::newProject()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("New Project"), QDir::homePath(), fileFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".candor")))
        path += QStringLiteral(".candor");
    if (QFileInfo::exists(path)) {
        showOpenError({OpenError::Kind::Io, tr("%1 already exists.").arg(path),
                       tr("Open it with File ▸ Open, or choose another name."), 0, 0});
        return;
    }
    openProject(path, true);
}

void MainWindow::openProjectDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Project"), QDir::homePath(), fileFilter());
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::saveProjectAs()
{
    if (!m_project)
        return;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Project As"), QDir::homePath(), fileFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".candor")))
        path += QStringLiteral(".candor");
    if (QFileInfo(path) == QFileInfo(m_project->path()))
        return;
    QFile::remove(path); // the dialog asked before overwriting
    if (const WriteResult copied = m_project->database().copyTo(path); !copied) {
        QMessageBox::warning(this, tr("Cannot Save Project"), copied.error());
        return;
    }
    openProject(path);
}

void MainWindow::restoreFromBackup()
{
    if (!m_project)
        return;
    const BackupStore backups(backupRoot());
    BackupDialog dialog(backups.list(m_project->path()), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenPath().isEmpty())
        return;
    const QString path = m_project->path();
    const QString chosen = dialog.chosenPath();
    // A copy of the current state first: restoring it undoes this restore.
    if (!m_project->isReadOnly()) {
        if (const WriteResult saved =
                backups.backup(m_project->database(), QStringLiteral("before-restore"));
            !saved) {
            QMessageBox::warning(this, tr("Cannot Restore"), saved.error());
            return;
        }
    }
    setProject(nullptr);
    if (const WriteResult restored = BackupStore::restoreFile(chosen, path); !restored)
        QMessageBox::warning(this, tr("Cannot Restore"), restored.error());
    if (openProject(path))
        showMessage(
            tr("Restored the backup. To undo, restore the copy marked “before a restore”."));
}

void MainWindow::closeProject()
{
    setProject(nullptr);
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
                            : tr("Delete %n task(s)?", nullptr, int(ids.size())),
                        QMessageBox::Cancel, this);
        box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        if (!dependents.isEmpty()) {
            box.setInformativeText(tr("%n other task(s) depend on what you delete; those "
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

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList imports;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (path.endsWith(QLatin1String(".candor"))) {
            event->acceptProposedAction();
            openProject(path);
            return;
        }
        if (ImportReader::canRead(path))
            imports << path;
    }
    if (imports.isEmpty()) {
        showMessage(tr("Drop a .candor project to open it, or Markdown, CSV or Taskwarrior "
                       "files to import them."));
        return;
    }
    event->acceptProposedAction();
    // Import after the drop has finished, so that the source application is not kept waiting
    // while the preview is open.
    QTimer::singleShot(0, this, [this, imports]() { importFiles(imports); });
}

void MainWindow::importDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Trackers"), QDir::homePath(),
        tr("Trackers (*.md *.markdown *.txt *.csv *.json);;Markdown (*.md *.markdown *.txt);;"
           "CSV (*.csv);;Taskwarrior JSON (*.json)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

bool MainWindow::importFiles(const QStringList &paths)
{
    if (!m_project || m_project->isReadOnly()) {
        showMessage(tr("Open a project you can write to before importing."));
        return false;
    }
    const ImportBatch batch = ImportReader::readFiles(paths);
    const ImportPlan plan = ImportPlanner::plan(*m_project, batch);
    if (m_interactive) {
        ImportDialog dialog(*m_project, plan, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    if (plan.changesNothing()) {
        showMessage(tr("Nothing to import: %1").arg(plan.summary()));
        return false;
    }
    const int before = m_project->undoStack()->index();
    m_project->undoStack()->push(new ImportCommand(m_project.get(), plan));
    if (m_project->undoStack()->index() == before)
        return false; // failed, rolled back and reported
    showMessage(tr("Imported %1: %2").arg(plan.source, plan.summary()));
    if (!plan.created.isEmpty()) {
        const qint64 first = m_project->tasks()->idForKey(plan.created.first().key);
        m_workspace->selection()->select({first}, first);
    }
    return true;
}

} // namespace Candor
