//! `warden role list`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::role;
use crate::output::{ListFormat, Output};

/// List the roles with how many users hold each
#[derive(Debug, Args)]
pub struct RoleListArgs {}

pub fn run(_args: &RoleListArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let roles = role::list(&mut store)?;
    let format = if out.is_json() {
        ListFormat::Json
    } else {
        ListFormat::Table
    };
    let mut list = out.list(
        format,
        &["role", "kind", "users", "permissions", "description"],
    );
    for r in &roles {
        list.push(r)?;
    }
    list.finish()?;
    Ok(())
}
