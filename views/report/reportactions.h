// SPDX-License-Identifier: MIT
#pragma once

#include "report/reportoptions.h"

#include <QObject>

#include <functional>

class QAction;
class QPrinter;
class QWidget;

namespace Candor {

class Project;

// File ▸ Print…, Print Preview…, Export PDF… and Report Options… for the open project: the
// report's options come from the project's settings (changed undoably through the options
// dialog), and every report printed or exported is remembered as the project's last, so that
// the next one lists what changed since.
class ReportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportActions)
public:
    explicit ReportActions(QWidget *window);

    void setProject(Project *project);
    QList<QAction *> actions() const;
    QAction *printAction() const { return m_print; }
    QAction *previewAction() const { return m_preview; }
    QAction *exportAction() const { return m_export; }
    QAction *optionsAction() const { return m_options; }

    // The project's report options: its stored template and sections, today, since its last
    // report.
    static ReportOptions optionsOf(const Project &project);
    // Where Export PDF writes, asked of the user unless a test has set a chooser (given the
    // suggested name; an empty answer cancels).
    void setFileChooser(std::function<QString(const QString &)> chooser);
    // Exports the report as PDF; false (with the reason told) when it cannot be written.
    bool exportPdf(const QString &path);
    void setInteractive(bool interactive) { m_interactive = interactive; }
    // Prints the report on the printer's paper, the summary fitted to two pages of it: what
    // the print dialog and the preview (for each paper chosen in it) call.
    void printTo(QPrinter *printer);

signals:
    void message(const QString &text);

private:
    bool ready();
    void print();
    void preview();
    void exportChosen();
    void editOptions();
    void remember();

    QWidget *m_window;
    Project *m_project = nullptr;
    QAction *m_print;
    QAction *m_preview;
    QAction *m_export;
    QAction *m_options;
    std::function<QString(const QString &)> m_chooser;
    bool m_interactive = true;
};

} // namespace Candor
