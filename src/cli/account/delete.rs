//! `warden account delete`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::account;
use crate::output::Output;
use crate::ui;

/// Queue disabled accounts for deletion (asks to confirm)
///
/// A queued account can be restored until its grace period (setting
/// deletion.grace) ends; its name stays reserved until `account purge`
/// removes it. Accounts with accounts below them need --recursive, and
/// every one of those must be disabled.
#[derive(Debug, Args)]
pub struct AccountDeleteArgs {
    /// Disabled accounts to queue for deletion
    #[arg(required = true, value_name = "NAME")]
    pub names: Vec<String>,

    /// Queue the accounts below them too
    #[arg(long)]
    pub recursive: bool,
}

pub fn run(args: &AccountDeleteArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    account::delete(&mut store, &session.ctx, &args.names, args.recursive, true)?;
    ui::confirm(
        &format!(
            "queue {} for deletion",
            args.names
                .iter()
                .map(|n| format!("\"{n}\""))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        session.yes,
    )?;
    let queued = account::delete(&mut store, &session.ctx, &args.names, args.recursive, false)?;
    for a in &queued {
        out.status(&format!(
            "Queued \"{}\" for deletion: it will be purged after {}. Restore it before then with `warden account restore {}`.",
            a.name,
            super::purge_time(a),
            a.name
        ));
    }
    // An object like every other mutation's (and `restore`'s), not a bare list.
    if out.is_json() {
        return out.json(&serde_json::json!({ "queued": queued }));
    }
    Ok(())
}
