// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Candor {

class Project;

// File ▸ Export: the open project written in each format `candor export` knows (JSON, CSV,
// Taskwarrior, a Markdown tracker, and the dependency graph as DOT, Mermaid or its layout),
// by the same code (ProjectExport), to a file the user chooses.
class ExportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportActions)
public:
    explicit ExportActions(QWidget *window);

    void setProject(Project *project);
    QMenu *menu() const { return m_menu; }
    // The action that exports in the format with this token ("csv"), or null.
    QAction *action(const QString &token) const;

    // Where an export writes, asked of the user unless a test has set a chooser (given the
    // format's token and the suggested file name; an empty answer cancels).
    void setFileChooser(std::function<QString(const QString &, const QString &)> chooser);
    // Writes the project in that format to path (atomically); false, with the reason told
    // through message(), when it cannot be written.
    bool exportTo(const QString &token, const QString &path);
    // Off in tests and screenshots: failures are told through message() only, with no dialog.
    void setInteractive(bool interactive) { m_interactive = interactive; }

signals:
    void message(const QString &text);

private:
    void exportChosen(const QString &token);

    QWidget *m_window;
    QMenu *m_menu;
    Project *m_project = nullptr;
    bool m_interactive = true;
    std::function<QString(const QString &, const QString &)> m_chooser;
};

} // namespace Candor
