// SPDX-License-Identifier: MIT
// File ▸ Export PDF, Print Preview and Report Options, driven offscreen: the PDF is written and
// remembered as the last report, the preview paints pages through QPrinter, and the options are
// kept in the project, undoably.
#include "demofixture.h"
#include "project/projectsettings.h"
#include "report/reportactions.h"
#include "report/reportoptionsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Candor;

namespace {

// Runs `act` on the modal dialog of type T once it is shown.
template <typename T> void whenShown(const std::function<void(T *)> &act)
{
    QTimer::singleShot(0, qApp, [act]() {
        T *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no dialog shown");
            return;
        }
        act(dialog);
    });
}

} // namespace

class TestReportActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionsFollowTheProject();
    void exportWritesAndRemembers();
    void exportToAnUnwritablePlaceTells();
    void previewPaintsPages();
    void previewFitsTheSummaryToThePaperChosen();
    void optionsAreKeptUndoably();
    void cancelledOptionsChangeNothing();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<Project> m_project;
    ReportActions *m_actions = nullptr;
};

void TestReportActions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

void TestReportActions::init()
{
    QString error;
    m_project = CandorTest::freshDemoProject(m_dir, &error);
    QVERIFY2(m_project, qPrintable(error));
    m_window = std::make_unique<QWidget>();
    m_actions = new ReportActions(m_window.get());
    m_actions->setInteractive(false);
    m_actions->setProject(m_project.get());
}

void TestReportActions::cleanup()
{
    m_window.reset();
    m_project.reset();
}

void TestReportActions::actionsFollowTheProject()
{
    QCOMPARE(m_actions->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    for (QAction *action : m_actions->actions())
        QVERIFY(action->isEnabled());
    m_actions->setProject(nullptr);
    for (QAction *action : m_actions->actions())
        QVERIFY(!action->isEnabled());
}

void TestReportActions::exportWritesAndRemembers()
{
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QString suggested;
    m_actions->setFileChooser([&](const QString &name) {
        suggested = name;
        return path;
    });
    QSignalSpy messages(m_actions, &ReportActions::message);
    m_actions->exportAction()->trigger();
    QVERIFY(suggested.endsWith(QLatin1String(".pdf")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().startsWith(QLatin1String("Exported the report")));
    // The next report lists what changed since this one.
    QCOMPARE(m_project->settings()->value(ReportOptions::lastReportSettingKey).toString(),
             QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(ReportActions::optionsOf(*m_project).since, QDate::currentDate());
    // A cancelled file dialog writes nothing.
    m_actions->setFileChooser([](const QString &) { return QString(); });
    m_actions->exportAction()->trigger();
    QCOMPARE(messages.size(), 1);
}

void TestReportActions::exportToAnUnwritablePlaceTells()
{
    QSignalSpy messages(m_actions, &ReportActions::message);
    QVERIFY(!m_actions->exportPdf(m_dir.filePath(QStringLiteral("no/such/folder/r.pdf"))));
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().startsWith(QLatin1String("Cannot write")));
    QVERIFY(m_project->settings()->value(ReportOptions::lastReportSettingKey).isUndefined());
}

void TestReportActions::previewPaintsPages()
{
    int pages = -1;
    whenShown<QPrintPreviewDialog>([&pages](QPrintPreviewDialog *dialog) {
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        if (preview) {
            preview->updatePreview();
            pages = preview->pageCount();
        }
        dialog->reject();
    });
    m_actions->previewAction()->trigger();
    QVERIFY(pages >= 1);
    QVERIFY(pages <= 2); // the demo's summary
}

// The summary is fitted to two pages of the paper the preview shows: switched from A4 to US
// Letter (a shorter page) or to landscape, it is made again for it rather than spilling onto a
// third page.
void TestReportActions::previewFitsTheSummaryToThePaperChosen()
{
    m_actions->setProject(nullptr);
    m_project = CandorTest::generatedProject(m_dir, 3000);
    QVERIFY(m_project);
    m_actions->setProject(m_project.get());
    QList<int> pages;
    whenShown<QPrintPreviewDialog>([&pages](QPrintPreviewDialog *dialog) {
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        if (preview) {
            for (QPageSize::PageSizeId paper : {QPageSize::A4, QPageSize::Letter}) {
                dialog->printer()->setPageSize(QPageSize(paper));
                preview->updatePreview();
                pages.append(preview->pageCount());
            }
            // Landscape, the shortest page of all.
            preview->setLandscapeOrientation();
            preview->updatePreview();
            pages.append(preview->pageCount());
        }
        dialog->reject();
    });
    m_actions->previewAction()->trigger();
    QCOMPARE(pages, QList<int>({2, 2, 2}));
}

void TestReportActions::optionsAreKeptUndoably()
{
    whenShown<ReportOptionsDialog>([](ReportOptionsDialog *dialog) {
        dialog->templateBox()->setCurrentIndex(
            dialog->templateBox()->findData(int(ReportTemplate::Full)));
        QVERIFY(dialog->sectionBox(ReportSection::TaskTable)->isEnabled());
        dialog->sectionBox(ReportSection::Blockers)->setChecked(false);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    m_actions->optionsAction()->trigger();
    ReportOptions options = ReportActions::optionsOf(*m_project);
    QCOMPARE(options.reportTemplate, ReportTemplate::Full);
    QVERIFY(!options.has(ReportSection::Blockers));
    QVERIFY(options.has(ReportSection::Milestones));
    QCOMPARE(m_project->undoStack()->count(), 1);
    m_project->undoStack()->undo();
    options = ReportActions::optionsOf(*m_project);
    QCOMPARE(options.reportTemplate, ReportTemplate::Summary);
    QVERIFY(options.has(ReportSection::Blockers));
    m_project->undoStack()->redo();
    QVERIFY(!ReportActions::optionsOf(*m_project).has(ReportSection::Blockers));
}

void TestReportActions::cancelledOptionsChangeNothing()
{
    whenShown<ReportOptionsDialog>([](ReportOptionsDialog *dialog) {
        dialog->sectionBox(ReportSection::Changes)->setChecked(false);
        dialog->reject();
    });
    m_actions->optionsAction()->trigger();
    QCOMPARE(m_project->undoStack()->count(), 0);
    QVERIFY(ReportActions::optionsOf(*m_project).has(ReportSection::Changes));
}

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
