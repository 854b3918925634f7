// SPDX-License-Identifier: MIT
#pragma once

#include "io/importbatch.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Candor {

// Reads a dependency graph written as Graphviz DOT or as a mermaid flowchart (what `candor
// export --format dot|mermaid` writes, or what people draw by hand) into an ImportBatch: each
// node a task with its key and its label as title, each edge a dependency. A node without a
// label is titled by its key when it is new, and keeps its own title when the project has it.
// A text that does not parse yields no task and one warning naming the line: a graph read half
// way would import dependencies that are not all there.
class GraphFileReader final
{
    Q_DECLARE_TR_FUNCTIONS(GraphFileReader)
public:
    enum class Format { None, Dot, Mermaid };

    // What the start of a text is: `digraph`, `strict …` or `graph NAME {` for DOT;
    // `flowchart` or `graph` with a direction (LR, TD, …) for mermaid. Comments, blank lines and
    // a mermaid front matter (--- … ---) before it are skipped.
    static Format sniff(const QByteArray &head);
    static ImportBatch read(const QByteArray &bytes, const QString &fileName, Format format);
};

} // namespace Candor
