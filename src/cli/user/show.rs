//! `warden user show`

use clap::Args;
use serde::Serialize;

use crate::cli::Session;
use crate::error::Result;
use crate::model::{AccessSummary, User};
use crate::ops::access;
use crate::output::Output;

/// Show one user's profile, roles, state and login history summary
///
/// The last line sums up what the user can reach (access grants and
/// backup-user relations); `warden user access NAME` shows it all.
#[derive(Debug, Args)]
pub struct UserShowArgs {
    /// The user
    pub name: String,
}

/// The user object with its access summary under `access`.
#[derive(Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    user: &'a User,
    access: &'a AccessSummary,
}

pub fn run(args: &UserShowArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let (user, summary) = access::show_with_summary(&mut store, &session.ctx, &args.name)?;
    if out.is_json() {
        return out.json(&Shown {
            user: &user,
            access: &summary,
        });
    }
    let plural = |n: usize, what: &str| match n {
        1 => format!("1 {what}"),
        n => format!("{n} {what}s"),
    };
    let mut parts = vec![plural(summary.grants, "access grant")];
    parts.push(match (&summary.backup_user, &summary.backup_user_state) {
        (Some(backup), Some(state)) => format!("backup user {backup} ({state})"),
        _ => "no backup user".to_string(),
    });
    if summary.stands_in_for > 0 {
        parts.push(format!(
            "stands in for {}",
            plural(summary.stands_in_for, "user")
        ));
    }
    let line = format!(
        "{}; see `warden user access {}`",
        parts.join(", "),
        user.username
    );
    super::user_fields(out, &user, vec![("access", line)])
}
