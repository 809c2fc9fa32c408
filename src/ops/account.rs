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

use rusqlite::Connection;
use serde_json::json;

use super::lookup::{account as load, account_row as row, user_id};
use super::settings::Settings;
use super::{record, Ctx};
use crate::catalog::AccessLevel;
use crate::error::{Error, Result};
use crate::model::{AccessEntry, Account, AccountState, Decision};
use crate::names::{validate, NameKind};
use crate::password::{self, Secret};
use crate::store::accounts::{self as sql, AccountFilter, TreePosition, TreeWidths};
use crate::store::{self, Commit, Store};

const PENDING: AccountState = AccountState::PendingDeletion;

/// Records one event per account, in the order given, with the same
/// details: a change to many accounts is audited account by account.
fn record_each<'a>(
    tx: &Connection,
    ctx: &Ctx,
    action: &str,
    accounts: impl IntoIterator<Item = &'a str>,
    details: serde_json::Value,
) -> Result<()> {
    store::events::insert_each(tx, ctx.now_unix(), &ctx.actor, action, accounts, &details)
}

fn strategy_id(conn: &Connection, name: &str) -> Result<i64> {
    Ok(super::lookup::strategy_row(conn, name)?.id)
}

// ---- the current account ----

fn current_id(conn: &Connection, actor: &str) -> Result<i64> {
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

// ---- create ----

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

fn taken(conn: &Connection, name: &str) -> Result<Option<Error>> {
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
    password::strength(secret, &[name])
}

/// Creates an account below the parent (or the actor's current account).
/// A new root is impossible: every account has a parent.
pub fn create(store: &mut Store, ctx: &Ctx, req: &NewAccount, secret: &Secret) -> Result<Account> {
    req.validate()?;
    let settings = store.read(|tx| Settings::load(tx))?;
    let hash = password::hash(secret.expose_secret(), settings.hash)?;
    store.write(|tx| create_in(tx, ctx, req, Some(&hash)))
}

/// [`create`] inside the caller's write transaction, with the request
/// checked and the password already hashed (`None` only in a rehearsal,
/// which is rolled back).
pub(crate) fn create_in(
    tx: &Connection,
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

// ---- read ----

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

// ---- states ----

/// Enables or disables accounts (with `recursive`, their subtrees too), all
/// or nothing. Already in the wanted state is success. Accounts queued for
/// deletion are refused: they are restored, not enabled. Returns the names
/// changed and those that already were so.
pub fn set_enabled(
    store: &mut Store,
    ctx: &Ctx,
    names: &[String],
    enabled: bool,
    recursive: bool,
) -> Result<(Vec<String>, Vec<String>)> {
    names
        .iter()
        .try_for_each(|n| validate(NameKind::Account, n))?;
    store.write(|tx| set_enabled_in(tx, ctx, names, enabled, recursive))
}

/// What `account disable` did, or in a rehearsal would do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Disabled {
    /// The accounts whose own state changed.
    pub changed: Vec<String>,
    /// Named accounts that were disabled already.
    pub unchanged: Vec<String>,
    /// How many accounts are effectively disabled through the named ones:
    /// each of them and every account below it, each counted once.
    pub effectively_disabled: u64,
    /// The root's name, when it is among the names (and so every account
    /// is effectively disabled).
    pub root: Option<String>,
}

/// Disables accounts as [`set_enabled`] does, and counts what that takes
/// down. With `rehearse`, checks and counts and changes nothing, so the
/// count can be shown before asking.
pub fn disable(
    store: &mut Store,
    ctx: &Ctx,
    names: &[String],
    recursive: bool,
    rehearse: bool,
) -> Result<Disabled> {
    names
        .iter()
        .try_for_each(|n| validate(NameKind::Account, n))?;
    let change = |tx: &rusqlite::Transaction| -> Result<Disabled> {
        let done = change_states(tx, ctx, names, false, recursive)?;
        // A recursive disable has walked the subtrees already.
        let effectively_disabled = if recursive {
            done.walked.len() as u64
        } else {
            sql::subtrees_size(tx, &done.tops)?
        };
        Ok(Disabled {
            changed: done.changed,
            unchanged: done.unchanged,
            effectively_disabled,
            root: done.root,
        })
    };
    store.transaction(Commit::unless(rehearse), change)
}

/// [`set_enabled`] inside the caller's write transaction.
pub(crate) fn set_enabled_in(
    tx: &Connection,
    ctx: &Ctx,
    names: &[String],
    enabled: bool,
    recursive: bool,
) -> Result<(Vec<String>, Vec<String>)> {
    let change = change_states(tx, ctx, names, enabled, recursive)?;
    Ok((change.changed, change.unchanged))
}

/// What [`change_states`] did, with what it learnt on the way.
struct StateChange {
    changed: Vec<String>,
    unchanged: Vec<String>,
    /// The named accounts' ids.
    tops: Vec<i64>,
    /// The root's name, when it is among the names.
    root: Option<String>,
    /// With `recursive`: every account of the named subtrees, which were
    /// walked anyway.
    walked: HashSet<i64>,
}

fn change_states(
    tx: &Connection,
    ctx: &Ctx,
    names: &[String],
    enabled: bool,
    recursive: bool,
) -> Result<StateChange> {
    let now = ctx.now_unix();
    let (target, action) = if enabled {
        (AccountState::Enabled, "account.enable")
    } else {
        (AccountState::Disabled, "account.disable")
    };
    let mut done = StateChange {
        changed: Vec::new(),
        unchanged: Vec::new(),
        tops: Vec::with_capacity(names.len()),
        root: None,
        walked: HashSet::new(),
    };
    // The accounts in `changed` or `unchanged`.
    let mut seen = HashSet::new();
    for name in names {
        let top = row(tx, name)?;
        done.tops.push(top.id);
        if top.parent_id.is_none() {
            done.root = Some(top.name.clone());
        }
        let members = if recursive {
            sql::subtree(tx, top.id)?
        } else {
            vec![(top.id, top.name.clone(), top.state, 0)]
        };
        // This name's changes are written before the next name's
        // subtree is read, so an account is never changed twice.
        let first = done.changed.len();
        let mut ids = Vec::new();
        for (id, member, state, depth) in members {
            if recursive {
                done.walked.insert(id);
            }
            if state == PENDING {
                if depth == 0 {
                    return Err(Error::refused(format!(
                        "account \"{member}\" is queued for deletion"
                    ))
                    .with_hint(format!(
                        "use `warden account restore {member}` to take it out of the queue"
                    )));
                }
                continue; // below a disabled parent, a queued account stays queued
            }
            if state == target {
                if depth == 0 && seen.insert(id) {
                    done.unchanged.push(member);
                }
                continue;
            }
            seen.insert(id);
            ids.push(id);
            done.changed.push(member);
        }
        sql::set_states(tx, &ids, target, None, now)?;
        record_each(
            tx,
            ctx,
            action,
            done.changed[first..].iter().map(String::as_str),
            json!({ "recursive": recursive }),
        )?;
    }
    Ok(done)
}

// ---- the deletion queue ----

fn grace(conn: &Connection) -> Result<i64> {
    Ok(Settings::load(conn)?.deletion_grace.as_secs() as i64)
}

/// Queues disabled accounts for deletion (`recursive` for those with live
/// accounts below them, which must all be disabled). Already queued is
/// success. Returns the queued accounts. With `rehearse`, checks every rule
/// and changes nothing.
pub fn delete(
    store: &mut Store,
    ctx: &Ctx,
    names: &[String],
    recursive: bool,
    rehearse: bool,
) -> Result<Vec<Account>> {
    names
        .iter()
        .try_for_each(|n| validate(NameKind::Account, n))?;
    store.transaction(Commit::unless(rehearse), |tx| {
        delete_in(tx, ctx, names, recursive)
    })
}

/// [`delete`] inside the caller's write transaction.
pub(crate) fn delete_in(
    tx: &Connection,
    ctx: &Ctx,
    names: &[String],
    recursive: bool,
) -> Result<Vec<Account>> {
    let now = ctx.now_unix();
    let purge_after = now + grace(tx)?;
    let mut queued = Vec::new();
    for name in names {
        let top = row(tx, name)?;
        if top.parent_id.is_none() {
            return Err(Error::refused("the root account cannot be deleted"));
        }
        if top.state == PENDING {
            continue;
        }
        if top.state != AccountState::Disabled {
            return Err(Error::refused(format!(
                "account \"{name}\" is {}: only a disabled account can be deleted",
                top.state
            ))
            .with_hint(format!("disable it first: warden account disable {name}")));
        }
        let members = sql::subtree(tx, top.id)?;
        let live: Vec<&(i64, String, AccountState, i64)> = members
            .iter()
            .filter(|m| m.3 > 0 && m.2 != PENDING)
            .collect();
        if !live.is_empty() && !recursive {
            return Err(Error::refused(format!(
                "account \"{name}\" has {} account{} below it",
                live.len(),
                if live.len() == 1 { "" } else { "s" }
            ))
            .with_hint("pass --recursive to delete them too (they must all be disabled)"));
        }
        let enabled: Vec<&str> = live
            .iter()
            .filter(|m| m.2 == AccountState::Enabled)
            .map(|m| m.1.as_str())
            .collect();
        if !enabled.is_empty() {
            let shown: Vec<&str> = enabled.iter().take(10).copied().collect();
            return Err(Error::refused(format!(
                "{} account{} below \"{name}\" {} still enabled: {}{}",
                enabled.len(),
                if enabled.len() == 1 { "" } else { "s" },
                if enabled.len() == 1 { "is" } else { "are" },
                shown.join(", "),
                if enabled.len() > 10 { ", ..." } else { "" }
            ))
            .with_hint(format!(
                "disable them first: warden account disable --recursive {name}"
            )));
        }
        let queue: Vec<&(i64, String, AccountState, i64)> =
            members.iter().filter(|m| m.2 != PENDING).collect();
        let ids: Vec<i64> = queue.iter().map(|m| m.0).collect();
        sql::set_states(tx, &ids, PENDING, Some(purge_after), now)?;
        record_each(
            tx,
            ctx,
            "account.delete",
            queue.iter().map(|m| m.1.as_str()),
            json!({ "purge_after": crate::time::rfc3339(crate::time::from_unix(purge_after)?) }),
        )?;
        queued.push(load(tx, name)?);
    }
    Ok(queued)
}

/// Disables and queues for deletion each of a deleted user's accounts with
/// the accounts below it, inside the caller's transaction. Returns the
/// names queued, in tree order under each owned account, and the end of
/// their grace period.
pub(crate) fn queue_owned(
    tx: &Connection,
    ctx: &Ctx,
    names: &[String],
) -> Result<(Vec<String>, i64)> {
    let now = ctx.now_unix();
    let purge_after = now + grace(tx)?;
    let when = crate::time::rfc3339(crate::time::from_unix(purge_after)?);
    let mut queued = Vec::new();
    for name in names {
        let top = row(tx, name)?;
        if top.parent_id.is_none() {
            return Err(
                Error::refused(format!("the root account \"{name}\" cannot be deleted"))
                    .with_hint("give it to another user with --transfer-to instead"),
            );
        }
        let first = queued.len();
        let mut ids = Vec::new();
        for (id, member, state, _) in sql::subtree(tx, top.id)? {
            if state != PENDING {
                ids.push(id);
                queued.push(member);
            }
        }
        sql::set_states(tx, &ids, PENDING, Some(purge_after), now)?;
        record_each(
            tx,
            ctx,
            "account.delete",
            queued[first..].iter().map(String::as_str),
            json!({ "purge_after": when, "owner_deleted": true }),
        )?;
    }
    Ok((queued, purge_after))
}

/// Takes a queued account, and the accounts queued below it, out of the
/// deletion queue during the grace period; they come back disabled.
pub fn restore(store: &mut Store, ctx: &Ctx, name: &str) -> Result<Vec<String>> {
    validate(NameKind::Account, name)?;
    let now = ctx.now_unix();
    store.write(|tx| {
        let top = row(tx, name)?;
        if top.state != PENDING {
            return Err(Error::refused(format!(
                "account \"{name}\" is not queued for deletion (it is {})",
                top.state
            )));
        }
        if top.purge_after.is_some_and(|t| t <= now) {
            let when =
                crate::time::rfc3339(crate::time::from_unix(top.purge_after.unwrap_or_default())?);
            return Err(
                Error::refused(format!("the grace period of \"{name}\" ended at {when}"))
                    .with_hint("it is purged by the next `warden account purge`"),
            );
        }
        if let Some(parent) = top.parent_id {
            if sql::state_of(tx, parent)? == PENDING {
                return Err(Error::refused(format!(
                    "the account above \"{name}\" is queued for deletion too"
                ))
                .with_hint(
                    "restore the topmost queued account; the accounts below it come back with it",
                ));
            }
        }
        let (mut ids, mut restored) = (Vec::new(), Vec::new());
        for (id, member, state, _) in sql::subtree(tx, top.id)? {
            if state == PENDING {
                ids.push(id);
                restored.push(member);
            }
        }
        sql::set_states(tx, &ids, AccountState::Disabled, None, now)?;
        record_each(
            tx,
            ctx,
            "account.restore",
            restored.iter().map(String::as_str),
            json!({}),
        )?;
        Ok(restored)
    })
}

/// What a purge removed, and what it left for later.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct PurgeReport {
    pub purged: Vec<String>,
    /// Due, but with an account below it that is not due yet.
    pub waiting: Vec<String>,
    pub dry_run: bool,
}

/// Removes accounts, with their names and depths, in one statement, and
/// records one event each, deepest first (then by name). Returns the names
/// in name order.
fn remove(tx: &Connection, ctx: &Ctx, mut members: Vec<(i64, String, i64)>) -> Result<Vec<String>> {
    members.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
    let ids: Vec<i64> = members.iter().map(|m| m.0).collect();
    sql::delete_all(tx, &ids)?;
    record_each(
        tx,
        ctx,
        "account.purge",
        members.iter().map(|m| m.1.as_str()),
        json!({}),
    )?;
    let mut purged: Vec<String> = members.into_iter().map(|m| m.1).collect();
    purged.sort();
    Ok(purged)
}

/// Sorts the due accounts into those to purge now, with their depth
/// below the root, and those waiting for an account below them that is not
/// due. An account the root does not reach (only a damaged tree has one)
/// is neither: `db check` reports it.
///
/// Works on the whole table in memory, in time proportional to the number
/// of accounts, however deep the tree and however many accounts are due.
fn due_accounts(nodes: Vec<sql::PurgeNode>) -> (Vec<(i64, String, i64)>, Vec<String>) {
    let index: HashMap<i64, usize> = nodes.iter().enumerate().map(|(i, n)| (n.id, i)).collect();
    let parent: Vec<Option<usize>> = nodes
        .iter()
        .map(|n| n.parent_id.and_then(|p| index.get(&p).copied()))
        .collect();
    // Depth below the root; None while unknown, Some(None) when the root
    // does not reach the account.
    let mut depth: Vec<Option<Option<i64>>> = vec![None; nodes.len()];
    let mut on_path = vec![false; nodes.len()];
    let mut path = Vec::new();
    for start in 0..nodes.len() {
        let mut at = start;
        // Climb until the depth is known, the root is reached, or the
        // chain breaks (a missing parent, or a cycle).
        let known = loop {
            if let Some(d) = depth[at] {
                break d;
            }
            if on_path[at] {
                break None;
            }
            on_path[at] = true;
            path.push(at);
            match (nodes[at].parent_id, parent[at]) {
                (None, _) => break Some(-1),
                (Some(_), Some(p)) => at = p,
                (Some(_), None) => break None,
            }
        };
        let mut d = known;
        for &i in path.iter().rev() {
            d = d.map(|d| d + 1);
            depth[i] = Some(d);
            on_path[i] = false;
        }
        path.clear();
    }
    // blocked[i]: an account below i is not due. Each account is marked
    // once, so the climbs together visit every account at most once.
    let mut blocked = vec![false; nodes.len()];
    for (i, node) in nodes.iter().enumerate() {
        if node.due.is_none() {
            let mut above = parent[i];
            while let Some(p) = above {
                if blocked[p] {
                    break;
                }
                blocked[p] = true;
                above = parent[p];
            }
        }
    }
    let (mut due, mut waiting) = (Vec::new(), Vec::new());
    for (i, node) in nodes.into_iter().enumerate() {
        let (Some(name), Some(Some(d))) = (node.due, depth[i]) else {
            continue;
        };
        if blocked[i] {
            waiting.push(name);
        } else {
            due.push((node.id, name, d));
        }
    }
    (due, waiting)
}

/// Purges every queued account whose grace period has passed. Idempotent
/// and safe from cron: what is not due stays; an account with a queued
/// account below it that is not due yet waits for it.
pub fn purge_due(store: &mut Store, ctx: &Ctx, dry_run: bool) -> Result<PurgeReport> {
    store.transaction(Commit::unless(dry_run), |tx| purge_due_in(tx, ctx, dry_run))
}

/// The work of [`purge_due`] inside the caller's write transaction (for
/// `maintenance`). With `dry_run`, only says what is due.
pub(crate) fn purge_due_in(tx: &Connection, ctx: &Ctx, dry_run: bool) -> Result<PurgeReport> {
    let (due, mut waiting) = due_accounts(sql::purge_nodes(tx, ctx.now_unix())?);
    waiting.sort();
    let purged = if dry_run {
        let mut names: Vec<String> = due.into_iter().map(|(_, n, _)| n).collect();
        names.sort();
        names
    } else {
        remove(tx, ctx, due)?
    };
    Ok(PurgeReport {
        purged,
        waiting,
        dry_run,
    })
}

/// Purges named queued accounts now, before their grace period ends (with
/// the queued accounts below them). With `rehearse`, only checks.
pub fn purge_now(
    store: &mut Store,
    ctx: &Ctx,
    names: &[String],
    rehearse: bool,
) -> Result<PurgeReport> {
    names
        .iter()
        .try_for_each(|n| validate(NameKind::Account, n))?;
    let change = |tx: &rusqlite::Transaction| -> Result<PurgeReport> {
        let mut members: Vec<(i64, String, i64)> = Vec::new();
        for name in names {
            let top = row(tx, name)?;
            if top.state != PENDING {
                return Err(Error::refused(format!("account \"{name}\" is not queued for deletion (it is {})", top.state))
                    .with_hint(format!("only a queued account is purged: disable it, then `warden account delete {name}`")));
            }
            for (id, member, state, depth) in sql::subtree(tx, top.id)? {
                if state != PENDING {
                    return Err(Error::refused(format!(
                        "account \"{member}\" below \"{name}\" is not queued for deletion"
                    )));
                }
                if !members.iter().any(|m| m.0 == id) {
                    members.push((id, member, depth));
                }
            }
        }
        let purged = if rehearse {
            members.iter().map(|m| m.1.clone()).collect()
        } else {
            remove(tx, ctx, members)?
        };
        Ok(PurgeReport {
            purged,
            waiting: Vec::new(),
            dry_run: rehearse,
        })
    };
    store.transaction(Commit::unless(rehearse), change)
}

// ---- the account password ----

/// Checks an account password; every check is audited (never the password).
pub fn verify(store: &mut Store, ctx: &Ctx, name: &str, secret: &str) -> Result<Decision> {
    Ok(check_password(store, ctx, name, secret)?.0)
}

/// [`verify`], also returning the stored hash the password was checked
/// against.
fn check_password(
    store: &mut Store,
    ctx: &Ctx,
    name: &str,
    secret: &str,
) -> Result<(Decision, Option<String>)> {
    validate(NameKind::Account, name)?;
    let account = store.read(|tx| row(tx, name))?;
    let ok = match &account.password_hash {
        Some(hash) => password::verify(secret, hash),
        None => password::dummy_verify(secret, store.read(|tx| Settings::load(tx))?.hash),
    };
    let action = if ok {
        "account.verify"
    } else {
        "account.verify_failed"
    };
    store.write(|tx| record(tx, ctx, action, name, json!({})))?;
    let decision = Decision {
        allowed: ok,
        reason: if ok {
            "account password accepted".into()
        } else {
            "wrong account password".into()
        },
        user: String::new(),
        acting_for: None,
        permission: None,
        account: Some(name.to_string()),
    };
    Ok((decision, account.password_hash))
}

/// Changes an account password, which needs the old one (it is the only key
/// to the account's data). Returns the new password's strength.
pub fn passwd(store: &mut Store, ctx: &Ctx, name: &str, old: &str, new: &Secret) -> Result<u8> {
    validate(NameKind::Account, name)?;
    let (decision, checked) = check_password(store, ctx, name, old)?;
    if !decision.allowed {
        return Err(Error::denied(format!(
            "the old password of account \"{name}\" is wrong; nothing was changed"
        )));
    }
    let settings = store.read(|tx| Settings::load(tx))?;
    let hash = password::hash(new.expose_secret(), settings.hash)?;
    let score = strength(name, new.expose_secret());
    let now = ctx.now_unix();
    store.write(|tx| {
        let account = row(tx, name)?;
        // Another change may have committed while the old password was
        // being checked: the password given is then no longer the old one.
        if account.password_hash != checked {
            return Err(Error::denied(format!(
                "the password of account \"{name}\" was changed while the old one was being checked; nothing was changed"
            ))
            .with_hint("run the command again with the current password"));
        }
        sql::set_password(tx, account.id, &hash, now)?;
        record(
            tx,
            ctx,
            "account.passwd",
            name,
            json!({ "strength": score }),
        )
    })?;
    Ok(score)
}

// ---- access ----

/// Gives a user `limited` or `full` access to an account and everything
/// below it (replacing a grant on that same account).
/// Returns whether anything changed: granting the access a user already
/// has on that account is no change, and records nothing.
pub fn grant(
    store: &mut Store,
    ctx: &Ctx,
    name: &str,
    user: &str,
    access: AccessLevel,
) -> Result<bool> {
    validate(NameKind::Account, name)?;
    validate(NameKind::User, user)?;
    store.write(|tx| grant_in(tx, ctx, name, user, access))
}

/// [`grant`] inside the caller's write transaction.
pub(crate) fn grant_in(
    tx: &Connection,
    ctx: &Ctx,
    name: &str,
    user: &str,
    access: AccessLevel,
) -> Result<bool> {
    let account = row(tx, name)?;
    let uid = user_id(tx, user)?;
    let before = sql::grant_on(tx, account.id, uid)?;
    if before == Some(access) {
        return Ok(false);
    }
    sql::set_grant(tx, account.id, uid, access, ctx.now_unix())?;
    let mut details = json!({ "user": user, "access": access });
    if let Some(before) = before {
        details["from"] = json!(before);
    }
    record(tx, ctx, "account.grant", name, details)?;
    Ok(true)
}

/// Takes a user's grant on an account away; returns whether there was one.
pub fn revoke(store: &mut Store, ctx: &Ctx, name: &str, user: &str) -> Result<bool> {
    validate(NameKind::Account, name)?;
    validate(NameKind::User, user)?;
    store.write(|tx| revoke_in(tx, ctx, name, user))
}

/// [`revoke`] inside the caller's write transaction.
pub(crate) fn revoke_in(tx: &Connection, ctx: &Ctx, name: &str, user: &str) -> Result<bool> {
    let account = row(tx, name)?;
    let uid = user_id(tx, user)?;
    let removed = sql::remove_grant(tx, account.id, uid)?;
    if removed {
        record(tx, ctx, "account.revoke", name, json!({ "user": user }))?;
    }
    Ok(removed)
}

/// A user's grants as (account, access), by account name.
pub(crate) fn grants_of(tx: &Connection, user: &str) -> Result<Vec<(String, AccessLevel)>> {
    let uid = user_id(tx, user)?;
    Ok(sql::grants_of(tx, uid)?
        .into_iter()
        .map(|(_, account, access)| (account, access))
        .collect())
}

/// Gives an account another owner (or none), audited as the move of
/// ownership that `user delete --transfer-to` records. Returns whether the
/// owner changed.
pub(crate) fn set_owner_in(
    tx: &Connection,
    ctx: &Ctx,
    name: &str,
    owner: Option<&str>,
) -> Result<bool> {
    let account = row(tx, name)?;
    let new_id = owner.map(|o| user_id(tx, o)).transpose()?;
    if new_id == account.owner_id {
        return Ok(false);
    }
    let old = account
        .owner_id
        .map(|id| store::users::name_by_id(tx, id))
        .transpose()?;
    sql::set_owner(tx, account.id, new_id, ctx.now_unix())?;
    record(
        tx,
        ctx,
        "account.transfer",
        name,
        json!({ "from": old, "to": owner }),
    )?;
    Ok(true)
}

/// Every enabled, unexpired user who can reach an account (read it), and
/// why: their active role, or the nearest grant on it or an ancestor.
pub fn access(store: &mut Store, ctx: &Ctx, name: &str) -> Result<Vec<AccessEntry>> {
    validate(NameKind::Account, name)?;
    let now = ctx.now_unix();
    store.read(|tx| {
        let account = row(tx, name)?;
        let mut entries = Vec::new();
        let by_role = store::users::active_role_holders(tx, "accounts.read", now)?;
        for (user, role) in &by_role {
            entries.push(AccessEntry {
                user: user.clone(),
                via: "role".into(),
                access: role.clone(),
                granted_on: None,
                reason: format!("active role {role} grants accounts.read everywhere"),
            });
        }
        // A grant reaches only what the account's state leaves (policy).
        let limit = match crate::policy::Blocked::of(tx, account.id)? {
            None => String::new(),
            Some(blocked) if blocked.queued => format!(
                "; account {} is queued for deletion, so the grant allows nothing",
                blocked.by
            ),
            Some(blocked) => format!(
                "; account {} is disabled, so the grant allows only {}",
                blocked.by,
                crate::catalog::ON_DISABLED_ACCOUNT.join(" ")
            ),
        };
        for (user, level, on) in sql::covering_grants(tx, account.id)? {
            if by_role.iter().any(|(u, _)| *u == user) {
                continue;
            }
            let creds = store::users::credentials(tx, &user)?;
            let usable = creds.is_some_and(|c| {
                crate::policy::Unusable::of(c.enabled, c.expires_at, now).is_none()
            });
            if !usable {
                continue;
            }
            let place = if on == name {
                "this account".to_string()
            } else {
                format!("ancestor account {on}")
            };
            entries.push(AccessEntry {
                user,
                via: "grant".into(),
                reason: format!("{level} access granted on {place}{limit}"),
                access: level.to_string(),
                granted_on: Some(on),
            });
        }
        entries.sort_by(|a, b| a.user.cmp(&b.user));
        Ok(entries)
    })
}

// ---- credits ----

/// Shows, adds to or sets an account's credit balance.
pub fn credits(
    store: &mut Store,
    ctx: &Ctx,
    name: &str,
    add: Option<i64>,
    set: Option<i64>,
) -> Result<Account> {
    validate(NameKind::Account, name)?;
    if add.is_none() && set.is_none() {
        return show(store, name);
    }
    store.write(|tx| credits_in(tx, ctx, name, add, set))
}

/// [`credits`] inside the caller's write transaction, for an add or a set.
pub(crate) fn credits_in(
    tx: &Connection,
    ctx: &Ctx,
    name: &str,
    add: Option<i64>,
    set: Option<i64>,
) -> Result<Account> {
    let now = ctx.now_unix();
    let account = row(tx, name)?;
    let balance = match (add, set) {
        (Some(n), _) => account.credits.checked_add(n).ok_or_else(|| {
            Error::usage(format!(
                "adding {n} to the {} credits of \"{name}\" would pass {}, the most warden can count",
                account.credits,
                i64::MAX
            ))
            .with_hint("add less; nothing was changed")
        })?,
        (None, Some(n)) if n < 0 => {
            return Err(
                Error::usage(format!("a balance cannot be negative ({n})")).with_hint(
                    "give --set 0 or more; --add takes a negative number to take credits away",
                ),
            )
        }
        (None, Some(n)) => n,
        (None, None) => account.credits,
    };
    if balance < 0 {
        return Err(
            Error::refused(format!("the balance of \"{name}\" would become {balance}"))
                .with_hint(format!("it holds {} credits", account.credits)),
        );
    }
    // Adding 0, or setting the balance it has, changes nothing and so
    // records nothing.
    if balance == account.credits {
        return load(tx, name);
    }
    store::credits::set_balance(tx, account.id, balance, now)?;
    record(
        tx,
        ctx,
        "account.credits",
        name,
        json!({ "from": account.credits, "to": balance }),
    )?;
    load(tx, name)
}

#[cfg(test)]
mod tests {
    use super::*;

    // ---- deletion only when disabled ----

    use crate::error::Kind;
    use crate::ops::testing::{add_account, initialised, refused};

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn an_enabled_account_is_not_deleted_nor_rehearse_it() {
        let (mut store, ctx) = initialised();
        add_account(&mut store, &ctx, "acme", "root", 0);
        for rehearse in [false, true] {
            let err = refused(&mut store, Kind::Refused, |s| {
                delete(s, &ctx, &names(&["acme"]), false, rehearse)
            });
            assert!(
                err.message
                    .contains("only a disabled account can be deleted"),
                "{err:?}"
            );
        }
    }

    #[test]
    fn an_enabled_account_below_stops_the_deletion_of_a_disabled_one() {
        let (mut store, ctx) = initialised();
        add_account(&mut store, &ctx, "acme", "root", 0);
        add_account(&mut store, &ctx, "acme-eu", "acme", 0);
        set_enabled(&mut store, &ctx, &names(&["acme"]), false, false).unwrap();
        let err = refused(&mut store, Kind::Refused, |s| {
            delete(s, &ctx, &names(&["acme"]), true, false)
        });
        assert!(err.message.contains("is still enabled: acme-eu"), "{err:?}");
    }

    #[test]
    fn a_disabled_account_is_queued_for_deletion() {
        let (mut store, ctx) = initialised();
        add_account(&mut store, &ctx, "acme", "root", 0);
        set_enabled(&mut store, &ctx, &names(&["acme"]), false, false).unwrap();
        let queued = delete(&mut store, &ctx, &names(&["acme"]), false, false).unwrap();
        assert_eq!(queued[0].state, PENDING);
    }

    fn node(id: i64, parent_id: Option<i64>, due: Option<&str>) -> sql::PurgeNode {
        sql::PurgeNode {
            id,
            parent_id,
            due: due.map(String::from),
        }
    }

    #[test]
    fn due_accounts_wait_for_anything_below_them_that_is_not_due() {
        // 1 root > 2 a > 3 b > 4 c (not due); 2 a > 5 d > 6 e; 1 root > 7 f
        let nodes = vec![
            node(6, Some(5), Some("e")),
            node(1, None, None),
            node(4, Some(3), None),
            node(3, Some(2), Some("b")),
            node(2, Some(1), Some("a")),
            node(5, Some(2), Some("d")),
            node(7, Some(1), Some("f")),
        ];
        let (mut due, mut waiting) = due_accounts(nodes);
        due.sort();
        waiting.sort();
        assert_eq!(
            due,
            vec![(5, "d".into(), 2), (6, "e".into(), 3), (7, "f".into(), 1)]
        );
        assert_eq!(waiting, vec!["a".to_string(), "b".to_string()]);
    }

    #[test]
    fn due_accounts_the_root_does_not_reach_are_left_alone() {
        // 2 and 3 point at each other; 5 points at a missing account.
        let nodes = vec![
            node(1, None, None),
            node(2, Some(3), Some("x")),
            node(3, Some(2), Some("y")),
            node(4, Some(1), Some("z")),
            node(5, Some(99), Some("w")),
        ];
        let (due, waiting) = due_accounts(nodes);
        assert_eq!(due, vec![(4, "z".into(), 1)]);
        assert!(waiting.is_empty());
    }
}
