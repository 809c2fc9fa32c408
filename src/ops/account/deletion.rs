//! The deletion queue: delete, restore and purge, and what a user's deletion does to the accounts they own.

use super::*;

pub(super) fn grace(conn: &Db) -> Result<i64> {
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
    tx: &Db,
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
pub(crate) fn queue_owned(tx: &Db, ctx: &Ctx, names: &[String]) -> Result<(Vec<String>, i64)> {
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
pub(super) fn remove(
    tx: &Db,
    ctx: &Ctx,
    mut members: Vec<(i64, String, i64)>,
) -> Result<Vec<String>> {
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
pub(super) fn due_accounts(nodes: Vec<sql::PurgeNode>) -> (Vec<(i64, String, i64)>, Vec<String>) {
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
pub(crate) fn purge_due_in(tx: &Db, ctx: &Ctx, dry_run: bool) -> Result<PurgeReport> {
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
    let change = |tx: &crate::store::Db| -> Result<PurgeReport> {
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
