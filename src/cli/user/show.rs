//! `warden user show`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::user;
use crate::output::Output;

/// Show one user's profile, roles, state and login history summary
#[derive(Debug, Args)]
pub struct UserShowArgs {
    pub name: String,
}

pub fn run(args: &UserShowArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let found = user::show(&mut store, &session.ctx, &args.name)?;
    super::print_user(out, &found)
}
