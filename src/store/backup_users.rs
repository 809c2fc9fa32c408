//! SQL for backup users: who stands in for whom, with which permissions,
//! and the window of time in which they may.
//!
//! A user has at most one designation and at most one window: enabling
//! again replaces the window, and clearing or changing the backup user
//! removes both. Their history is the audit log.

use super::sql::{params, Db, OptionalExtension, Params, Row};

use crate::error::Result;

/// A designation, with both users' names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Designation {
    pub user_id: i64,
    pub user: String,
    pub backup_id: i64,
    pub backup: String,
    /// In catalog order.
    pub permissions: Vec<String>,
}

/// A window, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    pub id: i64,
    pub user_id: i64,
    pub backup_id: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    /// When it was ended before `ends_at` (or marked expired), and why.
    pub ended_at: Option<i64>,
    pub end_reason: Option<String>,
    pub reminded: bool,
    pub expiry_notified: bool,
}

/// Where a window stands at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WindowState {
    Scheduled,
    Active,
    Expired,
    Revoked,
}

impl From<WindowState> for crate::model::BackupUserState {
    fn from(state: WindowState) -> Self {
        use crate::model::BackupUserState as S;
        match state {
            WindowState::Scheduled => S::Scheduled,
            WindowState::Active => S::Active,
            WindowState::Expired => S::Expired,
            WindowState::Revoked => S::Revoked,
        }
    }
}

/// Why a window ended, as stored in `end_reason`.
pub const EXPIRED: &str = "expired";

impl Window {
    /// The state at `now`: the start is inclusive and the end exclusive. A
    /// window past its end is expired whether or not `maintenance` has
    /// marked it yet.
    pub fn state(&self, now: i64) -> WindowState {
        match (self.ended_at, self.end_reason.as_deref()) {
            (Some(_), Some(EXPIRED)) => WindowState::Expired,
            (Some(_), _) => WindowState::Revoked,
            (None, _) if now < self.starts_at => WindowState::Scheduled,
            (None, _) if now < self.ends_at => WindowState::Active,
            (None, _) => WindowState::Expired,
        }
    }

    /// Scheduled or active: something `revoke` can end.
    pub fn is_open(&self, now: i64) -> bool {
        matches!(
            self.state(now),
            WindowState::Scheduled | WindowState::Active
        )
    }
}

const WINDOW_COLUMNS: &str = "id, user_id, backup_user_id, starts_at, ends_at, ended_at, \
                              end_reason, reminded, expiry_notified";

fn window_from_row(r: &Row) -> super::sql::SqlResult<Window> {
    Ok(Window {
        id: r.get(0)?,
        user_id: r.get(1)?,
        backup_id: r.get(2)?,
        starts_at: r.get(3)?,
        ends_at: r.get(4)?,
        ended_at: r.get(5)?,
        end_reason: r.get(6)?,
        reminded: r.get(7)?,
        expiry_notified: r.get(8)?,
    })
}

fn permissions(conn: &Db, user_id: i64) -> Result<Vec<String>> {
    let mut stmt =
        conn.prepare("SELECT permission FROM backup_user_permissions WHERE user_id = ?1")?;
    let mut list: Vec<String> = stmt
        .query_map([user_id], |r| r.get(0))?
        .collect::<super::sql::SqlResult<_>>()?;
    sort_permissions(&mut list);
    Ok(list)
}

/// Catalog order, unknown names last.
pub fn sort_permissions(list: &mut [String]) {
    let rank = |p: &String| {
        crate::catalog::PERMISSIONS
            .iter()
            .position(|c| c == p)
            .unwrap_or(usize::MAX)
    };
    list.sort_by(|a, b| rank(a).cmp(&rank(b)).then_with(|| a.cmp(b)));
}

const DESIGNATION_SELECT: &str = "SELECT b.user_id, u.username, b.backup_user_id, s.username
      FROM backup_users b
      JOIN users u ON u.id = b.user_id
      JOIN users s ON s.id = b.backup_user_id";

fn designations(conn: &Db, filter: &str, arg: Option<i64>) -> Result<Vec<Designation>> {
    let mut stmt = conn.prepare(&format!(
        "{DESIGNATION_SELECT} {filter} ORDER BY u.username"
    ))?;
    let map = |r: &Row| -> super::sql::SqlResult<(i64, String, i64, String)> {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    };
    let rows: Vec<_> = match arg {
        Some(arg) => stmt
            .query_map([arg], map)?
            .collect::<super::sql::SqlResult<_>>()?,
        None => stmt
            .query_map([], map)?
            .collect::<super::sql::SqlResult<_>>()?,
    };
    rows.into_iter()
        .map(|(user_id, user, backup_id, backup)| {
            Ok(Designation {
                permissions: permissions(conn, user_id)?,
                user_id,
                user,
                backup_id,
                backup,
            })
        })
        .collect()
}

/// The designation of a user, if any.
pub fn get(conn: &Db, user_id: i64) -> Result<Option<Designation>> {
    Ok(designations(conn, "WHERE b.user_id = ?1", Some(user_id))?
        .into_iter()
        .next())
}

/// Every designation, by user name.
pub fn all(conn: &Db) -> Result<Vec<Designation>> {
    designations(conn, "", None)
}

/// The designations in which `backup_id` is the backup user.
pub fn standing_in_for(conn: &Db, backup_id: i64) -> Result<Vec<Designation>> {
    designations(conn, "WHERE b.backup_user_id = ?1", Some(backup_id))
}

/// Creates or replaces a designation with its scope.
pub fn set(conn: &Db, user_id: i64, backup_id: i64, scope: &[String], now: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO backup_users (user_id, backup_user_id, created_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (user_id) DO UPDATE SET backup_user_id = excluded.backup_user_id",
        params![user_id, backup_id, now],
    )?;
    conn.execute(
        "DELETE FROM backup_user_permissions WHERE user_id = ?1",
        [user_id],
    )?;
    let mut insert =
        conn.prepare("INSERT INTO backup_user_permissions (user_id, permission) VALUES (?1, ?2)")?;
    for permission in scope {
        insert.execute(params![user_id, permission])?;
    }
    Ok(())
}

/// Removes a designation and its window.
pub fn clear(conn: &Db, user_id: i64) -> Result<()> {
    delete_windows(conn, user_id)?;
    conn.execute("DELETE FROM backup_users WHERE user_id = ?1", [user_id])?;
    Ok(())
}

/// The window of a user, if any.
pub fn window(conn: &Db, user_id: i64) -> Result<Option<Window>> {
    Ok(conn
        .query_row(
            &format!(
                "SELECT {WINDOW_COLUMNS} FROM backup_user_windows WHERE user_id = ?1
                 ORDER BY id DESC LIMIT 1"
            ),
            [user_id],
            window_from_row,
        )
        .optional()?)
}

pub fn delete_windows(conn: &Db, user_id: i64) -> Result<()> {
    conn.execute(
        "DELETE FROM backup_user_windows WHERE user_id = ?1",
        [user_id],
    )?;
    Ok(())
}

/// Replaces a user's window with a new one; returns its id.
pub fn open_window(
    conn: &Db,
    user_id: i64,
    backup_id: i64,
    starts_at: i64,
    ends_at: i64,
    now: i64,
) -> Result<i64> {
    delete_windows(conn, user_id)?;
    Ok(conn.insert(
        "INSERT INTO backup_user_windows (user_id, backup_user_id, starts_at, ends_at, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![user_id, backup_id, starts_at, ends_at, now],
    )?)
}

/// Ends a window at `at` for `reason`.
pub fn end_window(conn: &Db, id: i64, at: i64, reason: &str) -> Result<()> {
    conn.execute(
        "UPDATE backup_user_windows SET ended_at = ?2, end_reason = ?3 WHERE id = ?1",
        params![id, at, reason],
    )?;
    Ok(())
}

/// Marks an expired window as handled: ended at its end, notified.
pub fn mark_expired(conn: &Db, id: i64) -> Result<()> {
    conn.execute(
        "UPDATE backup_user_windows
            SET ended_at = ends_at, end_reason = ?2, expiry_notified = 1 WHERE id = ?1",
        params![id, EXPIRED],
    )?;
    Ok(())
}

pub fn mark_reminded(conn: &Db, id: i64) -> Result<()> {
    conn.execute(
        "UPDATE backup_user_windows SET reminded = 1 WHERE id = ?1",
        [id],
    )?;
    Ok(())
}

fn windows(conn: &Db, filter: &str, args: impl Params) -> Result<Vec<Window>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {WINDOW_COLUMNS} FROM backup_user_windows WHERE {filter} ORDER BY ends_at, id"
    ))?;
    let rows = stmt.query_map(args, window_from_row)?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

/// Windows not yet ended in which `user_id` is either side.
pub fn unended_windows_of(conn: &Db, user_id: i64) -> Result<Vec<Window>> {
    windows(
        conn,
        "ended_at IS NULL AND (user_id = ?1 OR backup_user_id = ?1)",
        [user_id],
    )
}

/// Windows past their end that `maintenance` has not yet marked.
pub fn due_expiries(conn: &Db, now: i64) -> Result<Vec<Window>> {
    windows(conn, "ended_at IS NULL AND ends_at <= ?1", [now])
}

/// Active windows longer than `lead` that end within `lead` of `now` and
/// whose reminder was not queued yet.
pub fn due_reminders(conn: &Db, now: i64, lead: i64) -> Result<Vec<Window>> {
    windows(
        conn,
        "ended_at IS NULL AND reminded = 0 AND starts_at <= ?1 AND ends_at > ?1
         AND ends_at - ?1 <= ?2 AND ends_at - starts_at > ?2",
        params![now, lead],
    )
}

/// Windows not ended that end in `[from, to)`.
pub fn ending_between(conn: &Db, from: i64, to: i64) -> Result<Vec<Window>> {
    windows(
        conn,
        "ended_at IS NULL AND ends_at > ?1 AND ends_at <= ?2",
        params![from, to],
    )
}

/// How many windows have no designation left to belong to (`db check`).
pub fn orphan_windows(conn: &Db) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM backup_user_windows w
          WHERE NOT EXISTS (SELECT 1 FROM backup_users b WHERE b.user_id = w.user_id)",
        [],
        |r| r.get(0),
    )?)
}

/// A window open now or later, with what judging a change's effect on it
/// needs: both users and their expiries, and the user's active role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenWindow {
    pub user_id: i64,
    pub user: String,
    pub backup_id: i64,
    pub backup: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub user_expires_at: Option<i64>,
    pub backup_expires_at: Option<i64>,
    pub active_role: Option<i64>,
}

/// Every window not ended and ending after `now` whose designation still
/// holds, in one statement over the index of open windows: few rows
/// however many users and designations there are.
pub fn open_windows(conn: &Db, now: i64) -> Result<Vec<OpenWindow>> {
    let mut stmt = conn.prepare(
        "SELECT w.user_id, u.username, w.backup_user_id, s.username, w.starts_at, w.ends_at,
                u.expires_at, s.expires_at,
                (SELECT role_id FROM user_roles WHERE user_id = w.user_id AND active = 1)
           FROM backup_user_windows w
           JOIN backup_users b ON b.user_id = w.user_id AND b.backup_user_id = w.backup_user_id
           JOIN users u ON u.id = w.user_id
           JOIN users s ON s.id = w.backup_user_id
          WHERE w.ended_at IS NULL AND w.ends_at > ?1
          ORDER BY u.username",
    )?;
    let rows = stmt.query_map([now], |r| {
        Ok(OpenWindow {
            user_id: r.get(0)?,
            user: r.get(1)?,
            backup_id: r.get(2)?,
            backup: r.get(3)?,
            starts_at: r.get(4)?,
            ends_at: r.get(5)?,
            user_expires_at: r.get(6)?,
            backup_expires_at: r.get(7)?,
            active_role: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

/// The scope of the designation of `user_id`, in catalog order.
pub fn scope(conn: &Db, user_id: i64) -> Result<Vec<String>> {
    permissions(conn, user_id)
}
