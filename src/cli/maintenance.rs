//! `warden maintenance`

use clap::Args;

use super::Session;
use crate::error::{Error, Result};
use crate::model::Maintenance;
use crate::ops::maintenance;
use crate::output::Output;
use crate::text::some_names;

/// Do the time-driven work: the one command for cron
///
/// In one transaction: marks backup-user windows that have ended as
/// expired (audited, both users notified), queues reminders 14 days and 1
/// day before a user expires and 1 day before a window ends, and purges
/// accounts whose grace period has passed. Then it sends the pending
/// notifications through setting notify.command, when that is set. Each
/// job is done once: a second run at the same time finds nothing to do.
/// Exit 1 when a notification could not be sent (it stays pending).
#[derive(Debug, Args)]
pub struct MaintenanceArgs {
    /// Show what would be done, change nothing and send nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(args: &MaintenanceArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let syslog = super::syslog();
    let report = maintenance::run(&mut store, &session.ctx, args.dry_run, &syslog)?;
    if out.is_json() {
        out.json(&report)?;
    } else {
        let lines = summary(&report);
        // Nothing done is a status, so `--quiet` in a crontab keeps cron
        // from mailing every night; what was done is the result.
        if lines.is_empty() {
            out.status("Nothing to do.");
        }
        for line in lines {
            out.line(&line)?;
        }
    }
    if report.notifications_failed > 0 {
        out.flush()?;
        return Err(Error::failure(format!(
            "{} could not be sent; they stay pending",
            plural(report.notifications_failed, "notification", "notifications")
        ))
        .with_hint("`warden notify list --pending` shows the errors"));
    }
    Ok(())
}

/// One line per job that had work, in the order they ran (none when
/// there was nothing to do).
fn summary(report: &Maintenance) -> Vec<String> {
    let jobs: [(&Vec<String>, &str, &str, &str, &str); 4] = [
        (
            &report.windows_expired,
            "expire",
            "expired",
            "backup-user window",
            "backup-user windows",
        ),
        (
            &report.window_reminders,
            "remind",
            "reminded",
            "backup-user window ending",
            "backup-user windows ending",
        ),
        (
            &report.expiry_reminders,
            "remind",
            "reminded",
            "user of their expiry",
            "users of their expiry",
        ),
        (
            &report.accounts_purged,
            "purge",
            "purged",
            "account",
            "accounts",
        ),
    ];
    let mut lines = Vec::new();
    for (names, verb, done, one, many) in jobs {
        if names.is_empty() {
            continue;
        }
        let what = format!(
            "{}: {}",
            plural(names.len() as u64, one, many),
            some_names(names, 10)
        );
        lines.push(if report.dry_run {
            format!("Would {verb} {what}")
        } else {
            format!("{}{} {what}", done[..1].to_uppercase(), &done[1..])
        });
    }
    if report.notifications_sent > 0 {
        lines.push(format!(
            "Sent {}.",
            plural(report.notifications_sent, "notification", "notifications")
        ));
    }
    if report.notifications_pending > 0 {
        let why = if report.notify_command_set {
            ""
        } else {
            " (notify.command is not set)"
        };
        lines.push(format!(
            "{} pending{why}.",
            plural(
                report.notifications_pending,
                "notification",
                "notifications"
            )
        ));
    }
    if report.audit_archived > 0 {
        lines.push(format!(
            "Archived {} to {}.",
            plural(report.audit_archived, "audit event", "audit events"),
            report.audit_archive_files.join(", ")
        ));
    }
    lines
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
