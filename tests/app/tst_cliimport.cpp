// SPDX-License-Identifier: MIT
// `candor import` on hostile input (issue 15), through the real executable: fields too long or
// made of NULs are fitted and counted as warnings, a failed import leaves no new project behind,
// control characters are escaped on every path to the terminal, and a screenshot that succeeds
// says nothing on standard error.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <pty.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList listing(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                  QDir::Name);
}

QStringList warningLines(const QByteArray &out)
{
    return QString::fromUtf8(out)
        .split(QLatin1Char('\n'))
        .filter(QRegularExpression(QStringLiteral("^  warning: ")));
}

} // namespace

class TestCliImport final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void longAndNulTitlesAreWarnings_data();
    void longAndNulTitlesAreWarnings();
    void failedImportLeavesNoNewProject();
    void exportToTerminalEscaped();
    void screenshotSaysNothingOnSuccess();

private:
    using Run = CandorTest::CliRunner::Run;
    Run run(const QStringList &arguments, const std::function<void()> &childSetup = {}) const;

    QTemporaryDir m_dir;
    CandorTest::CliRunner m_runner;
};

void TestCliImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_runner.setUp());
    QVERIFY2(QFileInfo(QStringLiteral(CANDOR_EXECUTABLE)).isExecutable(), CANDOR_EXECUTABLE);
}

TestCliImport::Run TestCliImport::run(const QStringList &arguments,
                                      const std::function<void()> &childSetup) const
{
    QProcess process;
    process.setProcessEnvironment(m_runner.environment());
    process.setWorkingDirectory(m_dir.path());
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.start(QStringLiteral(CANDOR_EXECUTABLE), arguments);
    return CandorTest::CliRunner::finish(process);
}

void TestCliImport::longAndNulTitlesAreWarnings_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    const QByteArray longTitle(600, 'x');
    const QByteArray nuls(5, '\0');
    QTest::newRow("csv") << "titles.csv"
                         << "key,title,status\nT-1," + longTitle + ",todo\nT-2," + nuls +
                                ",todo\nT-3,Fine,todo\n";
    QTest::newRow("taskwarrior")
        << "titles.json"
        << "[{\"uuid\":\"aaaaaaaa-0000-4000-8000-000000000001\",\"description\":\"" + longTitle +
               "\",\"status\":\"pending\"},\n"
               "{\"uuid\":\"aaaaaaaa-0000-4000-8000-000000000002\",\"description\":"
               "\"\\u0000\\u0000\",\"status\":\"pending\"},\n"
               "{\"uuid\":\"aaaaaaaa-0000-4000-8000-000000000003\",\"description\":\"Fine\","
               "\"status\":\"pending\"}]\n";
}

void TestCliImport::longAndNulTitlesAreWarnings()
{
    // Issue 15, item 2: rc 2 with "warnings: 0" in the dry run, and an empty project left.
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    const QString input = m_dir.filePath(name);
    QVERIFY(writeFile(input, content));
    const QString folder = m_dir.filePath(QStringLiteral("titles-") + name);
    QVERIFY(QDir().mkpath(folder));
    const QString project = QDir(folder).filePath(QStringLiteral("new.candor"));

    const Run dry = run({QStringLiteral("import"), input, QStringLiteral("--project"), project,
                         QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0, dry.err.constData());
    QVERIFY2(dry.out.contains("  created:   2\n"), dry.out.constData());
    QVERIFY2(dry.out.contains("  warnings:  2\n"), dry.out.constData());
    const QStringList warnings = warningLines(dry.out);
    QCOMPARE(warnings.size(), 2);
    QVERIFY2(warnings.at(0).contains(QStringLiteral("%1:1: ").arg(name)) ||
                 warnings.at(0).contains(QStringLiteral("%1:2: ").arg(name)),
             qPrintable(warnings.at(0)));
    QVERIFY2(warnings.at(0).contains(QLatin1String("600 characters")), qPrintable(warnings.at(0)));
    QVERIFY2(warnings.at(1).contains(QLatin1String("only NUL characters")),
             qPrintable(warnings.at(1)));
    QCOMPARE(listing(folder), QStringList());

    const Run imported =
        run({QStringLiteral("import"), input, QStringLiteral("--project"), project});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY2(imported.out.contains("Imported in"), imported.out.constData());
    QCOMPARE(listing(folder), QStringList{QStringLiteral("new.candor")});
}

void TestCliImport::failedImportLeavesNoNewProject()
{
    // A disk that fills up during the import (a file-size limit on the child, SIGXFSZ ignored
    // so that the write fails as on a full disk): the project the import was to create is gone,
    // with its -wal and -shm.
    rlimit current{};
    if (getrlimit(RLIMIT_FSIZE, &current) != 0 || current.rlim_max < 512 * 1024)
        QSKIP("This system does not let a process limit its file sizes.");
    QByteArray rows = "key,title,status,depends_on\n";
    for (int i = 1; i <= 3000; ++i)
        rows += QStringLiteral("F-%1,A task with a title of some length %1,todo,F-%2\n")
                    .arg(i)
                    .arg(std::max(1, i - 1))
                    .toUtf8();
    const QString input = m_dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(writeFile(input, rows));
    const QString folder = m_dir.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(folder));
    const QString project = QDir(folder).filePath(QStringLiteral("new.candor"));
    const Run imported =
        run({QStringLiteral("import"), input, QStringLiteral("--project"), project}, []() {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit{256 * 1024, 256 * 1024};
            if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
                _exit(125);
        });
    QCOMPARE(imported.exitCode, 2);
    QVERIFY2(imported.out.contains("Importing"), imported.out.constData()); // created, then failed
    QVERIFY2(imported.err.contains("new.candor"), imported.err.constData());
    QCOMPARE(listing(folder), QStringList());
}

void TestCliImport::exportToTerminalEscaped()
{
    // Issue 15, item 4: import warnings were escaped, but an export or a report written to the
    // terminal printed the imported titles' control codes as they were.
    const QString input = m_dir.filePath(QStringLiteral("hostile.csv"));
    QVERIFY(writeFile(input, "key,title\nH-1,Hello\033]0;owned\007 \033[2Jthere\n"));
    const QString project = m_dir.filePath(QStringLiteral("hostile.candor"));
    const Run imported =
        run({QStringLiteral("import"), input, QStringLiteral("--project"), project});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QStringList exportCsv{QStringLiteral("export"), QStringLiteral("--format"),
                                QStringLiteral("csv"), QStringLiteral("--project"), project};

    // Into a pipe the data stays as it is, for the script that reads it.
    const Run piped = run(exportCsv);
    QVERIFY2(piped.exitCode == 0, piped.err.constData());
    QVERIFY(piped.out.contains("Hello\033]0;owned\007 \033[2Jthere"));

    int terminal = -1;
    int side = -1;
    if (openpty(&terminal, &side, nullptr, nullptr, nullptr) != 0)
        QSKIP("No pseudo-terminal here.");
    const Run shown = run(exportCsv, [side]() { dup2(side, STDOUT_FILENO); });
    ::close(side);
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    QByteArray screen;
    fcntl(terminal, F_SETFL, fcntl(terminal, F_GETFL) | O_NONBLOCK);
    char buffer[4096];
    for (ssize_t got = 0; (got = ::read(terminal, buffer, sizeof buffer)) > 0;)
        screen.append(buffer, got);
    ::close(terminal);
    QVERIFY2(screen.contains("Hello\\x1b]0;owned\\x07 \\x1b[2Jthere"), screen.constData());
    QVERIFY(!screen.contains('\033'));
    QVERIFY(!screen.contains('\007'));
}

void TestCliImport::screenshotSaysNothingOnSuccess()
{
    // Issue 15, item 12: three "propagateSizeHints" lines from the offscreen platform.
    const QString project = m_dir.filePath(QStringLiteral("shot.candor"));
    const Run generated = run({QStringLiteral("generate"), QStringLiteral("--tasks"),
                               QStringLiteral("30"), QStringLiteral("-o"), project});
    QVERIFY2(generated.exitCode == 0, generated.err.constData());
    for (const char *view : {"table", "board"}) {
        const Run shot = run({QStringLiteral("screenshot"), QStringLiteral("--project"), project,
                              QStringLiteral("--view"), QString::fromLatin1(view),
                              QStringLiteral("-o"), m_dir.filePath(QStringLiteral("shot.png"))});
        QVERIFY2(shot.exitCode == 0, shot.err.constData());
        QCOMPARE(shot.err, QByteArray());
    }
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
