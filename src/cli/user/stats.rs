//! `warden user stats`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::user;
use crate::output::Output;

/// Show a user's roles, credit limit, creation date, and credits spent and
/// available
///
/// Available credits are the smaller of the limit minus what was spent and
/// the home account's balance.
#[derive(Debug, Args)]
pub struct UserStatsArgs {
    /// The user
    pub name: String,
}

pub fn run(args: &UserStatsArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let stats = user::stats(&mut store, &session.ctx, &args.name)?;
    if out.is_json() {
        return out.json(&stats);
    }
    let none =
        |v: Option<i64>, word: &str| v.map(|n| n.to_string()).unwrap_or_else(|| word.to_string());
    out.fields(&[
        ("username", stats.username.clone()),
        ("roles", stats.roles.join(", ")),
        (
            "active role",
            stats.active_role.clone().unwrap_or_else(|| "none".into()),
        ),
        ("created", crate::time::local(stats.created_at)),
        ("credit limit", none(stats.credit_limit, "none")),
        (
            "account",
            stats.account.clone().unwrap_or_else(|| "none".into()),
        ),
        ("account credits", none(stats.account_credits, "-")),
        ("credits spent", stats.credits_spent.to_string()),
        (
            "credits available",
            none(stats.credits_available, "no limit"),
        ),
    ])
}
