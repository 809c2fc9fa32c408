//! The error kinds of warden, decided in one place.
//!
//! Every layer returns [`Error`]. What the command line makes of one (its
//! exit code, its name in JSON, the closed pipe that is no error at all)
//! is the front end's, in `cli::exit`; the kinds mirror the exit-code
//! table there, so a script can rely on the number alone.

use std::fmt;
use std::sync::Arc;

/// What went wrong, as far as a caller (or a script reading the exit code)
/// needs to know. New kinds may be added: match with a wildcard arm.
#[non_exhaustive]
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
    /// The audit log's chain is broken: an event was changed, removed,
    /// inserted or moved, a trigger that protects the log is gone, or the
    /// head kept elsewhere no longer matches.
    Tampered,
}

/// What a caller can do about an error whose cure lies outside the call:
/// the environment, the database, or the options it was opened with.
/// Each front end says it in its own words (the command line names its
/// flags and commands); the error's `hint` carries the library's words,
/// which name no flag or command.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remedy {
    /// Try again, or wait longer for the lock (the busy timeout).
    WaitLonger,
    /// The database is damaged: check it, then restore a backup copy.
    CheckAndRestore,
    /// The location does not hold a warden database: check it.
    CheckLocation,
    /// The location is a folder: name the database file inside it.
    NameTheFile,
    /// No warden database there yet: initialise one, or point elsewhere.
    /// On PostgreSQL, the schema that was looked in.
    Initialise {
        /// The PostgreSQL schema looked in.
        schema: Option<String>,
    },
    /// The database is already initialised: look at what it holds.
    LookAtIt,
    /// The database has an older schema and was opened where nothing may
    /// migrate it: migrate it first.
    Migrate,
    /// Every name of this kind can be listed.
    ListNames(crate::catalog::NameKind),
    /// The server is a standby: use the primary.
    UsePrimary,
    /// The database file cannot be written by this process: check the
    /// permissions of the file and its folder.
    ReadOnly,
    /// The commit's outcome is unknown: look at the log before retrying.
    LookBeforeRetrying,
    /// The destination file exists: choose another, or replace it.
    ChooseAnotherFile,
    /// Something other than a file stands where a config file was named.
    NameAConfigFile,
}

impl Remedy {
    /// The library's words for the remedy: no flag, no command.
    pub fn advice(&self) -> Option<String> {
        Some(match self {
            Remedy::WaitLonger => "try again, or allow a longer wait (a longer busy timeout)".into(),
            Remedy::CheckAndRestore => {
                "check the database's integrity, then restore a backup copy".into()
            }
            Remedy::CheckLocation => "check the location the database was opened from".into(),
            Remedy::NameTheFile => "give the path of the database file itself".into(),
            Remedy::Initialise { schema: None } => {
                "initialise one there, or open an existing database".into()
            }
            Remedy::Initialise { schema: Some(schema) } => format!(
                "looked in the schema {schema} (the first of the search_path this role may use); initialise one there, or check the role's USAGE on warden's schema and the URL's search_path"
            ),
            Remedy::LookAtIt => "nothing was changed".into(),
            Remedy::Migrate => {
                "migrate it first: open it once where migrations are allowed".into()
            }
            Remedy::ListNames(_) => return None,
            Remedy::UsePrimary => "this server is a standby or the session is read-only; connect to the primary (several hosts with target_session_attrs=read-write find it); nothing was changed".into(),
            Remedy::ReadOnly => "check the permissions of the database file and its folder".into(),
            Remedy::LookBeforeRetrying => "look at the audit log's last events before trying again".into(),
            Remedy::ChooseAnotherFile => "choose another file name, or allow replacing it".into(),
            Remedy::NameAConfigFile => "name a config file, or remove what is in its place".into(),
        })
    }
}

/// An error with its kind, a one-line message and an optional hint; the
/// error it came from, when there was one, is its
/// [`source`](std::error::Error::source).
#[derive(Debug, Clone)]
pub struct Error {
    /// What went wrong, for a caller to act on.
    pub kind: Kind,
    /// One line, in the library's words (no flag, no command).
    pub message: String,
    /// Advice in the library's words; it names no flag or command.
    pub hint: Option<String>,
    /// What to do, typed, for a front end to say in its own words.
    pub remedy: Option<Remedy>,
    /// For "not found": the name that does not exist, so a front end may
    /// look for the nearest one that does. The library suggests nothing
    /// itself: a service would tell one tenant another's names, and pay
    /// for a scan of them on every miss.
    pub missing: Option<(crate::catalog::NameKind, String)>,
    /// The lower-level error this one came from (SQLite's, the server's,
    /// the operating system's).
    /// (An `Arc` of a `Box`: one word, which keeps `Result`s small.)
    pub(crate) source: Option<Arc<Source>>,
}

/// The error an [`Error`] came from.
type Source = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Two errors are equal when they say the same; their sources are not
/// compared.
impl PartialEq for Error {
    fn eq(&self, other: &Error) -> bool {
        self.kind == other.kind
            && self.message == other.message
            && self.hint == other.hint
            && self.remedy == other.remedy
            && self.missing == other.missing
    }
}

impl Eq for Error {}

/// What every fallible call of warden returns.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An error of `kind` saying `message`.
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
            remedy: None,
            missing: None,
            source: None,
        }
    }

    /// Keeps the error this one came from, for [`std::error::Error::source`].
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(Arc::new(Box::new(source)));
        self
    }

    /// Whether the database could not be written here: a read-only file,
    /// a standby, a read-only session.
    pub(crate) fn is_read_only(&self) -> bool {
        matches!(self.remedy, Some(Remedy::ReadOnly | Remedy::UsePrimary))
    }

    /// Sets the remedy, and the hint to the library's words for it.
    pub fn with_remedy(mut self, remedy: Remedy) -> Self {
        self.hint = remedy.advice();
        self.remedy = Some(remedy);
        self
    }

    /// Sets the hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// An unexpected failure ([`Kind::Failure`]).
    pub fn failure(message: impl Into<String>) -> Self {
        Self::new(Kind::Failure, message)
    }

    /// A mistake in the call ([`Kind::Usage`]).
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }

    /// Something named does not exist ([`Kind::NotFound`]).
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(Kind::NotFound, message)
    }

    /// Something already exists ([`Kind::Conflict`]).
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(Kind::Conflict, message)
    }

    /// A rule refused the change ([`Kind::Refused`]).
    pub fn refused(message: impl Into<String>) -> Self {
        Self::new(Kind::Refused, message)
    }

    /// A check said no ([`Kind::Denied`]).
    pub fn denied(message: impl Into<String>) -> Self {
        Self::new(Kind::Denied, message)
    }

    /// An I/O error on a named file, with the OS reason.
    pub fn io(what: impl fmt::Display, err: &std::io::Error) -> Self {
        Self::failure(format!("{what}: {}", io_reason(err)))
            .with_source(std::io::Error::new(err.kind(), err.to_string()))
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

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| &**e as &(dyn std::error::Error + 'static))
    }
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        Error::io("I/O error", &err)
    }
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        let said = sqlite_error(&err);
        said.with_source(err)
    }
}

/// SQLite's error in warden's words.
fn sqlite_error(err: &rusqlite::Error) -> Error {
    {
        use rusqlite::ErrorCode as C;
        let Some(code) = err.sqlite_error_code() else {
            return Error::failure(format!("database error: {err}"));
        };
        match code {
            C::DatabaseBusy | C::DatabaseLocked => Error::new(
                Kind::Busy,
                "the database is busy: another process held its lock past the busy timeout",
            )
            .with_remedy(Remedy::WaitLonger),
            C::DatabaseCorrupt => Error::failure(CORRUPT).with_remedy(Remedy::CheckAndRestore),
            C::NotADatabase => Error::failure("the file is not a SQLite database or is corrupt")
                .with_remedy(Remedy::CheckLocation),
            C::ReadOnly => Error::failure("the database is read-only: cannot write to it")
                .with_remedy(Remedy::ReadOnly),
            C::DiskFull => Error::failure("the disk is full: nothing was written")
                .with_hint("free some space and run the command again"),
            C::CannotOpen => Error::failure(format!("cannot open the database: {err}")).with_hint(
                "check that the path exists and that its folder is readable and writable",
            ),
            C::PermissionDenied => Error::failure(format!("permission denied: {err}")),
            C::SystemIoFailure => Error::failure(format!("{IO_ERROR}: {err}")),
            _ => Error::failure(format!("database error: {err}")),
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Self {
        Error::failure(format!("JSON error: {err}")).with_source(err)
    }
}
