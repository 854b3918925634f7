// SPDX-License-Identifier: MIT
#include "layoutjson.h"

#include "graphlayoutscope.h"
#include "layeredlayout.h"
#include "project/project.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Candor {

namespace {

const QString taskKind = QStringLiteral("task");
const QString milestoneKind = QStringLiteral("milestone");

// Two decimals are finer than a pixel and keep the file small.
double rounded(qreal value)
{
    return std::round(value * 100) / 100;
}

} // namespace

QByteArray LayoutJson::write(const Project &project, const GraphLayout &layout)
{
    auto keyOf = [&project](qint64 node) {
        return GraphLayoutScope::isMilestoneNode(node)
                   ? project.milestones()->name(GraphLayoutScope::milestoneOf(node))
                   : project.tasks()->keyOf(node);
    };
    QJsonArray nodes;
    for (const GraphLayout::Node &node : layout.nodes) {
        const bool milestone = node.kind == GraphLayoutInput::Kind::Milestone;
        const Task *task = milestone ? nullptr : project.tasks()->task(node.id);
        nodes.append(QJsonObject{{QStringLiteral("key"), keyOf(node.id)},
                                 {QStringLiteral("title"), task ? task->title : QString()},
                                 {QStringLiteral("kind"), milestone ? milestoneKind : taskKind},
                                 {QStringLiteral("x"), rounded(node.rect.x())},
                                 {QStringLiteral("y"), rounded(node.rect.y())},
                                 {QStringLiteral("width"), rounded(node.rect.width())},
                                 {QStringLiteral("height"), rounded(node.rect.height())},
                                 {QStringLiteral("layer"), node.layer}});
    }
    QJsonArray edges;
    for (const GraphLayout::Edge &edge : layout.edges) {
        QJsonArray points;
        for (const QPointF &point : edge.points)
            points.append(QJsonArray{rounded(point.x()), rounded(point.y())});
        edges.append(QJsonObject{{QStringLiteral("from"), keyOf(edge.from)},
                                 {QStringLiteral("to"), keyOf(edge.to)},
                                 {QStringLiteral("points"), points}});
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("nodes"), nodes}, {QStringLiteral("edges"), edges}})
        .toJson(QJsonDocument::Indented);
}

QByteArray LayoutJson::write(const Project &project)
{
    const GraphLayoutScope scope(project);
    return write(project, LayeredLayout::compute(scope.input(scope.tasks())));
}

KeyedGraphRead LayoutJson::read(const QByteArray &json)
{
    KeyedGraphRead result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        result.error =
            error.error != QJsonParseError::NoError
                ? tr("Not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset)
                : tr("Expected an object with nodes and edges");
        result.line = 1 + int(json.left(error.offset).count('\n'));
        return result;
    }
    QSet<QString> tasks;
    for (const QJsonValue &value : document.object().value(QLatin1String("nodes")).toArray()) {
        const QJsonObject node = value.toObject();
        if (node.value(QLatin1String("kind")).toString(taskKind) != taskKind)
            continue;
        const QString key = node.value(QLatin1String("key")).toString();
        if (key.isEmpty() || tasks.contains(key))
            continue;
        tasks.insert(key);
        result.graph.nodes.append({key, node.value(QLatin1String("title")).toString()});
    }
    for (const QJsonValue &value : document.object().value(QLatin1String("edges")).toArray()) {
        const QJsonObject edge = value.toObject();
        const QString from = edge.value(QLatin1String("from")).toString();
        const QString to = edge.value(QLatin1String("to")).toString();
        if (tasks.contains(from) && tasks.contains(to))
            result.graph.dependencies.append({to, from});
    }
    return result;
}

} // namespace Candor
