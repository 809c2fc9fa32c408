//! What the benchmarks share: running the release binary, timing it
//! against a peer in alternation, and reading children's peak memory.

#![allow(dead_code)] // each bench uses its own part of this

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub const PASSWORD: &str = "tangerine-otter-bicycle";
pub const BIN: &str = env!("CARGO_BIN_EXE_warden");

/// The bench re-runs itself to measure one command in a process of its
/// own; this variable names the child's role.
pub const CHILD_ENV: &str = "WARDEN_BENCH_CHILD";

/// warden on `db`, with colour off and a fixed actor.
pub fn warden(db: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env("WARDEN_DB", db)
        .env("NO_COLOR", "1")
        .env("WARDEN_ACTOR", "bench");
    cmd
}

/// Runs a command to completion with stdout discarded; returns the wall
/// time, or panics with its stderr when it fails.
pub fn timed(cmd: &mut Command, stdin: &str) -> Duration {
    let started = Instant::now();
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    {
        use std::io::Write;
        let _ = child
            .stdin
            .take()
            .expect("stdin")
            .write_all(stdin.as_bytes());
    }
    let out = child.wait_with_output().expect("wait");
    let elapsed = started.elapsed();
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    elapsed
}

/// A size from the environment (`WARDEN_BENCH_USERS=5000` for a quick
/// run), else the default.
pub fn size_from_env(var: &str, default: usize) -> usize {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A scratch folder and the path of a database file in it.
pub fn scratch_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("warden.db");
    (dir, db)
}

pub fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// Times two commands alternately, so drift in the machine's load falls on
/// both sides alike; returns both medians. `warm` untimed rounds first.
pub fn paired(
    warm: usize,
    runs: usize,
    mut a: impl FnMut() -> Duration,
    mut b: impl FnMut() -> Duration,
) -> (Duration, Duration) {
    for _ in 0..warm {
        a();
        b();
    }
    let (mut xs, mut ys) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        xs.push(a());
        ys.push(b());
    }
    (median(xs), median(ys))
}

/// Peak resident memory (KiB) of the largest child waited for so far.
pub fn children_peak_kib() -> i64 {
    use nix::sys::resource::{getrusage, UsageWho};
    getrusage(UsageWho::RUSAGE_CHILDREN).map_or(0, |usage| usage.max_rss())
}

/// A duration for the tables: milliseconds, or seconds from one second.
pub fn time(d: Duration) -> String {
    if d >= Duration::from_secs(1) {
        format!("{:.2} s", d.as_secs_f64())
    } else {
        format!("{:.1} ms", d.as_secs_f64() * 1000.0)
    }
}

/// A database with `n` users, each holding a role and one allowed
/// network, written directly with SQL (hashing 100,000 passwords would
/// measure argon2, not warden).
pub fn seed(db: &Path, n: usize) {
    timed(
        warden(db).args(["init", "--password-stdin"]),
        &format!("{PASSWORD}\n"),
    );
    let conn = rusqlite::Connection::open(db).expect("open");
    let hash: String = conn
        .query_row(
            "SELECT password_hash FROM users WHERE username = 'admin'",
            [],
            |r| r.get(0),
        )
        .expect("hash");
    conn.execute_batch("BEGIN").expect("begin");
    {
        let mut user = conn
            .prepare(
                "INSERT INTO users (username, email, first_name, last_name, password_hash, account_id, created_at, updated_at)
                 VALUES (?1, ?1 || '@example.com', 'First', 'Last', ?2, 1, 1767225600, 1767225600)",
            )
            .expect("prepare");
        let mut role = conn
            .prepare("INSERT INTO user_roles (user_id, role_id, position, active, assigned_at) VALUES (?1, ?2, 1, 1, 0)")
            .expect("prepare");
        let mut ip = conn
            .prepare("INSERT INTO user_allowed_ips (user_id, network) VALUES (?1, '10.0.0.0/8')")
            .expect("prepare");
        for i in 0..n {
            user.execute(rusqlite::params![format!("user{i:06}"), hash])
                .expect("user");
            let id = conn.last_insert_rowid();
            role.execute(rusqlite::params![id, 2 + (i % 3) as i64])
                .expect("role");
            ip.execute([id]).expect("ip");
        }
    }
    conn.execute_batch("COMMIT; PRAGMA wal_checkpoint(TRUNCATE);")
        .expect("commit");
}
