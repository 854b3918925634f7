// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Candor {

// The parts of a status report, in the order they are printed.
enum class ReportSection : quint8 {
    TitleBlock,
    Blockers,
    Components,
    Milestones,
    CriticalPath,
    Changes,
    ClaimedVsVerified,
    TaskTable
};
inline constexpr int ReportSectionCount = 8;

// summary: two pages whatever the project's size (top items, "and N more"); full: every item
// and the task table; blockers: what stops the work, in full.
enum class ReportTemplate : quint8 { Summary, Full, Blockers };

// What a report shows and from when: chosen in the options dialog (remembered in the project's
// settings) or on the command line.
struct ReportOptions
{
    Q_DECLARE_TR_FUNCTIONS(ReportOptions)
public:
    // The project setting that remembers the sections switched off ({"off": [names]}) and the
    // one that remembers when a report was last exported (an ISO date).
    static inline const QString sectionsSettingKey = QStringLiteral("report.sections");
    static inline const QString lastReportSettingKey = QStringLiteral("report.lastExported");
    // Without --since and without an earlier report, changes are those of the last week: the
    // corpus's status reports were weekly.
    static constexpr int defaultChangeDays = 7;

    ReportTemplate reportTemplate = ReportTemplate::Summary;
    quint32 sections = allSections(); // bit i: ReportSection(i) is printed
    QDate today;                      // the report's date; the schedule starts from it
    QDate since;                      // changes from this day on (inclusive)
    // The summary's lists are cut to their first `limit` items (shrunk until it fits on two
    // pages); 0: no limit (the full and blockers templates).
    int limit = 0;

    bool has(ReportSection section) const { return sections & bit(section); }
    void set(ReportSection section, bool on);
    // The sections a template prints when the user has not switched any off.
    static quint32 sectionsOf(ReportTemplate reportTemplate);
    static quint32 allSections() { return (1u << ReportSectionCount) - 1; }
    static quint32 bit(ReportSection section) { return 1u << quint32(section); }

    static QString token(ReportTemplate reportTemplate); // summary, full, blockers
    // The template's name as a reader sees it ("summary"), in the interface's language; the
    // token stays English for files and the command line.
    static QString displayName(ReportTemplate reportTemplate);
    static std::optional<ReportTemplate> templateFromToken(const QString &token);
    static QString token(ReportSection section); // title, blockers, components, ...
    static QString label(ReportSection section); // translated, for the options dialog
    static QList<ReportSection> allSectionList();

    // {"template": "summary", "off": ["changes", ...]}: the template and the sections a user
    // switched off (so that a section added later is on by default).
    QJsonObject toJson() const;
    // Takes the template and the sections from a stored object; what it lacks stays as it is.
    void readJson(const QJsonObject &object);
    // The sections printed: the template's, less those switched off.
    quint32 printed() const { return sections & sectionsOf(reportTemplate); }
};

} // namespace Candor
