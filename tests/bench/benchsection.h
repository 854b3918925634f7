// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace CandorBench {

struct BenchProject;

// A part of the benchmark that --sections can name. A section measures on each generated
// project (perProject), or once after all of them (once), or both; its figures go into the
// JSON under `key` (a run's object for perProject, the report for once; at the top level of
// the run when the key is empty).
struct BenchSection
{
    QString name;
    int order = 0; // sections run in this order, whatever order --sections names them in
    QString key;
    // Before the project is opened for the others (so that what it opens does not count in
    // their memory); given the project file.
    std::function<QJsonObject(const QString &path)> beforeOpen;
    std::function<QJsonObject(BenchProject &project)> perProject;
    // Given the folder of the generated projects and the largest size.
    std::function<QJsonObject(const QString &folder, int taskCount)> once;
};

// The sections compiled into this program, each registered by its own file:
//     const BenchRegistration registration{{QStringLiteral("graph"), 40, ...}};
class BenchRegistry final
{
public:
    static void add(BenchSection section);
    static QList<BenchSection> sections(); // in order
    static QStringList names();
};

struct BenchRegistration
{
    explicit BenchRegistration(BenchSection section) { BenchRegistry::add(std::move(section)); }
};

} // namespace CandorBench
