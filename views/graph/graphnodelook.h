// SPDX-License-Identifier: MIT
#pragma once

#include "core/taskenums.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Candor {

class Project;

// What one node of the dependency graph shows, read once from the project so that painting
// (on screen and into SVG) does no lookups: key, short title, status colour, marks.
struct GraphNodeLook
{
    Q_DECLARE_TR_FUNCTIONS(GraphNodeLook)
public:
    QString key;   // a milestone's name
    QString title; // empty for milestones
    QString tooltip;
    Status status = Status::Todo;
    Verification verification = Verification::Unverified;
    bool blocked = false; // waits for an unfinished dependency
    bool critical = false;
    bool milestone = false;
    bool done = false; // a finished task (done or won't do) or a reached milestone

    static GraphNodeLook of(const Project &project, qint64 node, bool critical);
    QColor accent() const; // the status colour (a milestone's own)
    QColor fill() const;   // a light tint of it
    static QColor text() { return {0x21, 0x21, 0x21}; }
    static QColor criticalColour() { return {0xd8, 0x43, 0x15}; }
    static QColor blockedColour() { return {0xc6, 0x28, 0x28}; }
    static QColor verifiedColour() { return {0x2e, 0x7d, 0x32}; }
    static QColor edgeColour() { return {0x8a, 0x8f, 0x98}; }
    static QColor selectionColour() { return {0x15, 0x65, 0xc0}; }
};

} // namespace Candor
