// SPDX-License-Identifier: MIT
#include "filterbar.h"

#include "core/roles.h"
#include "tasks/componentmodel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace Candor {

namespace {

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(colour.darker(130));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 3, 3);
    return QIcon(pixmap);
}

} // namespace

FilterBar::FilterBar(ComponentModel *components, QWidget *parent)
    : QWidget(parent)
    , m_components(components)
    , m_text(new QLineEdit(this))
{
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Search all fields, checklists and evidence (Ctrl+F)"));
    m_text->setToolTip(tr("Shows the tasks whose key, title, description, assignee, phase, "
                          "component, milestones, verification evidence or checklist items "
                          "contain the text, ignoring case. Matches are highlighted."));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(160);

    m_status = addMenuButton(tr("Status"), QStringLiteral("statusFilter"));
    for (int i = 0; i < StatusCount; ++i) {
        QAction *action = m_status->menu()->addAction(TaskEnums::label(static_cast<Status>(i)));
        action->setCheckable(true);
        action->setData(i);
    }
    m_priority = addMenuButton(tr("Priority"), QStringLiteral("priorityFilter"));
    for (int i = 0; i < PriorityCount; ++i) {
        QAction *action = m_priority->menu()->addAction(TaskEnums::label(static_cast<Priority>(i)));
        action->setCheckable(true);
        action->setData(i);
    }
    m_component = addMenuButton(tr("Component"), QStringLiteral("componentFilter"));
    rebuildComponentMenu();

    m_only = new QToolButton(this);
    m_only->setObjectName(QStringLiteral("onlyFilter"));
    m_only->setToolTip(tr("Show every task again (keeps the other filters)"));
    m_only->setVisible(false);
    connect(m_only, &QToolButton::clicked, this, [this]() { showOnly({}); });
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilter"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setAutoRaise(true);
    m_clear->setEnabled(false);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_priority);
    layout->addWidget(m_component);
    layout->addWidget(m_only);
    layout->addWidget(m_clear);

    // Text is filtered once the keystrokes already queued are in (a zero timer coalesces them),
    // or after a pause in typing when filtering is too slow to follow every keystroke.
    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(0);
    connect(&m_typingPause, &QTimer::timeout, this, &FilterBar::collect);
    connect(m_text, &QLineEdit::textChanged, this, [this]() { m_typingPause.start(); });
    connect(m_text, &QLineEdit::returnPressed, this, &FilterBar::collect);
    m_text->installEventFilter(this);

    connect(components, &QAbstractItemModel::modelReset, this, &FilterBar::rebuildComponentMenu);
    connect(components, &QAbstractItemModel::rowsInserted, this, &FilterBar::rebuildComponentMenu);
    connect(components, &QAbstractItemModel::rowsRemoved, this, &FilterBar::rebuildComponentMenu);
}

QToolButton *FilterBar::addMenuButton(const QString &name, const QString &objectName)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(name);
    button->setProperty("baseText", name);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(button);
    connect(menu, &QMenu::triggered, this, &FilterBar::collect);
    button->setMenu(menu);
    return button;
}

void FilterBar::rebuildComponentMenu()
{
    QMenu *menu = m_component->menu();
    const QSet<qint64> checked = m_filter.components;
    menu->clear();
    for (const Component &component : m_components->components()) {
        // A name is the user's text: a single & in it would otherwise become a mnemonic.
        QString label = component.name;
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = menu->addAction(swatch(QColor(component.colour)), label);
        action->setCheckable(true);
        action->setData(component.id);
        action->setChecked(checked.contains(component.id));
    }
    QAction *none = menu->addAction(tr("(No component)"));
    none->setCheckable(true);
    none->setData(qint64(0));
    none->setChecked(checked.contains(0));
}

void FilterBar::collect()
{
    m_typingPause.stop();
    TaskFilter filter;
    filter.setText(m_text->text());
    for (const QAction *action : m_status->menu()->actions()) {
        if (action->isChecked())
            filter.statuses.insert(static_cast<Status>(action->data().toInt()));
    }
    for (const QAction *action : m_priority->menu()->actions()) {
        if (action->isChecked())
            filter.priorities.insert(static_cast<Priority>(action->data().toInt()));
    }
    for (const QAction *action : m_component->menu()->actions()) {
        if (action->isChecked())
            filter.components.insert(action->data().toLongLong());
    }
    filter.tasks = m_onlyTasks;
    if (filter == m_filter)
        return;
    m_filter = filter;
    updateButtonTexts();
    m_clear->setEnabled(!m_filter.isEmpty());
    QElapsedTimer cost;
    cost.start();
    emit filterChanged(m_filter);
    // 100k rows filter in about 40 ms here: fast enough to follow the typing, so the rows answer
    // a keystroke in one frame's time. On a slower machine or a larger project, wait for a pause.
    m_typingPause.setInterval(cost.elapsed() <= followsTypingMs ? 0 : typingPauseMs);
}

void FilterBar::updateButtonTexts()
{
    const auto label = [](QToolButton *button, qsizetype count) {
        const QString base = button->property("baseText").toString();
        button->setText(count == 0 ? base : tr("%1 (%2)").arg(base).arg(count));
        QFont font = button->font();
        font.setBold(count > 0);
        button->setFont(font);
    };
    label(m_status, m_filter.statuses.size());
    label(m_priority, m_filter.priorities.size());
    label(m_component, m_filter.components.size());
    m_only->setVisible(!m_filter.tasks.isEmpty());
    m_only->setText(tr("Only %Ln chosen task(s) ✕", nullptr, int(m_filter.tasks.size())));
}

void FilterBar::showOnly(const QList<qint64> &taskIds)
{
    m_onlyTasks = QSet<qint64>(taskIds.cbegin(), taskIds.cend());
    collect();
}

void FilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // Esc in the box takes its text away at once; with nothing typed it is left to others.
    if (watched == m_text &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier &&
            !m_text->text().isEmpty()) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                m_text->clear();
                collect();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::clear()
{
    // Not behind a signal blocker: the line edit hides its clear button on textChanged. The pause
    // timer this starts is stopped by collect() below.
    m_text->clear();
    for (QToolButton *button : {m_status, m_priority, m_component}) {
        for (QAction *action : button->menu()->actions())
            action->setChecked(false);
    }
    m_onlyTasks.clear();
    collect();
}

} // namespace Candor
