// SPDX-License-Identifier: MIT
#include "columnwidths.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QStyle>

#include <algorithm>

namespace Candor {

ColumnWidths::ColumnWidths(QAbstractItemView *view, QHeaderView *header, const QString &settingsKey)
    : QObject(view)
    , m_view(view)
    , m_header(header)
    , m_key(settingsGroup() + QLatin1Char('/') + settingsKey)
{
    view->installEventFilter(this);
    // The viewport's own size, which the view sets after its resize event.
    view->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int section, int, int) {
        // Only what a person does is remembered: not the fit, and not a stretching column
        // following the window.
        if (!m_applying && m_fitted && isFree(section)) {
            m_chosen = true;
            save();
        }
    });
}

bool ColumnWidths::eventFilter(QObject *watched, QEvent *event)
{
    // Fitted when first shown, and again as the first layouts settle the view's width (a list
    // in a dialog's tab shows before it has its size), until a person chooses widths.
    if (!m_chosen && m_view->isVisible() &&
        ((watched == m_view && event->type() == QEvent::Show) ||
         (watched == m_view->viewport() && event->type() == QEvent::Resize)))
        fit();
    return QObject::eventFilter(watched, event);
}

bool ColumnWidths::isFree(int section) const
{
    // A stretching column takes the rest: its width is the window's, not a choice.
    return m_header->sectionResizeMode(section) == QHeaderView::Interactive &&
           !(m_header->stretchLastSection() && section == m_header->count() - 1);
}

int ColumnWidths::headerTextWidth(int section) const
{
    // The text and the style's margins, without the sort mark's room (sectionSizeHint's), which
    // only the sorted column needs.
    const QString text = m_header->model()->headerData(section, m_header->orientation()).toString();
    const int margin = m_header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_header);
    return m_header->fontMetrics().horizontalAdvance(text) + 2 * margin + 2;
}

void ColumnWidths::fit()
{
    m_fitted = true;
    m_applying = true;
    const QVariantMap saved = QSettings().value(m_key).toMap();
    m_chosen = !saved.isEmpty(); // what a person chose before stays
    if (m_defaults.size() != m_header->count()) {
        m_defaults.clear();
        for (int section = 0; section < m_header->count(); ++section)
            m_defaults.append(m_header->sectionSize(section));
    }
    // A fitted column takes at most a third of the view, so that one long value leaves room;
    // and together they leave a stretching column (the title) a quarter of the view, giving up
    // alike what they would gain beyond the view's own widths when the view is narrow.
    const int view = m_view->viewport()->width();
    // Room between one column's values and the next's.
    const int gap = m_view->fontMetrics().horizontalAdvance(QStringLiteral("  "));
    const int widest = std::max(m_header->minimumSectionSize(), view / 3);
    QList<int> wanted(m_header->count(), -1);
    QList<int> floor(m_header->count(), 0);
    int least = 0;
    int gain = 0;
    bool stretching = false;
    for (int section = 0; section < m_header->count(); ++section) {
        if (m_header->isSectionHidden(section))
            continue;
        if (!isFree(section)) {
            stretching = true;
            continue;
        }
        if (const QVariant width = saved.value(QString::number(section)); width.isValid()) {
            m_header->resizeSection(section,
                                    std::max(width.toInt(), m_header->minimumSectionSize()));
            continue;
        }
        // The header's text (with room for the sort mark) and the rows in sight, never less
        // than the width the view gave the column for its typical values. The header's text is
        // never given up ("Zuständig" whole in German); values beyond it share what room is left.
        const int given = std::max(m_defaults.at(section), headerTextWidth(section));
        floor[section] = given;
        wanted[section] = std::min(std::max({given, m_header->sectionSizeHint(section),
                                             m_view->sizeHintForColumn(section) + gap}),
                                   std::max(widest, given));
        least += given;
        gain += wanted.at(section) - given;
    }
    const int room = stretching ? view - view / 4 : view;
    const double share = gain > 0 ? std::clamp(double(room - least) / gain, 0.0, 1.0) : 1.0;
    for (int section = 0; section < m_header->count(); ++section) {
        if (wanted.at(section) < 0)
            continue;
        const int given = floor.at(section);
        m_header->resizeSection(section, given + int((wanted.at(section) - given) * share));
    }
    m_applying = false;
}

void ColumnWidths::save()
{
    QVariantMap widths;
    for (int section = 0; section < m_header->count(); ++section) {
        if (isFree(section) && !m_header->isSectionHidden(section))
            widths.insert(QString::number(section), m_header->sectionSize(section));
    }
    QSettings().setValue(m_key, widths);
}

} // namespace Candor
