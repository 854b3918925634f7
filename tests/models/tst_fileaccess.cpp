// SPDX-License-Identifier: MIT
// How a project file is opened and left: a reader leaves the folder as it was (no -wal or -shm,
// even for a file it refuses), a failed creation leaves nothing, the loser of a race to create
// a project is told so, and a write that fails for want of disk names the cause and the file.
#include "database/fileaccess.h"
#include "database/projectdatabase.h"
#include "project/projectgenerator.h"
#include "testproject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Candor;
using namespace CandorTest;

namespace {

enum class Kind { Valid, Newer, Foreign, Damaged };

// The names in a folder, to compare before and after.
QStringList listing(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                  QDir::Name);
}

bool setVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("raw-version");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() &&
             QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A file-size limit for this process while it lives: a write past it fails with EFBIG, as a
// full disk fails with ENOSPC, and SIGXFSZ (which would end the process) is ignored.
class FileSizeLimit final
{
    Q_DISABLE_COPY_MOVE(FileSizeLimit)
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_active = getrlimit(RLIMIT_FSIZE, &m_old) == 0 && m_old.rlim_max >= bytes;
        if (!m_active)
            return;
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        if (!m_active)
            return;
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool isActive() const { return m_active; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = SIG_DFL;
    bool m_active = false;
};

} // namespace

class tst_FileAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readerLeavesFolderAsItWas_data();
    void readerLeavesFolderAsItWas();
    void refusedWriterLeavesNothing();
    void readerBesideWriterSeesCommits();
    void describeNamesCause_data();
    void describeNamesCause();
    void fullDiskFailsCleanly();
    void raceToCreate_data();
    void raceToCreate();
    void leftoverReadOnlyWal();

private:
    QString makeFile(Kind kind, const QString &name);
    QTemporaryDir m_dir;
};

void tst_FileAccess::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_FileAccess::makeFile(Kind kind, const QString &name)
{
    const QString path = m_dir.filePath(name);
    switch (kind) {
    case Kind::Valid:
    case Kind::Newer:
    case Kind::Damaged: {
        OpenOptions options;
        options.createIfMissing = true;
        OpenError error;
        auto db = ProjectDatabase::open(path, options, &error);
        if (!db || !ProjectGenerator::generate(*db, kind == Kind::Damaged ? 2000 : 50, 7))
            return {};
        break;
    }
    case Kind::Foreign: {
        const QString connection = QStringLiteral("foreign");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
                query.exec(QStringLiteral("CREATE TABLE recipe (name TEXT)"));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        break;
    }
    }
    if (kind == Kind::Newer && !setVersion(path, 99))
        return {};
    if (kind == Kind::Damaged) {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite) || !file.seek(file.size() / 2) ||
            file.write(QByteArray(64 * 1024, char(0xff))) != 64 * 1024)
            return {};
    }
    return path;
}

void tst_FileAccess::readerLeavesFolderAsItWas_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("opens");
    QTest::newRow("valid project") << Kind::Valid << true;
    QTest::newRow("newer format") << Kind::Newer << false;
    QTest::newRow("another application's database") << Kind::Foreign << false;
    QTest::newRow("damaged") << Kind::Damaged << false;
}

// Issue 15, item 7: export, report and forecast left -wal and -shm files beside the project.
void tst_FileAccess::readerLeavesFolderAsItWas()
{
    QFETCH(Kind, kind);
    QFETCH(bool, opens);
    const QString path = makeFile(kind, QStringLiteral("reader-%1.candor").arg(int(kind)));
    QVERIFY(!path.isEmpty());
    const QStringList before = listing(m_dir.path());
    QVERIFY2(!before.contains(QFileInfo(path).fileName() + QStringLiteral("-wal")),
             qPrintable(before.join(QLatin1Char(' '))));
    const QByteArray hash = fileHash(path);

    auto project = readBack(path);
    QCOMPARE(bool(project), opens);
    if (project) {
        QVERIFY(project->isReadOnly());
        QCOMPARE(project->tasks()->rowCount(), 50);
        QVERIFY(project->database().readOnlyReason().isEmpty()); // asked for, not forced
    }
    if (project)
        QVERIFY(!project->setName(QStringLiteral("changed")).ok());
    project.reset();
    QCOMPARE(listing(m_dir.path()), before);
    QCOMPARE(fileHash(path), hash);
}

void tst_FileAccess::refusedWriterLeavesNothing()
{
    const QString path = makeFile(Kind::Newer, QStringLiteral("refused.candor"));
    QVERIFY(!path.isEmpty());
    const QStringList before = listing(m_dir.path());
    const QByteArray hash = fileHash(path);
    OpenError error;
    QVERIFY(!Project::open(path, OpenOptions{}, &error));
    QCOMPARE(error.kind, OpenError::Kind::NewerSchema);
    QCOMPARE(listing(m_dir.path()), before);
    QCOMPARE(fileHash(path), hash);
}

// A reader beside a writer shares its -wal (and sees what it committed), and leaves it there.
void tst_FileAccess::readerBesideWriterSeesCommits()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.candor"));
    auto writer = createDemoFile(path);
    QVERIFY(writer);
    QVERIFY(writer->setName(QStringLiteral("Committed, not yet folded back")).ok());
    QVERIFY(QFileInfo(FileAccess::walPath(path)).size() > 0);
    {
        const auto reader = readBack(path);
        QVERIFY(reader);
        QCOMPARE(reader->name(), QStringLiteral("Committed, not yet folded back"));
        QCOMPARE(reader->tasks()->rowCount(), 25);
    }
    QVERIFY(QFileInfo::exists(FileAccess::walPath(path)));
    QVERIFY(writer->setName(QStringLiteral("Still writable")).ok());
    writer.reset();
    QVERIFY(!QFileInfo::exists(FileAccess::walPath(path)));
}

void tst_FileAccess::describeNamesCause_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("SQLITE_FULL") << "13"
                                 << "database or disk is full"
                                 << "is full";
    QTest::newRow("full, by text alone") << ""
                                         << "database or disk is full"
                                         << "is full";
    QTest::newRow("SQLITE_IOERR_WRITE (a file-size limit)")
        << "778"
        << "disk I/O error"
        << "could not be written to (it may be full)";
    QTest::newRow("SQLITE_IOERR_FSYNC") << "1034"
                                        << "disk I/O error"
                                        << "could not be written";
    QTest::newRow("SQLITE_IOERR") << "10"
                                  << "disk I/O error"
                                  << "could not be written";
    QTest::newRow("SQLITE_IOERR_READ") << "266"
                                       << "disk I/O error"
                                       << "could not be read";
    QTest::newRow("SQLITE_READONLY") << "8"
                                     << "attempt to write a readonly database"
                                     << "is read-only";
    QTest::newRow("SQLITE_READONLY_DBMOVED") << "1032"
                                             << "attempt to write a readonly database"
                                             << "is read-only";
    QTest::newRow("SQLITE_CANTOPEN") << "14"
                                     << "unable to open database file"
                                     << "cannot be opened";
}

// Issue 15, item 6: "disk I/O error" said neither why nor which file.
void tst_FileAccess::describeNamesCause()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString path = QDir::cleanPath(m_dir.filePath(QStringLiteral("disk/project.candor")));
    const QSqlError error(QStringLiteral("driver"), text, QSqlError::StatementError, code);
    const QString message = ProjectDatabase::describe(QStringLiteral("Cannot save"), error, path);
    QVERIFY2(message.startsWith(QLatin1String("Cannot save: ")), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
}

// A project made on a disk that fills up: the message names the cause and the file (not
// "cannot rollback - no transaction is active"), and nothing of the project stays.
void tst_FileAccess::fullDiskFailsCleanly()
{
    const QString folder = m_dir.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("generated.candor"));
    QString message;
    {
        const FileSizeLimit limit(256 * 1024);
        if (!limit.isActive())
            QSKIP("This system does not let a process limit its file sizes.");
        OpenOptions options;
        options.createIfMissing = true;
        OpenError error;
        auto db = ProjectDatabase::open(path, options, &error);
        QVERIFY2(db, qPrintable(error.message));
        const WriteResult result = ProjectGenerator::generate(*db, 5000, 1);
        QVERIFY(!result.ok());
        message = result.error();
        QVERIFY(db->discardCreated());
    }
    QVERIFY2(message.contains(QLatin1String("could not be written to (it may be full)")) ||
                 message.contains(QLatin1String("is full")),
             qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("rollback")), qPrintable(message));
    QCOMPARE(listing(folder), QStringList());
}

void tst_FileAccess::raceToCreate_data()
{
    QTest::addColumn<bool>("emptyFile");
    QTest::newRow("the winner has not made the file yet") << false;
    QTest::newRow("the winner has made it, still empty") << true;
}

// Issue 15, item 9: the loser was told "process 0 on this computer" or "is empty, so it is not
// a Candor project". The winner holds the lock while it makes the file.
void tst_FileAccess::raceToCreate()
{
    QFETCH(bool, emptyFile);
    const QString path =
        m_dir.filePath(QStringLiteral("race-%1.candor")
                           .arg(emptyFile ? QLatin1String("empty") : QLatin1String("missing")));
    QLockFile winner(path + QStringLiteral(".lock"));
    QVERIFY(winner.tryLock(0));
    if (emptyFile) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    for (bool reader : {false, true}) {
        OpenOptions options;
        options.createIfMissing = !reader;
        options.readOnly = reader;
        options.takeLock = !reader;
        OpenError error;
        QVERIFY(!Project::open(path, options, &error));
        if (!emptyFile && reader) {
            QCOMPARE(error.kind, OpenError::Kind::NotFound);
            continue;
        }
        QCOMPARE(error.kind, OpenError::Kind::Locked);
        QVERIFY2(error.message.contains(QLatin1String("Another Candor is creating")),
                 qPrintable(error.message));
        QVERIFY(!error.hint.isEmpty());
    }
    QCOMPARE(QFileInfo(path).size(), 0);
    winner.unlock();
    QFile::remove(path);
}

// A -wal file that another user left read-only made every write fail with "the project file
// is read-only" (issue 15, item 5): the project opens read-only, saying which file is why.
void tst_FileAccess::leftoverReadOnlyWal()
{
    const QString path = makeFile(Kind::Valid, QStringLiteral("leftover.candor"));
    QVERIFY(!path.isEmpty());
    const QString wal = FileAccess::walPath(path);
    {
        QFile file(wal);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QFile shm(FileAccess::shmPath(path));
    QVERIFY(shm.open(QIODevice::WriteOnly));
    shm.close();
    QVERIFY(QFile::setPermissions(wal, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    if (QFileInfo(wal).isWritable()) {
        QFile::remove(wal);
        QFile::remove(FileAccess::shmPath(path));
        QSKIP("Running as root, whom a read-only file does not stop.");
    }
    OpenError error;
    const auto project = Project::open(path, OpenOptions{}, &error);
    QVERIFY2(project, qPrintable(error.message));
    QVERIFY(project->isReadOnly());
    QVERIFY2(project->database().readOnlyReason().contains(QFileInfo(wal).fileName()),
             qPrintable(project->database().readOnlyReason()));
}

QTEST_GUILESS_MAIN(tst_FileAccess)
#include "tst_fileaccess.moc"
