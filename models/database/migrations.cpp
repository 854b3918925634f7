// SPDX-License-Identifier: MIT
#include "migrations.h"

#include "projectdatabase.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Candor {

namespace {

// Version 1: the schema of docs/schema.md. Kept portable (no SQLite-only types) where it is free.
const char *const schemaV1[] = {
    R"(CREATE TABLE project (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        created BIGINT NOT NULL,
        target_date TEXT,
        settings TEXT NOT NULL DEFAULT '{}'))",
    R"(CREATE TABLE component (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        prefix TEXT NOT NULL DEFAULT '',
        colour TEXT NOT NULL DEFAULT '#808080',
        sort_order INTEGER NOT NULL DEFAULT 0))",
    "CREATE UNIQUE INDEX component_name_ci ON component (lower(name))",
    R"(CREATE TABLE task (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL CHECK (length(trim(key)) > 0),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description TEXT NOT NULL DEFAULT '',
        component_id INTEGER REFERENCES component (id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'todo'
            CHECK (status IN ('todo', 'in_progress', 'blocked', 'review', 'done')),
        priority TEXT NOT NULL DEFAULT 'P2' CHECK (priority IN ('P0', 'P1', 'P2', 'P3')),
        estimate REAL CHECK (estimate IS NULL OR estimate >= 0),
        estimate_optimistic REAL CHECK (estimate_optimistic IS NULL OR estimate_optimistic >= 0),
        estimate_likely REAL CHECK (estimate_likely IS NULL OR estimate_likely >= 0),
        estimate_pessimistic REAL CHECK (estimate_pessimistic IS NULL OR estimate_pessimistic >= 0),
        progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        verification TEXT NOT NULL DEFAULT 'unverified'
            CHECK (verification IN ('unverified', 'verified', 'failed')),
        evidence TEXT NOT NULL DEFAULT '',
        verified_on TEXT,
        assignee TEXT NOT NULL DEFAULT '',
        phase TEXT NOT NULL DEFAULT '',
        rank REAL NOT NULL DEFAULT 0,
        created BIGINT NOT NULL,
        updated BIGINT NOT NULL))",
    "CREATE UNIQUE INDEX task_key_ci ON task (lower(key))",
    "CREATE INDEX task_component ON task (component_id)",
    "CREATE INDEX task_status_rank ON task (status, rank)",
    "CREATE INDEX task_priority ON task (priority)",
    "CREATE INDEX task_assignee ON task (assignee)",
    "CREATE INDEX task_verification ON task (verification)",
    R"(CREATE TABLE dependency (
        task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
        depends_on_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
        PRIMARY KEY (task_id, depends_on_id),
        CHECK (task_id <> depends_on_id)))",
    "CREATE INDEX dependency_depends_on ON dependency (depends_on_id)",
    R"(CREATE TABLE milestone (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        description TEXT NOT NULL DEFAULT '',
        target_date TEXT,
        done_date TEXT,
        sort_order INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE milestone_task (
        milestone_id INTEGER NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
        task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
        PRIMARY KEY (milestone_id, task_id)))",
    "CREATE INDEX milestone_task_task ON milestone_task (task_id)",
    R"(CREATE TABLE checklist_item (
        id INTEGER PRIMARY KEY,
        task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        checked INTEGER NOT NULL DEFAULT 0 CHECK (checked IN (0, 1)),
        position INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX checklist_item_task ON checklist_item (task_id, position)",
    // History outlives its task (no foreign key), so that a deleted task's past stays readable
    // and an undone delete finds its history again under the same id.
    R"(CREATE TABLE event (
        id INTEGER PRIMARY KEY,
        time BIGINT NOT NULL,
        task_id INTEGER,
        task_key TEXT NOT NULL DEFAULT '',
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT))",
    "CREATE INDEX event_task_time ON event (task_id, time)",
    "CREATE INDEX event_time ON event (time)",
    R"(CREATE TABLE snapshot (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        component_id INTEGER REFERENCES component (id) ON DELETE CASCADE,
        claimed REAL NOT NULL,
        verified REAL NOT NULL))",
    "CREATE INDEX snapshot_component_date ON snapshot (component_id, date)",
};

// Version 2: the completion a tracker states for a component ("Security: 40% complete"), kept
// beside the figure Candor computes from the tasks. NULL: the files never said.
const char *const schemaV2[] = {
    "ALTER TABLE component ADD COLUMN stated_completion INTEGER "
    "CHECK (stated_completion IS NULL OR stated_completion BETWEEN 0 AND 100)",
};

// Version 3: the estimate left on the day of a snapshot, for the burn-down (days; NULL in
// snapshots taken before). A row with component_id NULL is the whole project.
const char *const schemaV3[] = {
    "ALTER TABLE snapshot ADD COLUMN remaining REAL",
};

// Version 4: the status `cancelled` ("Won't do"). SQLite cannot change a CHECK constraint in
// place, so the task table is rebuilt the way sqlite.org/lang_altertable.html ("Making Other
// Kinds Of Table Schema Changes") describes: a new table, the rows copied, the old one dropped,
// the new one renamed, its indexes made again. migrate() turns foreign keys off around it (a
// DROP TABLE would otherwise cascade into the dependencies, checklists and milestones) and runs
// foreign_key_check before the commit. The version also moves so that an older Candor, which
// would read a cancelled task as "todo", refuses the file instead.
const char *const schemaV4[] = {
    R"(CREATE TABLE task_v4 (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL CHECK (length(trim(key)) > 0),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description TEXT NOT NULL DEFAULT '',
        component_id INTEGER REFERENCES component (id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'todo'
            CHECK (status IN ('todo', 'in_progress', 'blocked', 'review', 'done', 'cancelled')),
        priority TEXT NOT NULL DEFAULT 'P2' CHECK (priority IN ('P0', 'P1', 'P2', 'P3')),
        estimate REAL CHECK (estimate IS NULL OR estimate >= 0),
        estimate_optimistic REAL CHECK (estimate_optimistic IS NULL OR estimate_optimistic >= 0),
        estimate_likely REAL CHECK (estimate_likely IS NULL OR estimate_likely >= 0),
        estimate_pessimistic REAL CHECK (estimate_pessimistic IS NULL OR estimate_pessimistic >= 0),
        progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        verification TEXT NOT NULL DEFAULT 'unverified'
            CHECK (verification IN ('unverified', 'verified', 'failed')),
        evidence TEXT NOT NULL DEFAULT '',
        verified_on TEXT,
        assignee TEXT NOT NULL DEFAULT '',
        phase TEXT NOT NULL DEFAULT '',
        rank REAL NOT NULL DEFAULT 0,
        created BIGINT NOT NULL,
        updated BIGINT NOT NULL))",
    R"(INSERT INTO task_v4 (id, key, title, description, component_id, status, priority, estimate,
        estimate_optimistic, estimate_likely, estimate_pessimistic, progress, verification,
        evidence, verified_on, assignee, phase, rank, created, updated)
       SELECT id, key, title, description, component_id, status, priority, estimate,
        estimate_optimistic, estimate_likely, estimate_pessimistic, progress, verification,
        evidence, verified_on, assignee, phase, rank, created, updated FROM task)",
    "DROP TABLE task",
    "ALTER TABLE task_v4 RENAME TO task",
    "CREATE UNIQUE INDEX task_key_ci ON task (lower(key))",
    "CREATE INDEX task_component ON task (component_id)",
    "CREATE INDEX task_status_rank ON task (status, rank)",
    "CREATE INDEX task_priority ON task (priority)",
    "CREATE INDEX task_assignee ON task (assignee)",
    "CREATE INDEX task_verification ON task (verification)",
};

struct Migration
{
    int version;
    const char *const *begin;
    const char *const *end;
};

const Migration migrations[] = {
    {1, std::begin(schemaV1), std::end(schemaV1)},
    {2, std::begin(schemaV2), std::end(schemaV2)},
    {3, std::begin(schemaV3), std::end(schemaV3)},
    {4, std::begin(schemaV4), std::end(schemaV4)},
};

// Foreign keys off while the migrations run, as they were afterwards. The pragma is a no-op
// inside a transaction, so it brackets them all rather than each.
class ForeignKeysOff final
{
    Q_DISABLE_COPY_MOVE(ForeignKeysOff)
public:
    explicit ForeignKeysOff(QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery query(m_db);
        m_wasOn = query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next() &&
                  query.value(0).toInt() == 1;
        query.finish();
        if (m_wasOn)
            query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOff()
    {
        if (m_wasOn)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }

private:
    QSqlDatabase &m_db;
    bool m_wasOn = false;
};

// True when no row points at a row that is not there (the check foreign keys would have made).
bool foreignKeysHold(QSqlQuery &query)
{
    return query.exec(QStringLiteral("PRAGMA foreign_key_check")) && !query.next();
}

} // namespace

int Migrations::userVersion(const QSqlDatabase &db, bool *ok)
{
    QSqlQuery query(db);
    const bool done = query.exec(QStringLiteral("PRAGMA user_version")) && query.next();
    if (ok)
        *ok = done;
    return done ? query.value(0).toInt() : 0;
}

bool Migrations::migrate(QSqlDatabase &db, QString *error, int target)
{
    bool ok = false;
    const int from = userVersion(db, &ok);
    if (!ok) {
        *error = tr("Cannot read the schema version: %1").arg(db.lastError().text());
        return false;
    }
    const ForeignKeysOff foreignKeysOff(db);
    for (const Migration &migration : migrations) {
        if (migration.version <= from || migration.version > target)
            continue;
        Transaction transaction(db);
        QSqlQuery query(db);
        for (auto statement = migration.begin; statement != migration.end; ++statement) {
            if (!query.exec(QString::fromUtf8(*statement))) {
                *error = ProjectDatabase::describe(
                    tr("Migration to version %1 failed").arg(migration.version), query.lastError(),
                    db.databaseName());
                return false;
            }
        }
        if (!foreignKeysHold(query)) {
            *error = tr("Migration to version %1 failed: a row refers to one that is missing.")
                         .arg(migration.version);
            return false;
        }
        const bool stamped =
            query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)) &&
            query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        if (!stamped || !transaction.commit()) {
            *error = ProjectDatabase::describe(
                tr("Migration to version %1 could not be saved").arg(migration.version),
                stamped ? transaction.error() : query.lastError(), db.databaseName());
            return false;
        }
    }
    return true;
}

} // namespace Candor
