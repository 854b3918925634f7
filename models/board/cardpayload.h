// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QUuid>

class QMimeData;

namespace Candor {

struct Task;
class TaskModel;

// The MIME coding of dragged cards: the task ids with the token of the board they left, so that
// a board takes back only its own cards (not another window's, nor a stale drag), and their
// keys and titles as text/plain for other applications.
class CardPayload final
{
public:
    static QString mimeType(); // application/x-candor-cards

    // Null for no tasks; else a new QMimeData for the caller (or a QDrag) to own.
    static QMimeData *encode(const QUuid &board, const QList<const Task *> &tasks);
    // The task ids of a payload from `board` naming tasks of `tasks`; empty for a foreign or
    // malformed one.
    static QList<qint64> decode(const QMimeData *data, const QUuid &board, const TaskModel &tasks);
};

} // namespace Candor
