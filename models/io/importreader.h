// SPDX-License-Identifier: MIT
#pragma once

#include "importbatch.h"

#include <QCoreApplication>

namespace Candor {

// Reads tracker files of any supported kind into one ImportBatch: Markdown (.md, .markdown,
// .txt), CSV (.csv), Taskwarrior JSON (.json) and dependency graphs (Graphviz .dot/.gv, mermaid
// .mmd, or a .txt or other file whose first statement is `digraph` or `flowchart LR`). Never
// fails: what cannot be read is a warning.
class ImportReader final
{
    Q_DECLARE_TR_FUNCTIONS(ImportReader)
public:
    static bool canRead(const QString &path);
    static ImportBatch readFile(const QString &path);
    static ImportBatch readFiles(const QStringList &paths);
    static ImportBatch readBytes(const QByteArray &bytes, const QString &fileName);
};

} // namespace Candor
