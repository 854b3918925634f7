// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Candor {

class GraphScene;

// File ▸ Export Graph: the scene's drawing as shown, without the selection, as SVG (from the
// layout, GraphSvgWriter) or as PNG (rendered at up to twice the scene's scale).
class GraphExport final
{
    Q_DECLARE_TR_FUNCTIONS(GraphExport)
public:
    static bool writeSvg(const GraphScene &scene, const QString &title, const QString &path,
                         QString *error = nullptr);
    static bool writePng(GraphScene &scene, const QString &path, QString *error = nullptr);
};

} // namespace Candor
