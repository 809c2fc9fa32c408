//! SQL for roles and their permissions.

use super::sql::{params, Db, OptionalExtension};

use crate::catalog::{BUILTIN_ROLES, PERMISSIONS};
use crate::error::Result;
use crate::model::Role;

/// Creates the built-in roles with their catalog permissions.
pub fn seed_builtins(conn: &Db, now: i64) -> Result<()> {
    for role in BUILTIN_ROLES {
        let id = insert(conn, role.name, role.description, true, now)?;
        set_permissions(conn, id, role.permissions)?;
    }
    Ok(())
}

pub fn insert(conn: &Db, name: &str, description: &str, builtin: bool, now: i64) -> Result<i64> {
    Ok(conn.insert(
        "INSERT INTO roles (name, description, builtin, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
        params![name, description, builtin, now],
    )?)
}

/// Replaces a role's permissions.
pub fn set_permissions(conn: &Db, id: i64, permissions: &[&str]) -> Result<()> {
    conn.execute("DELETE FROM role_permissions WHERE role_id = ?1", [id])?;
    for permission in permissions {
        conn.execute(
            "INSERT INTO role_permissions (role_id, permission) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
            params![id, permission],
        )?;
    }
    Ok(())
}

pub fn set_description(conn: &Db, id: i64, description: &str, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE roles SET description = ?1, updated_at = ?2 WHERE id = ?3",
        params![description, now, id],
    )?;
    Ok(())
}

pub fn touch(conn: &Db, id: i64, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE roles SET updated_at = ?1 WHERE id = ?2",
        params![now, id],
    )?;
    Ok(())
}

pub fn id_by_name(conn: &Db, name: &str) -> Result<Option<i64>> {
    Ok(conn
        .query_row("SELECT id FROM roles WHERE name = ?1", [name], |r| r.get(0))
        .optional()?)
}

/// A role's id and whether it is built in.
pub fn find(conn: &Db, name: &str) -> Result<Option<(i64, bool)>> {
    Ok(conn
        .query_row(
            "SELECT id, builtin FROM roles WHERE name = ?1",
            [name],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

pub fn name_by_id(conn: &Db, id: i64) -> Result<String> {
    Ok(conn.query_row("SELECT name FROM roles WHERE id = ?1", [id], |r| r.get(0))?)
}

/// A role's permissions in catalog order.
pub fn permissions(conn: &Db, id: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT permission FROM role_permissions WHERE role_id = ?1")?;
    let held: Vec<String> = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<super::sql::SqlResult<_>>()?;
    Ok(PERMISSIONS
        .iter()
        .filter(|p| held.iter().any(|h| h == *p))
        .map(|p| p.to_string())
        .collect())
}

pub fn has_permission(conn: &Db, id: i64, permission: &str) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM role_permissions WHERE role_id = ?1 AND permission = ?2)",
        params![id, permission],
        |r| r.get(0),
    )?)
}

pub fn get(conn: &Db, name: &str) -> Result<Option<Role>> {
    let Some(row) = conn
        .query_row(
            "SELECT id, name, description, builtin, (SELECT count(*) FROM user_roles WHERE role_id = roles.id)
               FROM roles WHERE name = ?1",
            [name],
            |r| Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?
    else {
        return Ok(None);
    };
    let (id, name, description, builtin, users) = row;
    Ok(Some(Role {
        name,
        description,
        builtin,
        permissions: permissions(conn, id)?,
        users,
    }))
}

pub fn all(conn: &Db) -> Result<Vec<Role>> {
    let mut stmt = conn.prepare("SELECT name FROM roles ORDER BY builtin DESC, id")?;
    let names: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<super::sql::SqlResult<_>>()?;
    names
        .iter()
        .filter_map(|n| get(conn, n).transpose())
        .collect()
}

/// The ids of the users holding a role.
pub fn holders(conn: &Db, id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare("SELECT user_id FROM user_roles WHERE role_id = ?1")?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

pub fn delete(conn: &Db, id: i64) -> Result<()> {
    conn.execute("DELETE FROM roles WHERE id = ?1", [id])?;
    Ok(())
}
