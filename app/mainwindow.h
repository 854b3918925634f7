// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QMainWindow>
#include <QTimer>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QUndoGroup;

namespace Candor {

class InspectorPanel;
class Project;
class ProjectWorkspace;
class ExportActions;
class ReportActions;
struct OpenError;
struct OpenOptions;

// The shell: menus and shortcuts, the view switcher, the inspector dock and the status bar,
// around the ProjectWorkspace of the open project. It wires; the work is done in models/ and
// views/.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project file; on failure explains why in a dialog (when interactive) and keeps
    // the current project. Returns whether the file is now open.
    bool openProject(const QString &path, bool createIfMissing = false);
    // Opens a project only to look at it (`candor screenshot`): read-only and without its lock,
    // so that it opens while another Candor writes to it.
    bool viewProject(const QString &path);
    // Opens the default project in the app-data folder, creating it with demo content first.
    bool openDefaultProject();
    // Opens the project last opened, when it still opens; the default project otherwise, saying
    // why in the status bar.
    bool openLastProject();
    // What a start opens: the file given on the command line when there is one (it wins), else
    // the last project.
    bool openAtStart(const QString &file);
    // Help ▸ Getting Started: Demo.candor in the app-data folder, filled with the demo when new.
    bool openDemoProject();
    // Reads tracker files, shows what importing them would do (when interactive) and imports
    // them as one undoable step. Returns whether anything was imported.
    bool importFiles(const QStringList &paths);
    void setInteractive(bool interactive);
    void restoreSettings();

    Project *project() const { return m_project.get(); }
    ProjectWorkspace *workspace() const { return m_workspace; }
    InspectorPanel *inspector() const { return m_inspector; }
    ReportActions *reportActions() const { return m_reportActions; }
    ExportActions *exportActions() const { return m_exportActions; }
    QString lastError() const { return m_lastError; }
    QString statusText() const;

    static QString defaultProjectPath();
    static QString backupRoot();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void setProject(std::unique_ptr<Project> project);
    bool openWith(const QString &path, const OpenOptions &options);
    bool openWithDemo(const QString &path); // opens path, creating it with the demo if missing
    void showShortcuts();
    void showGettingStarted();
    void showOpenError(const OpenError &error);
    // Offers to repair task values outside the project's rules, once every task is loaded.
    void checkStoredValues();
    void updateTitle();
    void updateStatus();
    void updateActions();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void showMessage(const QString &text);
    void showPageActions(const QString &name);

    void newProject();
    void openProjectDialog();
    void importDialog();
    void saveProjectAs();
    void restoreFromBackup();
    void closeProject();
    void addTask();
    void addComponent();
    void deleteSelectedTasks();
    void showContextMenu(const QPoint &globalPos);
    void setSelectedField(int field, const QVariant &value);

    std::unique_ptr<Project> m_project;
    ProjectWorkspace *m_workspace = nullptr;
    InspectorPanel *m_inspector = nullptr;
    QUndoGroup *m_undoGroup;
    QDockWidget *m_inspectorDock;
    QLabel *m_placeholder;
    QLabel *m_counts;
    QLabel *m_readOnly;
    QTimer m_statusTimer;
    bool m_interactive = true;
    QString m_lastError;

    QMenu *m_recentMenu = nullptr;
    QMenu *m_statusMenu = nullptr;
    QMenu *m_priorityMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_componentsAction = nullptr; // Project ▸ Components…
    QAction *m_milestonesAction = nullptr; // Project ▸ Milestones…
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addTaskAction = nullptr;
    QAction *m_addComponentAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearFilterAction = nullptr;
    ReportActions *m_reportActions = nullptr; // File ▸ Print, Print Preview, Export PDF
    ExportActions *m_exportActions = nullptr; // File ▸ Export Project
    QActionGroup *m_viewGroup = nullptr;
    QHash<QString, QAction *> m_pageActions; // by page name
    QMenu *m_viewMenu = nullptr;
    QList<QAction *> m_pageMenuActions; // the current page's, shown in the View menu
};

} // namespace Candor
