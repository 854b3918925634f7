// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QAbstractItemView;
class QHeaderView;

namespace Candor {

// Fits a view's columns to their header text and to the rows in sight the first time the view
// shows, and remembers the widths a person gives them, in QSettings under a key of the view's
// own (so that the table and each list of the import preview keep theirs apart), by the
// column's logical index. A stretching column takes the rest and is left alone. The view owns it.
class ColumnWidths final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnWidths)
public:
    ColumnWidths(QAbstractItemView *view, QHeaderView *header, const QString &settingsKey);

    // The settings key the widths are kept under, for tests.
    static QString settingsGroup() { return QStringLiteral("columnWidths"); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();
    int headerTextWidth(int section) const;
    void save();
    bool isFree(int section) const;

    QAbstractItemView *m_view;
    QHeaderView *m_header;
    QString m_key;
    bool m_fitted = false;
    bool m_chosen = false; // by a person, now or before: no more fitting
    bool m_applying = false;
    QList<int> m_defaults; // the widths the view gave its columns: the least a fit gives
};

} // namespace Candor
