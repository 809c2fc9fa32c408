//! `warden account`

mod access;
mod create;
mod credits;
mod current;
mod delete;
mod disable;
mod enable;
mod grant;
mod list;
mod passwd;
mod purge;
mod restore;
mod revoke;
mod show;
mod use_;
mod verify;

use clap::{Args, Subcommand};

use super::Session;
use crate::error::Result;
use crate::model::{AccessEntry, Account};
use crate::output::{Output, Row};
use crate::time::{local, rfc3339};

/// Manage backup accounts: the tree, states, deletion, passwords, access
/// and credits
///
/// Every account descends from the root made by `warden init`; new
/// accounts go below the current account (`warden account use`) or
/// --parent. Deleting needs a disabled account and queues it for the
/// grace period (setting deletion.grace); `account purge` removes what is
/// due.
#[derive(Debug, Args)]
pub struct AccountArgs<C: Subcommand = AccountCommand> {
    #[command(subcommand)]
    pub command: C,
}

/// `AccountArgs` as the deferred tree holds it.
pub type Deferred = AccountArgs<DeferredCommand>;

super::subcommands! {
    pub enum AccountCommand, deferred DeferredCommand {
        Create(create::AccountCreateArgs),
        Use(use_::AccountUseArgs),
        Current(current::AccountCurrentArgs),
        List(list::AccountListArgs),
        Show(show::AccountShowArgs),
        Disable(disable::AccountDisableArgs),
        Enable(enable::AccountEnableArgs),
        Delete(delete::AccountDeleteArgs),
        Restore(restore::AccountRestoreArgs),
        Purge(purge::AccountPurgeArgs),
        Passwd(passwd::AccountPasswdArgs),
        Verify(verify::AccountVerifyArgs),
        Grant(grant::AccountGrantArgs),
        Revoke(revoke::AccountRevokeArgs),
        Access(access::AccountAccessArgs),
        Credits(credits::AccountCreditsArgs),
    }
}

pub fn run(args: &AccountArgs, session: &Session, out: &mut Output) -> Result<()> {
    match &args.command {
        AccountCommand::Create(a) => create::run(a, session, out),
        AccountCommand::Use(a) => use_::run(a, session, out),
        AccountCommand::Current(a) => current::run(a, session, out),
        AccountCommand::List(a) => list::run(a, session, out),
        AccountCommand::Show(a) => show::run(a, session, out),
        AccountCommand::Disable(a) => disable::run(a, session, out),
        AccountCommand::Enable(a) => enable::run(a, session, out),
        AccountCommand::Delete(a) => delete::run(a, session, out),
        AccountCommand::Restore(a) => restore::run(a, session, out),
        AccountCommand::Purge(a) => purge::run(a, session, out),
        AccountCommand::Passwd(a) => passwd::run(a, session, out),
        AccountCommand::Verify(a) => verify::run(a, session, out),
        AccountCommand::Grant(a) => grant::run(a, session, out),
        AccountCommand::Revoke(a) => revoke::run(a, session, out),
        AccountCommand::Access(a) => access::run(a, session, out),
        AccountCommand::Credits(a) => credits::run(a, session, out),
    }
}

fn opt(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

/// What follows an inherited strategy in tables.
const INHERITED: &str = " (inherited)";

/// The effective strategy as tables show it: marked when it comes from an
/// ancestor, `-` when there is none.
fn strategy_cell(account: &Account) -> String {
    match &account.effective_strategy {
        Some(s) if account.strategy_inherited => format!("{s}{INHERITED}"),
        Some(s) => s.clone(),
        None => "-".into(),
    }
}

impl Row for Account {
    fn cells(&self) -> Vec<String> {
        vec![
            self.path.clone(),
            self.effective_state.to_string(),
            strategy_cell(self),
            opt(&self.owner),
            self.credits.to_string(),
            self.purge_after.map(local).unwrap_or_default(),
        ]
    }
}

impl Row for AccessEntry {
    fn cells(&self) -> Vec<String> {
        vec![
            self.user.clone(),
            self.via.clone(),
            self.access.clone(),
            self.reason.clone(),
        ]
    }
}

/// Prints one account: details for people, the object with `--json`.
pub fn print_account(out: &mut Output, account: &Account) -> Result<()> {
    if out.is_json() {
        return out.json(account);
    }
    out.fields(&[
        ("name", account.name.clone()),
        ("path", account.path.clone()),
        (
            "parent",
            account
                .parent
                .clone()
                .unwrap_or_else(|| "none (the root)".into()),
        ),
        ("state", account.state.to_string()),
        ("effective state", account.effective_state.to_string()),
        (
            "strategy",
            match &account.effective_strategy {
                Some(_) => strategy_cell(account),
                None => "none".into(),
            },
        ),
        (
            "owner",
            account.owner.clone().unwrap_or_else(|| "none".into()),
        ),
        ("credits", account.credits.to_string()),
        ("created", local(account.created_at)),
        (
            "purge after",
            account.purge_after.map(local).unwrap_or_else(|| "-".into()),
        ),
    ])
}

/// What people are told about a new account password.
fn strength_note(out: &Output, score: u8) {
    out.status(&format!(
        "Password strength: {score}/4 ({}).",
        crate::password::strength_word(score)
    ));
}

/// A queue or restore report line with the purge time in both forms.
fn purge_time(account: &Account) -> String {
    account
        .purge_after
        .map(|t| format!("{} ({})", local(t), rfc3339(t)))
        .unwrap_or_default()
}

/// `account enable`: one transaction for every name.
fn set_enabled(
    names: &[String],
    enabled: bool,
    recursive: bool,
    session: &Session,
    out: &mut Output,
) -> Result<()> {
    let names = crate::ui::read_names(names)?;
    let mut store = session.open(out)?;
    let (changed, unchanged) =
        crate::ops::account::set_enabled(&mut store, &session.ctx, &names, enabled, recursive)?;
    report_states(out, enabled, &changed, &unchanged);
    if out.is_json() {
        return out.json(&serde_json::json!({ "changed": changed, "unchanged": unchanged }));
    }
    Ok(())
}

/// The status lines of `account disable` and `account enable`: what
/// changed, and what already was so.
fn report_states(out: &Output, enabled: bool, changed: &[String], unchanged: &[String]) {
    let verb = if enabled { "enabled" } else { "disabled" };
    let done = format!(
        "{} {} account{}",
        if enabled { "Enabled" } else { "Disabled" },
        changed.len(),
        if changed.len() == 1 { "" } else { "s" },
    );
    out.changes(&done, changed, &format!("Already {verb}"), unchanged);
}
