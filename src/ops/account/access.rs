//! Access grants, and who can reach an account and why.

use super::*;

/// Gives a user `limited` or `full` access to an account and everything
/// below it (replacing a grant on that same account).
/// Returns whether anything changed: granting the access a user already
/// has on that account is no change, and records nothing.
pub fn grant(
    store: &mut Store,
    ctx: &Ctx,
    name: &str,
    user: &str,
    access: AccessLevel,
) -> Result<bool> {
    validate(NameKind::Account, name)?;
    validate(NameKind::User, user)?;
    store.write(|tx| grant_in(tx, ctx, name, user, access))
}

/// [`grant`] inside the caller's write transaction.
pub(crate) fn grant_in(
    tx: &Db,
    ctx: &Ctx,
    name: &str,
    user: &str,
    access: AccessLevel,
) -> Result<bool> {
    let account = row(tx, name)?;
    let uid = user_id(tx, user)?;
    let before = sql::grant_on(tx, account.id, uid)?;
    if before == Some(access) {
        return Ok(false);
    }
    sql::set_grant(tx, account.id, uid, access, ctx.now_unix())?;
    let mut details = json!({ "user": user, "access": access });
    if let Some(before) = before {
        details["from"] = json!(before);
    }
    record(tx, ctx, "account.grant", name, details)?;
    Ok(true)
}

/// Takes a user's grant on an account away; returns whether there was one.
pub fn revoke(store: &mut Store, ctx: &Ctx, name: &str, user: &str) -> Result<bool> {
    validate(NameKind::Account, name)?;
    validate(NameKind::User, user)?;
    store.write(|tx| revoke_in(tx, ctx, name, user))
}

/// [`revoke`] inside the caller's write transaction.
pub(crate) fn revoke_in(tx: &Db, ctx: &Ctx, name: &str, user: &str) -> Result<bool> {
    let account = row(tx, name)?;
    let uid = user_id(tx, user)?;
    let removed = sql::remove_grant(tx, account.id, uid)?;
    if removed {
        record(tx, ctx, "account.revoke", name, json!({ "user": user }))?;
    }
    Ok(removed)
}

/// A user's grants as (account, access), by account name.
pub(crate) fn grants_of(tx: &Db, user: &str) -> Result<Vec<(String, AccessLevel)>> {
    let uid = user_id(tx, user)?;
    Ok(sql::grants_of(tx, uid)?
        .into_iter()
        .map(|(_, account, access)| (account, access))
        .collect())
}

/// Gives an account another owner (or none), audited as the move of
/// ownership that `user delete --transfer-to` records. Returns whether the
/// owner changed.
pub(crate) fn set_owner_in(tx: &Db, ctx: &Ctx, name: &str, owner: Option<&str>) -> Result<bool> {
    let account = row(tx, name)?;
    let new_id = owner.map(|o| user_id(tx, o)).transpose()?;
    if new_id == account.owner_id {
        return Ok(false);
    }
    let old = account
        .owner_id
        .map(|id| store::users::name_by_id(tx, id))
        .transpose()?;
    sql::set_owner(tx, account.id, new_id, ctx.now_unix())?;
    record(
        tx,
        ctx,
        "account.transfer",
        name,
        json!({ "from": old, "to": owner }),
    )?;
    Ok(true)
}

/// Every route by which an enabled, unexpired user reaches an account
/// (their active role, their nearest grant, an active backup-user window),
/// with what each allows there and why; with `permission`, only the routes
/// that allow it. The decision itself is [`crate::policy::routes`].
pub fn access(
    store: &mut Store,
    ctx: &Ctx,
    name: &str,
    permission: Option<&str>,
) -> Result<Vec<AccessEntry>> {
    use crate::policy::Via;
    validate(NameKind::Account, name)?;
    let now = ctx.now_unix();
    let routes = store.read(|tx| crate::policy::routes(tx, now, name, permission))?;
    Ok(routes
        .into_iter()
        .map(|route| {
            let (via, access, granted_on, acting_for) = match route.via {
                Via::Role(role) => ("role", role, None, None),
                Via::Grant { level, on } => ("grant", level.to_string(), Some(on), None),
                Via::Window { user } => ("backup-user", format!("for {user}"), None, Some(user)),
            };
            AccessEntry {
                user: route.user,
                via: via.to_string(),
                access,
                granted_on,
                acting_for,
                permissions: route.permissions.iter().map(|p| p.to_string()).collect(),
                reason: route.reason,
            }
        })
        .collect())
}
