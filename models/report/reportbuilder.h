// SPDX-License-Identifier: MIT
#pragma once

#include "reportdocument.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace Candor {

class LiveMetrics;
class Project;
struct ReportFacts;
struct Task;

// Builds a status report's content (a ReportDocument) from the project, its live figures, the
// schedule and the history: the one place that decides what a report says, whatever it is
// printed as. The sections are written by ReportSections and ReportTaskSections through the
// helpers here.
class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
public:
    ReportBuilder(const Project &project, const LiveMetrics &metrics, const ReportFacts &facts,
                  const ReportOptions &options);

    ReportDocument build();

    // --- For the section writers.
    const Project &project() const { return m_project; }
    const LiveMetrics &metrics() const { return m_metrics; }
    const ReportFacts &facts() const { return m_facts; }
    const ReportOptions &options() const { return m_options; }
    ReportDocument &document() { return m_document; }
    // How many items a list shows before "and N more" (no limit outside the summary).
    // share: this list's length against the others' (the summary gives components more room
    // than changes).
    int limit(double share = 1) const
    {
        return m_options.limit > 0 ? std::max(1, int(m_options.limit * share + 0.5)) : INT_MAX;
    }

    void heading(const QString &text);
    void paragraph(const QString &text);
    void note(const QString &text);
    void facts(const QList<QPair<QString, QString>> &facts);
    // Adds the table, cut to `most` rows with a note for the rest; nothing for no rows.
    void table(ReportTable table, int most = INT_MAX);
    // The first cell of a task's row: its key, with the status as a marker.
    static ReportRow taskRow(const Task &task, const QStringList &moreCells);
    QString componentName(qint64 id) const;

private:
    ReportBlock &add(ReportBlock::Kind kind);

    const Project &m_project;
    const LiveMetrics &m_metrics;
    const ReportFacts &m_facts;
    const ReportOptions &m_options;
    ReportSection m_section = ReportSection::TitleBlock;
    ReportDocument m_document;

    friend class ReportSections;
    friend class ReportTaskSections;
};

} // namespace Candor
