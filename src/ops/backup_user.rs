//! Backup users: a user designates a stand-in who, inside a window of
//! time, may act for them with a limited set of their permissions.
//!
//! Every change is one transaction with its audit event (target: the user
//! who designated; details: the backup user) and the notifications to both
//! users. The window decides from the clock alone — start inclusive, end
//! exclusive — so a decision never waits for `maintenance` to mark an
//! expiry; `maintenance` only records and announces it.

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde_json::json;

use super::notify::{self, Recipient};
use super::settings::Settings;
use super::{record, Ctx};
use crate::catalog::{self, NEVER_DELEGATED};
use crate::error::{Error, Result};
use crate::model::{BackupUser, Decision, Switch};
use crate::names::{validate, NameKind};
use crate::policy;
use crate::store::backup_users::{self as sql, Designation, Window, WindowState};
use crate::store::notifications;
use crate::store::users::{self as users, Credentials};
use crate::store::Store;
use crate::time::{format_duration, from_unix, mail_time, rfc3339};

fn no_designation(user: &str) -> Error {
    Error::not_found(format!("user \"{user}\" has no backup user")).with_hint(format!(
        "designate one with `warden backup-user set {user} BACKUP`"
    ))
}

fn creds(conn: &Connection, name: &str) -> Result<Credentials> {
    users::credentials(conn, name)?.ok_or_else(|| super::lookup::no_user(name))
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
fn held(conn: &Connection, user_id: i64, active_only: bool) -> Result<Vec<String>> {
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
        state: window
            .map_or("assigned", |w| w.state(now).as_str())
            .to_string(),
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

fn current(conn: &Connection, user_id: i64, now: i64) -> Result<Option<BackupUser>> {
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

fn notify_both(conn: &Connection, ctx: &Ctx, d: &Designation, message: &Message) -> Result<usize> {
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

fn tell_both(conn: &Connection, ctx: &Ctx, d: &Designation, news: News) -> Result<usize> {
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
    conn: &Connection,
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

/// `backup-user enable`: opens a window from `starts` to `ends`, replacing
/// the current one. The start may not lie in the past; the length is at
/// most `backup_user.max_duration`.
pub fn enable(
    store: &mut Store,
    ctx: &Ctx,
    user: &str,
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
) -> Result<BackupUser> {
    validate(NameKind::User, user)?;
    let now = ctx.now_unix();
    let (start, end) = (starts.timestamp(), ends.timestamp());
    for t in [start, end] {
        from_unix(t).map_err(|_| {
            Error::usage("the window would reach past 9999-12-31")
                .with_hint("choose an earlier start or a shorter window")
        })?;
    }
    if end <= start {
        return Err(Error::usage(format!(
            "the window would end at {} before it starts at {}",
            at(end)?,
            at(start)?
        ))
        .with_hint("give an end after the start (--until) or a positive --for"));
    }
    if start < now {
        return Err(Error::usage(format!(
            "the window would start at {}, in the past",
            at(start)?
        ))
        .with_hint("leave out --from to start now"));
    }
    store.write(|tx| {
        let u = creds(tx, user)?;
        let d = sql::get(tx, u.id)?.ok_or_else(|| no_designation(user))?;
        let b = creds(tx, &d.backup)?;
        for c in [&u, &b] {
            if let Some(why) = policy::Unusable::of(c.enabled, c.expires_at, now).map(|u| u.naming(&c.username)).transpose()? {
                return Err(Error::refused(format!("refused: {why}"))
                    .with_hint("both users must be enabled and unexpired; nothing was changed"));
            }
        }
        let max = Settings::load(tx)?.backup_user_max_duration;
        let length = std::time::Duration::from_secs((end - start).unsigned_abs());
        if length > max {
            return Err(Error::refused(format!(
                "refused: a window of {} is longer than backup_user.max_duration ({})",
                format_duration(length),
                format_duration(max)
            ))
            .with_hint("choose a shorter window, or change the setting; nothing was changed"));
        }
        let replaced = sql::window(tx, u.id)?.filter(|w| w.is_open(now));
        // The same window again is no change: nothing is written, recorded
        // or sent.
        if replaced
            .as_ref()
            .is_some_and(|w| w.backup_id == b.id && w.starts_at == start && w.ends_at == end)
        {
            return current(tx, u.id, now)?.ok_or_else(|| no_designation(user));
        }
        if let Some(old) = &replaced {
            sql::end_window(tx, old.id, now, "replaced")?;
            // Its news not sent yet is superseded by the new window's:
            // enabling twice in a row sends one mail, not two.
            notifications::withdraw(tx, old.id, [u.id, old.backup_id], "backup_user_enabled", now)?;
        }
        let window = sql::open_window(tx, u.id, b.id, start, end, now)?;
        let replaced = match &replaced {
            Some(w) => Some(json!({ "starts_at": at(w.starts_at)?, "ends_at": at(w.ends_at)? })),
            None => None,
        };
        record(
            tx,
            ctx,
            "backup-user.enable",
            user,
            json!({
                "backup_user": d.backup,
                "starts_at": at(start)?,
                "ends_at": at(end)?,
                "permissions": d.permissions,
                "replaced": replaced,
            }),
        )?;
        let (from, until, scope) = (mail_at(start)?, mail_at(end)?, scope_text(&d));
        let (name, backup) = (&d.user, &d.backup);
        // A window that starts later says so in the subject.
        let when = if start > now {
            format!("from {from} until {until}")
        } else {
            format!("until {until}")
        };
        notify_both(
            tx,
            ctx,
            &d,
            &Message {
                kind: "backup_user_enabled",
                skip: None,
                times: vec![("Starts-At", start), ("Ends-At", end)],
                window,
                to_user: (
                    format!("{backup} can act for you {when}"),
                    format!(
                        "Hello {name},\n\n{backup} is your backup user on the backup service from {from}\n\
                         until {until}. During that time {backup} can act for you with these permissions:\n\
                         {scope}\n\nAn administrator can end this at any time with `warden backup-user revoke {name}`.\n"
                    ),
                ),
                to_backup: (
                    format!("You can act for {name} {when}"),
                    format!(
                        "Hello {backup},\n\n{name} made you their backup user on the backup service. From {from}\n\
                         until {until} you can switch to {name} and act with these permissions:\n{scope}\n"
                    ),
                ),
            },
        )?;
        current(tx, u.id, now)?.ok_or_else(|| no_designation(user))
    })
}

/// `backup-user revoke`: ends an open (scheduled or active) window now.
/// Returns the state after and whether a window was open.
pub fn revoke(store: &mut Store, ctx: &Ctx, user: &str) -> Result<(BackupUser, bool)> {
    validate(NameKind::User, user)?;
    let now = ctx.now_unix();
    store.write(|tx| {
        let u = creds(tx, user)?;
        let d = sql::get(tx, u.id)?.ok_or_else(|| no_designation(user))?;
        let open = sql::window(tx, u.id)?.filter(|w| w.is_open(now));
        if let Some(w) = &open {
            end_window(tx, ctx, &d, w, "revoked", "backup-user.revoke", None)?;
        }
        Ok((
            current(tx, u.id, now)?.ok_or_else(|| no_designation(user))?,
            open.is_some(),
        ))
    })
}

/// The users of USER's designation (USER and the backup user) whom
/// notifications cannot reach, each with why: `backup-user set` and
/// `enable` warn, since both are meant to be told.
pub fn unreachable(
    store: &mut Store,
    user: &str,
) -> Result<Vec<(String, &'static str, &'static str)>> {
    validate(NameKind::User, user)?;
    store.read(|tx| {
        let u = creds(tx, user)?;
        let d = sql::get(tx, u.id)?.ok_or_else(|| no_designation(user))?;
        let mut out = Vec::new();
        for name in [&d.user, &d.backup] {
            let c = creds(tx, name)?;
            let to = Recipient {
                user_id: c.id,
                username: &c.username,
                email: c.email.as_deref(),
                notify: c.notify,
            };
            if let Some((why, mend)) = notify::unreachable(&to) {
                out.push((c.username.clone(), why, mend));
            }
        }
        Ok(out)
    })
}

/// `backup-user status`.
pub fn status(store: &mut Store, ctx: &Ctx, user: &str) -> Result<BackupUser> {
    validate(NameKind::User, user)?;
    store.read(|tx| {
        let u = creds(tx, user)?;
        current(tx, u.id, ctx.now_unix())?.ok_or_else(|| no_designation(user))
    })
}

/// A user's backup-user relations at `now`: who stands in for them, and
/// whom they stand in for (by user name).
pub(crate) fn relations(
    conn: &Connection,
    user_id: i64,
    now: i64,
) -> Result<(Option<BackupUser>, Vec<BackupUser>)> {
    let mine = current(conn, user_id, now)?;
    let mut theirs = Vec::new();
    for d in sql::standing_in_for(conn, user_id)? {
        theirs.push(view(&d, sql::window(conn, d.user_id)?.as_ref(), now)?);
    }
    theirs.sort_by(|a, b| a.user.cmp(&b.user));
    Ok((mine, theirs))
}

/// `backup-user list`: every designation, or only those active now.
pub fn list(store: &mut Store, ctx: &Ctx, active_only: bool) -> Result<Vec<BackupUser>> {
    let now = ctx.now_unix();
    store.read(|tx| {
        let mut out = Vec::new();
        for d in sql::all(tx)? {
            let shown = view(&d, sql::window(tx, d.user_id)?.as_ref(), now)?;
            if !active_only || shown.state == WindowState::Active.as_str() {
                out.push(shown);
            }
        }
        Ok(out)
    })
}

/// `backup-user covering`: the users `backup` can act for right now.
pub fn covering(store: &mut Store, ctx: &Ctx, backup: &str) -> Result<Vec<BackupUser>> {
    validate(NameKind::User, backup)?;
    let now = ctx.now_unix();
    store.read(|tx| {
        let b = creds(tx, backup)?;
        let mut out = Vec::new();
        for d in sql::standing_in_for(tx, b.id)? {
            if let Ok(active) = policy::active_window(tx, now, backup, &d.user)? {
                out.push(view(&d, Some(&active.window), now)?);
            }
        }
        Ok(out)
    })
}

/// `backup-user switch`: decides whether `backup` may act for `user` now
/// and records the attempt either way, naming both users.
pub fn switch(store: &mut Store, ctx: &Ctx, backup: &str, user: &str) -> Result<Switch> {
    validate(NameKind::User, backup)?;
    validate(NameKind::User, user)?;
    let now = ctx.now_unix();
    store.write(|tx| {
        // Unknown names are "not found" here: switching is not a login.
        creds(tx, backup)?;
        creds(tx, user)?;
        let decision = |allowed: bool, reason: String| Decision {
            allowed,
            reason,
            user: backup.to_string(),
            acting_for: Some(user.to_string()),
            permission: None,
            account: None,
        };
        let answer = match policy::active_window(tx, now, backup, user)? {
            Ok(active) => {
                let holds = held(tx, active.designation.user_id, true)?;
                let permissions: Vec<String> = active
                    .designation
                    .permissions
                    .iter()
                    .filter(|p| holds.contains(p))
                    .cloned()
                    .collect();
                record(
                    tx,
                    ctx,
                    "backup-user.switch",
                    user,
                    json!({
                        "backup_user": backup,
                        "ends_at": at(active.window.ends_at)?,
                        "permissions": permissions,
                    }),
                )?;
                Switch {
                    decision: decision(true, active.describe()?),
                    permissions,
                    ends_at: Some(from_unix(active.window.ends_at)?),
                }
            }
            Err(why) => {
                record(
                    tx,
                    ctx,
                    "backup-user.switch_denied",
                    user,
                    json!({ "backup_user": backup, "reason": why }),
                )?;
                Switch {
                    decision: decision(false, why),
                    permissions: Vec::new(),
                    ends_at: None,
                }
            }
        };
        Ok(answer)
    })
}

/// Ends the open windows in which a user takes part, because that user is
/// being disabled or deleted. Call inside the transaction of that change,
/// before a deletion: a deleted user is not told, and the designations
/// that go with them are recorded as cleared.
pub(crate) fn end_for_user(
    conn: &Connection,
    ctx: &Ctx,
    user_id: i64,
    name: &str,
    deleting: bool,
) -> Result<()> {
    let now = ctx.now_unix();
    let why = if deleting {
        format!("{name} deleted")
    } else {
        format!("{name} disabled")
    };
    let skip = deleting.then_some(user_id);
    for w in sql::unended_windows_of(conn, user_id)? {
        if !w.is_open(now) {
            continue;
        }
        if let Some(d) = sql::get(conn, w.user_id)? {
            end_window(conn, ctx, &d, &w, &why, "backup-user.end", skip)?;
        }
    }
    if deleting {
        let mut gone = sql::standing_in_for(conn, user_id)?;
        gone.extend(sql::get(conn, user_id)?);
        for d in gone {
            record(
                conn,
                ctx,
                "backup-user.clear",
                &d.user,
                json!({ "backup_user": d.backup, "reason": why }),
            )?;
        }
    }
    Ok(())
}

/// Records the end of an expired window and tells both users, once
/// (`maintenance`). Returns the user who designated, when handled.
pub(crate) fn expire(conn: &Connection, ctx: &Ctx, w: &Window) -> Result<Option<String>> {
    let Some(d) = sql::get(conn, w.user_id)? else {
        return Ok(None);
    };
    sql::mark_expired(conn, w.id)?;
    record(
        conn,
        ctx,
        "backup-user.expire",
        &d.user,
        json!({
            "backup_user": d.backup,
            "starts_at": at(w.starts_at)?,
            "ends_at": at(w.ends_at)?,
        }),
    )?;
    let text = format!("ended at {}", mail_at(w.ends_at)?);
    tell_both(
        conn,
        ctx,
        &d,
        News {
            kind: "backup_user_expired",
            skip: None,
            subjects: (
                format!("{} can no longer act for you", d.backup),
                format!("You can no longer act for {}", d.user),
            ),
            over: true,
            text: &text,
            times: vec![("Ended-At", w.ends_at)],
            window: w.id,
        },
    )?;
    Ok(Some(d.user))
}

/// Queues the reminder that a window ends within a day, to both users.
/// Returns the user who designated, when queued.
pub(crate) fn remind(conn: &Connection, ctx: &Ctx, w: &Window) -> Result<Option<String>> {
    let Some(d) = sql::get(conn, w.user_id)? else {
        return Ok(None);
    };
    sql::mark_reminded(conn, w.id)?;
    let end = mail_at(w.ends_at)?;
    let text = format!("ends at {end}, within a day");
    tell_both(
        conn,
        ctx,
        &d,
        News {
            kind: "backup_user_reminder",
            skip: None,
            subjects: (
                format!("Reminder: {} can act for you until {end}", d.backup),
                format!("Reminder: you can act for {} until {end}", d.user),
            ),
            over: false,
            text: &text,
            times: vec![("Ends-At", w.ends_at)],
            window: w.id,
        },
    )?;
    Ok(Some(d.user))
}

/// `db check`: problems in the stored designations and windows — a scope
/// with a permission outside the catalog or one never delegated, or a
/// window whose backup user is not the designated one.
pub(crate) fn stored_problems(conn: &Connection) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    for d in sql::all(conn)? {
        for p in &d.permissions {
            if !catalog::PERMISSIONS.contains(&p.as_str()) {
                problems.push(format!(
                    "the scope of {}'s backup user has unknown permission \"{}\"",
                    d.user, p
                ));
            } else if NEVER_DELEGATED.contains(&p.as_str()) {
                problems.push(format!(
                    "the scope of {}'s backup user includes {p}, which is never delegated",
                    d.user
                ));
            }
        }
        if let Some(w) = sql::window(conn, d.user_id)? {
            if w.backup_id != d.backup_id {
                problems.push(format!(
                    "{}'s backup-user window is for another user than {}",
                    d.user, d.backup
                ));
            }
        }
    }
    let orphans = sql::orphan_windows(conn)?;
    if orphans > 0 {
        problems.push(format!(
            "{orphans} backup-user window(s) without a designation"
        ));
    }
    Ok(problems)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Kind;
    use crate::ops::testing::{add_user, initialised, refused};

    fn after(ctx: &Ctx, seconds: i64) -> DateTime<Utc> {
        ctx.now + chrono::Duration::seconds(seconds)
    }

    #[test]
    fn an_admin_permission_is_never_named_for_a_backup_user() {
        let (mut store, ctx) = initialised();
        add_user(&mut store, &ctx, "bob", &["operator"]);
        for permission in NEVER_DELEGATED {
            let err = refused(&mut store, Kind::Usage, |s| {
                set(s, &ctx, "admin", "bob", &[permission.to_string()])
            });
            assert!(err.message.contains("is never delegated"), "{err:?}");
        }
    }

    #[test]
    fn the_scope_of_everything_held_leaves_the_admin_permissions_out() {
        let (mut store, ctx) = initialised();
        add_user(&mut store, &ctx, "bob", &["operator"]);
        let scope = set(&mut store, &ctx, "admin", "bob", &[])
            .unwrap()
            .backup_user
            .permissions;
        assert!(scope.iter().any(|p| p == "accounts.manage"), "{scope:?}");
        for permission in NEVER_DELEGATED {
            assert!(!scope.iter().any(|p| p == permission), "{scope:?}");
        }
    }

    #[test]
    fn an_admin_permission_in_a_stored_scope_is_still_denied() {
        let (mut store, ctx) = initialised();
        add_user(&mut store, &ctx, "bob", &["operator"]);
        set(&mut store, &ctx, "admin", "bob", &["accounts.read".into()]).unwrap();
        // A scope no command makes: written past `set`'s checks.
        let planted: Vec<String> = NEVER_DELEGATED.iter().map(|p| p.to_string()).collect();
        store
            .write(|tx| {
                let (admin, bob) = (creds(tx, "admin")?.id, creds(tx, "bob")?.id);
                sql::set(tx, admin, bob, &planted, ctx.now_unix())
            })
            .unwrap();
        enable(&mut store, &ctx, "admin", ctx.now, after(&ctx, 3_600)).unwrap();
        for permission in NEVER_DELEGATED {
            let decision = store
                .read(|tx| {
                    crate::policy::decide_as(tx, ctx.now_unix(), "bob", "admin", permission, None)
                })
                .unwrap();
            assert!(!decision.allowed, "{decision:?}");
            assert!(
                decision.reason.contains("is never delegated"),
                "{decision:?}"
            );
        }
    }

    #[test]
    fn a_window_longer_than_the_maximum_is_refused() {
        let (mut store, ctx) = initialised();
        add_user(&mut store, &ctx, "bob", &["operator"]);
        set(&mut store, &ctx, "admin", "bob", &["accounts.read".into()]).unwrap();
        let max = store
            .read(|tx| Settings::load(tx))
            .unwrap()
            .backup_user_max_duration
            .as_secs() as i64;
        let err = refused(&mut store, Kind::Refused, |s| {
            enable(s, &ctx, "admin", ctx.now, after(&ctx, max + 1))
        });
        assert!(
            err.message.contains("longer than backup_user.max_duration"),
            "{err:?}"
        );
        enable(&mut store, &ctx, "admin", ctx.now, after(&ctx, max)).unwrap();
    }
}
