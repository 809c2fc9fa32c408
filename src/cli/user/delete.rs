//! `warden user delete`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::user;
use crate::output::Output;
use crate::text::some_names;
use crate::time::{local, rfc3339};
use crate::ui;

/// Delete a user for good (asks to confirm)
///
/// The user's roles, grants and backup-user windows go with it; the audit
/// log keeps its history. A user who owns accounts is deleted only with
/// --transfer-to or --delete-owned; with --delete-owned the question and
/// the report name every account queued (`queued_accounts` with --json).
/// Deleting the last enabled admin is refused (exit 5).
#[derive(Debug, Args)]
pub struct UserDeleteArgs {
    /// The user to delete
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
    // accounts) is refused before asking; the question says which
    // accounts would go with the user.
    let planned = user::delete(&mut store, &session.ctx, &args.name, &owned, true)?;
    let mut question = format!("delete user \"{}\"", args.name);
    if !planned.queued_accounts.is_empty() {
        question.push_str(&format!(
            " and queue {} for deletion ({})",
            accounts(planned.queued_accounts.len()),
            some_names(&planned.queued_accounts, 10)
        ));
    }
    if !planned.side_effects.is_empty() {
        let effects: Vec<String> = planned.side_effects.iter().map(|e| e.to_string()).collect();
        question.push_str(&format!(" (also: {})", effects.join("; ")));
    }
    ui::confirm(&question, session.yes)?;
    let done = user::delete(&mut store, &session.ctx, &args.name, &owned, false)?;
    out.status(&format!("Deleted user \"{}\".", args.name));
    if let (false, Some(when)) = (done.queued_accounts.is_empty(), done.purge_after) {
        out.status(&format!(
            "Queued {} for deletion: {}. {} purged after {} ({}); \
             `warden account restore NAME` brings one back, with the accounts below it.",
            accounts(done.queued_accounts.len()),
            some_names(&done.queued_accounts, 20),
            if done.queued_accounts.len() == 1 {
                "It will be"
            } else {
                "They will be"
            },
            local(when),
            rfc3339(when)
        ));
    }
    out.side_effects(&done.side_effects);
    if out.is_json() {
        return out.json(&serde_json::json!({
            "deleted": args.name,
            "queued_accounts": done.queued_accounts,
            "side_effects": done.side_effects,
        }));
    }
    Ok(())
}

fn accounts(n: usize) -> String {
    format!("{n} account{}", if n == 1 { "" } else { "s" })
}
