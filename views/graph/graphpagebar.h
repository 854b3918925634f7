// SPDX-License-Identifier: MIT
#pragma once

#include "graph/graphlayoutscope.h"

#include <QWidget>

class QAction;
class QComboBox;

namespace Candor {

// The graph page's bar: the focus chooser (objectName graphFocus), the zoom buttons, the
// Export menu (graphExport) and a hint on how to connect tasks.
class GraphPageBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphPageBar)
public:
    GraphPageBar(const QList<QAction *> &zoomActions, const QList<QAction *> &exportActions,
                 QWidget *parent = nullptr);

    QComboBox *focusChooser() const { return m_focusChooser; }
    GraphLayoutScope::Focus focus() const;

private:
    QComboBox *m_focusChooser;
};

} // namespace Candor
