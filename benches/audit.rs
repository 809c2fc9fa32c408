//! The audit log at size: a log of login events (one every six seconds,
//! 5,000 users, one in fifty failed) written straight into a fresh
//! database, then chained and verified by warden, then the listings a
//! sysadmin runs timed beside the `sqlite3` shell running the same query,
//! in alternation. Also the bytes an event costs, with and without its
//! link, and `db check`; then the oldest fifth of the log (10,000,000
//! events by default) moved into archive files by `audit archive`, and
//! the archives and the database verified as one chain.
//!
//!     cargo bench --bench audit                                # 50,000,000 events
//!     WARDEN_BENCH_EVENTS=5000000 cargo bench --bench audit    # a quicker run
//!
//! Needs `sqlite3` on PATH. Prints Markdown tables; benches/README.md
//! records the figures.

mod support;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use support::{
    children_peak_kib, paired, scratch_db, size_from_env, time, timed, warden, CHILD_ENV, PASSWORD,
};

/// The first event's time (2026-01-01T00:00:00Z) and the step between two.
const START: i64 = 1_767_225_600;
const STEP: i64 = 6;

fn file_bytes(db: &Path) -> u64 {
    let conn = rusqlite::Connection::open(db).expect("open");
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .expect("checkpoint");
    std::fs::metadata(db).map(|m| m.len()).unwrap_or(0)
}

/// In a child of its own, so that its peak memory is the archive run's
/// alone: runs warden with the arguments in the environment and prints the
/// time (s) and the peak (KiB).
fn archive_child() {
    let db = std::env::var_os("WARDEN_DB").expect("WARDEN_DB");
    let args: Vec<String> = std::env::var("WARDEN_BENCH_ARGS")
        .expect("WARDEN_BENCH_ARGS")
        .split('\n')
        .map(String::from)
        .collect();
    let took = timed(warden(Path::new(&db)).args(&args), "");
    println!("{} {}", took.as_secs_f64(), children_peak_kib());
}

fn main() {
    if std::env::var_os(CHILD_ENV).is_some() {
        return archive_child();
    }
    let n = size_from_env("WARDEN_BENCH_EVENTS", 50_000_000) as i64;
    let (_dir, db) = scratch_db();
    // Initialised just before the first event, as a log in id order is
    // also in time order (an archive takes the oldest events by id).
    let init_at = chrono::DateTime::from_timestamp(START - 60, 0)
        .expect("a time")
        .to_rfc3339();
    timed(
        warden(&db)
            .env("WARDEN_NOW", &init_at)
            .args(["init", "--password-stdin"]),
        &format!("{PASSWORD}\n"),
    );
    let started = Instant::now();
    {
        let conn = rusqlite::Connection::open(&db).expect("open");
        conn.execute_batch(&format!(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {last})
             INSERT INTO events (at, actor, action, target, details)
             SELECT {START} + i * {STEP}, 'service',
                    CASE WHEN i % 50 = 0 THEN 'user.login_failed' ELSE 'user.login' END,
                    'user' || (i % 5000),
                    CASE WHEN i % 50 = 0
                         THEN '{{\"reason\":\"wrong password\",\"ip\":\"203.0.113.7\",\"failures\":1}}'
                         ELSE '{{\"ip\":\"203.0.113.7\",\"rehashed\":false,\"acting_for\":null}}' END
               FROM n",
            last = n - 1
        ))
        .expect("seed the log");
    }
    eprintln!(
        "wrote {n} events in {:.1}s",
        started.elapsed().as_secs_f64()
    );
    let unchained = file_bytes(&db);
    let chain = timed(warden(&db).args(["audit", "head"]), "");
    let chained = file_bytes(&db);
    let verify = timed(warden(&db).args(["audit", "verify"]), "");
    let check = timed(warden(&db).args(["db", "check"]), "");
    let events = n as f64;

    println!("| {n} login events | |");
    println!("|---|---|");
    println!(
        "| bytes an event, the database without the chain | {:.0} |",
        unchained as f64 / events
    );
    println!(
        "| bytes an event with its link | {:.0} |",
        chained as f64 / events
    );
    println!("| chaining them all (`audit head`) | {} |", time(chain));
    println!(
        "| `audit verify` | {} ({:.0} events a second) |",
        time(verify),
        events / verify.as_secs_f64()
    );
    println!("| `db check` (quick) | {} |", time(check));
    println!();

    // The listings, an hour after the last event.
    let last = START + (n - 1) * STEP;
    let now = chrono::DateTime::from_timestamp(last + 60, 0)
        .expect("a time")
        .to_rfc3339();
    let dbs = db.to_str().expect("utf-8 path");
    let since = last + 60 - 3600;
    let queries: [(&str, Vec<&str>, String); 4] = [
        (
            "`audit --since 1h`",
            vec!["audit", "--since", "1h", "--format", "jsonl"],
            format!("SELECT * FROM events WHERE at >= {since} ORDER BY at DESC, id DESC"),
        ),
        (
            "`audit --action user.login_failed --limit 20`",
            vec!["audit", "--action", "user.login_failed", "--limit", "20", "--format", "jsonl"],
            "SELECT * FROM events WHERE action = 'user.login_failed' ORDER BY id DESC LIMIT 20".into(),
        ),
        (
            "`audit --target user42 --limit 20`",
            vec!["audit", "--target", "user42", "--limit", "20", "--format", "jsonl"],
            "SELECT * FROM events WHERE target = 'user42' ORDER BY id DESC LIMIT 20".into(),
        ),
        (
            "`user events user42 --limit 20`",
            vec!["user", "events", "user42", "--limit", "20", "--format", "jsonl"],
            "SELECT * FROM events WHERE target = 'user42' OR actor = 'user42' ORDER BY id DESC LIMIT 20".into(),
        ),
    ];
    println!(
        "| command ({n} events) | warden | `sqlite3` running the same query | ratio | target |"
    );
    println!("|---|---|---|---|---|");
    for (what, args, sql) in queries {
        let (w, s) = paired(
            1,
            7,
            || timed(warden(&db).env("WARDEN_NOW", &now).args(&args), ""),
            || timed(Command::new("sqlite3").args([dbs, sql.as_str()]), ""),
        );
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        println!(
            "| {what} | {:.1} ms | {:.1} ms | {:.2}x | < 50 ms |",
            ms(w),
            ms(s),
            ms(w) / ms(s)
        );
    }

    println!();

    // The oldest fifth into archive files, then everything verified as one
    // chain: the files and what is left in the database.
    let archived = size_from_env("WARDEN_BENCH_ARCHIVE", (n / 5) as usize) as i64;
    let before = chrono::DateTime::from_timestamp(START + archived * STEP, 0)
        .expect("a time")
        .to_rfc3339();
    let folder = db.with_file_name("archive");
    std::fs::create_dir_all(&folder).expect("archive folder");
    let args = [
        "audit",
        "archive",
        "--before",
        &before,
        "--to",
        folder.to_str().expect("utf-8 path"),
    ]
    .join("\n");
    let out = Command::new(std::env::current_exe().expect("current exe"))
        .env(CHILD_ENV, "archive")
        .env("WARDEN_DB", &db)
        .env("WARDEN_NOW", &now)
        .env("WARDEN_BENCH_ARGS", args)
        .output()
        .expect("archive child");
    let text = String::from_utf8_lossy(&out.stdout);
    let mut figures = text
        .split_whitespace()
        .map(|f| f.parse::<f64>().unwrap_or(0.0));
    let archive = Duration::from_secs_f64(figures.next().unwrap_or(0.0));
    let peak_mib = figures.next().unwrap_or(0.0) / 1024.0;
    let archive_bytes: u64 = std::fs::read_dir(&folder)
        .expect("archive folder")
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum();
    let verify_all = timed(
        warden(&db)
            .args(["audit", "verify", "--archive"])
            .arg(&folder),
        "",
    );
    println!("| archiving the oldest {archived} events | |");
    println!("|---|---|");
    println!(
        "| `audit archive` | {} ({:.0} events a second; target: 10,000,000 in under 2 min) |",
        time(archive),
        archived as f64 / archive.as_secs_f64()
    );
    println!("| peak memory of the archive run | {peak_mib:.0} MiB (target < 64 MiB) |");
    println!(
        "| bytes an event in the archive files (gzip, with its link) | {:.0} |",
        archive_bytes as f64 / archived as f64
    );
    println!(
        "| `audit verify --archive`, files and database ({n} events) | {} ({:.0} events a second) |",
        time(verify_all),
        events / verify_all.as_secs_f64()
    );
}
