//! `warden role show`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::role;
use crate::output::Output;

/// Show a role's permissions and how many users hold it
#[derive(Debug, Args)]
pub struct RoleShowArgs {
    /// The role
    pub role: String,
}

pub fn run(args: &RoleShowArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let found = role::show(&mut store, &args.role)?;
    super::print_role(out, &found)
}
