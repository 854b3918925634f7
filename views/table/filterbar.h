// SPDX-License-Identifier: MIT
#pragma once

#include "tasks/taskfilter.h"

#include <QTimer>
#include <QWidget>

class QLineEdit;
class QMenu;
class QToolButton;

namespace Candor {

class ComponentModel;

// The bar above a task view: free text plus status, priority and component menus that combine.
// Emits filterChanged shortly after typing stops, at once for menu changes.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)
public:
    // Object names for tests: "filterText", "statusFilter", "priorityFilter", "componentFilter",
    // "onlyFilter", "clearFilter".
    explicit FilterBar(ComponentModel *components, QWidget *parent = nullptr);

    const TaskFilter &filter() const { return m_filter; }
    void focusText();
    void clear();
    // Narrows the filter to these tasks (the tasks behind a dashboard bar), shown as a button
    // that lifts it; an empty list lifts it.
    void showOnly(const QList<qint64> &taskIds);

signals:
    void filterChanged(const Candor::TaskFilter &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QToolButton *addMenuButton(const QString &name, const QString &objectName);
    void rebuildComponentMenu();
    void collect();
    void updateButtonTexts();

    ComponentModel *m_components;
    TaskFilter m_filter;
    QSet<qint64> m_onlyTasks;
    QLineEdit *m_text;
    QToolButton *m_status;
    QToolButton *m_priority;
    QToolButton *m_component;
    QToolButton *m_only;
    QToolButton *m_clear;
    // Filtering that takes longer than followsTypingMs waits for typingPauseMs without a key.
    static constexpr int followsTypingMs = 60;
    static constexpr int typingPauseMs = 150;
    QTimer m_typingPause;
};

} // namespace Candor
