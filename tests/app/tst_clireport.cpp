// SPDX-License-Identifier: MIT
// `candor report`, run as a script would: formats, templates, paper, headless (no DISPLAY, no
// QT_QPA_PLATFORM), and the exit codes and messages for files it cannot read.
#include "clirunner.h"
#include "database/projectdatabase.h"
#include "project/demoproject.h"
#include "project/project.h"

#include <QPdfDocument>
#include <QPdfSelection>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Candor;

class TestCliReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfWithoutADisplay();
    void formats_data();
    void formats();
    void templatesAndPaper();
    void usageErrors_data();
    void usageErrors();
    void unreadableProjects_data();
    void unreadableProjects();

private:
    CandorTest::CliRunner::Run report(const QStringList &arguments,
                                      const QStringList &unset = {}) const
    {
        return m_cli.run(QStringList{QStringLiteral("report")} + arguments, m_dir.path(), unset);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    CandorTest::CliRunner m_cli;
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCliReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_cli.setUp());
    m_demo = path(QStringLiteral("demo.candor"));
    OpenOptions options;
    options.createIfMissing = true;
    OpenError error;
    auto project = Project::open(m_demo, options, &error);
    QVERIFY2(project, qPrintable(error.message));
    QVERIFY(DemoProject::populate(*project));
}

void TestCliReport::pdfWithoutADisplay()
{
    const QString out = path(QStringLiteral("headless.pdf"));
    const auto run = report({QStringLiteral("--project"), m_demo, QStringLiteral("-o"), out},
                            {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                             QStringLiteral("QT_QPA_PLATFORM")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("Wrote "), run.out.constData());
    QPdfDocument pdf;
    QCOMPARE(pdf.load(out), QPdfDocument::Error::None);
    QVERIFY(pdf.pageCount() >= 1 && pdf.pageCount() <= 2);
    QVERIFY(pdf.getAllText(0).text().contains(QLatin1String("SEC-001")));
}

void TestCliReport::formats_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("starts");
    QTest::newRow("html to stdout")
        << QStringList{QStringLiteral("--format"), QStringLiteral("html")}
        << QByteArray("<!DOCTYPE html>");
    QTest::newRow("markdown to stdout")
        << QStringList{QStringLiteral("--format"), QStringLiteral("markdown")}
        << QByteArray("# Status report: ");
}

void TestCliReport::formats()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, starts);
    const auto run = report(QStringList{QStringLiteral("--project"), m_demo,
                                        QStringLiteral("--template"), QStringLiteral("full")} +
                            arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith(starts));
    for (const char *expected : {"SEC-001", "Security", "Persistence", "Blockers", "All tasks"})
        QVERIFY2(run.out.contains(expected), expected);
    // The file's name chooses the format too.
    const QString out = path(QStringLiteral("named.md"));
    QCOMPARE(report({QStringLiteral("--project"), m_demo, QStringLiteral("-o"), out}).exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("# Status report: "));
}

void TestCliReport::templatesAndPaper()
{
    const QString summary = path(QStringLiteral("summary.pdf"));
    const QString full = path(QStringLiteral("full.pdf"));
    QCOMPARE(report({QStringLiteral("--project"), m_demo, QStringLiteral("-o"), summary,
                     QStringLiteral("--page-size"), QStringLiteral("Letter")})
                 .exitCode,
             0);
    QCOMPARE(
        report({QStringLiteral("--project"), m_demo, QStringLiteral("-o"), full,
                QStringLiteral("--template"), QStringLiteral("full"), QStringLiteral("--page-size"),
                QStringLiteral("A4"), QStringLiteral("--since"), QStringLiteral("2020-01-01")})
            .exitCode,
        0);
    QPdfDocument letter;
    QCOMPARE(letter.load(summary), QPdfDocument::Error::None);
    QVERIFY(qAbs(letter.pagePointSize(0).width() - 612) < 1);
    QPdfDocument a4;
    QCOMPARE(a4.load(full), QPdfDocument::Error::None);
    QVERIFY(qAbs(a4.pagePointSize(0).width() - 595.3) < 1);
    QVERIFY(a4.pageCount() > letter.pageCount());
    QString text;
    for (int page = 0; page < a4.pageCount(); ++page)
        text += a4.getAllText(page).text();
    QVERIFY(text.contains(QLatin1String("Changes since 2020-01-01")));

    // Landscape: the paper turned, the summary still on two pages.
    const QString landscape = path(QStringLiteral("landscape.pdf"));
    QCOMPARE(report({QStringLiteral("--project"), m_demo, QStringLiteral("-o"), landscape,
                     QStringLiteral("--page-size"), QStringLiteral("A4"),
                     QStringLiteral("--orientation"), QStringLiteral("landscape")})
                 .exitCode,
             0);
    QPdfDocument turned;
    QCOMPARE(turned.load(landscape), QPdfDocument::Error::None);
    QVERIFY(qAbs(turned.pagePointSize(0).width() - 841.9) < 1);
    QCOMPARE(turned.pageCount(), 2);
}

void TestCliReport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString project = QStringLiteral("--project");
    const QString demo = QStringLiteral("demo.candor");
    QTest::newRow("no project") << QStringList{QStringLiteral("-o"), QStringLiteral("x.pdf")}
                                << QStringLiteral("--project FILE.candor is required");
    QTest::newRow("pdf without -o")
        << QStringList{project, demo} << QStringLiteral("a PDF report needs -o OUT.pdf");
    QTest::newRow("format") << QStringList{project, demo, QStringLiteral("--format"),
                                           QStringLiteral("docx")}
                            << QStringLiteral("unknown format “docx”");
    QTest::newRow("template") << QStringList{project,
                                             demo,
                                             QStringLiteral("--template"),
                                             QStringLiteral("weekly"),
                                             QStringLiteral("-o"),
                                             QStringLiteral("x.pdf")}
                              << QStringLiteral("unknown template “weekly”");
    QTest::newRow("page size") << QStringList{project,
                                              demo,
                                              QStringLiteral("--page-size"),
                                              QStringLiteral("A3"),
                                              QStringLiteral("-o"),
                                              QStringLiteral("x.pdf")}
                               << QStringLiteral("unknown page size “A3”");
    QTest::newRow("orientation") << QStringList{project,
                                                demo,
                                                QStringLiteral("--orientation"),
                                                QStringLiteral("sideways"),
                                                QStringLiteral("-o"),
                                                QStringLiteral("x.pdf")}
                                 << QStringLiteral("unknown orientation “sideways”");
    QTest::newRow("since") << QStringList{project,
                                          demo,
                                          QStringLiteral("--since"),
                                          QStringLiteral("last week"),
                                          QStringLiteral("-o"),
                                          QStringLiteral("x.pdf")}
                           << QStringLiteral("--since needs a date");
}

void TestCliReport::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto run = report(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));
}

void TestCliReport::unreadableProjects_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("damaged") << QStringLiteral("damaged") << QStringLiteral("not a Candor project");
    QTest::newRow("newer") << QStringLiteral("newer") << QStringLiteral("newer Candor");
}

void TestCliReport::unreadableProjects()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString file = path(kind + QStringLiteral(".candor"));
    if (kind == QLatin1String("damaged")) {
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("# My tasks\n- [ ] not a database\n");
    } else if (kind == QLatin1String("newer")) {
        QVERIFY(QFile::copy(m_demo, file));
        const QString connection = QStringLiteral("tst_clireport_newer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    const QString out = path(kind + QStringLiteral(".pdf"));
    const auto run = report({QStringLiteral("--project"), file, QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errorLines().size(), 1);
    QVERIFY2(run.errorLines().first().startsWith(QLatin1String("candor: ")), run.err.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
