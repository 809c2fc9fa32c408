//! `user access`: everything one user can reach and why, gathered in one
//! read snapshot from the roles, the access grants, the backup-user
//! relations and, for one account, the permission decision itself.

use crate::store::Db;

use super::Ctx;
use crate::catalog::{self, ON_DISABLED_ACCOUNT};
use crate::error::Result;
use crate::model::{
    AccessSummary, AccountDecisions, AccountState, BackupUser, BackupUserState, GrantAccess,
    PermissionDecision, Relation, RoleAccess, User, UserAccess,
};
use crate::names::{validate, NameKind};
use crate::policy::{self, Blocked, Unusable};
use crate::store::{self, Store};

/// Everything `name` can reach; with `account`, also the decision on every
/// permission there. An unknown user or account is "not found".
pub fn of_user(
    store: &mut impl crate::store::Transactions,
    ctx: &Ctx,
    name: &str,
    account: Option<&str>,
) -> Result<UserAccess> {
    validate(NameKind::User, name)?;
    if let Some(account) = account {
        validate(NameKind::Account, account)?;
    }
    let now = ctx.now_unix();
    store.read(|tx| {
        let user = crate::lookup::user(tx, name, now)?;
        let id = crate::lookup::user_id(tx, name)?;
        let roles = roles(tx, &user)?;
        let (active_role, other_roles) = match &user.active_role {
            Some(active) => {
                let (active, others): (Vec<_>, Vec<_>) =
                    roles.into_iter().partition(|r| &r.name == active);
                (active.into_iter().next(), others)
            }
            None => (None, roles),
        };
        let (backup_user, stands_in_for) = super::backup_user::relations(tx, id, now)?;
        let account = account.map(|a| decisions(tx, now, name, a)).transpose()?;
        Ok(UserAccess {
            user: user.username.clone(),
            state: user.state(ctx.now).to_string(),
            blocked: blocked(&user, ctx)?,
            active_role,
            other_roles,
            grants: grants(tx, id)?,
            backup_user: backup_user.map(|b| relation(tx, now, b)).transpose()?,
            stands_in_for: stands_in_for
                .into_iter()
                .map(|b| relation(tx, now, b))
                .collect::<Result<_>>()?,
            account,
        })
    })
}

/// `user show` and its access summary, from one snapshot.
pub fn show_with_summary(
    store: &mut Store,
    ctx: &Ctx,
    name: &str,
) -> Result<(User, AccessSummary)> {
    validate(NameKind::User, name)?;
    let now = ctx.now_unix();
    store.read(|tx| {
        let user = crate::lookup::user(tx, name, now)?;
        let id = crate::lookup::user_id(tx, name)?;
        let (backup_user, stands_in_for) = super::backup_user::relations(tx, id, now)?;
        let summary = AccessSummary {
            grants: store::accounts::grants_of(tx, id)?.len(),
            backup_user: backup_user.as_ref().map(|b| b.backup_user.clone()),
            backup_user_state: backup_user.map(|b| b.state),
            stands_in_for: stands_in_for.len(),
        };
        Ok((user, summary))
    })
}

/// Why the user can do nothing now, in the words of the decision.
fn blocked(user: &User, ctx: &Ctx) -> Result<Option<String>> {
    let expires = user.expires_at.map(|t| t.timestamp());
    Unusable::of(user.enabled, expires, ctx.now_unix())
        .map(Unusable::reason)
        .transpose()
}

fn roles(conn: &Db, user: &User) -> Result<Vec<RoleAccess>> {
    let mut out = Vec::new();
    for name in &user.roles {
        let permissions = match store::roles::get(conn, name)? {
            Some(role) => role.permissions,
            None => Vec::new(),
        };
        out.push(RoleAccess {
            name: name.clone(),
            permissions,
        });
    }
    Ok(out)
}

fn grants(conn: &Db, user_id: i64) -> Result<Vec<GrantAccess>> {
    let mut out = Vec::new();
    for (account_id, account, access) in store::accounts::grants_of(conn, user_id)? {
        let blocked = Blocked::of(conn, account_id)?;
        let effective_permissions = access
            .permissions()
            .iter()
            .filter(|p| match &blocked {
                None => true,
                Some(b) if b.queued => false,
                Some(_) => ON_DISABLED_ACCOUNT.contains(p),
            })
            .map(|p| p.to_string())
            .collect();
        out.push(GrantAccess {
            permissions: access.permissions().iter().map(|p| p.to_string()).collect(),
            effective_permissions,
            accounts: store::accounts::grant_reach(conn, account_id, user_id)?,
            effective_state: match &blocked {
                None => AccountState::Enabled,
                Some(b) if b.queued => AccountState::PendingDeletion,
                Some(_) => AccountState::Disabled,
            },
            limited_by: blocked.map(|b| b.by),
            account,
            access,
        });
    }
    Ok(out)
}

/// A relation with the reason its window, active by the clock, cannot be
/// used now: the words `backup-user switch` would answer with.
fn relation(conn: &Db, now: i64, window: BackupUser) -> Result<Relation> {
    let blocked = if window.state == BackupUserState::Active {
        policy::active_window(conn, now, &window.backup_user, &window.user)?
            .err()
            .map(|(_, why)| why)
    } else {
        None
    };
    Ok(Relation { window, blocked })
}

/// The decision on every permission of the catalog for `user` on `account`.
fn decisions(conn: &Db, now: i64, user: &str, account: &str) -> Result<AccountDecisions> {
    crate::lookup::account_id(conn, account)?;
    let mut permissions = Vec::new();
    for permission in catalog::PERMISSIONS {
        let decision = policy::decide(conn, now, user, permission, Some(account))?;
        permissions.push(PermissionDecision {
            permission: permission.to_string(),
            allowed: decision.allowed,
            reason: decision.reason,
        });
    }
    Ok(AccountDecisions {
        name: account.to_string(),
        allowed: permissions
            .iter()
            .filter(|p| p.allowed)
            .map(|p| p.permission.clone())
            .collect(),
        permissions,
    })
}
