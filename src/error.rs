//! The error kinds of warden and the exit-code table, decided in one place.
//!
//! Every layer returns [`Error`]; only `main` turns it into a message and an
//! exit code. The kinds mirror the contract in the exit-code table, so a
//! script can rely on the number alone.

use std::fmt;

/// What went wrong, as far as a caller (or a script reading the exit code)
/// needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Unexpected failure: I/O, a corrupt or foreign database file.
    Failure,
    /// Bad flag, bad value, missing password input.
    Usage,
    /// A named thing does not exist, or the database is not initialised.
    NotFound,
    /// Something already exists or the name is reserved.
    Conflict,
    /// A rule refused the change (last admin, confirmation missing, limits).
    Refused,
    /// `verify`, `can` or `switch` said no.
    Denied,
    /// The database stayed locked past `--busy-timeout`.
    Busy,
    /// `apply --dry-run` found pending changes.
    Pending,
    /// Standard output was closed by the reader (`warden audit | head -1`):
    /// not a failure, and nothing is printed.
    PipeClosed,
}

/// The exit-code table as documented in the README and warden(1).
pub const EXIT_CODES: &[(u8, &str)] = &[
    (0, "success; allowed"),
    (1, "unexpected failure (I/O, corrupt database)"),
    (2, "usage error (bad flag, bad value, missing password input)"),
    (3, "not found (user, account, role, strategy, database not initialised)"),
    (4, "conflict (already exists, name reserved)"),
    (5, "refused by a rule (last admin, account not disabled, confirmation missing, limit exceeded)"),
    (6, "denied (verify, can, switch said no)"),
    (7, "busy (the database stayed locked past --busy-timeout, no PostgreSQL server answered within connect_timeout, or the connection was lost before the commit)"),
    (8, "apply --dry-run: changes are pending"),
];

impl Kind {
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::PipeClosed => 0,
            Kind::Failure => 1,
            Kind::Usage => 2,
            Kind::NotFound => 3,
            Kind::Conflict => 4,
            Kind::Refused => 5,
            Kind::Denied => 6,
            Kind::Busy => 7,
            Kind::Pending => 8,
        }
    }

    /// A stable machine name for the kind, used in JSON errors.
    pub fn name(self) -> &'static str {
        match self {
            Kind::PipeClosed => "pipe_closed",
            Kind::Failure => "failure",
            Kind::Usage => "usage",
            Kind::NotFound => "not_found",
            Kind::Conflict => "conflict",
            Kind::Refused => "refused",
            Kind::Denied => "denied",
            Kind::Busy => "busy",
            Kind::Pending => "pending",
        }
    }
}

/// An error with its kind, a one-line message and an optional hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub hint: Option<String>,
    /// For "not found": the name that does not exist, so a front end may
    /// look for the nearest one that does. The library suggests nothing
    /// itself: a service would tell one tenant another's names, and pay
    /// for a scan of them on every miss.
    pub missing: Option<(crate::catalog::NameKind, String)>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
            missing: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn failure(message: impl Into<String>) -> Self {
        Self::new(Kind::Failure, message)
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(Kind::NotFound, message)
    }

    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(Kind::Conflict, message)
    }

    pub fn refused(message: impl Into<String>) -> Self {
        Self::new(Kind::Refused, message)
    }

    pub fn denied(message: impl Into<String>) -> Self {
        Self::new(Kind::Denied, message)
    }

    /// An I/O error on a named file, with the OS reason.
    pub fn io(what: impl fmt::Display, err: &std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            return Self::new(Kind::PipeClosed, "standard output was closed");
        }
        Self::failure(format!("{what}: {}", io_reason(err)))
    }

    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }

    /// An exit code whose answer was already printed on stdout (a denied
    /// `verify` or `can`): nothing more is shown on stderr.
    pub fn answered(kind: Kind) -> Self {
        Self::new(kind, "")
    }
}

/// How a corrupt database file is reported, before the advice.
pub const CORRUPT: &str = "the database file is corrupt";

/// How an I/O error on the database file is reported, before SQLite's words.
pub const IO_ERROR: &str = "I/O error on the database";

/// The OS reason without Rust's "(os error N)" suffix.
pub(crate) fn io_reason(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.find(" (os error") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        Error::io("I/O error", &err)
    }
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        let Some(code) = err.sqlite_error_code() else {
            return Error::failure(format!("database error: {err}"));
        };
        match code {
            C::DatabaseBusy | C::DatabaseLocked => Error::new(
                Kind::Busy,
                "the database is busy: another process held its lock past the busy timeout",
            )
            .with_hint("try again, or allow a longer wait with --busy-timeout (for example --busy-timeout 30s)"),
            // Corruption is reported on one line: the advice is part of it.
            C::DatabaseCorrupt => {
                Error::failure(format!("{CORRUPT}; `warden db check` lists the damage, then restore a `warden db backup` copy"))
            }
            C::NotADatabase => Error::failure("the file is not a SQLite database or is corrupt (check --db or WARDEN_DB)"),
            C::ReadOnly => Error::failure("the database is read-only: cannot write to it")
                .with_hint("check the permissions of the database file and its folder"),
            C::DiskFull => Error::failure("the disk is full: nothing was written")
                .with_hint("free some space and run the command again"),
            C::CannotOpen => Error::failure(format!("cannot open the database: {err}"))
                .with_hint("check that the path exists and that its folder is readable and writable"),
            C::PermissionDenied => Error::failure(format!("permission denied: {err}")),
            C::SystemIoFailure => Error::failure(format!("{IO_ERROR}: {err}")),
            _ => Error::failure(format!("database error: {err}")),
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Self {
        if err.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe) {
            return Self::new(Kind::PipeClosed, "standard output was closed");
        }
        Error::failure(format!("JSON error: {err}"))
    }
}
