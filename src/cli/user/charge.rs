//! `warden user charge`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::user;
use crate::output::Output;

/// Spend credits for a user, debiting an account
///
/// Debits the user's home account unless --account names another. The user
/// needs credits.spend (through the active role or a grant on the account).
/// Refused (exit 5, nothing changed) when the user's credit limit or the
/// account's balance would be exceeded. Each charge is audited with its cost.
#[derive(Debug, Args)]
pub struct UserChargeArgs {
    /// The user who spends the credits
    pub name: String,

    /// Credits to spend (a whole number above 0)
    pub amount: i64,

    /// What the credits pay for, kept in the audit log
    #[arg(long, value_name = "TEXT")]
    pub reason: String,

    /// The account to debit instead of the user's home account
    #[arg(long, value_name = "ACCOUNT")]
    pub account: Option<String>,
}

pub fn run(args: &UserChargeArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let stats = user::charge(
        &mut store,
        &session.ctx,
        &args.name,
        args.amount,
        &args.reason,
        args.account.as_deref(),
    )?;
    if out.is_json() {
        return out.json(&stats);
    }
    out.status(&format!(
        "Charged {} credits to \"{}\": {} spent in all, {} available.",
        args.amount,
        args.name,
        stats.credits_spent,
        stats
            .credits_available
            .map(|c| c.to_string())
            .unwrap_or_else(|| "no limit".into())
    ));
    Ok(())
}
