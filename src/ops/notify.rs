//! The notification outbox: messages queued for users in the transaction
//! of the change that caused them. Only users with notifications on and an
//! e-mail address get one; no message ever carries a secret.
//!
//! Sending pipes each pending message, one at a time, to the
//! sendmail-compatible command in `notify.command`. The command runs
//! outside any transaction: a message is claimed in one short write, the
//! command runs, and the outcome is written in another, so a slow mail
//! server never holds the database lock, and two senders running at once
//! never deliver the same message. A run that dies between delivery and
//! the second write leaves a claim that lapses: the message is sent again
//! later (at least once, never lost).

use std::io::{self, Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use rusqlite::Connection;
use serde::Serialize;

use super::settings::Settings;
use super::Ctx;
use crate::error::{Error, Result};
use crate::model::Notification;
use crate::store::notifications::{self, Claimed};
use crate::store::Store;
use crate::text::escape;
use crate::time::format_duration;

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
pub fn queue(conn: &Connection, ctx: &Ctx, to: &Recipient, mail: &Mail) -> Result<bool> {
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

/// What is wrong with `notify.command`'s program, when it could not run:
/// the program does not exist (or is not on `PATH`), is not a file, or is
/// not executable. `None` when it looks runnable or the command is empty.
pub fn command_problem(command: &str) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let program = command.split_ascii_whitespace().next()?;
    let shown = program;
    let check = |path: &std::path::Path| -> std::result::Result<(), String> {
        let meta = std::fs::metadata(path).map_err(|e| crate::error::io_reason(&e))?;
        if !meta.is_file() {
            return Err("it is not a file".into());
        }
        if meta.permissions().mode() & 0o111 == 0
            || nix::unistd::access(path, nix::unistd::AccessFlags::X_OK).is_err()
        {
            return Err("it is not executable".into());
        }
        Ok(())
    };
    if program.contains('/') {
        return check(std::path::Path::new(program))
            .err()
            .map(|why| format!("\"{shown}\" cannot be run: {why}"));
    }
    let found = std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|dir| check(&dir.join(program)).is_ok())
    });
    (!found).then(|| format!("\"{shown}\" is not an executable program on this PATH"))
}

/// The outbox in id order; only unsent messages when `pending_only`.
pub fn list(store: &mut Store, pending_only: bool) -> Result<Vec<Notification>> {
    store.read(|tx| notifications::list(tx, pending_only))
}

/// How many messages wait to be sent (including any another run is
/// sending right now).
pub fn pending_count(conn: &Connection) -> Result<i64> {
    notifications::pending_count(conn)
}

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
    let settings = store.read(|tx| Settings::load(tx))?;
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
        store.write(|tx| super::record(tx, ctx, "notify.send", "", details))?;
    }
    let pending = store.read(|tx| pending_count(tx))?;
    report.pending = u64::try_from(pending).unwrap_or(0);
    Ok(report)
}

// ---- the message ----

/// What every message of one run shares.
struct Headers<'a> {
    from: Option<&'a str>,
    /// For the Message-ID.
    host: String,
}

/// This machine's host name for Message-IDs, or `localhost` when it has
/// none fit for a header.
fn hostname() -> String {
    nix::unistd::gethostname()
        .ok()
        .and_then(|name| name.into_string().ok())
        .filter(|name| {
            !name.is_empty()
                && name.len() <= 253
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        })
        .unwrap_or_else(|| "localhost".into())
}

/// Refuses a header value that could end the header early or smuggle in
/// another one (a planted `\nBcc: ...`).
fn check_header(what: &str, value: &str) -> std::result::Result<(), String> {
    if value.contains(['\r', '\n']) {
        return Err(format!("refused: the {what} contains a line break"));
    }
    if value.chars().any(char::is_control) {
        return Err(format!("refused: the {what} contains a control character"));
    }
    Ok(())
}

/// The RFC 5322 message for one notification, with LF line endings (what
/// sendmail reads on its standard input). Headers are checked, never
/// repaired: an unsafe message is refused whole.
fn compose(message: &Claimed, header: &Headers) -> std::result::Result<String, String> {
    check_header("recipient", &message.recipient)?;
    crate::names::validate_email(&message.recipient)
        .map_err(|e| format!("refused: {}", e.message))?;
    check_header("subject", &message.subject)?;
    if !message.subject.is_ascii() {
        // Non-ASCII would need RFC 2047 encoded words; warden's own
        // subjects are ASCII, so anything else was planted.
        return Err("refused: the subject is not ASCII".into());
    }
    let created = crate::time::from_unix(message.created_at).map_err(|e| e.message)?;
    let mut text = String::with_capacity(message.body.len() + 512);
    if let Some(from) = header.from {
        check_header("sender", from)?;
        text.push_str(&format!("From: {from}\n"));
    }
    text.push_str(&format!("To: {}\n", message.recipient));
    text.push_str(&format!("Subject: {}\n", message.subject));
    text.push_str(&format!("Date: {}\n", created.to_rfc2822()));
    text.push_str(&format!(
        "Message-ID: <warden-{}-{}@{}>\n",
        message.id, message.created_at, header.host
    ));
    text.push_str("MIME-Version: 1.0\n");
    text.push_str("Content-Type: text/plain; charset=utf-8\n");
    text.push_str("Content-Transfer-Encoding: 8bit\n");
    text.push_str("Auto-Submitted: auto-generated\n");
    for (name, at) in &message.times {
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err("refused: a time header has an unsafe name".into());
        }
        let at = crate::time::from_unix(*at).map_err(|e| e.message)?;
        text.push_str(&format!("X-Warden-{name}: {}\n", crate::time::rfc3339(at)));
    }
    text.push('\n');
    let body = message.body.replace("\r\n", "\n").replace('\r', "\n");
    text.push_str(&body);
    if !body.ends_with('\n') {
        text.push('\n');
    }
    Ok(text)
}

// ---- the mail command ----

/// How often a running command is checked for having exited.
const POLL: Duration = Duration::from_millis(10);

/// How much of the command's stderr is kept for the error message.
const STDERR_KEPT: u64 = 64 * 1024;

/// The longest error text recorded from the command's stderr.
const ERROR_CHARS: usize = 200;

/// The configured mail command, split on ASCII whitespace and run
/// directly: no shell, so nothing in a message can reach one.
struct Mailer {
    argv: Vec<String>,
    timeout: Duration,
}

impl Mailer {
    /// Pipes one message to a fresh run of the command. Its stdout is
    /// discarded and its stderr kept for the error; it runs in a process
    /// group of its own, so a timeout kills whatever it started too.
    fn deliver(&self, message: &[u8]) -> std::result::Result<(), String> {
        let Some((program, args)) = self.argv.split_first() else {
            return Err("notify.command is empty".into());
        };
        let mut child = Command::new(program)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .process_group(0)
            .spawn()
            .map_err(|e| {
                format!(
                    "cannot run \"{}\": {}",
                    program,
                    crate::error::io_reason(&e)
                )
            })?;
        // Threads feed and drain the pipes, so a command that writes a lot
        // before it reads (or the reverse) cannot deadlock with warden. A
        // command may exit without reading everything: its exit status
        // decides, so write errors are ignored.
        if let Some(mut stdin) = child.stdin.take() {
            let message = message.to_vec();
            thread::spawn(move || {
                let _ = stdin.write_all(&message);
            });
        }
        if let Some(mut stdout) = child.stdout.take() {
            thread::spawn(move || {
                let _ = io::copy(&mut stdout, &mut io::sink());
            });
        }
        let (kept_tx, kept_rx) = mpsc::channel();
        if let Some(mut stderr) = child.stderr.take() {
            thread::spawn(move || {
                let mut kept = Vec::new();
                let _ = (&mut stderr).take(STDERR_KEPT).read_to_end(&mut kept);
                let _ = io::copy(&mut stderr, &mut io::sink());
                let _ = kept_tx.send(kept);
            });
        }

        let deadline = Instant::now() + self.timeout;
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) => {}
                Err(e) => {
                    kill_group(&mut child);
                    return Err(format!(
                        "cannot wait for \"{}\": {}",
                        program,
                        crate::error::io_reason(&e)
                    ));
                }
            }
            let now = Instant::now();
            if now >= deadline {
                kill_group(&mut child);
                return Err(format!("timed out after {}", format_duration(self.timeout)));
            }
            thread::sleep(POLL.min(deadline - now));
        };
        if status.success() {
            return Ok(());
        }
        let what = match (status.code(), status.signal()) {
            (Some(code), _) => format!("exit status {code}"),
            (None, Some(signal)) => format!("killed by signal {signal}"),
            (None, None) => "failed".into(),
        };
        // Something the command left running may hold stderr open: wait
        // for it no longer than the timeout allows.
        let stderr = kept_rx
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .unwrap_or_default();
        match first_line(&stderr) {
            Some(line) => Err(format!("{what}: {line}")),
            None => Err(what),
        }
    }
}

/// Kills the command and everything in its process group, and reaps it.
fn kill_group(child: &mut Child) {
    let group = i32::try_from(child.id()).map(nix::unistd::Pid::from_raw);
    let killed = group
        .is_ok_and(|pid| nix::sys::signal::killpg(pid, nix::sys::signal::Signal::SIGKILL).is_ok());
    if !killed {
        let _ = child.kill();
    }
    let _ = child.wait();
}

/// The first non-blank line of the command's stderr, escaped and clipped
/// to [`ERROR_CHARS`] characters.
fn first_line(stderr: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(stderr);
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let escaped = escape(line);
    if escaped.chars().count() <= ERROR_CHARS {
        return Some(escaped);
    }
    let mut clipped: String = escaped.chars().take(ERROR_CHARS - 3).collect();
    clipped.push_str("...");
    Some(clipped)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claimed(recipient: &str, subject: &str, body: &str) -> Claimed {
        Claimed {
            id: 7,
            recipient: recipient.into(),
            subject: subject.into(),
            body: body.into(),
            created_at: 1_772_366_400, // 2026-03-01T12:00:00Z
            times: Vec::new(),
        }
    }

    fn headers(from: Option<&str>) -> Headers<'_> {
        Headers {
            from,
            host: "mail.example".into(),
        }
    }

    #[test]
    fn a_message_has_the_headers_a_blank_line_and_the_body() {
        let text = compose(
            &claimed("ana@example.com", "Hello", "line one\r\nline two"),
            &headers(Some("ops@example.com")),
        );
        assert_eq!(
            text.as_deref(),
            Ok("From: ops@example.com\n\
                To: ana@example.com\n\
                Subject: Hello\n\
                Date: Sun, 1 Mar 2026 12:00:00 +0000\n\
                Message-ID: <warden-7-1772366400@mail.example>\n\
                MIME-Version: 1.0\n\
                Content-Type: text/plain; charset=utf-8\n\
                Content-Transfer-Encoding: 8bit\n\
                Auto-Submitted: auto-generated\n\
                \n\
                line one\n\
                line two\n")
        );
        let without_from = compose(&claimed("ana@example.com", "Hello", "x\n"), &headers(None));
        assert!(without_from.is_ok_and(|t| t.starts_with("To: ")));
    }

    #[test]
    fn times_become_utc_headers_and_an_unsafe_name_is_refused() {
        let mut message = claimed("ana@example.com", "Hello", "x\n");
        message.times = vec![("Ends-At".into(), 1_772_409_600)];
        let text = compose(&message, &headers(None)).unwrap_or_default();
        assert!(
            text.contains(
                "Auto-Submitted: auto-generated\nX-Warden-Ends-At: 2026-03-02T00:00:00Z\n\nx\n"
            ),
            "{text}"
        );
        for name in ["", "Ends At", "Ends-At\nBcc: eve@example.com", "Ends:At"] {
            message.times = vec![(name.into(), 1_772_409_600)];
            let err = compose(&message, &headers(None)).err();
            assert_eq!(
                err.as_deref(),
                Some("refused: a time header has an unsafe name"),
                "{name:?}"
            );
        }
    }

    #[test]
    fn unsafe_headers_are_refused() {
        let cases = [
            (
                "ana@example.com\nBcc: eve@example.com",
                "Hello",
                "recipient contains a line break",
            ),
            (
                "ana@example.com",
                "Hello\r\nBcc: eve@example.com",
                "subject contains a line break",
            ),
            (
                "ana@example.com",
                "Hello\u{7}",
                "subject contains a control character",
            ),
            ("ana@example.com", "Grüße", "subject is not ASCII"),
            ("not an address", "Hello", "invalid e-mail address"),
        ];
        for (to, subject, why) in cases {
            let err = compose(&claimed(to, subject, "body\n"), &headers(None)).err();
            assert!(
                err.as_deref().is_some_and(|e| e.contains(why)),
                "{to:?} {subject:?}: {err:?}"
            );
        }
    }

    #[test]
    fn stderr_is_reduced_to_one_escaped_clipped_line() {
        assert_eq!(first_line(b""), None);
        assert_eq!(
            first_line(b"\n  queue full\x1b[2J \nmore\n").as_deref(),
            Some("queue full\\u{001b}[2J")
        );
        let long = first_line("é".repeat(500).as_bytes()).unwrap_or_default();
        assert_eq!(long.chars().count(), ERROR_CHARS);
        assert!(long.ends_with("..."));
    }
}
