//! The test harness: runs the real `warden` binary in a clean environment
//! (temporary HOME and database, fixed clock, UTC, no colour) and captures
//! stdout, stderr and the exit code together.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_warden");
pub const NOW: &str = "2026-03-01T12:00:00Z";
pub const PASSWORD: &str = "tangerine-otter-bicycle";

/// What one run of warden produced.
#[derive(Debug)]
pub struct Outcome {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
}

impl Outcome {
    /// Asserts the exit code, showing everything on failure.
    #[track_caller]
    pub fn code(&self, expected: i32) -> &Self {
        assert_eq!(
            self.code, expected,
            "exit code\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn ok(&self) -> &Self {
        self.code(0)
    }

    /// stdout as one JSON document.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    /// stderr as one JSON document (errors with --json).
    #[track_caller]
    pub fn stderr_json(&self) -> serde_json::Value {
        // The test server's superuser owns the tables, and `db check`
        // says so on every run (tested in the postgres module).
        let stderr: String = self
            .stderr
            .lines()
            .filter(|l| !(on_postgres() && l.contains(OWNER_WARNING)))
            .map(|l| format!("{l}\n"))
            .collect();
        serde_json::from_str(&stderr)
            .unwrap_or_else(|e| panic!("stderr is not JSON ({e}):\n{}", self.stderr))
    }

    /// No panic text, no backtrace: what a user must never see.
    #[track_caller]
    pub fn no_panic(&self) -> &Self {
        assert!(
            !self.stderr.contains("panicked"),
            "panic text:\n{}",
            self.stderr
        );
        assert!(
            !self.stderr.contains("RUST_BACKTRACE"),
            "panic text:\n{}",
            self.stderr
        );
        self
    }
}

/// A JSON document as a snapshot holds it: pretty-printed, keys sorted.
pub fn pretty(value: &serde_json::Value) -> String {
    serde_json::to_string_pretty(value).expect("a JSON value prints")
}

/// The end of `db check`'s warning about a role that may rewrite events.
pub const OWNER_WARNING: &str = "run warden as a role with only SELECT and INSERT on events";

/// The PostgreSQL server the suite runs against instead of SQLite files,
/// when `WARDEN_TEST_DB_URL` names one.
pub fn postgres_url() -> Option<String> {
    std::env::var("WARDEN_TEST_DB_URL")
        .ok()
        .filter(|u| !u.is_empty())
}

pub fn on_postgres() -> bool {
    postgres_url().is_some()
}

/// Skips the calling test on the PostgreSQL pass: it is about SQLite files
/// by nature. `counterpart` names the test that covers the same rule on
/// PostgreSQL. Each skip is printed, and appended to the file
/// `WARDEN_TEST_SKIP_LOG` names, for the summary of the pass.
#[macro_export]
macro_rules! sqlite_only {
    ($counterpart:expr) => {
        if $crate::common::on_postgres() {
            $crate::common::skipped_on_postgres($counterpart);
            return;
        }
    };
}

/// The test that runs on this thread: the test harness names each test's
/// thread after it (`postgres::db_info_names_...`).
pub fn this_test() -> String {
    std::thread::current().name().unwrap_or("?").to_string()
}

/// The PostgreSQL server's URL for the calling test, which runs only on
/// the PostgreSQL pass; on the SQLite pass it prints that the test is
/// skipped and returns from it: `let server = crate::postgres_only!();`.
#[macro_export]
macro_rules! postgres_only {
    () => {
        match $crate::common::postgres_server() {
            Some(url) => url,
            None => return,
        }
    };
}

/// The test server, or `None` (with the skip of the calling test printed)
/// on the SQLite pass.
pub fn postgres_server() -> Option<String> {
    let url = postgres_url();
    if url.is_none() {
        eprintln!(
            "skipped {}: runs on the PostgreSQL pass (WARDEN_TEST_DB_URL)",
            this_test()
        );
    }
    url
}

pub fn skipped_on_postgres(counterpart: &str) {
    let test = this_test();
    let line = format!("{test}: about SQLite files; on PostgreSQL: {counterpart}\n");
    eprint!("skipped on PostgreSQL: {line}");
    if let Some(log) = std::env::var_os("WARDEN_TEST_SKIP_LOG") {
        if let Ok(mut file) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
        {
            let _ = file.write_all(line.as_bytes());
        }
    }
}

/// A schema of its own on the test server, dropped with the sandbox.
pub struct Schema {
    server: String,
    pub name: String,
}

impl Schema {
    fn create(server: &str) -> Schema {
        static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let name = format!("t{}_{n}", std::process::id());
        let mut client =
            postgres::Client::connect(server, postgres::NoTls).expect("connect to the test server");
        client
            .batch_execute(&format!(
                "DROP SCHEMA IF EXISTS {name} CASCADE; CREATE SCHEMA {name}"
            ))
            .expect("create a test schema");
        Schema {
            server: server.to_string(),
            name,
        }
    }

    /// The URL that puts warden in this schema.
    pub fn url(&self) -> String {
        let sep = if self.server.contains('?') { '&' } else { '?' };
        format!("{}{sep}options=-csearch_path%3D{}", self.server, self.name)
    }
}

impl Drop for Schema {
    fn drop(&mut self) {
        if let Ok(mut client) = postgres::Client::connect(&self.server, postgres::NoTls) {
            let _ = client.batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", self.name));
        }
    }
}

/// A sandbox: its own HOME, database and clock. The database is a SQLite
/// file in the sandbox, or on the PostgreSQL pass a schema of its own
/// (then `db` is its URL).
pub struct Sandbox {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
    /// Kept for its drop, which removes the schema.
    #[allow(dead_code)]
    pub schema: Option<Schema>,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        let dir = tempfile::tempdir().expect("temp dir");
        match postgres_url() {
            Some(server) => {
                let schema = Schema::create(&server);
                Sandbox {
                    db: PathBuf::from(schema.url()),
                    dir,
                    schema: Some(schema),
                }
            }
            None => Sandbox {
                db: dir.path().join("warden.db"),
                dir,
                schema: None,
            },
        }
    }

    /// A sandbox with an initialised database.
    pub fn initialised() -> Sandbox {
        let sb = Sandbox::new();
        sb.init();
        sb
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A command with a clean environment pointing at this sandbox.
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(BIN);
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("USER", "tester")
            .env("TZ", "UTC")
            .env("NO_COLOR", "1")
            .env("WARDEN_NOW", NOW)
            .env("WARDEN_DB", &self.db)
            // No config file: a system-wide one must not reach the tests.
            .env("WARDEN_CONFIG", "")
            // Logins go to a socket no one serves (and are lost, as without
            // a syslog daemon), not to the machine's log; the syslog tests
            // serve one.
            .env(
                "WARDEN_SYSLOG_SOCKET",
                self.dir.path().join("no-syslog.sock"),
            )
            .current_dir(self.dir.path());
        cmd
    }

    /// Runs warden with `args` and empty stdin.
    pub fn run(&self, args: &[&str]) -> Outcome {
        self.run_with(args, "")
    }

    /// Runs warden with `args`, feeding `stdin`.
    pub fn run_with(&self, args: &[&str], stdin: &str) -> Outcome {
        run_command(self.command().args(args), stdin.as_bytes())
    }

    pub fn init(&self) {
        self.run_with(&["init", "--password-stdin"], &format!("{PASSWORD}\n"))
            .ok();
    }

    /// A read-write connection to the sandbox database (either engine),
    /// for planting states and checking what warden wrote.
    pub fn sql(&self) -> Db {
        sql(&self.db)
    }

    /// Every row of every table, for "nothing changed" comparisons.
    pub fn dump(&self) -> String {
        dump(&self.db)
    }
}

pub use warden::unstable::store::sql::Db;

/// Holds warden's write lock on the sandbox database until dropped, as
/// another writer would: `BEGIN IMMEDIATE` on SQLite, warden's advisory
/// lock on PostgreSQL (a session of its own, as from psql).
pub fn hold_write_lock(sb: &Sandbox) -> Db {
    let holder = sb.sql();
    let begin = holder.pick(
        "BEGIN IMMEDIATE",
        "BEGIN; SELECT pg_advisory_xact_lock(1465009230, hashtext(current_schema()))",
    );
    holder.execute_batch(begin).expect("take the write lock");
    holder
}

pub fn sql(location: &Path) -> Db {
    Db::connect(location).expect("open database")
}

pub fn run_command(cmd: &mut Command, stdin: &[u8]) -> Outcome {
    let started = Instant::now();
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn warden");
    if let Some(mut input) = child.stdin.take() {
        // A command may exit before reading everything; that is its right.
        let _ = input.write_all(stdin);
    }
    let output = child.wait_with_output().expect("wait for warden");
    Outcome {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        elapsed: started.elapsed(),
    }
}

/// The bytes of a file (empty when missing).
pub fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_default()
}

pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}

/// SQLite's page-level integrity check ("ok" when sound). A PostgreSQL
/// server checks its own pages; there the answer is "ok" when the server
/// answers at all.
pub fn integrity(location: &Path) -> String {
    let conn = sql(location);
    let check = conn.pick("PRAGMA integrity_check", "SELECT 'ok'");
    conn.query_row(check, [], |r| r.get(0))
        .expect("integrity_check")
}

/// Every row of every table, for "nothing changed" comparisons.
pub fn dump(location: &Path) -> String {
    use warden::unstable::store::sql::Owned;
    let conn = sql(location);
    let tables_sql = conn.pick(
        "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
        "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() ORDER BY 1",
    );
    let mut tables: Vec<String> = conn
        .prepare(tables_sql)
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("tables");
    tables.sort();
    let mut out = String::new();
    for table in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY 1"))
            .expect("select");
        let mut rows = stmt.query([]).expect("rows");
        while let Some(r) = rows.next().expect("row") {
            let cells: Vec<String> = (0..r.len())
                .map(|i| format!("{:?}", r.get::<_, Owned>(i).expect("cell")))
                .collect();
            out.push_str(&format!("{table}: {}\n", cells.join(" | ")));
        }
    }
    out
}

/// A second strong password for users other than the admin.
pub const USER_PASSWORD: &str = "violet-harbor-lantern";

/// The password of the backup accounts the tests create.
pub const ACCOUNT_PASSWORD: &str = "copper-meadow-signal";

impl Sandbox {
    /// Adds a user with `USER_PASSWORD` and the given extra arguments.
    pub fn add_user(&self, name: &str, extra: &[&str]) {
        let mut args = vec!["user", "add", name, "--password-stdin"];
        args.extend(extra);
        self.run_with(&args, USER_PASSWORD).ok();
    }

    /// Creates the strategy `name`, run daily at 02:00, keeping
    /// `keep_daily` daily snapshots.
    #[track_caller]
    pub fn add_nightly_strategy(&self, name: &str, keep_daily: &str) {
        self.run(&[
            "strategy",
            "create",
            name,
            "--schedule",
            "daily@02:00",
            "--keep-daily",
            keep_daily,
        ])
        .ok();
    }

    /// Creates an account with `ACCOUNT_PASSWORD` and the given extra
    /// arguments (`--parent`, `--owner`, `--credits`...).
    #[track_caller]
    pub fn add_account(&self, name: &str, extra: &[&str]) {
        let mut args = vec!["account", "create", name];
        args.extend(extra);
        args.push("--password-stdin");
        self.run_with(&args, ACCOUNT_PASSWORD).ok();
    }

    /// One column of one user, straight from the database.
    pub fn user_column<T: warden::unstable::store::sql::FromCell>(
        &self,
        name: &str,
        column: &str,
    ) -> T {
        self.sql()
            .query_row(
                &format!("SELECT {column} FROM users WHERE username = ?1"),
                [name],
                |r| r.get(0),
            )
            .expect("user column")
    }
}

/// Asserts that two costs are alike: `round` measures both (medians or
/// minimums) and the ratio of the first to the second must fall within
/// `low..=high`. Up to three rounds: load from other processes can skew
/// one round, but a real difference shows in every one.
#[track_caller]
pub fn alike(what: &str, low: f64, high: f64, mut round: impl FnMut() -> (Duration, Duration)) {
    let mut seen = Vec::new();
    for _ in 0..3 {
        let (a, b) = round();
        if (low..=high).contains(&(a.as_secs_f64() / b.as_secs_f64())) {
            return;
        }
        seen.push(format!("{a:?} against {b:?}"));
    }
    panic!("{what}: {}", seen.join("; "));
}

/// The reverse of migration 6 (the record of audit archives), the first
/// step of planting an older schema over a current database, for SQLite
/// and PostgreSQL: the table goes, and the DELETE trigger of events is
/// the one that refuses every DELETE again (event_links' goes with its
/// table, which the plantings drop next).
pub const BEFORE_ARCHIVES: (&str, &str) = (
    "DROP TRIGGER events_no_delete; DROP TRIGGER event_links_no_delete; DROP TABLE audit_archives;
     CREATE TRIGGER events_no_delete BEFORE DELETE ON events
     BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: events cannot be deleted'); END;",
    "DROP TABLE audit_archives; DROP FUNCTION warden_archives_follow(); DROP FUNCTION warden_archives_append_only();
     DROP TRIGGER events_no_delete ON events; DROP TRIGGER event_links_no_delete ON event_links;
     DROP FUNCTION warden_delete_archived_only();
     CREATE TRIGGER events_no_delete BEFORE DELETE ON events
         FOR EACH ROW EXECUTE FUNCTION warden_events_append_only();",
);
