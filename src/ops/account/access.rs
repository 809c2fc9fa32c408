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

/// Every enabled, unexpired user who can reach an account (read it), and
/// why: their active role, or the nearest grant on it or an ancestor.
pub fn access(store: &mut Store, ctx: &Ctx, name: &str) -> Result<Vec<AccessEntry>> {
    validate(NameKind::Account, name)?;
    let now = ctx.now_unix();
    store.read(|tx| {
        let account = row(tx, name)?;
        let mut entries = Vec::new();
        let by_role = store::users::active_role_holders(tx, "accounts.read", now)?;
        for (user, role) in &by_role {
            entries.push(AccessEntry {
                user: user.clone(),
                via: "role".into(),
                access: role.clone(),
                granted_on: None,
                reason: format!("active role {role} grants accounts.read everywhere"),
            });
        }
        // A grant reaches only what the account's state leaves (policy).
        let limit = match crate::policy::Blocked::of(tx, account.id)? {
            None => String::new(),
            Some(blocked) if blocked.queued => format!(
                "; account {} is queued for deletion, so the grant allows nothing",
                blocked.by
            ),
            Some(blocked) => format!(
                "; account {} is disabled, so the grant allows only {}",
                blocked.by,
                crate::catalog::ON_DISABLED_ACCOUNT.join(" ")
            ),
        };
        for (user, level, on) in sql::covering_grants(tx, account.id)? {
            if by_role.iter().any(|(u, _)| *u == user) {
                continue;
            }
            let creds = store::users::credentials(tx, &user)?;
            let usable = creds.is_some_and(|c| {
                crate::policy::Unusable::of(c.enabled, c.expires_at, now).is_none()
            });
            if !usable {
                continue;
            }
            let place = if on == name {
                "this account".to_string()
            } else {
                format!("ancestor account {on}")
            };
            entries.push(AccessEntry {
                user,
                via: "grant".into(),
                reason: format!("{level} access granted on {place}{limit}"),
                access: level.to_string(),
                granted_on: Some(on),
            });
        }
        entries.sort_by(|a, b| a.user.cmp(&b.user));
        Ok(entries)
    })
}
