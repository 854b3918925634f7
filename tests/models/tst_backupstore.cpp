// SPDX-License-Identifier: MIT
// BackupStore: consistent copies, listing, pruning to the newest few, the daily backup and restore.
#include "database/backupstore.h"
#include "testproject.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Candor;
using namespace CandorTest;

class tst_BackupStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fileNameAndFolder();
    void backupIsListed();
    void keepsTheNewestSeven();
    void backupIfDueOncePerDay();
    void restoreReplacesTheFile();
    void restoreFromMissingBackupFails();

private:
    QString backupRoot() const { return m_dir.filePath(QStringLiteral("backups")); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
};

void tst_BackupStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void tst_BackupStore::init()
{
    m_path = m_dir.filePath(
        QStringLiteral("%1.candor").arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_project = createDemoFile(m_path);
    QVERIFY(m_project);
}

void tst_BackupStore::cleanup()
{
    m_project.reset();
    QDir(backupRoot()).removeRecursively();
}

void tst_BackupStore::fileNameAndFolder()
{
    const QDateTime when(QDate(2024, 3, 9), QTime(14, 5, 7));
    QCOMPARE(BackupStore::fileName(when, QStringLiteral("daily")),
             QStringLiteral("20240309-140507-daily.candor"));

    const BackupStore store(backupRoot());
    const QString folder = store.folderFor(m_path);
    QVERIFY(folder.startsWith(backupRoot()));
    QVERIFY(QFileInfo(folder).fileName().startsWith(QStringLiteral("fileNameAndFolder-")));
    // Two projects with the same name in different folders get different backup folders.
    const QString twin = m_dir.filePath(QStringLiteral("other/fileNameAndFolder.candor"));
    QVERIFY(store.folderFor(twin) != folder);
    QCOMPARE(store.folderFor(m_path), folder);
}

void tst_BackupStore::backupIsListed()
{
    const BackupStore store(backupRoot());
    QVERIFY(store.list(m_path).isEmpty());
    const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
    const WriteResult result = store.backup(m_project->database(), QStringLiteral("manual"));
    QVERIFY2(result.ok(), qPrintable(result.error()));

    const QList<BackupInfo> backups = store.list(m_path);
    QCOMPARE(backups.size(), 1);
    const BackupInfo &info = backups.first();
    QVERIFY(QFileInfo::exists(info.path));
    QCOMPARE(QFileInfo(info.path).absolutePath(), QDir(store.folderFor(m_path)).absolutePath());
    QCOMPARE(info.reason, QStringLiteral("manual"));
    QCOMPARE(info.taskCount, 25);
    QVERIFY(info.taken.isValid());
    QVERIFY(info.taken >= before.addSecs(-1));
    QVERIFY(info.taken <= QDateTime::currentDateTime().addSecs(2));

    // The backup is a project of its own, taken while the original stayed open.
    OpenOptions options;
    options.readOnly = true;
    options.takeLock = false;
    OpenError error;
    const auto copy = Project::open(info.path, options, &error);
    QVERIFY2(copy, qPrintable(error.message));
    QCOMPARE(copy->tasks()->rowCount(), 25);
    QCOMPARE(copy->name(), m_project->name());
}

void tst_BackupStore::keepsTheNewestSeven()
{
    const BackupStore store(backupRoot(), 7);
    for (int i = 1; i <= 9; ++i) {
        const WriteResult result =
            store.backup(m_project->database(), QStringLiteral("step%1").arg(i));
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(store.list(m_path).size(), std::min(i, 7));
    }
    const QList<BackupInfo> backups = store.list(m_path);
    QCOMPARE(backups.size(), 7);
    QCOMPARE(backups.first().reason, QStringLiteral("step9")); // newest first
    QCOMPARE(backups.last().reason, QStringLiteral("step3"));
    for (qsizetype i = 1; i < backups.size(); ++i)
        QVERIFY(backups.at(i - 1).taken >= backups.at(i).taken);
    const QStringList files = QDir(store.folderFor(m_path)).entryList(QDir::Files);
    QCOMPARE(files.size(), 7);
    for (const QString &name : files) {
        QVERIFY2(!name.endsWith(QStringLiteral("-step1.candor")), qPrintable(name));
        QVERIFY2(!name.endsWith(QStringLiteral("-step2.candor")), qPrintable(name));
    }
}

void tst_BackupStore::backupIfDueOncePerDay()
{
    const BackupStore store(backupRoot());
    QString error;
    QVERIFY2(store.backupIfDue(m_project->database(), &error), qPrintable(error));
    QCOMPARE(store.list(m_path).size(), 1);
    QCOMPARE(store.list(m_path).first().reason, QStringLiteral("daily"));

    QVERIFY(!store.backupIfDue(m_project->database(), &error));
    QVERIFY(!store.backupIfDue(m_project->database(), &error));
    QCOMPARE(store.list(m_path).size(), 1);

    // Yesterday's backup does not count for today.
    const QString folder = store.folderFor(m_path);
    const QString today = store.list(m_path).first().path;
    const QString yesterday = QDir(folder).filePath(
        BackupStore::fileName(QDateTime::currentDateTime().addDays(-1), QStringLiteral("daily")));
    QVERIFY(QFile::rename(today, yesterday));
    QCOMPARE(store.list(m_path).size(), 1);
    QVERIFY2(store.backupIfDue(m_project->database(), &error), qPrintable(error));
    const QList<BackupInfo> backups = store.list(m_path);
    QCOMPARE(backups.size(), 2);
    QCOMPARE(backups.first().taken.date(), QDate::currentDate());
    QCOMPARE(backups.last().taken.date(), QDate::currentDate().addDays(-1));
}

void tst_BackupStore::restoreReplacesTheFile()
{
    const BackupStore store(backupRoot());
    QVERIFY(store.backup(m_project->database(), QStringLiteral("before-cleanup")).ok());
    const QString backupPath = store.list(m_path).first().path;

    // Delete five tasks after the backup.
    QList<qint64> doomed;
    for (int row = 0; row < 5; ++row)
        doomed << m_project->tasks()->taskAt(row).id;
    const WriteResult removed = m_project->removeTasks(doomed, nullptr);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QCOMPARE(m_project->tasks()->rowCount(), 20);
    m_project.reset();

    // Leftovers of a crashed session must not be replayed over the restored file.
    for (const char *suffix : {"-wal", "-shm"}) {
        QFile leftover(m_path + QLatin1String(suffix));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write(QByteArray(4096, 'x'));
    }
    const QByteArray backupBytes = fileHash(backupPath);
    const WriteResult restored = BackupStore::restoreFile(backupPath, m_path);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QVERIFY(!QFileInfo::exists(m_path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(m_path + QStringLiteral("-shm")));
    QCOMPARE(fileHash(m_path), backupBytes);
    QVERIFY(QFileInfo::exists(backupPath)); // the backup itself stays

    OpenError error;
    const auto reopened = Project::open(m_path, OpenOptions{}, &error);
    QVERIFY2(reopened, qPrintable(error.message));
    QCOMPARE(reopened->tasks()->rowCount(), 25);
    QVERIFY(idOf(*reopened, "SEC-001") != 0);
}

void tst_BackupStore::restoreFromMissingBackupFails()
{
    m_project.reset();
    const QByteArray before = fileHash(m_path);
    const WriteResult result =
        BackupStore::restoreFile(m_dir.filePath(QStringLiteral("no-such-backup.candor")), m_path);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
    QCOMPARE(fileHash(m_path), before);
}

QTEST_GUILESS_MAIN(tst_BackupStore)
#include "tst_backupstore.moc"
