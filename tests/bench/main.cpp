// SPDX-License-Identifier: MIT
// Measures what the issues name on generated projects and prints JSON:
//   candor_bench [--sizes 1000,10000,100000] [--sections table,board,bulk,import,startup]
//                [--out FILE.json] [--no-startup]
//   candor_bench --read FILE   (reading phase of an import only, in a process of its own)
// Each section is a file of its own that registers itself (see benchsection.h).
#include "benchproject.h"
#include "benchsection.h"
#include "importsection.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace CandorBench;

namespace {

void insertFigures(QJsonObject &into, const QString &key, const QJsonObject &figures)
{
    if (!key.isEmpty()) {
        into.insert(key, figures);
        return;
    }
    for (auto it = figures.begin(); it != figures.end(); ++it)
        into.insert(it.key(), it.value());
}

// One generated project through the sections that measure per project.
QJsonObject measure(int taskCount, const QString &folder, const QList<BenchSection> &sections)
{
    QJsonObject result{{QStringLiteral("tasks"), taskCount}};
    BenchProject project(taskCount, folder);
    if (!project.generate(result))
        return result;
    for (const BenchSection &section : sections) {
        if (section.beforeOpen)
            insertFigures(result, section.key, section.beforeOpen(project.path));
    }
    const bool opened =
        std::any_of(sections.cbegin(), sections.cend(),
                    [](const BenchSection &section) { return bool(section.perProject); });
    if (!opened || !project.open(result))
        return result;
    for (const BenchSection &section : sections) {
        if (section.perProject)
            insertFigures(result, section.key, section.perProject(project));
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("sizes"), QStringLiteral("Task counts."),
                                   QStringLiteral("N,N,..."), QStringLiteral("1000,10000,100000"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Also write the JSON here."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption noStartup(QStringLiteral("no-startup"),
                                       QStringLiteral("Skip the cold-start measurement."));
    const QStringList allSections = BenchRegistry::names();
    const QCommandLineOption sectionsOption(
        QStringLiteral("sections"),
        QStringLiteral("What to measure, of: %1 (all by default).")
            .arg(allSections.join(QLatin1Char(','))),
        QStringLiteral("NAME,NAME,..."), allSections.join(QLatin1Char(',')));
    const QCommandLineOption read(QStringLiteral("read"),
                                  QStringLiteral("Only read FILE as an import would, and report."),
                                  QStringLiteral("FILE"));
    parser.addOptions({sizes, out, noStartup, sectionsOption, read});
    parser.process(app);
    if (parser.isSet(read)) {
        QTextStream(stdout) << QJsonDocument(importReadFigures(parser.value(read))).toJson();
        return 0;
    }
    QStringList names = parser.value(sectionsOption).split(QLatin1Char(','));
    for (const QString &name : std::as_const(names)) {
        if (!allSections.contains(name)) {
            QTextStream(stderr) << "candor_bench: unknown section " << name << '\n';
            return 2;
        }
    }
    if (parser.isSet(noStartup))
        names.removeAll(QStringLiteral("startup"));
    QList<BenchSection> sections = BenchRegistry::sections();
    sections.removeIf(
        [&names](const BenchSection &section) { return !names.contains(section.name); });

    QTemporaryDir folder;
    QJsonArray runs;
    const QStringList sizeList = parser.value(sizes).split(QLatin1Char(','));
    for (const QString &size : sizeList) {
        const QJsonObject run = measure(size.toInt(), folder.path(), sections);
        QTextStream(stderr) << QJsonDocument(run).toJson(QJsonDocument::Compact) << '\n';
        runs.append(run);
    }
    QJsonObject report{{QStringLiteral("runs"), runs}};
    for (const BenchSection &section : std::as_const(sections)) {
        if (section.once)
            insertFigures(report, section.key,
                          section.once(folder.path(), sizeList.last().toInt()));
    }
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    QTextStream(stdout) << json;
    if (parser.isSet(out)) {
        QFile file(parser.value(out));
        if (file.open(QIODevice::WriteOnly))
            file.write(json);
    }
    return 0;
}
