//! `warden role create`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::role;
use crate::output::Output;

/// Create a custom role
#[derive(Debug, Args)]
pub struct RoleCreateArgs {
    /// Role name: lower case, starting with a letter; a-z 0-9 _ -
    pub name: String,

    /// A permission of the role (repeat; see `warden role permissions`)
    #[arg(long = "permission", value_name = "PERMISSION", required = true)]
    pub permissions: Vec<String>,

    /// What the role is for, shown by `role list` and `role show`
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub description: String,

    /// Succeed without changes when the role already exists
    #[arg(long)]
    pub if_not_exists: bool,
}

pub fn run(args: &RoleCreateArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let (created, new) = role::create(
        &mut store,
        &session.ctx,
        &args.name,
        &args.permissions,
        &args.description,
        args.if_not_exists,
    )?;
    out.status(&if new {
        format!("Created role \"{}\".", created.name)
    } else {
        format!(
            "Role \"{}\" already exists; nothing was changed.",
            created.name
        )
    });
    if out.is_json() {
        return out.json(&created);
    }
    Ok(())
}
