//! `warden backup-user list`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::backup_user;
use crate::output::Output;

/// List every designated backup user with the state of its window
#[derive(Debug, Args)]
pub struct BackupUserListArgs {
    /// Only windows active now
    #[arg(long)]
    pub active: bool,
}

pub fn run(args: &BackupUserListArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let all = backup_user::list(&mut store, &session.ctx, args.active)?;
    let empty = if args.active {
        "No backup-user window is active."
    } else {
        "No backup users."
    };
    out.rows_or(&all, super::HEADERS, empty)
}
