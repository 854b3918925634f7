// SPDX-License-Identifier: MIT
#pragma once

#include "database/backupstore.h"

#include <QDialog>

class QTreeWidget;

namespace Candor {

// Lists a project's backups (when, why, how many tasks) and lets the user pick one to restore.
class BackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupDialog)
public:
    // Object name of the list: "backupList".
    BackupDialog(const QList<BackupInfo> &backups, QWidget *parent = nullptr);

    QString chosenPath() const;

private:
    QTreeWidget *m_list;
};

} // namespace Candor
