//! `warden account create`

use clap::Args;
use secrecy::ExposeSecret;

use crate::cli::{PasswordArgs, Session};
use crate::error::{Kind, Result};
use crate::model::Account;
use crate::ops::account::{self, NewAccount};
use crate::output::Output;
use crate::store::Store;
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
    // Settle "already exists" before asking for a password.
    if args.if_not_exists {
        if let Some(existing) = live(&mut store, &args.name)? {
            ui::discard_unused_password(&args.password.input());
            return accepted(out, &existing);
        }
    }
    match account::check_free(&mut store, &args.name) {
        // Another process created it since the look above.
        Err(e) if args.if_not_exists && e.kind == Kind::Conflict => {
            let existing = live(&mut store, &args.name)?.ok_or(e)?;
            ui::discard_unused_password(&args.password.input());
            return accepted(out, &existing);
        }
        other => other?,
    }
    // Any password is accepted; its strength is only reported.
    let secret = ui::read_new_password(&args.password.input(), &args.name, &|_| Ok(()))?;
    let score = account::strength(&args.name, secret.expose_secret());
    let created = match account::create(&mut store, &session.ctx, &request, &secret) {
        // Another process created it between the check and the lock.
        Err(e) if args.if_not_exists && e.kind == Kind::Conflict => {
            let existing = live(&mut store, &args.name)?.ok_or(e)?;
            return accepted(out, &existing);
        }
        other => other?,
    };
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

/// The account by that name, unless it is queued for deletion: a queued
/// account's name is reserved, not there to be used, so `--if-not-exists`
/// still exits 4 for it.
fn live(store: &mut Store, name: &str) -> Result<Option<Account>> {
    Ok(account::find(store, name)?
        .filter(|a| a.state != crate::model::AccountState::PendingDeletion))
}

/// `--if-not-exists` found the account: it is accepted as it is.
fn accepted(out: &mut Output, existing: &Account) -> Result<()> {
    out.status(&format!(
        "Account \"{}\" already exists; nothing was changed.",
        existing.name
    ));
    if out.is_json() {
        return out.json(existing);
    }
    Ok(())
}
