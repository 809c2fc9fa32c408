//! `warden user unlock`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::user;
use crate::output::Output;

/// Clear a lockout after failed logins (idempotent)
#[derive(Debug, Args)]
pub struct UserUnlockArgs {
    /// The locked user
    pub name: String,
}

pub fn run(args: &UserUnlockArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let (updated, was_locked) = user::unlock(&mut store, &session.ctx, &args.name)?;
    out.status(&if was_locked {
        format!("Unlocked \"{}\".", updated.username)
    } else {
        format!(
            "\"{}\" was not locked; nothing was changed.",
            updated.username
        )
    });
    super::print_user_if_json(out, &updated)
}
