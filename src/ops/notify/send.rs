//! Sending: each pending message claimed, piped to the mail command, and
//! its outcome written, the command always outside a transaction.

use super::command::Mailer;
use super::message::{compose, hostname, Headers};
use super::*;

/// What one [`send_pending`] run did.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct SendReport {
    /// Messages the mail command accepted (exit 0).
    pub sent: u64,
    /// Messages tried and not sent; they stay pending for the next run.
    pub failed: u64,
    /// Messages still unsent after the run: the failed ones, and any that
    /// another run was sending meanwhile.
    pub pending: u64,
    /// Why each failed message was not sent, in id order.
    #[serde(skip)]
    pub errors: Vec<SendFailure>,
}

impl SendReport {
    /// Messages this run tried to send.
    pub fn attempted(&self) -> u64 {
        self.sent + self.failed
    }
}

/// One message that could not be sent, and why.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SendFailure {
    pub id: i64,
    pub recipient: String,
    pub error: String,
}

/// How long a claim outlives the command's timeout: time to record the
/// outcome, even on a busy database.
const CLAIM_MARGIN_SECS: i64 = 60;

/// Sends every pending message once through `notify.command`.
///
/// Refused (nothing changed) when `notify.command` is not set. A message
/// the command rejects (non-zero exit), that outlasts `notify.timeout`, or
/// whose headers are unsafe stays pending with its error and one more
/// attempt; it is tried again by the next run, not by this one. One audit
/// event `notify.send` records the counts when anything was tried.
pub fn send_pending(store: &mut Store, ctx: &Ctx) -> Result<SendReport> {
    let settings = store.read(Settings::load)?;
    let argv: Vec<String> = settings
        .notify_command
        .split_ascii_whitespace()
        .map(String::from)
        .collect();
    if argv.is_empty() {
        return Err(Error::refused(
            "refused: notify.command is not set, so notifications cannot be sent; nothing was changed",
        )
        .with_hint(
            "set a sendmail-compatible command: `warden settings set notify.command \"/usr/sbin/sendmail -t\"`",
        ));
    }
    let mailer = Mailer {
        argv,
        timeout: settings.notify_timeout,
    };
    let header = Headers {
        from: Some(settings.notify_from.as_str()).filter(|f| !f.is_empty()),
        host: hostname(),
    };
    // The clock starts at ctx.now (WARDEN_NOW, when set) and runs on with
    // real time, so claims taken late in a long run still outlast their
    // command.
    let started = Instant::now();
    let clock = || ctx.now_unix() + started.elapsed().as_secs() as i64;
    let hold = settings.notify_timeout.as_secs() as i64 + CLAIM_MARGIN_SECS;

    let mut report = SendReport::default();
    let mut last_done = 0;
    loop {
        let now = clock();
        let claimed =
            store.write(|tx| notifications::claim_next(tx, now, now + hold, last_done))?;
        let Some(message) = claimed else {
            break;
        };
        last_done = message.id;
        let outcome = compose(&message, &header).and_then(|text| mailer.deliver(text.as_bytes()));
        match outcome {
            Ok(()) => {
                let at = clock();
                store.write(|tx| notifications::mark_sent(tx, message.id, at))?;
                report.sent += 1;
            }
            Err(error) => {
                store.write(|tx| notifications::mark_failed(tx, message.id, &error))?;
                report.failed += 1;
                report.errors.push(SendFailure {
                    id: message.id,
                    recipient: message.recipient,
                    error,
                });
            }
        }
    }
    if report.attempted() > 0 {
        let details = serde_json::json!({ "sent": report.sent, "failed": report.failed });
        store.write(|tx| crate::ops::record(tx, ctx, "notify.send", "", details))?;
    }
    let pending = store.read(pending_count)?;
    report.pending = u64::try_from(pending).unwrap_or(0);
    Ok(report)
}
