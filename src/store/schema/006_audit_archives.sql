-- warden schema, version 6: archives of the audit log.
--
-- `warden audit archive` moves the oldest events into compressed files
-- (see warden-security(7)); each file is recorded here, in the same
-- transaction that removes its events and records an `audit.archived`
-- event. A row can only start right after the last one and end at a
-- chained event with exactly that link, and rows are never changed or
-- removed. Events and links may now be deleted only up to the last
-- archived id: every other DELETE is still refused.

CREATE TABLE audit_archives (
    last_id     INTEGER PRIMARY KEY,              -- the newest event in the file
    first_id    INTEGER NOT NULL,
    events      INTEGER NOT NULL CHECK (events > 0),
    last_link   BLOB NOT NULL CHECK (length(last_link) = 32),
    file        TEXT NOT NULL,                    -- the absolute path it was written to
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    archived_at INTEGER NOT NULL,
    CHECK (first_id <= last_id)
);

CREATE TRIGGER audit_archives_follow BEFORE INSERT ON audit_archives
BEGIN
    SELECT RAISE(ABORT, 'an archive of the audit log must start after the last one')
     WHERE NEW.first_id <= (SELECT max(last_id) FROM audit_archives);
    SELECT RAISE(ABORT, 'an archive of the audit log must end at a chained event with that link')
     WHERE NOT EXISTS (SELECT 1 FROM event_links WHERE id = NEW.last_id AND link = NEW.last_link);
END;

CREATE TRIGGER audit_archives_no_update BEFORE UPDATE ON audit_archives
BEGIN
    SELECT RAISE(ABORT, 'the record of audit archives is append-only: it cannot be changed');
END;

CREATE TRIGGER audit_archives_no_delete BEFORE DELETE ON audit_archives
BEGIN
    SELECT RAISE(ABORT, 'the record of audit archives is append-only: it cannot be deleted');
END;

DROP TRIGGER events_no_delete;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
WHEN OLD.id > coalesce((SELECT max(last_id) FROM audit_archives), -9223372036854775808)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: only archived events can be deleted (warden audit archive)');
END;

DROP TRIGGER event_links_no_delete;
CREATE TRIGGER event_links_no_delete BEFORE DELETE ON event_links
WHEN OLD.id > coalesce((SELECT max(last_id) FROM audit_archives), -9223372036854775808)
BEGIN
    SELECT RAISE(ABORT, 'the audit chain is append-only: only archived links can be deleted (warden audit archive)');
END;
