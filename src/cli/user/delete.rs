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
/// --transfer-to or --delete-owned. Deleting the last enabled admin is
/// refused (exit 5).
#[derive(Debug, Args)]
pub struct UserDeleteArgs {
    pub name: String,

    /// Give the user's accounts to this user first
    #[arg(long, value_name = "USER", conflicts_with = "delete_owned")]
    pub transfer_to: Option<String>,

    /// Disable the user's accounts (with the accounts below them) and queue
    /// them for deletion
    #[arg(long)]
    pub delete_owned: bool,
}

pub fn run(args: &UserDeleteArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let owned = match (&args.transfer_to, args.delete_owned) {
        (Some(to), _) => user::OwnedAccounts::TransferTo(to.clone()),
        (None, true) => user::OwnedAccounts::Delete,
        (None, false) => user::OwnedAccounts::Refuse,
    };
    // A deletion the rules refuse (unknown user, last admin, owned
    // accounts) is refused before asking.
    user::delete(&mut store, &session.ctx, &args.name, &owned, true)?;
    ui::confirm(&format!("delete user \"{}\"", args.name), session.yes)?;
    user::delete(&mut store, &session.ctx, &args.name, &owned, false)?;
    out.status(&format!("Deleted user \"{}\".", args.name));
    if out.is_json() {
        return out.json(&serde_json::json!({ "deleted": args.name }));
    }
    Ok(())
}
