//! `warden role list`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::role;
use crate::output::Output;

/// List the roles with how many users hold each
#[derive(Debug, Args)]
pub struct RoleListArgs {}

pub fn run(_args: &RoleListArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let roles = role::list(&mut store)?;
    out.rows(
        &roles,
        &["role", "kind", "users", "permissions", "description"],
    )
}
