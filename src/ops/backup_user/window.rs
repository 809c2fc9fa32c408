//! A backup-user window: enabling it for a time, revoking it, and warning when its notices cannot reach a user.

use super::*;

/// `backup-user enable`: opens a window from `starts` to `ends`, replacing
/// the current one. The start may not lie in the past; the length is at
/// most `backup_user.max_duration`. Returns the state and whether anything
/// changed: the same window again is no change.
pub fn enable(
    store: &mut Store,
    ctx: &Ctx,
    user: &str,
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
) -> Result<(BackupUser, bool)> {
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
            let state = current(tx, u.id, now)?.ok_or_else(|| no_designation(user))?;
            return Ok((state, false));
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
        let state = current(tx, u.id, now)?.ok_or_else(|| no_designation(user))?;
        Ok((state, true))
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
