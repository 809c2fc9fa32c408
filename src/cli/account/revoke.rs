//! `warden account revoke`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::account;
use crate::output::Output;

/// Take away a user's grant on an account (idempotent)
#[derive(Debug, Args)]
pub struct AccountRevokeArgs {
    /// The account that carries the grant
    pub name: String,
    /// The user who loses the grant
    pub user: String,
}

pub fn run(args: &AccountRevokeArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let removed = account::revoke(&mut store, &session.ctx, &args.name, &args.user)?;
    out.status(&if removed {
        format!(
            "Revoked the grant of \"{}\" on \"{}\".",
            args.user, args.name
        )
    } else {
        format!(
            "\"{}\" had no grant on \"{}\"; nothing was changed.",
            args.user, args.name
        )
    });
    if out.is_json() {
        return out.json(
            &serde_json::json!({ "account": args.name, "user": args.user, "revoked": removed }),
        );
    }
    Ok(())
}
