// SPDX-License-Identifier: MIT
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace Candor {

class ProjectWorkspace;

// One kind of page the workspace can show: the table, the board, the graph... A page brings its
// own actions (QWidget::actions(), shown in the View menu while it is current, with shortcuts
// scoped to the page) and reaches the rest of the window only through the workspace's signals.
struct PageType
{
    QString name;          // "board": what the command line, the settings and tests call it
    const char *title;     // "&Board", translated in the PageRegistry context (QT_TRANSLATE_NOOP)
    QKeySequence shortcut; // switches to the page
    // Makes the page for a workspace and connects its signals to the workspace's.
    std::function<QWidget *(ProjectWorkspace *workspace)> create;
};

// The pages by name, in menu order. A new view registers here (standardpages.cpp) and touches
// neither the main window nor the command line.
class PageRegistry final
{
public:
    static const PageRegistry &instance();

    const QList<PageType> &pages() const { return m_pages; }
    const PageType *find(const QString &name) const; // case-insensitive
    QStringList names() const;
    static QString title(const PageType &page); // translated, without the mnemonic's "&"

private:
    PageRegistry();
    void add(PageType page) { m_pages.append(std::move(page)); }

    QList<PageType> m_pages;
};

} // namespace Candor
