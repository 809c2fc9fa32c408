//! Disabling and enabling accounts, one or a whole subtree.

use super::*;

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
    let change = |tx: &crate::store::Db| -> Result<Disabled> {
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
    tx: &Db,
    ctx: &Ctx,
    names: &[String],
    enabled: bool,
    recursive: bool,
) -> Result<(Vec<String>, Vec<String>)> {
    let change = change_states(tx, ctx, names, enabled, recursive)?;
    Ok((change.changed, change.unchanged))
}

/// What [`change_states`] did, with what it learnt on the way.
pub(super) struct StateChange {
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

pub(super) fn change_states(
    tx: &Db,
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
