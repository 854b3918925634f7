// SPDX-License-Identifier: MIT
#include "exportactions.h"

#include "io/export/projectexport.h"
#include "project/project.h"
#include "tasks/taskmodel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>

namespace Candor {

ExportActions::ExportActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(tr("E&xport Project"), window))
{
    bool graphs = false;
    for (const ProjectExport::Format &format : ProjectExport::formats()) {
        if (format.graph && !graphs) {
            m_menu->addSeparator();
            graphs = true;
        }
        QAction *action = m_menu->addAction(ProjectExport::menuText(format));
        action->setData(format.token);
        const QString token = format.token;
        connect(action, &QAction::triggered, this, [this, token]() { exportChosen(token); });
    }
    setProject(nullptr);
}

void ExportActions::setProject(Project *project)
{
    m_project = project;
    m_menu->setEnabled(project != nullptr);
    for (QAction *action : m_menu->actions())
        action->setEnabled(project != nullptr);
}

QAction *ExportActions::action(const QString &token) const
{
    for (QAction *action : m_menu->actions()) {
        if (action->data().toString() == token)
            return action;
    }
    return nullptr;
}

void ExportActions::setFileChooser(std::function<QString(const QString &, const QString &)> chooser)
{
    m_chooser = std::move(chooser);
}

void ExportActions::exportChosen(const QString &token)
{
    const ProjectExport::Format *format = ProjectExport::find(token);
    if (!m_project || !format)
        return;
    // "Demo.csv"; the Taskwarrior file and the graph's layout are JSON too, so they say what
    // they hold.
    QString base = m_project->name().trimmed();
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    if (base.isEmpty())
        base = tr("project");
    if (token == QLatin1String("taskwarrior") || token == QLatin1String("layout"))
        base += QLatin1Char('-') + token;
    const QString suggested = base + QLatin1Char('.') + format->suffix;
    const QString path = m_chooser
                             ? m_chooser(token, suggested)
                             : QFileDialog::getSaveFileName(m_window, tr("Export Project"),
                                                            QDir::home().filePath(suggested),
                                                            ProjectExport::fileFilter(*format));
    if (!path.isEmpty())
        exportTo(token, path);
}

bool ExportActions::exportTo(const QString &token, const QString &path)
{
    if (!m_project || !ProjectExport::find(token))
        return false;
    const QByteArray bytes = ProjectExport::write(*m_project, token);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const QString error =
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        emit message(error);
        if (m_interactive)
            QMessageBox::warning(m_window, tr("Project Not Exported"), error);
        return false;
    }
    emit message(tr("Exported %n task(s) to %1", nullptr, m_project->tasks()->rowCount())
                     .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace Candor
