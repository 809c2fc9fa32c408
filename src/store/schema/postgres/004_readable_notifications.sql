-- warden schema, version 4, for PostgreSQL: notifications a person can
-- read (see the SQLite migration of the same number).

ALTER TABLE notifications ADD COLUMN times TEXT COLLATE "C" NOT NULL DEFAULT '[]';
ALTER TABLE notifications ADD COLUMN window_id BIGINT;
CREATE INDEX notifications_window ON notifications(window_id) WHERE window_id IS NOT NULL;
