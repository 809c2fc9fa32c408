//! Per-call benchmarks of the library's decision, `Warden::can`, beside
//! one indexed row look-up through rusqlite on the same file, in the same
//! run and in alternation.
//!
//!     cargo bench --bench decisions            # 100,000 users
//!     WARDEN_BENCH_USERS=5000 cargo bench --bench decisions
//!
//! The instruction counts come from the same binary running one loop of
//! 1,000 calls on a copy of the database it keeps:
//!
//!     mkdir -m 700 /tmp/wd
//!     WARDEN_BENCH_KEEP=/tmp/wd/warden.db cargo bench --bench decisions
//!     WARDEN_BENCH_CHILD=can-account WARDEN_DB=/tmp/wd/warden.db \
//!         valgrind --tool=callgrind target/release/deps/decisions-HASH
//!
//! Then one handle shared by eight threads, four verifying logins and
//! four asking `can` on an account, beside the command line adding users:
//! the spread of `can`'s times while the logins run.
//!
//! Prints Markdown tables; benches/README.md records the figures.

mod support;

use std::path::Path;
use std::time::{Duration, Instant};

use support::{median, seed, timed, warden, CHILD_ENV, PASSWORD};

/// Calls per timed batch: long enough for the clock, short enough that
/// the three measurements alternate many times.
const BATCH: u32 = 2_000;
const ROUNDS: usize = 25;

/// The user whose permission on `acme-eu-x` comes from an access grant
/// on its grandparent, with no role: `can` walks the account tree.
const GRANTEE: &str = "carol";
const ACCOUNT: &str = "acme-eu-x";

/// The decisions measured, each one call.
fn can_account(w: &warden::Warden) {
    let d = w
        .can(GRANTEE, "backups.download", Some(ACCOUNT))
        .expect("can");
    assert!(d.allowed, "{}", d.reason);
}

fn can_role(w: &warden::Warden) {
    let d = w.can("admin", "users.manage", None).expect("can");
    assert!(d.allowed, "{}", d.reason);
}

/// One indexed row look-up, the floor under any decision.
fn raw(conn: &rusqlite::Connection, name: &str) {
    let mut stmt = conn
        .prepare_cached("SELECT * FROM users WHERE username = ?1")
        .expect("prepare");
    let id: i64 = stmt.query_row([name], |r| r.get(0)).expect("row");
    assert!(id > 0);
}

/// The accounts and the grant `can_account` decides on.
fn world(db: &Path) {
    let stdin = format!("{PASSWORD}\n");
    timed(
        warden(db).args(["user", "add", GRANTEE, "--password-stdin"]),
        &stdin,
    );
    for (name, parent) in [
        ("acme", None),
        ("acme-eu", Some("acme")),
        ("acme-eu-x", Some("acme-eu")),
    ] {
        let mut cmd = warden(db);
        cmd.args(["account", "create", name, "--password-stdin"]);
        if let Some(parent) = parent {
            cmd.args(["--parent", parent]);
        }
        timed(&mut cmd, &stdin);
    }
    timed(
        warden(db).args(["account", "grant", "acme", GRANTEE, "--access", "full"]),
        "",
    );
}

/// One loop in a process of its own, for callgrind.
fn child(role: &str) {
    let db = std::env::var("WARDEN_DB").expect("WARDEN_DB");
    let w = warden::Warden::open(&db).expect("open");
    let conn = rusqlite::Connection::open(&db).expect("open");
    for _ in 0..1_000 {
        match role {
            "can-account" => can_account(&w),
            "can-role" => can_role(&w),
            "raw" => raw(&conn, GRANTEE),
            other => panic!("unknown bench child {other}"),
        }
    }
}

/// The time of one call, from a batch.
fn per_call(mut f: impl FnMut()) -> Duration {
    let started = Instant::now();
    for _ in 0..BATCH {
        f();
    }
    started.elapsed() / BATCH
}

fn main() {
    if let Ok(role) = std::env::var(CHILD_ENV) {
        return child(&role);
    }
    let n = support::size_from_env("WARDEN_BENCH_USERS", 100_000);
    let (_dir, db) = support::scratch_db();
    seed(&db, n);
    world(&db);
    // A copy for the callgrind loop, where it is asked for (in a folder
    // only its owner may write, as warden requires).
    if let Some(kept) = std::env::var_os("WARDEN_BENCH_KEEP") {
        let conn = rusqlite::Connection::open(&db).expect("open");
        let _ = std::fs::remove_file(&kept);
        conn.execute("VACUUM INTO ?1", [kept.to_str().expect("utf-8")])
            .expect("keep");
        std::fs::set_permissions(&kept, std::os::unix::fs::PermissionsExt::from_mode(0o600))
            .expect("chmod");
    }

    let w = warden::Warden::open(&db).expect("open");
    let conn = rusqlite::Connection::open(&db).expect("open");
    let (mut account, mut role, mut lookup) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..=ROUNDS {
        let a = per_call(|| can_account(&w));
        let r = per_call(|| can_role(&w));
        let l = per_call(|| raw(&conn, GRANTEE));
        // The first round warms the caches and is not counted.
        if round > 0 {
            account.push(a);
            role.push(r);
            lookup.push(l);
        }
    }
    let (account, role, lookup) = (median(account), median(role), median(lookup));
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    println!("| call ({n} users, median of {ROUNDS} batches of {BATCH}) | per call | × raw look-up | target |");
    println!("|---|---|---|---|");
    println!(
        "| `can(\"{GRANTEE}\", \"backups.download\", Some(\"{ACCOUNT}\"))`, a grant two levels up | {:.2} µs | {:.1}× | ≤ 10 µs, ≤ 3× |",
        us(account),
        us(account) / us(lookup)
    );
    println!(
        "| `can(\"admin\", \"users.manage\", None)`, the active role | {:.2} µs | {:.1}× | ≤ 5 µs |",
        us(role),
        us(role) / us(lookup)
    );
    println!(
        "| one indexed row through rusqlite (`SELECT * FROM users WHERE username = ?1`) | {:.2} µs | 1× | |",
        us(lookup)
    );
    shared(&db);
}

/// A percentile of sorted times.
fn percentile(sorted: &[Duration], p: usize) -> Duration {
    sorted[(sorted.len() * p / 100).min(sorted.len() - 1)]
}

/// Eight threads on one handle, half logging in and half asking `can`,
/// while `warden user add` runs beside them; then the same questions
/// with no login running, for the floor.
fn shared(db: &Path) {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    const SECONDS: u64 = 10;
    let w = warden::Warden::builder(db)
        .syslog(warden::Syslog::Off)
        .open()
        .expect("open");
    let run = |logins: bool| {
        let stop = Arc::new(AtomicBool::new(false));
        let threads: Vec<_> = (0..8)
            .map(|t| {
                let (w, stop) = (w.clone(), Arc::clone(&stop));
                std::thread::spawn(move || {
                    let mut times = Vec::new();
                    let verifying = t % 2 == 0;
                    while !stop.load(Ordering::Relaxed) {
                        if verifying && !logins {
                            std::thread::sleep(Duration::from_millis(5));
                            continue;
                        }
                        let started = Instant::now();
                        if verifying {
                            let d = w.verify(GRANTEE, PASSWORD, None).expect("verify");
                            assert!(d.allowed, "{}", d.reason);
                        } else {
                            can_account(&w);
                        }
                        times.push(started.elapsed());
                    }
                    (verifying, times)
                })
            })
            .collect();
        let started = Instant::now();
        let mut added = 0;
        while started.elapsed() < Duration::from_secs(SECONDS) {
            timed(
                warden(db).args([
                    "user",
                    "add",
                    &format!("beside{logins}{added}"),
                    "--no-password",
                ]),
                "",
            );
            added += 1;
        }
        stop.store(true, Ordering::Relaxed);
        let (mut verifies, mut cans) = (Vec::new(), Vec::new());
        for thread in threads {
            let (verifying, times) = thread.join().expect("no panic");
            if verifying {
                verifies.extend(times);
            } else {
                cans.extend(times);
            }
        }
        verifies.sort();
        cans.sort();
        (verifies, cans, added)
    };
    let (_, alone, _) = run(false);
    let (verifies, cans, added) = run(true);
    println!();
    println!("| one shared handle, 8 threads, {SECONDS} s beside `warden user add` | calls | median | 99th percentile | max | target |");
    println!("|---|---|---|---|---|---|");
    let row = |what: &str, times: &[Duration], target: &str| {
        let ms = |p| percentile(times, p).as_secs_f64() * 1e3;
        println!(
            "| {what} | {} | {:.3} ms | {:.3} ms | {:.1} ms | {target} |",
            times.len(),
            ms(50),
            ms(99),
            ms(100)
        );
    };
    row(
        &format!(
            "`can` on an account, 4 threads, 4 more verifying logins ({added} users added beside)"
        ),
        &cans,
        "p99 < 5 ms",
    );
    row("`verify`, 4 threads", &verifies, "");
    row(
        "`can` on an account, 4 threads, no login running",
        &alone,
        "",
    );
}
