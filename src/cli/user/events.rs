//! `warden user events`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::user;
use crate::output::{ListFormat, Output};

/// Show a user's history, newest first: changes to the user, logins, and
/// what the user did
#[derive(Debug, Args)]
pub struct UserEventsArgs {
    pub name: String,

    /// Only events at or after WHEN
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,

    /// At most N events (the newest)
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

pub fn run(args: &UserEventsArgs, session: &Session, out: &mut Output) -> Result<()> {
    let since = args
        .since
        .as_deref()
        .map(|w| crate::time::parse_when(w, session.ctx.now))
        .transpose()?
        .map(|t| t.timestamp());
    let format = if out.is_json() {
        ListFormat::Json
    } else {
        ListFormat::Table
    };
    let mut store = session.open(out)?;
    let mut list = out.list(format, crate::cli::audit::HEADERS);
    user::events(&mut store, &args.name, since, args.limit, |e| list.push(&e))?;
    list.finish()?;
    Ok(())
}
