// SPDX-License-Identifier: MIT
#include "cli/commandline.h"
#include "clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSet>
#include <QSize>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Runs the real candor executable, as a script or a packager would, with its app data, settings
// and runtime folders in a temporary home.
class TestCli final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void version();
    void help();
    void unknownOption();
    void generate();
    void generateSameSeedSameTasks();
    void generateUsageErrors_data();
    void generateUsageErrors();
    void generateRefusesExistingFile();
    void exportToStandardOutput();
    void exportToFile();
    void exportWhileProjectIsOpenElsewhere();
    void exportInputErrors_data();
    void exportInputErrors();
    void exportUnknownFormat();
    void screenshot_data();
    void screenshot();
    void screenshotUnknownView();
    void helpListsEveryCommand();
    void commandNameIsNotAProject();
    void escaped_data();
    void escaped();
    void importPrintsControlCharactersEscaped();
    void snapshot();

private:
    using Run = CandorTest::CliRunner::Run;
    Run run(const QStringList &arguments) const { return m_runner.run(arguments, m_dir.path()); }
    // A 200-task project generated once for the export and screenshot tests.
    QString project() const { return m_dir.filePath(QStringLiteral("generated.candor")); }
    static QJsonDocument parse(const QByteArray &json, QString *error);

    QTemporaryDir m_dir;
    CandorTest::CliRunner m_runner;
    int m_outputs = 0;
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_cli"));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_runner.setUp());
    QVERIFY2(QFileInfo(QStringLiteral(CANDOR_EXECUTABLE)).isExecutable(), CANDOR_EXECUTABLE);

    const Run generated =
        run({QStringLiteral("generate"), QStringLiteral("--tasks"), QStringLiteral("200"),
             QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("-o"), project()});
    QVERIFY2(generated.exitCode == 0, generated.err.constData());
    QVERIFY(QFileInfo::exists(project()));
}

void TestCli::snapshot()
{
    const QString copy = m_dir.filePath(QStringLiteral("snapshot.candor"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(project(), copy));
    const QStringList arguments{QStringLiteral("snapshot"), QStringLiteral("--project"), copy};
    Run result = run(arguments);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("claimed") && result.out.contains("(1 snapshots)"),
             result.out.constData());
    result = run(arguments); // the same day: replaced
    QVERIFY2(result.out.contains("(1 snapshots)"), result.out.constData());
    result = run({QStringLiteral("snapshot")});
    QCOMPARE(result.exitCode, 1);
    result = run({QStringLiteral("snapshot"), QStringLiteral("--project"),
                  m_dir.filePath(QStringLiteral("missing.candor"))});
    QCOMPARE(result.exitCode, 2);
}

QJsonDocument TestCli::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    *error = parseError.errorString();
    return document;
}

void TestCli::version()
{
    const Run result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out).trimmed();
    QCOMPARE(text, QStringLiteral("candor %1").arg(QStringLiteral(CANDOR_VERSION)));
    QVERIFY(QRegularExpression(QStringLiteral(R"(^candor \d+\.\d+\.\d+$)")).match(text).hasMatch());
    QVERIFY2(result.err.isEmpty(), result.err.constData());
}

void TestCli::help()
{
    const Run result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    for (const char *word : {"generate", "export", "screenshot", "--version", "Exit codes"})
        QVERIFY2(text.contains(QLatin1String(word)), word);

    // Each command has its own help.
    const Run generateHelp = run({QStringLiteral("generate"), QStringLiteral("--help")});
    QCOMPARE(generateHelp.exitCode, 0);
    QVERIFY(generateHelp.out.contains("--tasks"));
}

void TestCli::unknownOption()
{
    const Run result = run({QStringLiteral("--no-such-option")});
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = result.errorLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QLatin1String("candor:")), qPrintable(lines.first()));
    QVERIFY(lines.first().contains(QLatin1String("no-such-option")));
    QVERIFY(result.out.isEmpty());
}

void TestCli::generate()
{
    // Done in initTestCase; check what it wrote.
    QFile file(project());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(16).startsWith("SQLite format 3"));
    QVERIFY(file.size() > 10000);

    const QString small = m_dir.filePath(QStringLiteral("small.candor"));
    const Run result = run({QStringLiteral("generate"), QStringLiteral("--tasks"),
                            QStringLiteral("3"), QStringLiteral("-o"), small});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFileInfo::exists(small));
    QVERIFY2(result.out.contains("3 tasks"), result.out.constData());
    // The generated file is not left locked.
    QVERIFY(!QFileInfo::exists(small + QStringLiteral(".lock")));
}

void TestCli::generateSameSeedSameTasks()
{
    QStringList exports;
    for (const QString &name : {QStringLiteral("seed-a.candor"), QStringLiteral("seed-b.candor")}) {
        const QString path = m_dir.filePath(name);
        QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--tasks"), QStringLiteral("40"),
                      QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("-o"), path})
                     .exitCode,
                 0);
        const Run exported = run({QStringLiteral("export"), QStringLiteral("--project"), path});
        QCOMPARE(exported.exitCode, 0);
        QString error;
        const QJsonArray tasks = parse(exported.out, &error)[QStringLiteral("tasks")].toArray();
        QCOMPARE(tasks.size(), 40);
        QStringList summary;
        for (const QJsonValue &task : tasks) {
            const QJsonObject object = task.toObject();
            summary << object[QStringLiteral("key")].toString() + QLatin1Char('|') +
                           object[QStringLiteral("title")].toString() + QLatin1Char('|') +
                           object[QStringLiteral("status")].toString();
        }
        exports << summary.join(QLatin1Char('\n'));
    }
    QCOMPARE(exports.at(0), exports.at(1));
}

void TestCli::generateUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString out = QStringLiteral("usage.candor");
    QTest::newRow("no --tasks") << QStringList{QStringLiteral("generate"), QStringLiteral("-o"),
                                               out};
    QTest::newRow("--tasks not a number")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--tasks"),
                       QStringLiteral("many"), QStringLiteral("-o"), out};
    QTest::newRow("negative --tasks")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--tasks"), QStringLiteral("-5"),
                       QStringLiteral("-o"), out};
    QTest::newRow("no -o") << QStringList{QStringLiteral("generate"), QStringLiteral("--tasks"),
                                          QStringLiteral("5")};
    QTest::newRow("bad --seed") << QStringList{QStringLiteral("generate"),
                                               QStringLiteral("--tasks"),
                                               QStringLiteral("5"),
                                               QStringLiteral("--seed"),
                                               QStringLiteral("x"),
                                               QStringLiteral("-o"),
                                               out};
}

void TestCli::generateUsageErrors()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = result.errorLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QLatin1String("candor: ")), qPrintable(lines.first()));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("usage.candor"))));
}

void TestCli::generateRefusesExistingFile()
{
    QFile file(project());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    file.close();

    const Run result = run({QStringLiteral("generate"), QStringLiteral("--tasks"),
                            QStringLiteral("5"), QStringLiteral("-o"), project()});
    QCOMPARE(result.exitCode, 2);
    const QStringList lines = result.errorLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first().startsWith(QLatin1String("candor: ")));
    QVERIFY2(lines.first().contains(QLatin1String("already exists")), qPrintable(lines.first()));

    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
}

void TestCli::exportToStandardOutput()
{
    const Run result = run({QStringLiteral("export"), QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--project"), project()});
    QCOMPARE(result.exitCode, 0);
    QString error;
    const QJsonDocument document = parse(result.out, &error);
    QVERIFY2(document.isObject(), qPrintable(error));
    const QJsonObject root = document.object();
    QCOMPARE(root[QStringLiteral("format")].toString(), QStringLiteral("candor-export"));
    QCOMPARE(root[QStringLiteral("format_version")].toInt(), 1);
    QCOMPARE(root[QStringLiteral("project")][QStringLiteral("tasks")].toInt(), 200);
    QVERIFY(!root[QStringLiteral("components")].toArray().isEmpty());

    const QJsonArray tasks = root[QStringLiteral("tasks")].toArray();
    QCOMPARE(tasks.size(), 200);
    const QStringList fields{
        QStringLiteral("key"),        QStringLiteral("title"),        QStringLiteral("status"),
        QStringLiteral("priority"),   QStringLiteral("component"),    QStringLiteral("estimate"),
        QStringLiteral("progress"),   QStringLiteral("verification"), QStringLiteral("evidence"),
        QStringLiteral("depends_on"), QStringLiteral("milestones"),   QStringLiteral("checklist")};
    const QSet<QString> statuses{QStringLiteral("todo"), QStringLiteral("in_progress"),
                                 QStringLiteral("blocked"), QStringLiteral("review"),
                                 QStringLiteral("done")};
    QSet<QString> keys;
    int dependencies = 0;
    for (const QJsonValue &value : tasks) {
        const QJsonObject task = value.toObject();
        for (const QString &field : fields)
            QVERIFY2(task.contains(field), qPrintable(field));
        const QString key = task[QStringLiteral("key")].toString();
        QVERIFY(!key.isEmpty());
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        QVERIFY(!task[QStringLiteral("title")].toString().isEmpty());
        QVERIFY2(statuses.contains(task[QStringLiteral("status")].toString()),
                 qPrintable(task[QStringLiteral("status")].toString()));
        QVERIFY(QRegularExpression(QStringLiteral("^P[0-3]$"))
                    .match(task[QStringLiteral("priority")].toString())
                    .hasMatch());
        const int progress = task[QStringLiteral("progress")].toInt(-1);
        QVERIFY(progress >= 0 && progress <= 100);
        QVERIFY(task[QStringLiteral("depends_on")].isArray());
        QVERIFY(task[QStringLiteral("milestones")].isArray());
        QVERIFY(task[QStringLiteral("checklist")].isArray());
        dependencies += int(task[QStringLiteral("depends_on")].toArray().size());
    }
    // Dependencies name tasks of the export.
    QVERIFY(dependencies > 0);
    for (const QJsonValue &value : tasks) {
        for (const QJsonValue &dependency : value[QStringLiteral("depends_on")].toArray())
            QVERIFY2(keys.contains(dependency.toString()), qPrintable(dependency.toString()));
    }
}

void TestCli::exportToFile()
{
    const QString out = m_dir.filePath(QStringLiteral("out.json"));
    const Run toFile =
        run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--project"), project(), QStringLiteral("-o"), out});
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    QJsonObject written = parse(file.readAll(), &error).object();
    QVERIFY2(!written.isEmpty(), qPrintable(error));

    const Run toStdout = run({QStringLiteral("export"), QStringLiteral("--project"), project()});
    QCOMPARE(toStdout.exitCode, 0);
    QJsonObject printed = parse(toStdout.out, &error).object();
    QVERIFY2(!printed.isEmpty(), qPrintable(error));
    // The same content, but for the moment of the export.
    QJsonObject writtenProject = written[QStringLiteral("project")].toObject();
    QJsonObject printedProject = printed[QStringLiteral("project")].toObject();
    QVERIFY(!writtenProject.take(QStringLiteral("exported")).toString().isEmpty());
    printedProject.remove(QStringLiteral("exported"));
    written[QStringLiteral("project")] = writtenProject;
    printed[QStringLiteral("project")] = printedProject;
    QCOMPARE(written, printed);
}

void TestCli::exportWhileProjectIsOpenElsewhere()
{
    // The GUI holds the project's lock while it is open; an export only reads.
    QLockFile lock(project() + QStringLiteral(".lock"));
    QVERIFY(lock.tryLock(0));
    const Run result = run({QStringLiteral("export"), QStringLiteral("--project"), project()});
    QCOMPARE(result.exitCode, 0);
    QString error;
    QCOMPARE(parse(result.out, &error)[QStringLiteral("tasks")].toArray().size(), 200);
    QVERIFY(QFileInfo::exists(project() + QStringLiteral(".lock"))); // not taken over
}

void TestCli::exportInputErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing file") << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not a Candor project");
}

void TestCli::exportInputErrors()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("input-%1.candor").arg(kind));
    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("TODO: everything\n");
    }
    const Run result = run({QStringLiteral("export"), QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--project"), path});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    const QStringList lines = result.errorLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first().startsWith(QLatin1String("candor: ")));
    QVERIFY2(lines.first().contains(expected), qPrintable(lines.first()));
}

void TestCli::exportUnknownFormat()
{
    const Run result = run({QStringLiteral("export"), QStringLiteral("--format"),
                            QStringLiteral("xml"), QStringLiteral("--project"), project()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    const QStringList lines = result.errorLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QLatin1String("xml")), qPrintable(lines.first()));

    const Run noProject =
        run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(noProject.exitCode, 1);
}

void TestCli::screenshot_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QSize>("size");
    QTest::newRow("table 800x600") << "table"
                                   << "light" << QSize(800, 600);
    QTest::newRow("table 1400x900") << "table"
                                    << "light" << QSize(1400, 900);
    QTest::newRow("board 1400x900") << "board"
                                    << "light" << QSize(1400, 900);
    QTest::newRow("board dark 1000x700") << "board"
                                         << "dark" << QSize(1000, 700);
    QTest::newRow("dashboard dark 1024x700") << "dashboard"
                                             << "dark" << QSize(1024, 700);
}

void TestCli::screenshot()
{
    QFETCH(QString, view);
    QFETCH(QString, theme);
    QFETCH(QSize, size);
    const QString shot = m_dir.filePath(QStringLiteral("shot-%1-%2-%3x%4.png")
                                            .arg(view, theme)
                                            .arg(size.width())
                                            .arg(size.height()));
    const Run result = run({QStringLiteral("screenshot"), QStringLiteral("--project"), project(),
                            QStringLiteral("--view"), view, QStringLiteral("--theme"), theme,
                            QStringLiteral("-o"), shot, QStringLiteral("--size"),
                            QStringLiteral("%1x%2").arg(size.width()).arg(size.height())});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QImage image(shot);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), size);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 16, qPrintable(QString::number(colours.size())));
    // A dark palette is dark: most of the window is.
    int darkPixels = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            darkPixels += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
    }
    const int samples = ((image.height() + 6) / 7) * ((image.width() + 6) / 7);
    QCOMPARE(darkPixels > samples / 2, theme == QLatin1String("dark"));
    // The project was opened, not left locked.
    QVERIFY(!QFileInfo::exists(project() + QStringLiteral(".lock")));
}

void TestCli::screenshotUnknownView()
{
    const QString shot = m_dir.filePath(QStringLiteral("nosuch.png"));
    const Run result =
        run({QStringLiteral("screenshot"), QStringLiteral("--project"), project(),
             QStringLiteral("--view"), QStringLiteral("nosuch"), QStringLiteral("-o"), shot});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!QFileInfo::exists(shot));
    const QStringList lines = result.errorLines();
    QVERIFY(!lines.isEmpty());
    QVERIFY2(lines.last().startsWith(QLatin1String("candor: ")), qPrintable(lines.last()));
    QVERIFY(lines.last().contains(QLatin1String("nosuch")));
}

void TestCli::helpListsEveryCommand()
{
    const Run result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'));
    const qsizetype commands = lines.indexOf(QStringLiteral("Commands:"));
    QVERIFY2(commands > 0, result.out.constData());
    for (const QString &name :
         {QStringLiteral("generate"), QStringLiteral("import"), QStringLiteral("export"),
          QStringLiteral("forecast"), QStringLiteral("screenshot")}) {
        // A usage line, and a line of the command list with its summary (indexOf matches whole
        // lines)...
        QVERIFY2(
            lines.mid(0, commands)
                    .indexOf(QRegularExpression(QStringLiteral("\\s+candor %1 .*").arg(name))) >= 0,
            qPrintable(name));
        const qsizetype row =
            lines.indexOf(QRegularExpression(QStringLiteral("  %1 +\\S.*").arg(name)), commands);
        QVERIFY2(row > commands, qPrintable(name));
        const QString summary = lines.at(row).mid(2 + name.size()).trimmed();
        // ...which is what the command's own help says it does.
        const Run own = run({name, QStringLiteral("--help")});
        QCOMPARE(own.exitCode, 0);
        QVERIFY2(QString::fromUtf8(own.out).contains(summary), qPrintable(summary));
    }
}

void TestCli::commandNameIsNotAProject()
{
    // After "--" a word is a file name, but one named like a command is surely a mistake.
    const Run result = run({QStringLiteral("--"), QStringLiteral("export")});
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = result.errorLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QStringLiteral("“export” is a command")),
             qPrintable(lines.first()));
}

void TestCli::escaped_data()
{
    using Candor::CommandLine;
    QTest::addColumn<QString>("text");
    QTest::addColumn<CommandLine::Breaks>("breaks");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("SEC-001: Größe ✅ 100%") << CommandLine::Breaks::Keep
                           << QStringLiteral("SEC-001: Größe ✅ 100%");
    QTest::newRow("title sequence")
        << QStringLiteral("a\033]0;title\007b") << CommandLine::Breaks::Keep
        << QStringLiteral("a\\x1b]0;title\\x07b");
    QTest::newRow("clear screen") << QStringLiteral("\033[2J") << CommandLine::Breaks::Keep
                                  << QStringLiteral("\\x1b[2J");
    QTest::newRow("layout kept") << QStringLiteral("a\tb\nc") << CommandLine::Breaks::Keep
                                 << QStringLiteral("a\tb\nc");
    QTest::newRow("layout of input escaped")
        << QStringLiteral("a\tb\nc") << CommandLine::Breaks::Escape
        << QStringLiteral("a\\x09b\\x0ac");
    QTest::newRow("carriage return") << QStringLiteral("done\rtodo") << CommandLine::Breaks::Keep
                                     << QStringLiteral("done\\x0dtodo");
    QTest::newRow("nul and delete") << QString::fromUtf16(u"x\u0000y\u007f", 4)
                                    << CommandLine::Breaks::Keep << QStringLiteral("x\\x00y\\x7f");
    QTest::newRow("C1 control sequence introducer")
        << QString::fromUtf16(u"\u009b2J") << CommandLine::Breaks::Keep
        << QStringLiteral("\\x9b2J");
    QTest::newRow("no-break space is text")
        << QString::fromUtf16(u"a\u00a0b") << CommandLine::Breaks::Escape
        << QString::fromUtf16(u"a\u00a0b");
}

void TestCli::escaped()
{
    QFETCH(QString, text);
    QFETCH(Candor::CommandLine::Breaks, breaks);
    QFETCH(QString, expected);
    QCOMPARE(Candor::CommandLine::escaped(text, breaks), expected);
}

void TestCli::importPrintsControlCharactersEscaped()
{
    // A tracker whose words try to retitle the terminal and clear it.
    const QString tracker = m_dir.filePath(QStringLiteral("hostile\033[2J.csv"));
    QFile file(tracker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("key,title,status,priority,component\n"
               "H-001,Hello\033]0;owned\007,\033]0;title\007,\033[2J,Red\033[31m team\n");
    file.close();
    const Run result =
        run({QStringLiteral("import"), tracker, QStringLiteral("--project"),
             m_dir.filePath(QStringLiteral("hostile.candor")), QStringLiteral("--dry-run")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    for (const char control : {'\033', '\007'}) {
        QVERIFY2(!result.out.contains(control), result.out.constData());
        QVERIFY(!result.err.contains(control));
    }
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.contains(QLatin1String("\\x1b]0;title\\x07")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("\\x1b[2J")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("hostile\\x1b[2J.csv")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Red\\x1b[31m team")), qPrintable(out));
    // The report keeps its own layout: one line per warning, each with its file and line.
    const QStringList warnings =
        out.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^  warning: ")));
    QCOMPARE(warnings.size(), 2);
    for (const QString &warning : warnings)
        QVERIFY2(warning.contains(QLatin1String(".csv:2: ")), qPrintable(warning));

    // Messages on stderr too: a file that does not exist, named with control characters.
    const Run missing =
        run({QStringLiteral("import"), m_dir.filePath(QStringLiteral("gone\033]0;x\007.md")),
             QStringLiteral("--project"), m_dir.filePath(QStringLiteral("hostile.candor"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(!missing.err.contains('\033'));
    QCOMPARE(missing.errorLines().size(), 1);
    QVERIFY2(missing.err.contains("gone\\x1b]0;x\\x07.md"), missing.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
