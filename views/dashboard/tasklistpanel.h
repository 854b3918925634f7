// SPDX-License-Identifier: MIT
#pragma once

#include <QListWidget>
#include <QMap>

namespace Candor {

class TaskModel;

// A short list of tasks ("SEC-004  Rotate keys"), the first few in key order and a line for the
// rest; activating a line asks for that task, the last line for all of them (tasksWanted).
// Also lists other things (components) with an id each, through addEntry().
class TaskListPanel final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListPanel)
public:
    static constexpr int shownLines = 6;
    explicit TaskListPanel(const QString &emptyText, QWidget *parent = nullptr);

    // Shows the first few of keys, which must outlive the panel or the next setTasks().
    void setTasks(const QMap<QString, qint64> &keys, const TaskModel &tasks);
    void clearEntries();
    void addEntry(const QString &text, qint64 id, const QString &toolTip = {});
    void finish(); // after addEntry(): the placeholder when empty
    QSize sizeHint() const override;

signals:
    void tasksWanted(const QList<qint64> &ids);
    void entryActivated(qint64 id);

private:
    QString m_emptyText;
    const QMap<QString, qint64> *m_all = nullptr; // every task of the list, by key
};

} // namespace Candor
