-- A project written by schema version 1 (PRAGMA user_version = 1). It proves that
-- projects made by the first schema open after later migrations. Never regenerate it.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
PRAGMA user_version = 1;
CREATE TABLE project (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL);
INSERT INTO project VALUES('id','889ffa15-ec27-4446-ac34-bb6ac5707e92');
INSERT INTO project VALUES('name','Schema one');
INSERT INTO project VALUES('created_at','2026-11-24T11:42:01Z');
CREATE TABLE rubric (
            id INTEGER PRIMARY KEY,
            rubric_id TEXT NOT NULL,
            version INTEGER NOT NULL CHECK (version > 0),
            title TEXT NOT NULL,
            guidelines TEXT NOT NULL DEFAULT '',
            criteria TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
            changelog TEXT NOT NULL DEFAULT '',
            published_at TEXT,
            UNIQUE (rubric_id, version));
INSERT INTO rubric VALUES(1,'helpful',1,'Helpful','Be fair.','[{"key":"overall","kind":"ranking","per":"task","required":true,"title":"Overall"},{"key":"helpfulness","kind":"rating","per":"response","required":true,"scale":{"anchors":[],"max":5,"min":1},"title":"Helpfulness"}]','published','First version','2026-11-24T11:42:01Z');
CREATE TABLE task (
            id INTEGER PRIMARY KEY,
            external_id TEXT NOT NULL UNIQUE,
            context TEXT NOT NULL,
            responses TEXT NOT NULL,
            meta TEXT NOT NULL DEFAULT '{}',
            preview TEXT NOT NULL DEFAULT '',
            response_count INTEGER NOT NULL,
            created_at TEXT NOT NULL);
INSERT INTO task VALUES(1,'t-1','[{"role": "user", "content": "Question 1"}]','[{"id": "a", "model": "m-1", "content": "Answer A"}, {"id": "b", "model": "m-2", "content": "Answer B \ud83d\udc4d"}]','{"language":"en"}','Question 1',2,'2026-11-24T10:00:00Z');
INSERT INTO task VALUES(2,'t-2','[{"role": "user", "content": "Question 2"}]','[{"id": "a", "model": "m-1", "content": "Answer A"}, {"id": "b", "model": "m-2", "content": "Answer B \ud83d\udc4d"}]','{"language":"en"}','Question 2',2,'2026-11-24T10:00:00Z');
CREATE TABLE annotation (
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
            UNIQUE (task_id, annotator));
INSERT INTO annotation VALUES(1,1,'kim','helpful',1,'{"overall": [["b"], ["a"]], "helpfulness": {"a": 4, "b": 5}}','submitted',1,'2026-11-24T10:01:00Z','2026-11-24T10:02:00Z','2026-11-24T10:02:00Z',61.5,'',NULL);
CREATE TABLE annotation_history (
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
            recorded_at TEXT NOT NULL);
INSERT INTO annotation_history VALUES(1,1,'kim',1,'helpful',1,'{"overall": [["b"], ["a"]], "helpfulness": {"a": 4, "b": 5}}','submitted','',61.5,NULL,'2026-11-24T10:02:00Z');
CREATE TABLE gold (
            task_id INTEGER PRIMARY KEY REFERENCES task (id) ON DELETE CASCADE,
            rubric_id TEXT NOT NULL,
            rubric_version INTEGER NOT NULL,
            answers TEXT NOT NULL,
            rationale TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL,
            created_at TEXT NOT NULL);
CREATE TABLE adjudication (
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
            UNIQUE (task_id, criterion));
CREATE TABLE batch (
            id INTEGER PRIMARY KEY,
            batch_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            kind TEXT NOT NULL,
            producer TEXT NOT NULL,
            file_name TEXT NOT NULL DEFAULT '',
            sha256 TEXT NOT NULL,
            records INTEGER NOT NULL,
            imported_at TEXT NOT NULL,
            UNIQUE (batch_id, producer, revision));
CREATE TABLE audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}');
INSERT INTO audit VALUES(1,'2026-11-24T11:42:01Z','','create','{"name":"Schema one"}');
INSERT INTO audit VALUES(2,'2026-11-24T11:42:01Z','lead-ana','publish','{"changelog":"First version","rubric":"helpful","version":1}');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('audit',2);
CREATE TRIGGER rubric_published_is_immutable BEFORE UPDATE ON rubric
            WHEN OLD.status = 'published'
            BEGIN SELECT RAISE(ABORT, 'a published rubric version cannot change'); END;
CREATE TRIGGER rubric_published_is_kept BEFORE DELETE ON rubric
            WHEN OLD.status = 'published'
            BEGIN SELECT RAISE(ABORT, 'a published rubric version cannot be deleted'); END;
CREATE INDEX annotation_by_annotator ON annotation (annotator, status);
CREATE INDEX annotation_history_by_task ON annotation_history (task_id, annotator);
CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
COMMIT;
