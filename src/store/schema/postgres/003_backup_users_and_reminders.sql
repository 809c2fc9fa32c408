-- warden schema, version 3, for PostgreSQL: what `maintenance` needs to do
-- its work once (see the SQLite migration of the same number).

ALTER TABLE backup_user_windows ADD COLUMN reminded BIGINT NOT NULL DEFAULT 0 CHECK (reminded IN (0, 1));
CREATE INDEX backup_user_windows_open ON backup_user_windows(ends_at) WHERE ended_at IS NULL;

CREATE TABLE user_reminders (
    user_id    BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    expires_at BIGINT NOT NULL,
    days       BIGINT NOT NULL,
    queued_at  BIGINT NOT NULL,
    PRIMARY KEY (user_id, expires_at, days)
);

ALTER TABLE notifications ADD COLUMN claimed_until BIGINT;
