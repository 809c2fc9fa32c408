//! `warden role permissions`

use clap::Args;

use crate::error::Result;
use crate::ops::role;
use crate::output::Output;

/// List the permission catalog and which built-in roles include each
#[derive(Debug, Args)]
pub struct RolePermissionsArgs {}

pub fn run(_args: &RolePermissionsArgs, out: &mut Output) -> Result<()> {
    out.rows(
        &role::permissions(),
        &["permission", "built-in roles", "allows"],
    )
}
