// SPDX-License-Identifier: MIT
#include "settingswriter.h"

#include "project.h"
#include "projectsettings.h"
#include "unitofwork.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Candor {

WriteResult SettingsWriter::writeColumn(const QString &column, const QVariant &value,
                                        const QString &what)
{
    QSqlQuery query(m_work.database());
    // A file without its project row (made by another tool) gets one first.
    query.prepare(QStringLiteral("INSERT INTO project (id, name, created) SELECT 1, ?, ? "
                                 "WHERE NOT EXISTS (SELECT 1 FROM project WHERE id = 1)"));
    query.addBindValue(m_work.project().name());
    query.addBindValue(m_work.time());
    if (!query.exec())
        return m_work.sqlFailure(what, query);
    query.prepare(QStringLiteral("UPDATE project SET %1 = ? WHERE id = 1").arg(column));
    query.addBindValue(value);
    if (!query.exec())
        return m_work.sqlFailure(what, query);
    return WriteResult::success();
}

WriteResult SettingsWriter::apply(Change::SetSetting &change, ChangeSet &inverse)
{
    ModelUpdates &updates = m_work.updates();
    QJsonObject values =
        updates.settings ? *updates.settings : m_work.project().settings()->values();
    const QJsonValue before = values.value(change.key);
    if (change.value.isUndefined() || change.value.isNull())
        values.remove(change.key);
    else
        values.insert(change.key, change.value);
    const QString json = QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
    if (WriteResult result =
            writeColumn(QStringLiteral("settings"), json, tr("Cannot change the project settings"));
        !result)
        return result;
    updates.settings = values;
    if (!updates.settingKeys.contains(change.key))
        updates.settingKeys.append(change.key);
    inverse.add(Change::SetSetting{change.key, before});
    return WriteResult::success();
}

WriteResult SettingsWriter::apply(Change::SetName &change, ChangeSet &inverse)
{
    change.name = change.name.trimmed();
    if (change.name.isEmpty())
        return WriteResult::failure(tr("A project needs a name."));
    const QString before = m_work.updates().name.value_or(m_work.project().name());
    if (WriteResult result =
            writeColumn(QStringLiteral("name"), change.name, tr("Cannot rename the project"));
        !result)
        return result;
    m_work.updates().name = change.name;
    inverse.add(Change::SetName{before});
    return WriteResult::success();
}

} // namespace Candor
