//! `warden account access`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::account;
use crate::output::Output;

/// List every user who can reach an account, and why
///
/// A user reaches it through an active role with accounts.read, or through
/// the nearest grant on the account or one of its ancestors. Disabled and
/// expired users are left out.
#[derive(Debug, Args)]
pub struct AccountAccessArgs {
    pub name: String,
}

pub fn run(args: &AccountAccessArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let entries = account::access(&mut store, &session.ctx, &args.name)?;
    out.rows(&entries, &["user", "via", "access", "why"])
}
