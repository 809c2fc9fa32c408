//! `warden account credits`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::account;
use crate::output::Output;

/// Show, add to or set an account's credit balance
#[derive(Debug, Args)]
pub struct AccountCreditsArgs {
    /// The account
    pub name: String,

    /// Add N credits (negative to take some away)
    #[arg(
        long,
        value_name = "N",
        allow_hyphen_values = true,
        conflicts_with = "set"
    )]
    pub add: Option<i64>,

    /// Set the balance to N
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub set: Option<i64>,
}

pub fn run(args: &AccountCreditsArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let updated = account::credits(&mut store, &session.ctx, &args.name, args.add, args.set)?;
    if out.is_json() {
        return out.json(&updated);
    }
    if args.add.is_some() || args.set.is_some() {
        out.status(&format!(
            "\"{}\" now holds {} credits.",
            updated.name, updated.credits
        ));
        return Ok(());
    }
    out.line(&updated.credits.to_string())
}
