//! SQL for the account tree.

use rusqlite::{params, Connection};

use crate::error::Result;

/// Creates the single root account; the schema refuses a second one.
pub fn insert_root(conn: &Connection, name: &str, now: i64) -> Result<i64> {
    conn.execute(
        "INSERT INTO accounts (name, parent_id, created_at, updated_at) VALUES (?1, NULL, ?2, ?2)",
        params![name, now],
    )?;
    Ok(conn.last_insert_rowid())
}
