//! `warden user events`

use clap::Args;

use crate::cli::audit::{bound, EventFormat};
use crate::cli::Session;
use crate::error::Result;
use crate::ops::user;
use crate::output::Output;

/// Show a user's history, newest first: changes to the user, logins, and
/// what the user did
///
/// A stand-in's history also holds the backup-user events that name them:
/// being designated, windows opening and closing, and every switch to act
/// for someone, allowed or denied.
#[derive(Debug, Args)]
pub struct UserEventsArgs {
    /// The user
    pub name: String,

    /// Only events at or after WHEN: a time, today, yesterday, or a duration ago (24h, 7d)
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,

    /// Only events before WHEN (same forms as --since)
    #[arg(long, value_name = "WHEN")]
    pub until: Option<String>,

    /// At most N events (the newest)
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,

    /// Output format (--json prints one JSON array instead)
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<EventFormat>,
}

pub fn run(args: &UserEventsArgs, session: &Session, out: &mut Output) -> Result<()> {
    let range = user::EventRange {
        since: bound(args.since.as_deref(), session)?,
        until: bound(args.until.as_deref(), session)?,
        limit: args.limit,
    };
    let format = EventFormat::choose(args.format, out);
    let mut store = session.open(out)?;
    let mut list = out
        .list(format, crate::cli::audit::HEADERS)
        .or_say("No events.");
    user::events(&mut store, &args.name, &range, |e| list.push(&e))?;
    list.finish()?;
    Ok(())
}
