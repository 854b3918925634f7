// SPDX-License-Identifier: MIT
#include "graphpagebar.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace Candor {

GraphPageBar::GraphPageBar(const QList<QAction *> &zoomActions,
                           const QList<QAction *> &exportActions, QWidget *parent)
    : QWidget(parent)
    , m_focusChooser(new QComboBox(this))
{
    using Focus = GraphLayoutScope::Focus;
    m_focusChooser->setObjectName(QStringLiteral("graphFocus"));
    const std::pair<Focus, QString> choices[] = {{Focus::All, tr("All Tasks")},
                                                 {Focus::Upstream, tr("Upstream of Selection")},
                                                 {Focus::Downstream, tr("Downstream of Selection")},
                                                 {Focus::Critical, tr("Critical Path Only")},
                                                 {Focus::Unfinished, tr("Unfinished Only")}};
    for (const auto &[focus, label] : choices)
        m_focusChooser->addItem(label, int(focus));
    m_focusChooser->setToolTip(tr("Which tasks the graph shows (the filter bar applies too)"));
    auto *focusLabel = new QLabel(tr("F&ocus:"), this);
    focusLabel->setBuddy(m_focusChooser);

    auto *bar = new QHBoxLayout(this);
    bar->setContentsMargins(8, 4, 8, 4);
    bar->addWidget(focusLabel);
    bar->addWidget(m_focusChooser);
    bar->addSpacing(12);
    for (QAction *action : zoomActions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        bar->addWidget(button);
    }
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("graphExport"));
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addActions(exportActions);
    exportButton->setMenu(exportMenu);
    bar->addWidget(exportButton);
    bar->addSpacing(12);

    auto *hint = new QLabel(tr("Drag from a task onto another: the second then depends on the "
                               "first. Select an arrow and press Delete to remove it."),
                            this);
    hint->setEnabled(false);
    hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // Read from its start when the bar is narrow (its end is cut, not its beginning).
    hint->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    bar->addWidget(hint, 1);
}

GraphLayoutScope::Focus GraphPageBar::focus() const
{
    return static_cast<GraphLayoutScope::Focus>(m_focusChooser->currentData().toInt());
}

} // namespace Candor
