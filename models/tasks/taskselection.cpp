// SPDX-License-Identifier: MIT
#include "taskselection.h"

namespace Candor {

TaskSelection::TaskSelection(QObject *parent)
    : QObject(parent)
{}

void TaskSelection::select(const QList<qint64> &ids, qint64 current)
{
    if (ids == m_selected && current == m_current)
        return;
    m_selected = ids;
    m_current = current;
    emit changed(m_selected, m_current);
}

} // namespace Candor
