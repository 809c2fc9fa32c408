-- warden schema, version 5, for PostgreSQL: a SHA-256 chain over the
-- audit log (see the SQLite migration of the same number).

CREATE TABLE event_links (
    id   BIGINT PRIMARY KEY,
    link BYTEA NOT NULL CHECK (length(link) = 32)
);

CREATE FUNCTION warden_links_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit chain is append-only: links cannot be %',
        CASE TG_OP WHEN 'UPDATE' THEN 'changed' WHEN 'DELETE' THEN 'deleted' ELSE 'truncated' END;
END;
$$;

CREATE TRIGGER event_links_no_update BEFORE UPDATE ON event_links
    FOR EACH ROW EXECUTE FUNCTION warden_links_append_only();
CREATE TRIGGER event_links_no_delete BEFORE DELETE ON event_links
    FOR EACH ROW EXECUTE FUNCTION warden_links_append_only();
CREATE TRIGGER event_links_no_truncate BEFORE TRUNCATE ON event_links
    FOR EACH STATEMENT EXECUTE FUNCTION warden_links_append_only();
