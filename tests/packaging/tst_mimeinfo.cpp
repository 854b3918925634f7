// SPDX-License-Identifier: MIT
// The installed shared-mime-info entry (packaging/linux/candor.mime.xml.in), read by Qt's MIME
// database beside freedesktop.org's types, as on a system where Candor is installed:
// a .candor file by its name, a Candor project by its content (SQLite header and
// application_id) whatever its name, and any other SQLite file as SQLite.
#include "project/project.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QMimeType>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Candor;

class TestMimeInfo final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void detected_data();
    void detected();
    void declaration();

private:
    QTemporaryDir m_dir;
};

void TestMimeInfo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString system = QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml");
    if (!QFile::exists(system))
        QSKIP("needs the system's MIME database (Debian: shared-mime-info)");

    // freedesktop.org's types and the installed package (CANDOR_INSTALLED_SHARE, set by CMake)
    // in one database, as on a system after installing Candor. Qt reads the packages' XML
    // where no mime.cache was built (update-mime-database would spend seconds on the disk).
    const QString installed = qEnvironmentVariable("CANDOR_INSTALLED_SHARE") +
                              QStringLiteral("/mime/packages/") +
                              qEnvironmentVariable("CANDOR_APP_ID") + QStringLiteral(".xml");
    const QString packages = m_dir.filePath(QStringLiteral("share/mime/packages"));
    QVERIFY(QDir().mkpath(packages));
    QVERIFY2(QFile::copy(installed, packages + QStringLiteral("/candor.xml")),
             qPrintable(installed));
    QVERIFY(QFile::copy(system, packages + QStringLiteral("/freedesktop.org.xml")));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_dir.filePath(QStringLiteral("share"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));

    OpenOptions options;
    options.createIfMissing = true;
    OpenError error;
    QVERIFY2(Project::open(m_dir.filePath(QStringLiteral("project.candor")), options, &error),
             qPrintable(error.message));
    // The same project under names that say nothing, or something else: its content must win.
    for (const char *name : {"project-copy", "project.sqlite"})
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("project.candor")),
                            m_dir.filePath(QLatin1String(name))));

    // An SQLite file of another application.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("other.db")));
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (a)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("x"));
}

void TestMimeInfo::detected_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("expected");
    const QString candor = QStringLiteral("application/x-candor");
    const QString sqlite = QStringLiteral("application/vnd.sqlite3");
    QTest::newRow("by name") << "project.candor" << int(QMimeDatabase::MatchExtension) << candor;
    QTest::newRow("by content") << "project.candor" << int(QMimeDatabase::MatchContent) << candor;
    QTest::newRow("no extension") << "project-copy" << int(QMimeDatabase::MatchDefault) << candor;
    // The magic outranks the glob of SQLite's own type.
    QTest::newRow("sqlite name") << "project.sqlite" << int(QMimeDatabase::MatchDefault) << candor;
    QTest::newRow("other sqlite") << "other.db" << int(QMimeDatabase::MatchContent) << sqlite;
}

void TestMimeInfo::detected()
{
    QFETCH(QString, file);
    QFETCH(int, mode);
    QFETCH(QString, expected);
    const QMimeType type =
        QMimeDatabase().mimeTypeForFile(m_dir.filePath(file), QMimeDatabase::MatchMode(mode));
    QCOMPARE(type.name(), expected);
}

void TestMimeInfo::declaration()
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(QStringLiteral("application/x-candor"));
    QVERIFY(type.isValid());
    QCOMPARE(type.suffixes(), QStringList{QStringLiteral("candor")});
    QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));
    QCOMPARE(type.iconName(), qEnvironmentVariable("CANDOR_APP_ID"));
    QCOMPARE(type.comment(), QStringLiteral("Candor project"));
}

QTEST_GUILESS_MAIN(TestMimeInfo)
#include "tst_mimeinfo.moc"
