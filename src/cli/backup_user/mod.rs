//! `warden backup-user`

mod clear;
mod covering;
mod enable;
mod list;
mod revoke;
mod set;
mod status;
mod switch;

use clap::{Args, Subcommand};

use super::Session;
use crate::error::Result;
use crate::model::BackupUser;
use crate::output::{Output, Row};
use crate::time::local;

/// Manage backup users: stand-ins who may act for a user for a limited time
///
/// A user designates one backup user (`set`) with a scope of permissions;
/// `enable` opens a window of time in which the backup user may act for
/// them (`switch`, `user verify --as`, `user can --as`). Administration
/// (users.manage, roles.manage, settings.manage) is never delegated, and a
/// backup user cannot pass the right on. A window ends when it expires,
/// when it is revoked, or when either user is disabled or deleted; both
/// users are notified of each change.
#[derive(Debug, Args)]
pub struct BackupUserArgs<C: Subcommand = BackupUserCommand> {
    #[command(subcommand)]
    pub command: C,
}

/// `BackupUserArgs` as the deferred tree holds it.
pub type Deferred = BackupUserArgs<DeferredCommand>;

super::subcommands! {
    pub enum BackupUserCommand, deferred DeferredCommand {
        Set(set::BackupUserSetArgs),
        Clear(clear::BackupUserClearArgs),
        Enable(enable::BackupUserEnableArgs),
        Revoke(revoke::BackupUserRevokeArgs),
        Status(status::BackupUserStatusArgs),
        List(list::BackupUserListArgs),
        Covering(covering::BackupUserCoveringArgs),
        Switch(switch::BackupUserSwitchArgs),
    }
}

pub fn run(args: &BackupUserArgs, session: &Session, out: &mut Output) -> Result<()> {
    match &args.command {
        BackupUserCommand::Set(a) => set::run(a, session, out),
        BackupUserCommand::Clear(a) => clear::run(a, session, out),
        BackupUserCommand::Enable(a) => enable::run(a, session, out),
        BackupUserCommand::Revoke(a) => revoke::run(a, session, out),
        BackupUserCommand::Status(a) => status::run(a, session, out),
        BackupUserCommand::List(a) => list::run(a, session, out),
        BackupUserCommand::Covering(a) => covering::run(a, session, out),
        BackupUserCommand::Switch(a) => switch::run(a, session, out),
    }
}

fn time_or_dash(t: Option<chrono::DateTime<chrono::Utc>>) -> String {
    t.map(local).unwrap_or_else(|| "-".into())
}

impl Row for BackupUser {
    fn cells(&self) -> Vec<String> {
        vec![
            self.user.clone(),
            self.backup_user.clone(),
            self.state.to_string(),
            time_or_dash(self.starts_at),
            time_or_dash(self.ends_at),
            self.permissions.join(" "),
        ]
    }
}

/// The table headers of a list of backup users.
const HEADERS: &[&str] = &["user", "backup user", "state", "starts", "ends", "scope"];

/// Prints one designation: details for people, the object with `--json`.
pub fn print(out: &mut Output, b: &BackupUser) -> Result<()> {
    if out.is_json() {
        return out.json(b);
    }
    let mut fields = vec![
        ("user", b.user.clone()),
        ("backup user", b.backup_user.clone()),
        ("state", b.state.to_string()),
        ("starts", time_or_dash(b.starts_at)),
        ("ends", time_or_dash(b.ends_at)),
    ];
    if let Some(ended) = b.ended_at {
        fields.push(("ended", local(ended)));
    }
    if let Some(reason) = &b.end_reason {
        fields.push(("end reason", reason.clone()));
    }
    fields.push((
        "permissions",
        if b.permissions.is_empty() {
            "none".into()
        } else {
            b.permissions.join(" ")
        },
    ));
    out.fields(&fields)
}

/// Warns (stderr, exit 0) about each user of USER's designation whom
/// notifications will not reach: they would not hear of the window.
fn warn_unreachable(out: &Output, store: &mut crate::store::Store, user: &str) -> Result<()> {
    for (name, why, mend) in crate::ops::backup_user::unreachable(store, user)? {
        out.warn(&format!(
            "{name} {why}, so backup-user notifications will not reach them (`warden user edit {name} {mend}`)"
        ));
    }
    Ok(())
}
