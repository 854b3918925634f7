// SPDX-License-Identifier: MIT
// The language the real executable speaks: the system's (LANGUAGE), unless Preferences saved one
// (ui/language), unless --lang names one; Qt's own strings in the same language.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestCliLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chosen_data();
    void chosen();
    void qtStringsFollow();
    void missingValue_data();
    void missingValue();

private:
    using Run = CandorTest::CliRunner::Run;
    static QString nothingSaved() { return QStringLiteral("(no ui/language key)"); }
    // What `candor ARGUMENTS` prints with the system language and the saved choice given.
    Run run(const QStringList &arguments, const QString &system, const QString &saved);
    QTemporaryDir m_dir;
    CandorTest::CliRunner m_runner;
};

void TestCliLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_runner.setUp());
}

TestCliLanguage::Run TestCliLanguage::run(const QStringList &arguments, const QString &system,
                                          const QString &saved)
{
    // The settings file the executable reads (organisation Candor, application Candor).
    QSettings settings(m_runner.configPath() + QStringLiteral("/Candor/Candor.conf"),
                       QSettings::IniFormat);
    if (saved == nothingSaved())
        settings.remove(QStringLiteral("ui/language"));
    else
        settings.setValue(QStringLiteral("ui/language"), saved);
    settings.sync();
    m_runner.setEnvironment(QStringLiteral("LANGUAGE"), system);
    return m_runner.run(arguments, m_dir.path());
}

void TestCliLanguage::chosen_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<bool>("german");
    const QStringList help{QStringLiteral("--help")};
    const QString none = nothingSaved();
    const QString de = QStringLiteral("de");
    const QString en = QStringLiteral("en");
    QTest::newRow("system en") << help << en << none << false;
    QTest::newRow("system de") << help << de << none << true;
    // Italian is not shipped: the next language the system names is.
    QTest::newRow("system it then de") << help << QStringLiteral("it:de") << none << true;
    QTest::newRow("saved empty follows system") << help << de << QString() << true;
    QTest::newRow("saved de beats system") << help << en << de << true;
    QTest::newRow("saved en beats system") << help << de << en << false;
    QTest::newRow("--lang beats saved")
        << QStringList{QStringLiteral("--lang"), en, help[0]} << de << de << false;
    QTest::newRow("--lang beats system")
        << QStringList{QStringLiteral("--lang"), de, help[0]} << en << none << true;
    QTest::newRow("--lang=de") << QStringList{QStringLiteral("--lang=de"), help[0]} << en << none
                               << true;
    QTest::newRow("--lang after") << QStringList{help[0], QStringLiteral("--lang"), de} << en
                                  << none << true;
    QTest::newRow("--lang de_AT") << QStringList{QStringLiteral("--lang"), QStringLiteral("de_AT"),
                                                 help[0]}
                                  << en << none << true;
    QTest::newRow("--lang unknown")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("xx"), help[0]} << de << none
        << false;
}

void TestCliLanguage::chosen()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, system);
    QFETCH(QString, saved);
    QFETCH(bool, german);
    const Run result = run(arguments, system, saved);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QString text = QString::fromUtf8(result.out);
    QCOMPARE(text.contains(QLatin1String("\nBefehle:\n")), german);
    QCOMPARE(text.contains(QLatin1String("\nCommands:\n")), !german);
    // The usage lists --lang with the languages there are catalogues for.
    QVERIFY2(text.contains(QLatin1String("candor --lang en|de")), qPrintable(text));
}

void TestCliLanguage::qtStringsFollow()
{
    // QCommandLineParser's help is Qt's, translated by Qt's own catalogue.
    const QStringList arguments{QStringLiteral("--lang"), QStringLiteral("de"),
                                QStringLiteral("generate"), QStringLiteral("--help")};
    const Run german = run(arguments, QStringLiteral("en"), nothingSaved());
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(german.out.startsWith("Aufruf: "), german.out.constData());
    QVERIFY(german.out.contains("Optionen:"));
    const Run english = run({QStringLiteral("generate"), QStringLiteral("--help")},
                            QStringLiteral("en"), nothingSaved());
    QVERIFY2(english.out.startsWith("Usage: "), english.out.constData());
}

void TestCliLanguage::missingValue_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("message");
    const QString english = QStringLiteral("candor: Missing value after '--lang'. (see candor "
                                           "--help)");
    QTest::newRow("last") << QStringList{QStringLiteral("--lang")} << "en" << english;
    QTest::newRow("before an option")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("--help")} << "en" << english;
    QTest::newRow("empty") << QStringList{QStringLiteral("--lang=")} << "en" << english;
    QTest::newRow("in the system's language")
        << QStringList{QStringLiteral("--lang")} << "de"
        << QStringLiteral("candor: Nach '--lang' fehlt der Wert. (siehe candor --help)");
}

void TestCliLanguage::missingValue()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, system);
    QFETCH(QString, message);
    const Run result = run(arguments, system, nothingSaved());
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.errorLines(), QStringList{message});
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
