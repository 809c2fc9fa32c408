//! `warden account restore`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::account;
use crate::output::Output;

/// Take a queued account (and those queued below it) out of the deletion
/// queue; it comes back disabled
#[derive(Debug, Args)]
pub struct AccountRestoreArgs {
    pub name: String,
}

pub fn run(args: &AccountRestoreArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let restored = account::restore(&mut store, &session.ctx, &args.name)?;
    out.status(&format!(
        "Restored {} (disabled): {}",
        restored.len(),
        restored.join(", ")
    ));
    out.status(&format!(
        "Enable it with `warden account enable {}`.",
        args.name
    ));
    if out.is_json() {
        return out.json(&serde_json::json!({ "restored": restored }));
    }
    Ok(())
}
