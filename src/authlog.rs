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
//! Logging is best effort: a system without a syslog socket loses the
//! lines, never the login (the audit log in the database has them all).

use std::fmt;
use std::net::IpAddr;

use crate::names::{validate, NameKind};

/// The socket to write to instead of the system's (`/dev/log`).
pub const SOCKET_ENV: &str = "WARDEN_SYSLOG_SOCKET";

/// One event of a login.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event<'a> {
    Accepted {
        user: &'a str,
        from: Option<IpAddr>,
        acting_for: Option<&'a str>,
    },
    Failed {
        user: &'a str,
        from: Option<IpAddr>,
        /// What the audit log records, e.g. "wrong password".
        reason: &'a str,
        acting_for: Option<&'a str>,
    },
    Lockout {
        user: &'a str,
        from: Option<IpAddr>,
        failures: i64,
        /// RFC 3339, UTC.
        until: String,
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
        }
    }
}

/// Writes the events to the system log (or to `WARDEN_SYSLOG_SOCKET`).
pub fn send(events: &[Event]) {
    if events.is_empty() {
        return;
    }
    let formatter = syslog::Formatter3164 {
        facility: syslog::Facility::LOG_AUTHPRIV,
        hostname: None,
        process: "warden".into(),
        pid: std::process::id(),
    };
    let logger = match std::env::var_os(SOCKET_ENV).filter(|p| !p.is_empty()) {
        Some(path) => syslog::unix_custom(formatter, path),
        None => syslog::unix(formatter),
    };
    let Ok(mut logger) = logger else {
        return;
    };
    for event in events {
        let line = event.to_string();
        let _ = match event {
            Event::Accepted { .. } => logger.info(line),
            Event::Failed { .. } => logger.warning(line),
            Event::Lockout { .. } => logger.notice(line),
        };
    }
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
