//! Windows that end with a user, expire, or are due a reminder; what a
//! change did to stand-ins besides its target; and the stored invariants
//! db check reads.

use super::*;

/// Ends the open windows in which a user takes part, because that user is
/// being disabled or deleted. Call inside the transaction of that change,
/// before a deletion: a deleted user is not told, and the designations
/// that go with them are recorded as cleared.
pub(crate) fn end_for_user(
    conn: &Db,
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
pub(crate) fn expire(conn: &Db, ctx: &Ctx, w: &Window) -> Result<Option<String>> {
    announce(conn, ctx, w, Due::Expiry)
}

/// Queues the reminder that a window ends within a day, to both users.
/// Returns the user who designated, when queued.
pub(crate) fn remind(conn: &Db, ctx: &Ctx, w: &Window) -> Result<Option<String>> {
    announce(conn, ctx, w, Due::Reminder)
}

/// What the clock made due for a window.
#[derive(Clone, Copy)]
enum Due {
    Expiry,
    Reminder,
}

/// Marks a window as expired or reminded, then tells both users; `None`
/// when its designation is gone.
fn announce(conn: &Db, ctx: &Ctx, w: &Window, due: Due) -> Result<Option<String>> {
    let Some(d) = sql::get(conn, w.user_id)? else {
        return Ok(None);
    };
    let end = mail_at(w.ends_at)?;
    let (kind, subjects, over, text, header) = match due {
        Due::Expiry => {
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
            (
                "backup_user_expired",
                (
                    format!("{} can no longer act for you", d.backup),
                    format!("You can no longer act for {}", d.user),
                ),
                true,
                format!("ended at {end}"),
                "Ended-At",
            )
        }
        Due::Reminder => {
            sql::mark_reminded(conn, w.id)?;
            (
                "backup_user_reminder",
                (
                    format!("Reminder: {} can act for you until {end}", d.backup),
                    format!("Reminder: you can act for {} until {end}", d.user),
                ),
                false,
                format!("ends at {end}, within a day"),
                "Ends-At",
            )
        }
    };
    tell_both(
        conn,
        ctx,
        &d,
        News {
            kind,
            skip: None,
            subjects,
            over,
            text: &text,
            times: vec![(header, w.ends_at)],
            window: w.id,
        },
    )?;
    Ok(Some(d.user))
}

/// `db check`: problems in the stored designations and windows — a scope
/// with a permission outside the catalog or one never delegated, or a
/// window whose backup user is not the designated one.
pub(crate) fn stored_problems(conn: &Db) -> Result<Vec<String>> {
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

/// Where every designation and its window stood at one moment, to tell
/// what a change did to stand-ins besides its target ([`StandIns::since`]).
/// Designations are few (one per user at most), so a snapshot before and
/// after a change costs little.
pub(crate) struct StandIns {
    now: i64,
    entries: Vec<StandIn>,
}

struct StandIn {
    user: String,
    backup: String,
    /// The window, when one is open now or later: (starts, ends).
    open: Option<(i64, i64)>,
    /// How an ended window ended, as stored.
    end_reason: Option<String>,
    /// From when the open window cannot be used, because one of the two
    /// users expires before it ends, and who.
    blocked: Option<(i64, String)>,
    /// The scope's permissions that the user's active role passes on.
    passed_on: Vec<String>,
}

impl StandIns {
    pub(crate) fn snapshot(conn: &Db, now: i64) -> Result<StandIns> {
        let mut entries = Vec::new();
        for d in sql::all(conn)? {
            let window = sql::window(conn, d.user_id)?.filter(|w| w.backup_id == d.backup_id);
            let open = window
                .as_ref()
                .filter(|w| w.ended_at.is_none() && w.ends_at > now)
                .map(|w| (w.starts_at, w.ends_at));
            let mut blocked = None;
            if let Some((_, ends)) = open {
                for name in [&d.user, &d.backup] {
                    let expires = users::credentials(conn, name)?.and_then(|c| c.expires_at);
                    if let Some(t) = expires.filter(|&t| t < ends) {
                        if blocked.as_ref().is_none_or(|(b, _)| t < *b) {
                            blocked = Some((t, name.clone()));
                        }
                    }
                }
            }
            let held = match users::role_ids(conn, d.user_id)?.into_iter().find(|r| r.1) {
                Some((role, _)) => crate::store::roles::permissions(conn, role)?,
                None => Vec::new(),
            };
            let passed_on = d
                .permissions
                .iter()
                .filter(|p| held.contains(p) && !NEVER_DELEGATED.contains(&p.as_str()))
                .cloned()
                .collect();
            entries.push(StandIn {
                user: d.user,
                backup: d.backup,
                open,
                end_reason: window.and_then(|w| w.end_reason),
                blocked,
                passed_on,
            });
        }
        Ok(StandIns { now, entries })
    }

    /// What changed for stand-ins between `before` and now (the
    /// snapshot taken after the change, on the same connection): windows
    /// ended, windows an expiry now cuts short, users left without their
    /// backup user, and what a stand-in can no longer do for someone whose
    /// role changed.
    pub(crate) fn since(&self, conn: &Db, before: &StandIns) -> Result<Vec<SideEffect>> {
        let mut effects = Vec::new();
        let gone = |name: &str| -> Result<bool> { Ok(users::credentials(conn, name)?.is_none()) };
        for old in &before.entries {
            let new = self
                .entries
                .iter()
                .find(|e| e.user == old.user && e.backup == old.backup);
            let Some(new) = new else {
                // The designation went: with the user (whose stand-in can
                // no longer act), with the backup user (the user has none
                // now), or it was changed.
                let (user_gone, backup_gone) = (gone(&old.user)?, gone(&old.backup)?);
                if old.open.is_some() {
                    let reason = match (user_gone, backup_gone) {
                        (true, _) => format!("{} deleted", old.user),
                        (false, true) => format!("{} deleted", old.backup),
                        (false, false) => "the backup user changed".to_string(),
                    };
                    effects.push(SideEffect::WindowEnded {
                        user: old.user.clone(),
                        backup_user: old.backup.clone(),
                        reason,
                    });
                }
                if backup_gone && !user_gone {
                    effects.push(SideEffect::BackupUserCleared {
                        user: old.user.clone(),
                        backup_user: old.backup.clone(),
                    });
                }
                continue;
            };
            match (old.open, new.open) {
                (Some(_), None) => {
                    effects.push(SideEffect::WindowEnded {
                        user: old.user.clone(),
                        backup_user: old.backup.clone(),
                        reason: new.end_reason.clone().unwrap_or_else(|| "ended".into()),
                    });
                    continue;
                }
                (None, _) => continue,
                (Some(_), Some(_)) => {}
            }
            if let (Some((from, who)), Some((_, ends))) = (&new.blocked, new.open) {
                if old.blocked.as_ref().is_none_or(|(b, _)| from < b) {
                    effects.push(SideEffect::WindowBlocked {
                        user: new.user.clone(),
                        backup_user: new.backup.clone(),
                        from: from_unix((*from).max(self.now).max(new.open.map_or(0, |o| o.0)))?,
                        until: from_unix(ends)?,
                        reason: format!("{who} expires"),
                    });
                }
            }
            let lost: Vec<String> = old
                .passed_on
                .iter()
                .filter(|p| !new.passed_on.contains(p))
                .cloned()
                .collect();
            if !lost.is_empty() {
                effects.push(SideEffect::StandInNarrowed {
                    user: new.user.clone(),
                    backup_user: new.backup.clone(),
                    permissions: lost,
                });
            }
        }
        Ok(effects)
    }
}
