// SPDX-License-Identifier: MIT
// MainWindow: its actions and menus, the page switches from the PageRegistry among them.
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
#include "dialogs/componenteditor.h"
#include "dialogs/importdialog.h"
#include "dialogs/milestoneeditor.h"
#include "help/aboutdialog.h"
#include "help/gettingstarted.h"
#include "help/shortcutsdialog.h"
#include "inspector/inspectorpanel.h"
#include "io/importplan.h"
#include "io/importreader.h"
#include "mainwindow.h"
#include "metrics/projectmetrics.h"
#include "project/demoproject.h"
#include "project/project.h"
#include "report/reportactions.h"
#include "shell/exportactions.h"
#include "shell/pageregistry.h"
#include "shell/preferencesdialog.h"
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

// A toolbar stand-in for Undo or Redo: the menu action's text names the step ("Undo Move SEC-001
// to Done") and changes with every edit, which would resize the button and move its neighbour
// under the mouse. The button keeps a short fixed text; the step goes into its tooltip.
QAction *toolBarProxy(QAction *action, const QString &text, QObject *parent)
{
    auto *proxy = new QAction(text, parent);
    proxy->setObjectName(action->objectName() + QStringLiteral("ToolBar"));
    const auto follow = [action, proxy]() {
        proxy->setEnabled(action->isEnabled());
        proxy->setToolTip(action->iconText());
    };
    QObject::connect(action, &QAction::changed, proxy, follow);
    QObject::connect(proxy, &QAction::triggered, action, &QAction::trigger);
    follow();
    return proxy;
}

} // namespace

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
    m_reportActions = new ReportActions(this);
    connect(m_reportActions, &ReportActions::message, this, &MainWindow::showMessage);
    addActions(m_reportActions->actions());
    m_exportActions = new ExportActions(this);
    connect(m_exportActions, &ExportActions::message, this, &MainWindow::showMessage);
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
    file->addActions(m_reportActions->actions());
    file->addMenu(m_exportActions->menu());
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
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("Pr&eferences…"), this, [this]() {
        PreferencesDialog dialog(this);
        dialog.exec();
    });
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    // The platform's key where it has one (Cmd+, on macOS), else Ctrl+, as most desktops use.
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferenceKeys.isEmpty())
        preferenceKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setShortcuts(preferenceKeys);
    preferences->setMenuRole(QAction::PreferencesRole); // the application menu on macOS

    QMenu *projectMenu = menuBar()->addMenu(tr("Pro&ject"));
    m_componentsAction = projectMenu->addAction(tr("&Components…"), this, [this]() {
        ComponentEditor editor(m_project.get(), this);
        editor.exec();
    });
    m_componentsAction->setObjectName(QStringLiteral("componentsAction"));
    m_milestonesAction = projectMenu->addAction(tr("&Milestones…"), this, [this]() {
        MilestoneEditor editor(m_project.get(), this);
        editor.exec();
    });
    m_milestonesAction->setObjectName(QStringLiteral("milestonesAction"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *view = m_viewMenu;
    view->addActions(m_viewGroup->actions());
    view->addSeparator();
    QAction *inspectorToggle = m_inspectorDock->toggleViewAction();
    inspectorToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    view->addAction(inspectorToggle);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Getting Started"), this, &MainWindow::showGettingStarted);
    QAction *shortcuts =
        help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    // "?" as in many web and desktop apps, and the platform's help key (F1).
    shortcuts->setShortcuts({QKeySequence(Qt::Key_Question), QKeySequence::HelpContents});
    addAction(shortcuts);
    help->addSeparator();
    help->addAction(tr("&About Candor"), this, [this]() {
        AboutDialog about(this);
        about.exec();
    });

    auto *views = addToolBar(tr("Views"));
    views->setObjectName(QStringLiteral("viewToolBar"));
    views->setMovable(false);
    views->setToolButtonStyle(Qt::ToolButtonTextOnly);
    views->addActions(m_viewGroup->actions());
    views->addSeparator();
    views->addAction(m_addTaskAction);
    views->addAction(toolBarProxy(m_undoAction, tr("Undo"), views));
    views->addAction(toolBarProxy(m_redoAction, tr("Redo"), views));
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

void MainWindow::showShortcuts()
{
    QList<ShortcutsDialog::Group> groups;
    for (QAction *menuAction : menuBar()->actions()) {
        if (QMenu *menu = menuAction->menu()) {
            QList<QAction *> actions;
            for (QAction *action : menu->actions()) {
                if (action->menu())
                    actions += action->menu()->actions();
                else
                    actions.append(action);
            }
            QString title = menu->title();
            title.remove(QLatin1Char('&'));
            groups.append({title, actions});
        }
    }
    ShortcutsDialog dialog(groups, this);
    dialog.exec();
}

void MainWindow::showGettingStarted()
{
    GettingStarted dialog(this);
    connect(&dialog, &GettingStarted::demoWanted, this, &MainWindow::openDemoProject);
    connect(&dialog, &GettingStarted::importWanted, this, &MainWindow::importDialog);
    dialog.exec();
}

} // namespace Candor
