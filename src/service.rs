//! The handle a service holds: [`Warden`], shared by every thread of the
//! service, over a small pool of connections.
//!
//! A call borrows a connection for each transaction it runs and gives it
//! back at once: a login's argon2 work (tens of milliseconds) runs between
//! its read and its write and holds no connection, so a permission
//! question on another thread never waits behind it. On SQLite the
//! readers run side by side (the file is in WAL mode) and the handle's
//! writes take turns on a lock of their own before they ask for the
//! file's, so its threads queue in order rather than poll; on PostgreSQL
//! each connection is a client of the server.
//!
//! The handle reads no environment variable: its clock, its actor and
//! where login lines go are what the builder was given.

use std::fmt;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::authlog::Syslog;
use crate::error::{Error, Result};
use crate::model::{Decision, UserAccess};
use crate::ops::{self, Ctx};
use crate::store::{self, Db, Engine, OpenOptions, Store, Transactions};

/// Where a [`Warden`] takes the time of its decisions from.
pub trait Clock: Send + Sync + fmt::Debug {
    /// The current time.
    fn now(&self) -> DateTime<Utc>;
}

/// The system's clock (the default).
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that always says the same time, for tests and rehearsals.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub DateTime<Utc>);

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        self.0
    }
}

/// How many connections a handle opens at most, unless told otherwise.
pub const DEFAULT_POOL_SIZE: usize = 4;

/// Options for opening a [`Warden`]; [`Warden::builder`] makes one.
#[must_use]
pub struct Builder {
    location: PathBuf,
    read_only: bool,
    migrate: bool,
    busy_timeout: Duration,
    pool_size: usize,
    clock: Arc<dyn Clock>,
    actor: String,
    syslog: Syslog,
    password_file: Option<PathBuf>,
}

impl fmt::Debug for Builder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Builder")
            .field("location", &store::redacted(&self.location))
            .field("read_only", &self.read_only)
            .field("migrate", &self.migrate)
            .field("busy_timeout", &self.busy_timeout)
            .field("pool_size", &self.pool_size)
            .field("clock", &self.clock)
            .field("actor", &self.actor)
            .field("syslog", &self.syslog)
            .field("password_file", &self.password_file)
            .finish()
    }
}

impl Builder {
    /// Opens the database only to read it: permission questions and
    /// `access` work, a login (which is recorded) is refused, and nothing
    /// is migrated. A database of an older schema is refused.
    pub fn read_only(mut self) -> Builder {
        self.read_only = true;
        self
    }

    /// Whether opening may apply pending migrations (default: yes). When
    /// not, a database of an older schema is refused.
    pub fn migrate(mut self, migrate: bool) -> Builder {
        self.migrate = migrate;
        self
    }

    /// How long a call waits for another process's write lock before it
    /// fails with [`crate::Kind::Busy`] (default: five seconds).
    pub fn busy_timeout(mut self, timeout: Duration) -> Builder {
        self.busy_timeout = timeout;
        self
    }

    /// How many connections the handle opens at most (default
    /// [`DEFAULT_POOL_SIZE`], at least one). A call that finds them all
    /// busy waits for one.
    pub fn pool_size(mut self, size: usize) -> Builder {
        self.pool_size = size.max(1);
        self
    }

    /// The clock of every decision (default: the system's).
    pub fn clock(mut self, clock: impl Clock + 'static) -> Builder {
        self.clock = Arc::new(clock);
        self
    }

    /// Who the audit log names as acting (default: `service`).
    pub fn actor(mut self, actor: impl Into<String>) -> Builder {
        self.actor = actor.into();
        self
    }

    /// Where the lines of logins go besides the audit log (default: the
    /// system log, unless the database's setting `auth.syslog` is off).
    /// A line is never waited for: one that cannot be sent at once is
    /// dropped and counted.
    pub fn syslog(mut self, syslog: Syslog) -> Builder {
        self.syslog = syslog;
        self
    }

    /// On PostgreSQL, the password file to look the connection's password
    /// up in (libpq's format, mode 0600; a URL never holds a password).
    /// None by default: the handle reads no environment variable, so
    /// `PGPASSFILE` and `~/.pgpass` are not looked at unless named here.
    pub fn password_file(mut self, file: impl Into<PathBuf>) -> Builder {
        self.password_file = Some(file.into());
        self
    }

    /// Opens the database, and one connection to it: a SQLite file, or a
    /// PostgreSQL schema named by a `postgresql://` URL. The other
    /// connections are opened when the calls need them.
    pub fn open(self) -> Result<Warden> {
        let options = OpenOptions {
            busy_timeout: self.busy_timeout,
            migrate: self.migrate && !self.read_only,
            password_file: self.password_file,
        };
        let mut first = open_one(&self.location, &options, self.read_only)?;
        let warnings = first.take_warnings();
        let engine = first.engine();
        let shared = Shared {
            location: self.location,
            options: OpenOptions {
                migrate: false,
                ..options
            },
            read_only: self.read_only,
            engine,
            clock: self.clock,
            syslog: self.syslog,
            warnings,
            size: self.pool_size,
            pool: Mutex::new(Pool {
                idle: vec![first],
                open: 1,
            }),
            returned: Condvar::new(),
            writer: Mutex::new(()),
        };
        Ok(Warden {
            shared: Arc::new(shared),
            actor: self.actor.into(),
        })
    }
}

fn open_one(location: &Path, options: &OpenOptions, read_only: bool) -> Result<Store> {
    if read_only {
        Store::open_to_read(location, options)
    } else {
        Store::open(location, options)
    }
}

/// An open warden database, for a service that checks logins and
/// permissions with exactly the rules of the command line.
///
/// Cheap to clone (the clones share one pool of connections) and safe to
/// share between threads; every method takes `&self`.
///
/// ```
/// use warden::{Reason, Warden};
/// # let dir = tempfile::tempdir()?;
/// # let path = dir.path().join("warden.db");
/// # let ctx = warden::unstable::ops::Ctx { now: warden::time::system_now()?, actor: "doc".into() };
/// # let request = warden::unstable::ops::init::InitRequest { root_account: "root".into(), admin: "admin".into(), email: None };
/// # let secret = warden::password::Secret::new("tangerine-otter-bicycle".into());
/// # warden::unstable::ops::init::run(&path, &Default::default(), &ctx, &request, &secret)?;
/// let warden = Warden::builder(&path).actor("portal").open()?;
///
/// let login = warden.verify("admin", "tangerine-otter-bicycle", "203.0.113.7".parse().ok())?;
/// assert!(login.allowed, "{}", login.reason);
///
/// let decision = warden.can("admin", "accounts.manage", None)?;
/// assert_eq!(decision.code, Reason::RoleGrants);
/// assert_eq!(decision.reason, "active role admin grants accounts.manage");
///
/// let refused = warden.verify("admin", "wrong", None)?;
/// assert_eq!(refused.code, Reason::BadCredentials);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct Warden {
    shared: Arc<Shared>,
    actor: Arc<str>,
}

/// What the clones of one handle share.
struct Shared {
    location: PathBuf,
    options: OpenOptions,
    read_only: bool,
    engine: Engine,
    clock: Arc<dyn Clock>,
    syslog: Syslog,
    warnings: Vec<String>,
    size: usize,
    pool: Mutex<Pool>,
    /// Signalled when a connection is given back.
    returned: Condvar,
    /// Taken by a write on SQLite before it asks for the file's lock.
    writer: Mutex<()>,
}

struct Pool {
    idle: Vec<Store>,
    /// Connections open, idle or lent.
    open: usize,
}

/// A lock whose holder panicked still guards consistent data here (a
/// list of idle connections, or nothing): take it anyway.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Shared {
    /// A connection: an idle one, a new one while fewer than `size` are
    /// open, else the next one given back.
    fn lend(&self) -> Result<Lent<'_>> {
        let mut pool = lock(&self.pool);
        loop {
            if let Some(store) = pool.idle.pop() {
                return Ok(Lent {
                    shared: self,
                    store: Some(store),
                });
            }
            if pool.open < self.size {
                pool.open += 1;
                drop(pool);
                return match open_one(&self.location, &self.options, self.read_only) {
                    Ok(store) => Ok(Lent {
                        shared: self,
                        store: Some(store),
                    }),
                    Err(e) => {
                        lock(&self.pool).open -= 1;
                        self.returned.notify_one();
                        Err(e)
                    }
                };
            }
            pool = self
                .returned
                .wait(pool)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
    }
}

/// A connection lent to one transaction; given back when dropped.
struct Lent<'a> {
    shared: &'a Shared,
    store: Option<Store>,
}

impl Lent<'_> {
    /// Runs `f` on the connection (there from the loan to the drop).
    fn with<T>(mut self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        match self.store.as_mut() {
            Some(store) => f(store),
            None => Err(Error::failure("no connection was lent")),
        }
    }
}

impl Drop for Lent<'_> {
    fn drop(&mut self) {
        if let Some(store) = self.store.take() {
            lock(&self.shared.pool).idle.push(store);
            self.shared.returned.notify_one();
        }
    }
}

/// The pool seen as [`Transactions`]: each transaction on a connection of
/// its own, lent for that transaction only.
struct Pooled<'a>(&'a Shared);

impl Transactions for Pooled<'_> {
    fn read<T>(&mut self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        self.0.lend()?.with(|store| store.read(f))
    }

    fn write<T>(&mut self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        let _turn = match self.0.engine {
            Engine::Sqlite => Some(lock(&self.0.writer)),
            _ => None,
        };
        self.0.lend()?.with(|store| store.write(f))
    }

    fn read_one<T>(&mut self, f: impl Fn(&Db) -> Result<T>) -> Result<T> {
        self.0.lend()?.with(|store| store.read_one(f))
    }
}

impl fmt::Debug for Warden {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shared = &self.shared;
        f.debug_struct("Warden")
            .field("location", &store::redacted(&shared.location))
            .field("engine", &shared.engine)
            .field("read_only", &shared.read_only)
            .field("pool_size", &shared.size)
            .field("actor", &self.actor)
            .field("clock", &shared.clock)
            .field("syslog", &shared.syslog)
            .finish_non_exhaustive()
    }
}

impl Warden {
    /// Opens an initialised database with the defaults: migrations
    /// applied, a five-second busy timeout, the system clock, the actor
    /// `service`, logins to the system log. See [`Warden::builder`].
    pub fn open(location: impl AsRef<Path>) -> Result<Warden> {
        Warden::builder(location).open()
    }

    /// Options for opening the database at `location` (a SQLite file, or a
    /// `postgresql://` URL).
    pub fn builder(location: impl AsRef<Path>) -> Builder {
        Builder {
            location: location.as_ref().to_path_buf(),
            read_only: false,
            migrate: true,
            busy_timeout: Duration::from_secs(5),
            pool_size: DEFAULT_POOL_SIZE,
            clock: Arc::new(SystemClock),
            actor: "service".into(),
            syslog: Syslog::System,
            password_file: None,
        }
    }

    /// The same database and pool, naming another actor in the audit log:
    /// for one request made on someone's behalf. Costs two reference
    /// counts, no connection.
    pub fn acting_as(&self, actor: impl Into<String>) -> Warden {
        Warden {
            shared: Arc::clone(&self.shared),
            actor: actor.into().into(),
        }
    }

    /// What opening found worth saying (a database file that other users
    /// may read, for example); the calls work regardless.
    pub fn warnings(&self) -> &[String] {
        &self.shared.warnings
    }

    /// How many login lines this process could not send to the system log
    /// at once, and dropped (the audit log has every login).
    pub fn syslog_dropped(&self) -> u64 {
        crate::authlog::dropped()
    }

    fn ctx(&self) -> Result<Ctx> {
        Ok(Ctx {
            now: crate::time::from_unix(self.shared.clock.now().timestamp())?,
            actor: self.actor.to_string(),
        })
    }

    fn pooled(&self) -> Pooled<'_> {
        Pooled(&self.shared)
    }

    fn writable(&self) -> Result<()> {
        if self.shared.read_only {
            return Err(Error::usage(
                "this handle was opened read-only, and a login is recorded: open one that may write",
            ));
        }
        Ok(())
    }

    /// Checks a login as `warden user verify` does: the answer says
    /// whether it is allowed and why ([`Decision::code`]); failures count
    /// toward the lockout and every attempt is audited. Pass the client's
    /// address whenever it is known: a user with allowed networks is
    /// refused when `ip` is `None`. The argon2 work holds no connection.
    pub fn verify(&self, user: &str, password: &str, ip: Option<IpAddr>) -> Result<Decision> {
        self.login(user, password, ip, None)
    }

    /// Checks the login of `backup` acting for `user` (`warden user verify
    /// BACKUP --as USER`): the backup user's own password, address and lock
    /// state, then an active backup-user window from `user`.
    pub fn verify_as(
        &self,
        backup: &str,
        user: &str,
        password: &str,
        ip: Option<IpAddr>,
    ) -> Result<Decision> {
        self.login(backup, password, ip, Some(user))
    }

    fn login(
        &self,
        user: &str,
        password: &str,
        ip: Option<IpAddr>,
        acting_for: Option<&str>,
    ) -> Result<Decision> {
        self.writable()?;
        let ctx = self.ctx()?;
        let login = ops::user::Login {
            user,
            secret: password,
            ip: ip.map(|i| i.to_canonical()),
            acting_for,
        };
        ops::user::verify(&mut self.pooled(), &ctx, &login, &self.shared.syslog)
    }

    /// Decides whether `user` may use `permission` (on `account`, when
    /// given), as `warden user can` does. Every "no" is a decision with its
    /// code, an unknown user ([`crate::Reason::UnknownUser`]) or account
    /// ([`crate::Reason::UnknownAccount`]) included; an error is a failure
    /// or a permission name that does not exist ([`crate::Kind::Usage`]).
    pub fn can(&self, user: &str, permission: &str, account: Option<&str>) -> Result<Decision> {
        let ctx = self.ctx()?;
        ops::user::can(&mut self.pooled(), &ctx, user, permission, account, None)
    }

    /// Decides whether `backup`, acting for `user`, may use `permission`
    /// (`warden user can BACKUP PERMISSION --as USER`): only inside an
    /// active window, within its scope, never an admin permission.
    pub fn can_as(
        &self,
        backup: &str,
        user: &str,
        permission: &str,
        account: Option<&str>,
    ) -> Result<Decision> {
        let ctx = self.ctx()?;
        ops::user::can(
            &mut self.pooled(),
            &ctx,
            backup,
            permission,
            account,
            Some(user),
        )
    }

    /// Everything `user` can reach and why (`warden user access`): roles,
    /// grants, backup-user relations, and with `account` the decision on
    /// every permission there.
    pub fn access(&self, user: &str, account: Option<&str>) -> Result<UserAccess> {
        let ctx = self.ctx()?;
        ops::access::of_user(&mut self.pooled(), &ctx, user, account)
    }
}

#[cfg(test)]
impl Warden {
    /// A handle over one store already open (an in-memory one), with the
    /// defaults of [`Warden::builder`] and a pool of that one connection.
    pub(crate) fn from_store(store: Store) -> Warden {
        let shared = Shared {
            location: store.path().to_path_buf(),
            options: OpenOptions::default(),
            read_only: false,
            engine: store.engine(),
            clock: Arc::new(SystemClock),
            syslog: Syslog::Off,
            warnings: Vec::new(),
            size: 1,
            pool: Mutex::new(Pool {
                idle: vec![store],
                open: 1,
            }),
            returned: Condvar::new(),
            writer: Mutex::new(()),
        };
        Warden {
            shared: Arc::new(shared),
            actor: "service".into(),
        }
    }

    /// Runs `f` on an idle connection, between calls.
    pub(crate) fn on_idle<T>(&self, f: impl FnOnce(&Store) -> T) -> Option<T> {
        lock(&self.shared.pool).idle.first().map(f)
    }
}
