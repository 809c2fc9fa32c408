//! `warden role permissions`

use clap::Args;

use crate::error::Result;
use crate::ops::role;
use crate::output::{ListFormat, Output};

/// List the permission catalog and which built-in roles include each
#[derive(Debug, Args)]
pub struct RolePermissionsArgs {}

pub fn run(_args: &RolePermissionsArgs, out: &mut Output) -> Result<()> {
    let format = if out.is_json() {
        ListFormat::Json
    } else {
        ListFormat::Table
    };
    let mut list = out.list(format, &["permission", "built-in roles", "allows"]);
    for p in role::permissions() {
        list.push(&p)?;
    }
    list.finish()?;
    Ok(())
}
