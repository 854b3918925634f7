// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

// The graph layout against Graphviz's dot on generated dependency graphs: crossings and time
// (see docs/graph-layout.md). Sizes from CANDOR_LAYOUT_SIZES (default 200,1000,2000,10000);
// dot runs up to CANDOR_DOT_LIMIT nodes (default 2000) when it is installed. Scratch files go
// to folder.
QJsonObject layoutFigures(const QString &folder);
