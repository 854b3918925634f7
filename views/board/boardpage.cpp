// SPDX-License-Identifier: MIT
#include "boardpage.h"

#include "board/boardedits.h"
#include "board/boardmodel.h"
#include "board/boardsettings.h"
#include "boardview.h"
#include "commands/setprojectsettingcommand.h"
#include "project/project.h"
#include "project/projectsettings.h"

#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Candor {

namespace {

const QString swimlaneSetting = QStringLiteral("board/swimlanes");
// Status tokens of the columns not shown; Won't do when nothing was ever chosen.
const QString hiddenColumnsSetting = QStringLiteral("board/hiddenColumns");
// Whether lanes without cards show only their header; on when nothing was ever chosen.
const QString collapseEmptyLanesSetting = QStringLiteral("board/collapseEmptyLanes");

} // namespace

BoardPage::BoardPage(Project *project, TaskFilterModel *filter, TaskSelection *selection,
                     QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new BoardModel(project, filter, this))
    , m_view(new BoardView(m_model, selection, this))
    , m_swimlanes(new QComboBox(this))
    , m_donePolicy(new QActionGroup(this))
{
    setObjectName(QStringLiteral("boardPage"));
    m_swimlanes->setObjectName(QStringLiteral("swimlanes"));
    m_swimlanes->addItem(tr("None"), int(Swimlanes::None));
    m_swimlanes->addItem(tr("Priority"), int(Swimlanes::Priority));
    m_swimlanes->addItem(tr("Component"), int(Swimlanes::Component));
    m_swimlanes->setToolTip(tr("Group the cards in lanes"));
    auto *swimlaneLabel = new QLabel(tr("&Swimlanes:"), this);
    swimlaneLabel->setBuddy(m_swimlanes);

    auto *collapse = new QToolButton(this);
    collapse->setText(tr("Collapse Lanes"));
    collapse->setToolTip(tr("Show only the lanes' headers; drop cards on a header to move them "
                            "into that lane"));
    auto *expand = new QToolButton(this);
    expand->setText(tr("Expand Lanes"));

    auto *options = new QToolButton(this);
    options->setObjectName(QStringLiteral("boardOptions"));
    options->setText(tr("Options"));
    options->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(options);
    // A section's text does not widen a menu: keep it short, the items say the rest.
    menu->addSection(tr("Done with open dependencies"));
    QAction *ask = menu->addAction(tr("Ask before moving into Done"));
    QAction *refuse = menu->addAction(tr("Refuse to move into Done"));
    ask->setData(int(BoardSettings::DonePolicy::Ask));
    refuse->setData(int(BoardSettings::DonePolicy::Refuse));
    for (QAction *action : {ask, refuse}) {
        action->setCheckable(true);
        m_donePolicy->addAction(action);
    }
    menu->addSection(tr("Columns"));
    for (int column = 0; column < BoardModel::ColumnCount; ++column) {
        QAction *shown = menu->addAction(TaskEnums::label(BoardModel::columnStatus(column)));
        shown->setObjectName(QStringLiteral("showColumn_") +
                             TaskEnums::token(BoardModel::columnStatus(column)));
        shown->setCheckable(true);
        connect(shown, &QAction::toggled, m_view,
                [this, column](bool on) { m_view->setColumnHidden(column, !on); });
        m_columnActions.append(shown);
    }
    menu->addSection(tr("Lanes"));
    QAction *collapseEmpty = menu->addAction(tr("Collapse Empty Lanes"));
    collapseEmpty->setObjectName(QStringLiteral("collapseEmptyLanes"));
    collapseEmpty->setToolTip(tr("Lanes without cards show only their header; drop cards on it "
                                 "to move them into the lane"));
    collapseEmpty->setCheckable(true);
    collapseEmpty->setChecked(QSettings().value(collapseEmptyLanesSetting, true).toBool());
    m_view->setCollapseEmptyLanes(collapseEmpty->isChecked());
    connect(collapseEmpty, &QAction::toggled, m_view, [this](bool on) {
        m_view->setCollapseEmptyLanes(on);
        QSettings().setValue(collapseEmptyLanesSetting, on);
    });
    menu->addSeparator();
    menu->addAction(tr("Set WIP Limits…"), this, [this]() {
        // The same as a column header's menu, for the column of the current card (or Todo).
        m_view->editWipLimit(std::max(0, m_view->currentIndex().isValid()
                                             ? m_model->positionOf(m_view->currentIndex()).column
                                             : 1));
    });
    options->setMenu(menu);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 8, 4);
    bar->addWidget(swimlaneLabel);
    bar->addWidget(m_swimlanes);
    bar->addSpacing(12);
    bar->addWidget(collapse);
    bar->addWidget(expand);
    auto *hint = new QLabel(tr("Drag cards, or Ctrl+arrows; 0–3 set priority; Enter opens the "
                               "inspector"),
                            this);
    hint->setEnabled(false);
    // A hint, not a reason to widen the window: it gives way when space is short.
    hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    hint->setToolTip(hint->text());
    hint->installEventFilter(this);
    m_hint = hint;
    bar->addWidget(hint, 1);
    bar->addSpacing(12);
    bar->addWidget(options);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    m_model->setDoneConfirmer([this](const QStringList &keys) {
        // Name what it waits on, so that the answer needs no look elsewhere.
        QMessageBox box(QMessageBox::Question, tr("Move to Done"),
                        tr("%1 still depends on unfinished work: %2.", nullptr, int(keys.size()))
                            .arg(keys.join(QLatin1String(", ")),
                                 BoardEdits::unfinishedDependencies(*m_project, keys)),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("Mark it done anyway?", nullptr, int(keys.size())));
        box.addButton(tr("Move to Done"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
        box.exec();
        return box.buttonRole(box.clickedButton()) == QMessageBox::AcceptRole;
    });

    connect(m_view, &BoardView::message, this, &BoardPage::message);
    connect(m_view, &BoardView::inspectorWanted, this, &BoardPage::inspectorWanted);
    connect(m_view, &BoardView::contextMenuWanted, this, &BoardPage::contextMenuWanted);
    connect(m_view, &BoardView::hiddenColumnsChanged, this, &BoardPage::saveHiddenColumns);
    connect(collapse, &QToolButton::clicked, m_view,
            [this]() { m_view->setAllLanesCollapsed(true); });
    connect(expand, &QToolButton::clicked, m_view,
            [this]() { m_view->setAllLanesCollapsed(false); });
    connect(m_donePolicy, &QActionGroup::triggered, this, [this](QAction *action) {
        const auto policy = static_cast<BoardSettings::DonePolicy>(action->data().toInt());
        if (policy == BoardSettings::donePolicy(*m_project->settings()))
            return;
        m_project->undoStack()->push(new SetProjectSettingCommand(
            m_project, BoardSettings::donePolicyKey(), BoardSettings::donePolicyValue(policy),
            tr("Change the Done policy")));
        showDonePolicy();
    });
    connect(project->settings(), &ProjectSettings::changed, this, &BoardPage::showDonePolicy);
    showDonePolicy();

    restoreHiddenColumns();

    const int saved = QSettings().value(swimlaneSetting, int(Swimlanes::None)).toInt();
    m_swimlanes->setCurrentIndex(std::max(0, m_swimlanes->findData(saved)));
    chooseSwimlanes(m_swimlanes->currentIndex());
    connect(m_swimlanes, &QComboBox::currentIndexChanged, this, &BoardPage::chooseSwimlanes);
}

bool BoardPage::eventFilter(QObject *watched, QEvent *event)
{
    // The hint shortens with an ellipsis rather than being cut off.
    if (watched == m_hint && event->type() == QEvent::Resize) {
        const QString full = m_hint->toolTip();
        const QString shown =
            m_hint->fontMetrics().elidedText(full, Qt::ElideRight, m_hint->width());
        m_hint->setText(shown.size() > 8 ? shown : QString());
    }
    return QWidget::eventFilter(watched, event);
}

void BoardPage::chooseSwimlanes(int choice)
{
    const auto swimlanes = static_cast<Swimlanes>(m_swimlanes->itemData(choice).toInt());
    if (swimlanes == m_model->swimlanes())
        return;
    m_view->setAllLanesCollapsed(false);
    m_model->setSwimlanes(swimlanes);
    QSettings().setValue(swimlaneSetting, int(swimlanes));
}

void BoardPage::restoreHiddenColumns()
{
    const QStringList hidden =
        QSettings()
            .value(hiddenColumnsSetting, QStringList{TaskEnums::token(Status::Cancelled)})
            .toStringList();
    // Shown ones first, so that a setting hiding every column still leaves one.
    for (int pass = 0; pass < 2; ++pass) {
        for (int column = 0; column < BoardModel::ColumnCount; ++column) {
            const bool hide = hidden.contains(TaskEnums::token(BoardModel::columnStatus(column)));
            if (hide == (pass == 1))
                m_view->setColumnHidden(column, hide);
        }
    }
    showHiddenColumns();
}

void BoardPage::saveHiddenColumns()
{
    QStringList hidden;
    for (int column = 0; column < BoardModel::ColumnCount; ++column) {
        if (m_view->isColumnHidden(column))
            hidden << TaskEnums::token(BoardModel::columnStatus(column));
    }
    QSettings().setValue(hiddenColumnsSetting, hidden);
    showHiddenColumns();
}

void BoardPage::showHiddenColumns()
{
    for (int column = 0; column < BoardModel::ColumnCount; ++column) {
        QAction *action = m_columnActions.at(column);
        const QSignalBlocker blocker(action);
        action->setChecked(!m_view->isColumnHidden(column));
        // The last column shown stays.
        action->setEnabled(m_view->isColumnHidden(column) || m_view->shownColumnCount() > 1);
    }
}

void BoardPage::showDonePolicy()
{
    const int policy = int(BoardSettings::donePolicy(*m_project->settings()));
    for (QAction *action : m_donePolicy->actions())
        action->setChecked(action->data().toInt() == policy);
}

} // namespace Candor
