//! Faults from outside: processes killed mid-write, a full disk, failing
//! syncs, write-protected files, corrupt files, a stale write-ahead log,
//! Ctrl-C and closed pipes. Each case checks that the database is
//! unchanged (same rows, integrity ok, no new audit row) or entirely
//! changed, that the message is one clear line, and that nothing panics.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

// ---------------------------------------------------------------------------
// Helpers

/// A command that runs `wrapper` (a shell, strace, setpriv) with warden's
/// binary and `args` after it, in the sandbox's environment.
fn through(sb: &Sandbox, wrapper: &[&str], args: &[&str]) -> Command {
    let base = sb.command();
    let mut cmd = Command::new(wrapper[0]);
    cmd.env_clear();
    for (key, value) in base.get_envs() {
        if let Some(value) = value {
            cmd.env(key, value);
        }
    }
    cmd.current_dir(sb.dir.path())
        .args(&wrapper[1..])
        .arg(BIN)
        .args(args);
    cmd
}

fn integrity(db: &Path) -> String {
    sql(db)
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity_check")
}

fn count(db: &Path, query: &str) -> i64 {
    sql(db).query_row(query, [], |r| r.get(0)).expect("count")
}

/// Asserts a failed run: non-zero exit, an `error:` line (and at most a
/// hint after it), no panic.
#[track_caller]
fn clear_failure(out: &Outcome, what: &str) {
    out.no_panic();
    assert_ne!(out.code, 0, "{what} succeeded:\n{}", out.stderr);
    let lines: Vec<&str> = out.stderr.lines().filter(|l| !l.is_empty()).collect();
    assert!(
        !lines.is_empty() && lines[0].starts_with("error: "),
        "{what}: {}",
        out.stderr
    );
    assert!(
        lines.len() == 1 || (lines.len() == 2 && lines[1].starts_with("hint: ")),
        "{what}: more than one error line:\n{}",
        out.stderr
    );
}

/// Asserts that nothing changed: the same rows, a sound file.
#[track_caller]
fn unchanged(db: &Path, before: &str, what: &str) {
    assert_eq!(integrity(db), "ok", "{what}");
    assert!(dump(db) == before, "{what} changed the database");
}

fn side(db: &Path, suffix: &str) -> PathBuf {
    let mut p = db.as_os_str().to_owned();
    p.push(suffix);
    p.into()
}

/// Puts the pristine copy back in place, without a log beside it.
fn restore(pristine: &Path, db: &Path) {
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(side(db, suffix));
    }
    std::fs::copy(pristine, db).expect("copy the pristine database");
}

/// A deterministic stream of fractions in [0, 1).
struct Random(u64);

impl Random {
    fn new() -> Random {
        Random(std::process::id() as u64 ^ 0x9e37_79b9_7f4a_7c15)
    }
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Runs `args` to completion on a fresh copy of `pristine` to measure it,
/// then `rounds` times on a fresh copy kills it with SIGKILL at a random
/// moment within 1.2 times that duration. After each kill `db check`
/// passes and `state` says whether nothing (`Some(false)`) or everything
/// (`Some(true)`) happened; a partial state fails the test. Finally the
/// command runs to completion. Returns (none, all).
fn kill_at_random(
    sb: &Sandbox,
    pristine: &Path,
    args: &[&str],
    rounds: usize,
    state: &dyn Fn(&Path) -> Option<bool>,
) -> (usize, usize) {
    restore(pristine, &sb.db);
    assert_eq!(state(&sb.db), Some(false), "the seeded state");
    let started = Instant::now();
    sb.run(args).ok();
    let full = started.elapsed();
    assert_eq!(state(&sb.db), Some(true), "{args:?} did not finish");
    let mut random = Random::new();
    let (mut none, mut all) = (0, 0);
    for _ in 0..rounds {
        restore(pristine, &sb.db);
        let delay = full.mul_f64(random.next() * 1.2);
        let mut child = sb
            .command()
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();
        match state(&sb.db) {
            Some(false) => none += 1,
            Some(true) => all += 1,
            None => panic!("{args:?} killed after {delay:?} (of {full:?}) left a partial state"),
        }
        let check = sb.run(&["db", "check"]);
        assert_eq!(
            check.code, 0,
            "after a kill at {delay:?}:\n{}",
            check.stdout
        );
    }
    // The next run goes through.
    restore(pristine, &sb.db);
    sb.run(args).ok();
    assert_eq!(state(&sb.db), Some(true));
    sb.run(&["db", "check"]).ok();
    assert!(
        none > 0,
        "no kill landed before the commit ({all} of {rounds} finished; the command took {full:?})"
    );
    (none, all)
}

/// Adds `big` below the root with `groups` groups and `leaves` leaves dealt
/// round-robin over them, straight in SQL (hashing nothing).
fn seed_tree(sb: &Sandbox, groups: usize, leaves: usize) {
    sb.sql()
        .execute_batch(&format!(
            "BEGIN;
             INSERT INTO accounts (name, parent_id, created_at, updated_at)
                  VALUES ('big', (SELECT id FROM accounts WHERE parent_id IS NULL), 0, 0);
             WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {groups} - 1)
             INSERT INTO accounts (name, parent_id, created_at, updated_at)
                  SELECT printf('g%03d', i), (SELECT id FROM accounts WHERE name = 'big'), 0, 0 FROM n;
             WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {leaves} - 1)
             INSERT INTO accounts (name, parent_id, created_at, updated_at)
                  SELECT printf('leaf%05d', i), (SELECT id FROM accounts WHERE name = printf('g%03d', i % {groups})), 0, 0 FROM n;
             COMMIT;"
        ))
        .expect("seed the tree");
}

/// Makes a checkpointed copy of the sandbox database to restore from.
fn pristine(sb: &Sandbox) -> PathBuf {
    let copy = sb.path("pristine.db");
    sql(&sb.db)
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .expect("checkpoint");
    std::fs::copy(&sb.db, &copy).expect("copy");
    copy
}

// ---------------------------------------------------------------------------
// kill -9

/// Version 1 of the schema, planted back over a current database: the
/// reverse of migrations 2 and 3 (as in store.rs).
const BACK_TO_VERSION_1: &str =
    "DROP INDEX backup_user_windows_open; ALTER TABLE backup_user_windows DROP COLUMN reminded;
     DROP TABLE user_reminders; ALTER TABLE notifications DROP COLUMN claimed_until;
     DROP INDEX accounts_children; DROP INDEX users_account; DROP INDEX current_accounts_account;
     DROP INDEX charges_account; CREATE INDEX accounts_parent ON accounts(parent_id); PRAGMA user_version = 1;";

#[test]
fn a_migration_killed_at_any_moment_leaves_the_old_or_the_new_schema() {
    let sb = Sandbox::initialised();
    // Many accounts, users and notifications, so the new indexes and the
    // rebuilt tables take measurable time.
    seed_tree(&sb, 100, 40_000);
    sb.sql()
        .execute_batch(
            "BEGIN;
             WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 19999)
             INSERT INTO users (username, account_id, created_at, updated_at)
                  SELECT printf('user%05d', i), 2 + i % 100, 0, 0 FROM n;
             WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 19999)
             INSERT INTO notifications (recipient, kind, subject, body, created_at)
                  SELECT 'x@example.com', 'test', 'subject', printf('body %d', i), 0 FROM n;
             COMMIT;",
        )
        .expect("seed");
    sb.sql().execute_batch(BACK_TO_VERSION_1).expect("plant v1");
    let pristine = pristine(&sb);
    let rows = count(&pristine, "SELECT count(*) FROM accounts");
    let state = |db: &Path| {
        let conn = sql(db);
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .ok()?;
        let new_objects: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE name IN ('accounts_children', 'user_reminders', 'backup_user_windows_open')",
                [],
                |r| r.get(0),
            )
            .ok()?;
        let accounts: i64 = conn
            .query_row("SELECT count(*) FROM accounts", [], |r| r.get(0))
            .ok()?;
        match (version, new_objects, accounts == rows) {
            (1, 0, true) => Some(false),
            (3, 3, true) => Some(true),
            _ => None,
        }
    };
    kill_at_random(
        &sb,
        &pristine,
        &["settings", "get", "deletion.grace"],
        30,
        &state,
    );
}

#[test]
fn a_recursive_disable_killed_at_any_moment_disables_all_or_none() {
    let sb = Sandbox::initialised();
    seed_tree(&sb, 50, 5_000);
    let pristine = pristine(&sb);
    let subtree = 1 + 50 + 5_000;
    let state = |db: &Path| {
        let disabled = count(db, "SELECT count(*) FROM accounts WHERE state = 'disabled'");
        let events = count(
            db,
            "SELECT count(*) FROM events WHERE action = 'account.disable'",
        );
        match (disabled, events) {
            (0, 0) => Some(false),
            (d, e) if d == subtree && e == subtree => Some(true),
            _ => None,
        }
    };
    kill_at_random(
        &sb,
        &pristine,
        &["account", "disable", "big", "--recursive"],
        30,
        &state,
    );
}

#[test]
fn a_purge_killed_at_any_moment_purges_all_or_none() {
    let sb = Sandbox::initialised();
    seed_tree(&sb, 50, 5_000);
    // Everything below the root queued and due a week ago.
    sb.sql()
        .execute(
            "UPDATE accounts SET state = 'pending-deletion', purge_after = ?1 WHERE parent_id IS NOT NULL",
            [1_772_366_400 - 7 * 86_400],
        )
        .expect("queue");
    let pristine = pristine(&sb);
    let queued = 1 + 50 + 5_000;
    let state = |db: &Path| {
        let left = count(db, "SELECT count(*) FROM accounts");
        let events = count(
            db,
            "SELECT count(*) FROM events WHERE action = 'account.purge'",
        );
        match (left, events) {
            (l, 0) if l == 1 + queued => Some(false),
            (1, e) if e == queued => Some(true),
            _ => None,
        }
    };
    kill_at_random(&sb, &pristine, &["account", "purge"], 30, &state);
}
