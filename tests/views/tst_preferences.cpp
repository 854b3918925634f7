// SPDX-License-Identifier: MIT
// Edit ▸ Preferences: the theme applies at once and is kept, the language is kept for the next
// start (and says so), the projects folder is where file dialogs start.
#include "shell/languageloader.h"
#include "shell/preferencesdialog.h"
#include "shell/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Candor;

class TestPreferences : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void themeAppliesAtOnceAndIsKept();
    void languageIsKeptForTheNextStart();
    void projectsFolder();
    void cancelChangesNothing();

private:
    static void choose(QComboBox *box, const QString &data);
    static void clickOk(PreferencesDialog &dialog);
    QTemporaryDir m_dir;
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CandorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
    QVERIFY(m_dir.isValid());
}

void TestPreferences::init()
{
    QSettings().clear();
    Theme::apply(Theme::Choice::System);
}

void TestPreferences::choose(QComboBox *box, const QString &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    box->setCurrentIndex(index);
}

void TestPreferences::clickOk(PreferencesDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestPreferences::themeAppliesAtOnceAndIsKept()
{
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    PreferencesDialog dialog;
    QCOMPARE(dialog.themeBox()->currentData().toString(), QStringLiteral("system"));
    choose(dialog.themeBox(), QStringLiteral("dark"));
    clickOk(dialog);
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             Theme::dark().color(QPalette::Window));
    QCOMPARE(Theme::saved(), Theme::Choice::Dark);

    PreferencesDialog again;
    QCOMPARE(again.themeBox()->currentData().toString(), QStringLiteral("dark"));
    choose(again.themeBox(), QStringLiteral("system"));
    clickOk(again);
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    QCOMPARE(Theme::saved(), Theme::Choice::System);
    QVERIFY(!QSettings().contains(Theme::settingsKey()));
}

void TestPreferences::languageIsKeptForTheNextStart()
{
    PreferencesDialog dialog;
    dialog.show();
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNote"));
    QVERIFY(note);
    QVERIFY(!note->isVisible());
    // The system's, English, and every catalogue Candor has, by its own name.
    QCOMPARE(dialog.languageBox()->count(), 2 + int(LanguageLoader::available().size()));
    choose(dialog.languageBox(), QStringLiteral("de"));
    QCOMPARE(dialog.languageBox()->currentText(), QStringLiteral("Deutsch"));
    QVERIFY(note->isVisible());
    clickOk(dialog);
    QCOMPARE(QSettings().value(LanguageLoader::settingsKey()).toString(), QStringLiteral("de"));
    QCOMPARE(LanguageLoader::chosen(QString()), QStringLiteral("de"));

    PreferencesDialog again;
    QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("de"));
    choose(again.languageBox(), QString());
    clickOk(again);
    QVERIFY(!QSettings().contains(LanguageLoader::settingsKey()));
}

void TestPreferences::projectsFolder()
{
    QCOMPARE(PreferencesDialog::projectFolder(), QDir::homePath());
    PreferencesDialog dialog;
    dialog.folderEdit()->setText(QDir::toNativeSeparators(m_dir.path()));
    clickOk(dialog);
    QCOMPARE(PreferencesDialog::projectFolder(), m_dir.path());
    // A folder that has gone away: the home folder again.
    QSettings().setValue(PreferencesDialog::projectFolderKey(),
                         m_dir.filePath(QStringLiteral("gone")));
    QCOMPARE(PreferencesDialog::projectFolder(), QDir::homePath());
}

void TestPreferences::cancelChangesNothing()
{
    PreferencesDialog dialog;
    choose(dialog.themeBox(), QStringLiteral("dark"));
    choose(dialog.languageBox(), QStringLiteral("de"));
    dialog.reject();
    QCOMPARE(Theme::saved(), Theme::Choice::System);
    QVERIFY(!QSettings().contains(LanguageLoader::settingsKey()));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
