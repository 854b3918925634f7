// SPDX-License-Identifier: MIT
#include "graphpage.h"

#include "commands/dependencycommands.h"
#include "graph/layeredlayout.h"
#include "graph/schedule.h"
#include "graphexport.h"
#include "graphminimap.h"
#include "graphpagebar.h"
#include "graphscene.h"
#include "graphview.h"
#include "project/project.h"
#include "tasks/taskfiltermodel.h"
#include "tasks/taskmodel.h"
#include "tasks/taskselection.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Candor {

GraphPage::GraphPage(Project *project, TaskSelection *selection, TaskFilterModel *filter,
                     QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_selection(selection)
    , m_filter(filter)
    , m_scope(*project)
    , m_scene(new GraphScene(this))
    , m_view(new GraphView(m_scene, this))
    , m_stack(new QStackedWidget(this))
    , m_notice(new QLabel(this))
    , m_fitAction(new QAction(tr("Zoom to &Fit"), this))
    , m_actualSizeAction(new QAction(tr("Actual &Size"), this))
    , m_exportSvgAction(new QAction(tr("Export Graph as &SVG…"), this))
    , m_exportPngAction(new QAction(tr("Export Graph as &PNG…"), this))
    , m_relayoutTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("graphPage"));
    // Page actions, live while the focus is in the page. The page takes Ctrl+0 and Ctrl+1 for
    // itself (see event()), so the main window's Ctrl+1 (Table) does not make them ambiguous.
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_actualSizeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    for (QAction *action : {m_fitAction, m_actualSizeAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_bar = new GraphPageBar({m_fitAction, m_actualSizeAction},
                             {m_exportSvgAction, m_exportPngAction}, this);
    m_focusChooser = m_bar->focusChooser();

    m_stack->addWidget(m_view);
    m_stack->addWidget(makeNoticePanel());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_view);
    m_view->setEditable(!project->isReadOnly());

    m_relayoutTimer->setSingleShot(true);
    m_relayoutTimer->setInterval(0);
    connect(m_relayoutTimer, &QTimer::timeout, this, &GraphPage::relayout);
    connect(m_fitAction, &QAction::triggered, m_view, &GraphView::zoomToFit);
    connect(m_actualSizeAction, &QAction::triggered, m_view, &GraphView::zoomToActualSize);
    connect(m_exportSvgAction, &QAction::triggered, this, [this]() { chooseExportFile(true); });
    connect(m_exportPngAction, &QAction::triggered, this, [this]() { chooseExportFile(false); });
    connect(m_focusChooser, &QComboBox::currentIndexChanged, this, [this]() {
        m_scope.setFocus(m_bar->focus());
        m_scope.setAnchors(m_selection->selected());
        m_fitPending = true;
        scheduleRelayout();
    });
    connect(m_view, &GraphView::connectRequested, this, &GraphPage::connectTasks);
    connect(m_view, &GraphView::removeEdgesRequested, this, &GraphPage::removeSelectedEdges);
    connect(m_view, &GraphView::inspectorWanted, this, &GraphPage::inspectorWanted);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &GraphPage::sceneSelectionChanged);
    connect(selection, &TaskSelection::changed, this, &GraphPage::followSelection);

    TaskModel *tasks = project->tasks();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(tasks, signal, this, &GraphPage::scheduleRelayout);
    connect(tasks, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (!ScheduleColumns::contains(topLeft.column())) // a schedule comes to setSchedule
            scheduleRelayout();
    });
    connect(tasks, &QAbstractItemModel::modelReset, this, &GraphPage::scheduleRelayout);
    connect(project, &Project::dependenciesChanged, this, &GraphPage::scheduleRelayout);
    connect(project, &Project::milestonesChanged, this, &GraphPage::scheduleRelayout);
    connect(project, &Project::loadFinished, this, &GraphPage::scheduleRelayout);
    connect(filter, &TaskFilterModel::filterChanged, this, &GraphPage::scheduleRelayout);
    m_scope.setAnchors(selection->selected());
}

GraphPage::~GraphPage() = default;

QWidget *GraphPage::makeNoticePanel()
{
    auto *panel = new QWidget(this);
    m_notice->setObjectName(QStringLiteral("graphNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setMaximumWidth(560);
    m_notice->setMinimumWidth(360); // else a wrapped notice is laid out a few words wide
    m_focusButtons = new QWidget(panel);
    auto *buttons = new QHBoxLayout(m_focusButtons);
    buttons->addStretch(1);
    for (const auto &[focus, label] : {std::pair{Focus::Unfinished, tr("Unfinished Only")},
                                       std::pair{Focus::Downstream, tr("Downstream of Selection")},
                                       std::pair{Focus::Upstream, tr("Upstream of Selection")},
                                       std::pair{Focus::Critical, tr("Critical Path Only")}}) {
        auto *button = new QPushButton(label, m_focusButtons);
        connect(button, &QPushButton::clicked, this,
                [this, focus = focus]() { setFocusMode(focus); });
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(panel);
    layout->addStretch(1);
    layout->addWidget(m_notice, 0, Qt::AlignHCenter);
    layout->addWidget(m_focusButtons);
    layout->addStretch(2);
    return panel;
}

void GraphPage::setFocusMode(Focus focus)
{
    m_focusChooser->setCurrentIndex(m_focusChooser->findData(int(focus)));
}

void GraphPage::setSchedule(std::shared_ptr<const Schedule> schedule)
{
    QSet<qint64> critical;
    QSet<QPair<qint64, qint64>> edges; // (from, to): to depends on from
    if (schedule) {
        for (const TaskTiming &timing : schedule->tasks) {
            if (!timing.critical)
                continue;
            critical.insert(timing.id);
            for (qint64 before : m_project->dependencies().dependenciesOf(timing.id)) {
                if (schedule->isCriticalEdge(timing.id, before))
                    edges.insert({before, timing.id});
            }
        }
    }
    m_schedule = std::move(schedule);
    m_scene->setCriticalEdges(edges);
    setCritical(critical);
}

void GraphPage::setCritical(const QSet<qint64> &tasks)
{
    if (tasks == m_scope.critical())
        return;
    m_scope.setCritical(tasks);
    if (m_scope.focus() == Focus::Critical || m_stale) {
        scheduleRelayout(); // which tasks are shown changes, or a relayout is due anyway
        return;
    }
    // Only the marks change: restyle the nodes that gained or lost one, where they are.
    QHash<qint64, GraphNodeLook> changed;
    for (auto it = m_scene->looks().cbegin(); it != m_scene->looks().cend(); ++it) {
        const bool critical = tasks.contains(it.key());
        if (it.value().critical != critical && !GraphLayoutScope::isMilestoneNode(it.key()))
            changed.insert(it.key(), GraphNodeLook::of(*m_project, it.key(), critical));
    }
    m_scene->setLooks(changed);
    m_view->minimap()->layoutChanged();
}

QString GraphPage::notice() const
{
    return m_stack->currentWidget() == m_view ? QString() : m_notice->text();
}

void GraphPage::scheduleRelayout()
{
    m_stale = true;
    if (isVisible())
        m_relayoutTimer->start();
}

void GraphPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        relayout();
    else if (m_fitPending && !m_scene->layout().nodes.isEmpty())
        QTimer::singleShot(0, this, [this]() {
            m_view->zoomToFit();
            m_fitPending = false;
        });
}

void GraphPage::showNotice(const QString &text, bool offerFocus)
{
    m_scene->clearGraph();
    m_view->minimap()->layoutChanged();
    m_notice->setText(text);
    m_focusButtons->setVisible(offerFocus);
    m_stack->setCurrentIndex(1);
}

void GraphPage::relayout()
{
    m_relayoutTimer->stop();
    m_stale = false;
    m_scope.setFilter(&m_filter->filter());
    const QList<qint64> tasks = m_scope.tasks();
    if (tasks.size() > maxDrawnTasks) {
        showNotice(tr("%1 tasks are in this view: too many to draw legibly (the graph draws up "
                      "to %2). Choose a focus, or narrow the filter, e.g. to one component.")
                       .arg(QLocale().toString(tasks.size()), QLocale().toString(maxDrawnTasks)),
                   true);
        return;
    }
    if (tasks.isEmpty()) {
        const Focus focus = m_scope.focus();
        showNotice(focus == Focus::Upstream || focus == Focus::Downstream
                       ? tr("Select a task to see what it waits for, or what waits for it.")
                   : focus == Focus::Critical
                       ? tr("Nothing is on the critical path: it is not computed yet, or no "
                            "work is left.")
                   : focus == Focus::Unfinished          ? tr("Every task in this view is done.")
                   : m_project->tasks()->rowCount() == 0 ? tr("This project has no tasks yet.")
                                                         : tr("No task matches the filter."),
                   false);
        return;
    }

    GraphLayoutInput input = m_scope.input(tasks);
    const GraphLayout &before = m_scene->layout();
    for (const GraphLayout::Node &node : before.nodes)
        input.previous.insert(node.id, node.rect.center());
    // The node the view is kept still on: the current task if in sight, else the one nearest
    // the middle of the view.
    qint64 anchor = 0;
    QPointF anchorAt;
    if (!before.nodes.isEmpty() && !m_fitPending) {
        const QRectF seen = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
        if (const GraphLayout::Node *current = before.node(m_selection->current());
            current && seen.contains(current->rect.center())) {
            anchor = current->id;
        } else {
            qreal best = std::numeric_limits<qreal>::max();
            for (const GraphLayout::Node &node : before.nodes) {
                const QPointF d = node.rect.center() - seen.center();
                if (const qreal distance = d.x() * d.x() + d.y() * d.y(); distance < best) {
                    best = distance;
                    anchor = node.id;
                }
            }
        }
        anchorAt = m_view->mapFromScene(before.node(anchor)->rect.center());
    }

    const GraphLayout layout = LayeredLayout::compute(input);
    QHash<qint64, GraphNodeLook> looks;
    looks.reserve(layout.nodes.size());
    for (const GraphLayout::Node &node : layout.nodes)
        looks.insert(node.id,
                     GraphNodeLook::of(*m_project, node.id, m_scope.critical().contains(node.id)));
    m_syncing = true;
    m_scene->show(layout, looks);
    m_scene->setSceneRect(layout.bounds.adjusted(-2000, -2000, 2000, 2000));
    m_scene->selectTasks(m_selection->selected());
    m_syncing = false;
    m_stack->setCurrentWidget(m_view);
    if (m_fitPending && isVisible()) {
        m_view->zoomToFit();
        m_fitPending = false;
    } else if (const GraphLayout::Node *kept = layout.node(anchor)) {
        const QPointF delta = m_view->mapFromScene(kept->rect.center()) - anchorAt;
        m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->value() +
                                                qRound(delta.x()));
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() +
                                              qRound(delta.y()));
    }
    m_view->minimap()->layoutChanged();
}

void GraphPage::followSelection()
{
    if (m_syncing)
        return; // our own click
    m_scope.setAnchors(m_selection->selected());
    if (m_scope.focus() == Focus::Upstream || m_scope.focus() == Focus::Downstream) {
        m_fitPending = true;
        scheduleRelayout();
        return;
    }
    m_syncing = true;
    m_scene->selectTasks(m_selection->selected());
    m_syncing = false;
}

void GraphPage::sceneSelectionChanged()
{
    if (m_syncing)
        return;
    const QList<qint64> ids = m_scene->selectedTasks();
    const qint64 current = ids.contains(m_selection->current()) ? m_selection->current()
                           : ids.isEmpty()                      ? 0
                                                                : ids.last();
    m_syncing = true;
    m_selection->select(ids, current);
    m_syncing = false;
}

void GraphPage::connectTasks(qint64 from, qint64 to)
{
    const TaskModel *tasks = m_project->tasks();
    const QString before = tasks->keyOf(from);
    const QString after = tasks->keyOf(to);
    if (m_project->isReadOnly()) {
        emit message(tr("The project is open read-only."));
        return;
    }
    if (m_project->dependencies().contains(to, from)) {
        emit message(tr("%1 already depends on %2.").arg(after, before));
        return;
    }
    if (const QList<qint64> cycle = m_project->dependencies().cycleIfAdded(to, from);
        !cycle.isEmpty()) {
        emit message(tr("Refused: %1 cannot depend on %2, that would close a cycle: %3")
                         .arg(after, before, m_project->describeCycle(cycle)));
        return;
    }
    m_project->undoStack()->push(
        new DependencyCommand(m_project, DependencyCommand::Kind::Add, to, from));
    emit message(tr("%1 now depends on %2.").arg(after, before));
}

void GraphPage::removeSelectedEdges()
{
    QList<QPair<qint64, qint64>> edges; // (task, depends on)
    for (const auto &[from, to] : m_scene->selectedEdges()) {
        if (!GraphLayoutScope::isMilestoneNode(to) && !GraphLayoutScope::isMilestoneNode(from))
            edges.append({to, from});
    }
    if (edges.isEmpty()) {
        emit message(tr("A dashed arrow shows a task gating a milestone; change that in the "
                        "inspector."));
        return;
    }
    if (m_project->isReadOnly()) {
        emit message(tr("The project is open read-only."));
        return;
    }
    m_project->undoStack()->push(
        edges.size() == 1
            ? new DependencyCommand(m_project, DependencyCommand::Kind::Remove, edges.first().first,
                                    edges.first().second)
            : new DependencyCommand(m_project, DependencyCommand::Kind::Remove, edges));
}

QAction *GraphPage::shortcutFor(const QKeyEvent *event) const
{
    const QKeySequence pressed(event->keyCombination());
    for (QAction *action : {m_fitAction, m_actualSizeAction}) {
        if (action->shortcut() == pressed)
            return action;
    }
    return nullptr;
}

bool GraphPage::event(QEvent *event)
{
    // Ctrl+0 and Ctrl+1 belong to the page while the focus is in it (they arrive as key
    // presses), rather than being ambiguous with the window's own shortcuts.
    if (event->type() == QEvent::ShortcutOverride && shortcutFor(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void GraphPage::keyPressEvent(QKeyEvent *event)
{
    if (QAction *action = shortcutFor(event)) {
        action->trigger();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool GraphPage::exportSvg(const QString &path, QString *error)
{
    return GraphExport::writeSvg(*m_scene, m_project->name(), path, error);
}

bool GraphPage::exportPng(const QString &path, QString *error)
{
    return GraphExport::writePng(*m_scene, path, error);
}

void GraphPage::chooseExportFile(bool svg)
{
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export Graph as SVG") : tr("Export Graph as PNG"),
        m_project->name() + (svg ? QLatin1String(".svg") : QLatin1String(".png")),
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (svg ? exportSvg(path, &error) : exportPng(path, &error))
        emit message(tr("Exported the graph to %1").arg(path));
    else
        emit message(error);
}

} // namespace Candor
