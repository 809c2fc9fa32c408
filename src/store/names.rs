//! Names of every kind at once, for shell completion and for "did you
//! mean …?": read through the names' unique indexes.

use super::sql::{self, Db};
use crate::error::Result;
use crate::names::NameKind;

/// The first `limit` names of a kind that start with `prefix`, in order.
/// Names are ASCII below `~`, so `prefix <= name < prefix || '~'` holds
/// exactly the names that start with `prefix`, and the unique index on
/// the names answers it without a scan.
pub fn with_prefix(conn: &Db, kind: NameKind, prefix: &str, limit: usize) -> Result<Vec<String>> {
    let sql = match kind {
        NameKind::User => {
            "SELECT username FROM users WHERE username >= ?1 AND username < ?2 ORDER BY username LIMIT ?3"
        }
        NameKind::Account => {
            "SELECT name FROM accounts WHERE name >= ?1 AND name < ?2 ORDER BY name LIMIT ?3"
        }
        NameKind::Role => {
            "SELECT name FROM roles WHERE name >= ?1 AND name < ?2 ORDER BY name LIMIT ?3"
        }
        NameKind::Strategy => {
            "SELECT name FROM strategies WHERE name >= ?1 AND name < ?2 ORDER BY name LIMIT ?3"
        }
    };
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let mut stmt = conn.prepare(sql)?;
    let names = stmt
        .query_map(sql::params![prefix, format!("{prefix}~"), limit], |row| {
            row.get(0)
        })?
        .collect::<sql::SqlResult<_>>()?;
    Ok(names)
}

/// Names of a kind about as long as `name` (two characters either way),
/// at most `limit` of them: the candidates for "did you mean ...?" when
/// `name` does not exist. Read only on that error path.
pub fn near(conn: &Db, kind: NameKind, name: &str, limit: usize) -> Result<Vec<String>> {
    let sql = match kind {
        NameKind::User => {
            "SELECT username FROM users WHERE length(username) BETWEEN ?1 AND ?2 LIMIT ?3"
        }
        NameKind::Account => {
            "SELECT name FROM accounts WHERE length(name) BETWEEN ?1 AND ?2 LIMIT ?3"
        }
        NameKind::Role => "SELECT name FROM roles WHERE length(name) BETWEEN ?1 AND ?2 LIMIT ?3",
        NameKind::Strategy => {
            "SELECT name FROM strategies WHERE length(name) BETWEEN ?1 AND ?2 LIMIT ?3"
        }
    };
    let len = i64::try_from(name.chars().count()).unwrap_or(i64::MAX);
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let mut stmt = conn.prepare(sql)?;
    let names = stmt
        .query_map(sql::params![len - 2, len + 2, limit], |row| row.get(0))?
        .collect::<sql::SqlResult<_>>()?;
    Ok(names)
}
