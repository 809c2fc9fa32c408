//! `warden backup-user covering`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::backup_user;
use crate::output::Output;

/// List the users BACKUP can act for right now (the "switch user" choice)
#[derive(Debug, Args)]
pub struct BackupUserCoveringArgs {
    /// The backup user
    pub backup: String,
}

pub fn run(args: &BackupUserCoveringArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let users = backup_user::covering(&mut store, &session.ctx, &args.backup)?;
    let nobody = format!("{} can act for nobody now.", args.backup);
    out.rows_or(&users, super::HEADERS, &nobody)
}
