//! SQL for settings: only values that were set are stored; defaults live in
//! the catalog in `ops::settings`.

use std::collections::HashMap;

use super::sql::{params, Db, OptionalExtension};

use crate::error::Result;

pub fn all(conn: &Db) -> Result<HashMap<String, String>> {
    let mut stmt = conn.prepare("SELECT key, value FROM settings")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

pub fn get(conn: &Db, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

pub fn set(conn: &Db, key: &str, value: &str, at: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        params![key, value, at],
    )?;
    Ok(())
}
