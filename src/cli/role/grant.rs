//! `warden role grant`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::role;
use crate::output::Output;

/// Give roles to a user; the first role a user gets becomes active
#[derive(Debug, Args)]
pub struct RoleGrantArgs {
    /// The user who gets the roles
    pub user: String,

    /// Roles to give (the first role a user gets becomes active)
    #[arg(required = true, value_name = "ROLE")]
    pub roles: Vec<String>,
}

pub fn run(args: &RoleGrantArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let (user, added) = role::grant(&mut store, &session.ctx, &args.user, &args.roles)?;
    out.status(&if added.is_empty() {
        format!(
            "\"{}\" already holds those roles; nothing was changed.",
            user.username
        )
    } else {
        format!("Granted {} to \"{}\".", added.join(", "), user.username)
    });
    if out.is_json() {
        return out.json(&user);
    }
    Ok(())
}
