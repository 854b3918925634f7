// SPDX-License-Identifier: MIT
#include "backupdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Candor {

namespace {

QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("daily"))
        return BackupDialog::tr("Daily backup");
    if (reason == QLatin1String("before-restore"))
        return BackupDialog::tr("Taken before a restore (restore it to undo that restore)");
    if (reason.startsWith(QLatin1String("before-migration")))
        return BackupDialog::tr("Taken before a file format upgrade");
    if (reason == QLatin1String("manual"))
        return BackupDialog::tr("Manual backup");
    return reason;
}

} // namespace

BackupDialog::BackupDialog(const QList<BackupInfo> &backups, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Restore from Backup"));
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Tasks"), tr("Kind")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const BackupInfo &backup : backups) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QLocale().toString(backup.taken, QLocale::LongFormat));
        item->setText(1,
                      backup.taskCount < 0 ? tr("unreadable") : QString::number(backup.taskCount));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, reasonText(backup.reason));
        item->setData(0, Qt::UserRole, backup.path);
        item->setToolTip(0, backup.path);
    }
    m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *intro = new QLabel(tr("Candor keeps a copy of the project once a day and before every "
                                "upgrade or restore (the last 7). Restoring replaces the project "
                                "with the chosen copy; a copy of the current state is kept first."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Restore"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!backups.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BackupDialog::reject);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &BackupDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(620, 340);
}

QString BackupDialog::chosenPath() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

} // namespace Candor
