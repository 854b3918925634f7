// SPDX-License-Identifier: MIT
#include "reportbuilder.h"

#include "core/task.h"
#include "project/project.h"
#include "reportformat.h"
#include "reportsections.h"
#include "reporttasksections.h"
#include "tasks/componentmodel.h"

namespace Candor {

ReportBuilder::ReportBuilder(const Project &project, const LiveMetrics &metrics,
                             const ReportFacts &facts, const ReportOptions &options)
    : m_project(project)
    , m_metrics(metrics)
    , m_facts(facts)
    , m_options(options)
{}

ReportDocument ReportBuilder::build()
{
    m_document = {};
    m_document.title = tr("Status report");
    m_document.project = m_project.name();
    m_document.date = m_options.today.isValid() ? m_options.today : QDate::currentDate();
    m_document.reportTemplate = m_options.reportTemplate;
    m_document.subject = tr("Status of %1 on %2: claimed and verified completion, blockers, "
                            "milestones and changes")
                             .arg(m_project.name(), ReportFormat::date(m_document.date));
    using Write = void (*)(ReportBuilder &);
    const std::pair<ReportSection, Write> sections[] = {
        {ReportSection::TitleBlock, &ReportSections::titleBlock},
        {ReportSection::Blockers, &ReportSections::blockers},
        {ReportSection::Components, &ReportSections::components},
        {ReportSection::Milestones, &ReportSections::milestones},
        {ReportSection::CriticalPath, &ReportSections::criticalPath},
        {ReportSection::Changes, &ReportTaskSections::changes},
        {ReportSection::ClaimedVsVerified, &ReportTaskSections::claims},
        {ReportSection::TaskTable, &ReportTaskSections::taskTable},
    };
    const quint32 printed = m_options.printed();
    for (const auto &[section, write] : sections) {
        if (printed & ReportOptions::bit(section)) {
            m_section = section;
            write(*this);
        }
    }
    return std::move(m_document);
}

ReportBlock &ReportBuilder::add(ReportBlock::Kind kind)
{
    ReportBlock &block = m_document.blocks.emplace_back();
    block.kind = kind;
    block.section = m_section;
    return block;
}

void ReportBuilder::heading(const QString &text)
{
    add(ReportBlock::Kind::Heading).text = text;
}

void ReportBuilder::paragraph(const QString &text)
{
    add(ReportBlock::Kind::Paragraph).text = text;
}

void ReportBuilder::note(const QString &text)
{
    add(ReportBlock::Kind::Note).text = text;
}

void ReportBuilder::facts(const QList<QPair<QString, QString>> &facts)
{
    add(ReportBlock::Kind::Facts).facts = facts;
}

void ReportBuilder::table(ReportTable table, int most)
{
    if (table.rows.isEmpty())
        return;
    const qsizetype hidden = table.rows.size() - most;
    if (hidden > 0)
        table.rows.resize(most);
    add(ReportBlock::Kind::Table).table = std::move(table);
    if (hidden > 0)
        note(ReportFormat::andMore(hidden));
}

ReportRow ReportBuilder::taskRow(const Task &task, const QStringList &moreCells)
{
    ReportRow row;
    row.status = task.status;
    row.cells = QStringList{task.key} + moreCells;
    return row;
}

QString ReportBuilder::componentName(qint64 id) const
{
    const Component *component = m_project.components()->component(id);
    return component ? component->name : tr("(no component)");
}

} // namespace Candor
