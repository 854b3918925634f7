// SPDX-License-Identifier: MIT
#include "reportoptions.h"

#include <QJsonArray>

namespace Candor {

void ReportOptions::set(ReportSection section, bool on)
{
    sections = on ? (sections | bit(section)) : (sections & ~bit(section));
}

quint32 ReportOptions::sectionsOf(ReportTemplate reportTemplate)
{
    switch (reportTemplate) {
    case ReportTemplate::Summary:
        return allSections() & ~bit(ReportSection::TaskTable);
    case ReportTemplate::Full:
        return allSections();
    case ReportTemplate::Blockers:
        return bit(ReportSection::TitleBlock) | bit(ReportSection::Blockers) |
               bit(ReportSection::CriticalPath) | bit(ReportSection::ClaimedVsVerified);
    }
    return allSections();
}

QString ReportOptions::token(ReportTemplate reportTemplate)
{
    switch (reportTemplate) {
    case ReportTemplate::Summary:
        return QStringLiteral("summary");
    case ReportTemplate::Full:
        return QStringLiteral("full");
    case ReportTemplate::Blockers:
        return QStringLiteral("blockers");
    }
    return {};
}

QString ReportOptions::displayName(ReportTemplate reportTemplate)
{
    switch (reportTemplate) {
    case ReportTemplate::Summary:
        return tr("summary", "the report template, in “summary report”");
    case ReportTemplate::Full:
        return tr("full", "the report template, in “full report”");
    case ReportTemplate::Blockers:
        return tr("blockers", "the report template, in “blockers report”");
    }
    return {};
}

std::optional<ReportTemplate> ReportOptions::templateFromToken(const QString &token)
{
    for (ReportTemplate candidate :
         {ReportTemplate::Summary, ReportTemplate::Full, ReportTemplate::Blockers}) {
        if (token.compare(ReportOptions::token(candidate), Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return std::nullopt;
}

QString ReportOptions::token(ReportSection section)
{
    static const char *const tokens[ReportSectionCount] = {
        "title",         "blockers", "components", "milestones",
        "critical-path", "changes",  "claims",     "tasks"};
    return QLatin1String(tokens[int(section)]);
}

QString ReportOptions::label(ReportSection section)
{
    switch (section) {
    case ReportSection::TitleBlock:
        return tr("Title block and counts");
    case ReportSection::Blockers:
        return tr("Blockers (open P0 tasks)");
    case ReportSection::Components:
        return tr("Completion by component");
    case ReportSection::Milestones:
        return tr("Milestones");
    case ReportSection::CriticalPath:
        return tr("Critical path");
    case ReportSection::Changes:
        return tr("What changed");
    case ReportSection::ClaimedVsVerified:
        return tr("Claimed vs verified");
    case ReportSection::TaskTable:
        return tr("All tasks by component, with checklists");
    }
    return {};
}

QList<ReportSection> ReportOptions::allSectionList()
{
    QList<ReportSection> list;
    for (int i = 0; i < ReportSectionCount; ++i)
        list.append(ReportSection(i));
    return list;
}

QJsonObject ReportOptions::toJson() const
{
    QJsonArray off;
    for (ReportSection section : allSectionList()) {
        if (!has(section))
            off.append(token(section));
    }
    return QJsonObject{{QStringLiteral("template"), token(reportTemplate)},
                       {QStringLiteral("off"), off}};
}

void ReportOptions::readJson(const QJsonObject &object)
{
    if (const auto stored = templateFromToken(object.value(QStringLiteral("template")).toString()))
        reportTemplate = *stored;
    if (!object.contains(QStringLiteral("off")))
        return;
    sections = allSections();
    const QJsonArray off = object.value(QStringLiteral("off")).toArray();
    for (const QJsonValue &value : off) {
        for (ReportSection section : allSectionList()) {
            if (value.toString() == token(section))
                set(section, false);
        }
    }
}

} // namespace Candor
