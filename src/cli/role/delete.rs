//! `warden role delete`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::role;
use crate::output::Output;
use crate::ui;

/// Delete a custom role (asks to confirm)
///
/// Refused while users hold it, unless --force, which takes it from them
/// first (their next role becomes active).
#[derive(Debug, Args)]
pub struct RoleDeleteArgs {
    /// The custom role to delete
    pub name: String,

    /// Take the role from its holders and delete it
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: &RoleDeleteArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let found = role::show(&mut store, &args.name)?;
    // A deletion the rules refuse anyway is refused without asking first.
    if !found.builtin && (found.users == 0 || args.force) {
        ui::confirm(&format!("delete role \"{}\"", args.name), session.yes)?;
    }
    let (unassigned, effects) = role::delete(&mut store, &session.ctx, &args.name, args.force)?;
    out.status(&format!("Deleted role \"{}\".", args.name));
    if !unassigned.is_empty() {
        out.status(&format!("Taken from: {}", unassigned.join(", ")));
    }
    out.side_effects(&effects);
    if out.is_json() {
        return out.json(&serde_json::json!({
            "deleted": args.name,
            "unassigned": unassigned,
            "side_effects": effects,
        }));
    }
    Ok(())
}
