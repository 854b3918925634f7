// SPDX-License-Identifier: MIT
#include "demoproject.h"

#include "project.h"
#include "tasks/taskmodel.h"

#include <QDate>
#include <QHash>

namespace Candor {

namespace {

struct DemoTask
{
    const char *key;
    const char *title;
    int component; // index into the components below
    Status status;
    Priority priority;
    double estimate;
    int progress;
    Verification verification;
    const char *evidence;
    const char *assignee;
    const char *dependsOn; // space-separated keys
    int milestone;         // 0: none, else 1-based
};

} // namespace

WriteResult DemoProject::populate(Project &project)
{
    if (WriteResult named = project.setName(tr("Demo: Road to production")); !named)
        return named;

    const QList<Component> seeds = {
        {0, tr("Security"), QStringLiteral("SEC"), QStringLiteral("#c62828"), 0, std::nullopt},
        {0, tr("Persistence"), QStringLiteral("PERSIST"), QStringLiteral("#6a1b9a"), 1,
         std::nullopt},
        {0, tr("Operations"), QStringLiteral("OPS"), QStringLiteral("#1565c0"), 2, std::nullopt},
        {0, tr("API"), QStringLiteral("API"), QStringLiteral("#ef6c00"), 3, std::nullopt},
        {0, tr("Documentation"), QStringLiteral("DOCS"), QStringLiteral("#2e7d32"), 4,
         std::nullopt},
    };
    QList<qint64> components;
    for (Component component : seeds) {
        if (WriteResult added = project.addComponent(component); !added)
            return added;
        components << component.id;
    }

    const QDate today = QDate::currentDate();
    const QList<Milestone> milestoneSeeds = {
        {0,
         tr("Beta"),
         tr("Feature-complete build for pilot customers."),
         today.addDays(21),
         {},
         0},
        {0,
         tr("Security audit"),
         tr("External audit of authentication and storage."),
         today.addDays(45),
         {},
         1},
        {0, tr("Production launch"), tr("General availability."), today.addDays(90), {}, 2},
    };
    QList<qint64> milestones;
    for (Milestone milestone : milestoneSeeds) {
        if (WriteResult added = project.addMilestone(milestone); !added)
            return added;
        milestones << milestone.id;
    }

    using S = Status;
    using P = Priority;
    using V = Verification;
    static const DemoTask tasks[] = {
        {"SEC-001", "Implement encryption at rest", 0, S::InProgress, P::P0, 7, 40, V::Unverified,
         "", "alice", "", 2},
        {"SEC-002", "Add authentication and authorization", 0, S::Todo, P::P0, 12, 0, V::Unverified,
         "", "alice", "SEC-001", 2},
        {"SEC-003", "Rotate API keys automatically", 0, S::Todo, P::P1, 3, 0, V::Unverified, "", "",
         "SEC-002", 3},
        {"SEC-004", "Audit dependency licences", 0, S::Done, P::P2, 1, 100, V::Verified,
         "licence scan clean (0 findings)", "dana", "", 0},
        {"SEC-005", "Threat model for the sync service", 0, S::Review, P::P1, 2, 90, V::Unverified,
         "", "alice", "", 2},
        {"PERSIST-001", "Fix failing workflow resumption tests", 1, S::Done, P::P0, 2, 100,
         V::Failed, "95/99 tests pass (4 failing)", "bob", "", 1},
        {"PERSIST-002", "Backup and recovery", 1, S::InProgress, P::P1, 7, 60, V::Unverified, "",
         "bob", "PERSIST-001", 1},
        {"PERSIST-003", "Distributed state sync", 1, S::Blocked, P::P1, 25, 10, V::Unverified, "",
         "chen", "PERSIST-001 SEC-001", 3},
        {"PERSIST-004", "Schema migrations with rollback", 1, S::Done, P::P2, 3, 100, V::Verified,
         "migration suite 42/42 pass", "bob", "", 1},
        {"PERSIST-005", "Checkpoint compaction", 1, S::Done, P::P3, 2, 100, V::Unverified, "",
         "chen", "PERSIST-004", 0},
        {"OPS-001", "CI/CD pipeline", 2, S::Done, P::P1, 5, 100, V::Verified,
         "pipeline green on main for 14 days", "emeka", "", 1},
        {"OPS-002", "Observability backends", 2, S::InProgress, P::P1, 6, 30, V::Unverified, "",
         "emeka", "OPS-001", 3},
        {"OPS-003", "Docker images and Kubernetes manifests", 2, S::Todo, P::P1, 6, 0,
         V::Unverified, "", "farah", "OPS-001", 3},
        {"OPS-004", "Auto-scaling policy", 2, S::Todo, P::P2, 4, 0, V::Unverified, "", "",
         "OPS-003", 0},
        {"OPS-005", "On-call runbook", 2, S::Done, P::P2, 1, 100, V::Unverified, "", "farah",
         "OPS-002", 3},
        {"API-001", "Versioned REST endpoints", 3, S::Done, P::P1, 4, 100, V::Verified,
         "contract tests 120/120 pass", "chen", "", 1},
        {"API-002", "Rate limiting", 3, S::Review, P::P1, 3, 80, V::Unverified, "", "chen",
         "API-001", 1},
        {"API-003", "Pagination for list endpoints", 3, S::Done, P::P2, 2, 100, V::Verified,
         "17/17 pass", "dana", "API-001", 0},
        {"API-004", "Webhooks with retries", 3, S::Todo, P::P2, 5, 0, V::Unverified, "", "",
         "API-001 PERSIST-002", 3},
        {"API-005", "Error codes documented and stable", 3, S::Done, P::P2, 1, 100, V::Unverified,
         "", "dana", "API-001", 0},
        {"DOCS-001", "Honest README: what works today", 4, S::InProgress, P::P1, 1, 50,
         V::Unverified, "", "dana", "", 1},
        {"DOCS-002", "Operator guide", 4, S::Todo, P::P2, 3, 0, V::Unverified, "", "", "OPS-003",
         3},
        {"DOCS-003", "API reference from OpenAPI", 4, S::Done, P::P2, 2, 100, V::Verified,
         "docs build in CI", "dana", "API-001", 0},
        {"DOCS-004", "Security whitepaper", 4, S::Todo, P::P3, 3, 0, V::Unverified, "", "",
         "SEC-002", 2},
        {"DOCS-005", "Release notes for beta", 4, S::Todo, P::P2, 1, 0, V::Unverified, "", "",
         "API-002", 1},
    };

    QHash<QString, qint64> ids;
    double rank = 0;
    for (const DemoTask &seed : tasks) {
        TaskRecord record;
        Task &task = record.task;
        task.key = QString::fromLatin1(seed.key);
        task.title = QString::fromLatin1(seed.title);
        task.componentId = components.at(seed.component);
        task.status = seed.status;
        task.priority = seed.priority;
        task.estimate = seed.estimate;
        task.optimistic = seed.estimate * 0.7;
        task.likely = seed.estimate;
        task.pessimistic = seed.estimate * 2;
        task.progress = seed.progress;
        task.verification = seed.verification;
        task.evidence = QString::fromLatin1(seed.evidence);
        if (seed.verification == Verification::Verified)
            task.verifiedOn = today.addDays(-3);
        task.assignee = QString::fromLatin1(seed.assignee);
        task.rank = rank += 1024;
        const QStringList dependsOn =
            QString::fromLatin1(seed.dependsOn).split(u' ', Qt::SkipEmptyParts);
        for (const QString &key : dependsOn)
            record.dependsOn << ids.value(key);
        if (seed.milestone > 0)
            record.milestones << milestones.at(seed.milestone - 1);
        if (task.key == QLatin1String("SEC-001")) {
            task.description =
                tr("Encrypt every file the service writes. The tracker has said "
                   "\"almost done\" for three weeks; the key store is still missing.");
            record.checklist = {{0, 0, tr("Choose the cipher and key size"), true, 0},
                                {0, 0, tr("Key store with rotation"), false, 1},
                                {0, 0, tr("Encrypt the checkpoint files"), true, 2},
                                {0, 0, tr("Migration for existing data"), false, 3}};
        } else if (task.key == QLatin1String("PERSIST-001")) {
            task.description = tr("Claimed fixed, but 4 of 99 tests still fail in CI.");
        }
        QList<TaskRecord> batch{record};
        if (WriteResult added = project.insertTasks(batch); !added)
            return added;
        ids.insert(task.key, batch.first().task.id);
    }
    return WriteResult::success();
}

} // namespace Candor
