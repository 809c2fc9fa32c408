//! Archives of the audit log: `audit archive` moves the oldest events into
//! files, `audit verify --archive` proves files and database as one chain,
//! `audit --archive` lists archived events; a killed run loses and
//! duplicates nothing; the database refuses every other DELETE.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use sha2::Digest;

use crate::common::*;

/// 2025-01-01T00:00:00Z: the log below starts here.
const START: i64 = 1_735_689_600;
const ONE_DAY_IN: &str = "2025-01-02T00:00:00Z";

/// A database initialised on 2025-01-01 with `n` login events after it,
/// one a minute (login events straight into the table, as a busy service
/// records them; chained by the first command that extends the chain).
fn with_log(n: i64) -> Sandbox {
    let sb = Sandbox::new();
    run_command(
        sb.command()
            .env("WARDEN_NOW", "2025-01-01T00:00:00Z")
            .args(["init", "--password-stdin"]),
        format!("{PASSWORD}\n").as_bytes(),
    )
    .ok();
    let db = sb.sql();
    let sql = db.pick(
        "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ?1)
         INSERT INTO events (at, actor, action, target, details)
         SELECT ?2 + i * 60, 'alice', CASE WHEN i % 10 = 0 THEN 'user.login_failed' ELSE 'user.login' END,
                CASE WHEN i % 7 = 0 THEN 'bob' ELSE 'alice' END,
                '{\"ip\":\"192.0.2.' || (i % 250) || '\"}' FROM s",
        "INSERT INTO events (at, actor, action, target, details)
         SELECT ?2 + i * 60, 'alice', CASE WHEN i % 10 = 0 THEN 'user.login_failed' ELSE 'user.login' END,
                CASE WHEN i % 7 = 0 THEN 'bob' ELSE 'alice' END,
                '{\"ip\":\"192.0.2.' || (i % 250) || '\"}' FROM generate_series(1, ?1::bigint) AS s(i)",
    );
    db.execute(sql, [n, START]).unwrap();
    sb
}

fn count(sb: &Sandbox, sql: &str) -> i64 {
    sb.sql().query_row(sql, [], |r| r.get(0)).unwrap()
}

fn archive_dir(sb: &Sandbox) -> PathBuf {
    let dir = sb.path("archive");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The archive files in `dir`, oldest first (their names sort so).
fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".jsonl.gz"))
        .collect();
    files.sort();
    files
}

fn sha256_hex(path: &Path) -> String {
    sha2::Sha256::digest(std::fs::read(path).unwrap())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn args_with_files<'a>(args: &[&'a str], files: &'a [String]) -> Vec<&'a str> {
    let mut all: Vec<&str> = args.to_vec();
    all.extend(files.iter().map(String::as_str));
    all
}

fn names(files: &[PathBuf]) -> Vec<String> {
    files.iter().map(|f| f.display().to_string()).collect()
}

/// The kinds of problem `--json` and `args` report, which must exit 9.
fn broken(sb: &Sandbox, args: &[&str]) -> Vec<String> {
    let out = sb.run(&[&["--json"], args].concat());
    out.code(9);
    let json = out.json();
    json["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["kind"].as_str().map(String::from))
        .collect()
}

fn gunzip(path: &Path) -> String {
    let mut text = String::new();
    flate2::read::MultiGzDecoder::new(std::fs::File::open(path).unwrap())
        .read_to_string(&mut text)
        .unwrap();
    text
}

fn gzip(path: &Path, text: &str, level: u32) {
    let mut gz = flate2::write::GzEncoder::new(
        std::fs::File::create(path).unwrap(),
        flate2::Compression::new(level),
    );
    gz.write_all(text.as_bytes()).unwrap();
    gz.finish().unwrap();
}

#[test]
fn an_archive_moves_old_events_out_and_proves_itself_with_the_database() {
    let sb = with_log(2000);
    let dir = archive_dir(&sb);
    let dir_text = dir.display().to_string();
    let total = count(&sb, "SELECT count(*) FROM events");
    let before = count(
        &sb,
        &format!("SELECT count(*) FROM events WHERE at < {}", START + 86_400),
    );
    // What the live log says about that day, before it leaves.
    let queries: [&[&str]; 5] = [
        &["--until", ONE_DAY_IN],
        &[
            "--until",
            ONE_DAY_IN,
            "--action",
            "user.login_failed",
            "--limit",
            "20",
        ],
        &["--until", ONE_DAY_IN, "--target", "bob", "--limit", "20"],
        &[
            "--until",
            ONE_DAY_IN,
            "--action",
            "user.*",
            "--since",
            "2025-01-01T10:00:00Z",
        ],
        &["--until", ONE_DAY_IN, "--actor", "root"],
    ];
    let live: Vec<serde_json::Value> = queries
        .iter()
        .map(|q| {
            let out = sb.run(&[&["--json", "audit"], *q].concat());
            out.ok();
            out.json()
        })
        .collect();

    let out = sb.run(&[
        "--json",
        "audit",
        "archive",
        "--before",
        ONE_DAY_IN,
        "--to",
        &dir_text,
        "--per-file",
        "500",
    ]);
    out.ok();
    let report = out.json();
    assert_eq!(report["events"], before, "{report}");
    let files = files_in(&dir);
    assert_eq!(files.len() as i64, (before + 499) / 500, "{report}");
    for (file, reported) in files.iter().zip(report["files"].as_array().unwrap()) {
        assert_eq!(reported["file"], file.display().to_string());
        assert_eq!(reported["sha256"], sha256_hex(file), "{reported}");
        assert_eq!(mode(file) & 0o777, 0o600, "{}", file.display());
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        assert!(
            name.starts_with("audit-") && name.ends_with(".jsonl.gz"),
            "{name}"
        );
    }
    // The events left the database; the record of each file and its
    // audit.archived event stayed.
    assert_eq!(
        count(
            &sb,
            &format!("SELECT count(*) FROM events WHERE at < {}", START + 86_400)
        ),
        0
    );
    assert_eq!(
        count(&sb, "SELECT count(*) FROM events"),
        total - before + files.len() as i64
    );
    assert_eq!(
        count(&sb, "SELECT count(*) FROM audit_archives"),
        files.len() as i64
    );
    let recorded = sb.run(&["--json", "audit", "--action", "audit.archived"]);
    recorded.ok();
    let recorded = recorded.json();
    assert_eq!(recorded.as_array().unwrap().len(), files.len());
    assert_eq!(
        recorded[0]["details"]["sha256"],
        sha256_hex(files.last().unwrap())
    );

    // The database alone verifies from the last archive on, and says so.
    let alone = sb.run(&["audit", "verify"]);
    alone.ok();
    assert!(alone.stdout.contains("are archived"), "{}", alone.stdout);
    // With every file, one chain from the first event.
    let paths = names(&files);
    let both = sb.run(&args_with_files(
        &["--json", "audit", "verify", "--archive"],
        &paths,
    ));
    both.ok();
    let verified = both.json();
    assert_eq!(verified["intact"], true, "{verified}");
    assert_eq!(verified["archived_checked"], before);
    assert_eq!(verified["archives"], files.len());
    assert_eq!(
        verified["checked"],
        count(&sb, "SELECT count(*) FROM events") + before
    );

    // The archived events list as the live log listed them.
    for (query, expected) in queries.iter().zip(&live) {
        let mut args = vec!["--json", "audit"];
        args.extend_from_slice(query);
        args.push("--archive");
        let out = sb.run(&args_with_files(&args, &paths));
        out.ok();
        assert_eq!(out.json(), *expected, "{query:?}");
    }

    // A folder stands for the archive files in it.
    let folder = sb.run(&["--json", "audit", "verify", "--archive", &dir_text]);
    folder.ok();
    assert_eq!(folder.json()["archives"], files.len());
    let out = sb.run(&[&["--json", "audit"], queries[1], &["--archive", &dir_text]].concat());
    out.ok();
    assert_eq!(out.json(), live[1]);

    // Again: nothing left to archive, nothing written.
    let again = sb.run(&[
        "audit", "archive", "--before", ONE_DAY_IN, "--to", &dir_text,
    ]);
    again.ok();
    assert!(
        again.stderr.contains("Nothing to archive"),
        "{}",
        again.stderr
    );
    assert_eq!(files_in(&dir), files);

    // Without one of the files the chain has a hole, named.
    let missing = sb.run(&args_with_files(
        &["audit", "verify", "--archive"],
        &paths[1..],
    ));
    missing.code(9);
    assert!(
        missing.stdout.contains("was not given"),
        "{}",
        missing.stdout
    );
}

#[test]
fn the_database_refuses_to_delete_an_event_that_is_not_archived() {
    let sb = with_log(100);
    let dir = archive_dir(&sb);
    sb.run(&[
        "audit",
        "archive",
        "--before",
        "2025-01-01T00:30:00Z",
        "--to",
        &dir.display().to_string(),
    ])
    .ok();
    let last: i64 = count(&sb, "SELECT max(last_id) FROM audit_archives");
    let newest: i64 = count(&sb, "SELECT max(id) FROM events");
    let db = sb.sql();
    let dump = sb.dump();
    for sql in [
        format!("DELETE FROM events WHERE id = {}", last + 1),
        format!("DELETE FROM events WHERE id = {newest}"),
        "DELETE FROM events".to_string(),
        format!("DELETE FROM event_links WHERE id = {}", last + 1),
        format!("UPDATE events SET details = '{{}}' WHERE id = {newest}"),
        "UPDATE audit_archives SET sha256 = repeat('0', 64)".replace(
            "repeat('0', 64)",
            "'0000000000000000000000000000000000000000000000000000000000000000'",
        ),
        "DELETE FROM audit_archives".to_string(),
        // A record of an archive that ends on a link that is not there.
        format!(
            "INSERT INTO audit_archives (first_id, last_id, events, last_link, file, sha256, archived_at)
             VALUES ({a}, {a}, 1, {zero}, '/tmp/x', '0000000000000000000000000000000000000000000000000000000000000000', 0)",
            a = last + 1,
            zero = db.pick("zeroblob(32)", "decode(repeat('00', 32), 'hex')")
        ),
        // One that overlaps the last.
        format!(
            "INSERT INTO audit_archives (first_id, last_id, events, last_link, file, sha256, archived_at)
             SELECT {last}, {next}, 1, link, '/tmp/x', '0000000000000000000000000000000000000000000000000000000000000000', 0
               FROM event_links WHERE id = {next}",
            next = last + 1
        ),
    ] {
        assert!(db.execute_batch(&sql).is_err(), "allowed: {sql}");
    }
    if on_postgres() {
        assert!(db.execute_batch("TRUNCATE events").is_err());
        assert!(db.execute_batch("TRUNCATE audit_archives").is_err());
    }
    assert_eq!(sb.dump(), dump);
    // At or before the last archive there is nothing left to delete, and
    // deleting it is not refused.
    db.execute_batch(&format!("DELETE FROM events WHERE id <= {last}"))
        .unwrap();
}

#[test]
fn a_record_of_an_archive_put_in_by_hand_is_caught() {
    // Someone who can write the database records an "archive" of the first
    // events (no file) and deletes them, which the database allows: the
    // chain shows the record has no audit.archived event.
    let sb = with_log(50);
    sb.run(&["audit", "head"]).ok();
    let db = sb.sql();
    db.execute_batch(
        "INSERT INTO audit_archives (first_id, last_id, events, last_link, file, sha256, archived_at)
         SELECT 1, 20, 20, link, '/nowhere', '0000000000000000000000000000000000000000000000000000000000000000', 0
           FROM event_links WHERE id = 20;
         DELETE FROM event_links WHERE id <= 20;
         DELETE FROM events WHERE id <= 20;",
    )
    .unwrap();
    assert_eq!(broken(&sb, &["audit", "verify"]), ["archive-record"]);
}

#[test]
fn a_changed_cut_or_recompressed_archive_file_is_named_and_exits_9() {
    let sb = with_log(300);
    let dir = archive_dir(&sb);
    sb.run(&[
        "audit",
        "archive",
        "--before",
        "2025-01-01T03:00:00Z",
        "--to",
        &dir.display().to_string(),
        "--per-file",
        "100",
    ])
    .ok();
    let files = files_in(&dir);
    assert_eq!(files.len(), 2);
    let paths = names(&files);
    sb.run(&args_with_files(&["audit", "verify", "--archive"], &paths))
        .ok();
    let original = gunzip(&files[0]);
    let keep = std::fs::read(&files[0]).unwrap();

    // One event's details changed, and the file compressed again.
    let line = original.lines().nth(40).unwrap().to_string();
    let id: i64 = serde_json::from_str::<serde_json::Value>(&line).unwrap()["id"]
        .as_i64()
        .unwrap();
    let forged = line.replace("192.0.2.", "198.51.100.");
    assert_ne!(forged, line);
    gzip(&files[0], &original.replacen(&line, &forged, 1), 6);
    let out = sb.run(&args_with_files(
        &["--json", "audit", "verify", "--archive"],
        &paths,
    ));
    out.code(9);
    let json = out.json();
    let found: Vec<(String, Option<i64>)> = json["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["kind"].as_str().unwrap().to_string(), p["id"].as_i64()))
        .collect();
    assert!(found.contains(&("changed".to_string(), Some(id))), "{json}");
    assert!(found.iter().any(|(k, _)| k == "archive-altered"), "{json}");
    // Listing from it stops at the forged event too.
    let listed = sb.run(&["audit", "--archive", &paths[0]]);
    listed.code(9);
    assert!(
        listed.stderr.contains("does not match its link"),
        "{}",
        listed.stderr
    );

    // Cut short: the closing line gone.
    let cut: String = original
        .lines()
        .filter(|l| !l.starts_with("{\"end\""))
        .map(|l| format!("{l}\n"))
        .collect();
    gzip(&files[0], &cut, 6);
    let out = sb.run(&args_with_files(&["audit", "verify", "--archive"], &paths));
    out.code(9);
    assert!(out.stdout.contains("cut short"), "{}", out.stdout);

    // The same lines compressed again: every link holds, the file is
    // still not the one recorded.
    gzip(&files[0], &original, 9);
    assert_eq!(
        broken(
            &sb,
            &args_with_files(&["audit", "verify", "--archive"], &paths)
        ),
        ["archive-altered"]
    );

    // Not an archive at all.
    std::fs::write(&files[0], b"hello").unwrap();
    sb.run(&args_with_files(&["audit", "verify", "--archive"], &paths))
        .code(9);
    // Put back, all is well again.
    std::fs::write(&files[0], keep).unwrap();
    sb.run(&args_with_files(&["audit", "verify", "--archive"], &paths))
        .ok();
    // A file that is not there is an error, not a verdict.
    let out = sb.run(&[
        "audit",
        "verify",
        "--archive",
        "/nonexistent/audit.jsonl.gz",
    ]);
    out.code(1);
    assert!(out.stderr.contains("No such file"), "{}", out.stderr);
}

#[test]
fn a_killed_archive_run_loses_nothing_and_duplicates_nothing() {
    let sb = with_log(40_000);
    let dir = archive_dir(&sb);
    let dir_text = dir.display().to_string();
    let total = count(&sb, "SELECT count(*) FROM events");
    let archive = |sb: &Sandbox| {
        let mut cmd = sb.command();
        cmd.args([
            "audit",
            "archive",
            "--before",
            "2026-01-01",
            "--to",
            &dir_text,
            "--per-file",
            "4000",
        ]);
        cmd
    };
    // Killed again and again at different moments: while chaining, while
    // writing, between the rename and the commit, while deleting.
    let mut kills = 0;
    for delay_ms in [40u64, 120, 250, 400, 600, 850, 1100, 1500, 2000] {
        let mut child = archive(&sb)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        if child.try_wait().unwrap().is_none() {
            nix::sys::signal::kill(
                nix::unistd::Pid::from_raw(child.id() as i32),
                nix::sys::signal::Signal::SIGKILL,
            )
            .unwrap();
            kills += 1;
        }
        child.wait().unwrap();
        // Whatever state it was left in, the database is consistent.
        let archived = count(
            &sb,
            "SELECT CAST(coalesce(sum(events), 0) AS BIGINT) FROM audit_archives",
        );
        let live_archived_events = count(
            &sb,
            "SELECT count(*) FROM events WHERE action = 'audit.archived'",
        );
        assert_eq!(
            count(&sb, "SELECT count(*) FROM events") + archived,
            total + live_archived_events,
            "after {delay_ms} ms"
        );
    }
    assert!(kills >= 3, "the run was killed only {kills} times");
    // A last run finishes the job.
    let out = run_command(&mut archive(&sb), b"");
    out.ok();
    let files = files_in(&dir);
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    assert_eq!(
        files.len() as i64,
        count(&sb, "SELECT count(*) FROM audit_archives"),
        "every file in the folder is a recorded archive"
    );
    let paths = names(&files);
    let out = sb.run(&args_with_files(
        &["--json", "audit", "verify", "--archive"],
        &paths,
    ));
    out.ok();
    let json = out.json();
    // Every event once: those archived plus those left, which are the
    // log's and one audit.archived event a file.
    let archived = count(
        &sb,
        "SELECT CAST(sum(events) AS BIGINT) FROM audit_archives",
    );
    let left = count(&sb, "SELECT count(*) FROM events");
    assert_eq!(left + archived, total + files.len() as i64, "{json}");
    assert_eq!(json["checked"], left + archived, "{json}");
    assert_eq!(
        json["archived_checked"],
        count(
            &sb,
            "SELECT CAST(sum(events) AS BIGINT) FROM audit_archives"
        )
    );
}

#[test]
fn maintenance_archives_what_is_older_than_audit_keep() {
    let sb = with_log(3000);
    let dir = archive_dir(&sb);
    let at = |when: &str, args: &[&str]| {
        run_command(sb.command().env("WARDEN_NOW", when).args(args), b"")
    };
    // Off by default: nothing is archived.
    let out = at("2025-01-04T00:00:00Z", &["--json", "maintenance"]);
    out.ok();
    assert_eq!(out.json()["audit_archived"], 0);
    // Bad values change nothing.
    sb.run(&["settings", "set", "audit.keep", "12h"]).code(2);
    sb.run(&["settings", "set", "audit.archive_dir", "relative/dir"])
        .code(2);
    sb.run(&["settings", "set", "audit.keep", "2d"]).ok();
    // Set without a folder: the other jobs run, the head is sent, and the
    // run says what is missing.
    let out = at("2025-01-04T00:00:00Z", &["maintenance"]);
    out.code(2);
    assert!(out.stderr.contains("audit.archive_dir"), "{}", out.stderr);
    sb.run(&[
        "settings",
        "set",
        "audit.archive_dir",
        &dir.display().to_string(),
    ])
    .ok();
    let out = at("2025-01-04T00:00:00Z", &["--json", "maintenance"]);
    out.ok();
    let report = out.json();
    let cutoff = START + 86_400;
    assert!(
        report["audit_archived"].as_i64().unwrap() > 1000,
        "{report}"
    );
    assert_eq!(
        count(
            &sb,
            &format!("SELECT count(*) FROM events WHERE at < {cutoff}")
        ),
        0
    );
    assert!(
        count(
            &sb,
            &format!("SELECT count(*) FROM events WHERE at >= {cutoff} AND action = 'user.login'")
        ) > 0
    );
    let files = names(&files_in(&dir));
    assert_eq!(report["audit_archive_files"], serde_json::json!(files));
    sb.run(&args_with_files(&["audit", "verify", "--archive"], &files))
        .ok();
    // Said in words too.
    let out = at("2025-01-05T00:00:00Z", &["maintenance"]);
    out.ok();
    assert!(out.stdout.contains("Archived"), "{}", out.stdout);
    assert_eq!(count(&sb, "SELECT count(*) FROM audit_archives"), 2);
}

#[test]
fn a_second_run_on_the_same_folder_waits_for_none_and_says_busy() {
    let sb = with_log(10);
    let dir = archive_dir(&sb);
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(".warden-audit-archive.lock"))
        .unwrap();
    let held = nix::fcntl::Flock::lock(lock, nix::fcntl::FlockArg::LockExclusive).unwrap();
    let dump = sb.dump();
    let out = sb.run(&[
        "audit",
        "archive",
        "--before",
        "2026-01-01",
        "--to",
        &dir.display().to_string(),
    ]);
    out.code(7);
    assert!(out.stderr.contains("another archive run"), "{}", out.stderr);
    assert_eq!(sb.dump(), dump);
    drop(held);
    // A folder that is not there, or not a folder.
    let out = sb.run(&[
        "audit",
        "archive",
        "--before",
        "2026-01-01",
        "--to",
        "/nonexistent/dir",
    ]);
    out.code(1);
    assert!(out.stderr.contains("mkdir -p"), "{}", out.stderr);
    assert_eq!(sb.dump(), dump);
}

#[test]
fn after_an_archive_of_every_chained_event_the_chain_goes_on_from_it() {
    // Every link leaves with the archive; the next events chain on from
    // the archive's last link, not from the start.
    let sb = with_log(20);
    let dir = archive_dir(&sb);
    let dir_text = dir.display().to_string();
    let archive_all = || {
        sb.run(&[
            "audit",
            "archive",
            "--before",
            "2100-01-01",
            "--to",
            &dir_text,
        ])
        .ok();
    };
    let head = sb.run(&["audit", "head"]).ok().stdout.trim().to_string();
    archive_all();
    assert_eq!(count(&sb, "SELECT count(*) FROM event_links"), 0);
    sb.add_user("zoe", &[]);
    sb.run(&["audit", "verify"]).ok();
    sb.run(&["audit", "verify", "--archive", &dir_text]).ok();
    // A head kept elsewhere whose event is archived now: proved from the
    // files, and only from them.
    assert_eq!(
        broken(&sb, &["audit", "verify", "--head", &head]),
        ["head-archived"]
    );
    sb.run(&["audit", "verify", "--head", &head, "--archive", &dir_text])
        .ok();
    let (id, _) = head.split_once(':').unwrap();
    let forged = format!("{id}:{}", "ab".repeat(32));
    assert_eq!(
        broken(
            &sb,
            &["audit", "verify", "--head", &forged, "--archive", &dir_text]
        ),
        ["head-mismatch"]
    );
    // And again, with the chain going on across two archives.
    archive_all();
    sb.add_user("yann", &[]);
    let out = sb.run(&["--json", "audit", "verify", "--archive", &dir_text]);
    out.ok();
    assert_eq!(out.json()["archives"], 2);
}

#[test]
fn a_copy_that_cannot_be_written_is_verified_as_far_as_it_is_chained() {
    crate::sqlite_only!(
        "postgres::a_standby_serves_reads_refuses_writes_and_takes_over_after_promotion"
    );
    // An auditor's copy, read-only to the one who verifies it: the chain
    // up to its head is verified, the events after it are counted.
    let sb = with_log(30);
    sb.run(&["audit", "head"]).ok();
    sb.add_user("late", &[]);
    let root = nix::unistd::Uid::effective().is_root();
    if root && !crate::tools::have("runuser", "util-linux", &this_test()) {
        return;
    }
    let dir = sb.dir.path();
    let mut verify = if root {
        // As root every file is writable: verify as nobody, who owns the
        // copy (so its ownership checks pass) but may not write it.
        let nobody = nix::unistd::User::from_name("nobody").unwrap().unwrap();
        for path in [dir.to_path_buf(), sb.db.clone()] {
            nix::unistd::chown(&path, Some(nobody.uid), None).unwrap();
        }
        let mut cmd = Command::new("runuser");
        cmd.args(["-u", "nobody", "--", "env"]);
        for (key, value) in sb.command().get_envs() {
            if let Some(value) = value {
                cmd.arg(format!(
                    "{}={}",
                    key.to_string_lossy(),
                    value.to_string_lossy()
                ));
            }
        }
        cmd.arg(BIN);
        cmd
    } else {
        sb.command()
    };
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&sb.db, std::fs::Permissions::from_mode(0o400)).unwrap();
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o500)).unwrap();
    let out = run_command(verify.args(["--json", "audit", "verify"]), b"");
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    out.ok();
    let json = out.json();
    assert_eq!(json["intact"], true, "{json}");
    assert_eq!(json["unchained"], 1, "{json}");
}
