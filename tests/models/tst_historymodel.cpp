// SPDX-License-Identifier: MIT
#include "commands/dependencycommands.h"
#include "commands/movecardscommand.h"
#include "commands/settaskfieldcommand.h"
#include "core/taskfield.h"
#include "tasks/historymodel.h"
#include "testproject.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace Candor;
using namespace CandorTest;

namespace {

// Marks every field name it translates, to show that the names go through the translator.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "TaskField") != 0)
            return {};
        return QStringLiteral("«%1»").arg(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

// The inspector's history as a person reads it: field names in words, ranks as moves,
// dependencies by task.
class TestHistoryModel final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void fieldLabelsFollowTheEventNames();
    void fieldLabelsAreTranslated();
    void rankChangeReadsAsAMove();
    void moveToAnotherColumnIsOneRow();
    void dependencyNamesTheTask();

private:
    qint64 id(const char *key) const { return m_project->tasks()->idForKey(QLatin1String(key)); }
    QString cell(int row, int column) const
    {
        return m_history->index(row, column).data().toString();
    }

    std::unique_ptr<Project> m_project;
    std::unique_ptr<HistoryModel> m_history;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestHistoryModel::init()
{
    m_tester.reset();
    m_history.reset();
    m_project = demoProject();
    QVERIFY(m_project);
    m_history = std::make_unique<HistoryModel>(m_project.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_history.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestHistoryModel::fieldLabelsFollowTheEventNames()
{
    for (int i = 0; i <= static_cast<int>(TaskField::VerifiedOn); ++i) {
        const auto field = static_cast<TaskField>(i);
        QCOMPARE(fieldLabel(fieldName(field)), fieldLabel(field));
        QVERIFY2(!fieldLabel(field).contains(QLatin1Char('_')), qPrintable(fieldLabel(field)));
    }
    QCOMPARE(fieldLabel(TaskField::Optimistic), QStringLiteral("optimistic estimate"));
    QCOMPARE(fieldLabel(QStringLiteral("depends_on")), QStringLiteral("depends on"));
    QCOMPARE(fieldLabel(QStringLiteral("no_such_field")), QStringLiteral("no_such_field"));
    // The undo text says it in words too.
    SetTaskFieldCommand command(m_project.get(), TaskField::Optimistic, {id("SEC-001")}, {2.0});
    QCOMPARE(command.text(), QStringLiteral("Change optimistic estimate of SEC-001"));
}

void TestHistoryModel::fieldLabelsAreTranslated()
{
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const QString label = fieldLabel(TaskField::Pessimistic);
    const QString event = fieldLabel(QStringLiteral("depends_on"));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(label, QStringLiteral("«pessimistic estimate»"));
    QCOMPARE(event, QStringLiteral("«depends on»"));
}

void TestHistoryModel::rankChangeReadsAsAMove()
{
    const qint64 sec2 = id("SEC-002"); // Todo
    m_history->setTaskId(sec2);
    const int before = m_history->rowCount();
    QUndoStack *stack = m_project->undoStack();
    const double rank = m_project->tasks()->task(sec2)->rank;
    stack->push(new SetTaskFieldCommand(m_project.get(), TaskField::Rank, {sec2}, {rank + 1000}));
    QCOMPARE(m_history->rowCount(), before + 1);
    QCOMPARE(cell(0, HistoryModel::Field), QStringLiteral("board position"));
    QCOMPARE(cell(0, HistoryModel::From), QString());
    QCOMPARE(cell(0, HistoryModel::To), QStringLiteral("moved within Todo"));
    for (int row = 0; row < m_history->rowCount(); ++row) {
        for (int column = 0; column < HistoryModel::ColumnCount; ++column)
            QVERIFY2(!cell(row, column).contains(QLatin1String("rank")), qPrintable(cell(row, 1)));
    }
    // A later status change does not rewrite where the move happened (a later step: another
    // millisecond, as a person's next edit always is).
    QTest::qSleep(5);
    stack->push(new SetTaskFieldCommand(m_project.get(), TaskField::Status, {sec2},
                                        {int(Status::InProgress)}));
    QCOMPARE(cell(1, HistoryModel::To), QStringLiteral("moved within Todo"));
    QCOMPARE(cell(0, HistoryModel::Field), QStringLiteral("status"));
    QCOMPARE(cell(0, HistoryModel::To), QStringLiteral("In progress"));
}

void TestHistoryModel::moveToAnotherColumnIsOneRow()
{
    const qint64 sec2 = id("SEC-002");
    m_history->setTaskId(sec2);
    const int before = m_history->rowCount();
    m_project->undoStack()->push(new MoveCardsCommand(
        m_project.get(),
        {{TaskField::Status, {sec2}, {int(Status::InProgress)}}, {TaskField::Rank, {sec2}, {5.0}}},
        QStringLiteral("Move")));
    QCOMPARE(m_project->tasks()->task(sec2)->status, Status::InProgress);
    QCOMPARE(m_history->rowCount(), before + 1);
    QCOMPARE(cell(0, HistoryModel::Field), QStringLiteral("status"));
    QCOMPARE(cell(0, HistoryModel::From), QStringLiteral("Todo"));
}

void TestHistoryModel::dependencyNamesTheTask()
{
    const qint64 sec3 = id("SEC-003");
    m_history->setTaskId(sec3);
    const int before = m_history->rowCount();
    m_project->undoStack()->push(
        new DependencyCommand(m_project.get(), DependencyCommand::Kind::Add, sec3, id("SEC-001")));
    QCOMPARE(m_history->rowCount(), before + 1);
    QCOMPARE(cell(0, HistoryModel::Field), QStringLiteral("depends on"));
    QCOMPARE(cell(0, HistoryModel::To), QStringLiteral("SEC-001 “Implement encryption at rest”"));
    m_project->undoStack()->undo();
    QCOMPARE(cell(0, HistoryModel::From), QStringLiteral("SEC-001 “Implement encryption at rest”"));
    QCOMPARE(cell(0, HistoryModel::To), QString());
}

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
