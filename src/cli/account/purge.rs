//! `warden account purge`

use clap::Args;

use crate::cli::Session;
use crate::error::{Error, Result};
use crate::ops::account;
use crate::output::Output;
use crate::ui;

/// Remove queued accounts whose grace period has passed (for cron)
///
/// Idempotent: a second run finds nothing to do. With NAME... --now, purges
/// those queued accounts early, after confirmation. Prints one summary line,
/// or an object with --json.
#[derive(Debug, Args)]
pub struct AccountPurgeArgs {
    /// Queued accounts to purge before their grace period ends (with --now)
    #[arg(value_name = "NAME", requires = "now")]
    pub names: Vec<String>,

    /// Purge the named accounts now
    #[arg(long)]
    pub now: bool,

    /// Show what would be purged and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(args: &AccountPurgeArgs, session: &Session, out: &mut Output) -> Result<()> {
    if args.now && args.names.is_empty() {
        return Err(Error::usage(
            "--now needs the names of the accounts to purge",
        ));
    }
    let mut store = session.open(out)?;
    let report = if args.now {
        let check = account::purge_now(&mut store, &session.ctx, &args.names, true)?;
        if args.dry_run {
            check
        } else {
            ui::confirm(
                &format!("purge {} now, for good", check.purged.join(", ")),
                session.yes,
            )?;
            account::purge_now(&mut store, &session.ctx, &args.names, false)?
        }
    } else {
        account::purge_due(&mut store, &session.ctx, args.dry_run)?
    };
    if out.is_json() {
        return out.json(&report);
    }
    let verb = if report.dry_run {
        "Would purge"
    } else {
        "Purged"
    };
    out.line(&format!(
        "{verb} {} account{}{}{}",
        report.purged.len(),
        if report.purged.len() == 1 { "" } else { "s" },
        if report.purged.is_empty() {
            String::new()
        } else {
            format!(": {}", crate::text::some_names(&report.purged, 20))
        },
        if report.waiting.is_empty() {
            String::new()
        } else {
            format!(
                "; {} waiting for accounts below them: {}",
                report.waiting.len(),
                report.waiting.join(", ")
            )
        }
    ))
}
