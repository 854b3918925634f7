// SPDX-License-Identifier: MIT
// LanguageLoader: which language wins (--lang, the saved choice, the system), and installing
// one: Candor's and Qt's catalogues, the default locale's formats, replacing the previous ones.
#include "shell/languageloader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace Candor;

class TestLanguageLoader final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void chosen_data();
    void chosen();
    void install_data();
    void install();
    void replacesThePrevious();
    void available();
    void englishPlurals_data();
    void englishPlurals();

private:
    static int installedTranslators()
    {
        return int(qApp->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly).size());
    }
};

void TestLanguageLoader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CandorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languageloader"));
}

void TestLanguageLoader::cleanup()
{
    QSettings().remove(LanguageLoader::settingsKey());
    LanguageLoader::install(QStringLiteral("en"));
}

void TestLanguageLoader::chosen_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing: the system") << ""
                                         << ""
                                         << "";
    QTest::newRow("saved") << ""
                           << "fr"
                           << "fr";
    QTest::newRow("saved, spaces trimmed") << ""
                                           << " de "
                                           << "de";
    QTest::newRow("--lang beats saved") << "es"
                                        << "fr"
                                        << "es";
    QTest::newRow("--lang alone") << "de"
                                  << ""
                                  << "de";
}

void TestLanguageLoader::chosen()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, saved);
    QFETCH(QString, expected);
    QCOMPARE(LanguageLoader::settingsKey(), QStringLiteral("ui/language"));
    if (!saved.isEmpty())
        QSettings().setValue(LanguageLoader::settingsKey(), saved);
    QCOMPARE(LanguageLoader::chosen(commandLine), expected);
}

void TestLanguageLoader::install_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("loaded");
    QTest::addColumn<QString>("commands"); // a string of Candor's
    QTest::addColumn<QString>("usage");    // a string of Qt's
    QTest::addColumn<QString>("number");   // 1234.5 in the default locale
    QTest::newRow("de") << "de" << true << "Befehle:"
                        << "Aufruf: %1"
                        << "1.234,5";
    QTest::newRow("de_AT: German") << "de_AT" << true << "Befehle:"
                                   << "Aufruf: %1"
                                   << "1 234,5";
    QTest::newRow("en") << "en" << false << "Commands:"
                        << "Usage: %1"
                        << "1,234.5";
    // A language without Candor's catalogue (this test embeds German only) stays English, Qt's
    // strings too, with its own formats.
    QTest::newRow("fr without a catalogue") << "fr_FR" << false << "Commands:"
                                            << "Usage: %1"
                                            << "1 234,5";
    QTest::newRow("unknown") << "xx" << false << "Commands:"
                             << "Usage: %1"
                             << "1234.5";
}

void TestLanguageLoader::install()
{
    QFETCH(QString, language);
    QFETCH(bool, loaded);
    QFETCH(QString, commands);
    QFETCH(QString, usage);
    QFETCH(QString, number);
    QCOMPARE(LanguageLoader::install(language), loaded);
    QCOMPARE(QCoreApplication::translate("CommandLine", "Commands:"), commands);
    QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Usage: %1"), usage);
    // Candor's and Qt's catalogues; or English plurals alone.
    QCOMPARE(installedTranslators(), loaded ? 2 : 1);
    // Dates and numbers follow the chosen language (a narrow no-break space is one way).
    QString shown = QLocale().toString(1234.5, 'f', 1);
    shown.replace(QChar(0x202f), QLatin1Char(' ')).replace(QChar(0xa0), QLatin1Char(' '));
    QCOMPARE(shown, number);
}

void TestLanguageLoader::replacesThePrevious()
{
    QVERIFY(LanguageLoader::install(QStringLiteral("de")));
    QVERIFY(LanguageLoader::install(QStringLiteral("de")));
    QCOMPARE(installedTranslators(), 2);
    QVERIFY(!LanguageLoader::install(QStringLiteral("en")));
    QCOMPARE(installedTranslators(), 1); // English plurals
    QCOMPARE(QCoreApplication::translate("CommandLine", "Commands:"), QStringLiteral("Commands:"));
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestLanguageLoader::available()
{
    const QStringList languages = LanguageLoader::available();
    QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(u',')));
    QVERIFY(!languages.contains(QStringLiteral("en"))); // the source language's plurals only
    QVERIFY(std::is_sorted(languages.cbegin(), languages.cend()));
}

void TestLanguageLoader::englishPlurals_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("en_GB") << "en_GB";
    QTest::newRow("fr without a catalogue") << "fr_FR";
    QTest::newRow("unknown") << "xx";
}

// "%Ln card(s)" reads "1 card" and "8 cards" in English, and wherever English stands in.
void TestLanguageLoader::englishPlurals()
{
    QFETCH(QString, language);
    QVERIFY(!LanguageLoader::install(language));
    const auto cards = [](int n) {
        return QCoreApplication::translate("BoardChrome", "%Ln card(s)", nullptr, n);
    };
    QCOMPARE(cards(1), QStringLiteral("1 card"));
    QCOMPARE(cards(8), QStringLiteral("8 cards"));
    QCOMPARE(cards(0), QStringLiteral("0 cards"));
    QCOMPARE(QCoreApplication::translate("Candor::MainWindow", "Delete %Ln task(s)?", nullptr, 1),
             QStringLiteral("Delete 1 task?"));
    // Large numbers are grouped as the locale groups them.
    QCOMPARE(
        QCoreApplication::translate("Candor::MainWindow", "Delete %Ln task(s)?", nullptr, 12345),
        QStringLiteral("Delete %1 tasks?").arg(QLocale().toString(12345)));
    const auto slipped = [](int n) {
        return QCoreApplication::translate("Candor::TimelineChart", "Slipped by %n day(s)", nullptr,
                                           n);
    };
    QCOMPARE(slipped(1), QStringLiteral("Slipped by 1 day"));
    QCOMPARE(slipped(3), QStringLiteral("Slipped by 3 days"));
    // German keeps its own.
    QVERIFY(LanguageLoader::install(QStringLiteral("de")));
    QCOMPARE(slipped(1), QStringLiteral("Um 1 Tag verspätet"));
}

QTEST_GUILESS_MAIN(TestLanguageLoader)
#include "tst_languageloader.moc"
