// SPDX-License-Identifier: MIT
// The reliability program of issue 15: what a hostile tester did from outside, repeated on the
// real executable. Imports killed at random points, every kind of bad project file, read-only
// media, two writers and two creators at once, a full disk (a file-size limit), and values
// outside the file's rules. Each leaves the project sound and the folder as it was.
#include "clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <functional>
#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

enum class BadFile { Text, Random, Empty, Truncated, Directory, ForeignSqlite, NewerFormat };

constexpr int baseTasks = 200;
constexpr uid_t nobody = 65534;

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QFileInfo(path).isDir() ? QByteArray("directory") : QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QStringList listing(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                  QDir::Name);
}

// Runs SQL on a file outside Candor (to make bad files and damage good ones).
bool execSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("reliability-raw");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QByteArray csv(const QString &prefix, int rows)
{
    QByteArray text = "key,title,status,depends_on\n";
    for (int i = 1; i <= rows; ++i) {
        text += QStringLiteral("%1-%2,Imported task %2,todo,%3\n")
                    .arg(prefix)
                    .arg(i)
                    .arg(i > 1 ? QStringLiteral("%1-%2").arg(prefix).arg(i - 1) : QString())
                    .toUtf8();
    }
    return text;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestReliability final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void badProjectFiles_data();
    void badProjectFiles();
    void readingLeavesFolderAsItWas();
    void readOnlyMedia();
    void screenshotWhileWriterHoldsLock();
    void importIntoReadOnlyProject();
    void killedImports();
    void twoWriters();
    void raceToCreate();
    void fullDisk();
    void valuesOutsideTheRules();

private:
    using Run = CandorTest::CliRunner::Run;
    Run run(const QStringList &arguments, const std::function<void()> &childSetup = {},
            const QProcessEnvironment &environment = {}) const;
    void start(QProcess &process, const QStringList &arguments) const;
    // A fresh copy of the 200-task project.
    QString copyOfBase(const QString &name) const;
    // The number of tasks the project holds, as `candor export` reads them; -1 if it cannot.
    int taskCount(const QString &path) const;
    bool makeBadFile(BadFile kind, const QString &path) const;

    QTemporaryDir m_dir;
    CandorTest::CliRunner m_runner;
    QElapsedTimer m_clock;
};

void TestReliability::initTestCase()
{
    m_clock.start();
    QVERIFY(m_dir.isValid());
    QVERIFY(m_runner.setUp());
    QVERIFY2(QFileInfo(QStringLiteral(CANDOR_EXECUTABLE)).isExecutable(), CANDOR_EXECUTABLE);
    const Run generated =
        run({QStringLiteral("generate"), QStringLiteral("--tasks"), QString::number(baseTasks),
             QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("-o"),
             m_dir.filePath(QStringLiteral("base.candor"))});
    QVERIFY2(generated.exitCode == 0, generated.err.constData());
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("big.csv")), csv(QStringLiteral("IMP"), 1500)));
}

void TestReliability::cleanupTestCase()
{
    // The whole program is meant to stay quick enough to run on every build.
    qInfo("reliability program: %lld ms", m_clock.elapsed());
}

TestReliability::Run TestReliability::run(const QStringList &arguments,
                                          const std::function<void()> &childSetup,
                                          const QProcessEnvironment &environment) const
{
    QProcess process;
    process.setProcessEnvironment(environment.isEmpty() ? m_runner.environment() : environment);
    process.setWorkingDirectory(m_dir.path());
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.start(QStringLiteral(CANDOR_EXECUTABLE), arguments);
    return CandorTest::CliRunner::finish(process);
}

void TestReliability::start(QProcess &process, const QStringList &arguments) const
{
    process.setProcessEnvironment(m_runner.environment());
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(CANDOR_EXECUTABLE), arguments);
}

QString TestReliability::copyOfBase(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_dir.filePath(QStringLiteral("base.candor")), path) ? path : QString();
}

int TestReliability::taskCount(const QString &path) const
{
    const Run exported = run({QStringLiteral("export"), QStringLiteral("--format"),
                              QStringLiteral("csv"), QStringLiteral("--project"), path});
    if (exported.exitCode != 0) {
        qWarning("export failed: %s", exported.err.constData());
        return -1;
    }
    // One header line, one line per task (the generated and imported fields hold no breaks).
    return int(exported.out.count('\n')) - 1;
}

bool TestReliability::makeBadFile(BadFile kind, const QString &path) const
{
    switch (kind) {
    case BadFile::Text:
        return writeFile(path, "# Tasks\n- [ ] SEC-001 Implement encryption at rest\n");
    case BadFile::Random: {
        QByteArray bytes(8192, Qt::Uninitialized);
        QRandomGenerator generator(15);
        for (char &byte : bytes)
            byte = char(generator.bounded(256));
        return writeFile(path, bytes);
    }
    case BadFile::Empty:
        return writeFile(path, {});
    case BadFile::Truncated: {
        QFile base(m_dir.filePath(QStringLiteral("base.candor")));
        return base.open(QIODevice::ReadOnly) && writeFile(path, base.read(3 * 4096));
    }
    case BadFile::Directory:
        return QDir().mkpath(path);
    case BadFile::ForeignSqlite:
        return execSql(path, {QStringLiteral("PRAGMA journal_mode = WAL"),
                              QStringLiteral("CREATE TABLE recipe (name TEXT)"),
                              QStringLiteral("INSERT INTO recipe VALUES ('soup')")});
    case BadFile::NewerFormat:
        return QFile::copy(m_dir.filePath(QStringLiteral("base.candor")), path) &&
               execSql(path, {QStringLiteral("PRAGMA user_version = 99")});
    }
    return false;
}

void TestReliability::badProjectFiles_data()
{
    QTest::addColumn<BadFile>("kind");
    QTest::addColumn<QString>("said");
    QTest::newRow("text") << BadFile::Text << "not a Candor project";
    QTest::newRow("random bytes") << BadFile::Random << "not a Candor project";
    QTest::newRow("empty") << BadFile::Empty << "is empty";
    QTest::newRow("truncated") << BadFile::Truncated << "damaged";
    QTest::newRow("a directory") << BadFile::Directory << "";
    QTest::newRow("another application's database")
        << BadFile::ForeignSqlite << "not a Candor project";
    QTest::newRow("newer format") << BadFile::NewerFormat << "newer Candor";
}

// Each is refused with exit 2 and one clear line, byte-identical, with nothing left beside it.
void TestReliability::badProjectFiles()
{
    QFETCH(BadFile, kind);
    QFETCH(QString, said);
    const QString folder = m_dir.filePath(QStringLiteral("bad-%1").arg(int(kind)));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("project.candor"));
    QVERIFY(makeBadFile(kind, path));
    const QStringList before = listing(folder);
    const QByteArray hash = hashOf(path);
    QVERIFY(!hash.isEmpty());

    const QString png = m_dir.filePath(QStringLiteral("bad.png"));
    QList<QStringList> commands{{QStringLiteral("export"), QStringLiteral("--project"), path}};
    // The window's way of opening (a screenshot) refuses the same way; once is enough, as it
    // costs a second.
    if (kind == BadFile::NewerFormat || kind == BadFile::Truncated)
        commands << QStringList{QStringLiteral("screenshot"), QStringLiteral("--project"), path,
                                QStringLiteral("-o"), png};
    for (const QStringList &arguments : std::as_const(commands)) {
        const Run refused = run(arguments);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.out.isEmpty());
        const QStringList lines = refused.errorLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QLatin1String("candor: ")), refused.err.constData());
        QVERIFY2(lines.first().contains(QLatin1String("project.candor")), refused.err.constData());
        QVERIFY2(lines.first().contains(said), refused.err.constData());
        QCOMPARE(listing(folder), before);
        QCOMPARE(hashOf(path), hash);
    }
    QVERIFY(!QFileInfo::exists(png));
}

// Issue 15, item 7: reading commands left -wal and -shm files beside the project.
void TestReliability::readingLeavesFolderAsItWas()
{
    const QString folder = m_dir.filePath(QStringLiteral("reading"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("project.candor"));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("base.candor")), path));
    const QStringList before = listing(folder);
    const QByteArray hash = hashOf(path);
    const QString out = m_dir.filePath(QStringLiteral("reading-out"));
    const QList<QStringList> commands{
        {QStringLiteral("export"), QStringLiteral("--project"), path, QStringLiteral("-o"), out},
        {QStringLiteral("forecast"), QStringLiteral("--project"), path, QStringLiteral("--runs"),
         QStringLiteral("50")},
        {QStringLiteral("report"), QStringLiteral("--project"), path, QStringLiteral("--format"),
         QStringLiteral("html"), QStringLiteral("-o"), out},
        {QStringLiteral("screenshot"), QStringLiteral("--project"), path, QStringLiteral("-o"),
         out + QStringLiteral(".png")},
    };
    for (const QStringList &arguments : commands) {
        const Run read = run(arguments);
        QVERIFY2(read.exitCode == 0, read.err.constData());
        QVERIFY2(listing(folder) == before, qPrintable(arguments.first()));
        QCOMPARE(hashOf(path), hash);
    }
}

// Issue 15, item 3: on read-only media export and screenshot failed ("unable to open database
// file"). A folder that cannot be written to stands for the medium; root writes anywhere, so
// there the commands run as the user nobody.
void TestReliability::readOnlyMedia()
{
    const QString folder = m_dir.filePath(QStringLiteral("medium"));
    const QString outFolder = m_dir.filePath(QStringLiteral("medium-out"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QDir().mkpath(outFolder));
    const QString path = QDir(folder).filePath(QStringLiteral("project.candor"));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("base.candor")), path));
    const auto everyone = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther | QFile::ExeOwner |
                          QFile::ExeGroup | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(QFile::setPermissions(folder, everyone));
    QVERIFY(QFile::setPermissions(outFolder, everyone | QFile::WriteOwner | QFile::WriteGroup |
                                                 QFile::WriteOther));
    QVERIFY(QFile::setPermissions(m_dir.path(), everyone | QFile::WriteOwner));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, everyone | QFile::WriteOwner);
        QFile::setPermissions(m_dir.path(), everyone | QFile::WriteOwner);
    });

    std::function<void()> asNobody;
    QProcessEnvironment environment = m_runner.environment();
    if (geteuid() == 0) {
        asNobody = []() {
            if (setgroups(0, nullptr) != 0 || setgid(nobody) != 0 || setuid(nobody) != 0)
                _exit(126);
        };
        // Nobody's own home and runtime folder, so that Qt has nothing to warn about.
        const QString home = QDir(outFolder).filePath(QStringLiteral("home"));
        const QString runtime = QDir(outFolder).filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(home) && QDir().mkpath(runtime));
        for (const QString &own : {home, runtime})
            QVERIFY(::chown(QFile::encodeName(own).constData(), nobody, nobody) == 0);
        QVERIFY(
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        for (const char *name : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
            environment.insert(QString::fromLatin1(name), home);
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        const Run probe = run({QStringLiteral("--version")}, asNobody, environment);
        if (probe.exitCode != 0)
            QSKIP("The candor executable cannot be run as the user nobody here.");
    }
    if (QFileInfo(folder).isWritable() && !asNobody)
        QSKIP("This user can write to a read-only folder.");
    const QStringList before = listing(folder);
    const QByteArray hash = hashOf(path);

    const QString json = QDir(outFolder).filePath(QStringLiteral("export.csv"));
    const Run exported =
        run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--project"), path, QStringLiteral("-o"), json},
            asNobody, environment);
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QFile csvFile(json);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QCOMPARE(csvFile.readAll().count('\n'), baseTasks + 1);

    const QString png = QDir(outFolder).filePath(QStringLiteral("shot.png"));
    const Run shot = run({QStringLiteral("screenshot"), QStringLiteral("--project"), path,
                          QStringLiteral("-o"), png},
                         asNobody, environment);
    QVERIFY2(shot.exitCode == 0, shot.err.constData());
    QVERIFY(QFileInfo(png).size() > 0);

    // A command that writes is refused with the reason.
    const Run snapshot =
        run({QStringLiteral("snapshot"), QStringLiteral("--project"), path}, asNobody, environment);
    QCOMPARE(snapshot.exitCode, 2);
    QVERIFY2(snapshot.err.contains("read-only"), snapshot.err.constData());

    QCOMPARE(listing(folder), before);
    QCOMPARE(hashOf(path), hash);
}

// Issue 15, item 10: screenshot was refused while a writer held the lock; export was not.
void TestReliability::screenshotWhileWriterHoldsLock()
{
    const QString path = copyOfBase(QStringLiteral("locked.candor"));
    QVERIFY(!path.isEmpty());
    QLockFile writer(path + QStringLiteral(".lock"));
    QVERIFY(writer.tryLock(0));
    const QString png = m_dir.filePath(QStringLiteral("locked.png"));
    const Run shot = run({QStringLiteral("screenshot"), QStringLiteral("--project"), path,
                          QStringLiteral("-o"), png});
    QVERIFY2(shot.exitCode == 0, shot.err.constData());
    QVERIFY(QFileInfo(png).size() > 0);
    QCOMPARE(taskCount(path), baseTasks);
    QVERIFY(writer.isLocked());
}

// Issue 15, item 5: "The import was not saved" said nothing of why.
void TestReliability::importIntoReadOnlyProject()
{
    const QString path = copyOfBase(QStringLiteral("readonly.candor"));
    QVERIFY(!path.isEmpty());
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QStringList before = listing(m_dir.path());
    const QByteArray hash = hashOf(path);
    const Run imported = run({QStringLiteral("import"), m_dir.filePath(QStringLiteral("big.csv")),
                              QStringLiteral("--project"), path});
    QCOMPARE(imported.exitCode, 2);
    const QString said = QString::fromUtf8(imported.err);
    QVERIFY2(said.contains(QLatin1String("the file is read-only")), imported.err.constData());
    QVERIFY2(said.contains(QLatin1String("readonly.candor")), imported.err.constData());
    QVERIFY2(said.contains(QLatin1String("Nothing was imported")), imported.err.constData());
    QCOMPARE(hashOf(path), hash);
    QCOMPARE(listing(m_dir.path()), before);
}

// kill -9 at random points of an import: the project keeps the old count or gains the whole
// import, and opens sound.
void TestReliability::killedImports()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill points drawn with seed %u", seed);
    QRandomGenerator random(seed);
    const QString source = m_dir.filePath(QStringLiteral("big.csv"));
    int whole = 0;
    for (int round = 0; round < 4; ++round) {
        const QString path = copyOfBase(QStringLiteral("killed-%1.candor").arg(round));
        QVERIFY(!path.isEmpty());
        QProcess process;
        start(process, {QStringLiteral("import"), source, QStringLiteral("--project"), path});
        QVERIFY(process.waitForStarted());
        const int delay = int(random.bounded(50, 700));
        QThread::msleep(ulong(delay));
        process.kill();
        QVERIFY(process.waitForFinished());
        const int count = taskCount(path);
        QVERIFY2(count == baseTasks || count == baseTasks + 1500,
                 qPrintable(QStringLiteral("round %1, killed after %2 ms: %3 tasks")
                                .arg(round)
                                .arg(delay)
                                .arg(count)));
        whole += count == baseTasks + 1500 ? 1 : 0;
        QVERIFY(execSql(path, {QStringLiteral("PRAGMA integrity_check")}));
        // A writer opens it again after the dead one's lock.
        const Run snapshot = run({QStringLiteral("snapshot"), QStringLiteral("--project"), path});
        QVERIFY2(snapshot.exitCode == 0, snapshot.err.constData());
    }
    qInfo("%d of 4 imports had finished when killed", whole);
}

// Two writers at once: the second is turned away with the first one named, never both let in.
void TestReliability::twoWriters()
{
    const QString path = copyOfBase(QStringLiteral("two-writers.candor"));
    QVERIFY(!path.isEmpty());
    const QString a = m_dir.filePath(QStringLiteral("a.csv"));
    const QString b = m_dir.filePath(QStringLiteral("b.csv"));
    QVERIFY(writeFile(a, csv(QStringLiteral("A"), 800)));
    QVERIFY(writeFile(b, csv(QStringLiteral("B"), 800)));
    QProcess first;
    QProcess second;
    start(first, {QStringLiteral("import"), a, QStringLiteral("--project"), path});
    start(second, {QStringLiteral("import"), b, QStringLiteral("--project"), path});
    int imported = 0;
    for (QProcess *process : {&first, &second}) {
        const Run done = CandorTest::CliRunner::finish(*process);
        if (done.exitCode == 0) {
            ++imported;
            continue;
        }
        QCOMPARE(done.exitCode, 2);
        QVERIFY2(done.err.contains("already open in another Candor (process ") ||
                     done.err.contains("Another Candor is opening"),
                 done.err.constData());
        QVERIFY2(!done.err.contains("(process 0 "), done.err.constData());
    }
    QVERIFY(imported >= 1);
    QCOMPARE(taskCount(path), baseTasks + 800 * imported);
}

// Issue 15, item 9: the loser of a race to create a project was told "process 0" or "is
// empty, so it is not a Candor project".
void TestReliability::raceToCreate()
{
    const QString source = m_dir.filePath(QStringLiteral("small.csv"));
    QVERIFY(writeFile(source, csv(QStringLiteral("R"), 20)));
    for (int round = 0; round < 2; ++round) {
        const QString path = m_dir.filePath(QStringLiteral("race-%1.candor").arg(round));
        QProcess first;
        QProcess second;
        start(first, {QStringLiteral("import"), source, QStringLiteral("--project"), path});
        start(second, {QStringLiteral("import"), source, QStringLiteral("--project"), path});
        for (QProcess *process : {&first, &second}) {
            const Run done = CandorTest::CliRunner::finish(*process);
            if (done.exitCode == 0)
                continue;
            QCOMPARE(done.exitCode, 2);
            QVERIFY2(!done.err.contains("process 0 ") && !done.err.contains("is empty"),
                     done.err.constData());
            QVERIFY2(done.err.contains("Another Candor is creating") ||
                         done.err.contains("Another Candor is opening") ||
                         done.err.contains("already open in another Candor (process "),
                     done.err.constData());
        }
        QCOMPARE(taskCount(path), 20);
    }
}

// A full disk, made by a file-size limit on the child (SIGXFSZ ignored, so that the write
// fails as on a full disk instead of ending the process).
void TestReliability::fullDisk()
{
    rlimit current{};
    if (getrlimit(RLIMIT_FSIZE, &current) != 0 || current.rlim_max < 512 * 1024)
        QSKIP("This system does not let a process limit its file sizes.");
    const auto limitTo = [](rlim_t bytes) {
        return [bytes]() {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit{bytes, bytes};
            if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
                _exit(125);
        };
    };
    const QString folder = m_dir.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(folder));
    const QString generated = QDir(folder).filePath(QStringLiteral("generated.candor"));
    const Run generate = run({QStringLiteral("generate"), QStringLiteral("--tasks"),
                              QStringLiteral("5000"), QStringLiteral("-o"), generated},
                             limitTo(256 * 1024));
    QCOMPARE(generate.exitCode, 2);
    QVERIFY2(generate.err.contains("generated.candor") &&
                 (generate.err.contains("could not be written to (it may be full)") ||
                  generate.err.contains("is full")),
             generate.err.constData());
    QCOMPARE(listing(folder), QStringList()); // no project, no -wal, no -shm, no lock

    // An import that runs out of room leaves the project as it was.
    const QString path = copyOfBase(QStringLiteral("full/project.candor"));
    QVERIFY(!path.isEmpty());
    const Run imported = run({QStringLiteral("import"), m_dir.filePath(QStringLiteral("big.csv")),
                              QStringLiteral("--project"), path},
                             limitTo(rlim_t(QFileInfo(path).size() + 32 * 1024)));
    QCOMPARE(imported.exitCode, 2);
    QVERIFY2(imported.err.contains("project.candor") &&
                 (imported.err.contains("could not be written to (it may be full)") ||
                  imported.err.contains("is full")),
             imported.err.constData());
    QCOMPARE(taskCount(path), baseTasks);
    QVERIFY(execSql(path, {QStringLiteral("PRAGMA integrity_check")}));
}

// Issue 15, item 8: values outside the file's rules were exported as defaults, with rc 0.
void TestReliability::valuesOutsideTheRules()
{
    const QString path = copyOfBase(QStringLiteral("damaged.candor"));
    QVERIFY(!path.isEmpty());
    QVERIFY(execSql(path, {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                           QStringLiteral("UPDATE task SET status = 'bogus' WHERE id = 1"),
                           QStringLiteral("UPDATE task SET priority = 'P9' WHERE id = 2"),
                           QStringLiteral("UPDATE task SET verification = 'maybe' WHERE id = 3"),
                           QStringLiteral("UPDATE task SET progress = 250 WHERE id = 4")}));
    const QStringList exportCsv{QStringLiteral("export"), QStringLiteral("--format"),
                                QStringLiteral("csv"), QStringLiteral("--project"), path};
    const Run refused = run(exportCsv);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.out.isEmpty());
    for (const char *expected : {"status: “bogus” (read as todo)", "priority: “P9” (read as P2)",
                                 "verification: “maybe” (read as unverified)",
                                 "progress: “250” (read as 100)", "candor repair --project"}) {
        QVERIFY2(refused.err.contains(expected), refused.err.constData());
    }

    const QByteArray hash = hashOf(path);
    const Run dry = run(
        {QStringLiteral("repair"), QStringLiteral("--project"), path, QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0, dry.err.constData());
    QVERIFY2(dry.out.contains("Would repair 4 value"), dry.out.constData());
    QCOMPARE(hashOf(path), hash);

    const Run repaired = run({QStringLiteral("repair"), QStringLiteral("--project"), path});
    QVERIFY2(repaired.exitCode == 0, repaired.err.constData());
    QVERIFY2(repaired.out.contains("Repaired 4 value") && repaired.out.contains("in 4 task"),
             repaired.out.constData());
    const Run exported = run(exportCsv);
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QCOMPARE(exported.out.count('\n'), baseTasks + 1);
    const Run again = run({QStringLiteral("repair"), QStringLiteral("--project"), path});
    QVERIFY2(again.out.contains("holds no damaged values"), again.out.constData());
}

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
