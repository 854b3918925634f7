// SPDX-License-Identifier: MIT
// Help: the keyboard shortcuts read from the actions themselves, searched; Getting Started's two
// ways in; the About box's versions.
#include "help/aboutdialog.h"
#include "help/gettingstarted.h"
#include "help/shortcutsdialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Candor;

class TestHelp : public QObject
{
    Q_OBJECT
private slots:
    void shortcutsComeFromTheActions();
    void searchNarrowsTheList();
    void gettingStartedOffersTheDemoAndImport();
    void aboutNamesTheVersions();
};

void TestHelp::shortcutsComeFromTheActions()
{
    QAction open(QStringLiteral("&Open…"));
    open.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    QAction twoKeys(QStringLiteral("&Redo"));
    twoKeys.setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    QAction none(QStringLiteral("Report &Options…"));
    QAction ampersand(QStringLiteral("Ops && &Deploy"));
    ampersand.setShortcut(QKeySequence(Qt::Key_F9));
    ShortcutsDialog dialog({{QStringLiteral("File"), {&open, &none}},
                            {QStringLiteral("Edit"), {&twoKeys, &ampersand}},
                            {QStringLiteral("Empty"), {&none}}});
    const QStringList rows = dialog.rows();
    QVERIFY2(rows.contains(QStringLiteral("Ctrl+O: Open")), qPrintable(rows.join(u'\n')));
    QVERIFY(rows.contains(QStringLiteral("Ctrl+Y: Redo")));
    QVERIFY(rows.contains(QStringLiteral("Ctrl+Shift+Z: Redo")));
    QVERIFY(rows.contains(QStringLiteral("F9: Ops & Deploy")));
    // An action without a key is not listed, nor a menu with none.
    QVERIFY(!rows.join(u'\n').contains(QLatin1String("Report Options")));
    QList<QString> headings;
    for (int row = 0; row < dialog.list()->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = dialog.list()->topLevelItem(row);
        if (item->isFirstColumnSpanned())
            headings.append(item->text(0));
    }
    QVERIFY(headings.contains(QStringLiteral("File")));
    QVERIFY(!headings.contains(QStringLiteral("Empty")));
    // The keys of the table and the board, which are not actions.
    QVERIFY(headings.contains(QStringLiteral("Board")));
    QVERIFY(rows.contains(QStringLiteral("0, 1, 2, 3: Set the priority (P0–P3)")));
}

void TestHelp::searchNarrowsTheList()
{
    QAction open(QStringLiteral("&Open…"));
    open.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    QAction quit(QStringLiteral("&Quit"));
    quit.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    ShortcutsDialog dialog({{QStringLiteral("File"), {&open, &quit}}});
    auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("shortcutSearch"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("quit"));
    QCOMPARE(dialog.rows(), QStringList{QStringLiteral("Ctrl+Q: Quit")});
    // Headings of groups with nothing left are hidden with them.
    int shownHeadings = 0;
    for (int row = 0; row < dialog.list()->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = dialog.list()->topLevelItem(row);
        if (item->isFirstColumnSpanned() && !item->isHidden())
            ++shownHeadings;
    }
    QCOMPARE(shownHeadings, 1);
    search->clear();
    QVERIFY(dialog.rows().size() > 2);
}

void TestHelp::gettingStartedOffersTheDemoAndImport()
{
    GettingStarted dialog;
    QSignalSpy demo(&dialog, &GettingStarted::demoWanted);
    QSignalSpy import(&dialog, &GettingStarted::importWanted);
    dialog.show();
    QTest::mouseClick(dialog.demoButton(), Qt::LeftButton);
    QCOMPARE(demo.count(), 1);
    QVERIFY(!dialog.isVisible());
    dialog.show();
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QCOMPARE(import.count(), 1);
    QCOMPARE(demo.count(), 1);
}

void TestHelp::aboutNamesTheVersions()
{
    AboutDialog dialog;
    const QString text = dialog.text()->text();
    QVERIFY(text.contains(QStringLiteral(CANDOR_VERSION)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QLatin1String("MIT")));
    QVERIFY(text.contains(QLatin1String("Lesser General Public License")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("aboutQtButton")));
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
