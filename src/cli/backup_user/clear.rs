//! `warden backup-user clear`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::backup_user;
use crate::output::Output;

/// Remove USER's backup user, ending any window at once
///
/// Both users are told when a window ends. A user with no backup user is
/// left as it is and the command still succeeds, so it is safe to repeat.
/// Prints the state it leaves: no backup user.
#[derive(Debug, Args)]
pub struct BackupUserClearArgs {
    /// The user whose backup user goes
    pub user: String,
}

pub fn run(args: &BackupUserClearArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let cleared = backup_user::clear(&mut store, &session.ctx, &args.user)?;
    match &cleared {
        Some(backup) => out.status(&format!(
            "{backup} is no longer the backup user of {}.",
            args.user
        )),
        None => out.status(&format!(
            "{} has no backup user; nothing was changed.",
            args.user
        )),
    }
    // The state left behind, not the designation that was removed.
    if out.is_json() {
        return out.json(&serde_json::json!({
            "user": args.user,
            "backup_user": null,
            "cleared": cleared,
        }));
    }
    out.fields(&[("user", args.user.clone()), ("backup user", "none".into())])
}
