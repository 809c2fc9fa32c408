//! Who reaches an account, by every route: the active role, the nearest
//! access grant, an active backup-user window; decided as [`super::decide`]
//! and [`super::decide_as`] decide.

use super::*;

/// How a user reaches an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    /// Their active role, whose permissions apply on every account.
    Role(String),
    /// Their nearest access grant, on the account or the ancestor `on`.
    Grant { level: AccessLevel, on: String },
    /// Acting for `user` through an active backup-user window.
    Window { user: String },
}

/// One way a user reaches an account: what it allows there now, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub user: String,
    pub via: Via,
    /// What the route allows on the account now, in catalog order.
    pub permissions: Vec<&'static str>,
    pub reason: String,
}

/// Every route by which an enabled, unexpired user reaches an account,
/// decided as [`decide`] and [`decide_as`] decide, by user, role first:
/// each user's active role (listed when it holds a permission over
/// accounts, not only over warden's own records), their nearest access
/// grant within what the account's state leaves (listed even when that
/// is nothing, with the reason), and each active backup-user window
/// through which they act for someone who reaches it. With `permission`,
/// only the routes that allow it, each with the reason it does: exactly
/// the users `user can USER PERMISSION --account NAME` (or `--as`) allows.
pub fn routes(conn: &Db, now: i64, account: &str, permission: Option<&str>) -> Result<Vec<Route>> {
    use crate::store;
    if let Some(p) = permission {
        check_permission(p)?;
    }
    let account_id = account_id(conn, account)?;
    let blocked = Blocked::of(conn, account_id)?;
    let mut routes = Vec::new();

    let mut roles: Vec<(String, String, Vec<&'static str>)> = Vec::new();
    for (user, role, held) in store::users::active_role_permissions(conn, now)? {
        let known = held.and_then(|h| PERMISSIONS.iter().copied().find(|p| *p == h));
        match roles.last_mut() {
            Some((u, _, list)) if *u == user => list.extend(known),
            _ => roles.push((user, role, known.into_iter().collect())),
        }
    }
    for (user, role, mut held) in roles {
        held.sort_by_key(|p| PERMISSIONS.iter().position(|q| q == p));
        let reason = match permission {
            Some(p) if held.contains(&p) => format!("active role {role} grants {p}"),
            Some(_) => continue,
            None if !held.iter().any(|p| !ABOUT_WARDEN.contains(p)) => continue,
            None if held.len() == PERMISSIONS.len() => {
                format!("active role {role} grants every permission, on every account")
            }
            None => format!(
                "active role {role} grants {}, on every account",
                held.join(" ")
            ),
        };
        routes.push(Route {
            user,
            via: Via::Role(role),
            permissions: held,
            reason,
        });
    }

    for (user, level, on) in store::accounts::covering_grants(conn, account_id, now)? {
        let place = if on == account {
            "this account".to_string()
        } else {
            format!("ancestor account {on}")
        };
        let allowed: Vec<&'static str> = PERMISSIONS
            .iter()
            .copied()
            .filter(|p| level.permissions().contains(p))
            .filter(|p| match &blocked {
                None => true,
                Some(b) if b.queued => false,
                Some(_) => ON_DISABLED_ACCOUNT.contains(p),
            })
            .collect();
        let limit = match &blocked {
            None => String::new(),
            Some(b) if b.queued => format!(
                "; account {} is queued for deletion, so the grant allows nothing",
                b.by
            ),
            Some(b) => format!(
                "; account {} is disabled, so the grant allows only {}",
                b.by,
                allowed.join(" ")
            ),
        };
        let reason = match permission {
            Some(p) if allowed.contains(&p) => {
                format!("{level} access granted on {place} includes {p}{limit}")
            }
            Some(_) => continue,
            None => format!("{level} access granted on {place}{limit}"),
        };
        routes.push(Route {
            user,
            via: Via::Grant { level, on },
            permissions: allowed,
            reason,
        });
    }

    // Stand-ins: what each active window allows here is what decide_as
    // answers, permission by permission. Only the windows open now are
    // read (one statement over their index), not every designation.
    for open in windows::open_windows(conn, now)? {
        if open.starts_at > now {
            continue;
        }
        let active = match active_window(conn, now, &open.backup, &open.user)? {
            Ok(active) => active,
            Err(_) => continue,
        };
        let mut allowed = Vec::new();
        let mut why = None;
        for p in PERMISSIONS.iter().copied() {
            if permission.is_some_and(|wanted| wanted != p) {
                continue;
            }
            let decision = decide_as(conn, now, &open.backup, &open.user, p, Some(account))?;
            if decision.allowed {
                allowed.push(p);
                why = Some(decision.reason);
            }
        }
        if allowed.is_empty() {
            continue;
        }
        let reason = match (permission, why) {
            (Some(_), Some(why)) => why,
            _ => format!(
                "acting for {} through {}: {}",
                open.user,
                active.describe()?,
                allowed.join(" ")
            ),
        };
        routes.push(Route {
            user: open.backup.clone(),
            via: Via::Window {
                user: open.user.clone(),
            },
            permissions: allowed,
            reason,
        });
    }
    let rank = |via: &Via| match via {
        Via::Role(_) => 0,
        Via::Grant { .. } => 1,
        Via::Window { .. } => 2,
    };
    routes.sort_by(|a, b| a.user.cmp(&b.user).then(rank(&a.via).cmp(&rank(&b.via))));
    Ok(routes)
}
