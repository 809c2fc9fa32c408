//! Whole-database SQL: sizes and counts, integrity and invariant checks,
//! and the online backup (SQLite); the server, sizes and catalog checks
//! (PostgreSQL).

use std::fs;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use super::sql::{Db, Engine, Params, SqlResult};
use crate::error::{Error, Result};
use crate::model::TableCount;

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
pub fn integrity_problems(conn: &Db) -> Result<Vec<String>> {
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
    let mut stmt = conn.prepare("PRAGMA integrity_check(100)")?;
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

/// The audit log's append-only triggers are in place (and, on
/// PostgreSQL, enabled).
pub fn audit_log_problems(conn: &Db) -> Result<Vec<String>> {
    let (sql, wanted): (&str, &[&str]) = match conn.engine() {
        Engine::Sqlite => (
            "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name IN ('events_no_update', 'events_no_delete')",
            &["events_no_update", "events_no_delete"],
        ),
        Engine::Postgres => (
            "SELECT t.tgname FROM pg_catalog.pg_trigger t
               JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
               JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = current_schema() AND c.relname = 'events' AND NOT t.tgisinternal",
            &["events_no_update", "events_no_delete", "events_no_truncate"],
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
              WHERE n.nspname = current_schema() AND c.relname = 'events'
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

/// Copies the database through SQLite's online backup API into a new file
/// beside `dest`, then moves it into place. The copy is one consistent
/// snapshot even while other processes write, and is created 0600.
/// Returns the number of pages copied.
pub fn backup(
    conn: &Connection,
    dest: &Path,
    overwrite: bool,
    busy_timeout: Duration,
) -> Result<i64> {
    let tmp = temp_sibling(dest);
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&tmp)
        .map_err(|e| {
            // The copy is written beside its destination first; a failure
            // there is about the destination's folder, which is what the
            // person named, not the temporary file.
            let folder = match dest.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            };
            if e.kind() == std::io::ErrorKind::NotFound {
                Error::failure(format!(
                    "cannot write {}: the folder {} does not exist",
                    dest.display(),
                    folder.display()
                ))
                .with_hint(format!(
                    "create it first (mkdir -p -m 700 {}), or name a file in a folder that exists; nothing was written",
                    folder.display()
                ))
            } else {
                Error::io(
                    format!("cannot write {} in the folder {}", dest.display(), folder.display()),
                    &e,
                )
            }
        })?;
    let result = copy_into(conn, &tmp, busy_timeout).and_then(|pages| {
        place(&tmp, dest, overwrite)?;
        Ok(pages)
    });
    if result.is_err() {
        super::sqlite::remove_database_files(&tmp);
    }
    result
}

fn temp_sibling(dest: &Path) -> PathBuf {
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dest.with_file_name(format!(".{name}.partial-{}", std::process::id()))
}

fn copy_into(conn: &Connection, tmp: &Path, busy_timeout: Duration) -> Result<i64> {
    let mut dst = Connection::open_with_flags(
        tmp,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let pages = {
        let backup = Backup::new(conn, &mut dst)?;
        let started = Instant::now();
        loop {
            // -1 copies every page in one step under one read snapshot.
            match backup.step(-1)? {
                StepResult::Done => break,
                StepResult::More => continue,
                _ if started.elapsed() < busy_timeout => {
                    std::thread::sleep(Duration::from_millis(25))
                }
                _ => {
                    return Err(Error::new(
                        crate::error::Kind::Busy,
                        "the database stayed busy during the backup",
                    )
                    .with_hint("try again, or allow a longer wait with --busy-timeout"))
                }
            }
        }
        backup.progress().pagecount as i64
    };
    // A backup is one self-contained file: no WAL beside it.
    let _: String = dst.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
    dst.close().map_err(|(_, e)| Error::from(e))?;
    let file = fs::File::open(tmp)
        .map_err(|e| Error::io(format!("cannot reopen {}", tmp.display()), &e))?;
    file.sync_all()
        .map_err(|e| Error::io(format!("cannot flush {}", tmp.display()), &e))?;
    Ok(pages)
}

/// Moves the finished copy to `dest`: atomically replacing it with
/// `overwrite`, and otherwise never clobbering a file that appeared
/// meanwhile.
fn place(tmp: &Path, dest: &Path, overwrite: bool) -> Result<()> {
    if overwrite {
        fs::rename(tmp, dest)
            .map_err(|e| Error::io(format!("cannot move the copy to {}", dest.display()), &e))?;
    } else {
        match fs::hard_link(tmp, dest) {
            Ok(()) => {
                let _ = fs::remove_file(tmp);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Err(exists(dest)),
            Err(e) => return Err(Error::io(format!("cannot create {}", dest.display()), &e)),
        }
    }
    if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
    Ok(())
}

pub fn exists(dest: &Path) -> Error {
    Error::conflict(format!("{} already exists", dest.display()))
        .with_hint("choose another file name, or pass --force to replace it")
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
