//! The store: the [`Store`] a command or a service holds, opened safely
//! (a SQLite file, or a PostgreSQL schema named by a `postgres://` URL),
//! migrated, and used through transactions. SQL for each concept lives in
//! the submodules, written once for both engines through [`sql::Db`].
//!
//! The rooms, each importing only those below it:
//! - `value`: the values and errors both engines share (a leaf);
//! - `sqlite` and `pg`: each engine's connection, with what only it has
//!   (SQLite's online backup among it);
//! - `sql`: the one connection type over both, dispatching to the engine;
//! - the concepts (`users`, `accounts`, ..., `names`, `migrations`, `db`):
//!   their SQL, through `sql`;
//! - this module: the `Store` and its transactions.
//!
//! Opening a SQLite file is careful about what it touches. A missing or empty file is "not
//! initialised" and nothing is created; a file from a newer warden is
//! refused after a read, before any pragma that could write to it; only
//! `init` creates a file, with mode 0600.

pub mod accounts;
pub mod archives;
pub mod backup_users;
pub mod chain;
pub mod credits;
pub mod db;
pub mod events;
pub mod migrations;
pub mod names;
pub mod notifications;
#[cfg(feature = "postgres")]
pub mod pg;
pub mod roles;
pub mod settings;
pub mod sql;
pub mod sqlite;
pub mod strategies;
pub mod strict;
pub mod users;
pub mod value;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;

use crate::error::{Error, Remedy, Result};
use sql::OptionalExtension;
pub use sql::{is_postgres_url, libpq_url, room_for_import, room_for_many, Db, Engine};
use sqlite::{
    configure, connect, connect_immutable, connect_read_only, create_file, enable_wal,
    exposure_warning, inspect, unwritable_folder, FileState,
};
pub use sqlite::{remove_database_files, remove_if_unused};
pub use value::APPLICATION_ID;

/// How to open the database.
#[derive(Debug, Clone)]
pub struct OpenOptions {
    /// How long to wait for another process's lock before giving up (exit 7).
    pub busy_timeout: Duration,
    /// Whether opening may apply pending migrations; when not, a database
    /// of an older schema is refused instead.
    pub migrate: bool,
    /// On PostgreSQL, the password file (libpq's format, mode 0600) to look
    /// the password up in; none by default. The command line passes
    /// libpq's own (`PGPASSFILE`, else `~/.pgpass`); a service names its.
    pub password_file: Option<PathBuf>,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            busy_timeout: Duration::from_secs(5),
            migrate: true,
            password_file: None,
        }
    }
}

/// libpq's password file, as the command line finds it: `PGPASSFILE`,
/// else `~/.pgpass` (none in a build without PostgreSQL).
pub fn password_file_from_env() -> Option<PathBuf> {
    #[cfg(feature = "postgres")]
    {
        pg::url::password_file_from_env()
    }
    #[cfg(not(feature = "postgres"))]
    {
        None
    }
}

/// A database of an older schema, opened where nothing may migrate it.
fn older_schema(path: &Path) -> Error {
    Error::failure(format!(
        "{} has an older schema than this warden's",
        redacted(path)
    ))
    .with_remedy(Remedy::Migrate)
}

/// A location as messages show it: a PostgreSQL URL without its password.
pub fn redacted(path: &Path) -> String {
    #[cfg(feature = "postgres")]
    if is_postgres_url(path) {
        return pg::url::redact(&path.to_string_lossy());
    }
    path.display().to_string()
}

/// SQLite's account of an I/O error, told apart (see
/// [`sqlite::explain_io`]); other engines' errors pass as they are.
fn explain_io(conn: &Db, err: Error) -> Error {
    match conn.sqlite() {
        Some(conn) => sqlite::explain_io(conn, err),
        None => err,
    }
}

/// An open warden database.
pub struct Store {
    conn: Db,
    path: PathBuf,
    warnings: Vec<String>,
    busy_timeout: Duration,
    /// On PostgreSQL, the password file a lost connection is opened again
    /// with.
    #[cfg_attr(not(feature = "postgres"), allow(dead_code))]
    password_file: Option<PathBuf>,
}

/// Whether a write transaction keeps what it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Commit {
    /// Commit when the work succeeds.
    Yes,
    /// Roll back even when it succeeds: a rehearsal or a dry run.
    No,
}

impl Commit {
    /// [`Commit::No`] for a rehearsal (a dry run), [`Commit::Yes`] for the
    /// real change.
    pub fn unless(rehearsal: bool) -> Commit {
        if rehearsal {
            Commit::No
        } else {
            Commit::Yes
        }
    }
}

fn not_initialised(path: &Path) -> Error {
    Error::not_found(format!("no warden database at {}", path.display()))
        .with_remedy(Remedy::Initialise { schema: None })
}

fn not_warden(path: &Path) -> Error {
    Error::failure(format!(
        "{} is a SQLite database, but not a warden database",
        path.display()
    ))
    .with_remedy(Remedy::CheckLocation)
}

/// What the SQLite header and schema say about a file.
#[derive(Debug, Clone)]
struct Probe {
    version: i64,
    app_id: i32,
    has_tables: bool,
    /// The PostgreSQL schema looked in (the first of the session's
    /// search_path that exists and the role may use).
    schema: Option<String>,
}

/// Reads `user_version`, `application_id` and whether any table exists in
/// one statement, so one snapshot: a racing `init` that commits meanwhile
/// is seen entirely or not at all. A read, nothing else. On PostgreSQL the
/// version and mark are in `warden_meta`, and the tables counted are those
/// of the current schema; the caller holds a snapshot.
fn probe(conn: &Db) -> Result<Probe> {
    if conn.engine() == Engine::Postgres {
        return probe_postgres(conn);
    }
    Ok(conn.query_row(
        "SELECT (SELECT user_version FROM pragma_user_version),
                (SELECT application_id FROM pragma_application_id),
                EXISTS (SELECT 1 FROM sqlite_schema)",
        [],
        |r| {
            Ok(Probe {
                version: r.get(0)?,
                app_id: r.get(1)?,
                has_tables: r.get(2)?,
                schema: None,
            })
        },
    )?)
}

fn probe_postgres(conn: &Db) -> Result<Probe> {
    let (schema, has_tables, has_meta): (Option<String>, bool, bool) = conn.query_row(
        "SELECT current_schema(),
                EXISTS (SELECT 1 FROM pg_catalog.pg_class c
                          JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                         WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm')),
                to_regclass(quote_ident(current_schema()) || '.warden_meta') IS NOT NULL",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let Some(schema) = schema else {
        return Err(Error::not_found(
            "no schema to use on the PostgreSQL server: none of the search_path exists",
        )
        .with_hint(
            "create it (CREATE SCHEMA warden AUTHORIZATION the_role) or set options=-csearch_path=NAME in the URL",
        ));
    };
    let schema = Some(schema);
    if !has_meta {
        return Ok(Probe {
            version: 0,
            app_id: 0,
            has_tables,
            schema,
        });
    }
    // The catalog is read afresh even inside a snapshot, the rows are not:
    // a table an `init` committed after the snapshot began is there, its
    // row not yet. That is a database being created: blank until the
    // caller looks again under the write lock.
    let meta = conn
        .query_row(
            "SELECT schema_version, application_id FROM warden_meta",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((version, app_id)) = meta else {
        return Ok(Probe {
            version: 0,
            app_id: 0,
            has_tables: false,
            schema,
        });
    };
    Ok(Probe {
        version,
        app_id,
        has_tables,
        schema,
    })
}

/// Whether the database is still blank: no schema version, no table.
/// `init` asks again under its write lock, where the answer is final.
pub fn is_blank(conn: &Db) -> Result<bool> {
    let Probe {
        version,
        has_tables,
        ..
    } = probe(conn)?;
    Ok(version == 0 && !has_tables)
}

impl Store {
    fn with(conn: Db, path: &Path, busy_timeout: Duration) -> Store {
        Store {
            conn,
            path: path.to_path_buf(),
            warnings: Vec::new(),
            busy_timeout,
            password_file: None,
        }
    }

    /// Opens an existing, initialised warden database, applying any pending
    /// forward migration. Never creates a file.
    pub fn open(path: &Path, opts: &OpenOptions) -> Result<Store> {
        if is_postgres_url(path) {
            let mut store = Self::connect_postgres(path, opts)?;
            let probed = store.read(probe)?;
            store.check_probe(&probed)?;
            if probed.version < migrations::SCHEMA_VERSION {
                if !opts.migrate {
                    return Err(older_schema(path));
                }
                store.write(migrations::upgrade)?;
            }
            // A new server process knows nothing of the tables yet, and
            // would learn them one statement at a time while it holds the
            // write lock: a look at each of them first, before any lock,
            // teaches it in one round trip.
            store.conn.execute_batch(
                "SELECT FROM users WHERE false; SELECT FROM user_roles WHERE false;
                 SELECT FROM roles WHERE false; SELECT FROM role_permissions WHERE false;
                 SELECT FROM accounts WHERE false; SELECT FROM grants WHERE false;
                 SELECT FROM charges WHERE false; SELECT FROM events WHERE false;
                 SELECT FROM settings WHERE false",
            )?;
            return Ok(store);
        }
        match inspect(path)? {
            FileState::Missing | FileState::Empty => return Err(not_initialised(path)),
            FileState::Sqlite => {}
        }
        // Opened by the path that was checked, every link resolved.
        let real = strict::check_existing(path)?;
        let mut conn = Db::Sqlite(connect(&real, opts.busy_timeout)?);
        let probed = match probe(&conn) {
            Err(e) if e.kind == crate::error::Kind::Failure && unwritable_folder(&real) => {
                conn = Db::Sqlite(connect_immutable(&real, opts.busy_timeout)?);
                probe(&conn)?
            }
            other => other.map_err(|e| explain_io(&conn, e))?,
        };
        let mut store = Self::with(conn, path, opts.busy_timeout);
        store.check_probe(&probed)?;
        if let Some(conn) = store.conn.sqlite() {
            configure(conn, opts.busy_timeout).map_err(|e| explain_io(&store.conn, e))?;
        }
        store.warnings.extend(exposure_warning(path));
        if probed.version < migrations::SCHEMA_VERSION {
            if !opts.migrate {
                return Err(older_schema(path));
            }
            store.write(migrations::upgrade)?;
        }
        Ok(store)
    }

    /// Opens an existing warden database of this warden's schema version
    /// only to read it: nothing is migrated, warned about or written (for
    /// shell completion, which must never change anything).
    pub fn open_to_read(path: &Path, opts: &OpenOptions) -> Result<Store> {
        let store = if is_postgres_url(path) {
            let mut store = Self::connect_postgres(path, opts)?;
            let probed = store.read_one(probe)?;
            store.check_probe(&probed)?;
            (probed.version == migrations::SCHEMA_VERSION).then_some(store)
        } else {
            match inspect(path)? {
                FileState::Missing | FileState::Empty => return Err(not_initialised(path)),
                FileState::Sqlite => {}
            }
            let real = strict::check_existing(path)?;
            let conn = Db::Sqlite(connect_read_only(&real, opts.busy_timeout)?);
            let probed = probe(&conn)?;
            let store = Self::with(conn, path, opts.busy_timeout);
            store.check_probe(&probed)?;
            (probed.version == migrations::SCHEMA_VERSION).then_some(store)
        };
        store.ok_or_else(|| older_schema(path))
    }

    /// Refuses what is not an initialised warden database of a version
    /// this warden understands.
    fn check_probe(&self, probed: &Probe) -> Result<()> {
        let &Probe {
            version,
            app_id,
            has_tables,
            ..
        } = probed;
        if version == 0 {
            return Err(if has_tables {
                not_warden(&self.path)
            } else {
                match &probed.schema {
                    // Which schema was looked in: a role that may not use
                    // warden's schema lands in another one.
                    Some(schema) => not_initialised(&self.path).with_remedy(Remedy::Initialise {
                        schema: Some(schema.clone()),
                    }),
                    None => not_initialised(&self.path),
                }
            });
        }
        if app_id != APPLICATION_ID {
            return Err(not_warden(&self.path));
        }
        migrations::refuse_newer(&self.path, version)
    }

    /// On PostgreSQL, a new connection in place of one that is gone, so a
    /// service holding a store open outlives a server restart or a
    /// failover. Called only before a transaction begins: nothing is
    /// lost or repeated.
    #[cfg(feature = "postgres")]
    fn reconnect_if_closed(&mut self) -> Result<()> {
        if let Db::Postgres(pg) = &self.conn {
            if pg.is_closed() {
                let opts = OpenOptions {
                    busy_timeout: self.busy_timeout,
                    migrate: false,
                    password_file: self.password_file.clone(),
                };
                self.conn = Self::connect_postgres(&self.path, &opts)?.conn;
            }
        }
        Ok(())
    }

    #[cfg(not(feature = "postgres"))]
    fn reconnect_if_closed(&mut self) -> Result<()> {
        Ok(())
    }

    /// Begins a PostgreSQL transaction with `begin`; when the connection
    /// turns out to be gone (the server restarted since the last command),
    /// once more on a new connection. Nothing ran yet, so nothing repeats.
    #[cfg(feature = "postgres")]
    fn begin_postgres(&mut self, begin: impl Fn(&pg::Conn) -> Result<()>) -> Result<()> {
        self.reconnect_if_closed()?;
        let Db::Postgres(pg) = &self.conn else {
            return Ok(());
        };
        match begin(pg) {
            Err(lost) if pg.is_closed() => {
                // When no host answers now, the news is the lost
                // connection (exit 7 as well), not the attempt to replace it.
                if let Err(again) = self.reconnect_if_closed() {
                    return Err(if again.kind == crate::error::Kind::Busy {
                        lost
                    } else {
                        again
                    });
                }
                match &self.conn {
                    Db::Postgres(pg) => begin(pg),
                    Db::Sqlite(_) => Ok(()),
                }
            }
            other => other,
        }
    }

    #[cfg(feature = "postgres")]
    fn connect_postgres(path: &Path, opts: &OpenOptions) -> Result<Store> {
        let url = path.to_str().unwrap_or_default();
        let (client, shown) = pg::url::parse(url)?.connect(opts.password_file.as_deref())?;
        let conn = Db::Postgres(Box::new(pg::Conn::new(client)));
        let mut store = Self::with(conn, Path::new(&shown), opts.busy_timeout);
        store.password_file = opts.password_file.clone();
        Ok(store)
    }

    #[cfg(not(feature = "postgres"))]
    fn connect_postgres(path: &Path, _: &OpenOptions) -> Result<Store> {
        Err(Error::usage(format!(
            "{} is a PostgreSQL URL, but this warden was built without PostgreSQL support",
            path.display()
        ))
        .with_hint(
            "build it with the default features (cargo build --release), or use a SQLite file",
        ))
    }

    /// Opens the database for `init`: creates the file (0600, its folder
    /// 0700) when missing. Returns the store and whether the file was made
    /// here, so a failed `init` can remove what it created. On PostgreSQL
    /// the schema must exist and be empty; nothing is created before the
    /// caller's transaction.
    pub fn create(path: &Path, opts: &OpenOptions) -> Result<(Store, bool)> {
        if is_postgres_url(path) {
            let mut store = Self::connect_postgres(path, opts)?;
            let probed = store.read(probe)?;
            store.check_blank(&probed)?;
            return Ok((store, false));
        }
        Self::check_uninitialised(path, opts)?;
        let created = match inspect(path)? {
            FileState::Missing => create_file(path)?,
            FileState::Empty | FileState::Sqlite => false,
        };
        // Again now that the folders and the file exist: a folder someone
        // else made meanwhile, in a place others can write, is theirs.
        let real = match strict::check_existing(path) {
            Ok(real) => real,
            Err(e) => {
                if created {
                    remove_if_unused(path, &e);
                }
                return Err(e);
            }
        };
        let opened = connect(&real, opts.busy_timeout).and_then(|conn| {
            enable_wal(&conn, opts.busy_timeout)?;
            configure(&conn, opts.busy_timeout)?;
            Ok(Db::Sqlite(conn))
        });
        match opened {
            Ok(conn) => {
                let mut store = Self::with(conn, path, opts.busy_timeout);
                store.warnings.extend(exposure_warning(path));
                Ok((store, created))
            }
            Err(e) => {
                if created {
                    remove_if_unused(path, &e);
                }
                Err(e)
            }
        }
    }

    /// Succeeds for a database `init` may fill; an initialised warden
    /// database is a conflict (exit 4), anything else a failure.
    fn check_blank(&self, probed: &Probe) -> Result<()> {
        let &Probe {
            version,
            app_id,
            has_tables,
            ..
        } = probed;
        if version != 0 && app_id == APPLICATION_ID {
            migrations::refuse_newer(&self.path, version)?;
            return Err(already_initialised(&self.path));
        }
        if version != 0 || has_tables {
            return Err(not_warden(&self.path));
        }
        Ok(())
    }

    /// A new database in memory with the whole schema, every migration
    /// applied and the same per-connection settings as a file, but no rows:
    /// no roles, no root account, no admin (`ops::init` seeds those). For
    /// testing the rules without a file; it is gone when dropped.
    pub fn in_memory() -> Result<Store> {
        let opts = OpenOptions::default();
        let conn = Connection::open_in_memory()?;
        sqlite::settle(&conn, opts.busy_timeout)?;
        // Sets the pragmas; an in-memory database keeps its own journal.
        configure(&conn, opts.busy_timeout)?;
        let mut store = Self::with(Db::Sqlite(conn), Path::new(":memory:"), opts.busy_timeout);
        store.write(migrations::upgrade)?;
        Ok(store)
    }

    /// Succeeds when `path` is missing, empty, or an empty SQLite file (or
    /// an empty PostgreSQL schema): somewhere `init` may create a database.
    /// An initialised warden database is a conflict (exit 4); anything else
    /// a failure. Reads only.
    pub fn check_uninitialised(path: &Path, opts: &OpenOptions) -> Result<()> {
        if is_postgres_url(path) {
            let mut store = Self::connect_postgres(path, opts)?;
            let probed = store.read(probe)?;
            return store.check_blank(&probed);
        }
        match inspect(path)? {
            FileState::Missing => strict::check_new(path),
            FileState::Empty => strict::check_existing(path).map(drop),
            FileState::Sqlite => {
                let conn = Db::Sqlite(connect(&strict::check_existing(path)?, opts.busy_timeout)?);
                let probed = probe(&conn)?;
                Self::with(conn, path, opts.busy_timeout).check_blank(&probed)
            }
        }
    }

    /// Where the database is: the file's path, or the URL without its
    /// password.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn engine(&self) -> Engine {
        self.conn.engine()
    }

    /// Warnings found while opening (a world-readable file, for example),
    /// for the front end to show.
    pub fn take_warnings(&mut self) -> Vec<String> {
        std::mem::take(&mut self.warnings)
    }

    /// The connection, for reads that need no transaction.
    pub fn conn(&self) -> &Db {
        &self.conn
    }

    /// Runs `f` in one write transaction and commits it if `f` succeeds:
    /// [`Store::transaction`] with [`Commit::Yes`].
    pub fn write<T>(&mut self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        self.transaction(Commit::Yes, f)
    }

    /// Runs `f` in one write transaction that holds the write lock from
    /// the start (waiting up to the busy timeout), so it can never fail
    /// half-way for lack of a lock: `BEGIN IMMEDIATE` on SQLite, warden's
    /// advisory lock on PostgreSQL. With [`Commit::Yes`] it commits if `f`
    /// succeeds; with [`Commit::No`] it rolls everything back even then,
    /// so every rule is checked against the real data and nothing changes
    /// (a rehearsal before a confirmation, or a dry run).
    pub fn transaction<T>(
        &mut self,
        commit: Commit,
        f: impl FnOnce(&Db) -> Result<T>,
    ) -> Result<T> {
        #[cfg(feature = "postgres")]
        if self.engine() == Engine::Postgres {
            let busy_timeout = self.busy_timeout;
            self.begin_postgres(|pg| pg.begin_write(busy_timeout))?;
        }
        #[cfg(feature = "postgres")]
        if let Db::Postgres(pg) = &self.conn {
            return match f(&self.conn) {
                Ok(value) => match pg.end(commit == Commit::Yes) {
                    None => Ok(value),
                    Some(e) => Err(e),
                },
                Err(e) => {
                    pg.end(false);
                    Err(e)
                }
            };
        }
        let result = (|| {
            self.begin_immediate()?;
            let value = f(&self.conn);
            let end = match (&value, commit) {
                (Ok(_), Commit::Yes) => "COMMIT",
                _ => "ROLLBACK",
            };
            let ended = self.conn.execute(end, crate::params![]).map(drop);
            if ended.is_err() {
                // A failed COMMIT leaves the transaction open: end it.
                let _ = self.conn.execute_batch("ROLLBACK");
            }
            let value = value?;
            ended?;
            Ok(value)
        })();
        match commit {
            Commit::Yes => result.map_err(|e| explain_io(&self.conn, e)),
            // A rehearsal's errors pass as SQLite reports them.
            Commit::No => result,
        }
    }

    /// `BEGIN IMMEDIATE` on SQLite (see [`sqlite::begin_immediate`]).
    fn begin_immediate(&mut self) -> Result<()> {
        match self.conn.sqlite() {
            Some(conn) => sqlite::begin_immediate(conn, self.busy_timeout),
            None => Ok(()),
        }
    }

    /// Runs `f`, which reads with exactly one statement, outside any
    /// transaction: one statement is one consistent snapshot by itself, so
    /// a server is asked once (one round trip) instead of three times.
    pub fn read_one<T>(&mut self, f: impl Fn(&Db) -> Result<T>) -> Result<T> {
        self.reconnect_if_closed()?;
        match f(&self.conn) {
            // Gone since the last call: a read, so once more on a new
            // connection.
            Err(_) if self.closed() => {
                self.reconnect_if_closed()?;
                f(&self.conn)
            }
            other => other,
        }
    }

    /// Whether the PostgreSQL connection is gone.
    fn closed(&self) -> bool {
        match &self.conn {
            #[cfg(feature = "postgres")]
            Db::Postgres(pg) => pg.is_closed(),
            _ => false,
        }
    }

    /// Runs `f` in a read transaction: one consistent snapshot, no lock
    /// that blocks writers.
    pub fn read<T>(&mut self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        // BEGIN and COMMIT are kept prepared too: a decision is a few
        // microseconds, and parsing them again was a tenth of it.
        match &self.conn {
            Db::Sqlite(conn) => {
                conn.prepare_cached("BEGIN DEFERRED")?.execute([])?;
            }
            #[cfg(feature = "postgres")]
            Db::Postgres(_) => self.begin_postgres(|pg| pg.begin_read())?,
        }
        let value = f(&self.conn);
        // A read changed nothing: ending it cannot lose anything, so a
        // failure to end it (a corrupt page met again) is not reported.
        match &self.conn {
            Db::Sqlite(conn) => {
                let ended = conn
                    .prepare_cached("COMMIT")
                    .and_then(|mut commit| commit.execute([]));
                if ended.is_err() {
                    let _ = conn.execute_batch("ROLLBACK");
                }
            }
            #[cfg(feature = "postgres")]
            Db::Postgres(pg) => {
                pg.end(false);
            }
        }
        value
    }
}

/// What the rules need of a database: transactions. A [`Store`] is one
/// connection held for as long as its owner likes; a service's pool lends
/// one for each transaction, so the work between two of them (an argon2
/// hash) holds no connection another call needs.
pub trait Transactions {
    /// [`Store::read`].
    fn read<T>(&mut self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T>;
    /// [`Store::write`].
    fn write<T>(&mut self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T>;
    /// [`Store::read_one`].
    fn read_one<T>(&mut self, f: impl Fn(&Db) -> Result<T>) -> Result<T>;
}

impl Transactions for Store {
    fn read<T>(&mut self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        Store::read(self, f)
    }

    fn write<T>(&mut self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        Store::write(self, f)
    }

    fn read_one<T>(&mut self, f: impl Fn(&Db) -> Result<T>) -> Result<T> {
        Store::read_one(self, f)
    }
}

pub(crate) fn already_initialised(path: &Path) -> Error {
    Error::conflict(format!("{} is already initialised", path.display()))
        .with_remedy(Remedy::LookAtIt)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_memory_has_the_current_schema_the_file_settings_and_no_rows() -> Result<()> {
        let store = Store::in_memory()?;
        let conn = store.conn();
        assert_eq!(
            db::pragma_i64(conn, "user_version")?,
            migrations::SCHEMA_VERSION
        );
        assert_eq!(
            db::pragma_i64(conn, "application_id")?,
            i64::from(APPLICATION_ID)
        );
        assert_eq!(db::pragma_i64(conn, "foreign_keys")?, 1);
        assert!(db::counts(conn)?.iter().all(|table| table.rows == 0));
        Ok(())
    }
}
