// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Candor {

class Project;

// Tasks by key and title with their dependencies by key: what the DOT, mermaid and layout
// JSON formats write and read back.
struct KeyedGraph
{
    struct Node
    {
        QString key;
        QString title;
        bool operator==(const Node &other) const
        {
            return key == other.key && title == other.title;
        }
    };
    QList<Node> nodes;
    QList<QPair<QString, QString>> dependencies; // (task key, key of the task it depends on)

    // The tasks in the task model's order (all of them when tasks is empty).
    static KeyedGraph fromProject(const Project &project, const QList<qint64> &tasks = {});
};

// What a reader made of a text: the graph, or an error at a line (1-based).
struct KeyedGraphRead
{
    KeyedGraph graph;
    QString error;
    int line = 0;
    bool ok() const { return error.isEmpty(); }
};

} // namespace Candor
