// SPDX-License-Identifier: MIT
#include "fieldmessage.h"

namespace Candor {

FieldMessage::FieldMessage(QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
    , m_fieldToolTip(field->toolTip())
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette red = palette();
    red.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    setPalette(red);
    hide();
}

void FieldMessage::showProblem(const QString &problem)
{
    setText(problem);
    setVisible(!problem.isEmpty());
    m_field->setToolTip(problem.isEmpty() ? m_fieldToolTip : problem);
}

} // namespace Candor
