-- warden schema, version 6, for PostgreSQL: archives of the audit log
-- (see the SQLite migration of the same number).

CREATE TABLE audit_archives (
    last_id     BIGINT PRIMARY KEY,
    first_id    BIGINT NOT NULL,
    events      BIGINT NOT NULL CHECK (events > 0),
    last_link   BYTEA NOT NULL CHECK (length(last_link) = 32),
    file        TEXT NOT NULL,
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    archived_at BIGINT NOT NULL,
    CHECK (first_id <= last_id)
);

CREATE FUNCTION warden_archives_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.first_id <= (SELECT max(last_id) FROM audit_archives) THEN
        RAISE EXCEPTION 'an archive of the audit log must start after the last one';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM event_links WHERE id = NEW.last_id AND link = NEW.last_link) THEN
        RAISE EXCEPTION 'an archive of the audit log must end at a chained event with that link';
    END IF;
    RETURN NEW;
END;
$$;

CREATE FUNCTION warden_archives_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the record of audit archives is append-only: it cannot be %',
        CASE TG_OP WHEN 'UPDATE' THEN 'changed' WHEN 'DELETE' THEN 'deleted' ELSE 'truncated' END;
END;
$$;

CREATE TRIGGER audit_archives_follow BEFORE INSERT ON audit_archives
    FOR EACH ROW EXECUTE FUNCTION warden_archives_follow();
CREATE TRIGGER audit_archives_no_update BEFORE UPDATE ON audit_archives
    FOR EACH ROW EXECUTE FUNCTION warden_archives_append_only();
CREATE TRIGGER audit_archives_no_delete BEFORE DELETE ON audit_archives
    FOR EACH ROW EXECUTE FUNCTION warden_archives_append_only();
CREATE TRIGGER audit_archives_no_truncate BEFORE TRUNCATE ON audit_archives
    FOR EACH STATEMENT EXECUTE FUNCTION warden_archives_append_only();

-- One check a statement over the rows it deleted (a transition table),
-- not a function call a row: archiving millions of events stays fast.
CREATE FUNCTION warden_delete_archived_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM gone
                WHERE gone.id > coalesce((SELECT max(last_id) FROM audit_archives), -9223372036854775808)) THEN
        RAISE EXCEPTION 'the audit log is append-only: only archived % can be deleted (warden audit archive)',
            CASE TG_TABLE_NAME WHEN 'events' THEN 'events' ELSE 'links' END;
    END IF;
    RETURN NULL;
END;
$$;

DROP TRIGGER events_no_delete ON events;
CREATE TRIGGER events_no_delete AFTER DELETE ON events
    REFERENCING OLD TABLE AS gone
    FOR EACH STATEMENT EXECUTE FUNCTION warden_delete_archived_only();
DROP TRIGGER event_links_no_delete ON event_links;
CREATE TRIGGER event_links_no_delete AFTER DELETE ON event_links
    REFERENCING OLD TABLE AS gone
    FOR EACH STATEMENT EXECUTE FUNCTION warden_delete_archived_only();
