// SPDX-License-Identifier: MIT
#pragma once

#include "core/writeresult.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>

namespace Candor {

class Project;

// The project's settings, kept in the file (project.settings, a JSON object) so that they
// travel with it: the board's WIP limits, the policy for moves into Done, and what comes later.
// Keys are dotted names ("board.wipLimits"); a write is a change set (Change::SetSetting) like
// every other, and the values here change only after it committed.
class ProjectSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectSettings)
public:
    explicit ProjectSettings(Project *project);

    // Reads the settings from the file; a missing or malformed object reads as empty.
    bool read(QString *error = nullptr);
    QJsonValue value(const QString &key) const { return m_values.value(key); }
    // Writes one setting (an undefined value removes it), not undoably; commands use
    // SetProjectSettingCommand.
    WriteResult setValue(const QString &key, const QJsonValue &value);
    const QJsonObject &values() const { return m_values; }
    // Called by Project after a change set that set them committed; emits changed(key).
    void take(const QJsonObject &values, const QStringList &changedKeys);

signals:
    void changed(const QString &key);

private:
    Project *m_project;
    QJsonObject m_values;
};

} // namespace Candor
