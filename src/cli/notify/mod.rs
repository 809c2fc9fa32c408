//! `warden notify`

mod list;
mod send;

use clap::{Args, Subcommand};

use super::Session;
use crate::error::Result;
use crate::model::Notification;
use crate::output::{Output, Row};

/// Show and send the notifications queued for users
///
/// warden queues an e-mail in its outbox when a user is welcomed (user add
/// --welcome), when a password is reset and when a user is locked out, but
/// only for users with notifications on and an e-mail address. Messages
/// never contain a password. `notify send` delivers them through the
/// sendmail-compatible command in the setting notify.command.
#[derive(Debug, Args)]
pub struct NotifyArgs<C: Subcommand = NotifyCommand> {
    #[command(subcommand)]
    pub command: C,
}

/// `NotifyArgs` as the deferred tree holds it.
pub type Deferred = NotifyArgs<DeferredCommand>;

super::subcommands! {
    pub enum NotifyCommand, deferred DeferredCommand {
        List(list::NotifyListArgs),
        Send(send::NotifySendArgs),
    }
}

pub fn run(args: &NotifyArgs, session: &Session, out: &mut Output) -> Result<()> {
    match &args.command {
        NotifyCommand::List(a) => list::run(a, session, out),
        NotifyCommand::Send(a) => send::run(a, session, out),
    }
}

/// "sent 2026-03-01 12:00:00", "pending", "pending, 2 attempts: exit status 75: ...".
fn status(n: &Notification) -> String {
    if let Some(sent) = n.sent_at {
        return format!("sent {}", crate::time::local(sent));
    }
    let mut text = String::from("pending");
    if n.attempts > 0 {
        let plural = if n.attempts == 1 { "" } else { "s" };
        text.push_str(&format!(", {} attempt{plural}", n.attempts));
    }
    if let Some(error) = &n.last_error {
        text.push_str(&format!(": {error}"));
    }
    text
}

impl Row for Notification {
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            crate::time::local(self.created_at),
            self.user.clone().unwrap_or_else(|| "(deleted)".into()),
            self.recipient.clone(),
            self.kind.clone(),
            self.subject.clone(),
            status(self),
        ]
    }
}
