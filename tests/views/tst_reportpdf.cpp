// SPDX-License-Identifier: MIT
// Status reports as PDF (views/report), read back with Qt PDF: pages, text, metadata, paper;
// and the paginator's promises (rows whole, headers repeated, headings with what follows).
#include "database/projectdatabase.h"
#include "demofixture.h"
#include "metrics/livemetrics.h"
#include "project/projectgenerator.h"
#include "report/reportformat.h"
#include "report/reportlayout.h"
#include "report/reportstyle.h"
#include "report/reporttext.h"
#include "report/statusreport.h"

#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>

#include <map>

using namespace Candor;

namespace {

ReportOptions optionsFor(ReportTemplate reportTemplate)
{
    ReportOptions options;
    options.reportTemplate = reportTemplate;
    options.today = QDate(2025, 6, 2);
    options.since = QDate(2000, 1, 1);
    return options;
}

QString textOf(QPdfDocument &pdf, int page)
{
    return pdf.getAllText(page).text();
}

QString allText(QPdfDocument &pdf)
{
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += textOf(pdf, page) + u'\n';
    return text;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void summaryOfTheDemo();
    void metadata();
    void paperSize_data();
    void paperSize();
    void fullReportPaginates();
    void markupPrintsAsText();
    void textMeasuresAsTheLayoutDoes_data();
    void textMeasuresAsTheLayoutDoes();
    void titlesInOtherScriptsPrint();
    void summaryStaysOnTwoPages();
    void summaryStaysOnTwoPagesOfEveryPaper_data();
    void summaryStaysOnTwoPagesOfEveryPaper();
    void unwritableFileIsAnError();

private:
    std::unique_ptr<Project> demo();
    std::unique_ptr<Project> generated(int tasks);
    bool load(QPdfDocument &pdf, const StatusReport &report, const QString &name);

    QTemporaryDir m_dir;
    std::map<int, std::unique_ptr<Project>> m_projects;
};

void TestReportPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Project> TestReportPdf::demo()
{
    QString error;
    auto project = CandorTest::freshDemoProject(m_dir, &error);
    if (!project)
        qWarning("%s", qPrintable(error));
    return project;
}

std::unique_ptr<Project> TestReportPdf::generated(int tasks)
{
    return CandorTest::generatedProject(m_dir, tasks);
}

bool TestReportPdf::load(QPdfDocument &pdf, const StatusReport &report, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!report.writePdf(path, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return pdf.load(path) == QPdfDocument::Error::None;
}

void TestReportPdf::summaryOfTheDemo()
{
    auto project = demo();
    QVERIFY(project);
    const StatusReport report(*project, optionsFor(ReportTemplate::Summary));
    QPdfDocument pdf;
    QVERIFY(load(pdf, report, QStringLiteral("summary.pdf")));
    QCOMPARE(pdf.pageCount(), report.pageCount());
    QVERIFY(pdf.pageCount() <= StatusReport::summaryPages);
    const QString text = allText(pdf);
    const LiveMetrics metrics(project.get());
    for (const QString &expected :
         {QStringLiteral("Blockers"), QStringLiteral("Completion by component"),
          QStringLiteral("Milestones"), QStringLiteral("Critical path"), QStringLiteral("SEC-001"),
          QStringLiteral("Security"), QStringLiteral("Persistence"),
          ReportFormat::percent(metrics.overall().claimedPercent()),
          ReportFormat::percent(metrics.overall().verifiedPercent()),
          QStringLiteral("1 / %1").arg(pdf.pageCount())})
        QVERIFY2(text.contains(expected), qPrintable(expected));
}

void TestReportPdf::metadata()
{
    auto project = demo();
    QVERIFY(project);
    const StatusReport report(*project, optionsFor(ReportTemplate::Summary));
    QPdfDocument pdf;
    QVERIFY(load(pdf, report, QStringLiteral("metadata.pdf")));
    QCOMPARE(pdf.metaData(QPdfDocument::MetaDataField::Title).toString(),
             QStringLiteral("Status report: %1").arg(project->name()));
    QCOMPARE(pdf.metaData(QPdfDocument::MetaDataField::Author).toString(), project->name());
    QVERIFY(pdf.metaData(QPdfDocument::MetaDataField::Subject)
                .toString()
                .startsWith(QStringLiteral("Status of %1").arg(project->name())));
    QVERIFY(pdf.metaData(QPdfDocument::MetaDataField::Creator).toString().startsWith(u"Candor"));
}

void TestReportPdf::paperSize_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QSizeF>("points");
    QTest::newRow("A4") << int(QPageSize::A4) << QSizeF(595.3, 841.9);
    QTest::newRow("Letter") << int(QPageSize::Letter) << QSizeF(612, 792);
}

void TestReportPdf::paperSize()
{
    QFETCH(int, size);
    QFETCH(QSizeF, points);
    auto project = demo();
    QVERIFY(project);
    ReportPageSetup setup;
    setup.size = QPageSize::PageSizeId(size);
    const StatusReport report(*project, optionsFor(ReportTemplate::Full), setup);
    QPdfDocument pdf;
    QVERIFY(load(pdf, report, QStringLiteral("paper.pdf")));
    for (int page = 0; page < pdf.pageCount(); ++page) {
        QVERIFY(qAbs(pdf.pagePointSize(page).width() - points.width()) < 1);
        QVERIFY(qAbs(pdf.pagePointSize(page).height() - points.height()) < 1);
    }
    QCOMPARE(ReportPageSetup::forLocale(QLocale(QLocale::English, QLocale::UnitedStates)),
             QPageSize::Letter);
    QCOMPARE(ReportPageSetup::forLocale(QLocale(QLocale::German, QLocale::Germany)), QPageSize::A4);
}

void TestReportPdf::fullReportPaginates()
{
    auto project = generated(600);
    QVERIFY(project);
    const StatusReport report(*project, optionsFor(ReportTemplate::Full));
    QVERIFY(report.pageCount() > 5);
    const ReportLayout &layout = *report.layout();
    const double bottom = layout.body().height();
    for (int p = 0; p < layout.pages().size(); ++p) {
        const QList<ReportItem> &items = layout.pages().at(p).items;
        QSet<int> headed;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const ReportItem &item = items.at(i);
            // Nothing past the page's foot: a row that does not fit goes to the next page whole.
            QVERIFY2(item.rect.bottom() <= bottom + 0.01, qPrintable(QString::number(p)));
            if (item.kind == ReportItem::Kind::TableHeader)
                headed.insert(item.block);
            // Every row under its table's header, repeated on each page.
            if (item.kind == ReportItem::Kind::TableRow)
                QVERIFY(headed.contains(item.block));
        }
        // No heading alone at a page's foot.
        const ReportItem &last = items.last();
        if (last.kind == ReportItem::Kind::Block && p + 1 < layout.pages().size())
            QVERIFY(layout.document().blocks.at(last.block).kind != ReportBlock::Kind::Heading);
    }
    QPdfDocument pdf;
    QVERIFY(load(pdf, report, QStringLiteral("full.pdf")));
    QCOMPARE(pdf.pageCount(), report.pageCount());
    const QString lastPage = textOf(pdf, pdf.pageCount() - 1);
    QVERIFY(lastPage.contains(QStringLiteral("%1 / %1").arg(pdf.pageCount())));
    QVERIFY(lastPage.contains(QLatin1String("Verification"))); // the repeated header
}

void TestReportPdf::markupPrintsAsText()
{
    auto project = demo();
    QVERIFY(project);
    const QString title = QStringLiteral("<img src=\"file:///etc/passwd\">");
    QVERIFY(project->setTaskField({project->idForKey(QStringLiteral("SEC-001"))}, TaskField::Title,
                                  {title}));
    const StatusReport report(*project, optionsFor(ReportTemplate::Full));
    QPdfDocument pdf;
    QVERIFY(load(pdf, report, QStringLiteral("markup.pdf")));
    QVERIFY(allText(pdf).contains(title));
}

void TestReportPdf::textMeasuresAsTheLayoutDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("latin") << QStringLiteral("Harden checkpoint format for workers");
    QTest::newRow("punctuation") << QStringLiteral("“Quoted” — 12/20 tests pass…");
    QTest::newRow("accents") << QStringLiteral("Überprüfung der Schnittstelle, déjà vu");
    QTest::newRow("kerning pairs") << QStringLiteral("AVATAR Type WAVE");
    QTest::newRow("cyrillic") << QStringLiteral("Проверка доступа");
    QTest::newRow("combining") << QStringLiteral("Cafe\u0301 na\u0308ive");
}

// Plain text skips HarfBuzz for speed; what it measures must be what a text layout measures,
// or the paginator and the painter would disagree with the page.
void TestReportPdf::textMeasuresAsTheLayoutDoes()
{
    QFETCH(QString, text);
    ReportText::clearCache();
    const ReportStyle style;
    QTextLayout layout(text, style.body);
    QTextOption option;
    option.setUseDesignMetrics(true);
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    QVERIFY(ReportText::width(style.body, text) > 0);
    QCOMPARE_LE(qAbs(ReportText::width(style.body, text) - line.naturalTextWidth()),
                line.naturalTextWidth() * 0.01);
}

void TestReportPdf::titlesInOtherScriptsPrint()
{
    auto project = demo();
    QVERIFY(project);
    const QString title = QStringLiteral("Проверка доступа — déjà vu");
    QVERIFY(project->setTaskField({project->idForKey(QStringLiteral("SEC-001"))}, TaskField::Title,
                                  {title}));
    const StatusReport report(*project, optionsFor(ReportTemplate::Full));
    QPdfDocument pdf;
    QVERIFY(load(pdf, report, QStringLiteral("scripts.pdf")));
    QVERIFY(allText(pdf).contains(title));
}

void TestReportPdf::summaryStaysOnTwoPages()
{
    // The benchmark checks 100k tasks; here a project big enough for every list to be cut.
    auto project = generated(3000);
    QVERIFY(project);
    const StatusReport report(*project, optionsFor(ReportTemplate::Summary));
    QCOMPARE(report.pageCount(), StatusReport::summaryPages);
    QVERIFY(report.options().limit > 0);
}

void TestReportPdf::summaryStaysOnTwoPagesOfEveryPaper_data()
{
    QTest::addColumn<int>("tasks");
    QTest::addColumn<QPageSize::PageSizeId>("paper");
    QTest::addColumn<QPageLayout::Orientation>("orientation");
    for (int tasks : {0, 2500}) {
        for (QPageSize::PageSizeId paper : {QPageSize::A4, QPageSize::Letter}) {
            for (QPageLayout::Orientation orientation :
                 {QPageLayout::Portrait, QPageLayout::Landscape}) {
                QTest::addRow("%s %s %s", tasks ? "2500 tasks" : "demo",
                              paper == QPageSize::A4 ? "A4" : "Letter",
                              orientation == QPageLayout::Portrait ? "portrait" : "landscape")
                    << tasks << paper << orientation;
            }
        }
    }
}

// Landscape pages are a third shorter: the summary is still two of them, with tighter spacing
// and a lower timeline rather than a third page.
void TestReportPdf::summaryStaysOnTwoPagesOfEveryPaper()
{
    QFETCH(int, tasks);
    QFETCH(QPageSize::PageSizeId, paper);
    QFETCH(QPageLayout::Orientation, orientation);
    // One project per size for every paper (the generator writes to one file per size).
    std::unique_ptr<Project> &project = m_projects[tasks];
    if (!project)
        project = tasks ? generated(tasks) : demo();
    QVERIFY(project);
    ReportPageSetup setup;
    setup.size = paper;
    setup.orientation = orientation;
    const StatusReport report(*project, optionsFor(ReportTemplate::Summary), setup);
    QCOMPARE(report.pageCount(), StatusReport::summaryPages);
    // Every section is still there, not dropped to make room.
    QPdfDocument pdf;
    QVERIFY(
        load(pdf, report,
             QStringLiteral("summary-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag()))));
    QCOMPARE(pdf.pageCount(), StatusReport::summaryPages);
    const QString text = allText(pdf);
    for (const char *section : {"Blockers", "Completion by component", "Milestones",
                                "Critical path", "Claimed vs verified"})
        QVERIFY2(text.contains(QLatin1String(section)), section);
}

void TestReportPdf::unwritableFileIsAnError()
{
    auto project = demo();
    QVERIFY(project);
    const StatusReport report(*project, optionsFor(ReportTemplate::Summary));
    QString error;
    QVERIFY(!report.writePdf(m_dir.filePath(QStringLiteral("missing/folder/x.pdf")), &error));
    QVERIFY2(error.startsWith(QLatin1String("Cannot write")), qPrintable(error));
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
