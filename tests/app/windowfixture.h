// SPDX-License-Identifier: MIT
// Helpers shared by the main window's tests: a real window offscreen, the demo project in a
// file of its own, an action found by its shortcut.
#pragma once

#include "mainwindow.h"
#include "project/demoproject.h"
#include "project/project.h"
#include "tasks/taskmodel.h"

#include <QAction>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace CandorTest {

// A main window, shown offscreen, that asks nothing (no dialogs).
inline std::unique_ptr<Candor::MainWindow> newWindow()
{
    auto window = std::make_unique<Candor::MainWindow>();
    window->setInteractive(false);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("The main window was not exposed");
    return window;
}

// Creates path with the demo content and opens it in the window, with an empty undo stack.
inline bool openDemo(Candor::MainWindow &window, const QString &path)
{
    if (!window.openProject(path, true)) {
        qWarning("Cannot create %s: %s", qPrintable(path), qPrintable(window.lastError()));
        return false;
    }
    if (const Candor::WriteResult populated = Candor::DemoProject::populate(*window.project());
        !populated) {
        qWarning("Cannot populate %s: %s", qPrintable(path), qPrintable(populated.error()));
        return false;
    }
    window.project()->undoStack()->clear();
    return window.project()->tasks()->rowCount() == 25;
}

inline QAction *actionWithShortcut(const Candor::MainWindow &window, const QKeySequence &shortcut)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *candidate : actions) {
        if (candidate->shortcuts().contains(shortcut))
            return candidate;
    }
    return nullptr;
}

} // namespace CandorTest
