// SPDX-License-Identifier: MIT
#include "projectsettings.h"

#include "database/projectdatabase.h"
#include "project.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Candor {

ProjectSettings::ProjectSettings(Project *project)
    : QObject(project)
    , m_project(project)
{}

bool ProjectSettings::read(QString *error)
{
    QSqlQuery query(m_project->database().connection());
    if (!query.exec(QStringLiteral("SELECT settings FROM project WHERE id = 1"))) {
        if (error)
            *error = ProjectDatabase::describe(tr("Cannot read the project settings"),
                                               query.lastError());
        return false;
    }
    m_values = {};
    if (query.next())
        m_values = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    return true;
}

WriteResult ProjectSettings::setValue(const QString &key, const QJsonValue &value)
{
    ChangeSet changes;
    changes.add(Change::SetSetting{key, value});
    return m_project->apply(changes);
}

void ProjectSettings::take(const QJsonObject &values, const QStringList &changedKeys)
{
    m_values = values;
    for (const QString &key : changedKeys)
        emit changed(key);
}

} // namespace Candor
