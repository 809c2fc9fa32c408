//! Whole-database SQL: sizes and counts, integrity and invariant checks
//! (SQLite); the server, sizes and catalog checks (PostgreSQL). The online
//! backup is SQLite's own, in `sqlite::backup`.

use super::sql::{Db, Engine, Params, SqlResult};
use crate::error::Result;
use crate::model::TableCount;

/// `db backup` is SQLite's online backup, in its room.
pub use super::sqlite::backup::{backup, exists};

/// warden's tables, in the order `db info` shows them.
pub const TABLES: &[&str] = &[
    "users",
    "user_roles",
    "user_allowed_ips",
    "roles",
    "role_permissions",
    "accounts",
    "current_accounts",
    "grants",
    "charges",
    "strategies",
    "backup_users",
    "backup_user_permissions",
    "backup_user_windows",
    "notifications",
    "settings",
    "events",
];

pub fn counts(conn: &Db) -> Result<Vec<TableCount>> {
    TABLES
        .iter()
        .map(|table| {
            // Table names come from the constant above, never from input.
            let rows =
                conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            let bytes = match conn.engine() {
                Engine::Sqlite => None,
                Engine::Postgres => Some(conn.query_row(
                    "SELECT pg_total_relation_size(CAST(quote_ident(current_schema()) || '.' || ?1 AS regclass))",
                    [*table],
                    |r| r.get::<_, i64>(0),
                )?),
            };
            Ok(TableCount {
                table: (*table).to_string(),
                rows,
                bytes: bytes.and_then(|b| u64::try_from(b).ok()),
            })
        })
        .collect()
}

/// A SQLite pragma's value (SQLite only).
pub fn pragma_i64(conn: &Db, name: &str) -> Result<i64> {
    Ok(conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))?)
}

pub fn journal_mode(conn: &Db) -> Result<String> {
    Ok(conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?)
}

/// The schema version: `user_version` on SQLite, `warden_meta` on
/// PostgreSQL.
pub fn schema_version(conn: &Db) -> Result<i64> {
    let sql = conn.pick(
        "PRAGMA user_version",
        "SELECT schema_version FROM warden_meta",
    );
    Ok(conn.query_row(sql, [], |r| r.get(0))?)
}

/// The PostgreSQL schema warden's tables are in.
pub fn current_schema(conn: &Db) -> Result<String> {
    Ok(conn.query_row("SELECT current_schema()", [], |r| r.get(0))?)
}

/// What a PostgreSQL server says of itself and of warden's tables: its
/// version, the bytes the tables and their indexes take, and its block
/// size.
pub struct Server {
    pub version: String,
    pub bytes: u64,
    pub block_size: i64,
    pub blocks: i64,
}

pub fn server(conn: &Db) -> Result<Server> {
    let (version, bytes, block_size, blocks) = conn.query_row(
        "SELECT current_setting('server_version') || ' (' || current_database() || ', schema ' || current_schema() || ')',
                CAST(coalesce(sum(pg_total_relation_size(c.oid)), 0) AS BIGINT),
                CAST(current_setting('block_size') AS BIGINT),
                CAST(coalesce(sum(c.relpages), 0) AS BIGINT)
           FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = current_schema() AND c.relkind = 'r'",
        [],
        |r| Ok((r.get(0)?, r.get::<_, i64>(1)?, r.get(2)?, r.get(3)?)),
    )?;
    Ok(Server {
        version,
        bytes: u64::try_from(bytes).unwrap_or(0),
        block_size,
        blocks,
    })
}

/// SQLite's own integrity check: one line per problem, empty when sound.
/// PostgreSQL checks its pages itself; there the catalog is checked:
/// every foreign key in place and validated.
/// On SQLite, `full` runs `PRAGMA integrity_check` (every page, and every
/// index against its table: minutes on a large log); otherwise
/// `PRAGMA quick_check` (every page's structure and every record's
/// format, not index contents: a fraction of the time).
pub fn integrity_problems(conn: &Db, full: bool) -> Result<Vec<String>> {
    if conn.engine() == Engine::Postgres {
        return names(
            conn,
            "SELECT 'the foreign key ' || con.conname || ' of ' || cl.relname || ' is not validated'
               FROM pg_catalog.pg_constraint con
               JOIN pg_catalog.pg_class cl ON cl.oid = con.conrelid
               JOIN pg_catalog.pg_namespace n ON n.oid = cl.relnamespace
              WHERE n.nspname = current_schema() AND con.contype = 'f' AND NOT con.convalidated
              ORDER BY 1",
            [],
        );
    }
    let mut stmt = conn.prepare(if full {
        "PRAGMA integrity_check(100)"
    } else {
        "PRAGMA quick_check(100)"
    })?;
    let lines = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<SqlResult<Vec<_>>>()?;
    Ok(lines.into_iter().filter(|l| l != "ok").collect())
}

/// Rows whose foreign key points at nothing. PostgreSQL enforces every
/// foreign key on every change; a key that is missing from the catalog
/// (dropped by hand) is the problem there.
pub fn foreign_key_problems(conn: &Db) -> Result<Vec<String>> {
    if conn.engine() == Engine::Postgres {
        let present: i64 = conn.query_row(
            "SELECT count(*) FROM pg_catalog.pg_constraint con
               JOIN pg_catalog.pg_class cl ON cl.oid = con.conrelid
               JOIN pg_catalog.pg_namespace n ON n.oid = cl.relnamespace
              WHERE n.nspname = current_schema() AND con.contype = 'f'",
            [],
            |r| r.get(0),
        )?;
        return Ok(if present < FOREIGN_KEYS {
            vec![format!(
                "{} of warden's {FOREIGN_KEYS} foreign keys are missing from the schema",
                FOREIGN_KEYS - present
            )]
        } else {
            vec![]
        });
    }
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    let rows = stmt.query_map([], |r| {
        let table: String = r.get(0)?;
        let rowid: Option<i64> = r.get(1)?;
        let parent: String = r.get(2)?;
        Ok(match rowid {
            Some(id) => format!("{table} row {id} refers to a missing row of {parent}"),
            None => format!("{table} has a row that refers to a missing row of {parent}"),
        })
    })?;
    Ok(rows.collect::<SqlResult<_>>()?)
}

/// The foreign keys of warden's PostgreSQL schema.
const FOREIGN_KEYS: i64 = 20;

fn names(conn: &Db, sql: &str, args: impl Params) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map(args, |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<SqlResult<_>>()?)
}

/// One root, and every account reachable from it (which rules out cycles).
pub fn tree_problems(conn: &Db) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    let roots = names(
        conn,
        "SELECT name FROM accounts WHERE parent_id IS NULL ORDER BY id",
        [],
    )?;
    match roots.len() {
        0 => problems.push("there is no root account".to_string()),
        1 => {}
        _ => problems.push(format!(
            "there are {} root accounts: {}",
            roots.len(),
            roots.join(", ")
        )),
    }
    let unreachable = names(
        conn,
        "WITH RECURSIVE reachable(id) AS (
             SELECT id FROM accounts WHERE parent_id IS NULL
             UNION
             SELECT a.id FROM accounts a JOIN reachable r ON a.parent_id = r.id)
         SELECT name FROM accounts WHERE id NOT IN (SELECT id FROM reachable) ORDER BY name LIMIT 21",
        [],
    )?;
    if !unreachable.is_empty() {
        let shown: Vec<_> = unreachable.iter().take(20).map(String::as_str).collect();
        let more = if unreachable.len() > 20 { ", ..." } else { "" };
        problems.push(format!(
            "accounts not reachable from the root (a cycle or a broken parent): {}{more}",
            shown.join(", ")
        ));
    }
    Ok(problems)
}

/// Every user with roles has exactly one active role.
pub fn active_role_problems(conn: &Db) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT u.username, count(*) FILTER (WHERE ur.active = 1) FROM users u JOIN user_roles ur ON ur.user_id = u.id
          GROUP BY u.id, u.username HAVING count(*) FILTER (WHERE ur.active = 1) <> 1 ORDER BY u.username LIMIT 100",
    )?;
    let rows = stmt.query_map([], |r| {
        let name: String = r.get(0)?;
        let active: i64 = r.get(1)?;
        Ok(format!(
            "user {} has {active} active roles (exactly one is required)",
            &name
        ))
    })?;
    Ok(rows.collect::<SqlResult<_>>()?)
}

/// The append-only triggers of the audit log and its chain are in place
/// (and, on PostgreSQL, enabled).
pub fn audit_log_problems(conn: &Db) -> Result<Vec<String>> {
    let (sql, wanted): (&str, &[&str]) = match conn.engine() {
        Engine::Sqlite => (
            "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name IN ('events', 'event_links', 'audit_archives')",
            &[
                "events_no_update",
                "events_no_delete",
                "event_links_no_update",
                "event_links_no_delete",
                "audit_archives_follow",
                "audit_archives_no_update",
                "audit_archives_no_delete",
            ],
        ),
        Engine::Postgres => (
            "SELECT t.tgname FROM pg_catalog.pg_trigger t
               JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
               JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = current_schema() AND c.relname IN ('events', 'event_links', 'audit_archives')
                AND NOT t.tgisinternal",
            &[
                "events_no_update",
                "events_no_delete",
                "events_no_truncate",
                "event_links_no_update",
                "event_links_no_delete",
                "event_links_no_truncate",
                "audit_archives_follow",
                "audit_archives_no_update",
                "audit_archives_no_delete",
                "audit_archives_no_truncate",
            ],
        ),
    };
    let present = names(conn, sql, [])?;
    let mut problems: Vec<String> = wanted
        .iter()
        .filter(|t| !present.iter().any(|p| p == *t))
        .map(|t| format!("the audit log's protective trigger {t} is missing"))
        .collect();
    if conn.engine() == Engine::Postgres {
        problems.extend(names(
            conn,
            "SELECT 'the audit log''s protective trigger ' || t.tgname
                    || CASE t.tgenabled WHEN 'D' THEN ' is disabled' ELSE ' fires only on a replica' END
               FROM pg_catalog.pg_trigger t
               JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
               JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = current_schema() AND c.relname IN ('events', 'event_links', 'audit_archives')
                AND NOT t.tgisinternal AND t.tgenabled IN ('D', 'R')
              ORDER BY t.tgname",
            [],
        )?);
    }
    Ok(problems)
}

/// What the role warden connects as may do to the audit log beyond
/// appending (PostgreSQL): the owner of the table can disable its
/// triggers, so a runtime role should hold only INSERT and SELECT.
pub fn audit_log_privileges(conn: &Db) -> Result<Vec<String>> {
    let (role, rights, owner): (String, Option<String>, bool) = conn.query_row(
        "SELECT current_user,
                (SELECT string_agg(p, ', ' ORDER BY n) FROM unnest(ARRAY['UPDATE', 'DELETE', 'TRUNCATE'])
                   WITH ORDINALITY AS x(p, n)
                  WHERE has_table_privilege(current_user, quote_ident(current_schema()) || '.events', p)),
                EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                         WHERE n.nspname = current_schema() AND c.relname = 'events'
                           AND pg_has_role(current_user, c.relowner, 'USAGE'))",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let mut what = Vec::new();
    if let Some(rights) = rights {
        what.push(format!("may {rights} events"));
    }
    if owner {
        what.push("owns the table, so can disable its triggers".to_string());
    }
    Ok(if what.is_empty() {
        Vec::new()
    } else {
        vec![format!(
            "the role {role} {}: run warden as a role with only SELECT and INSERT on events (see warden-postgres(7))",
            what.join(" and ")
        )]
    })
}

/// Every row of every table, as text, sorted: equal snapshots mean that
/// nothing in the database changed. For tests of the rules.
#[cfg(test)]
pub(crate) fn snapshot(conn: &Db) -> Result<Vec<String>> {
    let Some(conn) = conn.sqlite() else {
        return Ok(Vec::new());
    };
    let mut stmt =
        conn.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")?;
    let tables = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut rows = Vec::new();
    for table in tables {
        // Table names come from the schema, never from input.
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\""))?;
        let columns = stmt.column_count();
        let mut cursor = stmt.query([])?;
        while let Some(row) = cursor.next()? {
            let values = (0..columns)
                .map(|i| Ok(format!("{:?}", row.get_ref(i)?)))
                .collect::<Result<Vec<_>>>()?;
            rows.push(format!("{table}: {}", values.join(", ")));
        }
    }
    rows.sort();
    Ok(rows)
}
