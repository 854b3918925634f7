// SPDX-License-Identifier: MIT
#include "csvcolumns.h"

#include <QHash>

namespace Candor {

namespace {

CsvColumn field(TaskField field)
{
    return {CsvColumn::Kind::Field, field};
}

// "Depends on", "depends-on" and "DEPENDS_ON" all name the same column.
QString folded(QStringView text)
{
    QString result = text.trimmed().toString().toLower();
    result.replace(u' ', u'_');
    result.replace(u'-', u'_');
    return result;
}

} // namespace

const QList<CsvColumn> &CsvColumns::written()
{
    static const QList<CsvColumn> columns = {
        field(TaskField::Key),          field(TaskField::Title),
        field(TaskField::Status),       field(TaskField::Priority),
        field(TaskField::Component),    field(TaskField::Assignee),
        field(TaskField::Estimate),     field(TaskField::Progress),
        field(TaskField::Verification), field(TaskField::Evidence),
        field(TaskField::Milestones),   CsvColumn{CsvColumn::Kind::DependsOn},
        field(TaskField::Phase),        field(TaskField::Description),
    };
    return columns;
}

QString CsvColumns::name(const CsvColumn &column)
{
    switch (column.kind) {
    case CsvColumn::Kind::Field:
        return fieldName(column.field);
    case CsvColumn::Kind::DependsOn:
        return QStringLiteral("depends_on");
    case CsvColumn::Kind::Other:
        break;
    }
    return {};
}

QStringList CsvColumns::names()
{
    QStringList result;
    for (const CsvColumn &column : written())
        result << name(column);
    return result;
}

int CsvColumns::indexOf(QStringView header)
{
    static const QStringList canonical = names();
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("id"), fieldName(TaskField::Key)},
        {QStringLiteral("task"), fieldName(TaskField::Title)},
        {QStringLiteral("summary"), fieldName(TaskField::Title)},
        {QStringLiteral("est._days"), fieldName(TaskField::Estimate)},
        {QStringLiteral("estimate_days"), fieldName(TaskField::Estimate)},
        {QStringLiteral("milestone"), fieldName(TaskField::Milestones)},
        {QStringLiteral("depends"), QStringLiteral("depends_on")},
        {QStringLiteral("dependencies"), QStringLiteral("depends_on")},
    };
    const QString name = folded(header);
    if (const qsizetype at = canonical.indexOf(name); at >= 0)
        return int(at);
    const auto alias = aliases.constFind(name);
    return alias == aliases.constEnd() ? -1 : int(canonical.indexOf(*alias));
}

} // namespace Candor
