//! Queueing: a message for a user, written in the transaction of the
//! change that caused it, and the outbox as it stands.

use super::*;

/// Who a notification is for.
pub struct Recipient<'a> {
    pub user_id: i64,
    pub username: &'a str,
    pub email: Option<&'a str>,
    pub notify: bool,
}

/// One message to queue. Its text gives times as a person reads them
/// ([`crate::time::mail_time`]); `times` gives the same instants to
/// programs, each as an `X-Warden-NAME:` header in RFC 3339 UTC.
pub struct Mail<'a> {
    pub kind: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    /// Header name (`Ends-At`) and Unix seconds, in the order shown.
    pub times: &'a [(&'a str, i64)],
    /// The backup-user window the message is about, if any.
    pub window: Option<i64>,
}

/// Queues a message; returns whether one was queued.
pub fn queue(conn: &Db, ctx: &Ctx, to: &Recipient, mail: &Mail) -> Result<bool> {
    let Some(email) = to.email.filter(|_| to.notify) else {
        return Ok(false);
    };
    notifications::queue(
        conn,
        &notifications::NewNotification {
            user_id: to.user_id,
            recipient: email,
            kind: mail.kind,
            subject: mail.subject,
            body: mail.body,
            created_at: ctx.now_unix(),
            times: mail.times,
            window_id: mail.window,
        },
    )?;
    Ok(true)
}

/// Why notifications cannot reach a user, if they cannot (no e-mail
/// address, or notifications turned off), and the `user edit` option
/// that mends it.
pub fn unreachable(to: &Recipient) -> Option<(&'static str, &'static str)> {
    if to.email.is_none_or(str::is_empty) {
        Some(("has no e-mail address", "--email ADDRESS"))
    } else if !to.notify {
        Some(("has notifications turned off", "--notify"))
    } else {
        None
    }
}

/// The outbox in id order; only unsent messages when `pending_only`.
pub fn list(store: &mut Store, pending_only: bool) -> Result<Vec<Notification>> {
    store.read(|tx| notifications::list(tx, pending_only))
}

/// How many messages wait to be sent (including any another run is
/// sending right now).
pub fn pending_count(conn: &Db) -> Result<i64> {
    notifications::pending_count(conn)
}
