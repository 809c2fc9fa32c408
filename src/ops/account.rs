//! Backup accounts: the tree, states, the deletion queue, passwords,
//! access grants and credits.
//!
//! Every account descends from the one root `init` made. An account is
//! deleted only when disabled: deletion queues it for `deletion.grace`,
//! during which it can be restored and its name stays reserved; `purge`
//! then removes what is due. Every step is one write transaction, so a
//! purge and a restore of the same account are serialised and never both
//! succeed.

use rusqlite::Connection;
use serde_json::json;

use super::settings::Settings;
use super::{record, Ctx};
use crate::error::{Error, Result};
use crate::model::{AccessEntry, Account, Decision};
use crate::names::{validate, NameKind};
use crate::password::{self, Secret};
use crate::store::accounts::{self as sql, AccountFilter, AccountRow, TreePosition};
use crate::store::{self, Store};

const PENDING: &str = "pending-deletion";

fn no_account(name: &str) -> Error {
    Error::not_found(format!("no account \"{}\"", crate::output::escape(name)))
        .with_hint("`warden account list` shows the accounts")
}

fn row(conn: &Connection, name: &str) -> Result<AccountRow> {
    sql::row(conn, name)?.ok_or_else(|| no_account(name))
}

fn load(conn: &Connection, name: &str) -> Result<Account> {
    sql::get(conn, name)?.ok_or_else(|| no_account(name))
}

fn user_id(conn: &Connection, name: &str) -> Result<i64> {
    super::user::user_id(conn, name)
}

fn strategy_id(conn: &Connection, name: &str) -> Result<i64> {
    Ok(super::strategy::row(conn, name)?.id)
}

// ---- the current account ----

fn current_id(conn: &Connection, actor: &str) -> Result<i64> {
    use rusqlite::OptionalExtension;
    match conn
        .query_row(
            "SELECT account_id FROM current_accounts WHERE actor = ?1",
            [actor],
            |r| r.get(0),
        )
        .optional()?
    {
        Some(id) => Ok(id),
        None => sql::root_id(conn),
    }
}

/// The actor's current account: the one remembered by `account use`, else
/// the root.
pub fn current(store: &mut Store, ctx: &Ctx) -> Result<Account> {
    store.read(|tx| {
        let id = current_id(tx, &ctx.actor)?;
        let name: String = tx.query_row("SELECT name FROM accounts WHERE id = ?1", [id], |r| {
            r.get(0)
        })?;
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
        tx.execute(
            "INSERT INTO current_accounts (actor, account_id) VALUES (?1, ?2)
             ON CONFLICT (actor) DO UPDATE SET account_id = excluded.account_id",
            rusqlite::params![ctx.actor, account.id],
        )?;
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
    let hash = password::hash(secret, settings.hash)?;
    let now = ctx.now_unix();
    store.write(|tx| {
        if let Some(err) = taken(tx, &req.name)? {
            return Err(err);
        }
        let parent = match &req.parent {
            Some(name) => row(tx, name)?,
            None => {
                let id = current_id(tx, &ctx.actor)?;
                let name: String = tx.query_row("SELECT name FROM accounts WHERE id = ?1", [id], |r| r.get(0))?;
                row(tx, &name)?
            }
        };
        if parent.state == PENDING {
            return Err(Error::refused(format!("account \"{}\" is queued for deletion: nothing can be created below it", parent.name))
                .with_hint("restore it first, or choose another --parent"));
        }
        let owner = req.owner.as_deref().map(|o| user_id(tx, o)).transpose()?;
        let strategy = req.strategy.as_deref().map(|s| strategy_id(tx, s)).transpose()?;
        sql::insert(
            tx,
            &sql::NewAccount {
                name: &req.name,
                parent_id: parent.id,
                owner_id: owner,
                strategy_id: strategy,
                credits: req.credits,
                password_hash: Some(&hash),
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
    })
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
    if let Some(state) = &filter.state {
        if !["enabled", "disabled", PENDING].contains(&state.as_str()) {
            return Err(Error::usage(format!(
                "unknown state \"{}\"",
                crate::output::escape(state)
            ))
            .with_hint("the states are enabled, disabled and pending-deletion"));
        }
    }
    store.read(|tx| {
        let filter = AccountFilter {
            state: filter.state.clone(),
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
    let now = ctx.now_unix();
    let (target, action) = if enabled {
        ("enabled", "account.enable")
    } else {
        ("disabled", "account.disable")
    };
    store.write(|tx| {
        let (mut changed, mut unchanged) = (Vec::new(), Vec::new());
        for name in names {
            let top = row(tx, name)?;
            let members = if recursive {
                sql::subtree(tx, top.id)?
            } else {
                vec![(top.id, top.name.clone(), top.state.clone(), 0)]
            };
            for (id, member, state, depth) in members {
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
                    if depth == 0 && !unchanged.contains(&member) && !changed.contains(&member) {
                        unchanged.push(member);
                    }
                    continue;
                }
                sql::set_state(tx, id, target, None, now)?;
                record(tx, ctx, action, &member, json!({ "recursive": recursive }))?;
                changed.push(member);
            }
        }
        Ok((changed, unchanged))
    })
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
    let now = ctx.now_unix();
    let change = |tx: &rusqlite::Transaction| -> Result<Vec<Account>> {
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
            if top.state != "disabled" {
                return Err(Error::refused(format!(
                    "account \"{name}\" is {}: only a disabled account can be deleted",
                    top.state
                ))
                .with_hint(format!("disable it first: warden account disable {name}")));
            }
            let members = sql::subtree(tx, top.id)?;
            let live: Vec<&(i64, String, String, i64)> = members
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
                .filter(|m| m.2 == "enabled")
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
            for (id, member, state, _) in &members {
                if state != PENDING {
                    sql::set_state(tx, *id, PENDING, Some(purge_after), now)?;
                    record(
                        tx,
                        ctx,
                        "account.delete",
                        member,
                        json!({ "purge_after": crate::time::rfc3339(crate::time::from_unix(purge_after)?) }),
                    )?;
                }
            }
            queued.push(load(tx, name)?);
        }
        Ok(queued)
    };
    if rehearse {
        store.rehearse(change)
    } else {
        store.write(change)
    }
}

/// Disables and queues for deletion each of a deleted user's accounts with
/// the accounts below it, inside the caller's transaction. Returns the
/// names queued.
pub(crate) fn queue_owned(tx: &Connection, ctx: &Ctx, names: &[String]) -> Result<Vec<String>> {
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
        for (id, member, state, _) in sql::subtree(tx, top.id)? {
            if state != PENDING {
                sql::set_state(tx, id, PENDING, Some(purge_after), now)?;
                record(
                    tx,
                    ctx,
                    "account.delete",
                    &member,
                    json!({ "purge_after": when, "owner_deleted": true }),
                )?;
                queued.push(member);
            }
        }
    }
    Ok(queued)
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
            let state: String =
                tx.query_row("SELECT state FROM accounts WHERE id = ?1", [parent], |r| {
                    r.get(0)
                })?;
            if state == PENDING {
                return Err(Error::refused(format!(
                    "the account above \"{name}\" is queued for deletion too"
                ))
                .with_hint(
                    "restore the topmost queued account; the accounts below it come back with it",
                ));
            }
        }
        let mut restored = Vec::new();
        for (id, member, state, _) in sql::subtree(tx, top.id)? {
            if state == PENDING {
                sql::set_state(tx, id, "disabled", None, now)?;
                record(tx, ctx, "account.restore", &member, json!({}))?;
                restored.push(member);
            }
        }
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

/// Removes accounts, deepest first, recording each. `ids` are the accounts
/// to remove with their names and depths.
fn remove(tx: &Connection, ctx: &Ctx, mut members: Vec<(i64, String, i64)>) -> Result<Vec<String>> {
    members.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
    let mut purged = Vec::with_capacity(members.len());
    for (id, name, _) in members {
        sql::delete(tx, id)?;
        record(tx, ctx, "account.purge", &name, json!({}))?;
        purged.push(name);
    }
    purged.sort();
    Ok(purged)
}

/// Purges every queued account whose grace period has passed. Idempotent
/// and safe from cron: what is not due stays; an account with a queued
/// account below it that is not due yet waits for it.
pub fn purge_due(store: &mut Store, ctx: &Ctx, dry_run: bool) -> Result<PurgeReport> {
    let now = ctx.now_unix();
    let change = |tx: &rusqlite::Transaction| -> Result<PurgeReport> {
        // Due accounts with their depth, and whether anything below them
        // is not due (then they wait).
        let mut stmt = tx.prepare(
            "WITH RECURSIVE down(top, id) AS (
                 SELECT id, id FROM accounts WHERE state = 'pending-deletion' AND purge_after <= ?1
                 UNION ALL
                 SELECT down.top, c.id FROM accounts c JOIN down ON c.parent_id = down.id),
             blocked AS (
                 SELECT DISTINCT down.top FROM down JOIN accounts a ON a.id = down.id
                  WHERE a.state <> 'pending-deletion' OR a.purge_after > ?1),
             depth(id, d) AS (
                 SELECT id, 0 FROM accounts WHERE parent_id IS NULL
                 UNION ALL
                 SELECT c.id, depth.d + 1 FROM accounts c JOIN depth ON c.parent_id = depth.id)
             SELECT a.id, a.name, depth.d, a.id IN (SELECT top FROM blocked)
               FROM accounts a JOIN depth ON depth.id = a.id
              WHERE a.state = 'pending-deletion' AND a.purge_after <= ?1",
        )?;
        let rows = stmt.query_map([now], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, bool>(3)?,
            ))
        })?;
        let (mut due, mut waiting) = (Vec::new(), Vec::new());
        for row in rows {
            let (id, name, depth, blocked) = row?;
            if blocked {
                waiting.push(name);
            } else {
                due.push((id, name, depth));
            }
        }
        drop(stmt);
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
    };
    if dry_run {
        store.rehearse(change)
    } else {
        store.write(change)
    }
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
    if rehearse {
        store.rehearse(change)
    } else {
        store.write(change)
    }
}

// ---- the account password ----

/// Checks an account password; every check is audited (never the password).
pub fn verify(store: &mut Store, ctx: &Ctx, name: &str, secret: &str) -> Result<Decision> {
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
    Ok(Decision {
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
    })
}

/// Changes an account password, which needs the old one (it is the only key
/// to the account's data). Returns the new password's strength.
pub fn passwd(store: &mut Store, ctx: &Ctx, name: &str, old: &str, new: &Secret) -> Result<u8> {
    validate(NameKind::Account, name)?;
    let decision = verify(store, ctx, name, old)?;
    if !decision.allowed {
        return Err(Error::denied(format!(
            "the old password of account \"{name}\" is wrong; nothing was changed"
        )));
    }
    let settings = store.read(|tx| Settings::load(tx))?;
    let hash = password::hash(new, settings.hash)?;
    let score = strength(name, new);
    let now = ctx.now_unix();
    store.write(|tx| {
        let account = row(tx, name)?;
        tx.execute(
            "UPDATE accounts SET password_hash = ?1, updated_at = ?2 WHERE id = ?3",
            rusqlite::params![hash, now, account.id],
        )?;
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
pub fn grant(store: &mut Store, ctx: &Ctx, name: &str, user: &str, access: &str) -> Result<()> {
    validate(NameKind::Account, name)?;
    validate(NameKind::User, user)?;
    if !["limited", "full"].contains(&access) {
        return Err(Error::usage(format!(
            "unknown access level \"{}\"",
            crate::output::escape(access)
        ))
        .with_hint("use limited or full"));
    }
    store.write(|tx| {
        let account = row(tx, name)?;
        let uid = user_id(tx, user)?;
        tx.execute(
            "INSERT INTO grants (account_id, user_id, access, created_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (account_id, user_id) DO UPDATE SET access = excluded.access",
            rusqlite::params![account.id, uid, access, ctx.now_unix()],
        )?;
        record(
            tx,
            ctx,
            "account.grant",
            name,
            json!({ "user": user, "access": access }),
        )
    })
}

/// Takes a user's grant on an account away; returns whether there was one.
pub fn revoke(store: &mut Store, ctx: &Ctx, name: &str, user: &str) -> Result<bool> {
    validate(NameKind::Account, name)?;
    validate(NameKind::User, user)?;
    store.write(|tx| {
        let account = row(tx, name)?;
        let uid = user_id(tx, user)?;
        let removed = tx.execute(
            "DELETE FROM grants WHERE account_id = ?1 AND user_id = ?2",
            rusqlite::params![account.id, uid],
        )? > 0;
        if removed {
            record(tx, ctx, "account.revoke", name, json!({ "user": user }))?;
        }
        Ok(removed)
    })
}

/// Every enabled, unexpired user who can reach an account (read it), and
/// why: their active role, or the nearest grant on it or an ancestor.
pub fn access(store: &mut Store, ctx: &Ctx, name: &str) -> Result<Vec<AccessEntry>> {
    validate(NameKind::Account, name)?;
    let now = ctx.now_unix();
    store.read(|tx| {
        let account = row(tx, name)?;
        let mut entries = Vec::new();
        let mut stmt = tx.prepare(
            "SELECT u.username, r.name FROM users u
               JOIN user_roles ur ON ur.user_id = u.id AND ur.active = 1
               JOIN roles r ON r.id = ur.role_id
               JOIN role_permissions rp ON rp.role_id = r.id AND rp.permission = 'accounts.read'
              WHERE u.enabled = 1 AND (u.expires_at IS NULL OR u.expires_at > ?1) ORDER BY u.username",
        )?;
        let by_role: Vec<(String, String)> = stmt.query_map([now], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        for (user, role) in &by_role {
            entries.push(AccessEntry {
                user: user.clone(),
                via: "role".into(),
                access: role.clone(),
                granted_on: None,
                reason: format!("active role {role} grants accounts.read everywhere"),
            });
        }
        for (user, level, on) in sql::covering_grants(tx, account.id)? {
            if by_role.iter().any(|(u, _)| *u == user) {
                continue;
            }
            let creds = store::users::credentials(tx, &user)?;
            let usable = creds.is_some_and(|c| c.enabled && c.expires_at.is_none_or(|t| t > now));
            if !usable {
                continue;
            }
            let place = if on == name { "this account".to_string() } else { format!("ancestor account {on}") };
            entries.push(AccessEntry {
                user,
                via: "grant".into(),
                reason: format!("{level} access granted on {place}"),
                access: level,
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
    let now = ctx.now_unix();
    if add.is_none() && set.is_none() {
        return show(store, name);
    }
    store.write(|tx| {
        let account = row(tx, name)?;
        let balance = match (add, set) {
            (Some(n), _) => account
                .credits
                .checked_add(n)
                .ok_or_else(|| Error::usage("the balance would overflow"))?,
            (None, Some(n)) => n,
            (None, None) => account.credits,
        };
        if balance < 0 {
            return Err(Error::refused(format!(
                "the balance of \"{name}\" would become {balance}"
            ))
            .with_hint(format!("it holds {} credits", account.credits)));
        }
        tx.execute(
            "UPDATE accounts SET credits = ?1, updated_at = ?2 WHERE id = ?3",
            rusqlite::params![balance, now, account.id],
        )?;
        record(
            tx,
            ctx,
            "account.credits",
            name,
            json!({ "from": account.credits, "to": balance }),
        )?;
        load(tx, name)
    })
}
