//! `warden user list`

use clap::{Args, ValueEnum};

use crate::cli::Session;
use crate::error::Result;
use crate::ops::user::{self, ListFilter};
use crate::output::{ListFormat, Output};

/// List users in name order
///
/// JSON and CSV are written as the rows are read, so any number of users
/// prints in constant memory.
#[derive(Debug, Args)]
pub struct UserListArgs {
    /// Only users holding this role
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,

    /// Only enabled users
    #[arg(long, conflicts_with = "disabled")]
    pub enabled: bool,

    /// Only disabled users
    #[arg(long)]
    pub disabled: bool,

    /// Only users whose home account is ACCOUNT
    #[arg(long, value_name = "ACCOUNT")]
    pub account: Option<String>,

    /// Only users locked out after failed logins (until the lockout ends or `user unlock`)
    #[arg(long)]
    pub locked: bool,

    /// Only users whose expiry has passed
    #[arg(long, conflicts_with = "expiring")]
    pub expired: bool,

    /// Only users who expire after now and within DURATION (7d, 2w)
    #[arg(long, value_name = "WITHIN", value_parser = crate::cli::parse_duration_arg)]
    pub expiring: Option<std::time::Duration>,

    /// Output format (--json is the same as --format json)
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<UserListFormat>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum UserListFormat {
    Table,
    Json,
    Csv,
}

pub fn run(args: &UserListArgs, session: &Session, out: &mut Output) -> Result<()> {
    let filter = ListFilter {
        role: args.role.clone(),
        enabled: super::state_filter(args.enabled, args.disabled),
        account: args.account.clone(),
        locked: args.locked,
        expired: args.expired,
        expiring: args.expiring,
    };
    let format = match (args.format, out.is_json()) {
        (Some(UserListFormat::Json), _) | (None, true) => ListFormat::Json,
        (Some(UserListFormat::Csv), _) => ListFormat::Csv(super::CSV_HEADERS),
        (Some(UserListFormat::Table), _) | (None, false) => ListFormat::Table,
    };
    let mut store = session.open(out)?;
    let mut list = out
        .list(format, super::TABLE_HEADERS)
        .or_say("No users match.");
    user::for_each(&mut store, &session.ctx, &filter, |u| list.push(&u))?;
    list.finish()?;
    Ok(())
}
