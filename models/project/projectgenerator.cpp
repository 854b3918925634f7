// SPDX-License-Identifier: MIT
#include "projectgenerator.h"

#include "core/taskenums.h"
#include "database/projectdatabase.h"
#include "database/transaction.h"
#include "taskbinder.h"

#include <QDate>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <array>

namespace Candor {

namespace {

struct ComponentSeed
{
    const char *name;
    const char *prefix;
    const char *colour;
};

const std::array<ComponentSeed, 10> componentSeeds = {{
    {"Security", "SEC", "#c62828"},
    {"Persistence", "PERSIST", "#6a1b9a"},
    {"Operations", "OPS", "#1565c0"},
    {"Cloud", "CLOUD", "#00838f"},
    {"Performance", "PERF", "#ef6c00"},
    {"Documentation", "DOCS", "#558b2f"},
    {"API", "API", "#4527a0"},
    {"User interface", "UI", "#ad1457"},
    {"Testing", "TEST", "#2e7d32"},
    {"Data pipeline", "DATA", "#5d4037"},
}};

const std::array<const char *, 16> verbs = {
    "Implement", "Fix",     "Add",      "Migrate", "Harden",   "Document", "Benchmark", "Refactor",
    "Automate",  "Replace", "Validate", "Monitor", "Optimise", "Remove",   "Review",    "Test"};
const std::array<const char *, 24> objects = {
    "encryption at rest",    "authentication flow", "role-based access",      "backup and recovery",
    "state synchronisation", "CI/CD pipeline",      "observability backends", "container images",
    "Kubernetes manifests",  "S3 storage adapter",  "auto-scaling policy",    "build caching",
    "workflow resumption",   "checkpoint format",   "rate limiting",          "audit logging",
    "schema migrations",     "error reporting",     "search index",           "session handling",
    "retry policy",          "config loader",       "import wizard",          "release notes"};
const std::array<const char *, 8> qualifiers = {"",
                                                " for workers",
                                                " in the API",
                                                " on Windows",
                                                " for tenants",
                                                " under load",
                                                " end to end",
                                                " in staging"};
const std::array<const char *, 8> people = {"alice", "bob",   "chen", "dana",
                                            "emeka", "farah", "",     ""};
const std::array<const char *, 6> sentences = {
    "Needed before the production launch; the current version only works on one node.",
    "Reported by two customers last sprint. Reproduce first, then add a regression test.",
    "The tracker claims this works, but nothing in CI proves it yet.",
    "Keep the change small and behind a flag so it can ship independently.",
    "Blocked on a decision about the storage backend; see the design notes.",
    "Measure before and after, and attach the numbers as evidence."};

} // namespace

WriteResult ProjectGenerator::generate(ProjectDatabase &database, int taskCount, quint32 seed)
{
    if (taskCount < 0)
        return WriteResult::failure(tr("The number of tasks cannot be negative."));
    QRandomGenerator random(seed);
    const auto pick = [&random](int size) { return int(random.bounded(size)); };
    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    const auto failedOn = [&database](const QSqlQuery &failing, const QString &what) {
        return WriteResult::failure(
            ProjectDatabase::describe(what, failing.lastError(), database.path()));
    };
    const auto failed = [&](const QString &what) { return failedOn(query, what); };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QDate today = QDate::currentDate();

    query.prepare(
        QStringLiteral("INSERT INTO project (id, name, description, created, target_date) "
                       "VALUES (1, ?, ?, ?, ?)"));
    query.addBindValue(tr("Generated project (%Ln task(s))", nullptr, taskCount));
    query.addBindValue(tr("Synthetic project made by candor generate, seed %1.").arg(seed));
    query.addBindValue(now);
    query.addBindValue(today.addDays(120).toString(Qt::ISODate));
    if (!query.exec())
        return failed(tr("Cannot write the project"));

    const int componentCount = std::clamp(taskCount / 20, 5, int(componentSeeds.size()));
    query.prepare(QStringLiteral(
        "INSERT INTO component (id, name, prefix, colour, sort_order) VALUES (?, ?, ?, ?, ?)"));
    for (int c = 0; c < componentCount; ++c) {
        query.addBindValue(c + 1);
        query.addBindValue(QString::fromLatin1(componentSeeds.at(c).name));
        query.addBindValue(QString::fromLatin1(componentSeeds.at(c).prefix));
        query.addBindValue(QString::fromLatin1(componentSeeds.at(c).colour));
        query.addBindValue(c);
        if (!query.exec())
            return failed(tr("Cannot write a component"));
    }

    const int milestoneCount = std::clamp(taskCount / 5000, 3, 12);
    query.prepare(QStringLiteral("INSERT INTO milestone (id, name, description, target_date, "
                                 "sort_order) VALUES (?, ?, ?, ?, ?)"));
    for (int m = 0; m < milestoneCount; ++m) {
        query.addBindValue(m + 1);
        query.addBindValue(m == milestoneCount - 1 ? tr("Production launch")
                                                   : tr("Milestone %1").arg(m + 1));
        query.addBindValue(tr("Gate %1 of the road to production.").arg(m + 1));
        query.addBindValue(today.addDays(qint64(21) * (m + 1)).toString(Qt::ISODate));
        query.addBindValue(m);
        if (!query.exec())
            return failed(tr("Cannot write a milestone"));
    }

    QSqlQuery task(db);
    task.prepare(TaskBinder::insertSql());
    QSqlQuery dependency(db);
    dependency.prepare(
        QStringLiteral("INSERT INTO dependency (task_id, depends_on_id) VALUES (?, ?)"));
    QSqlQuery gate(db);
    gate.prepare(
        QStringLiteral("INSERT INTO milestone_task (milestone_id, task_id) VALUES (?, ?)"));
    QSqlQuery item(db);
    item.prepare(QStringLiteral(
        "INSERT INTO checklist_item (task_id, text, checked, position) VALUES (?, ?, ?, ?)"));

    std::array<int, 10> nextNumber{};
    std::array<double, StatusCount> nextRank{};
    for (int i = 1; i <= taskCount; ++i) {
        const int component = pick(componentCount);
        const int roll = pick(100);
        const Status status = roll < 40   ? Status::Todo
                              : roll < 60 ? Status::InProgress
                              : roll < 65 ? Status::Blocked
                              : roll < 75 ? Status::Review
                                          : Status::Done;
        const int priorityRoll = pick(100);
        const Priority priority = priorityRoll < 10   ? Priority::P0
                                  : priorityRoll < 35 ? Priority::P1
                                  : priorityRoll < 75 ? Priority::P2
                                                      : Priority::P3;
        Verification verification = Verification::Unverified;
        if (status == Status::Done) {
            const int v = pick(100);
            verification = v < 55   ? Verification::Verified
                           : v < 90 ? Verification::Unverified
                                    : Verification::Failed;
        }
        const double likely = 0.5 * (1 + pick(28));
        const int progress = status == Status::Done ? 100
                             : status == Status::InProgress || status == Status::Review
                                 ? 10 * (1 + pick(9))
                                 : 0;
        const QString key = QStringLiteral("%1-%2")
                                .arg(QLatin1String(componentSeeds.at(component).prefix))
                                .arg(++nextNumber.at(component), 3, 10, QLatin1Char('0'));
        const QString title = QString::fromLatin1(verbs.at(pick(int(verbs.size())))) + u' ' +
                              QString::fromLatin1(objects.at(pick(int(objects.size())))) +
                              QString::fromLatin1(qualifiers.at(pick(int(qualifiers.size()))));
        const qint64 created = now - qint64(pick(90 * 24)) * 3600 * 1000;

        // The draws in the order the generator has always made them, so seeds stay stable.
        Task row;
        row.id = i;
        row.key = key;
        row.title = title;
        row.description = QString::fromLatin1(sentences.at(pick(int(sentences.size()))));
        row.componentId = component + 1;
        row.status = status;
        row.priority = priority;
        row.estimate = likely;
        row.optimistic = likely * 0.6;
        row.likely = likely;
        row.pessimistic = likely * 2.2;
        row.progress = progress;
        row.verification = verification;
        row.evidence = verification == Verification::Verified
                           ? QStringLiteral("%1/%1 tests pass").arg(5 + pick(60))
                       : verification == Verification::Failed
                           ? QStringLiteral("%1/20 tests pass").arg(8 + pick(11))
                           : QString();
        if (verification == Verification::Verified)
            row.verifiedOn = today.addDays(-pick(30));
        row.assignee = QString::fromLatin1(people.at(pick(int(people.size()))));
        row.phase = QStringLiteral("Phase %1").arg(1 + (i - 1) * 4 / std::max(1, taskCount));
        row.rank = nextRank.at(std::size_t(status)) += 1024.0;
        row.created = created;
        row.updated = created + qint64(pick(72)) * 3600 * 1000;
        TaskBinder::bind(task, row);
        if (!task.exec())
            return failedOn(task, tr("Cannot write a task"));

        // About 1.5 dependencies per task, always on earlier tasks, so the graph is a DAG.
        static constexpr std::array<int, 6> dependencyCounts = {0, 1, 1, 2, 2, 3};
        const int wanted = i == 1 ? 0 : dependencyCounts.at(std::size_t(pick(6)));
        QList<int> chosen;
        for (int d = 0; d < wanted; ++d) {
            const int window = std::min(i - 1, 200);
            const int target = i - 1 - pick(window);
            if (target < 1 || chosen.contains(target))
                continue;
            chosen.append(target);
            dependency.addBindValue(i);
            dependency.addBindValue(target);
            if (!dependency.exec())
                return failedOn(dependency, tr("Cannot write a dependency"));
        }
        if (priority <= Priority::P1) {
            gate.addBindValue(1 + (i - 1) * milestoneCount / std::max(1, taskCount));
            gate.addBindValue(i);
            if (!gate.exec())
                return failedOn(gate, tr("Cannot write a milestone gate"));
        }
        if (pick(10) == 0) {
            const int items = 2 + pick(3);
            for (int n = 0; n < items; ++n) {
                item.addBindValue(i);
                item.addBindValue(
                    tr("Step %1: %2")
                        .arg(n + 1)
                        .arg(QString::fromLatin1(objects.at(pick(int(objects.size()))))));
                item.addBindValue(status == Status::Done || pick(2) == 0 ? 1 : 0);
                item.addBindValue(n);
                if (!item.exec())
                    return failedOn(item, tr("Cannot write a checklist item"));
            }
        }
    }
    if (!transaction.commit())
        return WriteResult::failure(ProjectDatabase::describe(
            tr("Cannot save the generated project"), transaction.error(), database.path()));
    return WriteResult::success();
}

} // namespace Candor
