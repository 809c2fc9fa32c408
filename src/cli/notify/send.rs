//! `warden notify send`

use clap::Args;

use crate::cli::Session;
use crate::error::{Error, Result};
use crate::ops::notify;
use crate::output::Output;

/// Send the pending notifications through notify.command
///
/// Each pending message is piped, as one RFC 5322 message with LF line
/// endings, to a fresh run of the command in the setting notify.command,
/// for example "/usr/sbin/sendmail -t" (-t takes the recipient from the To
/// header, so no address is ever a command argument). The command is split
/// on spaces and run directly, never through a shell; its output is not
/// shown. Exit status 0 means sent. A message the command rejects, or that
/// takes longer than notify.timeout (the command is then killed), stays
/// pending with its error and is tried again by the next run. Two runs at
/// the same time never send a message twice.
///
/// Exits 0 when everything was sent (or nothing was pending), 1 when any
/// message could not be sent, and 5 when notify.command is not set.
#[derive(Debug, Args)]
pub struct NotifySendArgs {}

pub fn run(_args: &NotifySendArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let report = notify::send_pending(&mut store, &session.ctx)?;
    if out.is_json() {
        out.json(&report)?;
    } else if report.attempted() == 0 {
        if report.pending > 0 {
            out.status(&format!(
                "Nothing to send: {} pending {} being sent by another run.",
                report.pending,
                if report.pending == 1 {
                    "notification is"
                } else {
                    "notifications are"
                }
            ));
        } else {
            out.status("Nothing to send.");
        }
    } else {
        let mut line = format!("Sent {}.", notifications(report.sent));
        if report.failed > 0 {
            line = format!(
                "Sent {}; {} failed.",
                notifications(report.sent),
                report.failed
            );
        }
        out.status(&line);
    }
    if report.failed > 0 {
        return Err(Error::failure(format!(
            "{} of {} could not be sent; {} pending",
            report.failed,
            notifications(report.attempted()),
            if report.failed == 1 {
                "it stays"
            } else {
                "they stay"
            }
        ))
        .with_hint("`warden notify list --pending` shows the errors"));
    }
    Ok(())
}

/// "1 notification", "3 notifications".
fn notifications(n: u64) -> String {
    if n == 1 {
        "1 notification".into()
    } else {
        format!("{n} notifications")
    }
}
