//! `warden user delete`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::user;
use crate::output::Output;
use crate::ui;

/// Delete a user for good (asks to confirm)
///
/// The user's roles, grants and backup-user windows go with it; the audit
/// log keeps its history. A user who owns accounts is deleted only with
/// --transfer-to. Deleting the last enabled admin is refused (exit 5).
#[derive(Debug, Args)]
pub struct UserDeleteArgs {
    pub name: String,

    /// Give the user's accounts to this user first
    #[arg(long, value_name = "USER")]
    pub transfer_to: Option<String>,
}

pub fn run(args: &UserDeleteArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let transfer_to = args.transfer_to.as_deref();
    // A deletion the rules refuse (unknown user, last admin, owned
    // accounts) is refused before asking.
    user::delete(&mut store, &session.ctx, &args.name, transfer_to, true)?;
    ui::confirm(&format!("delete user \"{}\"", args.name), session.yes)?;
    user::delete(&mut store, &session.ctx, &args.name, transfer_to, false)?;
    out.status(&format!("Deleted user \"{}\".", args.name));
    if out.is_json() {
        return out.json(&serde_json::json!({ "deleted": args.name }));
    }
    Ok(())
}
