// SPDX-License-Identifier: MIT
#include "cardpayload.h"

#include "core/task.h"
#include "tasks/taskmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace Candor {

QString CardPayload::mimeType()
{
    return QStringLiteral("application/x-candor-cards");
}

QMimeData *CardPayload::encode(const QUuid &board, const QList<const Task *> &tasks)
{
    if (tasks.isEmpty())
        return nullptr;
    QJsonArray ids;
    QStringList lines;
    for (const Task *task : tasks) {
        ids.append(task->id);
        lines.append(QStringLiteral("%1 %2").arg(task->key, task->title));
    }
    auto *data = new QMimeData;
    const QJsonObject payload{{QStringLiteral("board"), board.toString(QUuid::WithoutBraces)},
                              {QStringLiteral("tasks"), ids}};
    data->setData(mimeType(), QJsonDocument(payload).toJson(QJsonDocument::Compact));
    data->setText(lines.join(QLatin1Char('\n'))); // for other applications
    return data;
}

QList<qint64> CardPayload::decode(const QMimeData *data, const QUuid &board, const TaskModel &tasks)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data->data(mimeType()), &error);
    const QJsonObject payload = document.object();
    if (error.error != QJsonParseError::NoError ||
        payload.value(QStringLiteral("board")).toString() != board.toString(QUuid::WithoutBraces))
        return {};
    QList<qint64> ids;
    for (const QJsonValue &value : payload.value(QStringLiteral("tasks")).toArray()) {
        const qint64 id = value.toInteger(0);
        if (!value.isDouble() || !tasks.task(id))
            return {}; // a payload naming tasks this project lacks is not ours
        ids.append(id);
    }
    return ids;
}

} // namespace Candor
