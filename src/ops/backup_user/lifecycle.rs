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
