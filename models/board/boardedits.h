// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskenums.h"

#include <QList>
#include <QObject>

#include <functional>

namespace Candor {

class BoardModel;
class Project;

// What the board changes, each as one undo step: moves of cards (planned by CardMovePlanner,
// gated by the project's Done policy) and priorities set from the keyboard. Refusals are
// reported with moveRefused, not written.
class BoardEdits final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardEdits)
public:
    BoardEdits(Project *project, const BoardModel &board, QObject *parent = nullptr);

    bool moveCards(const QList<qint64> &ids, int lane, int column, int row);
    bool nudgeCards(const QList<qint64> &ids, qint64 anchor, int columnStep, int rowStep);
    bool setPriority(const QList<qint64> &ids, Priority priority);
    void setDoneConfirmer(std::function<bool(const QStringList &keys)> confirmer);

    // What the tasks of keys wait on: the first unfinished task they depend on (not one of
    // them) by key and title, and how many more ("SEC-001 “Encrypt” and 2 more").
    static QString unfinishedDependencies(const Project &project, const QStringList &keys);

signals:
    void moveRefused(const QString &message);

private:
    // False, with a refusal, when the policy refuses or the user declines.
    bool mayFinish(const QList<qint64> &moved);

    Project *m_project;
    const BoardModel &m_board;
    std::function<bool(const QStringList &)> m_doneConfirmer;
};

} // namespace Candor
