//! Whole-process benchmarks of `user import` with the release binary.
//!
//!     cargo bench --bench import
//!     WARDEN_BENCH_PLAIN=2000 WARDEN_BENCH_HASHED=20000 cargo bench --bench import
//!
//! 1. WARDEN_BENCH_PLAIN users (default 10,000) with plain passwords,
//!    beside shadow's `newusers` creating the same users with the same
//!    passwords in a scratch root (a copy of /etc, /usr mounted read-only,
//!    in a private mount namespace; needs root, `unshare` and `newusers`),
//!    and beside the bound two cores of argon2 set: the time two processes
//!    take to hash that many passwords with warden's parameters.
//! 2. WARDEN_BENCH_HASHED users (default 100,000) with argon2 hashes given:
//!    the time, and the peak memory of the import process alone.
//!
//! Prints a Markdown table; benches/README.md records it.

mod support;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use support::{children_peak_kib, time, timed, warden, CHILD_ENV, PASSWORD};

fn user_password(i: usize) -> String {
    format!("copper-{i}-meadow-lantern")
}

/// A fresh database in `dir`.
fn fresh(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("warden.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    timed(
        warden(&db).args(["init", "--password-stdin"]),
        &format!("{PASSWORD}\n"),
    );
    db
}

/// How long two processes, each hashing half of `n` passwords with
/// warden's default argon2id parameters, take side by side: the most any
/// importer on two cores can do. Fresh processes, as the import is one.
fn argon2_bound(n: usize) -> Duration {
    let sample = n.min(1000);
    let started = Instant::now();
    let children: Vec<_> = (0..2)
        .map(|half| {
            Command::new(std::env::current_exe().expect("current exe"))
                .env(CHILD_ENV, format!("hash:{half}:{sample}"))
                .spawn()
                .expect("spawn a hashing child")
        })
        .collect();
    for mut child in children {
        assert!(
            child.wait().expect("wait").success(),
            "hashing child failed"
        );
    }
    started.elapsed().mul_f64(n as f64 / sample as f64)
}

/// A child process of [`argon2_bound`]: hashes every other password.
fn hash_child(role: &str) {
    let mut parts = role
        .split(':')
        .skip(1)
        .map(|p| p.parse::<usize>().expect("number"));
    let (half, sample) = (parts.next().expect("half"), parts.next().expect("sample"));
    let params = warden::password::HashParams::default();
    for i in (half..sample).step_by(2) {
        warden::password::hash(&user_password(i), params).expect("hash");
    }
}

/// `newusers` on `n` users in a scratch root, or why it cannot run.
fn newusers(dir: &Path, n: usize) -> Result<Duration, String> {
    if !nix::unistd::geteuid().is_root() {
        return Err("needs root".into());
    }
    for tool in ["newusers", "unshare"] {
        let found = Command::new("sh")
            .args(["-c", &format!("command -v {tool}")])
            .output()
            .is_ok_and(|o| o.status.success());
        if !found {
            return Err(format!("{tool} not found"));
        }
    }
    let root = dir.join("root");
    let _ = std::fs::remove_dir_all(&root);
    for sub in ["etc", "usr", "home", "tmp"] {
        std::fs::create_dir_all(root.join(sub)).map_err(|e| e.to_string())?;
    }
    for link in ["lib", "lib64", "bin", "sbin"] {
        let _ = std::os::unix::fs::symlink(format!("usr/{link}"), root.join(link));
    }
    let copied = Command::new("cp")
        .args(["-a", "/etc/.", &format!("{}/etc/", root.display())])
        .status()
        .map_err(|e| e.to_string())?;
    if !copied.success() {
        return Err("cannot copy /etc".into());
    }
    // Each new user would get 65,536 subordinate ids, which run out after
    // about 9,000 users; warden has no such thing, so neither does the peer.
    let defs_path = root.join("etc/login.defs");
    let defs = std::fs::read_to_string(&defs_path).map_err(|e| e.to_string())?;
    let mut defs: String = defs
        .lines()
        .filter(|l| !l.starts_with("SUB_UID_COUNT") && !l.starts_with("SUB_GID_COUNT"))
        .map(|l| format!("{l}\n"))
        .collect();
    defs.push_str("SUB_UID_COUNT 0\nSUB_GID_COUNT 0\n");
    std::fs::write(&defs_path, defs).map_err(|e| e.to_string())?;
    let lines: String = (0..n)
        .map(|i| {
            format!(
                "bench{i:06}:{}:::bench {i}:/home/bench{i:06}:/usr/sbin/nologin\n",
                user_password(i)
            )
        })
        .collect();
    std::fs::write(root.join("tmp/users.txt"), lines).map_err(|e| e.to_string())?;
    let script = format!(
        "mount --bind -o ro /usr {0}/usr && exec newusers --root {0} /tmp/users.txt",
        root.display()
    );
    let took = timed(
        Command::new("unshare").args(["-m", "sh", "-c", &script]),
        "",
    );
    let shadow = std::fs::read_to_string(root.join("etc/shadow")).map_err(|e| e.to_string())?;
    let made = shadow.lines().filter(|l| l.starts_with("bench")).count();
    assert_eq!(made, n, "newusers created every user");
    let hashing = shadow
        .lines()
        .find(|l| l.starts_with("bench"))
        .and_then(|l| l.split(':').nth(1))
        .map(|h| h.chars().take(7).collect::<String>())
        .unwrap_or_default();
    eprintln!("newusers hashed with {hashing}...");
    let _ = std::fs::remove_dir_all(&root);
    Ok(took)
}

/// A child that imports one file into a fresh database and prints the
/// import process's peak resident memory (KiB): measured in a small
/// process of its own, since a child's peak starts from its parent's.
fn import_child() {
    let db = std::path::PathBuf::from(std::env::var("WARDEN_DB").expect("db"));
    let file = std::env::var("WARDEN_BENCH_FILE").expect("file");
    timed(warden(&db).args(["user", "import", &file]), "");
    println!("{}", children_peak_kib());
}

fn main() {
    if let Ok(role) = std::env::var(CHILD_ENV) {
        if role == "import" {
            return import_child();
        }
        return hash_child(&role);
    }
    let plain = support::size_from_env("WARDEN_BENCH_PLAIN", 10_000);
    let hashed = support::size_from_env("WARDEN_BENCH_HASHED", 100_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let mut rows = Vec::new();

    // 1. Plain passwords: warden, newusers, and the argon2 bound.
    let csv = dir.path().join("plain.csv");
    let mut text = String::from("username,first_name,password\n");
    for i in 0..plain {
        text.push_str(&format!("bench{i:06},Bench {i},{}\n", user_password(i)));
    }
    std::fs::write(&csv, text).expect("write csv");
    let db = fresh(dir.path());
    let ours = timed(warden(&db).args(["user", "import"]).arg(&csv), "");
    eprintln!("warden: {}", time(ours));
    let bound = argon2_bound(plain);
    eprintln!("argon2 bound: {}", time(bound));
    let peer = if std::env::var_os("WARDEN_BENCH_NO_PEER").is_some() {
        Err("WARDEN_BENCH_NO_PEER is set".to_string())
    } else {
        newusers(dir.path(), plain)
    };
    match &peer {
        Ok(d) => eprintln!("newusers: {}", time(*d)),
        Err(why) => eprintln!("newusers skipped: {why}"),
    }
    let (peer_cell, ratio) = match peer {
        Ok(d) => (
            format!("{} (`newusers`, yescrypt)", time(d)),
            format!("{:.2}x faster", d.as_secs_f64() / ours.as_secs_f64()),
        ),
        Err(why) => (format!("n/a ({why})"), String::new()),
    };
    rows.push(format!(
        "| `user import` {plain} users, plain passwords | {} | {peer_cell} | {ratio} | >= 1.8x faster |",
        time(ours)
    ));
    rows.push(format!(
        "| the same beside two cores of argon2id (m=19456, t=2, p=1) | {} | {} (hashing alone, 2 processes) | {:.0}% of the bound | >= 90% |",
        time(ours),
        time(bound),
        bound.as_secs_f64() / ours.as_secs_f64() * 100.0
    ));

    // 2. Hashes given: no hashing, so this measures reading and writing.
    let hash: String = rusqlite::Connection::open(&db)
        .and_then(|c| {
            c.query_row(
                "SELECT password_hash FROM users WHERE username = 'admin'",
                [],
                |r| r.get(0),
            )
        })
        .expect("admin hash");
    let jsonl = dir.path().join("hashed.jsonl");
    let text: String = (0..hashed)
        .map(|i| {
            format!(
                "{{\"username\":\"user{i:06}\",\"email\":\"user{i:06}@example.com\",\"roles\":[\"viewer\"],\"password_hash\":\"{hash}\"}}\n"
            )
        })
        .collect();
    std::fs::write(&jsonl, text).expect("write jsonl");
    // The peer: the sqlite3 shell's own `.import` of the same rows (as CSV,
    // into a new table of a database warden made), alternately with warden.
    let csv = dir.path().join("hashed.csv");
    let text: String = std::iter::once("username,email,roles,password_hash\n".to_string())
        .chain(
            (0..hashed).map(|i| format!("user{i:06},user{i:06}@example.com,viewer,\"{hash}\"\n")),
        )
        .collect();
    std::fs::write(&csv, text).expect("write csv");
    let template = fresh(dir.path());
    let copy = dir.path().join("copy.db");
    let (ours, shell) = support::paired(
        1,
        5,
        || {
            let _ = std::fs::remove_file(&copy);
            std::fs::copy(&template, &copy).expect("copy");
            timed(warden(&copy).args(["user", "import"]).arg(&jsonl), "")
        },
        || {
            let _ = std::fs::remove_file(&copy);
            std::fs::copy(&template, &copy).expect("copy");
            timed(
                Command::new("sqlite3")
                    .arg(&copy)
                    .arg(format!(".import --csv {} staged", csv.display())),
                "",
            )
        },
    );
    rows.push(format!(
        "| `user import` {hashed} users, argon2 hashes given (median of 5), beside `sqlite3`'s `.import` of the same rows as CSV | {} | {} | {:.1}x | <= 5x, < 1.5 s |",
        time(ours),
        time(shell),
        ours.as_secs_f64() / shell.as_secs_f64()
    ));
    let db = fresh(dir.path());
    let peak = Command::new(std::env::current_exe().expect("current exe"))
        .env(CHILD_ENV, "import")
        .env("WARDEN_DB", &db)
        .env("WARDEN_BENCH_FILE", &jsonl)
        .output()
        .expect("import child");
    let peak_kib: f64 = String::from_utf8_lossy(&peak.stdout)
        .trim()
        .parse()
        .expect("peak KiB");
    rows.push(format!(
        "| the same, peak memory of the import | {:.1} MiB | | | < 64 MiB |",
        peak_kib / 1024.0
    ));

    println!("| benchmark | warden | peer | ratio | target |");
    println!("|---|---|---|---|---|");
    for row in rows {
        println!("{row}");
    }
}
