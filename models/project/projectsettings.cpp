// SPDX-License-Identifier: MIT
#include "projectsettings.h"

#include "database/projectdatabase.h"
#include "database/transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Candor {

ProjectSettings::ProjectSettings(ProjectDatabase *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

bool ProjectSettings::read(QString *error)
{
    QSqlQuery query(m_database->connection());
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
    if (m_database->isReadOnly())
        return WriteResult::failure(tr("The project is open read-only."));
    QJsonObject values = m_values;
    if (value.isUndefined() || value.isNull())
        values.remove(key);
    else
        values.insert(key, value);
    const QString json = QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));

    const QString what = tr("Cannot change the project settings");
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE project SET settings = ? WHERE id = 1"));
    query.addBindValue(json);
    if (!query.exec())
        return WriteResult::failure(ProjectDatabase::describe(what, query.lastError()));
    if (query.numRowsAffected() == 0) {
        query.prepare(QStringLiteral("INSERT INTO project (id, name, created, settings) "
                                     "VALUES (1, '', 0, ?)"));
        query.addBindValue(json);
        if (!query.exec())
            return WriteResult::failure(ProjectDatabase::describe(what, query.lastError()));
    }
    if (!transaction.commit())
        return WriteResult::failure(ProjectDatabase::describe(what, db.lastError()));
    m_values = values;
    emit changed(key);
    return WriteResult::success();
}

} // namespace Candor
