//! The permission decision of SPEC §1, in one place: roles, access grants
//! within what an account's state leaves, and acting for someone through a
//! backup-user window. The catalog it decides over is in [`crate::catalog`].

use crate::store::Db;

use crate::catalog::{
    AccessLevel, ABOUT_WARDEN, NEVER_DELEGATED, ON_DISABLED_ACCOUNT, PERMISSIONS,
};
use crate::error::Result;
use crate::lookup::account_id;
use crate::model::{Decision, Reason};
use crate::store::backup_users::{self as windows, Designation, Window, WindowState};

mod routes;
mod stand_ins;

pub use routes::{routes, Route, Via};
pub(crate) use stand_ins::StandIns;

/// A stored time as RFC 3339, for reasons.
fn at(t: i64) -> Result<String> {
    Ok(crate::time::rfc3339(crate::time::from_unix(t)?))
}

/// Why a user can do nothing at all now: the one check of "is this user
/// usable" behind every decision, login and backup-user window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unusable {
    Disabled,
    /// Expired at this time.
    Expired(i64),
}

impl Unusable {
    /// Whether a user with this state and expiry is unusable at `now`.
    pub fn of(enabled: bool, expires_at: Option<i64>, now: i64) -> Option<Unusable> {
        if !enabled {
            return Some(Unusable::Disabled);
        }
        expires_at.filter(|&t| t <= now).map(Unusable::Expired)
    }

    /// The reason in a decision about the user: "user is disabled".
    pub fn reason(self) -> Result<String> {
        Ok(match self {
            Unusable::Disabled => "user is disabled".to_string(),
            Unusable::Expired(t) => format!("user expired at {}", at(t)?),
        })
    }

    /// The typed reason.
    pub fn code(self) -> Reason {
        match self {
            Unusable::Disabled => Reason::Disabled,
            Unusable::Expired(_) => Reason::Expired,
        }
    }

    /// The reason naming the user, where two take part: "user \"bob\" is disabled".
    pub fn naming(self, name: &str) -> Result<String> {
        Ok(match self {
            Unusable::Disabled => format!("user \"{name}\" is disabled"),
            Unusable::Expired(t) => format!("user \"{name}\" expired at {}", at(t)?),
        })
    }
}

/// Checks a permission name against the catalog; an unknown one is a
/// usage error that lists the catalog.
pub fn check_permission(permission: &str) -> Result<()> {
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
    pub fn of(conn: &crate::store::Db, account_id: i64) -> Result<Option<Blocked>> {
        Ok(Self::from_state(crate::store::accounts::blocking_state(
            conn, account_id,
        )?))
    }

    /// The same, from the account's line already read.
    pub fn in_line(line: &[crate::store::accounts::Step]) -> Option<Blocked> {
        Self::from_state(crate::store::accounts::blocking_in(line))
    }

    fn from_state(state: Option<(crate::model::AccountState, String)>) -> Option<Blocked> {
        state.map(|(state, by)| Blocked {
            queued: state == crate::model::AccountState::PendingDeletion,
            by,
        })
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
    conn: &crate::store::Db,
    now: i64,
    username: &str,
    permission: &str,
    account: Option<&str>,
) -> Result<Decision> {
    use crate::store;

    check_permission(permission)?;
    let answer = |code: Reason, reason: String| Decision {
        allowed: code.allows(),
        reason,
        code,
        user: username.to_string(),
        acting_for: None,
        permission: Some(permission.to_string()),
        account: account.map(str::to_string),
    };
    let account_id = match account.map(|name| account_id(conn, name)).transpose() {
        Ok(id) => id,
        Err(e) if e.kind == crate::error::Kind::NotFound => {
            return Ok(answer(Reason::UnknownAccount, e.message));
        }
        Err(e) => return Err(e),
    };
    // Without an account this one statement is the whole decision.
    let Some(user) = store::users::role_facts(conn, username, permission)? else {
        return Ok(answer(
            Reason::UnknownUser,
            format!("no user \"{}\"", username),
        ));
    };
    if let Some(unusable) = Unusable::of(user.enabled, user.expires_at, now) {
        return Ok(answer(unusable.code(), unusable.reason()?));
    }
    let role_reason = match &user.active_role {
        Some(name) if user.role_grants => {
            return Ok(answer(
                Reason::RoleGrants,
                format!("active role {name} grants {permission}"),
            ));
        }
        Some(name) => format!("active role {name} does not grant {permission}"),
        None => "the user has no active role".to_string(),
    };
    if let (Some(account_id), Some(account_name)) = (account_id, account) {
        // One walk up the tree gives both the nearest grant and what
        // blocks the account.
        let line = store::accounts::lineage(conn, account_id, user.id)?;
        if let Some((access, on)) = store::accounts::nearest_in(&line) {
            let place = if on == account_name {
                format!("on account {on}")
            } else {
                format!("on ancestor account {on}")
            };
            let granted = access.permissions().contains(&permission);
            let verb = if granted {
                "includes"
            } else {
                "does not include"
            };
            let grant = format!("{access} access granted {place} {verb} {permission}");
            return Ok(match Blocked::in_line(&line) {
                _ if !granted => answer(Reason::PermissionNotHeld, grant),
                None => answer(Reason::GrantIncludes, grant),
                Some(blocked) => {
                    let which = blocked.which(account_name, "");
                    if blocked.queued {
                        answer(
                            Reason::AccountQueued,
                            format!("{which} is queued for deletion; {grant}, but a grant allows nothing there"),
                        )
                    } else if ON_DISABLED_ACCOUNT.contains(&permission) {
                        answer(
                            Reason::GrantIncludes,
                            format!("{grant}; {which} is disabled, which still allows reading and downloading"),
                        )
                    } else {
                        answer(
                            Reason::AccountDisabled,
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
            Reason::PermissionNotHeld,
            format!("{role_reason}, and no access grant covers account {account_name}"),
        ));
    }
    Ok(answer(Reason::PermissionNotHeld, role_reason))
}

/// An active window from a user to their backup user, both usable now.
pub struct Active {
    pub designation: Designation,
    pub window: Window,
}

/// The active window in which `backup` may act for `user`, or the reason
/// there is none, typed and in words.
pub fn active_window(
    conn: &Db,
    now: i64,
    backup: &str,
    user: &str,
) -> Result<std::result::Result<Active, (Reason, String)>> {
    let Some(b) = crate::store::users::credentials(conn, backup)? else {
        return Ok(Err((
            Reason::UnknownUser,
            format!("no user \"{}\"", backup),
        )));
    };
    let Some(u) = crate::store::users::credentials(conn, user)? else {
        return Ok(Err((Reason::UnknownUser, format!("no user \"{}\"", user))));
    };
    for c in [&b, &u] {
        if let Some(unusable) = Unusable::of(c.enabled, c.expires_at, now) {
            return Ok(Err((unusable.code(), unusable.naming(&c.username)?)));
        }
    }
    let none = |why: String| Ok(Err((Reason::NoActiveWindow, why)));
    let Some(d) = windows::get(conn, u.id)?.filter(|d| d.backup_id == b.id) else {
        return none(format!("{backup} is not the backup user of {user}"));
    };
    let Some(w) = windows::window(conn, u.id)? else {
        return none(format!("{user} has no backup-user window for {backup}"));
    };
    let window = format!("{user}'s backup-user window for {backup}");
    Ok(match w.state(now) {
        WindowState::Active => Ok(Active {
            designation: d,
            window: w,
        }),
        WindowState::Scheduled => Err((
            Reason::NoActiveWindow,
            format!("{window} starts at {}", at(w.starts_at)?),
        )),
        WindowState::Expired => Err((
            Reason::NoActiveWindow,
            format!("{window} expired at {}", at(w.ends_at)?),
        )),
        WindowState::Revoked => Err((
            Reason::NoActiveWindow,
            format!(
                "{window} was ended at {} ({})",
                at(w.ended_at.unwrap_or(w.ends_at))?,
                w.end_reason.as_deref().unwrap_or("revoked")
            ),
        )),
    })
}

impl Active {
    /// "alice's backup-user window for bob, active until ...".
    pub fn describe(&self) -> Result<String> {
        Ok(format!(
            "{}'s backup-user window for {}, active until {}",
            self.designation.user,
            self.designation.backup,
            at(self.window.ends_at)?
        ))
    }
}

/// The decision for `backup` acting for `user` (SPEC §1, step 4): only
/// inside an active window, only within its scope, never an admin
/// permission, and made for `user` as if they asked themselves — so a
/// stand-in's own stand-in rights never pass on.
pub fn decide_as(
    conn: &Db,
    now: i64,
    backup: &str,
    user: &str,
    permission: &str,
    account: Option<&str>,
) -> Result<Decision> {
    check_permission(permission)?;
    let answer = |code: Reason, reason: String| Decision {
        allowed: code.allows(),
        reason,
        code,
        user: backup.to_string(),
        acting_for: Some(user.to_string()),
        permission: Some(permission.to_string()),
        account: account.map(str::to_string),
    };
    // An unknown account decides first, whatever the window says.
    if let Some(name) = account {
        match account_id(conn, name) {
            Ok(_) => {}
            Err(e) if e.kind == crate::error::Kind::NotFound => {
                return Ok(answer(Reason::UnknownAccount, e.message));
            }
            Err(e) => return Err(e),
        }
    }
    let active = match active_window(conn, now, backup, user)? {
        Ok(active) => active,
        Err((code, why)) => return Ok(answer(code, why)),
    };
    let window = active.describe()?;
    if NEVER_DELEGATED.contains(&permission) {
        return Ok(answer(
            Reason::NeverDelegated,
            format!("{permission} is never delegated to a backup user ({window})"),
        ));
    }
    if !active
        .designation
        .permissions
        .iter()
        .any(|p| p == permission)
    {
        return Ok(answer(
            Reason::OutsideWindowScope,
            format!("{permission} is outside the scope of {window}"),
        ));
    }
    let inner = decide(conn, now, user, permission, account)?;
    let code = match inner.code {
        code if code.allows() => Reason::WindowAllows,
        code => code,
    };
    Ok(answer(
        code,
        format!("{window}: for {user}, {}", inner.reason),
    ))
}
