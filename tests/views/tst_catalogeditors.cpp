// SPDX-License-Identifier: MIT
// Project ▸ Components… and Milestones…: every edit through the dialog's real widgets is one
// command on the project's undo stack, written at once, shown by the project's models (and so by
// every view), and undone by Ctrl+Z; refused edits change nothing.
#include "core/taskfield.h"
#include "demofixture.h"
#include "dialogs/componenteditor.h"
#include "dialogs/milestoneeditor.h"
#include "project/project.h"
#include "tasks/componentmodel.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Candor;

namespace {

// Clicks the button of the message box that will be shown next whose text is label.
void answerNextQuestion(const QString &label)
{
    QTimer::singleShot(0, qApp, [label]() {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')) == label) {
                button->click();
                return;
            }
        }
        box->reject();
    });
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return); // editingFinished
}

} // namespace

class TestCatalogEditors : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void renameComponentShowsInTheTableAndUndoes();
    void duplicateComponentNameIsRefused();
    void componentColourPrefixAndStatedCompletion();
    void addMoveAndDeleteComponent();
    void milestoneDatesAndRename();
    void addMoveAndDeleteMilestone();
    void listFollowsUndoFromElsewhere();

private:
    qint64 componentId(const QString &name) const
    {
        return m_project->components()->idForName(name);
    }
    qint64 milestoneId(const QString &name) const
    {
        for (const Milestone &milestone : m_project->milestones()->milestones()) {
            if (milestone.name == name)
                return milestone.id;
        }
        return 0;
    }
    // What the table's Component column shows for the task with that key.
    QString componentShownFor(const QString &key) const
    {
        TaskModel *tasks = m_project->tasks();
        for (int row = 0; row < tasks->rowCount(); ++row) {
            if (tasks->index(row, column(TaskField::Key)).data().toString() == key)
                return tasks->index(row, column(TaskField::Component)).data().toString();
        }
        return {};
    }
    QStringList componentNames() const
    {
        QStringList names;
        for (const Component &component : m_project->components()->components())
            names.append(component.name);
        return names;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestCatalogEditors::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

void TestCatalogEditors::init()
{
    QString error;
    m_project = CandorTest::freshDemoProject(m_dir, &error);
    QVERIFY2(m_project, qPrintable(error));
}

void TestCatalogEditors::cleanup()
{
    m_project.reset();
}

void TestCatalogEditors::renameComponentShowsInTheTableAndUndoes()
{
    ComponentEditor editor(m_project.get());
    editor.show(); // Return reaches a dialog's default button only when shown
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.select(componentId(QStringLiteral("Security")));
    QCOMPARE(editor.nameEdit()->text(), QStringLiteral("Security"));
    QSignalSpy shown(m_project->tasks(), &QAbstractItemModel::dataChanged);
    retype(editor.nameEdit(), QStringLiteral("Security & Privacy"));
    QCOMPARE(m_project->components()->name(componentId(QStringLiteral("Security & Privacy"))),
             QStringLiteral("Security & Privacy"));
    QCOMPARE(componentShownFor(QStringLiteral("SEC-001")), QStringLiteral("Security & Privacy"));
    QVERIFY(!shown.isEmpty()); // the table's component column repaints
    QCOMPARE(editor.list()->currentItem()->text(), QStringLiteral("Security & Privacy"));
    QCOMPARE(m_project->undoStack()->count(), 1); // Return added nothing, closed nothing
    QVERIFY(editor.isVisible());
    QCOMPARE(m_project->undoStack()->undoText(),
             QStringLiteral("Rename component Security to Security & Privacy"));
    m_project->undoStack()->undo();
    QCOMPARE(componentShownFor(QStringLiteral("SEC-001")), QStringLiteral("Security"));
    QCOMPARE(editor.nameEdit()->text(), QStringLiteral("Security"));
}

void TestCatalogEditors::duplicateComponentNameIsRefused()
{
    ComponentEditor editor(m_project.get());
    editor.select(componentId(QStringLiteral("Security")));
    QSignalSpy failures(m_project.get(), &Project::writeFailed);
    retype(editor.nameEdit(), QStringLiteral("persistence"));
    QCOMPARE(failures.count(), 1);
    QVERIFY(componentId(QStringLiteral("Security")) != 0);
    QCOMPARE(m_project->undoStack()->count(), 0);
    QCOMPARE(editor.nameEdit()->text(), QStringLiteral("Security")); // shows what is stored
    // An empty name is refused the same way.
    retype(editor.nameEdit(), QString());
    QCOMPARE(failures.count(), 2);
    QCOMPARE(editor.nameEdit()->text(), QStringLiteral("Security"));
}

void TestCatalogEditors::componentColourPrefixAndStatedCompletion()
{
    ComponentEditor editor(m_project.get());
    const qint64 id = componentId(QStringLiteral("Operations"));
    editor.select(id);
    editor.setColour(QColor(QStringLiteral("#123456")));
    QCOMPARE(m_project->components()->colour(id), QStringLiteral("#123456"));
    retype(editor.prefixEdit(), QStringLiteral("ops2"));
    QCOMPARE(m_project->components()->prefix(id), QStringLiteral("OPS2"));
    QCOMPARE(m_project->suggestKey(id), QStringLiteral("OPS2-001"));
    editor.statedBox()->setFocus();
    editor.statedBox()->selectAll();
    QTest::keyClicks(editor.statedBox(), QStringLiteral("45"));
    QTest::keyClick(editor.statedBox(), Qt::Key_Return);
    QCOMPARE(m_project->components()->component(id)->statedCompletion, std::optional<int>(45));
    QCOMPARE(m_project->undoStack()->count(), 3);
    m_project->undoStack()->undo();
    QVERIFY(!m_project->components()->component(id)->statedCompletion);
    QCOMPARE(editor.statedBox()->value(), -1); // "Not stated"
    QCOMPARE(editor.statedBox()->text(), QStringLiteral("Not stated"));
}

void TestCatalogEditors::addMoveAndDeleteComponent()
{
    ComponentEditor editor(m_project.get());
    const int before = m_project->components()->rowCount();
    QTest::mouseClick(editor.addButton(), Qt::LeftButton);
    QCOMPARE(m_project->components()->rowCount(), before + 1);
    QCOMPARE(editor.nameEdit()->text(), QStringLiteral("New component"));
    QTest::mouseClick(editor.addButton(), Qt::LeftButton);
    QCOMPARE(editor.nameEdit()->text(), QStringLiteral("New component 2"));
    m_project->undoStack()->undo();

    // Move Security below Persistence: the order is the project's, in every view.
    editor.select(componentId(QStringLiteral("Security")));
    QVERIFY(!editor.upButton()->isEnabled());
    QTest::mouseClick(editor.downButton(), Qt::LeftButton);
    QCOMPARE(componentNames().mid(0, 2),
             QStringList({QStringLiteral("Persistence"), QStringLiteral("Security")}));
    QCOMPARE(editor.list()->currentItem()->text(), QStringLiteral("Security"));
    m_project->undoStack()->undo();
    QCOMPARE(componentNames().first(), QStringLiteral("Security"));

    // Deleting one that holds tasks asks, and leaves them without a component; undo brings
    // both back.
    const qint64 security = componentId(QStringLiteral("Security"));
    editor.select(security);
    answerNextQuestion(QStringLiteral("Cancel"));
    QTest::mouseClick(editor.deleteButton(), Qt::LeftButton);
    QVERIFY(m_project->components()->component(security));
    answerNextQuestion(QStringLiteral("Delete"));
    QTest::mouseClick(editor.deleteButton(), Qt::LeftButton);
    QVERIFY(!m_project->components()->component(security));
    const qint64 task = m_project->tasks()->idForKey(QStringLiteral("SEC-001"));
    QCOMPARE(m_project->tasks()->task(task)->componentId, 0);
    m_project->undoStack()->undo();
    QVERIFY(m_project->components()->component(security));
    QCOMPARE(m_project->tasks()->task(task)->componentId, security);
    QCOMPARE(componentNames().first(), QStringLiteral("Security")); // back in its place
}

void TestCatalogEditors::milestoneDatesAndRename()
{
    MilestoneEditor editor(m_project.get());
    const qint64 beta = milestoneId(QStringLiteral("Beta"));
    editor.select(beta);
    QVERIFY(editor.targetCheck()->isChecked());
    QVERIFY2(editor.gatesLabel()->text().contains(QLatin1String("open")),
             qPrintable(editor.gatesLabel()->text()));
    editor.targetEdit()->setDate(QDate(2027, 3, 1));
    emit editor.targetEdit()->editingFinished();
    QCOMPARE(m_project->milestones()->milestone(beta)->targetDate, QDate(2027, 3, 1));
    QTest::mouseClick(editor.doneCheck(), Qt::LeftButton);
    QVERIFY(m_project->milestones()->milestone(beta)->doneDate.isValid());
    QVERIFY(editor.doneEdit()->isEnabled());
    retype(editor.nameEdit(), QStringLiteral("Public beta"));
    QCOMPARE(m_project->milestones()->name(beta), QStringLiteral("Public beta"));
    QCOMPARE(m_project->undoStack()->count(), 3);
    m_project->undoStack()->undo();
    m_project->undoStack()->undo();
    QVERIFY(!m_project->milestones()->milestone(beta)->doneDate.isValid());
    QVERIFY(!editor.doneCheck()->isChecked());
    QCOMPARE(editor.nameEdit()->text(), QStringLiteral("Beta"));
}

void TestCatalogEditors::addMoveAndDeleteMilestone()
{
    MilestoneEditor editor(m_project.get());
    const int before = m_project->milestones()->rowCount();
    QTest::mouseClick(editor.addButton(), Qt::LeftButton);
    QCOMPARE(m_project->milestones()->rowCount(), before + 1);
    QCOMPARE(editor.nameEdit()->text(), QStringLiteral("New milestone"));
    QVERIFY(!editor.targetCheck()->isChecked());
    QVERIFY(!editor.downButton()->isEnabled()); // the last one
    QTest::mouseClick(editor.upButton(), Qt::LeftButton);
    QCOMPARE(m_project->milestones()->milestones().at(before - 1).name,
             QStringLiteral("New milestone"));

    const qint64 beta = milestoneId(QStringLiteral("Beta"));
    const QList<qint64> gated = m_project->tasksOfMilestone(beta);
    QVERIFY(!gated.isEmpty());
    editor.select(beta);
    answerNextQuestion(QStringLiteral("Delete"));
    QTest::mouseClick(editor.deleteButton(), Qt::LeftButton);
    QVERIFY(!m_project->milestones()->milestone(beta));
    QVERIFY(m_project->tasksOfMilestone(beta).isEmpty());
    m_project->undoStack()->undo();
    QVERIFY(m_project->milestones()->milestone(beta));
    QCOMPARE(m_project->tasksOfMilestone(beta), gated);
}

void TestCatalogEditors::listFollowsUndoFromElsewhere()
{
    ComponentEditor editor(m_project.get());
    const int rows = editor.list()->count();
    QTest::mouseClick(editor.addButton(), Qt::LeftButton);
    QCOMPARE(editor.list()->count(), rows + 1);
    m_project->undoStack()->undo(); // Ctrl+Z in the main window
    QCOMPARE(editor.list()->count(), rows);
    m_project->undoStack()->redo();
    QCOMPARE(editor.list()->count(), rows + 1);
}

QTEST_MAIN(TestCatalogEditors)
#include "tst_catalogeditors.moc"
