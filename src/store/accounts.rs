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

pub fn id_by_name(conn: &Connection, name: &str) -> Result<Option<i64>> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .query_row("SELECT id FROM accounts WHERE name = ?1", [name], |r| {
            r.get(0)
        })
        .optional()?)
}

/// The nearest access grant of a user on an account or its ancestors:
/// (access level, the account that carries the grant).
pub fn nearest_grant(
    conn: &Connection,
    account_id: i64,
    user_id: i64,
) -> Result<Option<(String, String)>> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .query_row(
            "WITH RECURSIVE up(id, depth) AS (
                 SELECT ?1, 0
                 UNION ALL
                 SELECT a.parent_id, up.depth + 1 FROM accounts a JOIN up ON a.id = up.id
                  WHERE a.parent_id IS NOT NULL AND up.depth < 10000)
             SELECT g.access, a.name FROM up JOIN grants g ON g.account_id = up.id AND g.user_id = ?2
               JOIN accounts a ON a.id = up.id
              ORDER BY up.depth LIMIT 1",
            params![account_id, user_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}
