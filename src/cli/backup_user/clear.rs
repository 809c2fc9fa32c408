//! `warden backup-user clear`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::backup_user;
use crate::output::Output;

/// Remove USER's backup user, ending any window at once
#[derive(Debug, Args)]
pub struct BackupUserClearArgs {
    pub user: String,
}

pub fn run(args: &BackupUserClearArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let last = backup_user::clear(&mut store, &session.ctx, &args.user)?;
    out.status(&format!(
        "{} is no longer the backup user of {}.",
        last.backup_user, last.user
    ));
    super::print(out, &last)
}
