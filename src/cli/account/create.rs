//! `warden account create`

use clap::Args;

use crate::cli::{PasswordArgs, Session};
use crate::error::Result;
use crate::ops::account::{self, NewAccount};
use crate::output::Output;
use crate::ui;

/// Create a backup account below the current account (or --parent)
///
/// The account password is asked twice on a terminal, or read with
/// --password-stdin or --password-file. Its strength is shown but never
/// blocks. The password is the only key to the account's data: losing it
/// means losing access to the backups.
#[derive(Debug, Args)]
pub struct AccountCreateArgs {
    /// Account name: lower case, starting with a letter or digit; a-z 0-9 . _ -
    pub name: String,

    /// Create it below this account instead of the current one
    #[arg(long, value_name = "ACCOUNT")]
    pub parent: Option<String>,

    /// The user who owns it
    #[arg(long, value_name = "USER")]
    pub owner: Option<String>,

    /// Its backup strategy (otherwise it inherits its parent's)
    #[arg(long, value_name = "STRATEGY")]
    pub strategy: Option<String>,

    /// Its starting credit balance
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub credits: i64,

    /// Succeed without changes when the account already exists
    #[arg(long)]
    pub if_not_exists: bool,

    #[command(flatten)]
    pub password: PasswordArgs,
}

pub fn run(args: &AccountCreateArgs, session: &Session, out: &mut Output) -> Result<()> {
    let request = NewAccount {
        name: args.name.clone(),
        parent: args.parent.clone(),
        owner: args.owner.clone(),
        strategy: args.strategy.clone(),
        credits: args.credits,
    };
    request.validate()?;
    let mut store = session.open(out)?;
    if args.if_not_exists {
        if let Some(existing) = account::find(&mut store, &args.name)? {
            out.status(&format!(
                "Account \"{}\" already exists; nothing was changed.",
                args.name
            ));
            return if out.is_json() {
                out.json(&existing)
            } else {
                Ok(())
            };
        }
    }
    account::check_free(&mut store, &args.name)?;
    // Any password is accepted; its strength is only reported.
    let secret = ui::read_new_password(&args.password.input(), &args.name, &|_| Ok(()))?;
    let score = account::strength(&args.name, &secret);
    let created = account::create(&mut store, &session.ctx, &request, &secret)?;
    drop(secret);
    out.status(&format!(
        "Created account \"{}\" ({}).",
        created.name, created.path
    ));
    super::strength_note(out, score);
    out.warn("the account password is the only way to reach this account's data: if it is lost, the backups cannot be restored. Keep it safe.");
    if out.is_json() {
        return out.json(&created);
    }
    Ok(())
}
