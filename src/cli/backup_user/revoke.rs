//! `warden backup-user revoke`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::backup_user;
use crate::output::Output;

/// End USER's backup-user window now (scheduled or active)
///
/// Both users are notified. With no open window nothing changes and the
/// command still succeeds, so it is safe to repeat.
#[derive(Debug, Args)]
pub struct BackupUserRevokeArgs {
    /// The user whose window ends now
    pub user: String,
}

pub fn run(args: &BackupUserRevokeArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let (after, revoked) = backup_user::revoke(&mut store, &session.ctx, &args.user)?;
    if revoked {
        out.status(&format!(
            "{} can no longer act for {}.",
            after.backup_user, after.user
        ));
    } else {
        out.status(&format!(
            "{} has no open backup-user window (it is {}); nothing was changed.",
            after.user, after.state
        ));
    }
    super::print(out, &after)
}
