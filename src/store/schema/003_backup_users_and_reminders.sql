-- warden schema, version 3: what `maintenance` needs to do its work once.
--
-- A window's one-day reminder is queued once (`reminded`); its expiry is
-- handled once (`expiry_notified`, from version 1). A user's expiry
-- reminders are queued once per expiry date and lead time, so moving the
-- expiry date earns new reminders. An outgoing notification is claimed
-- while its command runs, so two `notify send` runs never deliver it twice.

ALTER TABLE backup_user_windows ADD COLUMN reminded INTEGER NOT NULL DEFAULT 0 CHECK (reminded IN (0, 1));
CREATE INDEX backup_user_windows_open ON backup_user_windows(ends_at) WHERE ended_at IS NULL;

CREATE TABLE user_reminders (
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL,
    days       INTEGER NOT NULL,
    queued_at  INTEGER NOT NULL,
    PRIMARY KEY (user_id, expires_at, days)
) WITHOUT ROWID;

ALTER TABLE notifications ADD COLUMN claimed_until INTEGER;
