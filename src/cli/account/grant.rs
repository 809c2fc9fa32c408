//! `warden account grant`

use clap::{Args, ValueEnum};

use crate::catalog::AccessLevel;
use crate::cli::Session;
use crate::error::Result;
use crate::ops::account;
use crate::output::Output;

/// Give a user access to an account and everything below it
///
/// limited: accounts.read backups.read reports.read; full: limited plus
/// backups.download and backups.restore. The nearest grant wins.
#[derive(Debug, Args)]
pub struct AccountGrantArgs {
    /// The account (the grant covers everything below it too)
    pub name: String,
    /// The user who gets access
    pub user: String,

    /// How much the grant allows
    #[arg(long, value_enum)]
    pub access: Access,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Access {
    /// accounts.read, backups.read and reports.read
    Limited,
    /// limited plus backups.download and backups.restore
    Full,
}

pub fn run(args: &AccountGrantArgs, session: &Session, out: &mut Output) -> Result<()> {
    let level = match args.access {
        Access::Limited => AccessLevel::Limited,
        Access::Full => AccessLevel::Full,
    };
    let mut store = session.open(out)?;
    let changed = account::grant(&mut store, &session.ctx, &args.name, &args.user, level)?;
    out.status(&format!(
        "\"{}\" {} {level} access to \"{}\" and the accounts below it.",
        args.user,
        if changed { "has" } else { "already has" },
        args.name
    ));
    if out.is_json() {
        return out.json(&serde_json::json!({
            "account": args.name,
            "user": args.user,
            "access": level,
            "changed": changed,
        }));
    }
    Ok(())
}
