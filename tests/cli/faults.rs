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
    through_with(sb, wrapper, Path::new(BIN), args)
}

/// [`through`] with another copy of the binary.
fn through_with(sb: &Sandbox, wrapper: &[&str], bin: &Path, args: &[&str]) -> Command {
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
        .arg(bin)
        .args(args);
    cmd
}

/// warden under strace, with a system call made to fail (`inject` as
/// strace's `-e inject=` takes it).
fn injected(sb: &Sandbox, inject: &str, args: &[&str]) -> Outcome {
    let rule = format!("inject={inject}");
    let strace = ["strace", "-f", "-o", "/dev/null", "-e", &rule];
    run_command(&mut through(sb, &strace, args), b"")
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
    eprintln!("{args:?}: took {full:?}; of {rounds} kills {none} left nothing, {all} everything");
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
                  SELECT ('g' || substr(CAST(1000 + i AS TEXT), 2)), (SELECT id FROM accounts WHERE name = 'big'), 0, 0 FROM n;
             WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {leaves} - 1)
             INSERT INTO accounts (name, parent_id, created_at, updated_at)
                  SELECT ('leaf' || substr(CAST(100000 + i AS TEXT), 2)), (SELECT id FROM accounts WHERE name = ('g' || substr(CAST(1000 + i % {groups} AS TEXT), 2))), 0, 0 FROM n;
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
/// reverse of migrations 2 to 5 (as in store.rs), after that of 6.
const BACK_TO_VERSION_1: &str =
    "DROP TABLE event_links; DROP INDEX notifications_window; ALTER TABLE notifications DROP COLUMN window_id;
     ALTER TABLE notifications DROP COLUMN times;
     DROP INDEX backup_user_windows_open; ALTER TABLE backup_user_windows DROP COLUMN reminded;
     DROP TABLE user_reminders; ALTER TABLE notifications DROP COLUMN claimed_until;
     DROP INDEX accounts_children; DROP INDEX users_account; DROP INDEX current_accounts_account;
     DROP INDEX charges_account; CREATE INDEX accounts_parent ON accounts(parent_id); PRAGMA user_version = 1;";

#[test]
fn a_migration_killed_at_any_moment_leaves_the_old_or_the_new_schema() {
    crate::sqlite_only!("load::eight_processes_opening_an_older_schema_migrate_it_once");
    let sb = Sandbox::initialised();
    // Many accounts, users and notifications, so the new indexes and the
    // rebuilt tables take measurable time.
    seed_tree(&sb, 100, 40_000);
    sb.sql()
        .execute_batch(
            "BEGIN;
             WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 19999)
             INSERT INTO users (username, account_id, created_at, updated_at)
                  SELECT ('user' || substr(CAST(100000 + i AS TEXT), 2)), 2 + i % 100, 0, 0 FROM n;
             WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 19999)
             INSERT INTO notifications (recipient, kind, subject, body, created_at)
                  SELECT 'x@example.com', 'test', 'subject', ('body ' || CAST(i AS TEXT)), 0 FROM n;
             COMMIT;",
        )
        .expect("seed");
    sb.sql().execute_batch(BEFORE_ARCHIVES.0).expect("plant v5");
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
                "SELECT count(*) FROM sqlite_schema WHERE name IN ('accounts_children', 'user_reminders', 'backup_user_windows_open', 'notifications_window', 'event_links', 'audit_archives')",
                [],
                |r| r.get(0),
            )
            .ok()?;
        let accounts: i64 = conn
            .query_row("SELECT count(*) FROM accounts", [], |r| r.get(0))
            .ok()?;
        match (version, new_objects, accounts == rows) {
            (1, 0, true) => Some(false),
            (6, 6, true) => Some(true),
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
    crate::sqlite_only!("load::writers_killed_mid_command_leave_whole_changes_only");
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
    crate::sqlite_only!("load::writers_killed_mid_command_leave_whole_changes_only");
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

// ---------------------------------------------------------------------------
// A full disk and failing syncs

/// A write of a few hundred rows: an import of users without passwords.
fn import_file(sb: &Sandbox, n: usize) -> String {
    let rows: String = (0..n)
        .map(|i| format!("{{\"username\": \"filler{i:04}\", \"roles\": [\"viewer\"]}}\n"))
        .collect();
    let path = sb.path("users.jsonl");
    std::fs::write(&path, rows).expect("write");
    path.display().to_string()
}

#[test]
fn a_full_disk_fails_cleanly_and_changes_nothing() {
    crate::sqlite_only!(
        "postgres::a_server_stopped_mid_command_is_one_line_and_the_next_command_works"
    );
    let sb = Sandbox::initialised();
    let file = import_file(&sb, 500);
    let before = dump(&sb.db);
    // The file-size limit (SIGXFSZ ignored, so writes fail with EFBIG), at
    // sizes that stop the write-ahead log at different points.
    for (blocks, args) in [
        (0, vec!["settings", "set", "deletion.grace", "3d"]),
        (1, vec!["settings", "set", "deletion.grace", "3d"]),
        (8, vec!["settings", "set", "deletion.grace", "3d"]),
        (0, vec!["user", "import", &file]),
        (8, vec!["user", "import", &file]),
        (64, vec!["user", "import", &file]),
        (200, vec!["user", "import", &file]),
    ] {
        {
            let script = format!("trap '' XFSZ; ulimit -f {blocks}; exec \"$0\" \"$@\"");
            let out = run_command(&mut through(&sb, &["sh", "-c", &script], &args), b"");
            clear_failure(&out, &format!("ulimit -f {blocks} {args:?}"));
            assert!(out.stderr.contains("disk is full"), "{}", out.stderr);
            unchanged(&sb.db, &before, &format!("ulimit -f {blocks} {args:?}"));
        }
    }
    // ENOSPC on every write, then on the third only.
    let test = "a_full_disk_fails_cleanly_and_changes_nothing";
    let strace = crate::tools::have("strace", "strace", test);
    for inject in strace
        .then_some(["pwrite64:error=ENOSPC", "pwrite64:error=ENOSPC:when=3"])
        .into_iter()
        .flatten()
    {
        for args in [
            vec!["settings", "set", "deletion.grace", "3d"],
            vec!["user", "import", &file],
        ] {
            let out = injected(&sb, inject, &args);
            clear_failure(&out, &format!("{inject} {args:?}"));
            assert!(
                out.stderr.contains("disk is full"),
                "{inject}: {}",
                out.stderr
            );
            unchanged(&sb.db, &before, &format!("{inject} {args:?}"));
        }
    }
    // And then the same commands go through.
    sb.run(&["settings", "set", "deletion.grace", "3d"]).ok();
    sb.run(&["user", "import", &file]).ok();
}

#[test]
fn a_failing_sync_fails_cleanly_and_changes_nothing() {
    crate::sqlite_only!(
        "postgres::a_server_stopped_mid_command_is_one_line_and_the_next_command_works"
    );
    let test = "a_failing_sync_fails_cleanly_and_changes_nothing";
    if !crate::tools::have("strace", "strace", test) {
        return;
    }
    let sb = Sandbox::initialised();
    let file = import_file(&sb, 200);
    let before = dump(&sb.db);
    for inject in [
        "fdatasync,fsync:error=EIO",
        "fdatasync,fsync:error=EIO:when=1",
    ] {
        for args in [
            vec!["settings", "set", "deletion.grace", "3d"],
            vec!["user", "import", &file],
        ] {
            let out = injected(&sb, inject, &args);
            clear_failure(&out, &format!("{inject} {args:?}"));
            // Whatever the process left behind, the next open sees the
            // database as it was.
            sb.run(&["db", "check"]).ok();
            unchanged(&sb.db, &before, &format!("{inject} {args:?}"));
        }
    }
    sb.run(&["settings", "set", "deletion.grace", "3d"]).ok();
}

// ---------------------------------------------------------------------------
// Write-protected files and folders

/// The uid the write-protection cases run as. Root ignores file modes, so
/// when the tests run as root warden runs through `setpriv` as `nobody`
/// (65534), owning the sandbox; otherwise it runs as the current user.
const NOBODY: u32 = 65_534;

fn as_owner(sb: &Sandbox, args: &[&str]) -> Outcome {
    if !nix::unistd::geteuid().is_root() {
        return sb.run(args);
    }
    let uid = NOBODY.to_string();
    let drop = [
        "setpriv",
        "--reuid",
        &uid,
        "--regid",
        &uid,
        "--clear-groups",
        "--",
    ];
    let runs =
        |bin: &Path| run_command(&mut through_with(sb, &drop, bin, &["--version"]), b"").code == 0;
    // The build folder may be closed to other users (a checkout under
    // /root): then a copy in the sandbox, which belongs to `nobody`.
    let mut bin = PathBuf::from(BIN);
    if !runs(&bin) {
        let copy = sb.path("warden-for-nobody");
        if !copy.exists() {
            std::fs::copy(BIN, &copy).expect("copy the binary");
            chmod(&copy, 0o755);
        }
        bin = copy;
    }
    assert!(runs(&bin), "uid {NOBODY} cannot run {}", bin.display());
    run_command(&mut through_with(sb, &drop, &bin, args), b"")
}

/// Whether [`as_owner`] can work here: as root it needs `setpriv`.
fn can_drop_root(test: &str) -> bool {
    !nix::unistd::geteuid().is_root() || crate::tools::have("setpriv", "util-linux", test)
}

fn chown_sandbox(sb: &Sandbox) {
    if nix::unistd::geteuid().is_root() {
        let status = Command::new("chown")
            .args(["-R", &format!("{NOBODY}:{NOBODY}")])
            .arg(sb.dir.path())
            .status()
            .expect("chown");
        assert!(status.success());
    }
}

fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

fn write_protected(sb: &Sandbox, what: &str) {
    let before = dump(&sb.db);
    let bytes_before = bytes(&sb.db);
    for args in [
        vec!["user", "list"],
        vec!["settings", "get", "deletion.grace"],
        vec!["audit"],
    ] {
        let out = as_owner(sb, &args);
        out.no_panic();
        assert_eq!(
            out.code, 0,
            "{what}: {args:?} could not read:\n{}",
            out.stderr
        );
    }
    let out = as_owner(sb, &["settings", "set", "deletion.grace", "3d"]);
    clear_failure(&out, what);
    assert!(out.stderr.contains("read-only"), "{what}: {}", out.stderr);
    assert_eq!(bytes(&sb.db), bytes_before, "{what}: the file changed");
    assert_eq!(dump(&sb.db), before);
}

#[test]
fn a_read_only_file_can_be_read_but_not_written() {
    crate::sqlite_only!("postgres::a_read_only_session_reads_and_refuses_writes");
    if !can_drop_root("a_read_only_file_can_be_read_but_not_written") {
        return;
    }
    let sb = Sandbox::initialised();
    chown_sandbox(&sb);
    chmod(sb.dir.path(), 0o700);
    chmod(&sb.db, 0o400);
    write_protected(&sb, "a 0400 file");
}

#[test]
fn a_read_only_folder_can_be_read_but_not_written() {
    crate::sqlite_only!("postgres::a_read_only_session_reads_and_refuses_writes");
    if !can_drop_root("a_read_only_folder_can_be_read_but_not_written") {
        return;
    }
    let sb = Sandbox::initialised();
    chown_sandbox(&sb);
    chmod(sb.dir.path(), 0o500);
    write_protected(&sb, "a 0500 folder");
    chmod(sb.dir.path(), 0o700);
}

// ---------------------------------------------------------------------------
// Corrupt files

#[test]
fn corrupt_files_give_one_line_and_are_never_written() {
    crate::sqlite_only!("postgres::a_schema_warden_did_not_create_is_refused");
    let good = Sandbox::initialised();
    good.add_user("carol", &[]);
    sql(&good.db)
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .expect("checkpoint");
    let data = bytes(&good.db);
    assert!(data.len() > 8 * 4096, "{} bytes", data.len());
    let mut over_page_2 = data.clone();
    let mut random = Random::new();
    for b in &mut over_page_2[4096..2 * 4096] {
        *b = (random.next() * 256.0) as u8;
    }
    let mut header = data.clone();
    header[..100].fill(0x5a);
    let cases: Vec<(&str, Vec<u8>, i32)> = vec![
        ("truncated to half", data[..data.len() / 2].to_vec(), 1),
        ("random bytes over page 2", over_page_2, 1),
        ("an overwritten header", header, 1),
        (
            "a text file",
            b"name,email\ncarol,c@example.com\n".to_vec(),
            1,
        ),
        ("a zero-length file", Vec::new(), 3),
    ];
    for (what, content, code) in cases {
        let sb = Sandbox::new();
        std::fs::write(&sb.db, &content).expect("plant");
        chmod(&sb.db, 0o600);
        for args in [
            vec!["settings", "list"],
            vec!["settings", "set", "deletion.grace", "3d"],
            vec!["user", "add", "dave", "--password-stdin"],
        ] {
            let out = sb.run_with(&args, USER_PASSWORD);
            clear_failure(&out, &format!("{what}: {args:?}"));
            assert_eq!(out.code, code, "{what}: {args:?}: {}", out.stderr);
            assert!(
                bytes(&sb.db) == content,
                "{what}: {args:?} wrote to the file"
            );
        }
        let check = sb.run(&["db", "check"]);
        check.no_panic();
        assert_eq!(check.code, code, "{what}: {}{}", check.stdout, check.stderr);
        // `db check` names the problem and never sends the user back to
        // `db check`.
        assert!(
            !check.stderr.contains("db check` lists") && !check.stdout.contains("db check` lists"),
            "{what}: {}{}",
            check.stdout,
            check.stderr
        );
        if what == "random bytes over page 2" {
            assert!(
                check.stdout.contains("FAIL") || check.stderr.contains("corrupt"),
                "{what}: {}{}",
                check.stdout,
                check.stderr
            );
        }
        assert!(
            bytes(&sb.db) == content,
            "{what}: db check wrote to the file"
        );
    }
}

// ---------------------------------------------------------------------------
// A stale write-ahead log beside a restored backup

#[test]
fn a_backup_restored_beside_a_newer_log_is_refused_until_the_log_goes() {
    crate::sqlite_only!("postgres::db_backup_refuses_and_names_the_pg_dump_command");
    let sb = Sandbox::initialised();
    let backup = sb.path("backup.db");
    sb.run(&["db", "backup", backup.to_str().unwrap()]).ok();
    // A newer state whose log stays on disk: another connection keeps the
    // log from being checkpointed away when warden exits.
    let holder = sb.sql();
    holder
        .query_row("SELECT count(*) FROM users", [], |r| r.get::<_, i64>(0))
        .expect("read");
    sb.add_user("carol", &[]);
    sb.run(&["settings", "set", "deletion.grace", "3d"]).ok();
    let wal = side(&sb.db, "-wal");
    assert!(bytes(&wal).len() > 32, "no log was left");
    let stale = sb.path("stale-wal");
    std::fs::copy(&wal, &stale).expect("keep the log");
    drop(holder);
    // Restore the backup by copying it over the database, leaving the old
    // log beside it.
    std::fs::copy(&backup, &sb.db).expect("restore");
    std::fs::copy(&stale, &wal).expect("stale log");
    let _ = std::fs::remove_file(side(&sb.db, "-shm"));
    let db_before = bytes(&sb.db);
    let wal_before = bytes(&wal);
    for args in [
        vec!["user", "list"],
        vec!["settings", "set", "deletion.grace", "5d"],
        vec!["db", "check"],
    ] {
        let out = sb.run(&args);
        clear_failure(&out, &format!("{args:?}"));
        assert_eq!(out.code, 1);
        assert!(
            out.stderr.contains("-wal") && out.stderr.contains("backup"),
            "{}",
            out.stderr
        );
        assert!(bytes(&sb.db) == db_before && bytes(&wal) == wal_before);
    }
    // As the hint says: remove the log and the restored copy opens as it was.
    std::fs::remove_file(&wal).expect("rm");
    let _ = std::fs::remove_file(side(&sb.db, "-shm"));
    let users = sb.run(&["user", "list"]);
    assert!(!users.ok().stdout.contains("carol"), "{}", users.stdout);
    sb.run(&["settings", "get", "deletion.grace"]).ok();
    sb.run(&["db", "check"]).ok();
}

// ---------------------------------------------------------------------------
// Ctrl-C

/// Runs warden with `args` in a pseudo-terminal under a shell that records
/// the terminal settings before and after, and the exit status. Waits for
/// `ready`, optionally types `typed`, sends Ctrl-C after `after` and
/// returns everything the terminal showed.
fn interrupted(sb: &Sandbox, args: &[&str], ready: &str, typed: &str, after: Duration) -> String {
    let script = "before=$(stty -g); trap 'true' INT; \"$0\" \"$@\"; status=$?; \
                  if [ \"$(stty -g)\" = \"$before\" ]; then echo terminal=same; else echo terminal=changed; fi; \
                  echo status=$status";
    let mut cmd = through(sb, &["sh", "-c", script], args);
    // A test run started in the background (`cmd &`, nohup) hands its
    // children SIGINT ignored, and warden keeps an ignored signal ignored:
    // Ctrl-C must reach this shell and warden with its default action.
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        use nix::sys::signal::{signal, SigHandler, Signal};
        use std::os::unix::process::CommandExt;
        cmd.pre_exec(|| {
            signal(Signal::SIGINT, SigHandler::SigDfl)?;
            Ok(())
        });
    }
    let mut s = rexpect::session::spawn_command(cmd, Some(30_000)).expect("spawn in a pty");
    let mut seen = s.exp_string(ready).expect("ready");
    if !typed.is_empty() {
        // The prompt is printed just before echo goes off: let it go off.
        std::thread::sleep(Duration::from_millis(200));
        s.send(typed).expect("type");
        s.flush().expect("flush");
    }
    std::thread::sleep(after);
    s.send_control('c').expect("ctrl-c");
    seen += &s.exp_eof().expect("eof");
    seen
}

#[test]
fn ctrl_c_at_a_password_prompt_restores_the_terminal_and_writes_nothing() {
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    let seen = interrupted(
        &sb,
        &["user", "add", "bob"],
        "New password for bob: ",
        "half-typed",
        Duration::from_millis(300),
    );
    assert!(seen.contains("terminal=same"), "echo left off:\n{seen}");
    assert!(seen.contains("status=130"), "{seen}");
    assert!(
        !seen.contains("half-typed"),
        "the password was echoed:\n{seen}"
    );
    assert!(!seen.contains("panicked"), "{seen}");
    unchanged(&sb.db, &before, "Ctrl-C at the prompt");
}

#[test]
fn ctrl_c_during_an_import_writes_nothing() {
    let sb = Sandbox::initialised();
    // Plain passwords: each one costs an argon2 hash, so the import is
    // still hashing when Ctrl-C arrives.
    let rows: String = (0..2000)
        .map(|i| {
            format!("{{\"username\": \"plain{i:03}\", \"password\": \"{USER_PASSWORD}-{i}\", \"roles\": [\"viewer\"]}}\n")
        })
        .collect();
    let path = sb.path("plain.jsonl");
    std::fs::write(&path, rows).expect("write");
    let before = dump(&sb.db);
    let seen = interrupted(
        &sb,
        &["user", "import", path.to_str().expect("utf-8 path")],
        "",
        "",
        Duration::from_millis(700),
    );
    assert!(seen.contains("terminal=same"), "{seen}");
    assert!(seen.contains("status=130"), "{seen}");
    assert!(!seen.contains("panicked"), "{seen}");
    unchanged(&sb.db, &before, "Ctrl-C during an import");
    sb.run(&["db", "check"]).ok();
}

// ---------------------------------------------------------------------------
// A closed standard output

/// Enough rows in every listing that each prints far more than a pipe
/// holds, so the reader's `head -1` closes the pipe mid-output.
fn seed_listings(sb: &Sandbox) {
    sb.add_nightly_strategy("nightly", "7");
    // NOW is 1772366400; everything ends within a week of it.
    sb.sql()
        .execute_batch(
            "BEGIN;
             WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 2999)
             INSERT INTO users (username, email, expires_at, created_at, updated_at)
                  SELECT ('user' || substr(CAST(10000 + i AS TEXT), 2)), ('user' || substr(CAST(10000 + i AS TEXT), 2) || '@example.com'),
                         1772366400 + 86400 + i, 0, 0 FROM n;
             INSERT INTO user_roles (user_id, role_id, position, active, assigned_at)
                  SELECT u.id, r.id, 0, 1, 0 FROM users u, roles r
                   WHERE u.username LIKE 'user%' AND r.name = 'viewer';
             WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 1999)
             INSERT INTO roles (name, description, created_at, updated_at)
                  SELECT ('role' || substr(CAST(10000 + i AS TEXT), 2)), 'a seeded role with a description', 0, 0 FROM n;
             WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 1999)
             INSERT INTO strategies (name, description, schedule, keep_daily, created_at, updated_at)
                  SELECT ('strategy' || substr(CAST(10000 + i AS TEXT), 2)), 'seeded', s.schedule, 7, 0, 0
                    FROM n, (SELECT schedule FROM strategies WHERE name = 'nightly') s;
             WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 5999)
             INSERT INTO accounts (name, parent_id, created_at, updated_at)
                  SELECT ('acct' || substr(CAST(10000 + i AS TEXT), 2)), 1, 0, 0 FROM n;
             WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 2999)
             INSERT INTO notifications (recipient, kind, subject, body, created_at)
                  SELECT 'x@example.com', 'test', ('subject ' || CAST(i AS TEXT)), 'body', 0 FROM n;
             INSERT INTO backup_users (user_id, backup_user_id, created_at)
                  SELECT id, id + 1, 0 FROM users WHERE username LIKE 'user%' AND username < 'user2000';
             INSERT INTO backup_user_windows (user_id, backup_user_id, starts_at, ends_at, created_at)
                  SELECT user_id, backup_user_id, 1772366400 - 3600, 1772366400 + 2 * 86400, 0 FROM backup_users;
             WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 2999)
             INSERT INTO events (at, actor, action, target, details)
                  SELECT 1700000000 + i, 'seed', 'user.update', 'admin', '{\"n\": 1}' FROM n;
             COMMIT;",
        )
        .expect("seed listings");
    sb.run(&["db", "check"]).ok();
}

#[test]
fn every_listing_into_a_closed_pipe_ends_quietly() {
    let sb = Sandbox::initialised();
    seed_listings(&sb);
    for args in [
        "user list",
        "--json user list",
        "role list",
        "account list",
        "account list --tree",
        "strategy list",
        "audit",
        "notify list",
        "settings list",
        "backup-user list",
        "user export",
        "user export --format csv",
        "expiring --within 30d",
        "user events admin",
    ] {
        // The listing must be big enough to notice the closed pipe at all.
        let full = sb.run(&args.split(' ').collect::<Vec<_>>());
        full.ok();
        // More than a pipe holds, except the handful of settings.
        assert!(
            args == "settings list" || full.stdout.len() > 100 * 1024,
            "{args} prints only {} bytes",
            full.stdout.len()
        );
        let script = format!(
            "\"$WARDEN\" {args} | head -1 >/dev/null; echo \"status=${{PIPESTATUS[0]}}\" >&2"
        );
        let out = run_command(
            through(&sb, &["bash", "-c", &script], &[]).env("WARDEN", BIN),
            b"",
        );
        out.no_panic();
        let noise: Vec<&str> = out
            .stderr
            .lines()
            .filter(|l| !l.starts_with("status="))
            .collect();
        assert!(
            out.stderr.contains("status=0") && noise.is_empty(),
            "{args} ({} bytes of output): {}",
            full.stdout.len(),
            out.stderr
        );
    }
}
