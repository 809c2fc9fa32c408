//! What a change did to stand-ins besides its target: a snapshot of every
//! designation and its window before the change and after it, in the same
//! transaction, compared. Behind the side effects `user disable`, `user
//! delete`, an expiry, role changes, `import` and `apply` report.

use crate::catalog::NEVER_DELEGATED;
use crate::error::Result;
use crate::model::SideEffect;
use crate::store::backup_users as sql;
use crate::store::users;
use crate::store::Db;
use crate::time::from_unix;

/// Where every designation and its window stood at one moment, to tell
/// what a change did to stand-ins besides its target ([`StandIns::since`]).
/// Designations are few (one per user at most), so a snapshot before and
/// after a change costs little.
pub(crate) struct StandIns {
    now: i64,
    entries: Vec<StandIn>,
}

struct StandIn {
    user: String,
    backup: String,
    /// The window, when one is open now or later: (starts, ends).
    open: Option<(i64, i64)>,
    /// How an ended window ended, as stored.
    end_reason: Option<String>,
    /// From when the open window cannot be used, because one of the two
    /// users expires before it ends, and who.
    blocked: Option<(i64, String)>,
    /// The scope's permissions that the user's active role passes on.
    passed_on: Vec<String>,
}

impl StandIns {
    pub(crate) fn snapshot(conn: &Db, now: i64) -> Result<StandIns> {
        let mut entries = Vec::new();
        for d in sql::all(conn)? {
            let window = sql::window(conn, d.user_id)?.filter(|w| w.backup_id == d.backup_id);
            let open = window
                .as_ref()
                .filter(|w| w.ended_at.is_none() && w.ends_at > now)
                .map(|w| (w.starts_at, w.ends_at));
            let mut blocked = None;
            if let Some((_, ends)) = open {
                for name in [&d.user, &d.backup] {
                    let expires = users::credentials(conn, name)?.and_then(|c| c.expires_at);
                    if let Some(t) = expires.filter(|&t| t < ends) {
                        if blocked.as_ref().is_none_or(|(b, _)| t < *b) {
                            blocked = Some((t, name.clone()));
                        }
                    }
                }
            }
            let held = match users::role_ids(conn, d.user_id)?.into_iter().find(|r| r.1) {
                Some((role, _)) => crate::store::roles::permissions(conn, role)?,
                None => Vec::new(),
            };
            let passed_on = d
                .permissions
                .iter()
                .filter(|p| held.contains(p) && !NEVER_DELEGATED.contains(&p.as_str()))
                .cloned()
                .collect();
            entries.push(StandIn {
                user: d.user,
                backup: d.backup,
                open,
                end_reason: window.and_then(|w| w.end_reason),
                blocked,
                passed_on,
            });
        }
        Ok(StandIns { now, entries })
    }

    /// What changed for stand-ins between `before` and now (the
    /// snapshot taken after the change, on the same connection): windows
    /// ended, windows an expiry now cuts short, users left without their
    /// backup user, and what a stand-in can no longer do for someone whose
    /// role changed.
    pub(crate) fn since(&self, conn: &Db, before: &StandIns) -> Result<Vec<SideEffect>> {
        let mut effects = Vec::new();
        let gone = |name: &str| -> Result<bool> { Ok(users::credentials(conn, name)?.is_none()) };
        for old in &before.entries {
            let new = self
                .entries
                .iter()
                .find(|e| e.user == old.user && e.backup == old.backup);
            let Some(new) = new else {
                // The designation went: with the user (whose stand-in can
                // no longer act), with the backup user (the user has none
                // now), or it was changed.
                let (user_gone, backup_gone) = (gone(&old.user)?, gone(&old.backup)?);
                if old.open.is_some() {
                    let reason = match (user_gone, backup_gone) {
                        (true, _) => format!("{} deleted", old.user),
                        (false, true) => format!("{} deleted", old.backup),
                        (false, false) => "the backup user changed".to_string(),
                    };
                    effects.push(SideEffect::WindowEnded {
                        user: old.user.clone(),
                        backup_user: old.backup.clone(),
                        reason,
                    });
                }
                if backup_gone && !user_gone {
                    effects.push(SideEffect::BackupUserCleared {
                        user: old.user.clone(),
                        backup_user: old.backup.clone(),
                    });
                }
                continue;
            };
            match (old.open, new.open) {
                (Some(_), None) => {
                    effects.push(SideEffect::WindowEnded {
                        user: old.user.clone(),
                        backup_user: old.backup.clone(),
                        reason: new.end_reason.clone().unwrap_or_else(|| "ended".into()),
                    });
                    continue;
                }
                (None, _) => continue,
                (Some(_), Some(_)) => {}
            }
            if let (Some((from, who)), Some((_, ends))) = (&new.blocked, new.open) {
                if old.blocked.as_ref().is_none_or(|(b, _)| from < b) {
                    effects.push(SideEffect::WindowBlocked {
                        user: new.user.clone(),
                        backup_user: new.backup.clone(),
                        from: from_unix((*from).max(self.now).max(new.open.map_or(0, |o| o.0)))?,
                        until: from_unix(ends)?,
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
