//! Passwords, lockouts, enabling and deleting users.

use super::*;

/// Sets a new password (the policy in force applies) and clears a lockout.
pub fn passwd(store: &mut Store, ctx: &Ctx, name: &str, secret: &Secret) -> Result<User> {
    validate(NameKind::User, name)?;
    let settings = settings(store)?;
    let email = store
        .read(|tx| load(tx, name, ctx.now_unix()))?
        .profile
        .email;
    check_password(&settings, name, email.as_deref(), secret.expose_secret())?;
    let hash = password::hash(secret.expose_secret(), settings.hash)?;
    let now = ctx.now_unix();
    store.write(|tx| {
        let creds = sql::credentials(tx, name)?.ok_or_else(|| no_user(name))?;
        sql::set_password(tx, creds.id, Some(&hash), now)?;
        record(
            tx,
            ctx,
            "user.passwd",
            name,
            json!({ "lockout_cleared": creds.locked_until.is_some_and(|t| t > now) }),
        )?;
        let to = Recipient {
            user_id: creds.id,
            username: name,
            email: creds.email.as_deref(),
            notify: creds.notify,
        };
        let body = format!(
            "The password of the user \"{name}\" on the backup service was reset by {} at {}.\n\
             If you did not expect this, contact your administrator.\n",
            ctx.actor,
            crate::time::mail_time(ctx.now)
        );
        let mail = notify::Mail {
            kind: "password_reset",
            subject: "Your password was reset",
            body: &body,
            times: &[("Reset-At", now)],
            window: None,
        };
        notify::queue(tx, ctx, &to, &mail)?;
        load(tx, name, now)
    })
}

/// Clears a lockout; returns the user and whether one was in force.
pub fn unlock(store: &mut Store, ctx: &Ctx, name: &str) -> Result<(User, bool)> {
    validate(NameKind::User, name)?;
    let now = ctx.now_unix();
    store.write(|tx| {
        let creds = sql::credentials(tx, name)?.ok_or_else(|| no_user(name))?;
        let locked = creds.locked_until.is_some_and(|t| t > now);
        if locked || creds.failed_logins > 0 {
            sql::unlock(tx, creds.id, now)?;
        }
        if locked {
            record(tx, ctx, "user.unlock", name, json!({}))?;
        }
        Ok((load(tx, name, now)?, locked))
    })
}

/// What enabling or disabling users did.
#[derive(Debug, Clone, Default)]
pub struct Toggled {
    pub changed: Vec<User>,
    /// The names that already were so.
    pub unchanged: Vec<String>,
    /// What disabling did to others: the backup-user windows it ended.
    pub side_effects: Vec<SideEffect>,
}

/// Enables or disables several users at once, all or nothing. Already in
/// the wanted state is success.
pub fn set_enabled(
    store: &mut Store,
    ctx: &Ctx,
    names: &[String],
    enabled: bool,
) -> Result<Toggled> {
    for name in names {
        validate(NameKind::User, name)?;
    }
    let now = ctx.now_unix();
    store.write(|tx| {
        let guard = AdminGuard::new(tx, now)?;
        let stand_ins = StandIns::snapshot(tx, now)?;
        let (mut changed, mut unchanged) = (Vec::new(), Vec::new());
        for name in names {
            let creds = sql::credentials(tx, name)?.ok_or_else(|| no_user(name))?;
            if creds.enabled == enabled {
                if !unchanged.contains(name) && !changed.iter().any(|u: &User| u.username == *name)
                {
                    unchanged.push(name.clone());
                }
                continue;
            }
            sql::set_column(tx, creds.id, "enabled", &enabled, now)?;
            if !enabled {
                crate::ops::backup_user::end_for_user(tx, ctx, creds.id, name, false)?;
            }
            record(
                tx,
                ctx,
                if enabled {
                    "user.enable"
                } else {
                    "user.disable"
                },
                name,
                json!({}),
            )?;
            changed.push(load(tx, name, now)?);
        }
        if !enabled {
            let names: Vec<_> = changed
                .iter()
                .map(|u| format!("\"{}\"", u.username))
                .collect();
            guard.check(tx, now, &format!("disabling {}", names.join(", ")))?;
        }
        Ok(Toggled {
            changed,
            unchanged,
            side_effects: StandIns::snapshot(tx, now)?.since(tx, &stand_ins)?,
        })
    })
}

/// What happens to the accounts of a user being deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnedAccounts {
    /// Refuse when the user owns any (the default).
    Refuse,
    /// Give them to this user, each move audited.
    TransferTo(String),
    /// Disable and queue each for deletion, with the accounts below it.
    Delete,
}

/// What deleting a user did to the accounts it owned.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Deleted {
    /// With [`OwnedAccounts::Delete`]: every account queued for deletion
    /// (the owned ones and the accounts below them).
    pub queued_accounts: Vec<String>,
    /// When the queued accounts' grace period ends.
    pub purge_after: Option<DateTime<Utc>>,
    /// What the deletion did to others: windows ended, users left without
    /// their backup user.
    pub side_effects: Vec<SideEffect>,
}

/// Deletes a user. One who owns accounts is deleted only when `owned` says
/// what becomes of them. With `rehearse`, every rule is checked and
/// nothing is changed; the report says what would be done.
pub fn delete(
    store: &mut Store,
    ctx: &Ctx,
    name: &str,
    owned: &OwnedAccounts,
    rehearse: bool,
) -> Result<Deleted> {
    validate(NameKind::User, name)?;
    if let OwnedAccounts::TransferTo(to) = owned {
        validate(NameKind::User, to)?;
        if to == name {
            return Err(Error::usage("--transfer-to names the user being deleted")
                .with_hint("give another user"));
        }
    }
    store.transaction(Commit::unless(rehearse), |tx| {
        delete_in(tx, ctx, name, owned)
    })
}

/// [`delete`] inside the caller's write transaction.
pub(crate) fn delete_in(tx: &Db, ctx: &Ctx, name: &str, owned: &OwnedAccounts) -> Result<Deleted> {
    let now = ctx.now_unix();
    let id = user_id(tx, name)?;
    let mut report = Deleted::default();
    let guard = AdminGuard::new(tx, now)?;
    let stand_ins = StandIns::snapshot(tx, now)?;
    let accounts = sql::owned_accounts(tx, id)?;
    let mut details = json!({});
    if !accounts.is_empty() {
        match owned {
            OwnedAccounts::Refuse => {
                let shown: Vec<_> = accounts.iter().take(10).map(String::as_str).collect();
                return Err(Error::refused(format!(
                    "user \"{name}\" owns {} account{}: {}{}",
                    accounts.len(),
                    if accounts.len() == 1 { "" } else { "s" },
                    shown.join(", "),
                    if accounts.len() > 10 { ", ..." } else { "" }
                ))
                .with_hint("pass --transfer-to USER to give them away, or --delete-owned to queue them for deletion; nothing was changed"));
            }
            OwnedAccounts::TransferTo(to) => {
                let target = user_id(tx, to)?;
                sql::transfer_accounts(tx, id, target, now)?;
                for account in &accounts {
                    record(
                        tx,
                        ctx,
                        "account.transfer",
                        account,
                        json!({ "from": name, "to": to }),
                    )?;
                }
                details = json!({ "transferred_accounts": accounts, "to": to });
            }
            OwnedAccounts::Delete => {
                let (queued, purge_after) = crate::ops::account::queue_owned(tx, ctx, &accounts)?;
                // Their owner is going: a restored account has none.
                sql::disown_accounts(tx, id, now)?;
                details = json!({ "queued_accounts": queued });
                report.queued_accounts = queued;
                report.purge_after = Some(crate::time::from_unix(purge_after)?);
            }
        }
    }
    // The users this one stood in for are left without a backup user.
    let left = crate::store::backup_users::standing_in_for(tx, id)?;
    crate::ops::backup_user::end_for_user(tx, ctx, id, name, true)?;
    sql::delete(tx, id)?;
    report.side_effects = StandIns::snapshot(tx, now)?.since(tx, &stand_ins)?;
    report
        .side_effects
        .extend(left.into_iter().map(|d| SideEffect::BackupUserCleared {
            user: d.user,
            backup_user: d.backup,
        }));
    guard.check(tx, now, &format!("deleting \"{name}\""))?;
    record(tx, ctx, "user.delete", name, details)?;
    Ok(report)
}
