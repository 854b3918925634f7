// SPDX-License-Identifier: MIT
// File ▸ Export Project: every format of `candor export`, written by the same code, through the
// menu's actions; a file that cannot be written is told and nothing is left half written.
#include "demofixture.h"
#include "io/export/projectexport.h"
#include "project/project.h"
#include "shell/exportactions.h"
#include "tasks/taskmodel.h"

#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Candor;

class TestExportActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menuFollowsTheProject();
    void everyFormatWritesWhatTheCommandLineWrites_data();
    void everyFormatWritesWhatTheCommandLineWrites();
    void suggestedNamesSayWhatTheyHold();
    void cancelledChoiceWritesNothing();
    void unwritableFileIsTold();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<Project> m_project;
    ExportActions *m_actions = nullptr;
};

void TestExportActions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

void TestExportActions::init()
{
    QString error;
    m_project = CandorTest::freshDemoProject(m_dir, &error);
    QVERIFY2(m_project, qPrintable(error));
    m_window = std::make_unique<QWidget>();
    m_actions = new ExportActions(m_window.get());
    m_actions->setInteractive(false);
    m_actions->setProject(m_project.get());
}

void TestExportActions::cleanup()
{
    m_window.reset();
    m_project.reset();
}

void TestExportActions::menuFollowsTheProject()
{
    // One action per format of `candor export`, in its order.
    QStringList tokens;
    for (QAction *action : m_actions->menu()->actions()) {
        if (!action->isSeparator()) {
            tokens.append(action->data().toString());
            QVERIFY(action->isEnabled());
        }
    }
    QCOMPARE(tokens, ProjectExport::tokens());
    m_actions->setProject(nullptr);
    QVERIFY(!m_actions->menu()->isEnabled());
    QVERIFY(!m_actions->action(QStringLiteral("csv"))->isEnabled());
}

void TestExportActions::everyFormatWritesWhatTheCommandLineWrites_data()
{
    QTest::addColumn<QString>("token");
    for (const QString &token : ProjectExport::tokens())
        QTest::newRow(qPrintable(token)) << token;
}

void TestExportActions::everyFormatWritesWhatTheCommandLineWrites()
{
    QFETCH(QString, token);
    const QString path = m_dir.filePath(QStringLiteral("export-%1").arg(token));
    m_actions->setFileChooser(
        [&](const QString &chosen, const QString &) { return chosen == token ? path : QString(); });
    QSignalSpy messages(m_actions, &ExportActions::message);
    m_actions->action(token)->trigger();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.isEmpty());
    if (token == QLatin1String("json")) {
        // The JSON carries the day it was made and a forecast drawn at random: compare content.
        const QJsonObject object = QJsonDocument::fromJson(bytes).object();
        QVERIFY(!object.isEmpty());
        QVERIFY(bytes.contains("SEC-001"));
    } else {
        QCOMPARE(bytes, ProjectExport::write(*m_project, token));
    }
    QCOMPARE(messages.count(), 1);
    QVERIFY2(messages.first().first().toString().startsWith(QLatin1String("Exported 25 task")),
             qPrintable(messages.first().first().toString()));
}

void TestExportActions::suggestedNamesSayWhatTheyHold()
{
    QMap<QString, QString> suggested;
    m_actions->setFileChooser([&](const QString &token, const QString &name) {
        suggested.insert(token, name);
        return QString();
    });
    for (const QString &token : ProjectExport::tokens())
        m_actions->action(token)->trigger();
    const QString name = m_project->name();
    QCOMPARE(suggested.value(QStringLiteral("csv")), name + QStringLiteral(".csv"));
    QCOMPARE(suggested.value(QStringLiteral("markdown")), name + QStringLiteral(".md"));
    QCOMPARE(suggested.value(QStringLiteral("taskwarrior")),
             name + QStringLiteral("-taskwarrior.json"));
    QCOMPARE(suggested.value(QStringLiteral("json")), name + QStringLiteral(".json"));
}

void TestExportActions::cancelledChoiceWritesNothing()
{
    m_actions->setFileChooser([](const QString &, const QString &) { return QString(); });
    QSignalSpy messages(m_actions, &ExportActions::message);
    m_actions->action(QStringLiteral("csv"))->trigger();
    QCOMPARE(messages.count(), 0);
}

void TestExportActions::unwritableFileIsTold()
{
    const QString path = m_dir.filePath(QStringLiteral("missing/folder/tasks.csv"));
    QSignalSpy messages(m_actions, &ExportActions::message);
    QVERIFY(!m_actions->exportTo(QStringLiteral("csv"), path));
    QCOMPARE(messages.count(), 1);
    QVERIFY2(messages.first().first().toString().startsWith(QLatin1String("Cannot write")),
             qPrintable(messages.first().first().toString()));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestExportActions)
#include "tst_exportactions.moc"
