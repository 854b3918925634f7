// SPDX-License-Identifier: MIT
#include "importdialog.h"

#include "io/importplan.h"
#include "project/project.h"
#include "shell/columnwidths.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Candor {

namespace {

QTreeWidget *newList(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(true);
    // Each list fits its columns when first shown (from nothing: a line number needs less than
    // a title), and keeps the widths a person gives them.
    list->header()->setDefaultSectionSize(list->header()->minimumSectionSize());
    new ColumnWidths(list, list->header(), QStringLiteral("importDialog/") + objectName);
    return list;
}

QString fieldList(const PlannedUpdate &update)
{
    QStringList names;
    for (const auto &change : update.changes)
        names << fieldLabel(change.first);
    return names.join(QStringLiteral(", "));
}

} // namespace

ImportDialog::ImportDialog(const Project &project, const ImportPlan &plan, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import %1").arg(plan.source));
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("summaryLabel"));
    summary->setWordWrap(true);
    summary->setText(tr("<b>Into %1:</b> %2")
                         .arg(project.name().toHtmlEscaped(), plan.summary().toHtmlEscaped()));

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("importTabs"));

    auto *created = newList(
        QStringLiteral("createdList"),
        {tr("Key"), tr("Title"), tr("Component"), tr("Status"), tr("Line"), tr("From")}, tabs);
    for (const ImportedTask &task : plan.created) {
        auto *item = new QTreeWidgetItem(created);
        item->setText(0, task.key);
        item->setText(1, task.title);
        item->setText(2, task.component);
        // A claim is not a fact: show what the evidence says next to the status.
        QString status = task.status ? TaskEnums::label(*task.status)
                                     : (task.statusText.isEmpty() ? tr("Todo") : task.statusText);
        if (task.verification && *task.verification != Verification::Unverified)
            status = tr("%1 · %2").arg(status, TaskEnums::label(*task.verification).toLower());
        item->setText(3, status);
        item->setText(4, task.line > 0 ? QString::number(task.line) : QString());
        // Why this is a task: the construct it was read from.
        item->setText(5, ImportPlanner::constructName(task.construct));
    }
    tabs->addTab(created, tr("New (%1)").arg(QLocale().toString(plan.created.size())));

    auto *updated = newList(QStringLiteral("updatedList"), {tr("Key"), tr("Changes")}, tabs);
    for (const PlannedUpdate &update : plan.updated) {
        auto *item = new QTreeWidgetItem(updated);
        item->setText(0, update.key);
        item->setText(1, fieldList(update));
    }
    tabs->addTab(updated, tr("Updated (%1)").arg(QLocale().toString(plan.updated.size())));

    auto *kept = newList(QStringLiteral("keptList"), {tr("Key"), tr("Why")}, tabs);
    for (const QString &key : plan.unchanged) {
        auto *item = new QTreeWidgetItem(kept);
        item->setText(0, key);
        item->setText(1, tr("unchanged"));
    }
    for (const QString &key : plan.missing) {
        auto *item = new QTreeWidgetItem(kept);
        item->setText(0, key);
        item->setText(1, tr("in the project, not in the file: kept"));
    }
    tabs->addTab(
        kept, tr("Kept (%1)").arg(QLocale().toString(plan.unchanged.size() + plan.missing.size())));

    auto *components = newList(QStringLiteral("componentList"),
                               {tr("Component"), tr("New"), tr("Updated"), QString()}, tabs);
    QStringList names = plan.createdPerComponent.keys() + plan.updatedPerComponent.keys();
    names.removeDuplicates();
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names)) {
        auto *item = new QTreeWidgetItem(components);
        item->setText(0, name.isEmpty() ? tr("(no component)") : name);
        item->setText(1, QString::number(plan.createdPerComponent.value(name)));
        item->setText(2, QString::number(plan.updatedPerComponent.value(name)));
        for (const Component &component : plan.newComponents) {
            if (component.name.compare(name, Qt::CaseInsensitive) == 0)
                item->setText(3, tr("new component, keys %1-…").arg(component.prefix));
        }
    }
    tabs->addTab(components, tr("Components (%1)").arg(QLocale().toString(names.size())));

    // What was read as prose and left out, with why, so that a missing task can be found.
    auto *skipped =
        newList(QStringLiteral("skippedList"), {tr("Line"), tr("Why"), tr("Text")}, tabs);
    for (const ImportSkipped &entry : plan.skipped) {
        auto *item = new QTreeWidgetItem(skipped);
        item->setText(0, entry.line > 0 ? QString::number(entry.line) : QString());
        item->setText(1, entry.reason);
        item->setText(2, entry.text);
    }
    tabs->addTab(skipped, tr("Skipped as prose (%1)").arg(QLocale().toString(plan.skippedCount)));

    auto *warnings =
        newList(QStringLiteral("warningList"), {tr("File"), tr("Line"), tr("What")}, tabs);
    for (const ImportWarning &warning : plan.warnings) {
        auto *item = new QTreeWidgetItem(warnings);
        item->setText(0, warning.file);
        item->setText(1, warning.line > 0 ? QString::number(warning.line) : QString());
        item->setText(2, warning.message);
    }
    for (const QString &note : plan.notes) {
        auto *item = new QTreeWidgetItem(warnings);
        item->setText(0, tr("note"));
        item->setText(2, note);
    }
    tabs->addTab(warnings, tr("Warnings and notes (%1)")
                               .arg(QLocale().toString(plan.warnings.size() + plan.notes.size())));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!plan.changesNothing());
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(860, 560);
}

} // namespace Candor
