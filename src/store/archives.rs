//! SQL for the record of audit archives (`audit_archives`) and the one
//! DELETE the audit log allows: of events already archived.

use super::chain::{self, Link};
use super::sql::{params, Db, OptionalExtension};
use crate::error::Result;

/// One archive file, as the database recorded it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub first_id: i64,
    pub last_id: i64,
    pub events: i64,
    pub last_link: Link,
    /// The absolute path it was written to.
    pub file: String,
    /// SHA-256 of the file's bytes, 64 hexadecimal digits.
    pub sha256: String,
    pub archived_at: i64,
}

const COLUMNS: &str = "first_id, last_id, events, last_link, file, sha256, archived_at";

fn recorded(r: &super::sql::Row<'_>) -> super::sql::SqlResult<Recorded> {
    let link: Vec<u8> = r.get(3)?;
    Ok(Recorded {
        first_id: r.get(0)?,
        last_id: r.get(1)?,
        events: r.get(2)?,
        last_link: chain::to_link(&link),
        file: r.get(4)?,
        sha256: r.get(5)?,
        archived_at: r.get(6)?,
    })
}

/// The newest archive, if any: where the chain in the database starts.
pub fn last(conn: &Db) -> Result<Option<Recorded>> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM audit_archives ORDER BY last_id DESC LIMIT 1"),
            params![],
            recorded,
        )
        .optional()?)
}

/// Every archive, oldest first.
pub fn all(conn: &Db) -> Result<Vec<Recorded>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM audit_archives ORDER BY last_id"
    ))?;
    let rows = stmt.query_map(params![], recorded)?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

/// Records an archive (the database checks it starts after the last one
/// and ends at a chained event with that link).
pub fn insert(conn: &Db, archive: &Recorded) -> Result<()> {
    conn.execute(
        &format!("INSERT INTO audit_archives ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
        params![
            archive.first_id,
            archive.last_id,
            archive.events,
            &archive.last_link[..],
            archive.file,
            archive.sha256,
            archive.archived_at
        ],
    )?;
    Ok(())
}

/// How many ids one DELETE covers: a statement that may abort keeps the
/// pages it changed in a statement journal, in memory, so a million rows
/// in one statement would hold tens of MiB; the transaction stays one.
const IDS_PER_DELETE: i64 = 32_768;

/// Removes the events after `after` up to `last` and their links (the
/// database refuses it unless `last` is archived), in statements of at
/// most [`IDS_PER_DELETE`] ids from `first` on, inside the caller's
/// transaction; returns how many events and links went.
pub fn remove(conn: &Db, after: i64, first: i64, last: i64) -> Result<(u64, u64)> {
    let (mut events, mut links) = (0u64, 0u64);
    let mut low = after;
    while low < last {
        // Below the first archived id there is normally nothing: one
        // statement, not a walk in steps from `after` (which may be far).
        let high = if low < first.saturating_sub(1) {
            first.saturating_sub(1)
        } else {
            low.saturating_add(IDS_PER_DELETE).min(last)
        };
        events += conn.execute(
            "DELETE FROM events WHERE id > ?1 AND id <= ?2",
            params![low, high],
        )? as u64;
        links += conn.execute(
            "DELETE FROM event_links WHERE id > ?1 AND id <= ?2",
            params![low, high],
        )? as u64;
        low = high;
    }
    Ok((events, links))
}

/// The details of the newest `audit.archived` event: the one recorded with
/// the newest archive (each archive's event is recorded with it, after
/// every earlier one's), if it is still in the database.
pub fn newest_archived_event(conn: &Db) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT details FROM events WHERE action = 'audit.archived' ORDER BY id DESC LIMIT 1",
            params![],
            |r| r.get(0),
        )
        .optional()?)
}

/// Gives this connection's page cache room for moving a million events
/// (SQLite; 32 MiB, half an archive run's budget of 64): the deletions
/// touch the index of targets at one place per user, and a small cache
/// reads the same pages again and again.
pub fn widen_cache(conn: &Db) -> Result<()> {
    if conn.engine() == super::sql::Engine::Sqlite {
        conn.execute_batch("PRAGMA cache_size = -32768")?;
    }
    Ok(())
}
