//! The notification outbox: messages queued for users in the transaction
//! of the change that caused them. Only users with notifications on and an
//! e-mail address get one; no message ever carries a secret.

use rusqlite::{params, Connection};

use super::Ctx;
use crate::error::Result;

/// Who a notification is for.
pub struct Recipient<'a> {
    pub user_id: i64,
    pub username: &'a str,
    pub email: Option<&'a str>,
    pub notify: bool,
}

/// Queues a message; returns whether one was queued.
pub fn queue(
    conn: &Connection,
    ctx: &Ctx,
    to: &Recipient,
    kind: &str,
    subject: &str,
    body: &str,
) -> Result<bool> {
    let Some(email) = to.email.filter(|_| to.notify) else {
        return Ok(false);
    };
    conn.execute(
        "INSERT INTO notifications (user_id, recipient, kind, subject, body, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![to.user_id, email, kind, subject, body, ctx.now_unix()],
    )?;
    Ok(true)
}
