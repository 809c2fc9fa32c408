//! `warden backup-user switch`

use clap::Args;

use crate::cli::Session;
use crate::error::{Kind, Result};
use crate::ops::backup_user;
use crate::output::Output;
use crate::time::local;

/// Switch BACKUP to acting for USER; exit 0 (allowed) or 6 (denied)
///
/// Allowed only while USER's window for BACKUP is active and both users are
/// enabled. Prints the acting identity and the permissions in effect (the
/// window's scope that USER holds now). Every attempt is audited, naming
/// both users.
#[derive(Debug, Args)]
pub struct BackupUserSwitchArgs {
    /// The backup user who switches
    pub backup: String,

    /// The user to act for
    pub user: String,
}

pub fn run(args: &BackupUserSwitchArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let switch = backup_user::switch(&mut store, &session.ctx, &args.backup, &args.user)?;
    if !switch.decision.allowed {
        let printed = if out.is_json() {
            out.json(&switch)
        } else {
            out.line(&format!("denied: {}", switch.decision.reason))
        };
        return out.answer(printed, Kind::Denied);
    }
    if out.is_json() {
        out.json(&switch)?;
    } else {
        out.line(&format!(
            "allowed: {} acts for {} until {} ({})",
            args.backup,
            args.user,
            switch.ends_at.map(local).unwrap_or_default(),
            switch.decision.reason
        ))?;
        out.line(&format!(
            "permissions: {}",
            if switch.permissions.is_empty() {
                "none".to_string()
            } else {
                switch.permissions.join(" ")
            }
        ))?;
    }
    Ok(())
}
