// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QPushButton;

namespace Candor {

// Help ▸ Getting Started: what Candor shows, in five lines, and the two ways in: the demo
// project, and importing the tracker a team already keeps.
class GettingStarted final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GettingStarted)
public:
    explicit GettingStarted(QWidget *parent = nullptr);
    QPushButton *demoButton() const { return m_demo; }
    QPushButton *importButton() const { return m_import; }

signals:
    void demoWanted();
    void importWanted();

private:
    QPushButton *m_demo;
    QPushButton *m_import;
};

} // namespace Candor
