//! Roles: the built-in ones, custom ones, and who holds which.
//!
//! A user holds any number of roles in assignment order; exactly one is
//! active. The first role a user gets becomes active, and removing the
//! active role makes the first remaining one active. Built-in roles cannot
//! be changed or deleted.

use crate::store::Db;
use serde_json::json;

use super::{record, AdminGuard, Ctx};
use crate::catalog::{describe, BUILTIN_ROLES, PERMISSIONS};
use crate::error::{Error, Result};
use crate::lookup::{no_role, role_id, user as load, user_id};
use crate::model::{Permission, Role, SideEffect, User};
use crate::names::{validate, NameKind};
use crate::policy::check_permission;
use crate::policy::StandIns;
use crate::store::{self, users as user_sql, Store};

fn builtin_refusal(name: &str) -> Error {
    Error::refused(format!(
        "role \"{name}\" is built in and cannot be changed or deleted"
    ))
    .with_hint("create a custom role with `warden role create` instead")
}

pub fn list(store: &mut Store) -> Result<Vec<Role>> {
    store.read(store::roles::all)
}

pub fn show(store: &mut Store, name: &str) -> Result<Role> {
    validate(NameKind::Role, name)?;
    store.read(|tx| store::roles::get(tx, name)?.ok_or_else(|| no_role(name)))
}

/// The permission catalog with what each allows and which built-in roles
/// include it.
pub fn permissions() -> Vec<Permission> {
    PERMISSIONS
        .iter()
        .map(|p| Permission {
            name: p,
            description: describe(p),
            builtin_roles: BUILTIN_ROLES
                .iter()
                .filter(|r| r.permissions.contains(p))
                .map(|r| r.name)
                .collect(),
        })
        .collect()
}

fn check_permissions(permissions: &[String]) -> Result<()> {
    permissions.iter().try_for_each(|p| check_permission(p))
}

/// Creates a custom role. With `if_not_exists`, an existing role is
/// returned unchanged (and `false`).
pub fn create(
    store: &mut Store,
    ctx: &Ctx,
    name: &str,
    permissions: &[String],
    description: &str,
    if_not_exists: bool,
) -> Result<(Role, bool)> {
    validate(NameKind::Role, name)?;
    check_permissions(permissions)?;
    if permissions.is_empty() {
        return Err(Error::usage("a role needs at least one --permission")
            .with_hint("`warden role permissions` lists them"));
    }
    super::fields::check_description(description)?;
    store.write(|tx| create_in(tx, ctx, name, permissions, description, if_not_exists))
}

/// [`create`] inside the caller's write transaction; the name, the
/// permissions and the description are already checked.
pub(crate) fn create_in(
    tx: &Db,
    ctx: &Ctx,
    name: &str,
    permissions: &[String],
    description: &str,
    if_not_exists: bool,
) -> Result<(Role, bool)> {
    if let Some(existing) = store::roles::get(tx, name)? {
        if if_not_exists {
            return Ok((existing, false));
        }
        return Err(
            Error::conflict(format!("role \"{name}\" already exists")).with_hint(
                "use `warden role edit` to change it, or --if-not-exists to accept it as it is",
            ),
        );
    }
    let id = store::roles::insert(tx, name, description, false, ctx.now_unix())?;
    let refs: Vec<&str> = permissions.iter().map(String::as_str).collect();
    store::roles::set_permissions(tx, id, &refs)?;
    let role = store::roles::get(tx, name)?.ok_or_else(|| no_role(name))?;
    record(
        tx,
        ctx,
        "role.create",
        name,
        json!({ "permissions": role.permissions, "description": description }),
    )?;
    Ok((role, true))
}

/// Changes a custom role's permissions or description; returns the role,
/// whether anything changed, and what that did to the stand-ins of the
/// role's holders.
pub fn edit(
    store: &mut Store,
    ctx: &Ctx,
    name: &str,
    add: &[String],
    remove: &[String],
    description: Option<&str>,
) -> Result<(Role, bool, Vec<SideEffect>)> {
    validate(NameKind::Role, name)?;
    check_permissions(add)?;
    check_permissions(remove)?;
    if add.is_empty() && remove.is_empty() && description.is_none() {
        return Err(Error::usage("nothing to change")
            .with_hint("give --add-permission, --remove-permission or --description"));
    }
    if let Some(d) = description {
        super::fields::check_description(d)?;
    }
    store.write(|tx| {
        let now = ctx.now_unix();
        let before = store::roles::get(tx, name)?;
        let stand_ins = StandIns::snapshot(tx, now)?;
        let after = edit_in(tx, ctx, name, add, remove, description)?;
        let changed = before.is_none_or(|b| {
            b.permissions != after.permissions || b.description != after.description
        });
        let effects = StandIns::snapshot(tx, now)?.since(tx, &stand_ins)?;
        Ok((after, changed, effects))
    })
}

/// [`edit`] inside the caller's write transaction; the arguments are
/// already checked.
pub(crate) fn edit_in(
    tx: &Db,
    ctx: &Ctx,
    name: &str,
    add: &[String],
    remove: &[String],
    description: Option<&str>,
) -> Result<Role> {
    let now = ctx.now_unix();
    let (id, builtin) = store::roles::find(tx, name)?.ok_or_else(|| no_role(name))?;
    if builtin {
        return Err(builtin_refusal(name));
    }
    let before = store::roles::permissions(tx, id)?;
    let mut after: Vec<&str> = before
        .iter()
        .map(String::as_str)
        .filter(|p| !remove.iter().any(|r| r == p))
        .collect();
    after.extend(add.iter().map(String::as_str));
    let same_permissions = {
        let mut old: Vec<&str> = before.iter().map(String::as_str).collect();
        let mut new = after.clone();
        old.sort_unstable();
        new.sort_unstable();
        new.dedup();
        old == new
    };
    let current = store::roles::get(tx, name)?.ok_or_else(|| no_role(name))?;
    let same_description = description.is_none_or(|d| current.description == d);
    // Adding a permission the role has, or the description it has, is no
    // change: nothing is written or recorded.
    if same_permissions && same_description {
        return Ok(current);
    }
    store::roles::set_permissions(tx, id, &after)?;
    if let Some(d) = description {
        store::roles::set_description(tx, id, d, now)?;
    } else {
        store::roles::touch(tx, id, now)?;
    }
    let role = store::roles::get(tx, name)?.ok_or_else(|| no_role(name))?;
    let mut details = json!({ "permissions": { "from": before, "to": role.permissions } });
    if let Some(d) = description {
        details["description"] = json!(d);
    }
    record(tx, ctx, "role.update", name, details)?;
    Ok(role)
}

/// Removes a role from a user, keeping exactly one role active. Returns
/// the change of active role it made, if it took the active one.
fn unassign(conn: &Db, user: i64, role: i64) -> Result<Option<SideEffect>> {
    let roles = user_sql::role_ids(conn, user)?;
    let was_active = roles.iter().any(|&(r, active)| r == role && active);
    user_sql::unassign_role(conn, user, role)?;
    if !was_active {
        return Ok(None);
    }
    let next = roles.iter().find(|&&(r, _)| r != role).map(|&(r, _)| r);
    if let Some(next) = next {
        user_sql::set_active_role(conn, user, next)?;
    }
    Ok(Some(SideEffect::ActiveRoleChanged {
        user: user_sql::name_by_id(conn, user)?,
        role: next
            .map(|r| store::roles::name_by_id(conn, r))
            .transpose()?,
    }))
}

/// Deletes a custom role. While users hold it, only with `force`, which
/// takes it from them first (their next role becomes active). Returns the
/// users it was taken from and what that did: active roles that changed,
/// stand-ins who can do less for them.
pub fn delete(
    store: &mut Store,
    ctx: &Ctx,
    name: &str,
    force: bool,
) -> Result<(Vec<String>, Vec<SideEffect>)> {
    validate(NameKind::Role, name)?;
    store.write(|tx| {
        let now = ctx.now_unix();
        let stand_ins = StandIns::snapshot(tx, now)?;
        let (holders, mut effects) = delete_in(tx, ctx, name, force)?;
        effects.extend(StandIns::snapshot(tx, now)?.since(tx, &stand_ins)?);
        Ok((holders, effects))
    })
}

/// [`delete`] inside the caller's write transaction.
pub(crate) fn delete_in(
    tx: &Db,
    ctx: &Ctx,
    name: &str,
    force: bool,
) -> Result<(Vec<String>, Vec<SideEffect>)> {
    let now = ctx.now_unix();
    let (id, builtin) = store::roles::find(tx, name)?.ok_or_else(|| no_role(name))?;
    if builtin {
        return Err(builtin_refusal(name));
    }
    let holders = store::roles::holders(tx, id)?;
    let mut names = holders
        .iter()
        .map(|&user| user_sql::name_by_id(tx, user))
        .collect::<Result<Vec<_>>>()?;
    names.sort();
    if !holders.is_empty() && !force {
        return Err(Error::refused(format!(
            "role \"{name}\" is held by {} user{}: {}",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            names.join(", ")
        ))
        .with_hint("pass --force to take it from them and delete it; nothing was changed"));
    }
    let guard = AdminGuard::new(tx, now)?;
    let mut effects = Vec::new();
    for user in holders {
        if let Some(effect) = unassign(tx, user, id)? {
            effects.push(effect);
        }
    }
    store::roles::delete(tx, id)?;
    guard.check(tx, now, &format!("deleting role \"{name}\""))?;
    record(tx, ctx, "role.delete", name, json!({ "unassigned": names }))?;
    effects.sort_by_key(|e| e.to_string());
    Ok((names, effects))
}

/// Gives roles to a user; roles already held are skipped. The first role a
/// user gets becomes active. Returns the user and the roles added.
pub fn grant(
    store: &mut Store,
    ctx: &Ctx,
    username: &str,
    roles: &[String],
) -> Result<(User, Vec<String>)> {
    validate(NameKind::User, username)?;
    roles.iter().try_for_each(|r| validate(NameKind::Role, r))?;
    let now = ctx.now_unix();
    store.write(|tx| {
        let user = user_id(tx, username)?;
        let mut added = Vec::new();
        for role in roles {
            let id = role_id(tx, role)?;
            let held = user_sql::role_ids(tx, user)?;
            if held.iter().any(|&(r, _)| r == id) {
                continue;
            }
            user_sql::assign_role(tx, user, id, held.is_empty(), now)?;
            added.push(role.clone());
        }
        if !added.is_empty() {
            record(tx, ctx, "role.grant", username, json!({ "roles": added }))?;
        }
        Ok((load(tx, username, now)?, added))
    })
}

/// Takes roles from a user; roles not held are skipped. Taking the active
/// role makes the first remaining role (in assignment order) active.
/// Returns the user, the roles taken, and what that did: the change of
/// active role, and what the user's stand-in can no longer do for them.
pub fn revoke(
    store: &mut Store,
    ctx: &Ctx,
    username: &str,
    roles: &[String],
) -> Result<(User, Vec<String>, Vec<SideEffect>)> {
    validate(NameKind::User, username)?;
    roles.iter().try_for_each(|r| validate(NameKind::Role, r))?;
    let now = ctx.now_unix();
    store.write(|tx| {
        let user = user_id(tx, username)?;
        let guard = AdminGuard::new(tx, now)?;
        let stand_ins = StandIns::snapshot(tx, now)?;
        let mut removed = Vec::new();
        let mut active_changed = None;
        for role in roles {
            let id = role_id(tx, role)?;
            if user_sql::role_ids(tx, user)?.iter().any(|&(r, _)| r == id) {
                active_changed = unassign(tx, user, id)?.or(active_changed);
                removed.push(role.clone());
            }
        }
        guard.check(
            tx,
            now,
            &format!("revoking {} from \"{username}\"", removed.join(", ")),
        )?;
        if !removed.is_empty() {
            let active = load(tx, username, now)?.active_role;
            record(
                tx,
                ctx,
                "role.revoke",
                username,
                json!({ "roles": removed, "active_role": active }),
            )?;
        }
        // The active role as it ends up, when it changed at all.
        let mut effects: Vec<SideEffect> = match active_changed {
            Some(SideEffect::ActiveRoleChanged { user, .. }) => {
                vec![SideEffect::ActiveRoleChanged {
                    user,
                    role: load(tx, username, now)?.active_role,
                }]
            }
            _ => Vec::new(),
        };
        effects.extend(StandIns::snapshot(tx, now)?.since(tx, &stand_ins)?);
        Ok((load(tx, username, now)?, removed, effects))
    })
}

/// Makes one of the roles a user holds the active one. Returns the user
/// and what their stand-in can no longer do for them.
pub fn switch(
    store: &mut Store,
    ctx: &Ctx,
    username: &str,
    role: &str,
) -> Result<(User, Vec<SideEffect>)> {
    validate(NameKind::User, username)?;
    validate(NameKind::Role, role)?;
    let now = ctx.now_unix();
    store.write(|tx| {
        let user = user_id(tx, username)?;
        let id = role_id(tx, role)?;
        let held = user_sql::role_ids(tx, user)?;
        let Some(&(_, active)) = held.iter().find(|&&(r, _)| r == id) else {
            return Err(Error::refused(format!(
                "user \"{username}\" does not hold role \"{role}\""
            ))
            .with_hint(format!(
                "grant it first: warden role grant {username} {role}"
            )));
        };
        let stand_ins = StandIns::snapshot(tx, now)?;
        if !active {
            let from = load(tx, username, now)?.active_role;
            user_sql::set_active_role(tx, user, id)?;
            record(
                tx,
                ctx,
                "role.switch",
                username,
                json!({ "from": from, "to": role }),
            )?;
        }
        let effects = StandIns::snapshot(tx, now)?.since(tx, &stand_ins)?;
        Ok((load(tx, username, now)?, effects))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Kind;
    use crate::ops::testing::{add_user, initialised, refused};

    #[test]
    fn the_admin_role_is_not_taken_from_the_last_admin() {
        let (mut store, ctx) = initialised();
        let err = refused(&mut store, Kind::Refused, |s| {
            revoke(s, &ctx, "admin", &["admin".into()])
        });
        assert!(
            err.message
                .contains("revoking admin from \"admin\" would leave no enabled"),
            "{err:?}"
        );
    }

    #[test]
    fn the_admin_role_may_go_while_another_admin_without_expiry_stays() {
        let (mut store, ctx) = initialised();
        add_user(&mut store, &ctx, "second", &["admin"]);
        let (_, removed, _) = revoke(&mut store, &ctx, "admin", &["admin".into()]).unwrap();
        assert_eq!(removed, ["admin"]);
        refused(&mut store, Kind::Refused, |s| {
            revoke(s, &ctx, "second", &["admin".into()])
        });
    }
}
