// SPDX-License-Identifier: MIT
// The `import_cycles` section (issue 15, item 1): reading and planning the import of a CSV whose
// dependencies close cycles, and importing it whole with `candor import`, against the same rows
// without the edges that close them (figure: at most 2×); the same file into a project that already
// holds the rows' chains, where each cycle runs through the project's own edges; and the issue's
// ring of 10,000.
#include "benchsection.h"
#include "commands/importcommand.h"
#include "database/projectdatabase.h"
#include "io/csv/csvreader.h"
#include "io/importplan.h"
#include "measures.h"
#include "project/project.h"
#include "tasks/taskmodel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QUndoStack>

namespace CandorBench {

using namespace Candor;

namespace {

// Rows in rings of ringLength tasks, each depending on the one before it; when closed, the
// first of a ring depends on its last (one cycle per ring), as the ring of 10,000 does.
QByteArray ringsCsv(int rows, int ringLength, bool closed)
{
    QByteArray text = "key,title,status,depends_on\n";
    text.reserve(rows * 40);
    for (int i = 0; i < rows; ++i) {
        const int ring = i / ringLength;
        const int first = ring * ringLength;
        const int last = std::min(rows, first + ringLength) - 1;
        QByteArray dependsOn;
        if (i > first)
            dependsOn = "R-" + QByteArray::number(i - 1);
        else if (closed && last > first)
            dependsOn = "R-" + QByteArray::number(last);
        text += "R-" + QByteArray::number(i) + ",Ring task " + QByteArray::number(i) + ",todo," +
                dependsOn + '\n';
    }
    return text;
}

std::unique_ptr<Project> emptyProject()
{
    OpenError error;
    return Project::load(ProjectDatabase::openInMemory(), &error);
}

// Median of 3 of reading and planning the file into the project; *warnings: how many it gave.
double planMs(const Project &project, const QByteArray &csv, qsizetype *warnings)
{
    return median(3, [&]() {
        QElapsedTimer t;
        t.start();
        const ImportPlan plan =
            ImportPlanner::plan(project, CsvReader::read(csv, QStringLiteral("rings.csv")));
        *warnings = plan.warnings.size();
        return milliseconds(t);
    });
}

// A whole `candor import` of the file into a new project, in a process of its own.
double importMs(const QString &folder, const QString &name, const QByteArray &csv)
{
    const QString input = QStringLiteral("%1/%2.csv").arg(folder, name);
    const QString project = QStringLiteral("%1/%2.candor").arg(folder, name);
    QFile file(input);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return -1;
    file.close();
    QFile::remove(project);
    QProcess process;
    QElapsedTimer t;
    t.start();
    process.start(QStringLiteral(CANDOR_APP_PATH),
                  {QStringLiteral("import"), input, QStringLiteral("--project"), project});
    process.waitForFinished(-1);
    return process.exitCode() == 0 ? milliseconds(t) : -1;
}

QJsonObject cycleFigures(const QString &folder, int taskCount)
{
    QJsonObject result;
    constexpr int ringLength = 100;
    const QByteArray closed = ringsCsv(taskCount, ringLength, true);
    const QByteArray open = ringsCsv(taskCount, ringLength, false);
    const std::unique_ptr<Project> empty = emptyProject();
    if (!empty)
        return result;
    qsizetype warnings = 0;
    result.insert(QStringLiteral("rows"), taskCount);
    result.insert(QStringLiteral("ring_length"), ringLength);
    const double acyclic = planMs(*empty, open, &warnings);
    result.insert(QStringLiteral("acyclic_plan_ms"), acyclic);
    const double cyclic = planMs(*empty, closed, &warnings);
    result.insert(QStringLiteral("cyclic_plan_ms"), cyclic);
    result.insert(QStringLiteral("cyclic_left_out"), warnings);
    result.insert(QStringLiteral("cyclic_over_acyclic"), acyclic > 0 ? cyclic / acyclic : 0.0);
    // The figure: the whole import, with cycles, at most 2x the one without.
    const double importAcyclic = importMs(folder, QStringLiteral("rings-open"), open);
    const double importCyclic = importMs(folder, QStringLiteral("rings-closed"), closed);
    result.insert(QStringLiteral("acyclic_import_ms"), importAcyclic);
    result.insert(QStringLiteral("cyclic_import_ms"), importCyclic);
    result.insert(QStringLiteral("cyclic_over_acyclic_import"),
                  importAcyclic > 0 ? importCyclic / importAcyclic : 0.0);

    // The same file into a project that holds the rows already (the chains written): every
    // closing edge now makes a cycle through the project's own edges.
    const std::unique_ptr<Project> holding = emptyProject();
    if (holding) {
        const ImportPlan chains =
            ImportPlanner::plan(*holding, CsvReader::read(open, QStringLiteral("chains.csv")));
        holding->undoStack()->push(new ImportCommand(holding.get(), chains));
        result.insert(QStringLiteral("overlapping_acyclic_plan_ms"),
                      planMs(*holding, open, &warnings));
        result.insert(QStringLiteral("overlapping_cyclic_plan_ms"),
                      planMs(*holding, closed, &warnings));
        result.insert(QStringLiteral("overlapping_left_out"), warnings);
    }

    // The reproduction: one ring of 10,000 (40 s before issue 15), and the chain alone.
    constexpr int ring = 10000;
    result.insert(QStringLiteral("ring_10000_plan_ms"),
                  planMs(*empty, ringsCsv(ring, ring, true), &warnings));
    result.insert(QStringLiteral("ring_10000_left_out"), warnings);
    result.insert(QStringLiteral("chain_10000_plan_ms"),
                  planMs(*empty, ringsCsv(ring, ring, false), &warnings));
    return result;
}

const BenchRegistration registration{{QStringLiteral("import_cycles"), 82,
                                      QStringLiteral("import_cycles"), nullptr, nullptr,
                                      &cycleFigures}};

} // namespace

} // namespace CandorBench
