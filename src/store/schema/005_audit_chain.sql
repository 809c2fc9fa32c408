-- warden schema, version 5: a SHA-256 chain over the audit log.
--
-- Each event's link hashes the link before it and the event's canonical
-- encoding (see src/store/chain.rs and warden-security(7)); the links are
-- appended in id order by whoever extends the chain (`audit verify`,
-- `audit head`, `maintenance`), never changed. The existing events are
-- chained by the upgrade itself, after this file.

CREATE TABLE event_links (
    id   INTEGER PRIMARY KEY,                       -- the event's id
    link BLOB NOT NULL CHECK (length(link) = 32)
);

CREATE TRIGGER event_links_no_update BEFORE UPDATE ON event_links
BEGIN
    SELECT RAISE(ABORT, 'the audit chain is append-only: links cannot be changed');
END;

CREATE TRIGGER event_links_no_delete BEFORE DELETE ON event_links
BEGIN
    SELECT RAISE(ABORT, 'the audit chain is append-only: links cannot be deleted');
END;
