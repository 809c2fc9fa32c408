//! The permission decision of SPEC §1, in one place: roles, access grants
//! within what an account's state leaves, and acting for someone through a
//! backup-user window. The catalog it decides over is in [`crate::catalog`].

use crate::catalog::{access_permissions, ON_DISABLED_ACCOUNT, PERMISSIONS};

/// Checks a permission name against the catalog; an unknown one is a
/// usage error that lists the catalog.
pub fn check_permission(permission: &str) -> crate::error::Result<()> {
    if PERMISSIONS.contains(&permission) {
        return Ok(());
    }
    Err(
        crate::error::Error::usage(format!("unknown permission \"{}\"", permission))
            .with_hint(format!("the permissions are: {}", PERMISSIONS.join(" "))),
    )
}

/// Why an account is not enabled in effect: it, or the account above it
/// named `by`, is queued for deletion or disabled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blocked {
    pub queued: bool,
    pub by: String,
}

impl Blocked {
    /// What an account's state leaves to the grants on it, if it is not
    /// enabled in effect. A queue for deletion above outranks a disable.
    pub fn of(
        conn: &rusqlite::Connection,
        account_id: i64,
    ) -> crate::error::Result<Option<Blocked>> {
        Ok(
            crate::store::accounts::blocking_state(conn, account_id)?.map(|(state, by)| Blocked {
                queued: state == "pending-deletion",
                by,
            }),
        )
    }

    /// "account NAME", or "account NAME (through its ancestor BY)", with
    /// the names in `quote` marks.
    pub fn which(&self, account: &str, quote: &str) -> String {
        if self.by == account {
            format!("account {quote}{account}{quote}")
        } else {
            format!(
                "account {quote}{account}{quote} (through its ancestor {quote}{}{quote})",
                self.by
            )
        }
    }

    /// "is queued for deletion" or "is disabled".
    pub fn state(&self) -> &'static str {
        if self.queued {
            "is queued for deletion"
        } else {
            "is disabled"
        }
    }
}

/// An account's key; an unknown account is "not found".
pub fn account_id(conn: &rusqlite::Connection, name: &str) -> crate::error::Result<i64> {
    crate::store::accounts::id_by_name(conn, name)?.ok_or_else(|| {
        crate::error::Error::not_found(format!("no account \"{}\"", name))
            .with_hint("`warden account list` shows the accounts")
    })
}

/// The permission decision of SPEC §1, in one place, for `user can` and
/// for a service that embeds warden:
///
/// 1. the user must exist, be enabled and not expired;
/// 2. a permission of the user's active role is allowed everywhere;
/// 3. otherwise, with an account named, the nearest access grant on that
///    account or an ancestor decides, within what the account's state
///    leaves: nothing on an account queued for deletion, and only
///    [`ON_DISABLED_ACCOUNT`] on a disabled one.
///
/// The answer always carries the reason. An unknown permission is a usage
/// error and an unknown account is "not found"; an unknown user is denied.
pub fn decide(
    conn: &rusqlite::Connection,
    now: i64,
    username: &str,
    permission: &str,
    account: Option<&str>,
) -> crate::error::Result<crate::model::Decision> {
    use crate::model::Decision;
    use crate::store;

    check_permission(permission)?;
    let account_id = account.map(|name| account_id(conn, name)).transpose()?;
    let answer = |allowed: bool, reason: String| Decision {
        allowed,
        reason,
        user: username.to_string(),
        acting_for: None,
        permission: Some(permission.to_string()),
        account: account.map(str::to_string),
    };
    let Some(user) = store::users::credentials(conn, username)? else {
        return Ok(answer(false, format!("no user \"{}\"", username)));
    };
    if !user.enabled {
        return Ok(answer(false, "user is disabled".into()));
    }
    if let Some(expired) = user.expires_at.filter(|&t| t <= now) {
        return Ok(answer(
            false,
            format!(
                "user expired at {}",
                crate::time::rfc3339(crate::time::from_unix(expired)?)
            ),
        ));
    }
    let active = store::users::role_ids(conn, user.id)?
        .into_iter()
        .find(|(_, active)| *active)
        .map(|(id, _)| id);
    let role_reason = match active {
        Some(role) => {
            let name = store::roles::name_by_id(conn, role)?;
            if store::roles::has_permission(conn, role, permission)? {
                return Ok(answer(
                    true,
                    format!("active role {name} grants {permission}"),
                ));
            }
            format!("active role {name} does not grant {permission}")
        }
        None => "the user has no active role".to_string(),
    };
    if let (Some(account_id), Some(account_name)) = (account_id, account) {
        if let Some((access, on)) = store::accounts::nearest_grant(conn, account_id, user.id)? {
            let place = if on == account_name {
                format!("on account {on}")
            } else {
                format!("on ancestor account {on}")
            };
            let granted = access_permissions(&access).contains(&permission);
            let verb = if granted {
                "includes"
            } else {
                "does not include"
            };
            let grant = format!("{access} access granted {place} {verb} {permission}");
            return Ok(match Blocked::of(conn, account_id)? {
                _ if !granted => answer(false, grant),
                None => answer(true, grant),
                Some(blocked) => {
                    let which = blocked.which(account_name, "");
                    if blocked.queued {
                        answer(
                            false,
                            format!("{which} is queued for deletion; {grant}, but a grant allows nothing there"),
                        )
                    } else if ON_DISABLED_ACCOUNT.contains(&permission) {
                        answer(
                            true,
                            format!("{grant}; {which} is disabled, which still allows reading and downloading"),
                        )
                    } else {
                        answer(
                            false,
                            format!(
                                "{which} is disabled; {grant}, but on a disabled account a grant allows only {}",
                                ON_DISABLED_ACCOUNT.join(" ")
                            ),
                        )
                    }
                }
            });
        }
        return Ok(answer(
            false,
            format!("{role_reason}, and no access grant covers account {account_name}"),
        ));
    }
    Ok(answer(false, role_reason))
}
