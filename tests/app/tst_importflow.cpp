// SPDX-License-Identifier: MIT
// Importing as a user does it: File ▸ Import or a drop, the preview, one undo step; headless
// with `candor import`; and the ImportFlow both of them share.
#include "commands/importcommand.h"
#include "database/projectdatabase.h"
#include "dialogs/importdialog.h"
#include "importflow.h"
#include "io/importplan.h"
#include "io/importreader.h"
#include "mainwindow.h"
#include "project/project.h"
#include "shell/projectworkspace.h"
#include "tasks/taskmodel.h"
#include "tasks/taskselection.h"

#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Candor;

class TestImportFlow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importThroughWindowIsOneUndoStep();
    void dropImportsFiles();
    void previewShowsThePlan();
    void previewShowsConstructsAndProse();
    void commandLineImport();
    void commandLineErrors();
    void flowReadsEveryFormat_data();
    void flowReadsEveryFormat();
    void flowAppliesOnceAsOneUndoStep();
    void flowRefusesReadOnlyProject();
    void flowReportsFailedWrite();

private:
    QString write(const QString &name, const QByteArray &content);
    std::unique_ptr<MainWindow> openWindow(const QString &name);
    int run(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);
    std::unique_ptr<Project> openProject(const QString &name, bool readOnly = false);

    QTemporaryDir m_dir;
};

namespace {

const QByteArray tracker = R"(# Payments service tracker

## Security

| ID | Task | Status | Priority | Est. Days |
|----|------|--------|----------|-----------|
| PAY-001 | Encrypt card numbers | ✅ DONE | P0 | 3 |
| PAY-002 | Rotate signing keys | 🔴 TODO | P1 | 2 |

## Operations

- [x] Set up alerting
- [ ] Write the on-call runbook
)";

const QByteArray csv = "key,title,status,priority,component\n"
                       "CSV-001,Migrate the ledger,in_progress,P1,Ledger\n"
                       "CSV-002,Archive old statements,todo,P3,Ledger\n";

} // namespace

void TestImportFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("HOME", QFile::encodeName(m_dir.path()));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importflow"));
}

QString TestImportFlow::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

std::unique_ptr<MainWindow> TestImportFlow::openWindow(const QString &name)
{
    auto window = std::make_unique<MainWindow>();
    window->setInteractive(false);
    if (!window->openProject(m_dir.filePath(name), true))
        return nullptr;
    return window;
}

void TestImportFlow::importThroughWindowIsOneUndoStep()
{
    auto window = openWindow(QStringLiteral("window.candor"));
    QVERIFY(window);
    const QString markdown = write(QStringLiteral("payments.md"), tracker);
    const QString table = write(QStringLiteral("ledger.csv"), csv);
    QVERIFY(window->importFiles({markdown, table}));
    const TaskModel *tasks = window->project()->tasks();
    QVERIFY2(tasks->rowCount() >= 6, qPrintable(QString::number(tasks->rowCount())));
    const qint64 encrypted = tasks->idForKey(QStringLiteral("PAY-001"));
    QVERIFY(encrypted != 0);
    QCOMPARE(tasks->task(encrypted)->status, Status::Done);
    QCOMPARE(tasks->task(encrypted)->priority, Priority::P0);
    QVERIFY(tasks->idForKey(QStringLiteral("CSV-002")) != 0);
    QCOMPARE(window->project()->undoStack()->count(), 1);
    // The first new task is selected, so the inspector shows what arrived.
    QVERIFY(window->workspace()->selection()->current() != 0);

    // Importing the same files again changes nothing and adds no step.
    QVERIFY(!window->importFiles({markdown, table}));
    QCOMPARE(window->project()->undoStack()->count(), 1);

    window->project()->undoStack()->undo();
    QCOMPARE(tasks->rowCount(), 0);
    window->project()->undoStack()->redo();
    QVERIFY(tasks->idForKey(QStringLiteral("PAY-002")) != 0);
}

void TestImportFlow::dropImportsFiles()
{
    auto window = openWindow(QStringLiteral("drop.candor"));
    QVERIFY(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QString table = write(QStringLiteral("drop.csv"), csv);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(table)});
    const QPoint centre = window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.get(), &drop);
    QTRY_VERIFY(window->project()->tasks()->idForKey(QStringLiteral("CSV-001")) != 0);
    QCOMPARE(window->project()->undoStack()->count(), 1);
}

void TestImportFlow::previewShowsThePlan()
{
    auto window = openWindow(QStringLiteral("preview.candor"));
    QVERIFY(window);
    const QString table = write(QStringLiteral("preview.csv"), csv);
    QVERIFY(window->importFiles({table}));
    // Second file: one task changed, one new, one kept.
    const QString changed =
        write(QStringLiteral("preview2.csv"), "key,title,status,priority,component\n"
                                              "CSV-001,Migrate the ledger,done,P1,Ledger\n"
                                              "CSV-003,Close the books,todo,P2,Ledger\n"
                                              "CSV-004,Broken row,sometime,P2,Ledger\n");
    const ImportPlan plan =
        ImportPlanner::plan(*window->project(), ImportReader::readFiles({changed}));
    ImportDialog dialog(*window->project(), plan);
    const auto *created = dialog.findChild<QTreeWidget *>(QStringLiteral("createdList"));
    const auto *updated = dialog.findChild<QTreeWidget *>(QStringLiteral("updatedList"));
    const auto *kept = dialog.findChild<QTreeWidget *>(QStringLiteral("keptList"));
    const auto *warnings = dialog.findChild<QTreeWidget *>(QStringLiteral("warningList"));
    QVERIFY(created && updated && kept && warnings);
    QCOMPARE(created->topLevelItemCount(), 2);
    QCOMPARE(updated->topLevelItemCount(), 1);
    QCOMPARE(updated->topLevelItem(0)->text(0), QStringLiteral("CSV-001"));
    QVERIFY(updated->topLevelItem(0)->text(1).contains(QLatin1String("status")));
    QCOMPARE(kept->topLevelItemCount(), 1);      // CSV-002: in the project, not in the file
    QVERIFY(warnings->topLevelItemCount() >= 1); // "sometime" is not a status Candor knows
    QCOMPARE(created->topLevelItem(0)->text(5),
             ImportPlanner::constructName(ImportConstruct::Other));

    // To look at the preview as a user would: CANDOR_SCREENSHOT_DIR=/tmp [CANDOR_PREVIEW_FILE=…]
    const QString shots = qEnvironmentVariable("CANDOR_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        const QString file = qEnvironmentVariable("CANDOR_PREVIEW_FILE", changed);
        const ImportPlan shown =
            ImportPlanner::plan(*window->project(), ImportReader::readFiles({file}));
        ImportDialog preview(*window->project(), shown);
        preview.resize(900, 560);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        QVERIFY(preview.grab().save(shots + QStringLiteral("/import-preview.png")));
    }
}

// The preview says why each item is a task (the construct it was read from) and lists what was
// left out as prose, with why.
void TestImportFlow::previewShowsConstructsAndProse()
{
    auto window = openWindow(QStringLiteral("constructs.candor"));
    QVERIFY(window);
    const QString file = write(QStringLiteral("constructs.md"),
                               "# Plan\n\n| ID | Task | Status |\n|---|---|---|\n"
                               "| WEB-1 | Login page | Done |\n\n## Next\n\n- [ ] Ship it\n\n"
                               "## Success metrics\n\n- [ ] 99% uptime\n- [ ] 5 users\n");
    const ImportPlan plan =
        ImportPlanner::plan(*window->project(), ImportReader::readFiles({file}));
    ImportDialog dialog(*window->project(), plan);
    const auto *created = dialog.findChild<QTreeWidget *>(QStringLiteral("createdList"));
    const auto *skipped = dialog.findChild<QTreeWidget *>(QStringLiteral("skippedList"));
    QVERIFY(created && skipped);
    QCOMPARE(created->topLevelItemCount(), 2);
    QStringList from;
    for (int i = 0; i < created->topLevelItemCount(); ++i)
        from << created->topLevelItem(i)->text(1) + u'=' + created->topLevelItem(i)->text(5);
    from.sort();
    QCOMPARE(from, (QStringList{QStringLiteral("Login page=") +
                                    ImportPlanner::constructName(ImportConstruct::TableRow),
                                QStringLiteral("Ship it=") +
                                    ImportPlanner::constructName(ImportConstruct::Checkbox)}));
    QCOMPARE(skipped->topLevelItemCount(), 2);
    QCOMPARE(skipped->topLevelItem(0)->text(1), QStringLiteral("metrics"));
    QCOMPARE(skipped->topLevelItem(0)->text(2), QStringLiteral("[ ] 99% uptime")); // as written
}

int TestImportFlow::run(const QStringList &arguments, QString *out, QString *err)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CANDOR_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000))
        return -1;
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

void TestImportFlow::commandLineImport()
{
    const QString markdown = write(QStringLiteral("cli.md"), tracker);
    const QString project = m_dir.filePath(QStringLiteral("cli.candor"));
    QString out;
    QCOMPARE(run({QStringLiteral("import"), markdown, QStringLiteral("--project"), project,
                  QStringLiteral("--dry-run")},
                 &out),
             0);
    QVERIFY2(out.contains(QLatin1String("created:")), qPrintable(out));
    QVERIFY(!QFile::exists(project)); // a dry run writes nothing

    QCOMPARE(run({QStringLiteral("import"), markdown, QStringLiteral("--project"), project}, &out),
             0);
    QVERIFY(QFile::exists(project));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                  QStringLiteral("--project"), project},
                 &out),
             0);
    QVERIFY(out.contains(QLatin1String("PAY-001")));

    // Importing again: everything unchanged.
    QCOMPARE(run({QStringLiteral("import"), markdown, QStringLiteral("--project"), project}, &out),
             0);
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("created:\\s+0"))), qPrintable(out));
}

void TestImportFlow::commandLineErrors()
{
    QString err;
    const QString project = m_dir.filePath(QStringLiteral("errors.candor"));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--project"), project}, nullptr, &err),
             1);
    QCOMPARE(run({QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing.md")),
                  QStringLiteral("--project"), project},
                 nullptr, &err),
             2);
    QVERIFY(err.startsWith(QLatin1String("candor: ")));
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    const QString picture = write(QStringLiteral("picture.png"), "\x89PNG\r\n");
    QCOMPARE(run({QStringLiteral("import"), picture, QStringLiteral("--project"), project}, nullptr,
                 &err),
             2);
}

std::unique_ptr<Project> TestImportFlow::openProject(const QString &name, bool readOnly)
{
    OpenOptions options;
    options.createIfMissing = !readOnly;
    options.readOnly = readOnly;
    options.takeLock = !readOnly;
    OpenError error;
    std::unique_ptr<Project> project = Project::open(m_dir.filePath(name), options, &error);
    if (!project)
        qWarning("%s", qPrintable(error.message));
    return project;
}

void TestImportFlow::flowReadsEveryFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("created");
    QTest::addColumn<int>("warningLine"); // where the one warning is; 0: no warning

    QTest::newRow("markdown") << QStringLiteral("flow.md") << tracker
                              << QStringList{QStringLiteral("PAY-001"), QStringLiteral("PAY-002")}
                              << 0;
    QTest::newRow("csv with a bad status")
        << QStringLiteral("flow.csv")
        << QByteArray("key,title,status\n"
                      "F-001,Count the coins,todo\n"
                      "F-002,Polish the coins,someday\n")
        << QStringList{QStringLiteral("F-001"), QStringLiteral("F-002")} << 3;
    QTest::newRow("taskwarrior") << QStringLiteral("flow.json")
                                 << QByteArray(
                                        R"([{"uuid":"8f1c2d3e-0000-4000-8000-000000000001",)"
                                        R"("description":"Sort the receipts","status":"pending"}])")
                                 << QStringList{} << 0;
}

void TestImportFlow::flowReadsEveryFormat()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, created);
    QFETCH(int, warningLine);
    const QString path = write(name, content);
    OpenError error;
    const std::unique_ptr<Project> project = Project::load(ProjectDatabase::openInMemory(), &error);
    QVERIFY2(project, qPrintable(error.message));
    ImportFlow flow(*project);
    const ImportPlan &plan = flow.read({path});
    QCOMPARE(&plan, &flow.plan());
    QVERIFY(plan.source.contains(name));
    QVERIFY(!plan.created.isEmpty());
    QStringList keys;
    for (const ImportedTask &task : plan.created)
        keys << task.key;
    if (!created.isEmpty())
        QCOMPARE(keys.mid(0, created.size()), created);
    if (warningLine == 0) {
        QVERIFY2(plan.warnings.isEmpty(), qPrintable(plan.warnings.value(0).message));
    } else {
        QCOMPARE(plan.warnings.size(), 1);
        QCOMPARE(plan.warnings.first().file, path);
        QCOMPARE(plan.warnings.first().line, warningLine);
        QVERIFY(plan.warnings.first().message.contains(QLatin1String("someday")));
    }
    // Reading plans only: nothing is written.
    QCOMPARE(project->tasks()->rowCount(), 0);
    QCOMPARE(project->undoStack()->count(), 0);
}

void TestImportFlow::flowAppliesOnceAsOneUndoStep()
{
    const std::unique_ptr<Project> project = openProject(QStringLiteral("flow-apply.candor"));
    QVERIFY(project);
    const QString table = write(QStringLiteral("flow-apply.csv"), csv);
    ImportFlow flow(*project);
    QCOMPARE(flow.read({table}).created.size(), 2);
    const ImportFlow::Outcome outcome = flow.apply();
    QCOMPARE(outcome.result, ImportFlow::Outcome::Result::Imported);
    QVERIFY(outcome.imported());
    QVERIFY2(outcome.message.contains(QLatin1String("flow-apply.csv")),
             qPrintable(outcome.message));
    QVERIFY(outcome.message.contains(QLatin1String("2 created")));
    QCOMPARE(outcome.firstCreated, project->tasks()->idForKey(QStringLiteral("CSV-001")));
    QVERIFY(outcome.firstCreated != 0);
    QCOMPARE(project->undoStack()->count(), 1);

    // The plan is spent: applying again does nothing, and so do the same files read anew.
    QCOMPARE(flow.apply().result, ImportFlow::Outcome::Result::NothingToImport);
    flow.read({table});
    const ImportFlow::Outcome again = flow.apply();
    QCOMPARE(again.result, ImportFlow::Outcome::Result::NothingToImport);
    QVERIFY(!again.imported());
    QCOMPARE(again.firstCreated, 0);
    QVERIFY(again.message.contains(QLatin1String("Nothing to import")));
    QCOMPARE(project->undoStack()->count(), 1);

    project->undoStack()->undo();
    QCOMPARE(project->tasks()->rowCount(), 0);
}

void TestImportFlow::flowRefusesReadOnlyProject()
{
    QVERIFY(openProject(QStringLiteral("flow-readonly.candor")));
    const std::unique_ptr<Project> project =
        openProject(QStringLiteral("flow-readonly.candor"), true);
    QVERIFY(project);
    QVERIFY(project->isReadOnly());
    ImportFlow flow(*project);
    QCOMPARE(flow.read({write(QStringLiteral("flow-readonly.csv"), csv)}).created.size(), 2);
    const ImportFlow::Outcome outcome = flow.apply();
    QCOMPARE(outcome.result, ImportFlow::Outcome::Result::NotWritable);
    QVERIFY(outcome.message.contains(QLatin1String("read-only")));
    QCOMPARE(project->tasks()->rowCount(), 0);
    QCOMPARE(project->undoStack()->count(), 0);
}

void TestImportFlow::flowReportsFailedWrite()
{
    const std::unique_ptr<Project> project = openProject(QStringLiteral("flow-fail.candor"));
    QVERIFY(project);
    // Every task insert fails from here on, as a full disk or a broken file would make it.
    QSqlQuery trigger(project->database().connection());
    QVERIFY2(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON task "
                                         "BEGIN SELECT RAISE(ABORT, 'no room'); END")),
             qPrintable(trigger.lastError().text()));
    QString reported;
    connect(project.get(), &Project::writeFailed, this,
            [&reported](const QString &message) { reported = message; });
    ImportFlow flow(*project);
    flow.read({write(QStringLiteral("flow-fail.csv"), csv)});
    const ImportFlow::Outcome outcome = flow.apply();
    QCOMPARE(outcome.result, ImportFlow::Outcome::Result::Failed);
    QVERIFY(!outcome.imported());
    QVERIFY(!outcome.message.isEmpty());
    QCOMPARE(outcome.message, reported); // the project told its listeners the same
    QCOMPARE(outcome.firstCreated, 0);
    QCOMPARE(project->tasks()->rowCount(), 0);
    QCOMPARE(project->undoStack()->count(), 0);
}

QTEST_MAIN(TestImportFlow)
#include "tst_importflow.moc"
