// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QStyledItemDelegate>

#include <optional>

namespace Candor {

class BoardModel;
struct Task;

// Paints a card: key and priority, the title on two lines, the component's colour, estimate,
// "blocked by N", checklist progress, the verification mark and a progress bar for partial
// work. Nothing per card is a widget; the title's line breaks are kept per task until its title
// or the card width changes, so scrolling lays out no text twice.
class CardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardDelegate)
public:
    explicit CardDelegate(const BoardModel *model, QObject *parent = nullptr);

    // The height every card has, for the board's layout.
    static int cardHeight(const QFontMetrics &metrics);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Paints one card into rect (also for the drag pixmap).
    void paintCard(QPainter *painter, const QStyleOptionViewItem &option, const Task &task) const;

private:
    struct TitleLines
    {
        QString title;
        int width = 0;
        QString first;
        QString second;
    };
    const TitleLines &titleLines(const Task &task, const QFont &font, int width) const;
    struct Fonts
    {
        QFont base;
        QFont small;
        QFont bold;
        QFontMetrics baseMetrics;
        QFontMetrics smallMetrics;
        QFontMetrics boldMetrics;
    };
    const Fonts &fontsFor(const QFont &font) const;

    const BoardModel *m_model;
    mutable QHash<qint64, TitleLines> m_titles;
    mutable std::optional<Fonts> m_fonts;
};

} // namespace Candor
