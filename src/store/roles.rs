//! SQL for roles and their permissions.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;
use crate::policy::BUILTIN_ROLES;

/// Creates the built-in roles with their catalog permissions.
pub fn seed_builtins(conn: &Connection, now: i64) -> Result<()> {
    for role in BUILTIN_ROLES {
        conn.execute(
            "INSERT INTO roles (name, description, builtin, created_at, updated_at) VALUES (?1, ?2, 1, ?3, ?3)",
            params![role.name, role.description, now],
        )?;
        let id = conn.last_insert_rowid();
        for permission in role.permissions {
            conn.execute(
                "INSERT INTO role_permissions (role_id, permission) VALUES (?1, ?2)",
                params![id, permission],
            )?;
        }
    }
    Ok(())
}

pub fn id_by_name(conn: &Connection, name: &str) -> Result<Option<i64>> {
    Ok(conn
        .query_row("SELECT id FROM roles WHERE name = ?1", [name], |r| r.get(0))
        .optional()?)
}
