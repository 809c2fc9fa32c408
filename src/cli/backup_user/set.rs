//! `warden backup-user set`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::backup_user;
use crate::output::Output;

/// Designate USER's backup user, with the permissions it may use
///
/// The scope is the --permission values, or by default every permission
/// USER holds (through roles and access grants) except users.manage,
/// roles.manage and settings.manage, which are never delegated. Both users
/// must be enabled. Naming a different backup user ends the previous one's
/// window. Designating opens no window: see `backup-user enable`. A
/// warning names either user whom notifications cannot reach.
#[derive(Debug, Args)]
pub struct BackupUserSetArgs {
    /// The user who designates
    pub user: String,

    /// The user who may stand in
    pub backup: String,

    /// A permission of the scope (repeatable); default: all of USER's delegable permissions
    #[arg(long = "permission", value_name = "PERMISSION")]
    pub permissions: Vec<String>,
}

pub fn run(args: &BackupUserSetArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let done = backup_user::set(
        &mut store,
        &session.ctx,
        &args.user,
        &args.backup,
        &args.permissions,
    )?;
    if !done.not_held.is_empty() {
        out.warn(&format!(
            "{} does not hold {} now; a backup user gets them only while {} does",
            args.user,
            done.not_held.join(", "),
            args.user
        ));
    }
    if let Some(old) = &done.replaced {
        out.status(&format!(
            "{} replaces {old} as the backup user of {}.",
            args.backup, args.user
        ));
    } else if done.changed {
        out.status(&format!(
            "{} is the backup user of {}.",
            args.backup, args.user
        ));
    } else {
        out.status(&format!(
            "{} already was the backup user of {} with that scope; nothing was changed.",
            args.backup, args.user
        ));
    }
    super::warn_unreachable(out, &mut store, &args.user)?;
    super::print(out, &done.backup_user)
}
