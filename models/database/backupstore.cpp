// SPDX-License-Identifier: MIT
#include "backupstore.h"

#include "projectdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace Candor {

namespace {
const QString timeFormat = QStringLiteral("yyyyMMdd-HHmmss");
}

BackupStore::BackupStore(QString root, int keep)
    : m_root(std::move(root))
    , m_keep(keep)
{}

QString BackupStore::folderFor(const QString &projectPath) const
{
    const QFileInfo info(projectPath);
    // The name keeps folders readable; the hash keeps two "plan.candor" in different places apart.
    const QByteArray hash =
        QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(8);
    return QDir(m_root).filePath(info.completeBaseName() + QLatin1Char('-') +
                                 QString::fromLatin1(hash));
}

QString BackupStore::fileName(const QDateTime &when, const QString &reason)
{
    return when.toString(timeFormat) + QLatin1Char('-') + reason + QStringLiteral(".candor");
}

WriteResult BackupStore::backup(const ProjectDatabase &db, const QString &reason) const
{
    const QString folder = folderFor(db.path());
    if (!QDir().mkpath(folder)) {
        return WriteResult::failure(
            tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(folder)));
    }
    QDateTime when = QDateTime::currentDateTime();
    QString target = QDir(folder).filePath(fileName(when, reason));
    while (QFileInfo::exists(target)) { // two backups within a second
        when = when.addSecs(1);
        target = QDir(folder).filePath(fileName(when, reason));
    }
    if (const WriteResult copied = db.copyTo(target); !copied)
        return copied;
    prune(db.path());
    return WriteResult::success();
}

bool BackupStore::backupIfDue(const ProjectDatabase &db, QString *error) const
{
    const QList<BackupInfo> existing = list(db.path());
    const QDate today = QDate::currentDate();
    for (const BackupInfo &info : existing) {
        if (info.taken.date() == today)
            return false;
    }
    const WriteResult result = backup(db, QStringLiteral("daily"));
    if (!result && error)
        *error = result.error();
    return result.ok();
}

QList<BackupInfo> BackupStore::list(const QString &projectPath) const
{
    QList<BackupInfo> result;
    const QDir folder(folderFor(projectPath));
    const QStringList names =
        folder.entryList({QStringLiteral("*.candor")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        BackupInfo info;
        info.path = folder.filePath(name);
        info.taken = QDateTime::fromString(name.left(timeFormat.size()), timeFormat);
        if (!info.taken.isValid())
            continue;
        info.reason = name.mid(timeFormat.size() + 1).chopped(int(qstrlen(".candor")));
        {
            const QString connectionName = QStringLiteral("candor-backup-list");
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
            db.setDatabaseName(info.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT count(*) FROM task")) && query.next())
                    info.taskCount = query.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("candor-backup-list"));
        result << info;
    }
    return result;
}

void BackupStore::prune(const QString &projectPath) const
{
    const QDir folder(folderFor(projectPath));
    const QStringList names =
        folder.entryList({QStringLiteral("*.candor")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (int i = m_keep; i < names.size(); ++i)
        QFile::remove(folder.filePath(names.at(i)));
}

WriteResult BackupStore::restoreFile(const QString &backupPath, const QString &projectPath)
{
    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly)) {
        return WriteResult::failure(
            tr("Cannot read the backup %1.").arg(QDir::toNativeSeparators(backupPath)));
    }
    // QSaveFile writes beside the target and renames: a crash leaves the old file whole.
    QSaveFile target(projectPath);
    if (!target.open(QIODevice::WriteOnly)) {
        return WriteResult::failure(
            tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(projectPath), target.errorString()));
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            target.cancelWriting();
            return WriteResult::failure(
                tr("Cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(projectPath), target.errorString()));
        }
    }
    QFile::remove(projectPath + QStringLiteral("-wal"));
    QFile::remove(projectPath + QStringLiteral("-shm"));
    if (!target.commit()) {
        return WriteResult::failure(
            tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(projectPath), target.errorString()));
    }
    return WriteResult::success();
}

} // namespace Candor
