//! Whole-database SQL: sizes and counts, integrity and invariant checks,
//! and the online backup.

use std::fs;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

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

pub fn counts(conn: &Connection) -> Result<Vec<TableCount>> {
    TABLES
        .iter()
        .map(|table| {
            // Table names come from the constant above, never from input.
            let rows =
                conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            Ok(TableCount {
                table: (*table).to_string(),
                rows,
            })
        })
        .collect()
}

pub fn pragma_i64(conn: &Connection, name: &str) -> Result<i64> {
    Ok(conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))?)
}

pub fn journal_mode(conn: &Connection) -> Result<String> {
    Ok(conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?)
}

/// SQLite's own integrity check: one line per problem, empty when sound.
pub fn integrity_problems(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("PRAGMA integrity_check(100)")?;
    let lines = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(lines.into_iter().filter(|l| l != "ok").collect())
}

/// Rows whose foreign key points at nothing.
pub fn foreign_key_problems(conn: &Connection) -> Result<Vec<String>> {
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
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn names(conn: &Connection, sql: &str, args: impl rusqlite::Params) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map(args, |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One root, and every account reachable from it (which rules out cycles).
pub fn tree_problems(conn: &Connection) -> Result<Vec<String>> {
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
pub fn active_role_problems(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT u.username, sum(ur.active) FROM users u JOIN user_roles ur ON ur.user_id = u.id
          GROUP BY u.id HAVING sum(ur.active) <> 1 ORDER BY u.username LIMIT 100",
    )?;
    let rows = stmt.query_map([], |r| {
        let name: String = r.get(0)?;
        let active: i64 = r.get(1)?;
        Ok(format!(
            "user {} has {active} active roles (exactly one is required)",
            &name
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The audit log's append-only triggers are in place.
pub fn audit_log_problems(conn: &Connection) -> Result<Vec<String>> {
    let present = names(
        conn,
        "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name IN ('events_no_update', 'events_no_delete')",
        [],
    )?;
    Ok(["events_no_update", "events_no_delete"]
        .iter()
        .filter(|t| !present.iter().any(|p| p == *t))
        .map(|t| format!("the audit log's protective trigger {t} is missing"))
        .collect())
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
        .map_err(|e| Error::io(format!("cannot create {}", tmp.display()), &e))?;
    let result = copy_into(conn, &tmp, busy_timeout).and_then(|pages| {
        place(&tmp, dest, overwrite)?;
        Ok(pages)
    });
    if result.is_err() {
        crate::store::remove_database_files(&tmp);
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
pub(crate) fn snapshot(conn: &Connection) -> Result<Vec<String>> {
    let tables = names(
        conn,
        "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
        [],
    )?;
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
