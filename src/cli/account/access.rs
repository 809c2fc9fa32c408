//! `warden account access`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::account;
use crate::output::Output;

/// List every route by which users reach an account, and why
///
/// A line for each route of each enabled, unexpired user: their active
/// role (its permissions apply on every account), their nearest access
/// grant on the account or an ancestor (within what the account's state
/// leaves: only reading and downloading on a disabled account, nothing on
/// one queued for deletion), and each active backup-user window through
/// which they act for someone who reaches it. A user reached two ways has
/// two lines. JSON adds what each route allows there (permissions).
///
/// With --permission, only the users allowed that permission there, each
/// with the route that allows it (a line per route: a user allowed both
/// by a role and by a grant has two): who can restore here, say. The
/// users are exactly those `warden user can USER PERMISSION --account
/// NAME` allows (with --as for a backup user).
#[derive(Debug, Args)]
pub struct AccountAccessArgs {
    /// The account
    pub name: String,

    /// Only the users allowed this permission on the account, with the route that allows it
    #[arg(long, value_name = "P")]
    pub permission: Option<String>,
}

pub fn run(args: &AccountAccessArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let entries = account::access(
        &mut store,
        &session.ctx,
        &args.name,
        args.permission.as_deref(),
    )?;
    let nobody = match &args.permission {
        Some(p) => format!("No user is allowed {p} on {}.", args.name),
        None => format!("No user reaches {}.", args.name),
    };
    out.rows_or(&entries, &["user", "via", "access", "why"], &nobody)
}
