//! SQLite's room: a database file looked at before SQLite reads it,
//! opened with warden's per-connection settings and WAL, created for
//! `init` with its modes, and removed after a failed `init`; what SQLite
//! reports told apart (a full disk); and SQLite's side of the shared
//! values. It hands out plain `rusqlite` connections: the dispatch (`sql`)
//! and the `Store` wrap them.

pub mod backup;

use std::fs;
use std::io::Read;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use super::value::{Cell, DbError, SqlResult, Value};
use crate::error::{Error, Result};

impl From<rusqlite::Error> for DbError {
    fn from(err: rusqlite::Error) -> Self {
        match err {
            rusqlite::Error::QueryReturnedNoRows => DbError::NoRows,
            other => DbError::Sqlite(other),
        }
    }
}

impl rusqlite::ToSql for Value<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match *self {
            Value::Null => ValueRef::Null,
            Value::Int(i) => ValueRef::Integer(i),
            Value::Real(r) => ValueRef::Real(r),
            Value::Text(t) => ValueRef::Text(t.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

/// A cell of a SQLite row, as both engines give it.
pub fn cell<'r>(row: &'r rusqlite::Row<'r>, index: usize) -> SqlResult<Cell<'r>> {
    use rusqlite::types::ValueRef;
    Ok(match row.get_ref(index)? {
        ValueRef::Null => Cell::Null,
        ValueRef::Integer(i) => Cell::Int(i),
        ValueRef::Real(r) => Cell::Real(r),
        ValueRef::Text(t) => Cell::Text(
            std::str::from_utf8(t).map_err(|e| DbError::Convert(format!("column {index}: {e}")))?,
        ),
        ValueRef::Blob(b) => Cell::Blob(b),
    })
}

/// Runs a prepared statement with its values; how many rows it changed.
pub fn execute(stmt: &mut rusqlite::CachedStatement<'_>, values: &[Value<'_>]) -> SqlResult<usize> {
    Ok(stmt.execute(rusqlite::params_from_iter(values.iter()))?)
}

/// The rows of a prepared statement run with its values.
pub fn query<'s>(
    stmt: &'s mut rusqlite::CachedStatement<'_>,
    values: &[Value<'_>],
) -> SqlResult<rusqlite::Rows<'s>> {
    Ok(stmt.query(rusqlite::params_from_iter(values.iter()))?)
}

/// A connection with none of the checks of opening a warden database, for
/// tooling (`Db::connect`).
pub fn connect_plain(path: &Path) -> SqlResult<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(Duration::from_secs(5))?;
    Ok(conn)
}

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// What a file on disk turned out to be, judged without writing to it.
pub enum FileState {
    Missing,
    Empty,
    Sqlite,
}

/// Looks at the file without opening it through SQLite.
pub fn inspect(path: &Path) -> Result<FileState> {
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
        .with_remedy(crate::error::Remedy::NameTheFile));
    }
    if meta.len() == 0 {
        return Ok(FileState::Empty);
    }
    let mut header = [0u8; 20];
    let mut file = fs::File::open(path)
        .map_err(|e| Error::io(format!("cannot open {}", path.display()), &e))?;
    let complete = file.read_exact(&mut header).is_ok();
    if !complete || &header[..16] != SQLITE_MAGIC {
        return Err(
            Error::failure(format!("{} is not a SQLite database", path.display()))
                .with_remedy(crate::error::Remedy::CheckLocation),
        );
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
pub fn exposure_warning(path: &Path) -> Option<String> {
    let mode = fs::metadata(path).ok()?.mode() & 0o777;
    (mode & 0o077 != 0).then(|| {
        format!(
            "{} is accessible by group or others (mode {mode:04o}); it holds password hashes: run `chmod 600 {}`",
            path.display(),
            path.display()
        )
    })
}

pub fn connect(path: &Path, busy_timeout: Duration) -> Result<Connection> {
    // READ_WRITE without CREATE: SQLite falls back to read-only for a
    // write-protected file, and never creates one.
    connect_with(path, OpenFlags::SQLITE_OPEN_READ_WRITE, busy_timeout)
}

/// A connection that cannot write, whatever runs on it.
pub fn connect_read_only(path: &Path, busy_timeout: Duration) -> Result<Connection> {
    connect_with(path, OpenFlags::SQLITE_OPEN_READ_ONLY, busy_timeout)
}

fn connect_with(path: &Path, flags: OpenFlags, busy_timeout: Duration) -> Result<Connection> {
    let flags = flags | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    settle(&conn, busy_timeout)?;
    Ok(conn)
}

/// What every connection warden opens keeps for its life: the busy
/// timeout, and each statement prepared once and kept.
///
/// Kept means never compiled again, which needs the query planner's
/// stability guarantee (QPSG): without it, a plan that looked at a bound
/// value (`g.user_id = ?2` weighed as a likely 0 or 1) marks its
/// statement, and SQLite expires a marked statement whenever its bindings
/// are cleared, which rusqlite's statement cache does each time it takes
/// a statement back. `Warden::can` on an account then compiled its tree
/// walk again at every call, 60% of its time. With QPSG a plan depends on
/// the schema alone: the same for every value, and never re-prepared.
pub fn settle(conn: &Connection, busy_timeout: Duration) -> Result<()> {
    let millis = busy_timeout.as_millis().min(i32::MAX as u128) as u64;
    conn.busy_timeout(Duration::from_millis(millis))?;
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
        true,
    )?;
    conn.set_prepared_statement_cache_capacity(128);
    Ok(())
}

/// Makes SQLite take page cache memory a page at a time, as pages are
/// read, instead of twenty pages' worth for every cache at its first
/// read (SQLite's default, which it writes through at once): a command
/// that reads a dozen pages and exits then touches a third of the
/// memory. For the command line's process, called before SQLite is
/// first used; once SQLite is initialised it refuses the change and
/// keeps its defaults, which are as correct.
pub fn page_cache_on_demand() {
    let none: *mut std::ffi::c_void = std::ptr::null_mut();
    let (size, count): (std::ffi::c_int, std::ffi::c_int) = (0, 0);
    // SAFETY: the arguments are those SQLITE_CONFIG_PAGECACHE takes (a
    // buffer, a slot size, a slot count); a null buffer with a count of
    // zero asks for no initial allocation. sqlite3_config is not thread
    // safe: the binary calls this first thing in main, before any thread.
    unsafe {
        rusqlite::ffi::sqlite3_config(rusqlite::ffi::SQLITE_CONFIG_PAGECACHE, none, size, count);
    }
}

/// Whether the file sits in a folder this process cannot write to, with no
/// write-ahead log beside it. SQLite cannot read a WAL file there (it needs
/// to create the log's index), yet nobody can be writing to it either: no
/// one can create the log a writer needs.
pub fn unwritable_folder(path: &Path) -> bool {
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
pub fn connect_immutable(path: &Path, busy_timeout: Duration) -> Result<Connection> {
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
    settle(&conn, busy_timeout)?;
    Ok(conn)
}

/// Switches the file to WAL. The switch needs an exclusive lock and SQLite
/// does not call the busy handler for it, so another process opening the
/// file at the same moment gives an immediate SQLITE_BUSY: retry until the
/// busy timeout, as every other lock wait does.
pub fn enable_wal(conn: &Connection, busy_timeout: Duration) -> Result<()> {
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
pub fn configure(conn: &Connection, busy_timeout: Duration) -> Result<()> {
    conn.execute_batch(
        "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA trusted_schema = OFF;",
    )?;
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") && !conn.is_readonly(rusqlite::MAIN_DB)? {
        enable_wal(conn, busy_timeout)?;
    }
    Ok(())
}

/// A full disk or a file-size limit that SQLite reports only as a generic
/// I/O error (when it strikes the log's index or the limit gives EFBIG),
/// told apart by the OS error of the call that failed.
pub fn explain_io(conn: &Connection, err: Error) -> Error {
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

/// Creates the database file with mode 0600, and its folder with 0700 when
/// the folder does not exist yet. Returns whether this call made the file
/// (false when another process created it first).
pub fn create_file(path: &Path) -> Result<bool> {
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

/// `BEGIN IMMEDIATE`, waiting up to the busy timeout for the write lock.
/// SQLite's own busy handler sleeps up to 100 ms between attempts, so
/// with many short writers a waiting process can miss every release
/// and give up (exit 7) although the lock was free most of the time.
/// This waits in steps of a few milliseconds instead; the handler stays
/// in place for every other statement.
pub fn begin_immediate(conn: &Connection, busy_timeout: Duration) -> Result<()> {
    conn.busy_timeout(Duration::ZERO)?;
    let started = std::time::Instant::now();
    let mut attempt: u64 = 0;
    let begun = loop {
        // Prepared once and kept, as every statement of a hot path is.
        match conn
            .prepare_cached("BEGIN IMMEDIATE")
            .and_then(|mut begin| begin.execute([]))
        {
            Err(e)
                if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy)
                    && started.elapsed() < busy_timeout =>
            {
                attempt += 1;
                let pause = Duration::from_millis(attempt.min(4) + 1);
                std::thread::sleep(pause.min(busy_timeout - started.elapsed().min(busy_timeout)));
            }
            other => break other,
        }
    };
    conn.busy_timeout(busy_timeout)?;
    begun?;
    Ok(())
}
