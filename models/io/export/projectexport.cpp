// SPDX-License-Identifier: MIT
#include "projectexport.h"

#include "graph/dotformat.h"
#include "graph/keyedgraph.h"
#include "graph/layoutjson.h"
#include "graph/mermaidformat.h"
#include "io/csv/csvwriter.h"
#include "io/taskwarrior/taskwarriorwriter.h"
#include "markdownexporter.h"
#include "project/project.h"

namespace Candor {

const QList<ProjectExport::Format> &ProjectExport::formats()
{
    static const char *const json = QT_TRANSLATE_NOOP("ProjectExport", "JSON files (*.json)");
    static const QList<Format> all{
        {QStringLiteral("json"), QStringLiteral("json"), false,
         QT_TRANSLATE_NOOP("ProjectExport", "&JSON (everything, with the schedule)…"), json},
        {QStringLiteral("csv"), QStringLiteral("csv"), false,
         QT_TRANSLATE_NOOP("ProjectExport", "&CSV (a spreadsheet)…"),
         QT_TRANSLATE_NOOP("ProjectExport", "CSV files (*.csv)")},
        {QStringLiteral("taskwarrior"), QStringLiteral("json"), false,
         QT_TRANSLATE_NOOP("ProjectExport", "&Taskwarrior…"), json},
        {QStringLiteral("markdown"), QStringLiteral("md"), false,
         QT_TRANSLATE_NOOP("ProjectExport", "&Markdown tracker…"),
         QT_TRANSLATE_NOOP("ProjectExport", "Markdown files (*.md)")},
        {QStringLiteral("dot"), QStringLiteral("dot"), true,
         QT_TRANSLATE_NOOP("ProjectExport", "Dependency graph as &Graphviz DOT…"),
         QT_TRANSLATE_NOOP("ProjectExport", "Graphviz files (*.dot *.gv)")},
        {QStringLiteral("mermaid"), QStringLiteral("mmd"), true,
         QT_TRANSLATE_NOOP("ProjectExport", "Dependency graph as Mer&maid…"),
         QT_TRANSLATE_NOOP("ProjectExport", "Mermaid files (*.mmd *.md)")},
        {QStringLiteral("layout"), QStringLiteral("json"), true,
         QT_TRANSLATE_NOOP("ProjectExport", "Dependency graph &layout (JSON)…"), json},
    };
    return all;
}

QStringList ProjectExport::tokens()
{
    QStringList tokens;
    for (const Format &format : formats())
        tokens.append(format.token);
    return tokens;
}

const ProjectExport::Format *ProjectExport::find(const QString &token)
{
    for (const Format &format : formats()) {
        if (format.token == token)
            return &format;
    }
    return nullptr;
}

QString ProjectExport::menuText(const Format &format)
{
    return tr(format.menuText);
}

QString ProjectExport::fileFilter(const Format &format)
{
    return tr(format.fileFilter);
}

QByteArray ProjectExport::write(const Project &project, const QString &token,
                                const JsonExportOptions &options)
{
    if (token == QLatin1String("dot"))
        return DotFormat::write(KeyedGraph::fromProject(project), project.name());
    if (token == QLatin1String("mermaid"))
        return MermaidFormat::write(KeyedGraph::fromProject(project));
    if (token == QLatin1String("layout"))
        return LayoutJson::write(project);
    if (token == QLatin1String("csv"))
        return CsvWriter::write(project);
    if (token == QLatin1String("taskwarrior"))
        return TaskwarriorWriter::write(project);
    if (token == QLatin1String("markdown"))
        return MarkdownExporter::write(project).toUtf8();
    return JsonExporter::toBytes(project, options);
}

} // namespace Candor
