// SPDX-License-Identifier: MIT
#include "reportactions.h"

#include "commands/setprojectsettingcommand.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "reportoptionsdialog.h"
#include "statusreport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QUndoStack>

namespace Candor {

ReportActions::ReportActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_print(new QAction(tr("&Print Report…"), this))
    , m_preview(new QAction(tr("Print Pre&view…"), this))
    , m_export(new QAction(tr("&Export Report as PDF…"), this))
    , m_options(new QAction(tr("Report &Options…"), this))
{
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &ReportActions::print);
    connect(m_preview, &QAction::triggered, this, &ReportActions::preview);
    connect(m_export, &QAction::triggered, this, &ReportActions::exportChosen);
    connect(m_options, &QAction::triggered, this, &ReportActions::editOptions);
    setProject(nullptr);
}

void ReportActions::setProject(Project *project)
{
    m_project = project;
    for (QAction *action : actions())
        action->setEnabled(project != nullptr);
    m_options->setEnabled(project && !project->isReadOnly());
}

QList<QAction *> ReportActions::actions() const
{
    return {m_print, m_preview, m_export, m_options};
}

void ReportActions::setFileChooser(std::function<QString(const QString &)> chooser)
{
    m_chooser = std::move(chooser);
}

ReportOptions ReportActions::optionsOf(const Project &project)
{
    ReportOptions options;
    options.readJson(project.settings()->value(ReportOptions::sectionsSettingKey).toObject());
    options.today = QDate::currentDate();
    options.since = QDate::fromString(
        project.settings()->value(ReportOptions::lastReportSettingKey).toString(), Qt::ISODate);
    return options;
}

bool ReportActions::ready()
{
    if (!m_project)
        return false;
    if (m_project->isLoading()) {
        emit message(tr("The project is still loading: report when every task is in."));
        return false;
    }
    return true;
}

void ReportActions::remember()
{
    // When the last report was made is a fact about the file, not an edit: not undoable.
    if (!m_project->isReadOnly())
        (void)m_project->settings()->setValue(ReportOptions::lastReportSettingKey,
                                              QDate::currentDate().toString(Qt::ISODate));
}

bool ReportActions::exportPdf(const QString &path)
{
    if (!ready())
        return false;
    ReportPageSetup setup;
    setup.size = ReportPageSetup::forLocale(QLocale());
    const StatusReport report(*m_project, optionsOf(*m_project), setup);
    QString error;
    if (!report.writePdf(path, &error)) {
        emit message(error);
        if (m_interactive)
            QMessageBox::warning(m_window, tr("Report Not Exported"), error);
        return false;
    }
    remember();
    emit message(tr("Exported the report to %1 (%n page(s))", nullptr, report.pageCount())
                     .arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportActions::exportChosen()
{
    if (!ready())
        return;
    const QString suggested =
        tr("%1 status report %2.pdf")
            .arg(m_project->name(), QDate::currentDate().toString(Qt::ISODate));
    const QString path = m_chooser
                             ? m_chooser(suggested)
                             : QFileDialog::getSaveFileName(m_window, tr("Export Report as PDF"),
                                                            QDir::home().filePath(suggested),
                                                            tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void ReportActions::printTo(QPrinter *printer)
{
    // Made for the paper chosen in the print dialog or the preview, so that the summary is
    // fitted to two pages of that paper.
    const StatusReport report(*m_project, optionsOf(*m_project),
                              ReportPageSetup::of(printer->pageLayout()));
    if (!report.print(printer))
        emit message(tr("The report could not be printed."));
}

void ReportActions::print()
{
    if (!ready())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(ReportPageSetup::forLocale(QLocale())));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printTo(&printer);
    remember();
}

void ReportActions::preview()
{
    if (!ready())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(ReportPageSetup::forLocale(QLocale())));
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Report Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ReportActions::printTo);
    dialog.exec();
}

void ReportActions::editOptions()
{
    if (!m_project || m_project->isReadOnly())
        return;
    const ReportOptions current = optionsOf(*m_project);
    ReportOptionsDialog dialog(current, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QJsonObject chosen = dialog.options().toJson();
    if (chosen == current.toJson())
        return;
    m_project->undoStack()->push(new SetProjectSettingCommand(
        m_project, ReportOptions::sectionsSettingKey, chosen, tr("Change Report Options")));
}

} // namespace Candor
