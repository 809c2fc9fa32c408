//! Load: many warden processes on one database at once. Nothing may be
//! lost, the file stays sound, no command hangs or reports a raw lock, and
//! the rules that protect the data hold however the processes interleave.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Barrier};
use std::time::Duration;

use crate::common::*;
use crate::fixtures;

/// Runs `n` commands, all released at once by a barrier, and returns their
/// outcomes in order. `make(i)` builds the i-th command and its stdin.
pub(crate) fn at_once(n: usize, make: impl Fn(usize) -> (Command, String) + Sync) -> Vec<Outcome> {
    let barrier = Arc::new(Barrier::new(n));
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..n)
            .map(|i| {
                let barrier = Arc::clone(&barrier);
                let make = &make;
                s.spawn(move || {
                    let (mut cmd, stdin) = make(i);
                    barrier.wait();
                    run_command(&mut cmd, stdin.as_bytes())
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("runner thread"))
            .collect()
    })
}

fn command(sb: &Sandbox, args: &[&str]) -> Command {
    let mut cmd = sb.command();
    cmd.args(args);
    cmd
}

/// No raw SQLite lock message, no busy exit, no panic.
#[track_caller]
fn never_locked(out: &Outcome, what: &str) {
    out.no_panic();
    let lower = out.stderr.to_lowercase();
    assert!(
        !lower.contains("locked") && !lower.contains("busy") && out.code != 7,
        "{what}: exit {}\n{}",
        out.code,
        out.stderr
    );
}

#[track_caller]
fn integrity_ok(path: &Path) {
    let result = integrity(path);
    assert_eq!(result, "ok", "{}", path.display());
}

/// `db check` passes (integrity, foreign keys, warden's invariants).
#[track_caller]
fn db_check(sb: &Sandbox) {
    let out = sb.run(&["--json", "db", "check"]);
    out.ok();
    assert_eq!(out.json()["ok"], true, "{}", out.stdout);
}

fn count(path: &Path, query: &str, arg: &str) -> i64 {
    sql(path)
        .query_row(query, [arg], |r| r.get(0))
        .expect("count")
}

fn admins(sb: &Sandbox) -> i64 {
    sb.sql()
        .query_row(
            "SELECT count(*) FROM users u JOIN user_roles ur ON ur.user_id = u.id
               JOIN roles r ON r.id = ur.role_id
              WHERE r.name = 'admin' AND u.enabled = 1",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn sixteen_writers_of_a_hundred_users_each_lose_nothing() {
    let sb = Sandbox::initialised();
    let (writers, each) = (16, 100);
    let outcomes = at_once(writers, |w| {
        // One thread per writer; it runs its hundred processes in turn.
        let script = (0..each)
            .map(|k| {
                format!(
                    "\"$W\" -q user add w{w}-u{k} --no-password || echo \"exit $? on u{k}\" >&2\n"
                )
            })
            .collect::<String>();
        let mut cmd = Command::new("sh");
        cmd.env_clear().args(["-c", &script]);
        let base = sb.command();
        for (k, v) in base.get_envs() {
            if let Some(v) = v {
                cmd.env(k, v);
            }
        }
        cmd.env("W", BIN).current_dir(sb.dir.path());
        (cmd, String::new())
    });
    for (w, out) in outcomes.iter().enumerate() {
        out.ok();
        assert!(out.stderr.is_empty(), "writer {w}:\n{}", out.stderr);
        never_locked(out, &format!("writer {w}"));
    }
    let total = writers * each;
    assert_eq!(
        count(
            &sb.db,
            "SELECT count(*) FROM users WHERE username LIKE ?1",
            "w%-u%"
        ),
        total as i64
    );
    assert_eq!(
        count(
            &sb.db,
            "SELECT count(*) FROM events WHERE action = ?1",
            "user.create"
        ),
        total as i64 + 1,
        "one user.create event per user, plus the admin's"
    );
    integrity_ok(&sb.db);
    db_check(&sb);
}

#[test]
fn eight_processes_adding_the_same_user_create_it_once() {
    let sb = Sandbox::initialised();
    for round in 0..50 {
        let name = format!("same-{round}");
        let outcomes = at_once(8, |_| {
            (
                command(&sb, &["user", "add", &name, "--no-password"]),
                String::new(),
            )
        });
        let codes: Vec<i32> = outcomes.iter().map(|o| o.code).collect();
        for out in &outcomes {
            never_locked(out, &name);
        }
        assert_eq!(
            codes.iter().filter(|&&c| c == 0).count(),
            1,
            "round {round}: {codes:?}\n{outcomes:#?}"
        );
        assert_eq!(
            codes.iter().filter(|&&c| c == 4).count(),
            7,
            "round {round}: {codes:?}\n{outcomes:#?}"
        );
        assert_eq!(
            count(
                &sb.db,
                "SELECT count(*) FROM users WHERE username = ?1",
                &name
            ),
            1
        );
        assert_eq!(
            count(
                &sb.db,
                "SELECT count(*) FROM events WHERE action = 'user.create' AND target = ?1",
                &name
            ),
            1
        );
    }
    // --if-not-exists at once: every process accepts the one user.
    let outcomes = at_once(8, |_| {
        (
            command(
                &sb,
                &["user", "add", "idem", "--no-password", "--if-not-exists"],
            ),
            String::new(),
        )
    });
    for out in &outcomes {
        out.ok();
        never_locked(out, "idem");
    }
    assert_eq!(
        count(
            &sb.db,
            "SELECT count(*) FROM events WHERE action = 'user.create' AND target = ?1",
            "idem"
        ),
        1
    );
    db_check(&sb);
}

const LATER: &str = "2026-03-09T12:00:00Z";

#[test]
fn a_cron_purge_racing_a_restore_never_both_succeed() {
    let sb = Sandbox::initialised();
    let (mut purged, mut restored) = (0, 0);
    for round in 0..50 {
        let top = format!("q{round}");
        let below = format!("q{round}-sub");
        for (name, parent) in [(&top, "root"), (&below, top.as_str())] {
            sb.add_account(name, &["--parent", parent]);
        }
        sb.run(&["account", "disable", &top, "--recursive"]).ok();
        sb.run(&["--yes", "account", "delete", &top, "--recursive"])
            .ok();
        let outcomes = at_once(2, |i| {
            let mut cmd = if i == 0 {
                let mut c = command(&sb, &["--json", "account", "purge"]);
                c.env("WARDEN_NOW", LATER);
                c
            } else {
                command(&sb, &["account", "restore", &top])
            };
            cmd.env("WARDEN_ACTOR", if i == 0 { "cron" } else { "human" });
            (cmd, String::new())
        });
        let (purge, restore) = (&outcomes[0], &outcomes[1]);
        never_locked(purge, "purge");
        never_locked(restore, "restore");
        purge.ok();
        let report = purge.json();
        let names: Vec<&str> = report["purged"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let rows = |name: &str| {
            count(
                &sb.db,
                "SELECT count(*) FROM accounts WHERE name = ?1",
                name,
            )
        };
        let events = |action: &str, name: &str| {
            sb.sql()
                .query_row(
                    "SELECT count(*) FROM events WHERE action = ?1 AND target = ?2",
                    [action, name],
                    |r| r.get::<_, i64>(0),
                )
                .unwrap()
        };
        match restore.code {
            0 => {
                restored += 1;
                assert!(names.is_empty(), "round {round}: both succeeded: {names:?}");
                for name in [&top, &below] {
                    let (state, after): (String, Option<i64>) = sb
                        .sql()
                        .query_row(
                            "SELECT state, purge_after FROM accounts WHERE name = ?1",
                            [name],
                            |r| Ok((r.get(0)?, r.get(1)?)),
                        )
                        .unwrap();
                    assert_eq!((state.as_str(), after), ("disabled", None), "{name}");
                    assert_eq!(events("account.restore", name), 1, "{name}");
                    assert_eq!(events("account.purge", name), 0, "{name}");
                }
            }
            3 => {
                purged += 1;
                assert_eq!(names, [top.as_str(), below.as_str()], "round {round}");
                for name in [&top, &below] {
                    assert_eq!(rows(name), 0, "{name}");
                    assert_eq!(events("account.purge", name), 1, "{name}");
                    assert_eq!(events("account.restore", name), 0, "{name}");
                }
            }
            code => panic!("round {round}: restore exit {code}\n{}", restore.stderr),
        }
    }
    assert_eq!(purged + restored, 50);
    db_check(&sb);
}

/// Undoes whichever half of a race succeeded, so two admins are left.
fn two_admins_again(sb: &Sandbox) {
    for name in ["admin", "a2"] {
        sb.run(&["user", "enable", name]).ok();
        sb.run(&["role", "grant", name, "admin"]).ok();
    }
    assert_eq!(admins(sb), 2);
}

#[test]
fn two_commands_removing_the_last_two_admins_leave_one() {
    let sb = Sandbox::initialised();
    sb.run(&["user", "add", "a2", "--no-password", "--role", "admin"])
        .ok();
    assert_eq!(admins(&sb), 2);
    let removals: [[&[&str]; 2]; 4] = [
        [
            &["user", "disable", "admin"],
            &["role", "revoke", "a2", "admin"],
        ],
        [&["user", "disable", "admin"], &["user", "disable", "a2"]],
        [
            &["role", "revoke", "admin", "admin"],
            &["role", "revoke", "a2", "admin"],
        ],
        [
            &["role", "revoke", "admin", "admin"],
            &["user", "disable", "a2"],
        ],
    ];
    for round in 0..50 {
        let pair = removals[round % removals.len()];
        let outcomes = at_once(2, |i| (command(&sb, pair[i]), String::new()));
        let codes: Vec<i32> = outcomes.iter().map(|o| o.code).collect();
        for out in &outcomes {
            never_locked(out, "admin removal");
        }
        let mut sorted = codes.clone();
        sorted.sort();
        assert_eq!(sorted, vec![0, 5], "round {round} {pair:?}\n{outcomes:#?}");
        assert_eq!(admins(&sb), 1, "round {round} {pair:?}");
        two_admins_again(&sb);
    }
    db_check(&sb);
}

#[test]
fn concurrent_charges_never_pass_a_limit_or_the_balance() {
    let sb = Sandbox::initialised();
    sb.add_account("acme", &["--parent", "root", "--credits", "8"]);
    for (name, limit) in [("capped", Some("5")), ("free", None)] {
        let mut args = vec![
            "user",
            "add",
            name,
            "--no-password",
            "--role",
            "operator",
            "--account",
            "acme",
        ];
        if let Some(limit) = limit {
            args.extend(["--credit-limit", limit]);
        }
        sb.run(&args).ok();
    }
    // The credit limit (5) stops the first user before the balance (8).
    twelve_charges(&sb, "capped", 5);
    // The balance (3 left) stops the second.
    twelve_charges(&sb, "free", 3);
    let balance: i64 = sb
        .sql()
        .query_row(
            "SELECT credits FROM accounts WHERE name = 'acme'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(balance, 0);
    assert_eq!(
        count(
            &sb.db,
            "SELECT count(*) FROM events WHERE action = ?1",
            "user.charge"
        ),
        8
    );
    assert_eq!(
        count(
            &sb.db,
            "SELECT count(*) FROM charges WHERE reason = ?1",
            "load"
        ),
        8
    );
    db_check(&sb);
}

/// Twelve charges of one credit by `user` at once: exactly `allowed`
/// succeed, the rest are refused (5), none sees a locked database.
fn twelve_charges(sb: &Sandbox, user: &str, allowed: usize) {
    let outcomes = at_once(12, |_| {
        (
            command(sb, &["user", "charge", user, "1", "--reason", "load"]),
            String::new(),
        )
    });
    let codes: Vec<i32> = outcomes.iter().map(|o| o.code).collect();
    outcomes.iter().for_each(|o| never_locked(o, "charge"));
    assert_eq!(
        codes.iter().filter(|&&c| c == 0).count(),
        allowed,
        "{codes:?}"
    );
    assert_eq!(
        codes.iter().filter(|&&c| c == 5).count(),
        12 - allowed,
        "{codes:?}"
    );
}

/// Each writer's users in a copy, by writer: the numbers k of `wW-uK`.
fn users_by_writer(conn: &Db, table_sql: &str) -> BTreeMap<usize, BTreeSet<usize>> {
    let mut found: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    let mut stmt = conn.prepare(table_sql).unwrap();
    let names = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(|n| n.unwrap());
    for name in names {
        let Some((w, k)) = name
            .strip_prefix('w')
            .and_then(|rest| rest.split_once("-u"))
        else {
            continue;
        };
        found
            .entry(w.parse().unwrap())
            .or_default()
            .insert(k.parse().unwrap());
    }
    found
}

#[test]
fn a_backup_taken_while_eight_writers_run_is_a_state_that_existed() {
    crate::sqlite_only!("postgres::db_backup_refuses_and_names_the_pg_dump_command");
    let sb = Sandbox::initialised();
    let (writers, each) = (8, 25);
    let done = std::sync::atomic::AtomicUsize::new(0);
    let copies = std::thread::scope(|s| {
        let barrier = Arc::new(Barrier::new(writers + 1));
        for w in 0..writers {
            let barrier = Arc::clone(&barrier);
            let (sb, done) = (&sb, &done);
            s.spawn(move || {
                barrier.wait();
                for k in 0..each {
                    let name = format!("w{w}-u{k}");
                    let out = sb.run(&["-q", "user", "add", &name, "--no-password"]);
                    never_locked(&out, &name);
                    out.ok();
                }
                done.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            });
        }
        barrier.wait();
        let mut copies = Vec::new();
        let mut n = 0;
        while done.load(std::sync::atomic::Ordering::SeqCst) < writers || copies.len() < 3 {
            let copy = sb.path(&format!("copy-{n}.db"));
            n += 1;
            let out = sb.run(&["db", "backup", copy.to_str().unwrap()]);
            never_locked(&out, "db backup");
            out.ok();
            copies.push(copy);
        }
        copies
    });
    let mut partial = 0;
    for copy in &copies {
        integrity_ok(copy);
        assert_eq!(mode(copy), 0o600, "{}", copy.display());
        let conn = sql(copy);
        let users = users_by_writer(&conn, "SELECT username FROM users");
        let created = users_by_writer(
            &conn,
            "SELECT target FROM events WHERE action = 'user.create'",
        );
        assert_eq!(
            users,
            created,
            "{}: users and their events differ",
            copy.display()
        );
        for (w, ks) in &users {
            let prefix: BTreeSet<usize> = (0..ks.len()).collect();
            assert_eq!(
                ks,
                &prefix,
                "{}: writer {w} is not a prefix",
                copy.display()
            );
        }
        if users.values().map(BTreeSet::len).sum::<usize>() < writers * each {
            partial += 1;
        }
        let journal: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(journal, "delete", "a copy is one self-contained file");
    }
    // The last copy may be complete; at least one was taken mid-way.
    assert!(partial >= 1, "no copy was taken while the writers ran");
    integrity_ok(&sb.db);
    assert_eq!(
        count(
            &sb.db,
            "SELECT count(*) FROM users WHERE username LIKE ?1",
            "w%-u%"
        ),
        (writers * each) as i64
    );
    // A copy opens as a warden database.
    let copy = Sandbox {
        dir: tempfile::tempdir().unwrap(),
        db: copies[0].clone(),
        schema: None,
    };
    db_check(&copy);
}

/// The `sqlite3` shell holding the write lock (`BEGIN IMMEDIATE`) until
/// dropped.
struct LockHolder {
    child: std::process::Child,
}

impl LockHolder {
    fn hold(db: &Path) -> LockHolder {
        let mut child = Command::new("sqlite3")
            .arg(db)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the sqlite3 shell (apt-get install sqlite3)");
        let stdin = child.stdin.as_mut().unwrap();
        stdin
            .write_all(b"BEGIN IMMEDIATE;\nSELECT 'held';\n")
            .unwrap();
        stdin.flush().unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.as_mut().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "held", "sqlite3 did not take the lock");
        LockHolder { child }
    }
}

impl Drop for LockHolder {
    fn drop(&mut self) {
        if let Some(mut stdin) = self.child.stdin.take() {
            let _ = stdin.write_all(b"ROLLBACK;\n.quit\n");
        }
        let _ = self.child.wait();
    }
}

#[test]
fn a_write_lock_held_by_the_sqlite3_shell_gives_exit_7_after_the_timeout() {
    crate::sqlite_only!(
        "store::a_held_write_lock_gives_exit_7_after_the_busy_timeout_and_changes_nothing"
    );
    let sb = Sandbox::initialised();
    sb.run(&["user", "add", "bob", "--no-password", "--role", "viewer"])
        .ok();
    sb.add_account("acme", &["--parent", "root"]);
    sb.run(&["account", "disable", "acme"]).ok();
    sb.run(&["settings", "set", "notify.command", "cat"]).ok();
    sb.run(&[
        "strategy",
        "create",
        "nightly",
        "--schedule",
        "daily",
        "--keep-last",
        "3",
    ])
    .ok();
    sb.run(&[
        "user",
        "add",
        "hello",
        "--no-password",
        "--role",
        "viewer",
        "--welcome",
        "--email",
        "h@example.com",
    ])
    .ok();
    sb.run(&["backup-user", "set", "hello", "bob"]).ok();
    let before = dump(&sb.db);
    let holder = LockHolder::hold(&sb.db);

    // The headline: a write waits the whole timeout, then exits 7.
    let out = sb.run(&[
        "--busy-timeout",
        "1s",
        "user",
        "add",
        "erin",
        "--no-password",
    ]);
    out.code(7).no_panic();
    assert!(
        out.elapsed >= Duration::from_millis(900) && out.elapsed < Duration::from_secs(10),
        "gave up after {:?}",
        out.elapsed
    );

    // Every kind of write waits for the lock rather than failing at once
    // (which would mean a read transaction tried to become a write).
    let writes: &[(&[&str], &str)] = &[
        (&["user", "edit", "bob", "--email", "b@example.com"], ""),
        (&["user", "enable", "bob"], ""),
        (&["user", "disable", "bob"], ""),
        (&["user", "unlock", "bob"], ""),
        (&["--yes", "user", "delete", "bob"], ""),
        (
            &["user", "verify", "bob", "--password-stdin"],
            "wrong-password-here\n",
        ),
        (&["role", "grant", "bob", "reporter"], ""),
        (&["role", "revoke", "admin", "admin"], ""),
        (&["role", "switch", "admin", "admin"], ""),
        (&["role", "edit", "viewer", "--description", "x"], ""),
        (
            &[
                "account",
                "create",
                "new",
                "--parent",
                "root",
                "--password-stdin",
            ],
            "copper-meadow-signal\n",
        ),
        (&["account", "enable", "acme"], ""),
        (&["--yes", "account", "delete", "acme"], ""),
        (&["account", "restore", "acme"], ""),
        (&["account", "credits", "acme", "--add", "5"], ""),
        (&["account", "grant", "acme", "bob", "--access", "full"], ""),
        (&["account", "use", "acme"], ""),
        (&["backup-user", "set", "bob", "admin"], ""),
        (
            &[
                "strategy",
                "create",
                "s",
                "--schedule",
                "daily",
                "--keep-last",
                "3",
            ],
            "",
        ),
        (&["settings", "set", "deletion.grace", "3d"], ""),
        (&["notify", "send"], ""),
        (&["maintenance"], ""),
        (
            &["user", "import", "-", "--format", "csv"],
            "username\nzed\n",
        ),
        (
            &["user", "passwd", "bob", "--password-stdin"],
            "saffron-kettle-meadow\n",
        ),
        (
            &[
                "user",
                "charge",
                "admin",
                "1",
                "--reason",
                "x",
                "--account",
                "root",
            ],
            "",
        ),
        (
            &["account", "verify", "acme", "--password-stdin"],
            "copper-meadow-signal\n",
        ),
        (&["--yes", "account", "purge", "acme", "--now"], ""),
        (&["role", "create", "r2", "--permission", "audit.read"], ""),
        (&["--yes", "role", "delete", "reporter"], ""),
        (&["strategy", "apply", "nightly", "--to", "acme"], ""),
        (&["backup-user", "enable", "hello", "--for", "1d"], ""),
        (&["backup-user", "switch", "bob", "hello"], ""),
        (
            &["apply", "-"],
            "[[roles]]\nname = \"helpdesk\"\npermissions = [\"users.read\"]\n",
        ),
    ];
    let mut fast = Vec::new();
    for (args, stdin) in writes {
        let full = [&["--busy-timeout", "400ms"], *args].concat();
        let out = sb.run_with(&full, stdin);
        out.no_panic();
        if out.code != 7 || out.elapsed < Duration::from_millis(360) {
            fast.push(format!(
                "{args:?}: exit {} after {:?}: {}",
                out.code,
                out.elapsed,
                out.stderr.trim()
            ));
        }
    }
    assert!(
        fast.is_empty(),
        "not a wait for the lock:\n{}",
        fast.join("\n")
    );

    // Reads still work while the lock is held (WAL).
    for args in [
        &["user", "list", "--json"][..],
        &["user", "show", "bob"],
        &["user", "can", "bob", "accounts.read"],
        &["role", "list"],
        &["account", "list"],
        &["account", "show", "acme"],
        &["audit"],
        &["settings", "list"],
        &["db", "info"],
        &["db", "check"],
        &["expiring", "--within", "30d"],
        &["user", "export"],
        &["user", "events", "bob"],
        &["user", "stats", "bob"],
        &["backup-user", "list"],
        &["strategy", "list"],
        &["notify", "list"],
        &["account", "access", "acme"],
        &["account", "current"],
        &["db", "backup", "held-copy.db"],
    ] {
        let full = [&["--busy-timeout", "400ms"], args].concat();
        let out = sb.run(&full);
        out.no_panic();
        assert!(
            out.code == 0 && out.elapsed < Duration::from_secs(5),
            "{args:?} under a held lock: exit {} after {:?}\n{}",
            out.code,
            out.elapsed,
            out.stderr
        );
    }
    drop(holder);
    let copy = sb.path("held-copy.db");
    integrity_ok(&copy);
    assert!(before == dump(&copy), "the copy is not the committed state");
    let after = dump(&sb.db);
    assert!(before == after, "the database changed under a held lock");
    integrity_ok(&sb.db);
}

#[test]
fn eight_processes_opening_an_older_schema_migrate_it_once() {
    let sb = Sandbox::initialised();
    // Back to version 2: without the reminder bookkeeping of version 3
    // and the notification times and windows of version 4.
    let conn = sb.sql();
    conn.execute_batch(conn.pick(BEFORE_ARCHIVES.0, BEFORE_ARCHIVES.1))
        .unwrap();
    drop(conn);
    sb.sql()
        .execute_batch(
            "DROP INDEX notifications_window; ALTER TABLE notifications DROP COLUMN window_id;
             ALTER TABLE notifications DROP COLUMN times;
             DROP INDEX backup_user_windows_open; ALTER TABLE backup_user_windows DROP COLUMN reminded;
             DROP TABLE user_reminders; ALTER TABLE notifications DROP COLUMN claimed_until;
             DROP TABLE event_links;",
        )
        .unwrap();
    let conn = sb.sql();
    conn.execute_batch(conn.pick(
        "PRAGMA user_version = 2",
        "DROP FUNCTION warden_links_append_only(); UPDATE warden_meta SET schema_version = 2",
    ))
    .unwrap();
    let outcomes = at_once(8, |i| {
        (
            command(&sb, &["user", "add", &format!("m{i}"), "--no-password"]),
            String::new(),
        )
    });
    for out in &outcomes {
        never_locked(out, "migrating add");
        out.ok();
    }
    let conn = sb.sql();
    let version: i64 = conn
        .query_row(
            conn.pick(
                "PRAGMA user_version",
                "SELECT schema_version FROM warden_meta",
            ),
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(version, warden::unstable::store::migrations::SCHEMA_VERSION);
    assert_eq!(
        count(
            &sb.db,
            "SELECT count(*) FROM users WHERE username LIKE ?1",
            "m%"
        ),
        8
    );
    db_check(&sb);
}

#[test]
fn overlapping_notify_send_runs_deliver_each_message_once() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::initialised();
    let outbox = sb.path("outbox");
    std::fs::create_dir(&outbox).unwrap();
    let mailer = sb.path("mailer.sh");
    std::fs::write(
        &mailer,
        format!(
            "#!/bin/sh\nf=$(mktemp \"{}/m.XXXXXX\") && cat > \"$f\"\n",
            outbox.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&mailer, std::fs::Permissions::from_mode(0o755)).unwrap();
    sb.run(&[
        "settings",
        "set",
        "notify.command",
        mailer.to_str().unwrap(),
    ])
    .ok();
    let users = 30;
    for i in 0..users {
        let (name, email) = (format!("n{i}"), format!("n{i}@example.com"));
        sb.run(&[
            "user",
            "add",
            &name,
            "--no-password",
            "--welcome",
            "--email",
            &email,
        ])
        .ok();
    }
    let outcomes = at_once(4, |_| {
        (command(&sb, &["--json", "notify", "send"]), String::new())
    });
    let mut sent = 0;
    for out in &outcomes {
        never_locked(out, "notify send");
        out.ok();
        sent += out.json()["sent"].as_u64().unwrap();
    }
    assert_eq!(sent, users);
    let mut recipients: Vec<String> = std::fs::read_dir(&outbox)
        .unwrap()
        .map(|e| {
            let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
            text.lines()
                .find_map(|l| l.strip_prefix("To: ").map(str::to_string))
                .unwrap_or_default()
        })
        .collect();
    recipients.sort();
    let mut expected: Vec<String> = (0..users).map(|i| format!("n{i}@example.com")).collect();
    expected.sort();
    assert_eq!(recipients.len(), users as usize, "{recipients:?}");
    assert!(
        recipients
            .iter()
            .zip(&expected)
            .all(|(r, e)| r.contains(e.as_str())),
        "{recipients:?}"
    );
    db_check(&sb);
}

#[test]
fn overlapping_maintenance_runs_purge_and_record_once() {
    let sb = Sandbox::initialised();
    for name in ["old1", "old2"] {
        fixtures::queued_account(&sb, name, &["--parent", "root"], NOW);
    }
    let outcomes = at_once(4, |_| {
        let mut cmd = command(&sb, &["maintenance"]);
        cmd.env("WARDEN_NOW", LATER);
        (cmd, String::new())
    });
    for out in &outcomes {
        never_locked(out, "maintenance");
        out.ok();
    }
    for name in ["old1", "old2"] {
        assert_eq!(
            count(
                &sb.db,
                "SELECT count(*) FROM events WHERE action = 'account.purge' AND target = ?1",
                name
            ),
            1
        );
    }
    db_check(&sb);
}

#[test]
fn eight_processes_creating_the_same_account_create_it_once() {
    let sb = Sandbox::initialised();
    for round in 0..5 {
        let name = format!("acct-{round}");
        let outcomes = at_once(8, |_| {
            (
                command(
                    &sb,
                    &[
                        "account",
                        "create",
                        &name,
                        "--parent",
                        "root",
                        "--password-stdin",
                    ],
                ),
                "copper-meadow-signal\n".to_string(),
            )
        });
        let mut codes: Vec<i32> = outcomes.iter().map(|o| o.code).collect();
        outcomes.iter().for_each(|o| never_locked(o, &name));
        codes.sort();
        assert_eq!(codes, [0, 4, 4, 4, 4, 4, 4, 4], "{outcomes:#?}");
        assert_eq!(
            count(
                &sb.db,
                "SELECT count(*) FROM events WHERE action = 'account.create' AND target = ?1",
                &name
            ),
            1
        );
    }
    db_check(&sb);
}

#[test]
fn racing_grants_revokes_and_switches_keep_one_active_role() {
    let sb = Sandbox::initialised();
    sb.run(&[
        "user",
        "add",
        "r",
        "--no-password",
        "--role",
        "viewer",
        "--role",
        "reporter",
    ])
    .ok();
    let commands: [&[&str]; 4] = [
        &["role", "grant", "r", "operator"],
        &["role", "revoke", "r", "viewer"],
        &["role", "switch", "r", "reporter"],
        &["role", "revoke", "r", "reporter"],
    ];
    for round in 0..20 {
        let outcomes = at_once(commands.len(), |i| {
            (command(&sb, commands[i]), String::new())
        });
        for (i, out) in outcomes.iter().enumerate() {
            never_locked(out, "roles");
            // A switch to a role just revoked is refused; nothing else is.
            assert!(
                out.code == 0 || (i == 2 && out.code == 5),
                "round {round} {:?}: exit {}\n{}",
                commands[i],
                out.code,
                out.stderr
            );
        }
        let active: i64 = sb
            .sql()
            .query_row(
                "SELECT CAST(sum(ur.active) AS BIGINT) FROM user_roles ur JOIN users u ON u.id = ur.user_id
                  WHERE u.username = 'r'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(active, 1, "round {round}");
        sb.run(&["role", "grant", "r", "viewer", "reporter"]).ok();
        sb.run(&["role", "revoke", "r", "operator"]).ok();
    }
    db_check(&sb);
}

#[test]
fn a_window_enabled_while_its_stand_in_is_disabled_is_never_active() {
    let sb = Sandbox::initialised();
    for name in ["alice", "bob"] {
        sb.run(&["user", "add", name, "--no-password", "--role", "operator"])
            .ok();
    }
    sb.run(&["backup-user", "set", "alice", "bob"]).ok();
    for round in 0..20 {
        let outcomes = at_once(2, |i| {
            let args: &[&str] = if i == 0 {
                &["backup-user", "enable", "alice", "--for", "1d"]
            } else {
                &["user", "disable", "bob"]
            };
            (command(&sb, args), String::new())
        });
        outcomes.iter().for_each(|o| never_locked(o, "window"));
        outcomes[1].ok();
        let status = sb.run(&["--json", "backup-user", "status", "alice"]);
        status.ok();
        assert_ne!(
            status.json()["state"],
            "active",
            "round {round}: a disabled stand-in has an active window\n{}",
            status.stdout
        );
        let covering = sb.run(&["--json", "backup-user", "covering", "bob"]);
        covering.ok();
        assert_eq!(covering.json(), serde_json::json!([]), "round {round}");
        sb.run(&["user", "enable", "bob"]).ok();
        sb.run(&["backup-user", "revoke", "alice"]);
    }
    db_check(&sb);
}

#[test]
fn writers_killed_mid_command_leave_whole_changes_only() {
    let sb = Sandbox::initialised();
    let (writers, each) = (6, 30);
    let barrier = Barrier::new(writers);
    std::thread::scope(|s| {
        for w in 0..writers {
            let (sb, barrier) = (&sb, &barrier);
            s.spawn(move || {
                barrier.wait();
                for k in 0..each {
                    let mut child = sb
                        .command()
                        .args(["-q", "user", "add", &format!("w{w}-u{k}"), "--no-password"])
                        .stdin(Stdio::null())
                        .stdout(Stdio::null())
                        .stderr(Stdio::null())
                        .spawn()
                        .unwrap();
                    if k % 2 == 1 {
                        // Killed somewhere between start and commit.
                        std::thread::sleep(Duration::from_millis((k as u64 * 7 + w as u64) % 12));
                        let _ = child.kill();
                    }
                    let _ = child.wait();
                }
            });
        }
    });
    integrity_ok(&sb.db);
    let conn = sb.sql();
    let users = users_by_writer(&conn, "SELECT username FROM users");
    let created = users_by_writer(
        &conn,
        "SELECT target FROM events WHERE action = 'user.create'",
    );
    assert_eq!(
        users, created,
        "a user without its event, or an event without its user"
    );
    for (w, ks) in &users {
        for k in (0..each).step_by(2) {
            assert!(
                ks.contains(&k),
                "writer {w}: u{k} was not killed, yet is missing"
            );
        }
    }
    db_check(&sb);
    // The database takes new writes after the kills.
    sb.run(&["user", "add", "after", "--no-password"]).ok();
}

#[test]
fn a_restored_backup_copy_takes_eight_writers_and_eight_readers_at_once() {
    crate::sqlite_only!("load::sixteen_writers_of_a_hundred_users_each_lose_nothing");
    let sb = Sandbox::initialised();
    let copy = sb.path("copy.db");
    // Enough rows that a read takes a moment.
    for i in 0..20 {
        sb.run(&["user", "add", &format!("p{i}"), "--no-password"])
            .ok();
    }
    sb.run(&["db", "backup", copy.to_str().unwrap()]).ok();
    // The copy, not in WAL mode, becomes the live database.
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(sb.path(&format!("warden.db{suffix}")));
    }
    std::fs::rename(&copy, &sb.db).unwrap();
    // Half write, half read, at once.
    let outcomes = at_once(16, |i| {
        let name = format!("c{i}");
        let args: &[&str] = if i % 2 == 0 {
            &["user", "add", &name, "--no-password"]
        } else {
            &["--json", "user", "list"]
        };
        (command(&sb, args), String::new())
    });
    for out in &outcomes {
        never_locked(out, "first writers on a copy");
        out.ok();
    }
    let journal: String = sb
        .sql()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(journal, "wal");
    assert_eq!(
        count(
            &sb.db,
            "SELECT count(*) FROM users WHERE username LIKE ?1",
            "c%"
        ),
        8
    );
    db_check(&sb);
}

#[test]
fn writers_queued_behind_the_sqlite3_shell_all_go_through_when_it_lets_go() {
    crate::sqlite_only!(
        "store::a_held_write_lock_gives_exit_7_after_the_busy_timeout_and_changes_nothing"
    );
    let sb = Sandbox::initialised();
    let holder = LockHolder::hold(&sb.db);
    let released = std::thread::scope(|s| {
        let waiting = s.spawn(|| {
            at_once(8, |i| {
                (
                    command(&sb, &["user", "add", &format!("q{i}"), "--no-password"]),
                    String::new(),
                )
            })
        });
        std::thread::sleep(Duration::from_millis(800));
        drop(holder);
        waiting.join().unwrap()
    });
    for out in &released {
        never_locked(out, "queued writer");
        out.ok();
    }
    assert_eq!(
        count(
            &sb.db,
            "SELECT count(*) FROM users WHERE username LIKE ?1",
            "q%"
        ),
        8
    );
    db_check(&sb);
}

/// The audit actions on `target`, oldest first.
fn actions(sb: &Sandbox, target: &str) -> Vec<String> {
    let conn = sb.sql();
    let mut stmt = conn
        .prepare("SELECT action FROM events WHERE target = ?1 ORDER BY id")
        .unwrap();
    let rows = stmt
        .query_map([target], |r| r.get::<_, String>(0))
        .unwrap()
        .map(|a| a.unwrap())
        .collect();
    rows
}

#[test]
fn a_login_racing_a_disable_is_never_accepted_after_it() {
    let sb = Sandbox::initialised();
    sb.add_user("bob", &["--role", "viewer"]);
    for round in 0..20 {
        let outcomes = at_once(2, |i| {
            if i == 0 {
                (
                    command(&sb, &["user", "verify", "bob", "--password-stdin"]),
                    format!("{USER_PASSWORD}\n"),
                )
            } else {
                (command(&sb, &["user", "disable", "bob"]), String::new())
            }
        });
        let (verify, disable) = (&outcomes[0], &outcomes[1]);
        never_locked(verify, "verify");
        disable.ok();
        let log = actions(&sb, "bob");
        let disabled_at = log.iter().rposition(|a| a == "user.disable").unwrap();
        let logged_in_at = log.iter().rposition(|a| a == "user.login");
        match verify.code {
            0 => assert!(
                logged_in_at.is_some_and(|at| at < disabled_at),
                "round {round}: a login was accepted after the user was disabled: {log:?}"
            ),
            6 => assert!(
                logged_in_at.is_none_or(|at| at < disabled_at),
                "round {round}: {log:?}"
            ),
            code => panic!("round {round}: verify exit {code}\n{}", verify.stderr),
        }
        sb.run(&["user", "enable", "bob"]).ok();
    }
    db_check(&sb);
}

#[test]
fn a_right_password_racing_the_wrong_guesses_that_lock_the_user_is_refused_after_the_lock() {
    let sb = Sandbox::initialised();
    sb.add_user("bob", &["--role", "viewer"]);
    for round in 0..6 {
        // Four failures recorded: the next wrong guess locks bob.
        for _ in 0..4 {
            sb.run_with(
                &["user", "verify", "bob", "--password-stdin"],
                "not-the-password\n",
            )
            .code(6);
        }
        let outcomes = at_once(4, |i| {
            let password = if i == 0 {
                USER_PASSWORD
            } else {
                "not-the-password"
            };
            (
                command(&sb, &["user", "verify", "bob", "--password-stdin"]),
                format!("{password}\n"),
            )
        });
        outcomes.iter().for_each(|o| never_locked(o, "verify"));
        let conn = sb.sql();
        let mut stmt = conn
            .prepare(
                "SELECT action, details FROM events WHERE target = 'bob'
                  AND action IN ('user.login', 'user.login_failed', 'user.unlock') ORDER BY id",
            )
            .unwrap();
        let log: Vec<(String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(|e| e.unwrap())
            .collect();
        // From this round's start: no login after the event that locked bob.
        let start = log
            .iter()
            .rposition(|(a, _)| a == "user.unlock")
            .map_or(0, |i| i + 1);
        let locked_at = log[start..]
            .iter()
            .position(|(_, d)| d.contains("locked_until"))
            .map(|i| i + start);
        if let Some(locked_at) = locked_at {
            assert!(
                !log[locked_at..].iter().any(|(a, _)| a == "user.login"),
                "round {round}: a login was accepted while bob was locked: {log:#?}"
            );
        }
        let locked: Option<i64> = sb.user_column("bob", "locked_until");
        if outcomes[0].code == 0 && locked.is_none() {
            // The right password went first and reset the count: fine.
        } else {
            assert!(locked.is_some(), "round {round}: bob is not locked");
        }
        sb.run(&["user", "unlock", "bob"]).ok();
    }
    db_check(&sb);
}

#[test]
fn concurrent_account_password_changes_from_the_same_old_one_let_one_through() {
    let sb = Sandbox::initialised();
    let old = "copper-meadow-signal";
    sb.run_with(
        &[
            "account",
            "create",
            "acme",
            "--parent",
            "root",
            "--password-stdin",
        ],
        &format!("{old}\n"),
    )
    .ok();
    for round in 0..3 {
        let current = if round == 0 {
            old.to_string()
        } else {
            String::from_utf8(bytes(&sb.path("current"))).unwrap()
        };
        let outcomes = at_once(6, |i| {
            (
                command(&sb, &["account", "passwd", "acme", "--password-stdin"]),
                format!("{current}\nnew-secret-{round}-{i}\n"),
            )
        });
        outcomes
            .iter()
            .for_each(|o| never_locked(o, "account passwd"));
        let winners: Vec<usize> = (0..6).filter(|&i| outcomes[i].code == 0).collect();
        assert_eq!(
            winners.len(),
            1,
            "round {round}: each changed the password knowing only the old one\n{outcomes:#?}"
        );
        for out in &outcomes {
            assert!(out.code == 0 || out.code == 6, "{out:#?}");
        }
        // The password in force is the winner's, and the old one is gone.
        let new = format!("new-secret-{round}-{}", winners[0]);
        sb.run_with(
            &["account", "verify", "acme", "--password-stdin"],
            &format!("{new}\n"),
        )
        .ok();
        sb.run_with(
            &["account", "verify", "acme", "--password-stdin"],
            &format!("{current}\n"),
        )
        .code(6);
        std::fs::write(sb.path("current"), &new).unwrap();
    }
    assert_eq!(
        count(
            &sb.db,
            "SELECT count(*) FROM events WHERE action = ?1",
            "account.passwd"
        ),
        3
    );
    db_check(&sb);
}

#[test]
fn creates_with_if_not_exists_at_once_all_succeed_and_create_once() {
    let sb = Sandbox::initialised();
    let cases: [(&[&str], &str, &str); 3] = [
        (
            &[
                "role",
                "create",
                "helpdesk",
                "--permission",
                "users.read",
                "--if-not-exists",
            ],
            "role.create",
            "",
        ),
        (
            &[
                "strategy",
                "create",
                "nightly",
                "--schedule",
                "daily",
                "--keep-last",
                "3",
                "--if-not-exists",
            ],
            "strategy.create",
            "",
        ),
        (
            &[
                "account",
                "create",
                "acme",
                "--parent",
                "root",
                "--if-not-exists",
                "--password-stdin",
            ],
            "account.create",
            "copper-meadow-signal\n",
        ),
    ];
    for (args, action, stdin) in cases {
        let outcomes = at_once(8, |_| (command(&sb, args), stdin.to_string()));
        for out in &outcomes {
            never_locked(out, action);
            out.ok();
        }
        let name = args[2];
        let created: i64 = sb
            .sql()
            .query_row(
                "SELECT count(*) FROM events WHERE action = ?1 AND target = ?2",
                [action, name],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(created, 1, "{action} {name}");
    }
    db_check(&sb);
}

#[test]
fn an_old_password_racing_a_reset_is_never_accepted_after_it() {
    let sb = Sandbox::initialised();
    sb.add_user("bob", &["--role", "viewer"]);
    let passwords = ["violet-harbor-lantern", "saffron-kettle-meadow"];
    for round in 0..6 {
        let (old, new) = (passwords[round % 2], passwords[(round + 1) % 2]);
        // The old password's hash is costly to check and the reset cheap,
        // so the reset commits while the login is still checking.
        sb.run(&["settings", "set", "argon2.iterations", "24"]).ok();
        sb.run_with(
            &["user", "passwd", "bob", "--password-stdin"],
            &format!("{old}\n"),
        )
        .ok();
        sb.run(&["settings", "set", "argon2.iterations", "2"]).ok();
        let start = actions(&sb, "bob").len();
        let outcomes = at_once(2, |i| {
            if i == 0 {
                (
                    command(&sb, &["user", "verify", "bob", "--password-stdin"]),
                    format!("{old}\n"),
                )
            } else {
                (
                    command(&sb, &["user", "passwd", "bob", "--password-stdin"]),
                    format!("{new}\n"),
                )
            }
        });
        never_locked(&outcomes[0], "verify");
        outcomes[1].ok();
        let log = actions(&sb, "bob")[start..].to_vec();
        let reset_at = log.iter().position(|a| a == "user.passwd").unwrap();
        let logged_in_at = log.iter().position(|a| a == "user.login");
        match outcomes[0].code {
            0 => assert!(
                logged_in_at.is_some_and(|at| at < reset_at),
                "round {round}: the old password was accepted after the reset: {log:?}"
            ),
            6 => assert_eq!(logged_in_at, None, "round {round}: {log:?}"),
            code => panic!("round {round}: verify exit {code}\n{}", outcomes[0].stderr),
        }
    }
    db_check(&sb);
}
