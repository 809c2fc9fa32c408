//! `warden account use`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::account;
use crate::output::Output;

/// Make an account the current one: new accounts are created below it
///
/// Remembered per actor (--actor, WARDEN_ACTOR, SUDO_USER, USER, LOGNAME, the uid's name).
#[derive(Debug, Args)]
pub struct AccountUseArgs {
    /// The account new accounts go below
    pub name: String,
}

pub fn run(args: &AccountUseArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let account = account::use_account(&mut store, &session.ctx, &args.name)?;
    out.status(&format!(
        "Current account for {}: {} ({}).",
        session.ctx.actor, account.name, account.path
    ));
    if out.is_json() {
        return out.json(&account);
    }
    Ok(())
}
