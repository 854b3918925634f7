// SPDX-License-Identifier: MIT
#include "core/taskfield.h"
#include "database/projectdatabase.h"
#include "dialogs/importdialog.h"
#include "io/importplan.h"
#include "io/importreader.h"
#include "project/demoproject.h"
#include "project/project.h"
#include "shell/columnwidths.h"
#include "shell/projectworkspace.h"
#include "table/tasktableview.h"

#include <QFile>
#include <QHeaderView>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Candor;

// Columns fit their header text and the values in sight when a view first shows, and keep the
// widths a person gives them, per view: the task table and the import preview's lists.
class TestColumnWidths final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tableFitsHeadersAndValues();
    void tableRemembersWidths();
    void narrowTableKeepsHeadersWhole();
    void importPreviewFitsAndRemembers();

private:
    std::unique_ptr<ProjectWorkspace> newWorkspace();
    static void verifyFits(QAbstractItemView *view, QHeaderView *header);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestColumnWidths::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_columnwidths"));
    QVERIFY(m_dir.isValid());
}

void TestColumnWidths::init()
{
    QSettings().remove(ColumnWidths::settingsGroup());
    OpenError error;
    m_project = Project::load(ProjectDatabase::openInMemory(), &error);
    QVERIFY2(m_project, qPrintable(error.message));
    QVERIFY(DemoProject::populate(*m_project).ok());
    m_project->undoStack()->clear();
}

void TestColumnWidths::cleanup()
{
    m_project.reset();
}

std::unique_ptr<ProjectWorkspace> TestColumnWidths::newWorkspace()
{
    auto workspace = std::make_unique<ProjectWorkspace>(m_project.get());
    workspace->resize(1400, 800);
    workspace->show();
    if (!QTest::qWaitForWindowExposed(workspace.get()))
        qWarning("The workspace was not exposed");
    return workspace;
}

void TestColumnWidths::verifyFits(QAbstractItemView *view, QHeaderView *header)
{
    const int third = view->viewport()->width() / 3;
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section) ||
            header->sectionResizeMode(section) != QHeaderView::Interactive ||
            (header->stretchLastSection() && section == header->count() - 1))
            continue;
        const QString name = header->model()->headerData(section, Qt::Horizontal).toString();
        const int width = header->sectionSize(section);
        QVERIFY2(width >= header->sectionSizeHint(section),
                 qPrintable(QStringLiteral("%1: %2 < header %3")
                                .arg(name)
                                .arg(width)
                                .arg(header->sectionSizeHint(section))));
        QVERIFY2(width >= std::min(view->sizeHintForColumn(section), third),
                 qPrintable(QStringLiteral("%1: %2 < values %3")
                                .arg(name)
                                .arg(width)
                                .arg(view->sizeHintForColumn(section))));
    }
}

void TestColumnWidths::tableFitsHeadersAndValues()
{
    auto workspace = newWorkspace();
    TaskTableView *table = workspace->table();
    QVERIFY(table->isVisible());
    verifyFits(table, table->horizontalHeader());
    // The title still takes the rest.
    QCOMPARE(table->horizontalHeader()->sectionResizeMode(column(TaskField::Title)),
             QHeaderView::Stretch);
}

// On a narrow table (or with the longer headers of German) the values give way, never a
// header's text: "Zuständig" is read whole, the values beyond it are cut with "…".
void TestColumnWidths::narrowTableKeepsHeadersWhole()
{
    auto workspace = std::make_unique<ProjectWorkspace>(m_project.get());
    workspace->resize(900, 600);
    workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(workspace.get()));
    TaskTableView *table = workspace->table();
    QHeaderView *header = table->horizontalHeader();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section) ||
            header->sectionResizeMode(section) != QHeaderView::Interactive)
            continue;
        const QString name = header->model()->headerData(section, Qt::Horizontal).toString();
        const int text = header->fontMetrics().horizontalAdvance(name) + 2 * margin;
        QVERIFY2(header->sectionSize(section) >= text,
                 qPrintable(QStringLiteral("%1: %2 < %3")
                                .arg(name)
                                .arg(header->sectionSize(section))
                                .arg(text)));
    }
}

void TestColumnWidths::tableRemembersWidths()
{
    const int assignee = column(TaskField::Assignee);
    int fitted = 0;
    {
        auto workspace = newWorkspace();
        QHeaderView *header = workspace->table()->horizontalHeader();
        fitted = header->sectionSize(assignee);
        // What dragging the header's edge does.
        header->resizeSection(assignee, fitted + 77);
    }
    {
        auto workspace = newWorkspace();
        QCOMPARE(workspace->table()->horizontalHeader()->sectionSize(assignee), fitted + 77);
    }
    // Another view keeps its own: the import preview's lists are not the table.
    QVERIFY(QSettings().contains(ColumnWidths::settingsGroup() + QStringLiteral("/taskTable")));
    QVERIFY(!QSettings().contains(ColumnWidths::settingsGroup() +
                                  QStringLiteral("/importDialog/createdList")));
}

void TestColumnWidths::importPreviewFitsAndRemembers()
{
    const QString path = m_dir.filePath(QStringLiteral("wide.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("key,title,status,priority,component\n"
               "WIDE-001,A title long enough to need more room than the default gives it,todo,"
               "P1,Integration and deployment pipeline\n"
               "WIDE-002,Short,done,P2,Integration and deployment pipeline\n");
    file.close();
    const ImportPlan plan = ImportPlanner::plan(*m_project, ImportReader::readFiles({path}));
    QCOMPARE(plan.created.size(), 2);
    int componentWidth = 0;
    {
        ImportDialog dialog(*m_project, plan);
        dialog.resize(1600, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *created = dialog.findChild<QTreeWidget *>(QStringLiteral("createdList"));
        QVERIFY(created && created->isVisible());
        verifyFits(created, created->header());
        // The component's name is shown whole.
        componentWidth = created->header()->sectionSize(2);
        QVERIFY(componentWidth >= created->fontMetrics().horizontalAdvance(
                                      QStringLiteral("Integration and deployment pipeline")));
        created->header()->resizeSection(2, componentWidth + 50);
    }
    ImportDialog again(*m_project, plan);
    again.resize(1600, 560);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto *created = again.findChild<QTreeWidget *>(QStringLiteral("createdList"));
    QCOMPARE(created->header()->sectionSize(2), componentWidth + 50);
}

QTEST_MAIN(TestColumnWidths)
#include "tst_columnwidths.moc"
