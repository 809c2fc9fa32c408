//! `warden role edit`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::role;
use crate::output::Output;

/// Change a custom role's permissions or description
#[derive(Debug, Args)]
pub struct RoleEditArgs {
    /// The role
    pub name: String,

    /// A permission to add (repeat for several; see `warden role permissions`)
    #[arg(long = "add-permission", value_name = "PERMISSION")]
    pub add: Vec<String>,

    /// A permission to remove (repeat for several)
    #[arg(long = "remove-permission", value_name = "PERMISSION")]
    pub remove: Vec<String>,

    /// The new description
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
}

pub fn run(args: &RoleEditArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let (updated, changed, effects) = role::edit(
        &mut store,
        &session.ctx,
        &args.name,
        &args.add,
        &args.remove,
        args.description.as_deref(),
    )?;
    out.status(&if changed {
        format!("Updated role \"{}\".", updated.name)
    } else {
        format!(
            "Role \"{}\" is unchanged: it already was as asked.",
            updated.name
        )
    });
    out.side_effects(&effects);
    if out.is_json() {
        return out.json_with_side_effects(&updated, &effects);
    }
    Ok(())
}
