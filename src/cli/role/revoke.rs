//! `warden role revoke`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::role;
use crate::output::Output;

/// Take roles from a user; losing the active role makes the first remaining
/// one active. Taking admin from the last admin is refused (exit 5).
#[derive(Debug, Args)]
pub struct RoleRevokeArgs {
    /// The user who loses the roles
    pub user: String,

    /// Roles to take away
    #[arg(required = true, value_name = "ROLE")]
    pub roles: Vec<String>,
}

pub fn run(args: &RoleRevokeArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let (user, removed, effects) = role::revoke(&mut store, &session.ctx, &args.user, &args.roles)?;
    out.status(&if removed.is_empty() {
        format!(
            "\"{}\" holds none of those roles; nothing was changed.",
            user.username
        )
    } else {
        format!("Revoked {} from \"{}\".", removed.join(", "), user.username)
    });
    out.side_effects(&effects);
    if out.is_json() {
        return out.json_with_side_effects(&user, &effects);
    }
    Ok(())
}
