// SPDX-License-Identifier: MIT
#include "descriptionedit.h"

#include <QKeyEvent>

namespace Candor {

DescriptionEdit::DescriptionEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(sizeHint().height());
}

QSize DescriptionEdit::sizeHint() const
{
    // Five lines: enough to read a paragraph without the panel scrolling inside a scroll area.
    const int lines = 5;
    const int height = fontMetrics().lineSpacing() * lines + int(2 * document()->documentMargin()) +
                       2 * frameWidth();
    return {QPlainTextEdit::sizeHint().width(), height};
}

void DescriptionEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & Qt::ControlModifier)) {
        emit editingFinished();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void DescriptionEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (event->reason() != Qt::PopupFocusReason) // not for its own context menu
        emit editingFinished();
}

} // namespace Candor
