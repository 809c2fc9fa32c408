//! The exit codes of the contract: each means the same in every command
//! family, a failure changes nothing, and a held write lock is exit 7.

use std::path::Path;
use std::time::Duration;

use super::*;

#[test]
fn each_exit_code_means_the_same_in_every_family() {
    let sb = office();
    sb.run(&["strategy", "apply", "nightly", "--to", "acme-eu"])
        .ok();
    sb.run(&["backup-user", "set", "alice", "bob"]).ok();
    let taken = sb.path("taken.db");
    std::fs::write(&taken, "").unwrap();
    let taken = taken.to_str().unwrap();
    let missing = sb.path("missing.db");
    let missing = missing.to_str().unwrap();
    let passwords = "not-the-old-one\nwhatever-new-one\n";
    let table: Vec<(i32, Vec<&str>, &str)> = vec![
        // 2: usage, from warden's own checks and from the parser alike
        (2, vec!["user", "add", "Bob", "--no-password"], ""),
        (2, vec!["user", "list", "--format", "xml"], ""),
        (2, vec!["user", "add", "erin", "--password", "x"], ""),
        (2, vec!["role", "create", "ops2"], ""),
        (2, vec!["account", "list", "--state", "sideways"], ""),
        (
            2,
            vec![
                "strategy",
                "create",
                "hourly",
                "--schedule",
                "daily@25:00",
                "--keep-last",
                "1",
            ],
            "",
        ),
        (2, vec!["backup-user", "enable", "alice"], ""),
        (2, vec!["settings", "set", "deletion.grace", "30d"], ""),
        (2, vec!["audit", "--since", "2025-02-30"], ""),
        (2, vec!["expiring", "--within", "soon"], ""),
        (2, vec!["notify", "list", "--all"], ""),
        (2, vec!["maintenance", "--now"], ""),
        (2, vec!["db", "frobnicate"], ""),
        (2, vec!["--busy-timeout", "1y", "db", "info"], ""),
        // 3: not found, the database included
        (3, vec!["user", "show", "ghost"], ""),
        (3, vec!["role", "grant", "alice", "ghost"], ""),
        (3, vec!["backup-user", "set", "ghost", "bob"], ""),
        (3, vec!["account", "disable", "acme", "ghost"], ""),
        (3, vec!["strategy", "apply", "ghost", "--to", "acme"], ""),
        (3, vec!["user", "events", "ghost"], ""),
        (3, vec!["--db", missing, "settings", "list"], ""),
        (3, vec!["--db", missing, "notify", "send"], ""),
        (3, vec!["--db", missing, "audit"], ""),
        (3, vec!["--db", missing, "maintenance"], ""),
        (3, vec!["--db", missing, "expiring", "--within", "1d"], ""),
        (3, vec!["--db", missing, "db", "check"], ""),
        // 4: conflict
        (4, vec!["user", "add", "alice", "--no-password"], ""),
        (
            4,
            vec!["role", "create", "auditor", "--permission", "audit.read"],
            "",
        ),
        (
            4,
            vec!["account", "create", "acme", "--password-stdin"],
            "x",
        ),
        (
            4,
            vec![
                "strategy",
                "create",
                "nightly",
                "--schedule",
                "daily",
                "--keep-last",
                "1",
            ],
            "",
        ),
        (4, vec!["init", "--password-stdin"], PASSWORD),
        (
            if on_postgres() { 5 } else { 4 },
            vec!["db", "backup", taken],
            "",
        ),
        // 5: refused by a rule
        (5, vec!["user", "disable", "admin"], ""),
        (5, vec!["role", "delete", "admin", "--yes"], ""),
        (5, vec!["account", "delete", "acme", "--yes"], ""),
        (5, vec!["strategy", "delete", "nightly", "--yes"], ""),
        (
            5,
            vec!["backup-user", "enable", "alice", "--for", "400d"],
            "",
        ),
        (5, vec!["notify", "send"], ""),
        (
            5,
            vec![
                "user",
                "charge",
                "alice",
                "5000",
                "--reason",
                "x",
                "--account",
                "acme",
            ],
            "",
        ),
        (5, vec!["user", "delete", "alice", "--yes"], ""),
        // 6: denied, as an error (a wrong old account password)
        (
            6,
            vec!["account", "passwd", "acme", "--password-stdin"],
            passwords,
        ),
    ];
    let before = dump(&sb.db);
    for (code, args, stdin) in &table {
        let what = format!("warden {}", args.join(" "));
        let out = sb.run_with(args, stdin);
        out.code(*code).no_panic();
        assert!(out.stdout.is_empty(), "{what}: stdout:\n{}", out.stdout);
        one_error_line(&out, &what);
        if *code == 6 {
            assert_unchanged(
                &without_events(&before),
                &without_events(&dump(&sb.db)),
                &what,
            );
        } else {
            assert_unchanged(&before, &dump(&sb.db), &what);
        }
        assert!(!Path::new(missing).exists(), "{what} created {missing}");
    }
    // 6 as an answer: the decision on stdout, nothing on stderr. (Refused
    // logins count toward the lockout and are audited: they change the
    // database on purpose, see logins.rs.)
    for args in [
        vec!["user", "can", "bob", "users.manage"],
        vec!["user", "can", "ghost", "accounts.read"],
        vec!["backup-user", "switch", "bob", "alice"],
    ] {
        let out = sb.run(&args);
        out.code(6);
        assert!(
            out.stdout.starts_with("denied: "),
            "{args:?}: {}",
            out.stdout
        );
        assert_eq!(out.stdout.lines().count(), 1, "{args:?}: {}", out.stdout);
        assert!(out.stderr.is_empty(), "{args:?}: {}", out.stderr);
    }
}

#[test]
fn a_held_write_lock_gives_exit_7_in_every_family_after_the_timeout() {
    let sb = office();
    let before = dump(&sb.db);
    let holder = hold_write_lock(&sb);
    for (args, stdin) in [
        (vec!["user", "add", "erin", "--no-password"], ""),
        (vec!["user", "disable", "-"], "bob\n"),
        (
            vec!["role", "create", "r2", "--permission", "audit.read"],
            "",
        ),
        (vec!["backup-user", "set", "alice", "bob"], ""),
        (vec!["account", "disable", "acme-eu"], ""),
        (vec!["account", "purge"], ""),
        (vec!["strategy", "apply", "nightly", "--to", "acme-eu"], ""),
        (vec!["settings", "set", "deletion.grace", "3d"], ""),
        (vec!["maintenance"], ""),
    ] {
        let mut full = vec!["--busy-timeout", "200ms"];
        full.extend(&args);
        let out = sb.run_with(&full, stdin);
        out.code(7).no_panic();
        one_error_line(&out, &format!("{args:?}"));
        assert!(out.stderr.contains("--busy-timeout"), "{}", out.stderr);
        assert!(
            out.elapsed >= Duration::from_millis(190) && out.elapsed < Duration::from_secs(3),
            "{args:?} gave up after {:?}",
            out.elapsed
        );
        let json = sb.run_with(&[&["--json"], full.as_slice()].concat(), stdin);
        json.code(7);
        one_json_error(&json, 7, &format!("{args:?}"));
        assert!(json.stdout.is_empty(), "{}", json.stdout);
    }
    drop(holder);
    assert_unchanged(&before, &dump(&sb.db), "a command under a held lock");
}
