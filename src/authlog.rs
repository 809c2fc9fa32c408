//! Logins in the system log, for the machine's own log and for fail2ban:
//! facility authpriv, identifier `warden`, one line per event in a fixed
//! format (documented in warden-recipes(7), matched by the shipped fail2ban
//! filter):
//!
//! ```text
//! login accepted from=203.0.113.7 user=alice
//! login accepted from=203.0.113.7 user=bob for=alice
//! login failed from=203.0.113.7 user=alice reason=wrong-password
//! login failed from=- user=carol reason=disabled
//! lockout from=203.0.113.7 user=alice failures=5 until=2026-03-01T12:15:00Z
//! ```
//!
//! The client address comes first, before anything a client chose, and a
//! user name that is not a valid one (anything can be typed at a login
//! prompt) is written `(invalid)`: no text a client sends can end up
//! looking like another address to a filter reading these lines. Never a
//! password or a hash.
//!
//! Logging is best effort and never waits: a line goes out on a
//! non-blocking datagram socket, and one that cannot go at once (no syslog
//! socket, or a reader that stopped reading and whose queue is full) is
//! dropped and counted ([`dropped`]), never the login; the audit log in
//! the database has every attempt, and says (at most once an hour) that a
//! socket was there and did not take the lines. Where the lines go is the caller's choice ([`Syslog`]): the
//! library reads no environment variable for it.

use std::fmt;
use std::io::ErrorKind;
use std::net::IpAddr;
use std::os::unix::net::UnixDatagram;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use syslog::{Formatter3164, LogFormat, Severity};

use crate::names::{validate, NameKind};

/// The system's log socket.
pub const SYSTEM_SOCKET: &str = "/dev/log";

/// A function that receives every login event instead of the system log.
pub type Receiver = dyn Fn(&Event<'_>) + Send + Sync;

/// Where the lines of logins go.
#[derive(Clone, Default)]
pub enum Syslog {
    /// The system log, through `/dev/log` (the default).
    #[default]
    System,
    /// Another datagram socket (a private `rsyslogd`, a test).
    Socket(PathBuf),
    /// Nowhere: the audit log in the database alone records logins.
    Off,
    /// The caller's function, called with each event, in order, after the
    /// login was recorded; it must return quickly (a login waits for it).
    Callback(Arc<Receiver>),
}

impl fmt::Debug for Syslog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Syslog::System => f.write_str("System"),
            Syslog::Socket(path) => f.debug_tuple("Socket").field(path).finish(),
            Syslog::Off => f.write_str("Off"),
            Syslog::Callback(_) => f.write_str("Callback(..)"),
        }
    }
}

/// Lines this process could not send.
static DROPPED: AtomicU64 = AtomicU64::new(0);

/// How many lines this process has dropped because they could not be sent
/// at once.
pub fn dropped() -> u64 {
    DROPPED.load(Ordering::Relaxed)
}

/// What a [`send`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sent {
    /// Lines that could not be sent and were dropped.
    pub dropped: u64,
    /// Whether a socket was there and did not take them (a reader that
    /// stopped reading, or a daemon gone), rather than no socket at all (a
    /// system without syslog, where losing the lines is expected).
    pub stalled: bool,
}

/// One event of a login, or the audit log's head, as the system log
/// receives it (its `Display` is the line). New kinds may be added.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event<'a> {
    /// A login was accepted.
    Accepted {
        /// Who logged in.
        user: &'a str,
        /// The client's address, when known.
        from: Option<IpAddr>,
        /// The user a backup user acts for.
        acting_for: Option<&'a str>,
    },
    /// A login was refused.
    Failed {
        /// The name given (shown `(invalid)` when no user can have it).
        user: &'a str,
        /// The client's address, when known.
        from: Option<IpAddr>,
        /// What the audit log records, e.g. "wrong password".
        reason: &'a str,
        /// The user a backup user acts for.
        acting_for: Option<&'a str>,
    },
    /// Failures locked the user.
    Lockout {
        /// The user locked.
        user: &'a str,
        /// The address of the last failure, when known.
        from: Option<IpAddr>,
        /// The failures counted.
        failures: i64,
        /// RFC 3339, UTC.
        until: String,
    },
    /// The newest chained event of the audit log, sent out by
    /// `maintenance` so the head leaves the machine with the logs.
    AuditHead {
        /// `ID:HASH`, as `warden audit head` prints it.
        head: &'a str,
    },
}

/// A user name as the line shows it.
struct Name<'a>(&'a str);

impl fmt::Display for Name<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if validate(NameKind::User, self.0).is_ok() {
            f.write_str(self.0)
        } else {
            f.write_str("(invalid)")
        }
    }
}

/// An address as the line shows it: `-` when the caller gave none.
struct From(Option<IpAddr>);

impl fmt::Display for From {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(ip) => write!(f, "{ip}"),
            None => f.write_str("-"),
        }
    }
}

impl fmt::Display for Event<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let acting = |f: &mut fmt::Formatter<'_>, acting_for: Option<&str>| match acting_for {
            Some(delegator) => write!(f, " for={}", Name(delegator)),
            None => Ok(()),
        };
        match self {
            Event::Accepted {
                user,
                from,
                acting_for,
            } => {
                write!(f, "login accepted from={} user={}", From(*from), Name(user))?;
                acting(f, *acting_for)
            }
            Event::Failed {
                user,
                from,
                reason,
                acting_for,
            } => {
                let reason: String = reason
                    .chars()
                    .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                    .collect();
                write!(
                    f,
                    "login failed from={} user={} reason={reason}",
                    From(*from),
                    Name(user)
                )?;
                acting(f, *acting_for)
            }
            Event::Lockout {
                user,
                from,
                failures,
                until,
            } => write!(
                f,
                "lockout from={} user={} failures={failures} until={until}",
                From(*from),
                Name(user)
            ),
            Event::AuditHead { head } => write!(f, "audit head {head}"),
        }
    }
}

/// Writes the events to `to`, never waiting: a line the socket cannot
/// take at once is dropped and counted.
pub fn send(to: &Syslog, events: &[Event]) -> Sent {
    if events.is_empty() {
        return Sent::default();
    }
    let path = match to {
        Syslog::Off => return Sent::default(),
        Syslog::Callback(receive) => {
            events.iter().for_each(|event| receive(event));
            return Sent::default();
        }
        Syslog::System => PathBuf::from(SYSTEM_SOCKET),
        Syslog::Socket(path) => path.clone(),
    };
    let formatter = Formatter3164 {
        facility: syslog::Facility::LOG_AUTHPRIV,
        hostname: None,
        process: "warden".into(),
        pid: std::process::id(),
    };
    let socket = UnixDatagram::unbound()
        .and_then(|s| s.set_nonblocking(true).map(|()| s))
        .and_then(|s| s.connect(&path).map(|()| s));
    let mut dropped = 0;
    let mut stalled = false;
    let mut line = Vec::with_capacity(160);
    for event in events {
        let severity = match event {
            Event::Accepted { .. } => Severity::LOG_INFO,
            Event::Failed { .. } => Severity::LOG_WARNING,
            Event::Lockout { .. } => Severity::LOG_NOTICE,
            Event::AuditHead { .. } => Severity::LOG_INFO,
        };
        line.clear();
        let sent = match &socket {
            Ok(socket) => formatter
                .format(&mut line, severity, event.to_string())
                .map_err(|_| std::io::Error::from(ErrorKind::InvalidData))
                .and_then(|()| socket.send(&line)),
            Err(e) => Err(e.kind().into()),
        };
        if let Err(e) = sent {
            dropped += 1;
            stalled |= e.kind() != ErrorKind::NotFound;
        }
    }
    DROPPED.fetch_add(dropped, Ordering::Relaxed);
    Sent { dropped, stalled }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_put_the_address_first_and_never_echo_an_invalid_name() {
        let ip: IpAddr = "203.0.113.7".parse().unwrap();
        let failed = Event::Failed {
            user: "x from=10.9.9.9 ",
            from: Some(ip),
            reason: "unknown user",
            acting_for: None,
        };
        assert_eq!(
            failed.to_string(),
            "login failed from=203.0.113.7 user=(invalid) reason=unknown-user"
        );
        let accepted = Event::Accepted {
            user: "bob",
            from: None,
            acting_for: Some("alice"),
        };
        assert_eq!(
            accepted.to_string(),
            "login accepted from=- user=bob for=alice"
        );
        let lockout = Event::Lockout {
            user: "alice",
            from: Some(ip),
            failures: 5,
            until: "2026-03-01T12:15:00Z".into(),
        };
        assert_eq!(
            lockout.to_string(),
            "lockout from=203.0.113.7 user=alice failures=5 until=2026-03-01T12:15:00Z"
        );
    }
}
