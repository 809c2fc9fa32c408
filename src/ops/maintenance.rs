//! The cron entry point and the look ahead: `maintenance` does every
//! time-driven job once, and `expiring` shows what is coming.
//!
//! Each job marks what it did in the same transaction as the work, so a
//! second run at the same time finds nothing left: expired windows are
//! marked, reminders are recorded per user, expiry date and lead time,
//! purged accounts are gone, and sent notifications are marked sent.

use std::time::Duration;

use crate::store::Db;
use serde_json::json;

use super::notify::{self, Recipient};
use super::{backup_user, record, Ctx};
use crate::catalog::ADMIN_ROLE;
use crate::error::Result;
use crate::model::{Expiring, Maintenance};
use crate::store::accounts;
use crate::store::backup_users as windows;
use crate::store::users::{self, UpcomingExpiry as Expiry};
use crate::store::{Commit, Store};
use crate::time::from_unix;

const DAY: i64 = 86_400;

/// Lead times of the reminders of a user's expiry, longest first.
pub const EXPIRY_REMINDERS: &[i64] = &[14, 1];

/// Lead time of the reminder that a backup-user window ends.
pub const WINDOW_REMINDER: i64 = DAY;

/// Records the reminders now due for one user's expiry; returns the
/// shortest lead among the new ones (the one to send), if any. A user
/// whose expiry is already inside the one-day lead gets one message, not
/// two.
fn due_leads(conn: &Db, user: &Expiry, now: i64) -> Result<Option<i64>> {
    let mut newest = None;
    for &days in EXPIRY_REMINDERS {
        if user.expires_at - now > days * DAY {
            continue;
        }
        if users::record_expiry_reminder(conn, user.id, user.expires_at, days, now)? {
            newest = Some(days);
        }
    }
    Ok(newest)
}

fn remind_expiry(conn: &Db, ctx: &Ctx, user: &Expiry, days: i64) -> Result<()> {
    let when = crate::time::mail_time(from_unix(user.expires_at)?);
    let lead = if days == 1 {
        "within a day".to_string()
    } else {
        format!("within {days} days")
    };
    let body = format!(
        "Hello {name},\n\nyour user \"{name}\" on the backup service expires at {when}, {lead}.\n\
         After that you cannot log in. If you still need it, ask your administrator to extend it.\n",
        name = user.username
    );
    let to = Recipient {
        user_id: user.id,
        username: &user.username,
        email: user.email.as_deref(),
        notify: user.notify,
    };
    let subject = format!("Your user expires {lead}");
    let mail = notify::Mail {
        kind: "expiry_reminder",
        subject: &subject,
        body: &body,
        times: &[("Expires-At", user.expires_at)],
        window: None,
    };
    notify::queue(conn, ctx, &to, &mail)?;
    Ok(())
}

/// The database part of a run: expiries, reminders and purges, in the
/// caller's transaction.
fn housekeeping(tx: &Db, ctx: &Ctx, dry_run: bool) -> Result<Maintenance> {
    let now = ctx.now_unix();
    let mut report = Maintenance {
        dry_run,
        ..Maintenance::default()
    };
    for w in windows::due_expiries(tx, now)? {
        report
            .windows_expired
            .extend(backup_user::expire(tx, ctx, &w)?);
    }
    for w in windows::due_reminders(tx, now, WINDOW_REMINDER)? {
        report
            .window_reminders
            .extend(backup_user::remind(tx, ctx, &w)?);
    }
    let longest = EXPIRY_REMINDERS.iter().max().copied().unwrap_or(0) * DAY;
    for user in users::upcoming_expiries(tx, now, longest, ADMIN_ROLE)? {
        if let Some(days) = due_leads(tx, &user, now)? {
            remind_expiry(tx, ctx, &user, days)?;
            report.expiry_reminders.push(user.username.clone());
        }
    }
    report.accounts_purged = super::account::purge_due_in(tx, ctx, dry_run)?.purged;
    report.notifications_pending = notify::pending_count(tx)?.max(0) as u64;
    let busy = !report.windows_expired.is_empty()
        || !report.window_reminders.is_empty()
        || !report.expiry_reminders.is_empty()
        || !report.accounts_purged.is_empty();
    if busy && !dry_run {
        record(
            tx,
            ctx,
            "maintenance.run",
            "",
            json!({
                "windows_expired": report.windows_expired.len(),
                "window_reminders": report.window_reminders.len(),
                "expiry_reminders": report.expiry_reminders.len(),
                "accounts_purged": report.accounts_purged.len(),
            }),
        )?;
    }
    Ok(report)
}

/// `maintenance`: marks expired windows (with their events and
/// notifications), queues reminders, purges accounts whose grace has
/// passed — all in one transaction — and then sends what is pending when
/// `notify.command` is set. With `dry_run`, every step is worked out
/// against the real data and rolled back, and nothing is sent.
pub fn run(
    store: &mut Store,
    ctx: &Ctx,
    dry_run: bool,
    syslog: &crate::authlog::Syslog,
) -> Result<Maintenance> {
    if dry_run {
        return store.transaction(Commit::No, |tx| {
            let mut report = housekeeping(tx, ctx, true)?;
            report.notify_command_set = !super::settings::Settings::load(tx)?
                .notify_command
                .is_empty();
            Ok(report)
        });
    }
    let mut report = store.write(|tx| housekeeping(tx, ctx, false))?;
    let configured = store.read(|tx| {
        Ok(!super::settings::Settings::load(tx)?
            .notify_command
            .is_empty())
    })?;
    report.notify_command_set = configured;
    if configured && report.notifications_pending > 0 {
        let sent = notify::send_pending(store, ctx)?;
        report.notifications_sent = sent.sent;
        report.notifications_failed = sent.failed;
        report.notifications_pending = sent.pending;
    }
    let archived = archive_due(store, ctx);
    if let Ok(Some(archived)) = &archived {
        report.audit_archived = archived.events;
        report.audit_archive_files = archived.files.iter().map(|f| f.file.clone()).collect();
    }
    // Last: the chain covers everything up to here, this run's own events
    // too, and its head leaves the machine with the system log (even when
    // archiving failed: the head is what proves the log later).
    if let Some(head) = super::audit::head(store)? {
        let line = head.to_string();
        crate::authlog::send(syslog, &[crate::authlog::Event::AuditHead { head: &line }]);
        report.audit_head = Some(line);
    }
    archived?;
    Ok(report)
}

/// With `audit.keep` set, moves the events older than that into
/// `audit.archive_dir`; none when `audit.keep` is off.
fn archive_due(store: &mut Store, ctx: &Ctx) -> Result<Option<super::archive::Archived>> {
    let settings = store.read(super::settings::Settings::load)?;
    let Some(keep) = settings.audit_keep else {
        return Ok(None);
    };
    if settings.audit_archive_dir.is_empty() {
        return Err(crate::error::Error::usage(
            "audit.keep is set but audit.archive_dir is not: no event was archived",
        )
        .with_hint(
            "name the folder: warden settings set audit.archive_dir /var/lib/warden/audit-archive",
        ));
    }
    let keep = i64::try_from(keep.as_secs()).unwrap_or(i64::MAX);
    let before = ctx.now_unix().saturating_sub(keep);
    let dir = std::path::Path::new(&settings.audit_archive_dir);
    super::archive::run(
        store,
        ctx,
        before,
        dir,
        super::archive::MAX_EVENTS_PER_FILE,
        &mut |_| {},
    )
    .map(Some)
}

/// `expiring`: users whose expiry, windows whose end, and queued accounts
/// whose purge fall after now and no later than `within` from now,
/// soonest first.
pub fn expiring(store: &mut Store, ctx: &Ctx, within: Duration) -> Result<Vec<Expiring>> {
    let now = ctx.now_unix();
    let horizon = i64::try_from(within.as_secs()).unwrap_or(i64::MAX);
    let until = now.saturating_add(horizon);
    store.read(|tx| {
        let mut out = Vec::new();
        for user in users::upcoming_expiries(tx, now, until - now, ADMIN_ROLE)? {
            out.push(Expiring {
                kind: "user",
                name: user.username,
                backup_user: None,
                admin: user.admin,
                ends_at: from_unix(user.expires_at)?,
            });
        }
        for w in windows::ending_between(tx, now, until)? {
            if let Some(d) = windows::get(tx, w.user_id)? {
                out.push(Expiring {
                    kind: "backup-user",
                    name: d.user,
                    backup_user: Some(d.backup),
                    admin: false,
                    ends_at: from_unix(w.ends_at)?,
                });
            }
        }
        for (name, at) in accounts::purges_between(tx, now, until)? {
            out.push(Expiring {
                kind: "account",
                name,
                backup_user: None,
                admin: false,
                ends_at: from_unix(at)?,
            });
        }
        // Admins' expiries first: each one brings the day without an
        // admin closer.
        out.sort_by(|a, b| {
            b.admin
                .cmp(&a.admin)
                .then_with(|| a.ends_at.cmp(&b.ends_at))
                .then_with(|| a.kind.cmp(b.kind))
                .then_with(|| a.name.cmp(&b.name))
        });
        Ok(out)
    })
}
