// SPDX-License-Identifier: MIT
// MainWindow: the project file: open, create, save as, restore, recent files, drops, import.
#include "commands/addcomponentcommand.h"
#include "commands/addtaskscommand.h"
#include "commands/changecommand.h"
#include "commands/deletetaskscommand.h"
#include "commands/importcommand.h"
#include "commands/settaskfieldcommand.h"
#include "database/backupstore.h"
#include "database/projectdatabase.h"
#include "dialogs/addtaskdialog.h"
#include "dialogs/backupdialog.h"
#include "dialogs/componentdialog.h"
#include "dialogs/importdialog.h"
#include "importflow.h"
#include "inspector/inspectorpanel.h"
#include "io/importplan.h"
#include "io/importreader.h"
#include "mainwindow.h"
#include "metrics/projectmetrics.h"
#include "project/demoproject.h"
#include "project/project.h"
#include "project/storedvaluecheck.h"
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
#include <QPushButton>
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

// The project a start without a file on the command line reopens.
const QString lastProjectKey = QStringLiteral("lastProject");

QString fileFilter()
{
    return MainWindow::tr("Candor projects (*.candor)");
}

} // namespace

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

bool MainWindow::openDefaultProject()
{
    return openWithDemo(defaultProjectPath());
}

bool MainWindow::openDemoProject()
{
    return openWithDemo(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                            .filePath(QStringLiteral("Demo.candor")));
}

bool MainWindow::openWithDemo(const QString &path)
{
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

bool MainWindow::openLastProject()
{
    const QString last = QSettings().value(lastProjectKey).toString();
    // By path: QFileInfo finds two missing files equal.
    if (last.isEmpty() || last == QFileInfo(defaultProjectPath()).absoluteFilePath())
        return openDefaultProject();
    const bool exists = QFileInfo::exists(last);
    if (exists && openProject(last))
        return true;
    const bool opened = openDefaultProject();
    const QString shown = QDir::toNativeSeparators(last);
    showMessage(exists
                    ? tr("%1 could not be opened; the default project is open instead.").arg(shown)
                    : tr("%1 no longer exists; the default project is open instead.").arg(shown));
    return opened;
}

bool MainWindow::openAtStart(const QString &file)
{
    if (file.isEmpty())
        return openLastProject();
    return openProject(QFileInfo(file).absoluteFilePath());
}

bool MainWindow::openProject(const QString &path, bool createIfMissing)
{
    OpenOptions options;
    options.createIfMissing = createIfMissing;
    options.backupDir = BackupStore(backupRoot()).folderFor(path);
    return openWith(path, options);
}

bool MainWindow::viewProject(const QString &path)
{
    OpenOptions options;
    options.readOnly = true;
    options.takeLock = false;
    return openWith(path, options);
}

bool MainWindow::openWith(const QString &path, const OpenOptions &options)
{
    const BackupStore backups(backupRoot());
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
    // A project opened only to be looked at (a screenshot) is not the one to come back to.
    if (options.takeLock)
        QSettings().setValue(lastProjectKey, QFileInfo(path).absoluteFilePath());
    if (const QString why = m_project->database().readOnlyReason(); !why.isEmpty())
        showMessage(tr("%1 is open read-only: %2. Changes cannot be saved.")
                        .arg(QDir::toNativeSeparators(m_project->path()), why));
    checkStoredValues();
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

void MainWindow::checkStoredValues()
{
    if (m_project->isLoading()) {
        // A repair writes to tasks by id: wait until every one is in the models.
        connect(
            m_project.get(), &Project::loadFinished, this, [this]() { checkStoredValues(); },
            Qt::SingleShotConnection);
        return;
    }
    bool ok = false;
    const QList<DamagedValue> damaged =
        StoredValueCheck::find(m_project->database().connection(), &ok);
    if (!ok || damaged.isEmpty())
        return;
    const QString summary =
        tr("%n value(s) of this project are outside its rules (written by another tool, or "
           "damaged). Candor shows each as it is read.",
           nullptr, int(damaged.size()));
    showMessage(summary);
    if (!m_interactive)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Values Outside the Rules"), summary,
                    QMessageBox::NoButton, this);
    box.setDetailedText(StoredValueCheck::describe(damaged).join(QLatin1Char('\n')));
    if (m_project->isReadOnly()) {
        box.setInformativeText(tr("The project is read-only, so they cannot be repaired here. "
                                  "Copy it to a folder you can write to, and open the copy."));
        box.addButton(QMessageBox::Ok);
        box.exec();
        return;
    }
    box.setInformativeText(tr("Repair stores each value as it is shown (see Show Details), "
                              "in one step that Edit ▸ Undo takes back."));
    QAbstractButton *repair = box.addButton(tr("Repair"), QMessageBox::AcceptRole);
    box.addButton(tr("Leave As It Is"), QMessageBox::RejectRole);
    box.setDefaultButton(qobject_cast<QPushButton *>(repair));
    box.exec();
    if (box.clickedButton() == repair) {
        m_project->undoStack()->push(new ChangeCommand(m_project.get(),
                                                       StoredValueCheck::repair(damaged),
                                                       tr("Repair Values Outside the Rules")));
    }
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
        // Only the number is a mnemonic: an & in a path is shown as itself.
        QString shown = QDir::toNativeSeparators(file);
        shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(++number).arg(shown));
        action->setEnabled(QFileInfo::exists(file));
        connect(action, &QAction::triggered, this, [this, file]() { openProject(file); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::newProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"),
                                                PreferencesDialog::projectFolder(), fileFilter());
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
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), PreferencesDialog::projectFolder(), fileFilter());
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::saveProjectAs()
{
    if (!m_project)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"),
                                                PreferencesDialog::projectFolder(), fileFilter());
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
        tr("Trackers (*.md *.markdown *.txt *.csv *.json *.dot *.gv *.mmd);;"
           "Markdown (*.md *.markdown *.txt);;CSV (*.csv);;Taskwarrior JSON (*.json);;"
           "Dependency graphs (*.dot *.gv *.mmd)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

bool MainWindow::importFiles(const QStringList &paths)
{
    if (!m_project || m_project->isReadOnly()) {
        showMessage(tr("Open a project you can write to before importing."));
        return false;
    }
    ImportFlow flow(*m_project);
    const ImportPlan &plan = flow.read(paths);
    if (m_interactive) {
        ImportDialog dialog(*m_project, plan, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    const ImportFlow::Outcome outcome = flow.apply();
    if (outcome.result != ImportFlow::Outcome::Result::Failed) // that one was reported already
        showMessage(outcome.message);
    if (outcome.firstCreated != 0)
        m_workspace->selection()->select({outcome.firstCreated}, outcome.firstCreated);
    return outcome.imported();
}

} // namespace Candor
