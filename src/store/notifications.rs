//! SQL for the notification outbox. A message is pending until `sent_at`
//! is set. While one `notify send` runs its command, the message is
//! claimed (`claimed_until`), so a second run skips it; a claim left behind
//! by a run that died lapses on its own.

use super::sql::{params, Db, OptionalExtension};

use crate::error::Result;
use crate::model::Notification;
use crate::time::from_unix;

/// The outbox in id order, with the user's current name (none when the
/// user was deleted); only unsent messages when `pending_only`.
pub fn list(conn: &Db, pending_only: bool) -> Result<Vec<Notification>> {
    let sql = format!(
        "SELECT n.id, u.username, n.recipient, n.kind, n.subject, n.body, n.created_at,
                n.sent_at, n.attempts, n.last_error
         FROM notifications n LEFT JOIN users u ON u.id = n.user_id
         {}
         ORDER BY n.id",
        if pending_only {
            "WHERE n.sent_at IS NULL"
        } else {
            ""
        }
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query([])?;
    let mut list = Vec::new();
    while let Some(r) = rows.next()? {
        list.push(Notification {
            id: r.get(0)?,
            user: r.get(1)?,
            recipient: r.get(2)?,
            kind: r.get(3)?,
            subject: r.get(4)?,
            body: r.get(5)?,
            created_at: from_unix(r.get(6)?)?,
            sent_at: r.get::<_, Option<i64>>(7)?.map(from_unix).transpose()?,
            attempts: r.get(8)?,
            last_error: r.get(9)?,
        });
    }
    Ok(list)
}

/// How many messages are not sent yet (claimed ones included).
pub fn pending_count(conn: &Db) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM notifications WHERE sent_at IS NULL",
        [],
        |r| r.get(0),
    )?)
}

/// A message claimed for sending.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    /// Unix seconds.
    pub created_at: i64,
    /// The times the message speaks of, by header name (`Ends-At`), in
    /// Unix seconds, in the order queued.
    pub times: Vec<(String, i64)>,
}

/// The `times` column: a JSON array of `[header name, Unix seconds]`
/// pairs. Anything else (a planted value) reads as no times; compose
/// checks the names again before they become headers.
fn times_of(text: &str) -> Vec<(String, i64)> {
    serde_json::from_str::<Vec<(String, i64)>>(text).unwrap_or_default()
}

/// The `times` column for `times`.
fn times_text(times: &[(&str, i64)]) -> String {
    serde_json::to_string(times).unwrap_or_else(|_| "[]".into())
}

/// A message to queue for a user.
pub struct NewNotification<'a> {
    pub user_id: i64,
    pub recipient: &'a str,
    pub kind: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    pub created_at: i64,
    /// Header names and Unix seconds, in the order shown.
    pub times: &'a [(&'a str, i64)],
    /// The backup-user window it is about, if any.
    pub window_id: Option<i64>,
}

/// Queues a message in the outbox, pending. Cached: one change can tell
/// many users.
pub fn queue(conn: &Db, n: &NewNotification) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO notifications (user_id, recipient, kind, subject, body, created_at, times, window_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        n.user_id,
        n.recipient,
        n.kind,
        n.subject,
        n.body,
        n.created_at,
        times_text(n.times),
        n.window_id
    ])?;
    Ok(())
}

/// Withdraws the messages of `kind` to `users` about a backup-user window
/// that are still waiting and that no sender holds at `now`: the window
/// was replaced before they went out. Returns how many.
pub fn withdraw(conn: &Db, window_id: i64, users: [i64; 2], kind: &str, now: i64) -> Result<usize> {
    Ok(conn.execute(
        "DELETE FROM notifications
         WHERE window_id = ?1 AND kind = ?2 AND user_id IN (?3, ?4) AND sent_at IS NULL
           AND (claimed_until IS NULL OR claimed_until <= ?5)",
        params![window_id, kind, users[0], users[1], now],
    )?)
}

/// Claims the first pending message after `after_id` that no one else
/// holds at `now`, until `until`. One statement, so two senders can never
/// claim the same message.
pub fn claim_next(conn: &Db, now: i64, until: i64, after_id: i64) -> Result<Option<Claimed>> {
    Ok(conn
        .query_row(
            "UPDATE notifications SET claimed_until = ?2
             WHERE id = (SELECT id FROM notifications
                         WHERE sent_at IS NULL
                           AND (claimed_until IS NULL OR claimed_until <= ?1)
                           AND id > ?3
                         ORDER BY id LIMIT 1)
             RETURNING id, recipient, subject, body, created_at, times",
            params![now, until, after_id],
            |r| {
                Ok(Claimed {
                    id: r.get(0)?,
                    recipient: r.get(1)?,
                    subject: r.get(2)?,
                    body: r.get(3)?,
                    created_at: r.get(4)?,
                    times: times_of(&r.get::<_, String>(5)?),
                })
            },
        )
        .optional()?)
}

/// Marks a claimed message as sent and releases the claim.
pub fn mark_sent(conn: &Db, id: i64, at: i64) -> Result<()> {
    conn.execute(
        "UPDATE notifications
         SET sent_at = ?2, attempts = attempts + 1, last_error = NULL, claimed_until = NULL
         WHERE id = ?1 AND sent_at IS NULL",
        params![id, at],
    )?;
    Ok(())
}

/// Records a failed attempt and releases the claim: the message stays
/// pending for the next run.
pub fn mark_failed(conn: &Db, id: i64, error: &str) -> Result<()> {
    conn.execute(
        "UPDATE notifications
         SET attempts = attempts + 1, last_error = ?2, claimed_until = NULL
         WHERE id = ?1 AND sent_at IS NULL",
        params![id, error],
    )?;
    Ok(())
}
