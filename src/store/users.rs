//! SQL for users and their role assignments.

use rusqlite::{params, Connection};

use crate::error::Result;

/// The columns a new user starts with; the rest take their defaults.
pub struct NewUser<'a> {
    pub username: &'a str,
    pub email: Option<&'a str>,
    pub password_hash: Option<&'a str>,
    pub account_id: Option<i64>,
    pub now: i64,
}

pub fn insert(conn: &Connection, user: &NewUser) -> Result<i64> {
    conn.execute(
        "INSERT INTO users (username, email, password_hash, account_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![
            user.username,
            user.email,
            user.password_hash,
            user.account_id,
            user.now
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Appends a role to a user's roles (at the end of the assignment order).
pub fn assign_role(
    conn: &Connection,
    user_id: i64,
    role_id: i64,
    active: bool,
    now: i64,
) -> Result<()> {
    conn.execute(
        "INSERT INTO user_roles (user_id, role_id, position, active, assigned_at)
         VALUES (?1, ?2, (SELECT coalesce(max(position), 0) + 1 FROM user_roles WHERE user_id = ?1), ?3, ?4)",
        params![user_id, role_id, active, now],
    )?;
    Ok(())
}
