#include "store/schema.h"

namespace verdict::schema {

namespace {

QList<Migration> all()
{
    QList<Migration> list;

    list << Migration{1,
        {
            QStringLiteral(R"(CREATE TABLE project (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),

            QStringLiteral(R"(CREATE TABLE rubric (
            id INTEGER PRIMARY KEY,
            rubric_id TEXT NOT NULL,
            version INTEGER NOT NULL CHECK (version > 0),
            title TEXT NOT NULL,
            guidelines TEXT NOT NULL DEFAULT '',
            criteria TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
            changelog TEXT NOT NULL DEFAULT '',
            published_at TEXT,
            UNIQUE (rubric_id, version)))"),
            QStringLiteral(R"(CREATE TRIGGER rubric_published_is_immutable BEFORE UPDATE ON rubric
            WHEN OLD.status = 'published'
            BEGIN SELECT RAISE(ABORT, 'a published rubric version cannot change'); END)"),
            QStringLiteral(R"(CREATE TRIGGER rubric_published_is_kept BEFORE DELETE ON rubric
            WHEN OLD.status = 'published'
            BEGIN SELECT RAISE(ABORT, 'a published rubric version cannot be deleted'); END)"),

            QStringLiteral(R"(CREATE TABLE task (
            id INTEGER PRIMARY KEY,
            external_id TEXT NOT NULL UNIQUE,
            context TEXT NOT NULL,
            responses TEXT NOT NULL,
            meta TEXT NOT NULL DEFAULT '{}',
            preview TEXT NOT NULL DEFAULT '',
            response_count INTEGER NOT NULL,
            created_at TEXT NOT NULL))"),

            QStringLiteral(R"(CREATE TABLE annotation (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
            annotator TEXT NOT NULL,
            rubric_id TEXT NOT NULL,
            rubric_version INTEGER NOT NULL,
            answers TEXT NOT NULL DEFAULT '{}',
            status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'skipped', 'escalated')),
            revision INTEGER NOT NULL DEFAULT 0,
            started_at TEXT,
            submitted_at TEXT,
            updated_at TEXT NOT NULL,
            active_seconds REAL NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '',
            batch_id TEXT,
            UNIQUE (task_id, annotator)))"),
            QStringLiteral("CREATE INDEX annotation_by_annotator ON annotation (annotator, status)"),

            // Every submitted, skipped or escalated revision, so an edit never erases a label.
            QStringLiteral(R"(CREATE TABLE annotation_history (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
            annotator TEXT NOT NULL,
            revision INTEGER NOT NULL,
            rubric_id TEXT NOT NULL,
            rubric_version INTEGER NOT NULL,
            answers TEXT NOT NULL,
            status TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            active_seconds REAL NOT NULL DEFAULT 0,
            batch_id TEXT,
            recorded_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX annotation_history_by_task ON annotation_history (task_id, annotator)"),

            QStringLiteral(R"(CREATE TABLE gold (
            task_id INTEGER PRIMARY KEY REFERENCES task (id) ON DELETE CASCADE,
            rubric_id TEXT NOT NULL,
            rubric_version INTEGER NOT NULL,
            answers TEXT NOT NULL,
            rationale TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL,
            created_at TEXT NOT NULL))"),

            QStringLiteral(R"(CREATE TABLE adjudication (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
            criterion TEXT NOT NULL,
            answer TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('annotator', 'consensus', 'lead')),
            source_annotator TEXT,
            rationale TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            example INTEGER NOT NULL DEFAULT 0,
            UNIQUE (task_id, criterion)))"),

            QStringLiteral(R"(CREATE TABLE batch (
            id INTEGER PRIMARY KEY,
            batch_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            kind TEXT NOT NULL,
            producer TEXT NOT NULL,
            file_name TEXT NOT NULL DEFAULT '',
            sha256 TEXT NOT NULL,
            records INTEGER NOT NULL,
            imported_at TEXT NOT NULL,
            UNIQUE (batch_id, producer, revision)))"),

            QStringLiteral(R"(CREATE TABLE audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}'))"),
            QStringLiteral(R"(CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)"),
            QStringLiteral(R"(CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)"),
        }};

    // Authoring (docs/user-guide.md, "Authoring and red-teaming"): the
    // rubric's taxonomies, and every saved revision of an authored task.
    // What a task is (SFT example or red-team entry), who wrote it and its
    // revision travel in the task's meta under "authoring".
    list << Migration{2,
        {
            QStringLiteral("ALTER TABLE rubric ADD COLUMN taxonomies TEXT NOT NULL DEFAULT '[]'"),
            QStringLiteral(R"(CREATE TABLE task_revision (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
            revision INTEGER NOT NULL CHECK (revision > 0),
            author TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            task TEXT NOT NULL,
            reviews_seen TEXT NOT NULL DEFAULT '{}',
            UNIQUE (task_id, revision)))"),
            QStringLiteral(R"(CREATE TRIGGER task_revision_is_kept BEFORE UPDATE ON task_revision
            BEGIN SELECT RAISE(ABORT, 'a saved revision never changes'); END)"),
            QStringLiteral("CREATE INDEX task_by_authoring_kind ON task (json_extract(meta, '$.authoring.kind'))"),
        }};

    // Queue order an assignment set (docs/batch-format.md, "Queue order"): a
    // task's place in the queue is its row here, else its own row id. Places
    // are always the task row ids in another order, so no two tasks share one.
    list << Migration{3,
        {
            QStringLiteral(R"(CREATE TABLE queue_place (
            task_id INTEGER PRIMARY KEY REFERENCES task (id) ON DELETE CASCADE,
            place INTEGER NOT NULL))"),
        }};

    return list;
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = all();
    return list;
}

int currentVersion()
{
    return migrations().constLast().version;
}

} // namespace verdict::schema
