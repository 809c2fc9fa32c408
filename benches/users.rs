//! Whole-process benchmarks of the release binary on a 100,000-user
//! database, beside the sqlite3 command-line shell in the same run.
//!
//!     cargo bench --bench users            # 100,000 users
//!     WARDEN_BENCH_USERS=5000 cargo bench --bench users
//!
//! Needs `sqlite3` on PATH (Debian: apt-get install sqlite3). Prints a
//! Markdown table; benches/README.md records the figures.

mod support;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use support::{children_peak_kib, paired, seed, time, timed, warden, CHILD_ENV, PASSWORD};

/// The bench re-runs itself for measurements that need a process of their
/// own: `list` (peak memory of that one child) and `argon2` (a cold
/// process doing one verification: the floor under `user verify`).
fn child(role: &str) {
    match role {
        "list" => {
            let db = std::env::var("WARDEN_DB").expect("db");
            timed(warden(Path::new(&db)).args(["--json", "user", "list"]), "");
            println!("{}", children_peak_kib());
        }
        "argon2" => {
            let hash = std::env::var("WARDEN_BENCH_HASH").expect("hash");
            assert!(warden::password::verify(PASSWORD, &hash));
        }
        other => panic!("unknown bench child {other}"),
    }
}

fn myself(role: &str) -> Command {
    let mut cmd = Command::new(std::env::current_exe().expect("current exe"));
    cmd.env(CHILD_ENV, role);
    cmd
}

fn main() {
    if let Ok(role) = std::env::var(CHILD_ENV) {
        return child(&role);
    }
    let n = support::size_from_env("WARDEN_BENCH_USERS", 100_000);
    let (dir, db) = support::scratch_db();
    let started = Instant::now();
    seed(&db, n);
    eprintln!(
        "seeded {n} users in {:.1}s",
        started.elapsed().as_secs_f64()
    );
    let name = format!("user{:06}", n / 2);
    let sqlite = |args: &[&str]| {
        let mut cmd = Command::new("sqlite3");
        cmd.args(args);
        cmd
    };
    let dbs = db.to_str().expect("utf-8 path");

    // 1. user show: warden's whole process beside sqlite3 looking up one row.
    let lookup = format!("SELECT * FROM users WHERE username = '{name}'");
    let (show, show_sqlite) = paired(
        1,
        100,
        || timed(warden(&db).args(["user", "show", &name]), ""),
        || timed(&mut sqlite(&[dbs, &lookup]), ""),
    );

    // 2. user list --json beside sqlite3 -json, and its peak memory alone.
    let (list, list_sqlite) = paired(
        1,
        7,
        || timed(warden(&db).args(["--json", "user", "list"]), ""),
        || {
            timed(
                &mut sqlite(&["-json", dbs, "SELECT * FROM users ORDER BY username"]),
                "",
            )
        },
    );
    let peak = myself("list")
        .env("WARDEN_DB", &db)
        .output()
        .expect("list child");
    let list_peak: i64 = String::from_utf8_lossy(&peak.stdout)
        .trim()
        .parse()
        .expect("peak KiB");

    // 3. user verify beside a cold process doing one argon2 verification.
    let hash: String = rusqlite::Connection::open(&db)
        .and_then(|c| {
            c.query_row(
                "SELECT password_hash FROM users WHERE username = ?1",
                [&name],
                |r| r.get(0),
            )
        })
        .expect("hash");
    let (verify, floor) = paired(
        1,
        15,
        || {
            timed(
                warden(&db).args([
                    "user",
                    "verify",
                    &name,
                    "--ip",
                    "10.1.2.3",
                    "--password-stdin",
                ]),
                PASSWORD,
            )
        },
        || timed(myself("argon2").env("WARDEN_BENCH_HASH", &hash), ""),
    );

    // 4. Completing `warden user show user05<TAB>` (10% of the users
    // match; at most 1,000 are offered) beside sqlite3 running the same
    // prefix query.
    let (complete, complete_sqlite) = paired(
        1,
        50,
        || {
            timed(
                warden(&db)
                    .env("WARDEN_COMPLETE", "bash")
                    .env("_CLAP_COMPLETE_INDEX", "3")
                    .env("_CLAP_IFS", "\n")
                    .args(["--", "warden", "user", "show", "user05"]),
                "",
            )
        },
        || {
            timed(
                &mut sqlite(&[
                    dbs,
                    "SELECT username FROM users WHERE username >= 'user05' AND username < 'user05~' ORDER BY username LIMIT 1000",
                ]),
                "",
            )
        },
    );

    // 5. warden --version beside a Rust program that prints a line and
    // exits, built here with the same compiler, optimised.
    let bare = dir.path().join("bare");
    let source = dir.path().join("bare.rs");
    std::fs::write(&source, "fn main() { println!(\"warden 0.1.0\"); }\n").expect("write");
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let built = Command::new(rustc)
        .args(["-O", "-o"])
        .arg(&bare)
        .arg(&source)
        .status()
        .expect("rustc");
    assert!(built.success(), "rustc could not build the bare program");
    let (version, bare_version) = paired(
        3,
        200,
        || timed(warden(&db).arg("--version"), ""),
        || timed(&mut Command::new(&bare), ""),
    );

    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    println!("| benchmark ({n} users) | warden | peer | ratio | target |");
    println!("|---|---|---|---|---|");
    println!(
        "| `user show` | {} | {} (`sqlite3 DB \"SELECT ... WHERE username = ...\"`) | {:.2}x | <= 1.2x |",
        time(show),
        time(show_sqlite),
        ratio(show, show_sqlite)
    );
    println!(
        "| `user list --json` | {} | {} (`sqlite3 -json`) | {:.2}x | < 1x |",
        time(list),
        time(list_sqlite),
        ratio(list, list_sqlite)
    );
    println!(
        "| `user list --json` peak memory | {:.1} MiB | | | < 16 MiB |",
        list_peak as f64 / 1024.0
    );
    println!(
        "| `user verify` | {} | {} (a process that starts and verifies one argon2id hash) | {:.2}x | <= 1.3x |",
        time(verify),
        time(floor),
        ratio(verify, floor)
    );
    println!(
        "| `warden --version` | {} | {} (a Rust program that prints a line and exits) | {:.2}x | <= 1.3x |",
        time(version),
        time(bare_version),
        ratio(version, bare_version)
    );
    println!(
        "| completing `user show user05<TAB>` (1,000 of 10% of the users) | {} | {} (`sqlite3` running the same prefix query) | {:.2}x | < 50 ms |",
        time(complete),
        time(complete_sqlite),
        ratio(complete, complete_sqlite)
    );
}
