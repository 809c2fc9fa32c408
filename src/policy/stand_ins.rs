//! What a change did to stand-ins besides its target: a snapshot of every
//! open backup-user window before the change and after it, in the same
//! transaction, compared. Behind the side effects `user disable`, `user
//! delete`, an expiry, role changes, `import` and `apply` report.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use crate::catalog::NEVER_DELEGATED;
use crate::error::Result;
use crate::model::SideEffect;
use crate::store::backup_users as sql;
use crate::store::users;
use crate::store::Db;
use crate::time::from_unix;

/// Where every open backup-user window stood at one moment, to tell what
/// a change did to stand-ins besides its target ([`StandIns::since`]).
/// Read with one statement over the index of open windows (and a scope
/// and a role's permissions for each of the few it finds), so a snapshot
/// before and after a change costs little however many users there are.
pub(crate) struct StandIns {
    now: i64,
    open: HashMap<(i64, i64), StandIn>,
}

struct StandIn {
    user: String,
    backup: String,
    starts_at: i64,
    ends_at: i64,
    /// From when the window cannot be used, because one of the two users
    /// expires before it ends, and who.
    blocked: Option<(i64, String)>,
    /// The scope's permissions that the user's active role passes on.
    passed_on: Vec<String>,
}

impl StandIns {
    pub(crate) fn snapshot(conn: &Db, now: i64) -> Result<StandIns> {
        let mut roles: HashMap<i64, Vec<String>> = HashMap::new();
        let mut open = HashMap::new();
        for w in sql::open_windows(conn, now)? {
            let blocked = [
                (w.user_expires_at, &w.user),
                (w.backup_expires_at, &w.backup),
            ]
            .into_iter()
            .filter_map(|(t, who)| t.filter(|&t| t < w.ends_at).map(|t| (t, who.clone())))
            .min_by_key(|(t, _)| *t);
            let held: &[String] = match w.active_role {
                Some(role) => {
                    if let Entry::Vacant(slot) = roles.entry(role) {
                        slot.insert(crate::store::roles::permissions(conn, role)?);
                    }
                    roles.get(&role).map_or(&[], Vec::as_slice)
                }
                None => &[],
            };
            let passed_on = sql::scope(conn, w.user_id)?
                .into_iter()
                .filter(|p| held.contains(p) && !NEVER_DELEGATED.contains(&p.as_str()))
                .collect();
            open.insert(
                (w.user_id, w.backup_id),
                StandIn {
                    user: w.user,
                    backup: w.backup,
                    starts_at: w.starts_at,
                    ends_at: w.ends_at,
                    blocked,
                    passed_on,
                },
            );
        }
        Ok(StandIns { now, open })
    }

    /// What changed for the windows open in `before` by now (the snapshot
    /// taken after the change, in the same transaction): windows ended
    /// (with the reason stored, or the user that went), windows an expiry
    /// now cuts short, and what a stand-in can no longer do for someone
    /// whose role changed. In the order of the users' names.
    pub(crate) fn since(&self, conn: &Db, before: &StandIns) -> Result<Vec<SideEffect>> {
        let mut keys: Vec<&(i64, i64)> = before.open.keys().collect();
        keys.sort_by_key(|key| (&before.open[*key].user, &before.open[*key].backup));
        let mut effects = Vec::new();
        for key in keys {
            let old = &before.open[key];
            let Some(new) = self.open.get(key) else {
                effects.push(SideEffect::WindowEnded {
                    user: old.user.clone(),
                    backup_user: old.backup.clone(),
                    reason: ended_because(conn, key, old, before.now)?,
                });
                continue;
            };
            if let Some((from, who)) = &new.blocked {
                if old.blocked.as_ref().is_none_or(|(b, _)| from < b) {
                    effects.push(SideEffect::WindowBlocked {
                        user: new.user.clone(),
                        backup_user: new.backup.clone(),
                        from: from_unix((*from).max(self.now).max(new.starts_at))?,
                        until: from_unix(new.ends_at)?,
                        reason: format!("{who} expires"),
                    });
                }
            }
            let lost: Vec<String> = old
                .passed_on
                .iter()
                .filter(|p| !new.passed_on.contains(p))
                .cloned()
                .collect();
            if !lost.is_empty() {
                effects.push(SideEffect::StandInNarrowed {
                    user: new.user.clone(),
                    backup_user: new.backup.clone(),
                    permissions: lost,
                });
            }
        }
        Ok(effects)
    }
}

/// Why a window open before a change is not now: the reason stored when
/// it was ended, else the user that went with it (a deletion takes the
/// window along), else a change of backup user.
fn ended_because(
    conn: &Db,
    (user_id, backup_id): &(i64, i64),
    old: &StandIn,
    since: i64,
) -> Result<String> {
    if let Some(reason) = sql::window(conn, *user_id)?
        .filter(|w| w.backup_id == *backup_id && w.ended_at.is_some_and(|t| t >= since))
        .and_then(|w| w.end_reason)
    {
        return Ok(reason);
    }
    let gone = |name: &str| -> Result<bool> { Ok(users::credentials(conn, name)?.is_none()) };
    Ok(if gone(&old.user)? {
        format!("{} deleted", old.user)
    } else if gone(&old.backup)? {
        format!("{} deleted", old.backup)
    } else {
        "the backup user changed".to_string()
    })
}
