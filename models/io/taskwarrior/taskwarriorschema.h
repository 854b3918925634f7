// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskenums.h"

#include <QDateTime>
#include <QString>

namespace Candor {

// Taskwarrior's own attributes, and the UDAs that carry what it has no field for (key, exact
// status and priority, estimate, verification...), which Taskwarrior keeps through a round trip.
namespace TaskwarriorField {
inline const QString uuid = QStringLiteral("uuid");
inline const QString description = QStringLiteral("description");
inline const QString status = QStringLiteral("status");
inline const QString priority = QStringLiteral("priority");
inline const QString project = QStringLiteral("project");
inline const QString tags = QStringLiteral("tags");
inline const QString depends = QStringLiteral("depends");
inline const QString annotations = QStringLiteral("annotations");
inline const QString due = QStringLiteral("due");
inline const QString entry = QStringLiteral("entry");
inline const QString modified = QStringLiteral("modified");
inline const QString start = QStringLiteral("start");
inline const QString end = QStringLiteral("end");
inline const QString key = QStringLiteral("candor_key");
inline const QString candorStatus = QStringLiteral("candor_status");
inline const QString candorPriority = QStringLiteral("candor_priority");
inline const QString estimate = QStringLiteral("candor_estimate");
inline const QString progress = QStringLiteral("candor_progress");
inline const QString verification = QStringLiteral("candor_verification");
inline const QString evidence = QStringLiteral("candor_evidence");
inline const QString assignee = QStringLiteral("candor_assignee");
inline const QString phase = QStringLiteral("candor_phase");
inline const QString milestones = QStringLiteral("candor_milestones");
inline const QString candorDescription = QStringLiteral("candor_description");
inline const QString checklist = QStringLiteral("candor_checklist");
} // namespace TaskwarriorField

// The conventions both directions share: Taskwarrior's dates and its priority letters.
class TaskwarriorSchema final
{
public:
    // "20260401T120000Z", in UTC.
    static QString date(qint64 msecsSinceEpoch);
    // Taskwarrior's date form, or ISO 8601; invalid when neither.
    static QDateTime parseDate(const QString &text);
    // H for P0 and P1, M for P2, L for P3.
    static QString letterFor(Priority priority);
};

} // namespace Candor
