// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace Candor {

// A red line under an editor saying why its last input was refused; hidden while there is none.
class FieldMessage final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessage)
public:
    // field gets the message as its tooltip too, so that it is told where the eye already is.
    explicit FieldMessage(QWidget *field, QWidget *parent = nullptr);

    void showProblem(const QString &problem); // an empty problem hides the message
    void clear() { showProblem({}); }

private:
    QWidget *m_field;
    QString m_fieldToolTip;
};

} // namespace Candor
