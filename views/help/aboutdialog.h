// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;

namespace Candor {

// Help ▸ About Candor: the version (from the CMake project), the Qt it was built with and the
// one it runs on, and the licences: Candor's (MIT) and Qt's (LGPL 3), with Qt's own About box a
// button away.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    // Object name "aboutText".
    QLabel *text() const { return m_text; }

private:
    QLabel *m_text;
};

} // namespace Candor
