// SPDX-License-Identifier: MIT
#include "gettingstarted.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Candor {

GettingStarted::GettingStarted(QWidget *parent)
    : QDialog(parent)
    , m_demo(new QPushButton(tr("Open the &Demo Project"), this))
    , m_import(new QPushButton(tr("&Import a Tracker…"), this))
{
    setWindowTitle(tr("Getting Started"));
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setText(
        tr("<h3>Getting started with Candor</h3>"
           "<p>A project is one file. Its tasks show as a <b>table</b> (sort, filter, edit in "
           "place), a <b>board</b> (drag cards between statuses), a dependency <b>graph</b> with "
           "the critical path, and a <b>dashboard</b> of completion by component and "
           "milestones.</p>"
           "<p>Candor keeps what is <i>claimed</i> done apart from what is <i>verified</i>: a task "
           "marked done without evidence counts as claimed, not verified, everywhere.</p>"
           "<p>Every change is saved at once and can be undone (%1). File ▸ Print Report "
           "makes the status report; File ▸ Export Project writes JSON, CSV, Taskwarrior or "
           "Markdown.</p>"
           "<p>Start with the demo project, or import the TASKS.md, STATUS.md, CSV or Taskwarrior "
           "export your team already keeps (or drop the file on the window).</p>")
            .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    m_demo->setObjectName(QStringLiteral("demoButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_demo, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    connect(m_demo, &QPushButton::clicked, this, [this]() {
        accept();
        emit demoWanted();
    });
    connect(m_import, &QPushButton::clicked, this, [this]() {
        accept();
        emit importWanted();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

} // namespace Candor
