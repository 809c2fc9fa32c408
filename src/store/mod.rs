//! The store: opening a database safely (a SQLite file, or a PostgreSQL
//! schema named by a `postgres://` URL), its settings, migrations and
//! transactions. SQL for each concept lives in the submodules, written once
//! for both engines through [`sql::Db`].
//!
//! Opening a SQLite file is careful about what it touches. A missing or empty file is "not
//! initialised" and nothing is created; a file from a newer warden is
//! refused after a read, before any pragma that could write to it; only
//! `init` creates a file, with mode 0600.

pub mod accounts;
pub mod backup_users;
pub mod credits;
pub mod db;
pub mod events;
pub mod migrations;
pub mod notifications;
#[cfg(feature = "postgres")]
pub mod pg;
pub mod roles;
pub mod settings;
pub mod sql;
pub mod strategies;
pub mod strict;
pub mod users;

use std::fs;
use std::io::Read;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};
use sql::OptionalExtension;
pub use sql::{Db, Engine};

/// warden's mark in the SQLite header (`PRAGMA application_id`): "WRDN".
pub const APPLICATION_ID: i32 = 0x5752_444E;

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// How to open the database.
#[derive(Debug, Clone)]
pub struct OpenOptions {
    /// How long to wait for another process's lock before giving up (exit 7).
    pub busy_timeout: Duration,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            busy_timeout: Duration::from_secs(5),
        }
    }
}

/// Whether a database location is a PostgreSQL URL (`postgres://…` or
/// `postgresql://…`) rather than a SQLite file.
pub fn is_postgres_url(location: &Path) -> bool {
    location
        .to_str()
        .is_some_and(|s| s.starts_with("postgres://") || s.starts_with("postgresql://"))
}

/// A PostgreSQL URL as libpq's programs (`pg_dump`) should be given it,
/// asking them to verify the server at least as warden does (see
/// [`pg::url::for_libpq`]).
pub fn libpq_url(url: &str) -> String {
    #[cfg(feature = "postgres")]
    {
        pg::url::for_libpq(url)
    }
    #[cfg(not(feature = "postgres"))]
    {
        url.to_string()
    }
}

/// An open warden database.
pub struct Store {
    conn: Db,
    path: PathBuf,
    warnings: Vec<String>,
    busy_timeout: Duration,
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

/// What a file on disk turned out to be, judged without writing to it.
enum FileState {
    Missing,
    Empty,
    Sqlite,
}

fn not_initialised(path: &Path) -> Error {
    Error::not_found(format!("no warden database at {}", path.display())).with_hint(
        "run `warden init` to create one, or point --db or WARDEN_DB at an existing database",
    )
}

fn not_warden(path: &Path) -> Error {
    Error::failure(format!(
        "{} is a SQLite database, but not a warden database",
        path.display()
    ))
    .with_hint("check --db or WARDEN_DB")
}

/// Looks at the file without opening it through SQLite.
fn inspect(path: &Path) -> Result<FileState> {
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileState::Missing),
        Err(e) => return Err(Error::io(format!("cannot read {}", path.display()), &e)),
    };
    if meta.is_dir() {
        return Err(Error::usage(format!(
            "{} is a folder, not a database file",
            path.display()
        ))
        .with_hint(
            "give the path of the database file itself, for example --db /var/lib/warden/warden.db",
        ));
    }
    if meta.len() == 0 {
        return Ok(FileState::Empty);
    }
    let mut header = [0u8; 20];
    let mut file = fs::File::open(path)
        .map_err(|e| Error::io(format!("cannot open {}", path.display()), &e))?;
    let complete = file.read_exact(&mut header).is_ok();
    if !complete || &header[..16] != SQLITE_MAGIC {
        // One line, no hint: the message says what to check.
        return Err(Error::failure(format!(
            "{} is not a SQLite database (check --db or WARDEN_DB)",
            path.display()
        )));
    }
    // Bytes 18 and 19 are 1 in a rollback-journal file, 2 in a WAL file.
    // warden's files are WAL files; a rollback-journal file is a copy made
    // by `db backup`. A log beside such a copy belongs to another state of
    // the database (the copy was restored over it), and SQLite would replay
    // that log onto the copy: refuse rather than mix the two.
    if header[18] == 1 && header[19] == 1 && has_log(path) {
        return Err(stale_log(path));
    }
    Ok(FileState::Sqlite)
}

fn side_file(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

fn has_log(path: &Path) -> bool {
    fs::metadata(side_file(path, "-wal")).is_ok_and(|m| m.len() > 0)
}

fn stale_log(path: &Path) -> Error {
    let wal = side_file(path, "-wal");
    Error::failure(format!(
        "{} looks restored from a backup, but a write-ahead log of another state lies beside it ({})",
        path.display(),
        wal.display()
    ))
    .with_hint(format!(
        "if the restore was intended, move {} and {} away and run the command again; nothing was changed",
        wal.display(),
        side_file(path, "-shm").display()
    ))
}

/// A warning when the database can be read or written by group or others.
fn exposure_warning(path: &Path) -> Option<String> {
    let mode = fs::metadata(path).ok()?.mode() & 0o777;
    (mode & 0o077 != 0).then(|| {
        format!(
            "{} is accessible by group or others (mode {mode:04o}); it holds password hashes: run `chmod 600 {}`",
            path.display(),
            path.display()
        )
    })
}

fn connect(path: &Path, opts: &OpenOptions) -> Result<Db> {
    // READ_WRITE without CREATE: SQLite falls back to read-only for a
    // write-protected file, and never creates one.
    connect_with(path, OpenFlags::SQLITE_OPEN_READ_WRITE, opts)
}

/// A connection that cannot write, whatever runs on it.
fn connect_read_only(path: &Path, opts: &OpenOptions) -> Result<Db> {
    connect_with(path, OpenFlags::SQLITE_OPEN_READ_ONLY, opts)
}

fn connect_with(path: &Path, flags: OpenFlags, opts: &OpenOptions) -> Result<Db> {
    let flags = flags | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    let millis = opts.busy_timeout.as_millis().min(i32::MAX as u128) as u64;
    conn.busy_timeout(Duration::from_millis(millis))?;
    // Every statement is prepared once per connection and kept.
    conn.set_prepared_statement_cache_capacity(128);
    Ok(Db::Sqlite(conn))
}

/// Whether the file sits in a folder this process cannot write to, with no
/// write-ahead log beside it. SQLite cannot read a WAL file there (it needs
/// to create the log's index), yet nobody can be writing to it either: no
/// one can create the log a writer needs.
fn unwritable_folder(path: &Path) -> bool {
    let dir = match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) => dir,
        None => Path::new("."),
    };
    let writable = nix::unistd::access(dir, nix::unistd::AccessFlags::W_OK).is_ok();
    !writable && !side_file(path, "-wal").exists()
}

/// Opens a file in a write-protected folder read-only and immutable (see
/// [`unwritable_folder`]): reads work, and every write is refused as
/// read-only.
fn connect_immutable(path: &Path, opts: &OpenOptions) -> Result<Db> {
    let mut uri = String::from("file:");
    for byte in path.as_os_str().as_encoded_bytes() {
        match byte {
            b'%' | b'?' | b'#' | 0x80.. => uri.push_str(&format!("%{byte:02X}")),
            _ => uri.push(char::from(*byte)),
        }
    }
    uri.push_str("?immutable=1");
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(&uri, flags)?;
    let millis = opts.busy_timeout.as_millis().min(i32::MAX as u128) as u64;
    conn.busy_timeout(Duration::from_millis(millis))?;
    // Every statement is prepared once per connection and kept.
    conn.set_prepared_statement_cache_capacity(128);
    Ok(Db::Sqlite(conn))
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

/// Switches the file to WAL. The switch needs an exclusive lock and SQLite
/// does not call the busy handler for it, so another process opening the
/// file at the same moment gives an immediate SQLITE_BUSY: retry until the
/// busy timeout, as every other lock wait does.
fn enable_wal(conn: &Connection, busy_timeout: Duration) -> Result<()> {
    let started = std::time::Instant::now();
    loop {
        match conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0)) {
            Ok(_) => return Ok(()),
            Err(e)
                if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy)
                    && started.elapsed() < busy_timeout =>
            {
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// Per-connection settings, and WAL for a file that is not in WAL yet (a
/// copy made by `db backup`, for example).
fn configure(conn: &Connection, busy_timeout: Duration) -> Result<()> {
    conn.execute_batch(
        "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA trusted_schema = OFF;",
    )?;
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") && !conn.is_readonly(rusqlite::MAIN_DB)? {
        enable_wal(conn, busy_timeout)?;
    }
    Ok(())
}

impl Store {
    fn with(conn: Db, path: &Path, busy_timeout: Duration) -> Store {
        Store {
            conn,
            path: path.to_path_buf(),
            warnings: Vec::new(),
            busy_timeout,
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
        let mut conn = connect(&real, opts)?;
        let probed = match probe(&conn) {
            Err(e) if e.kind == crate::error::Kind::Failure && unwritable_folder(&real) => {
                conn = connect_immutable(&real, opts)?;
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
            let conn = connect_read_only(&real, opts)?;
            let probed = probe(&conn)?;
            let store = Self::with(conn, path, opts.busy_timeout);
            store.check_probe(&probed)?;
            (probed.version == migrations::SCHEMA_VERSION).then_some(store)
        };
        store.ok_or_else(|| {
            Error::failure(format!(
                "{} has an older schema than this warden's",
                path.display()
            ))
            .with_hint("run any warden command on it to migrate it")
        })
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
                    Some(schema) => not_initialised(&self.path).with_hint(format!(
                        "looked in the schema {schema} (the first of the search_path this role may use); run `warden init` to create one there, or check the role's USAGE on warden's schema and the URL's search_path"
                    )),
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
        let (client, shown) = pg::url::parse(url)?.connect()?;
        let conn = Db::Postgres(Box::new(pg::Conn::new(client)));
        Ok(Self::with(conn, Path::new(&shown), opts.busy_timeout))
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
        let opened = connect(&real, opts).and_then(|conn| {
            if let Some(c) = conn.sqlite() {
                enable_wal(c, opts.busy_timeout)?;
                configure(c, opts.busy_timeout)?;
            }
            Ok(conn)
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
        conn.busy_timeout(opts.busy_timeout)?;
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
                let conn = connect(&strict::check_existing(path)?, opts)?;
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
            let ended = self.conn.execute_batch(end);
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

    /// `BEGIN IMMEDIATE`, waiting up to the busy timeout for the write lock.
    /// SQLite's own busy handler sleeps up to 100 ms between attempts, so
    /// with many short writers a waiting process can miss every release
    /// and give up (exit 7) although the lock was free most of the time.
    /// This waits in steps of a few milliseconds instead; the handler stays
    /// in place for every other statement.
    fn begin_immediate(&mut self) -> Result<()> {
        let Some(conn) = self.conn.sqlite() else {
            return Ok(());
        };
        conn.busy_timeout(Duration::ZERO)?;
        let started = std::time::Instant::now();
        let mut attempt: u64 = 0;
        let begun = loop {
            match conn.execute_batch("BEGIN IMMEDIATE") {
                Err(e)
                    if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy)
                        && started.elapsed() < self.busy_timeout =>
                {
                    attempt += 1;
                    let pause = Duration::from_millis(attempt.min(4) + 1);
                    std::thread::sleep(
                        pause.min(self.busy_timeout - started.elapsed().min(self.busy_timeout)),
                    );
                }
                other => break other,
            }
        };
        conn.busy_timeout(self.busy_timeout)?;
        Ok(begun?)
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
        match &self.conn {
            Db::Sqlite(conn) => conn.execute_batch("BEGIN DEFERRED")?,
            #[cfg(feature = "postgres")]
            Db::Postgres(_) => self.begin_postgres(|pg| pg.begin_read())?,
        }
        let value = f(&self.conn);
        // A read changed nothing: ending it cannot lose anything, so a
        // failure to end it (a corrupt page met again) is not reported.
        match &self.conn {
            Db::Sqlite(conn) => {
                if conn.execute_batch("COMMIT").is_err() {
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

/// A full disk or a file-size limit that SQLite reports only as a generic
/// I/O error (when it strikes the log's index or the limit gives EFBIG),
/// told apart by the OS error of the call that failed.
fn explain_io(conn: &Db, err: Error) -> Error {
    let Some(conn) = conn.sqlite() else {
        return err;
    };
    if !err.message.starts_with(crate::error::IO_ERROR) {
        return err;
    }
    // SAFETY: the handle belongs to this open connection, and
    // sqlite3_system_errno only reads the error it recorded.
    let errno = unsafe { rusqlite::ffi::sqlite3_system_errno(conn.handle()) };
    use nix::errno::Errno;
    if matches!(
        Errno::from_raw(errno),
        Errno::ENOSPC | Errno::EDQUOT | Errno::EFBIG
    ) {
        return Error::failure(
            "the disk is full (or a file-size limit was reached): nothing was written",
        )
        .with_hint("free some space and run the command again");
    }
    err
}

pub(crate) fn already_initialised(path: &Path) -> Error {
    Error::conflict(format!("{} is already initialised", path.display()))
        .with_hint("nothing was changed; use `warden db info` to see what it holds")
}

/// Creates the database file with mode 0600, and its folder with 0700 when
/// the folder does not exist yet. Returns whether this call made the file
/// (false when another process created it first).
fn create_file(path: &Path) -> Result<bool> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.exists() {
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
                .map_err(|e| {
                    Error::io(format!("cannot create the folder {}", dir.display()), &e)
                })?;
        }
    }
    match fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(_) => Ok(true),
        // Another `init` got there first: not ours to remove later.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(Error::io(format!("cannot create {}", path.display()), &e)),
    }
}

/// After a failed `init` that created the file: removes it again, but only
/// when the failure was ours alone and the file holds nothing. A conflict or
/// a busy lock means another `init` is using the file, and a non-empty file
/// or write-ahead log may hold its committed work: those are never removed.
pub fn remove_if_unused(path: &Path, err: &Error) {
    if matches!(
        err.kind,
        crate::error::Kind::Conflict | crate::error::Kind::Busy
    ) {
        return;
    }
    let len = |p: &Path| fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    if len(path) == 0 && len(Path::new(&wal)) == 0 {
        remove_database_files(path);
    }
}

/// Removes a database file and its side files (a failed backup's partial
/// copy, or an `init` that left nothing worth keeping).
pub fn remove_database_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = fs::remove_file(PathBuf::from(p));
    }
}

/// The first `limit` names of a kind that start with `prefix`, in order.
/// Names are ASCII below `~`, so `prefix <= name < prefix || '~'` holds
/// exactly the names that start with `prefix`, and the unique index on
/// the names answers it without a scan.
pub fn names_with_prefix(
    conn: &Db,
    kind: crate::names::NameKind,
    prefix: &str,
    limit: usize,
) -> Result<Vec<String>> {
    use crate::names::NameKind;
    let sql = match kind {
        NameKind::User => {
            "SELECT username FROM users WHERE username >= ?1 AND username < ?2 ORDER BY username LIMIT ?3"
        }
        NameKind::Account => {
            "SELECT name FROM accounts WHERE name >= ?1 AND name < ?2 ORDER BY name LIMIT ?3"
        }
        NameKind::Role => {
            "SELECT name FROM roles WHERE name >= ?1 AND name < ?2 ORDER BY name LIMIT ?3"
        }
        NameKind::Strategy => {
            "SELECT name FROM strategies WHERE name >= ?1 AND name < ?2 ORDER BY name LIMIT ?3"
        }
    };
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let mut stmt = conn.prepare(sql)?;
    let names = stmt
        .query_map(sql::params![prefix, format!("{prefix}~"), limit], |row| {
            row.get(0)
        })?
        .collect::<sql::SqlResult<_>>()?;
    Ok(names)
}

/// Names of a kind about as long as `name` (two characters either way),
/// at most `limit` of them: the candidates for "did you mean ...?" when
/// `name` does not exist. Read only on that error path.
pub fn names_near(
    conn: &Db,
    kind: crate::names::NameKind,
    name: &str,
    limit: usize,
) -> Result<Vec<String>> {
    use crate::names::NameKind;
    let sql = match kind {
        NameKind::User => {
            "SELECT username FROM users WHERE length(username) BETWEEN ?1 AND ?2 LIMIT ?3"
        }
        NameKind::Account => {
            "SELECT name FROM accounts WHERE length(name) BETWEEN ?1 AND ?2 LIMIT ?3"
        }
        NameKind::Role => "SELECT name FROM roles WHERE length(name) BETWEEN ?1 AND ?2 LIMIT ?3",
        NameKind::Strategy => {
            "SELECT name FROM strategies WHERE length(name) BETWEEN ?1 AND ?2 LIMIT ?3"
        }
    };
    let len = i64::try_from(name.chars().count()).unwrap_or(i64::MAX);
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let mut stmt = conn.prepare(sql)?;
    let names = stmt
        .query_map(sql::params![len - 2, len + 2, limit], |row| row.get(0))?
        .collect::<sql::SqlResult<_>>()?;
    Ok(names)
}

/// The page cache for an import of `rows` users: room for the pages it
/// dirties, within a bound, so that peak memory does not grow with the
/// file. Beyond it SQLite writes dirty pages to the log before the commit
/// (still one transaction), which costs a little time, not memory.
pub fn room_for_import(conn: &Db, rows: u64) -> Result<()> {
    if rows >= 1000 && conn.engine() == Engine::Sqlite {
        conn.execute_batch("PRAGMA cache_size = -16384")?;
    }
    Ok(())
}

/// Lets the page cache hold the pages a change to many rows dirties
/// (up to 64 MiB, allocated only as pages are used; SQLite's default is
/// 2 MiB), so SQLite does not write them out mid-transaction and read them
/// back. Lasts as long as the connection, which is one command's.
pub fn room_for_many(conn: &Db, rows: usize) -> Result<()> {
    if rows >= 1000 && conn.engine() == Engine::Sqlite {
        conn.execute_batch("PRAGMA cache_size = -65536")?;
    }
    Ok(())
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
