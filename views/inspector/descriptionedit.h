// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

namespace Candor {

// A plain-text editor for a task's description that says when an edit is complete: when the
// focus leaves it or on Ctrl+Enter (Enter alone starts a new line).
class DescriptionEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DescriptionEdit)
public:
    explicit DescriptionEdit(QWidget *parent = nullptr);

    QSize sizeHint() const override;

signals:
    void editingFinished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace Candor
