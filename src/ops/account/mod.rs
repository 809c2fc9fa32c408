//! Backup accounts: the tree, states, the deletion queue, passwords,
//! access grants and credits.
//!
//! Every account descends from the one root `init` made. An account is
//! deleted only when disabled: deletion queues it for `deletion.grace`,
//! during which it can be restored and its name stays reserved; `purge`
//! then removes what is due. Every step is one write transaction, so a
//! purge and a restore of the same account are serialised and never both
//! succeed.

use secrecy::ExposeSecret;
use std::collections::{HashMap, HashSet};

use crate::store::Db;
use serde_json::json;

use super::settings::Settings;
use super::{record, Ctx};
use crate::catalog::AccessLevel;
use crate::error::{Error, Result};
use crate::lookup::{account as load, account_row as row, user_id};
use crate::model::{AccessEntry, Account, AccountState, Decision, Reason};
use crate::names::{validate, NameKind};
use crate::password::Secret;
use crate::store::accounts::{self as sql, AccountFilter, TreePosition, TreeWidths};
use crate::store::{self, Commit, Store};

mod access;
mod credits;
mod deletion;
mod password;
mod states;

pub use access::*;
pub use credits::*;
pub use deletion::*;
pub use password::*;
pub use states::*;

const PENDING: AccountState = AccountState::PendingDeletion;

/// Records one event per account, in the order given, with the same
/// details: a change to many accounts is audited account by account.
fn record_each<'a>(
    tx: &Db,
    ctx: &Ctx,
    action: &str,
    accounts: impl IntoIterator<Item = &'a str>,
    details: serde_json::Value,
) -> Result<()> {
    store::events::insert_each(tx, ctx.now_unix(), &ctx.actor, action, accounts, &details)
}

fn strategy_id(conn: &Db, name: &str) -> Result<i64> {
    Ok(crate::lookup::strategy_row(conn, name)?.id)
}

fn current_id(conn: &Db, actor: &str) -> Result<i64> {
    match sql::current_id(conn, actor)? {
        Some(id) => Ok(id),
        None => sql::root_id(conn),
    }
}

/// The actor's current account: the one remembered by `account use`, else
/// the root.
pub fn current(store: &mut Store, ctx: &Ctx) -> Result<Account> {
    store.read(|tx| {
        let name = sql::name_of(tx, current_id(tx, &ctx.actor)?)?;
        load(tx, &name)
    })
}

/// Remembers the actor's current account; new accounts go below it.
pub fn use_account(store: &mut Store, ctx: &Ctx, name: &str) -> Result<Account> {
    validate(NameKind::Account, name)?;
    store.write(|tx| {
        let account = row(tx, name)?;
        if account.state == PENDING {
            return Err(
                Error::refused(format!("account \"{name}\" is queued for deletion"))
                    .with_hint(format!("restore it first: warden account restore {name}")),
            );
        }
        let before = sql::current_name(tx, &ctx.actor)?;
        // The current account decides where new accounts go: a change of
        // it is a change of stored state, and audited; the same again is
        // no change.
        if before.as_deref() != Some(name) {
            sql::set_current(tx, &ctx.actor, account.id)?;
            record(tx, ctx, "account.use", name, json!({ "from": before }))?;
        }
        load(tx, name)
    })
}

/// Everything `account create` may set.
#[derive(Debug, Clone, Default)]
pub struct NewAccount {
    pub name: String,
    /// Below this account; the actor's current account when `None`.
    pub parent: Option<String>,
    pub owner: Option<String>,
    pub strategy: Option<String>,
    pub credits: i64,
}

impl NewAccount {
    pub fn validate(&self) -> Result<()> {
        validate(NameKind::Account, &self.name)?;
        if let Some(parent) = &self.parent {
            validate(NameKind::Account, parent)?;
        }
        if let Some(owner) = &self.owner {
            validate(NameKind::User, owner)?;
        }
        if let Some(strategy) = &self.strategy {
            validate(NameKind::Strategy, strategy)?;
        }
        if self.credits < 0 {
            return Err(Error::usage("credits cannot be negative"));
        }
        Ok(())
    }
}

fn taken(conn: &Db, name: &str) -> Result<Option<Error>> {
    Ok(sql::row(conn, name)?.map(|existing| {
        if existing.state == PENDING {
            Error::conflict(format!(
                "the name \"{name}\" is reserved: that account is queued for deletion"
            ))
            .with_hint(format!(
                "restore it with `warden account restore {name}`, or wait until it is purged"
            ))
        } else {
            Error::conflict(format!("account \"{name}\" already exists"))
                .with_hint("use --if-not-exists to accept it as it is")
        }
    }))
}

/// The account, when one by that name exists (in any state).
pub fn find(store: &mut Store, name: &str) -> Result<Option<Account>> {
    store.read(|tx| sql::get(tx, name))
}

/// Fails when the name is taken or reserved, before asking for a password.
pub fn check_free(store: &mut Store, name: &str) -> Result<()> {
    match store.read(|tx| taken(tx, name))? {
        Some(err) => Err(err),
        None => Ok(()),
    }
}

/// The strength of a new account password (0 to 4); it never blocks.
pub fn strength(name: &str, secret: &str) -> u8 {
    crate::password::strength(secret, &[name])
}

/// Creates an account below the parent (or the actor's current account).
/// A new root is impossible: every account has a parent.
pub fn create(store: &mut Store, ctx: &Ctx, req: &NewAccount, secret: &Secret) -> Result<Account> {
    req.validate()?;
    let settings = store.read(Settings::load)?;
    let hash = crate::password::hash(secret.expose_secret(), settings.hash)?;
    store.write(|tx| create_in(tx, ctx, req, Some(&hash)))
}

/// [`create`] inside the caller's write transaction, with the request
/// checked and the password already hashed (`None` only in a rehearsal,
/// which is rolled back).
pub(crate) fn create_in(
    tx: &Db,
    ctx: &Ctx,
    req: &NewAccount,
    hash: Option<&str>,
) -> Result<Account> {
    let now = ctx.now_unix();
    if let Some(err) = taken(tx, &req.name)? {
        return Err(err);
    }
    let parent = match &req.parent {
        Some(name) => row(tx, name)?,
        None => row(tx, &sql::name_of(tx, current_id(tx, &ctx.actor)?)?)?,
    };
    if parent.state == PENDING {
        return Err(Error::refused(format!(
            "account \"{}\" is queued for deletion: nothing can be created below it",
            parent.name
        ))
        .with_hint("restore it first, or choose another --parent"));
    }
    let owner = req.owner.as_deref().map(|o| user_id(tx, o)).transpose()?;
    let strategy = req
        .strategy
        .as_deref()
        .map(|s| strategy_id(tx, s))
        .transpose()?;
    sql::insert(
        tx,
        &sql::NewAccount {
            name: &req.name,
            parent_id: parent.id,
            owner_id: owner,
            strategy_id: strategy,
            credits: req.credits,
            password_hash: hash,
            now,
        },
    )?;
    let account = load(tx, &req.name)?;
    record(
        tx,
        ctx,
        "account.create",
        &req.name,
        json!({ "parent": parent.name, "owner": req.owner, "strategy": req.strategy, "credits": req.credits }),
    )?;
    Ok(account)
}

pub fn show(store: &mut Store, name: &str) -> Result<Account> {
    validate(NameKind::Account, name)?;
    store.read(|tx| load(tx, name))
}

/// Which accounts `list` shows, by name.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub state: Option<String>,
    pub owner: Option<String>,
    pub under: Option<String>,
}

/// Streams accounts in tree order.
pub fn for_each(
    store: &mut Store,
    filter: &ListFilter,
    each: impl FnMut(Account, TreePosition) -> Result<()>,
) -> Result<()> {
    let state = filter
        .state
        .as_deref()
        .map(|state| {
            state.parse::<AccountState>().map_err(|_| {
                Error::usage(format!("unknown state \"{state}\""))
                    .with_hint("the states are enabled, disabled and pending-deletion")
            })
        })
        .transpose()?;
    store.read(|tx| {
        let filter = AccountFilter {
            state,
            owner_id: filter
                .owner
                .as_deref()
                .map(|o| user_id(tx, o))
                .transpose()?,
            under: filter
                .under
                .as_deref()
                .map(|u| row(tx, u).map(|r| r.id))
                .transpose()?,
        };
        sql::for_each(tx, &filter, each)
    })
}

/// Walks the tree below `under` (or the whole tree) in tree order for
/// drawing it: `each` gets every account with the widest cells of the
/// whole drawing, measured first from the same read snapshot, so the
/// columns fit every row.
pub fn for_each_in_tree(
    store: &mut Store,
    under: Option<&str>,
    mut each: impl FnMut(&TreeWidths, Account, TreePosition) -> Result<()>,
) -> Result<()> {
    store.read(|tx| {
        let start = under.map(|u| row(tx, u).map(|r| r.id)).transpose()?;
        let widths = sql::tree_widths(tx, start)?;
        let filter = AccountFilter {
            under: start,
            ..AccountFilter::default()
        };
        sql::for_each(tx, &filter, |a, position| each(&widths, a, position))
    })
}

#[cfg(test)]
mod tests;
