//! `warden notify list`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::notify;
use crate::output::Output;

/// List the notification outbox, oldest first
///
/// The table shows each message's time (local), user, recipient, kind,
/// subject and status: when it was sent, or how often sending failed and
/// the last error. A user shown as (deleted) was deleted after the message
/// was queued. --json prints every field, the body included, with times in
/// UTC.
#[derive(Debug, Args)]
pub struct NotifyListArgs {
    /// Only the messages not sent yet
    #[arg(long)]
    pub pending: bool,
}

pub fn run(args: &NotifyListArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let list = notify::list(&mut store, args.pending)?;
    let empty = if args.pending {
        "Nothing is pending."
    } else {
        "No notifications."
    };
    out.rows_or(
        &list,
        &[
            "id",
            "created",
            "user",
            "recipient",
            "kind",
            "subject",
            "status",
        ],
        empty,
    )
}
