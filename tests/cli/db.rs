//! `warden db`: info, the invariant checks, and backups under load.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::common::*;

#[test]
fn info_reports_path_version_and_counts() {
    crate::sqlite_only!("postgres::db_info_names_the_server_schema_and_sizes");
    let sb = Sandbox::initialised();
    let info = sb.run(&["--json", "db", "info"]).json();
    assert_eq!(info["path"], sb.db.to_str().unwrap());
    assert_eq!(
        info["schema_version"],
        warden::unstable::store::migrations::SCHEMA_VERSION
    );
    assert_eq!(info["journal_mode"], "wal");
    let counts = info["counts"].as_array().unwrap();
    let rows = |t: &str| {
        counts
            .iter()
            .find(|c| c["table"] == t)
            .map(|c| c["rows"].as_i64().unwrap())
    };
    assert_eq!(
        (
            rows("users"),
            rows("accounts"),
            rows("roles"),
            rows("events")
        ),
        (Some(1), Some(1), Some(4), Some(3))
    );
    let text = sb.run(&["db", "info"]);
    let line = text
        .ok()
        .stdout
        .lines()
        .find(|l| l.starts_with("schema version"))
        .unwrap_or_default()
        .to_string();
    let v = warden::unstable::store::migrations::SCHEMA_VERSION;
    assert!(
        line.ends_with(&format!(" {v} (this warden: {v})")),
        "{}",
        text.stdout
    );
}

#[test]
fn check_passes_on_a_fresh_database() {
    let sb = Sandbox::initialised();
    let out = sb.run(&["db", "check"]);
    out.ok();
    assert!(!out.stdout.contains("FAIL"), "{}", out.stdout);
    assert_eq!(sb.run(&["--json", "db", "check"]).json()["ok"], true);
    // The quick check by default; --full runs SQLite's full one.
    assert_eq!(sb.run(&["--json", "db", "check"]).json()["full"], false);
    let full = sb.run(&["--json", "db", "check", "--full"]).json();
    assert_eq!(
        (full["ok"].clone(), full["full"].clone()),
        (true.into(), true.into())
    );
    sb.run(&["db", "check", "--full"]).ok();
}

/// Plants a violation with SQL, then expects `db check` to exit 1 naming it.
fn planted(sql: &str, check: &str, words: &str) {
    let sb = Sandbox::initialised();
    sb.sql().execute_batch(sql).unwrap();
    let out = sb.run(&["db", "check"]);
    out.code(1).no_panic();
    let line = format!("FAIL  {check}: ");
    assert!(
        out.stdout.contains(&line) && out.stdout.contains(words),
        "{sql}\n{}",
        out.stdout
    );
    assert!(out.stderr.contains("problem"), "{}", out.stderr);
    let json = sb.run(&["--json", "db", "check"]);
    json.code(1);
    let report = json.json();
    assert_eq!(report["ok"], false);
    let failed: Vec<_> = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["ok"] == false)
        .collect();
    assert!(failed.iter().any(|c| c["name"] == check), "{report}");
    assert_eq!(json.stderr_json()["error"]["code"], 1);
}

#[test]
fn check_reports_a_missing_admin() {
    planted("UPDATE users SET enabled = 0", "admin", "admin role");
}

#[test]
fn check_reports_an_expired_admin() {
    planted("UPDATE users SET expires_at = 0", "admin", "admin role");
}

#[test]
fn check_reports_a_cycle_in_the_account_tree() {
    planted(
        "INSERT INTO accounts (name, parent_id, created_at, updated_at) VALUES ('child', 1, 0, 0);
         UPDATE accounts SET parent_id = (SELECT id FROM accounts WHERE name = 'child') WHERE name = 'root';",
        "account_tree",
        "child",
    );
}

#[test]
fn check_reports_a_user_without_an_active_role() {
    planted(
        "UPDATE user_roles SET active = 0",
        "active_roles",
        "0 active roles",
    );
}

#[test]
fn check_reports_a_dropped_audit_trigger() {
    crate::sqlite_only!("postgres::db_check_reports_a_disabled_trigger_a_missing_key_and_a_role_that_may_rewrite_events");
    planted(
        "DROP TRIGGER events_no_delete",
        "audit_log",
        "events_no_delete",
    );
}

#[test]
fn check_reports_a_dangling_foreign_key() {
    crate::sqlite_only!("postgres::db_check_reports_a_disabled_trigger_a_missing_key_and_a_role_that_may_rewrite_events");
    planted(
        "PRAGMA foreign_keys = OFF; UPDATE users SET account_id = 999;",
        "foreign_keys",
        "accounts",
    );
}

#[test]
fn check_reports_an_invalid_stored_setting() {
    planted(
        "INSERT INTO settings VALUES ('auth.lockout_threshold', '0', 0)",
        "settings",
        "auth.lockout_threshold",
    );
}

#[test]
fn backup_refuses_to_overwrite_unless_forced() {
    crate::sqlite_only!("postgres::db_backup_refuses_and_names_the_pg_dump_command");
    let sb = Sandbox::initialised();
    let dest = sb.path("copy.db");
    std::fs::write(&dest, "keep me").unwrap();
    let out = sb.run(&["db", "backup", dest.to_str().unwrap()]);
    out.code(4);
    assert!(out.stderr.contains("--force"), "{}", out.stderr);
    assert_eq!(bytes(&dest), b"keep me");
    sb.run(&["db", "backup", "--force", dest.to_str().unwrap()])
        .ok();
    assert_eq!(mode(&dest), 0o600);
    let conn = sql(&dest);
    let users: i64 = conn
        .query_row("SELECT count(*) FROM users", [], |r| r.get(0))
        .unwrap();
    assert_eq!(users, 1);
    // No temporary file is left beside it.
    let leftovers: Vec<_> = std::fs::read_dir(sb.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("partial"))
        .collect();
    assert!(leftovers.is_empty());
    // The copy is itself a warden database.
    run_command(
        sb.command()
            .args(["--db", dest.to_str().unwrap(), "db", "check"]),
        b"",
    )
    .ok();
    sb.run(&["db", "backup", sb.db.to_str().unwrap(), "--force"])
        .code(2);
}

/// `db backup` onto the database, its `-wal`, `-shm` or `-journal`, by
/// any spelling or link, is refused (exit 2) and writes nothing. Before,
/// a backup onto the `-wal` said "Copied" and the copy vanished with the
/// log.
#[test]
fn backup_refuses_the_database_and_its_side_files_by_any_name() {
    crate::sqlite_only!("postgres::db_backup_refuses_and_names_the_pg_dump_command");
    let sb = Sandbox::initialised();
    sb.add_user("bob", &[]);
    std::fs::create_dir(sb.path("sub")).unwrap();
    std::os::unix::fs::symlink(sb.dir.path(), sb.path("link")).unwrap();
    std::os::unix::fs::symlink("warden.db-wal", sb.path("to-wal")).unwrap();
    std::os::unix::fs::symlink("warden.db-journal", sb.path("to-journal")).unwrap();
    std::fs::hard_link(&sb.db, sb.path("hard.db")).unwrap();
    let before = dump(&sb.db);
    let dir = sb.dir.path().display().to_string();
    for (target, what) in [
        ("warden.db".to_string(), "the database itself"),
        (
            "./warden.db-wal".to_string(),
            "the database's write-ahead log",
        ),
        (
            "warden.db-shm".to_string(),
            "the database's shared-memory index",
        ),
        (
            "warden.db-journal".to_string(),
            "the database's rollback journal",
        ),
        (
            "sub/../warden.db-wal".to_string(),
            "the database's write-ahead log",
        ),
        (
            format!("{dir}/link/warden.db-shm"),
            "the database's shared-memory index",
        ),
        (format!("{dir}//sub/./../warden.db"), "the database itself"),
        ("to-wal".to_string(), "the database's write-ahead log"),
        ("to-journal".to_string(), "the database's rollback journal"),
        ("hard.db".to_string(), "the database itself"),
    ] {
        for force in [false, true] {
            let mut args = vec!["db", "backup", target.as_str()];
            if force {
                args.push("--force");
            }
            let out = sb.run(&args);
            out.code(2).no_panic();
            assert_eq!(
                out.stderr.lines().next().unwrap(),
                format!("error: {target} is {what}"),
                "{args:?}"
            );
            assert!(out.stderr.contains("nothing was written"), "{}", out.stderr);
            assert_eq!(dump(&sb.db), before, "{args:?}");
            assert!(!sb.path("warden.db-journal").exists(), "{args:?}");
        }
    }
    sb.run(&["db", "check"]).ok();
    // Beside it, under another name, is fine.
    sb.run(&["db", "backup", "warden.db-copy"]).ok();
    sb.run(&[
        "--db",
        sb.path("warden.db-copy").to_str().unwrap(),
        "db",
        "check",
    ])
    .ok();
}

#[test]
fn backup_during_concurrent_writes_is_a_consistent_private_copy() {
    crate::sqlite_only!("postgres::db_backup_refuses_and_names_the_pg_dump_command");
    let sb = Arc::new(Sandbox::initialised());
    let stop = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let (sb, stop) = (Arc::clone(&sb), Arc::clone(&stop));
            std::thread::spawn(move || {
                let mut n = 0u32;
                while !stop.load(Ordering::Relaxed) {
                    let value = (3 + (n * 2 + w) % 90).to_string();
                    sb.run(&[
                        "--busy-timeout",
                        "30s",
                        "settings",
                        "set",
                        "auth.lockout_threshold",
                        &value,
                    ])
                    .ok();
                    n += 1;
                }
                n
            })
        })
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(300));
    for i in 0..4 {
        let dest = sb.path(&format!("backup-{i}.db"));
        sb.run(&[
            "--busy-timeout",
            "30s",
            "db",
            "backup",
            dest.to_str().unwrap(),
        ])
        .ok();
        assert_eq!(mode(&dest), 0o600);
        let conn = sql(&dest);
        let integrity: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(integrity, "ok");
        // A state that existed: the stored value is the one the newest
        // audited change wrote.
        let stored: Option<String> = conn
            .query_row(
                "SELECT value FROM settings WHERE key = 'auth.lockout_threshold'",
                [],
                |r| r.get(0),
            )
            .ok();
        let last: Option<String> = conn
            .query_row(
                "SELECT json_extract(details, '$.to') FROM events WHERE action = 'settings.set' ORDER BY id DESC LIMIT 1",
                [],
                |r| r.get::<_, i64>(0).map(|v| v.to_string()),
            )
            .ok();
        assert_eq!(stored, last, "backup {i}");
    }
    stop.store(true, Ordering::Relaxed);
    let writes: u32 = writers.into_iter().map(|w| w.join().unwrap()).sum();
    assert!(writes > 0);
}

#[test]
fn check_reports_a_strategy_edited_by_hand() {
    planted(
        "INSERT INTO strategies (name, schedule, keep_daily, created_at, updated_at) VALUES ('broken', 'fortnightly', 7, 0, 0)",
        "strategies",
        "strategy broken: bad schedule \"fortnightly\"",
    );
    planted(
        "INSERT INTO strategies (name, schedule, created_at, updated_at) VALUES ('bare', 'daily@02:00', 0, 0)",
        "strategies",
        "strategy bare has no keep rule",
    );
}

#[test]
fn check_reports_a_backup_user_scope_or_window_planted_by_hand() {
    let designate = "INSERT INTO users (username, created_at, updated_at) VALUES ('bob', 0, 0), ('carol', 0, 0);
         INSERT INTO backup_users (user_id, backup_user_id, created_at)
              SELECT min(id), (SELECT id FROM users WHERE username = 'bob'), 0 FROM users;";
    planted(
        &format!("{designate} INSERT INTO backup_user_permissions SELECT user_id, 'roles.manage' FROM backup_users;"),
        "backup_users",
        "includes roles.manage, which is never delegated",
    );
    planted(
        &format!("{designate} INSERT INTO backup_user_permissions SELECT user_id, 'backups.fly' FROM backup_users;"),
        "backup_users",
        "unknown permission \"backups.fly\"",
    );
    planted(
        &format!(
            "{designate} INSERT INTO backup_user_windows (user_id, backup_user_id, starts_at, ends_at, created_at)
                 SELECT user_id, (SELECT id FROM users WHERE username = 'carol'), 0, 10, 0 FROM backup_users;"
        ),
        "backup_users",
        "window is for another user than bob",
    );
}

#[test]
fn a_backup_into_a_missing_folder_names_that_folder() {
    crate::sqlite_only!(
        "postgres::db_backup_names_a_pg_dump_that_verifies_the_server_as_warden_did"
    );
    let sb = Sandbox::initialised();
    let before = sb.dump();
    let dest = sb.path("missing/warden.db");
    let out = sb.run(&["db", "backup", dest.to_str().unwrap()]);
    out.code(1);
    let folder = sb.path("missing");
    assert_eq!(
        out.stderr,
        format!(
            "error: cannot write {}: the folder {} does not exist\n\
             hint: create it first (mkdir -p -m 700 {}), or name a file in a folder that exists; nothing was written\n",
            dest.display(),
            folder.display(),
            folder.display()
        )
    );
    assert!(!out.stderr.contains("partial"), "{}", out.stderr);
    assert!(!folder.exists());
    assert_eq!(sb.dump(), before);
}
