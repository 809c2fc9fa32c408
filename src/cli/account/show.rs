//! `warden account show`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::account;
use crate::output::Output;

/// Show an account with its path, effective state and effective strategy
#[derive(Debug, Args)]
pub struct AccountShowArgs {
    /// The account
    pub name: String,
}

pub fn run(args: &AccountShowArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let found = account::show(&mut store, &args.name)?;
    super::print_account(out, &found)
}
