//! Backup users: a user designates a stand-in who, inside a window of
//! time, may act for them with a limited set of their permissions.
//!
//! Every change is one transaction with its audit event (target: the user
//! who designated; details: the backup user) and the notifications to both
//! users. The window decides from the clock alone — start inclusive, end
//! exclusive — so a decision never waits for `maintenance` to mark an
//! expiry; `maintenance` only records and announces it.

use crate::store::Db;
use chrono::{DateTime, Utc};
use serde_json::json;

use super::notify::{self, Recipient};
use super::settings::Settings;
use super::{record, Ctx};
use crate::catalog::{self, NEVER_DELEGATED};
use crate::error::{Error, Result};
use crate::model::{BackupUser, BackupUserState, Decision, Reason, Switch};
use crate::names::{validate, NameKind};
use crate::policy;
use crate::store::backup_users::{self as sql, Designation, Window, WindowState};
use crate::store::notifications;
use crate::store::users::{self as users, Credentials};
use crate::store::Store;
use crate::time::{format_duration, from_unix, mail_time, rfc3339};

mod lifecycle;
mod switch;
mod view;
mod window;

pub(crate) use lifecycle::*;
pub use switch::*;
pub use view::*;
pub use window::*;

fn no_designation(user: &str) -> Error {
    Error::not_found(format!("user \"{user}\" has no backup user")).with_hint(format!(
        "designate one with `warden backup-user set {user} BACKUP`"
    ))
}

fn creds(conn: &Db, name: &str) -> Result<Credentials> {
    users::credentials(conn, name)?.ok_or_else(|| crate::lookup::no_user(name))
}

fn at(t: i64) -> Result<String> {
    Ok(rfc3339(from_unix(t)?))
}

/// A time in a notification: local, for the person who reads it.
fn mail_at(t: i64) -> Result<String> {
    Ok(mail_time(from_unix(t)?))
}

/// The permissions a user holds: those of their roles (only the active one
/// with `active_only`) and those their access grants give on some account,
/// in catalog order.
fn held(conn: &Db, user_id: i64, active_only: bool) -> Result<Vec<String>> {
    let mut list = users::role_permissions(conn, user_id, active_only)?;
    for access in crate::store::accounts::grant_levels(conn, user_id)? {
        for p in access.permissions() {
            if !list.iter().any(|x| x == p) {
                list.push((*p).to_string());
            }
        }
    }
    sql::sort_permissions(&mut list);
    Ok(list)
}

/// The view of a designation and its window at `now`.
fn view(d: &Designation, window: Option<&Window>, now: i64) -> Result<BackupUser> {
    let time = |t: Option<i64>| t.map(from_unix).transpose();
    Ok(BackupUser {
        user: d.user.clone(),
        backup_user: d.backup.clone(),
        state: window.map_or(BackupUserState::Assigned, |w| w.state(now).into()),
        starts_at: time(window.map(|w| w.starts_at))?,
        ends_at: time(window.map(|w| w.ends_at))?,
        permissions: d.permissions.clone(),
        ended_at: time(
            window
                .filter(|w| w.end_reason.as_deref() != Some(sql::EXPIRED))
                .and_then(|w| w.ended_at),
        )?,
        end_reason: window.and_then(|w| match w.state(now) {
            WindowState::Expired => Some(sql::EXPIRED.to_string()),
            _ => w.end_reason.clone(),
        }),
    })
}

fn current(conn: &Db, user_id: i64, now: i64) -> Result<Option<BackupUser>> {
    let Some(d) = sql::get(conn, user_id)? else {
        return Ok(None);
    };
    let window = sql::window(conn, user_id)?;
    Ok(Some(view(&d, window.as_ref(), now)?))
}

/// Queues the same kind of message to both users of a window, each with
/// their own text. Returns how many were queued.
struct Message {
    kind: &'static str,
    /// A user not to tell (one being deleted).
    skip: Option<i64>,
    to_user: (String, String),
    to_backup: (String, String),
    /// The times the message speaks of, for its headers.
    times: Vec<(&'static str, i64)>,
    /// The window it is about.
    window: i64,
}

fn notify_both(conn: &Db, ctx: &Ctx, d: &Designation, message: &Message) -> Result<usize> {
    let mut queued = 0;
    for (name, (subject, body)) in [(&d.user, &message.to_user), (&d.backup, &message.to_backup)] {
        let Some(c) = users::credentials(conn, name)?.filter(|c| Some(c.id) != message.skip) else {
            continue;
        };
        let to = Recipient {
            user_id: c.id,
            username: &c.username,
            email: c.email.as_deref(),
            notify: c.notify,
        };
        let mail = notify::Mail {
            kind: message.kind,
            subject,
            body,
            times: &message.times,
            window: Some(message.window),
        };
        if notify::queue(conn, ctx, &to, &mail)? {
            queued += 1;
        }
    }
    Ok(queued)
}

/// The same news about a window told to both users: "the backup-user
/// window in which bob could act for you ... ended at ...".
struct News<'a> {
    kind: &'static str,
    skip: Option<i64>,
    subjects: (String, String),
    /// Whether the window is over ("could act") or still runs ("can act").
    over: bool,
    text: &'a str,
    times: Vec<(&'static str, i64)>,
    window: i64,
}

fn tell_both(conn: &Db, ctx: &Ctx, d: &Designation, news: News) -> Result<usize> {
    let (user, backup, text) = (&d.user, &d.backup, news.text);
    let verb = if news.over { "could" } else { "can" };
    let (to_user, to_backup) = news.subjects;
    notify_both(
        conn,
        ctx,
        d,
        &Message {
            kind: news.kind,
            skip: news.skip,
            to_user: (
                to_user,
                format!(
                    "Hello {user},\n\nthe backup-user window in which {backup} {verb} act for you on the backup service\n{text}.\n"
                ),
            ),
            to_backup: (
                to_backup,
                format!(
                    "Hello {backup},\n\nthe backup-user window in which you {verb} act for {user} on the backup service\n{text}.\n"
                ),
            ),
            times: news.times,
            window: news.window,
        },
    )
}

fn scope_text(d: &Designation) -> String {
    if d.permissions.is_empty() {
        "no permissions".to_string()
    } else {
        d.permissions.join(", ")
    }
}

/// Ends a window early, audits it and tells both users. `reason` is
/// stored and shown ("revoked", "user disabled"...).
fn end_window(
    conn: &Db,
    ctx: &Ctx,
    d: &Designation,
    w: &Window,
    reason: &str,
    action: &str,
    skip: Option<i64>,
) -> Result<()> {
    let now = ctx.now_unix();
    sql::end_window(conn, w.id, now, reason)?;
    record(
        conn,
        ctx,
        action,
        &d.user,
        json!({
            "backup_user": d.backup,
            "starts_at": at(w.starts_at)?,
            "ends_at": at(w.ends_at)?,
            "reason": reason,
        }),
    )?;
    let text = format!(
        "was ended at {} ({reason}); it was to run until {}",
        mail_at(now)?,
        mail_at(w.ends_at)?
    );
    tell_both(
        conn,
        ctx,
        d,
        News {
            kind: "backup_user_revoked",
            skip,
            subjects: (
                format!("{} can no longer act for you", d.backup),
                format!("You can no longer act for {}", d.user),
            ),
            over: true,
            text: &text,
            times: vec![("Ended-At", now), ("Ends-At", w.ends_at)],
            window: w.id,
        },
    )?;
    Ok(())
}

/// What `set` did besides designating.
#[derive(Debug, Clone)]
pub struct SetResult {
    pub backup_user: BackupUser,
    /// The previous backup user, when it was replaced.
    pub replaced: Option<String>,
    /// Named permissions the user does not hold now: the window grants
    /// them only while the user does.
    pub not_held: Vec<String>,
    /// Whether anything changed.
    pub changed: bool,
}

/// Checks the permissions named for a scope: known, delegable, once each.
fn named_scope(permissions: &[String]) -> Result<Vec<String>> {
    let mut scope: Vec<String> = Vec::new();
    for p in permissions {
        policy::check_permission(p)?;
        if NEVER_DELEGATED.contains(&p.as_str()) {
            return Err(
                Error::usage(format!("{p} is never delegated to a backup user")).with_hint(
                    format!(
                        "a backup user may receive any permission except {}",
                        NEVER_DELEGATED.join(", ")
                    ),
                ),
            );
        }
        if !scope.contains(p) {
            scope.push(p.clone());
        }
    }
    sql::sort_permissions(&mut scope);
    Ok(scope)
}

/// `backup-user set`: designates `backup` for `user`. The scope is the
/// named permissions, or every delegable permission the user holds.
/// Changing the backup user ends and removes the previous one's window.
pub fn set(
    store: &mut Store,
    ctx: &Ctx,
    user: &str,
    backup: &str,
    permissions: &[String],
) -> Result<SetResult> {
    validate(NameKind::User, user)?;
    validate(NameKind::User, backup)?;
    if user == backup {
        return Err(
            Error::usage(format!("\"{user}\" cannot be their own backup user"))
                .with_hint("name another user as the backup user"),
        );
    }
    let named = named_scope(permissions)?;
    let now = ctx.now_unix();
    store.write(|tx| {
        let u = creds(tx, user)?;
        let b = creds(tx, backup)?;
        for c in [&u, &b] {
            if let Some(why) = policy::Unusable::of(c.enabled, c.expires_at, now).map(|u| u.naming(&c.username)).transpose()? {
                return Err(Error::refused(format!("refused: {why}"))
                    .with_hint("both users must be enabled and unexpired; nothing was changed"));
            }
        }
        let holds = held(tx, u.id, false)?;
        let scope = if permissions.is_empty() {
            let scope: Vec<String> = holds
                .iter()
                .filter(|p| !NEVER_DELEGATED.contains(&p.as_str()))
                .cloned()
                .collect();
            if scope.is_empty() {
                return Err(Error::refused(format!(
                    "refused: \"{user}\" holds no permission that can be delegated"
                ))
                .with_hint(format!(
                    "give {user} a role first, or name the scope with --permission; nothing was changed"
                )));
            }
            scope
        } else {
            named
        };
        let not_held: Vec<String> = scope
            .iter()
            .filter(|p| !holds.contains(p))
            .cloned()
            .collect();
        let before = sql::get(tx, u.id)?;
        let mut replaced = None;
        if let Some(old) = &before {
            if old.backup_id == b.id && old.permissions == scope {
                return Ok(SetResult {
                    backup_user: current(tx, u.id, now)?.ok_or_else(|| no_designation(user))?,
                    replaced: None,
                    not_held,
                    changed: false,
                });
            }
            if old.backup_id != b.id {
                if let Some(w) = sql::window(tx, u.id)?.filter(|w| w.is_open(now)) {
                    let reason = format!("backup user changed to {backup}");
                    end_window(tx, ctx, old, &w, &reason, "backup-user.end", None)?;
                }
                sql::delete_windows(tx, u.id)?;
                replaced = Some(old.backup.clone());
            }
        }
        sql::set(tx, u.id, b.id, &scope, now)?;
        record(
            tx,
            ctx,
            "backup-user.set",
            user,
            json!({ "backup_user": backup, "permissions": scope, "replaced": replaced }),
        )?;
        Ok(SetResult {
            backup_user: current(tx, u.id, now)?.ok_or_else(|| no_designation(user))?,
            replaced,
            not_held,
            changed: true,
        })
    })
}

/// `backup-user clear`: removes the designation, ending an open window.
/// Returns the backup user it removed; `None` when the user had none,
/// which changes and records nothing, so the command can be repeated.
pub fn clear(store: &mut Store, ctx: &Ctx, user: &str) -> Result<Option<String>> {
    validate(NameKind::User, user)?;
    let now = ctx.now_unix();
    store.write(|tx| {
        let u = creds(tx, user)?;
        let Some(d) = sql::get(tx, u.id)? else {
            return Ok(None);
        };
        if let Some(w) = sql::window(tx, u.id)?.filter(|w| w.is_open(now)) {
            end_window(
                tx,
                ctx,
                &d,
                &w,
                "backup user cleared",
                "backup-user.end",
                None,
            )?;
        }
        sql::clear(tx, u.id)?;
        record(
            tx,
            ctx,
            "backup-user.clear",
            user,
            json!({ "backup_user": d.backup }),
        )?;
        Ok(Some(d.backup))
    })
}

#[cfg(test)]
mod tests;
