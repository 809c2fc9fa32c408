//! `warden account restore`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::account;
use crate::output::Output;

/// Take a queued account (and those queued below it) out of the deletion
/// queue; it comes back disabled
///
/// Only the topmost queued account can be restored, and only within its
/// grace period. Prints the command that enables what came back (with
/// --recursive when accounts below it came back too).
#[derive(Debug, Args)]
pub struct AccountRestoreArgs {
    /// The account queued for deletion
    pub name: String,
}

pub fn run(args: &AccountRestoreArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let restored = account::restore(&mut store, &session.ctx, &args.name)?;
    let (count, them) = match restored.len() {
        1 => ("1 account".to_string(), "it"),
        n => (format!("{n} accounts"), "them"),
    };
    out.status(&format!(
        "Restored {count} (disabled): {}",
        crate::text::some_names(&restored, 20)
    ));
    // Everything below the restored account came back with it, so
    // --recursive enables exactly what was restored.
    let mut enable = vec!["account", "enable"];
    if restored.len() > 1 {
        enable.push("--recursive");
    }
    enable.push(&args.name);
    out.status(&format!(
        "Enable {them} again with: {}",
        session.command_line(&enable)
    ));
    if out.is_json() {
        return out.json(&serde_json::json!({ "restored": restored }));
    }
    Ok(())
}
