// SPDX-License-Identifier: MIT
// BoardModel's side of drag and drop: the cards it hands out and takes back, as CardPayload
// codes them (what a drop does with them is in boardmodel.cpp).
#include "board/cardpayload.h"
#include "boardmodel.h"
#include "project/project.h"
#include "tasks/taskmodel.h"

#include <QMimeData>

namespace Candor {

QString BoardModel::mimeType()
{
    return CardPayload::mimeType();
}

QMimeData *BoardModel::mimeData(const QModelIndexList &indexes) const
{
    QList<const Task *> cards;
    for (const QModelIndex &index : indexes) {
        if (const Task *card = task(index))
            cards.append(card);
    }
    return CardPayload::encode(m_token, cards);
}

QList<qint64> BoardModel::decodeCards(const QMimeData *data) const
{
    return CardPayload::decode(data, m_token, *m_project->tasks());
}

} // namespace Candor
