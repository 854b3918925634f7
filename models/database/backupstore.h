// SPDX-License-Identifier: MIT
#pragma once

#include "core/writeresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Candor {

class ProjectDatabase;

struct BackupInfo
{
    QString path;
    QDateTime taken;    // local time
    QString reason;     // "daily", "before-migration", "before-restore", ...
    int taskCount = -1; // -1: unreadable
};

// Consistent copies of a project in the app-data backups folder: one folder per project,
// files named <yyyyMMdd-HHmmss>-<reason>.candor, the newest `keep` kept.
class BackupStore final
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)
public:
    explicit BackupStore(QString root, int keep = 7);

    // The folder that holds the backups of the project at projectPath.
    QString folderFor(const QString &projectPath) const;
    static QString fileName(const QDateTime &when, const QString &reason);

    WriteResult backup(const ProjectDatabase &db, const QString &reason) const;
    // Takes the daily backup unless one was taken today. Returns whether one was taken.
    bool backupIfDue(const ProjectDatabase &db, QString *error = nullptr) const;
    QList<BackupInfo> list(const QString &projectPath) const; // newest first
    void prune(const QString &projectPath) const;

    // Replaces the (closed) project file with a backup, atomically; the WAL files go too.
    static WriteResult restoreFile(const QString &backupPath, const QString &projectPath);

private:
    QString m_root;
    int m_keep;
};

} // namespace Candor
