// SPDX-License-Identifier: MIT
#include "statusreport.h"

#include "metrics/livemetrics.h"
#include "pdfinfo.h"
#include "project/project.h"
#include "report/reportbuilder.h"
#include "report/reporthtml.h"
#include "report/reportmarkdown.h"
#include "reportlayout.h"
#include "reportpainter.h"
#include "reporttext.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

namespace Candor {

QPageSize::PageSizeId ReportPageSetup::forLocale(const QLocale &locale)
{
    // The countries that print on US Letter.
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

ReportPageSetup ReportPageSetup::of(const QPageLayout &printerPage)
{
    ReportPageSetup setup;
    setup.size = printerPage.pageSize().id();
    setup.orientation = printerPage.orientation();
    if (setup.size == QPageSize::Custom)
        setup.customPoints = printerPage.pageSize().size(QPageSize::Point);
    return setup;
}

QPageLayout ReportPageSetup::pageLayout() const
{
    const QPageSize paper = size == QPageSize::Custom && !customPoints.isEmpty()
                                ? QPageSize(customPoints, QPageSize::Point)
                                : QPageSize(size);
    return QPageLayout(paper, orientation, QMarginsF(16, 13, 16, 12), QPageLayout::Millimeter);
}

StatusReport::StatusReport(Project &project, const ReportOptions &options,
                           const ReportPageSetup &setup)
    : m_project(project)
    , m_options(options)
    , m_setup(setup)
    , m_metrics(std::make_unique<LiveMetrics>(&project))
{
    if (!m_options.today.isValid())
        m_options.today = QDate::currentDate();
    m_facts = ReportFacts::gather(project, m_options);
    build();
}

StatusReport::~StatusReport()
{
    ReportText::clearCache();
}

int StatusReport::maxCellLines() const
{
    return m_options.reportTemplate == ReportTemplate::Summary ? 2 : 6;
}

void StatusReport::build()
{
    if (m_options.reportTemplate != ReportTemplate::Summary) {
        m_options.limit = 0;
        m_document = ReportBuilder(m_project, *m_metrics, m_facts, m_options).build();
        m_layout = layOut(m_setup.pageLayout());
        return;
    }
    // The summary: the longest lists that keep it on two pages; on short paper (landscape),
    // with tighter spacing when even the shortest lists do not fit.
    for (const bool compact : {false, true}) {
        if (compact)
            m_style.tighten();
        for (int limit : summaryLimits) {
            m_options.limit = limit;
            m_document = ReportBuilder(m_project, *m_metrics, m_facts, m_options).build();
            m_layout = layOut(m_setup.pageLayout());
            if (m_layout->pages().size() <= summaryPages)
                return;
        }
    }
}

std::unique_ptr<ReportLayout> StatusReport::layOut(const QPageLayout &page) const
{
    const QRectF inches = page.paintRect(QPageLayout::Inch);
    const QSizeF body(inches.width() * ReportStyle::dotsPerInch,
                      inches.height() * ReportStyle::dotsPerInch - m_style.headerBand -
                          m_style.footerBand);
    return std::make_unique<ReportLayout>(m_document, m_style, body, maxCellLines());
}

int StatusReport::pageCount() const
{
    return int(m_layout->pages().size());
}

QByteArray StatusReport::pdf() const
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(int(ReportStyle::dotsPerInch));
        writer.setPageLayout(m_setup.pageLayout());
        const QString title = tr("%1: %2").arg(m_document.title, m_document.project);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Candor %1").arg(QStringLiteral(CANDOR_VERSION)));
        ReportPainter painter(*m_layout, m_facts.forecast);
        if (!painter.paint(&writer))
            return {};
    }
    return PdfInfo{tr("%1: %2").arg(m_document.title, m_document.project), m_document.project,
                   m_document.subject,
                   QStringLiteral("Candor %1").arg(QStringLiteral(CANDOR_VERSION))}
        .appendTo(bytes);
}

bool StatusReport::writePdf(const QString &path, QString *error) const
{
    const QByteArray bytes = pdf();
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
        !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2")
                         .arg(path, bytes.isEmpty() ? tr("the report could not be drawn")
                                                    : file.errorString());
        return false;
    }
    return true;
}

bool StatusReport::print(QPrinter *printer) const
{
    printer->setDocName(tr("%1: %2").arg(m_document.title, m_document.project));
    // Laid out (and the summary fitted to two pages) for the printer's paper when this report
    // was made for it (ReportPageSetup::of); for any other paper, laid out again here.
    const ReportPageSetup chosen = ReportPageSetup::of(printer->pageLayout());
    const QPageLayout page = chosen.pageLayout();
    printer->setPageLayout(page);
    std::unique_ptr<ReportLayout> relaid;
    if (!page.isEquivalentTo(m_setup.pageLayout()))
        relaid = layOut(page);
    ReportPainter painter(relaid ? *relaid : *m_layout, m_facts.forecast);
    return painter.paint(printer);
}

QString StatusReport::html() const
{
    return ReportHtml::write(m_document);
}

QString StatusReport::markdown() const
{
    return ReportMarkdown::write(m_document);
}

} // namespace Candor
