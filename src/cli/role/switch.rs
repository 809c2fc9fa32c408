//! `warden role switch`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::role;
use crate::output::Output;

/// Set a user's active role (one the user holds)
#[derive(Debug, Args)]
pub struct RoleSwitchArgs {
    /// The user
    pub user: String,
    /// One of the roles the user holds, to make active
    pub role: String,
}

pub fn run(args: &RoleSwitchArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let (user, effects) = role::switch(&mut store, &session.ctx, &args.user, &args.role)?;
    out.status(&format!("\"{}\" now acts as {}.", user.username, args.role));
    out.side_effects(&effects);
    if out.is_json() {
        return out.json_with_side_effects(&user, &effects);
    }
    Ok(())
}
