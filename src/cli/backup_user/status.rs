//! `warden backup-user status`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::backup_user;
use crate::output::Output;

/// Show USER's backup user, window state, start, end and scope
///
/// The state is assigned (no window), scheduled, active, expired or
/// revoked. A window starts at its start and ends just before its end.
#[derive(Debug, Args)]
pub struct BackupUserStatusArgs {
    /// The user who designated a backup user
    pub user: String,
}

pub fn run(args: &BackupUserStatusArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let status = backup_user::status(&mut store, &session.ctx, &args.user)?;
    super::print(out, &status)
}
