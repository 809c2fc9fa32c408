//! `warden account current`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::account;
use crate::output::Output;

/// Print the current account (the root until `account use` says otherwise)
#[derive(Debug, Args)]
pub struct AccountCurrentArgs {}

pub fn run(_args: &AccountCurrentArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let account = account::current(&mut store, &session.ctx)?;
    if out.is_json() {
        return out.json(&account);
    }
    out.line(&account.name)
}
