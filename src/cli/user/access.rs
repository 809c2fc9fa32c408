//! `warden user access`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::model::{BackupUser, BackupUserState, Relation, UserAccess};
use crate::ops::access;
use crate::output::Output;
use crate::time::local;

/// Show everything a user can reach, and why
///
/// The active role (its permissions apply on every account), the other
/// roles held (they apply once switched to), every access grant with how
/// many accounts it decides, the state that limits it and what it allows
/// there now, who stands in for the user and whom the user stands in for,
/// with each window's state and scope (and why an active one cannot be
/// used, when one of the two users is disabled or expired). With --account, the decision on every permission there, each
/// with its reason, exactly as `user can` decides.
#[derive(Debug, Args)]
pub struct UserAccessArgs {
    /// The user
    pub name: String,

    /// Also decide every permission on this account, with the reason for each
    #[arg(long, value_name = "ACCOUNT")]
    pub account: Option<String>,
}

pub fn run(args: &UserAccessArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let found = access::of_user(
        &mut store,
        &session.ctx,
        &args.name,
        args.account.as_deref(),
    )?;
    if out.is_json() {
        return out.json(&found);
    }
    print(out, &found)
}

/// A relation as a phrase: "active until ...", "scheduled from ... until
/// ...", with why an active window cannot be used now when it cannot.
fn relation_text(r: &Relation) -> String {
    match &r.blocked {
        Some(why) => format!("{}, but unusable: {why}", window_text(&r.window)),
        None => window_text(&r.window),
    }
}

/// A window as a phrase: "active until ...", "scheduled from ... until ...".
pub fn window_text(b: &BackupUser) -> String {
    let time = |t: Option<chrono::DateTime<chrono::Utc>>| t.map(local).unwrap_or_default();
    match b.state {
        BackupUserState::Assigned => "assigned, no window".to_string(),
        BackupUserState::Scheduled => format!(
            "scheduled from {} until {}",
            time(b.starts_at),
            time(b.ends_at)
        ),
        BackupUserState::Active => format!("active until {}", time(b.ends_at)),
        BackupUserState::Expired => format!("expired at {}", time(b.ends_at)),
        other => match (&b.ended_at, &b.end_reason) {
            (Some(at), Some(why)) => format!("{other} at {} ({why})", local(*at)),
            _ => other.to_string(),
        },
    }
}

fn print(out: &mut Output, a: &UserAccess) -> Result<()> {
    let state = match &a.blocked {
        Some(why) => format!("{} ({why}: nothing is allowed)", a.state),
        None => a.state.clone(),
    };
    let active = match &a.active_role {
        Some(role) if role.permissions.is_empty() => format!("{} (no permissions)", role.name),
        Some(role) => format!("{}: {}", role.name, role.permissions.join(" ")),
        None => "none".to_string(),
    };
    let others = if a.other_roles.is_empty() {
        "none".to_string()
    } else {
        let names: Vec<&str> = a.other_roles.iter().map(|r| r.name.as_str()).collect();
        format!(
            "{} (in effect only after `warden role switch {} ROLE`)",
            names.join(", "),
            a.user
        )
    };
    let backup = match &a.backup_user {
        Some(b) => format!(
            "{}, {}; scope: {}",
            b.window.backup_user,
            relation_text(b),
            b.window.permissions.join(" ")
        ),
        None => "none".to_string(),
    };
    let count = |n: usize, what: &str| match n {
        0 => "none".to_string(),
        1 => format!("1 {what} (below)"),
        n => format!("{n} {what}s (below)"),
    };
    out.fields(&[
        ("user", a.user.clone()),
        ("state", state),
        ("active role", active),
        ("other roles", others),
        ("grants", count(a.grants.len(), "grant")),
        ("backup user", backup),
        ("stands in for", count(a.stands_in_for.len(), "user")),
    ])?;
    if !a.grants.is_empty() {
        out.line("")?;
        out.line("Access grants:")?;
        out.table(
            &["account", "access", "accounts", "state", "permissions"],
            a.grants.iter().map(|g| {
                let state = match &g.limited_by {
                    Some(by) if *by != g.account => format!("{} (through {by})", g.effective_state),
                    _ => g.effective_state.to_string(),
                };
                vec![
                    g.account.clone(),
                    g.access.to_string(),
                    g.accounts.to_string(),
                    state,
                    if g.effective_permissions.is_empty() {
                        "none".to_string()
                    } else {
                        g.effective_permissions.join(" ")
                    },
                ]
            }),
        )?;
    }
    if !a.stands_in_for.is_empty() {
        out.line("")?;
        out.line("Stands in for:")?;
        out.table(
            &["user", "window", "scope"],
            a.stands_in_for.iter().map(|b| {
                vec![
                    b.window.user.clone(),
                    relation_text(b),
                    b.window.permissions.join(" "),
                ]
            }),
        )?;
    }
    if let Some(account) = &a.account {
        out.line("")?;
        out.line(&format!(
            "On account {} ({} of {} permissions allowed):",
            crate::output::escape(&account.name),
            account.allowed.len(),
            account.permissions.len()
        ))?;
        out.table(
            &["permission", "allowed", "reason"],
            account.permissions.iter().map(|p| {
                vec![
                    p.permission.clone(),
                    if p.allowed { "yes" } else { "no" }.to_string(),
                    p.reason.clone(),
                ]
            }),
        )?;
    }
    Ok(())
}
