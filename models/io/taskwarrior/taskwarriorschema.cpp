// SPDX-License-Identifier: MIT
#include "taskwarriorschema.h"

#include <QTimeZone>

namespace Candor {

namespace {

const QString dateFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

} // namespace

QString TaskwarriorSchema::date(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(dateFormat);
}

QDateTime TaskwarriorSchema::parseDate(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, dateFormat);
    if (time.isValid())
        time.setTimeZone(QTimeZone::utc());
    else
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
}

QString TaskwarriorSchema::letterFor(Priority priority)
{
    switch (priority) {
    case Priority::P0:
    case Priority::P1:
        return QStringLiteral("H");
    case Priority::P2:
        return QStringLiteral("M");
    case Priority::P3:
        return QStringLiteral("L");
    }
    return {};
}

} // namespace Candor
