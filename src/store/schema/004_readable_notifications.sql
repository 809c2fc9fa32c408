-- warden schema, version 4: notifications a person can read.
--
-- A message keeps the times it speaks of (a JSON array of [header name,
-- Unix seconds] pairs, in order), so that the mail gives each one as RFC 3339 UTC in a
-- header while its text shows local time. A message about a backup-user
-- window names the window, so that one still waiting to be sent when the
-- window is replaced can be withdrawn: enabling again sends one mail.

ALTER TABLE notifications ADD COLUMN times TEXT NOT NULL DEFAULT '[]';
-- No foreign key: a replaced window's row is deleted once its news is
-- withdrawn, and a withdrawal also matches the message's user, so an id
-- SQLite hands out again cannot reach another pair's message.
ALTER TABLE notifications ADD COLUMN window_id INTEGER;
CREATE INDEX notifications_window ON notifications(window_id) WHERE window_id IS NOT NULL;
