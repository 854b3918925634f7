// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

namespace Candor {

// The one task selection every view shares: select on the board, and the table and the
// inspector follow. Holds ids, so it survives sorting, filtering and undo.
class TaskSelection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskSelection)
public:
    explicit TaskSelection(QObject *parent = nullptr);

    qint64 current() const { return m_current; }
    const QList<qint64> &selected() const { return m_selected; }
    void select(const QList<qint64> &ids, qint64 current);
    void clear() { select({}, 0); }

signals:
    void changed(const QList<qint64> &selected, qint64 current);

private:
    QList<qint64> m_selected;
    qint64 m_current = 0;
};

} // namespace Candor
