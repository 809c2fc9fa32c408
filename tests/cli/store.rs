//! Opening the database: what is refused, what is never created or
//! touched, and how a held lock is reported.

use std::time::Duration;

use crate::common::*;

#[test]
fn a_missing_database_exits_3_and_nothing_appears() {
    let sb = Sandbox::new();
    let nested = sb.path("no/such/folder/w.db");
    for args in [
        vec!["audit"],
        vec!["settings", "list"],
        vec!["settings", "set", "deletion.grace", "3d"],
        vec!["db", "info"],
        vec!["db", "check"],
    ] {
        let mut full = vec!["--db", nested.to_str().unwrap()];
        full.extend(args.iter());
        let out = sb.run(&full);
        out.code(3).no_panic();
        assert!(out.stderr.contains("warden init"), "{}", out.stderr);
        let out = sb.run(&args);
        out.code(3);
    }
    assert!(!sb.path("no").exists());
    assert!(!sb.db.exists());
}

#[test]
fn an_empty_file_exits_3_and_stays_empty() {
    crate::sqlite_only!("postgres::init_fills_an_empty_schema_and_refuses_a_second_time");
    let sb = Sandbox::new();
    std::fs::write(&sb.db, b"").unwrap();
    sb.run(&["settings", "set", "deletion.grace", "3d"]).code(3);
    sb.run(&["audit"]).code(3);
    assert_eq!(bytes(&sb.db).len(), 0);
    // ... and init may use it.
    sb.init();
}

#[test]
fn a_text_file_exits_1_with_one_line_and_no_panic() {
    crate::sqlite_only!("postgres::a_schema_warden_did_not_create_is_refused");
    let sb = Sandbox::new();
    std::fs::write(&sb.db, "this is not a database\n").unwrap();
    for args in [
        vec!["audit"],
        vec!["db", "check"],
        vec!["init", "--password-stdin"],
    ] {
        let out = sb.run_with(&args, PASSWORD);
        out.code(1).no_panic();
        assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
        assert!(
            out.stderr.starts_with("error: ") && out.stderr.contains("not a SQLite database"),
            "{}",
            out.stderr
        );
    }
    assert_eq!(bytes(&sb.db), b"this is not a database\n");
}

#[test]
fn a_foreign_sqlite_database_is_not_mistaken_for_warden() {
    crate::sqlite_only!("postgres::a_schema_warden_did_not_create_is_refused");
    let sb = Sandbox::new();
    rusqlite::Connection::open(&sb.db)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    let before = bytes(&sb.db);
    let out = sb.run(&["audit"]);
    out.code(1);
    assert!(
        out.stderr.contains("not a warden database"),
        "{}",
        out.stderr
    );
    sb.run_with(&["init", "--password-stdin"], PASSWORD).code(1);
    assert_eq!(bytes(&sb.db), before);
}

#[test]
fn a_database_from_a_newer_warden_is_refused_byte_for_byte_untouched() {
    let sb = Sandbox::initialised();
    {
        let conn = sb.sql();
        let newer = conn.pick(
            "PRAGMA user_version = 99",
            "UPDATE warden_meta SET schema_version = 99",
        );
        conn.execute_batch(newer).unwrap();
    }
    // The file's bytes on SQLite; every row (the version's too) on
    // PostgreSQL.
    let state = || {
        if on_postgres() {
            sb.dump().into_bytes()
        } else {
            bytes(&sb.db)
        }
    };
    let before = state();
    for args in [
        vec!["audit"],
        vec!["settings", "set", "deletion.grace", "3d"],
        vec!["db", "check"],
        vec!["init", "--password-stdin"],
    ] {
        let out = sb.run_with(&args, PASSWORD);
        out.code(1).no_panic();
        assert!(
            out.stderr.contains("99")
                && out.stderr.contains(&format!(
                    "version {}",
                    warden::unstable::store::migrations::SCHEMA_VERSION
                )),
            "{}",
            out.stderr
        );
        assert_eq!(state(), before, "{args:?} touched the database");
    }
}

const SET_GRACE_1S: &[&str] = &[
    "--busy-timeout",
    "1s",
    "settings",
    "set",
    "deletion.grace",
    "3d",
];

#[test]
fn a_held_write_lock_gives_exit_7_after_the_busy_timeout_and_changes_nothing() {
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    let holder = hold_write_lock(&sb);
    let out = sb.run(SET_GRACE_1S);
    out.code(7).no_panic();
    assert!(out.stderr.contains("busy"), "{}", out.stderr);
    assert!(
        out.elapsed >= Duration::from_millis(900),
        "gave up after {:?}",
        out.elapsed
    );
    assert!(
        out.elapsed < Duration::from_secs(4),
        "waited {:?}",
        out.elapsed
    );
    // Readers are not blocked by a writer (WAL).
    sb.run(&["settings", "get", "deletion.grace"]).ok();
    drop(holder);
    assert_eq!(dump(&sb.db), before);
    // Once the lock is gone the same command goes through.
    sb.run(SET_GRACE_1S).ok();
}

#[test]
fn bad_busy_timeouts_are_usage_errors() {
    let sb = Sandbox::initialised();
    for value in ["", "-1s", "1.5s", "abc", "99999999999d", "25h"] {
        sb.run(&["--busy-timeout", value, "audit"])
            .code(2)
            .no_panic();
    }
}

#[test]
fn a_database_readable_by_others_gets_a_warning() {
    crate::sqlite_only!("postgres::a_password_file_others_can_read_is_refused");
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::initialised();
    std::fs::set_permissions(&sb.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = sb.run(&["settings", "get", "deletion.grace"]);
    out.ok();
    assert!(
        out.stderr.starts_with("warning: ") && out.stderr.contains("chmod 600"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stdout, "7d\n");
}

#[test]
fn a_corrupt_page_is_reported_without_a_panic() {
    crate::sqlite_only!("postgres::a_schema_warden_did_not_create_is_refused");
    let sb = Sandbox::initialised();
    let mut data = bytes(&sb.db);
    assert!(data.len() > 3 * 4096);
    for (i, b) in data[4096..3 * 4096].iter_mut().enumerate() {
        *b = (i * 7 + 13) as u8;
    }
    std::fs::write(&sb.db, &data).unwrap();
    let out = sb.run(&["db", "check"]);
    out.code(1).no_panic();
    assert!(
        out.stdout.contains("FAIL  integrity") || out.stderr.contains("corrupt"),
        "{}\n{}",
        out.stdout,
        out.stderr
    );
    for args in [vec!["audit"], vec!["settings", "list"], vec!["db", "info"]] {
        sb.run(&args).no_panic();
    }
}

#[test]
fn a_bad_clock_override_is_a_usage_error() {
    let sb = Sandbox::initialised();
    let out = run_command(
        sb.command().env("WARDEN_NOW", "last tuesday").arg("audit"),
        b"",
    );
    out.code(2);
    assert!(out.stderr.contains("WARDEN_NOW"), "{}", out.stderr);
}

#[test]
fn an_older_schema_is_migrated_forward_on_open() {
    crate::sqlite_only!("load::eight_processes_opening_an_older_schema_migrate_it_once");
    let sb = Sandbox::initialised();
    // Version 1 had neither the account indexes of version 2, nor the
    // reminder bookkeeping of version 3, nor the notification times and
    // windows of version 4: take them all away again.
    sb.sql().execute_batch(BEFORE_ARCHIVES.0).unwrap();
    sb.sql()
        .execute_batch(
            "DROP TABLE event_links; DROP INDEX notifications_window; ALTER TABLE notifications DROP COLUMN window_id;
             ALTER TABLE notifications DROP COLUMN times;
             DROP INDEX backup_user_windows_open; ALTER TABLE backup_user_windows DROP COLUMN reminded;
             DROP TABLE user_reminders; ALTER TABLE notifications DROP COLUMN claimed_until;
             DROP INDEX accounts_children; DROP INDEX users_account; DROP INDEX current_accounts_account;
             DROP INDEX charges_account; CREATE INDEX accounts_parent ON accounts(parent_id); PRAGMA user_version = 1;",
        )
        .unwrap();
    sb.run(&["settings", "get", "deletion.grace"]).ok();
    let conn = sb.sql();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, warden::unstable::store::migrations::SCHEMA_VERSION);
    let indexes: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'accounts_children'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(indexes, 1);
    let reminders: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name = 'user_reminders'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(reminders, 1);
    sb.run(&["db", "check"]).ok();
}

/// The library speaks of remedies, not of the command line's flags: a
/// service that embeds warden has no `--busy-timeout` or `warden init` to
/// run. Each error carries its remedy typed, and the command line words
/// it with its flags and commands.
#[test]
fn the_library_names_no_flag_and_the_command_line_words_its_remedies() {
    use warden::error::Remedy;
    let neutral = |what: &str, err: &warden::Error| {
        let text = format!("{} | {}", err.message, err.hint.clone().unwrap_or_default());
        for flag_or_command in ["--", "`warden", "warden init", "WARDEN_"] {
            assert!(!text.contains(flag_or_command), "{what}: {text}");
        }
    };
    let sb = Sandbox::new();
    let open = |location: &std::path::Path| {
        warden::Warden::builder(location)
            .busy_timeout(Duration::from_millis(100))
            .open()
    };

    if !on_postgres() {
        let err = open(&sb.db).expect_err("no database yet");
        assert_eq!(err.remedy, Some(Remedy::Initialise { schema: None }));
        neutral("not initialised", &err);
        let out = sb.run(&["audit"]);
        out.code(3);
        assert!(
            out.stderr.ends_with(
                "hint: run `warden init` to create one, or point --db or WARDEN_DB at an existing database\n"
            ),
            "{}",
            out.stderr
        );

        let err = open(&sb.path("")).expect_err("a folder");
        assert_eq!(err.remedy, Some(Remedy::NameTheFile));
        neutral("a folder", &err);

        let text = sb.path("notes.txt");
        std::fs::write(&text, "not a database\n").unwrap();
        let err = open(&text).expect_err("a text file");
        assert_eq!(err.remedy, Some(Remedy::CheckLocation));
        neutral("a text file", &err);
        let out = sb.run(&["--db", text.to_str().unwrap(), "audit"]);
        out.code(1);
        assert!(
            out.stderr
                .ends_with("is not a SQLite database (check --db or WARDEN_DB)\n"),
            "{}",
            out.stderr
        );
    }

    sb.init();
    let service = open(&sb.db).unwrap();
    // A question about an unknown account is answered, typed; what
    // lists an account's reach fails with the remedy.
    let d = service
        .can("admin", "users.manage", Some("ghost"))
        .expect("a decision");
    assert_eq!(d.code, warden::Reason::UnknownAccount);
    let err = service
        .access("admin", Some("ghost"))
        .expect_err("no such account");
    assert_eq!(err.kind, warden::Kind::NotFound);
    assert_eq!(
        err.remedy,
        Some(Remedy::ListNames(warden::names::NameKind::Account))
    );
    neutral("an unknown account", &err);
    // The mistakes a call can make are told in the library's words too.
    let err = service
        .can("admin", "backups.fly", None)
        .expect_err("an unknown permission");
    assert_eq!(err.kind, warden::Kind::Usage);
    neutral("an unknown permission", &err);
    let err = service
        .can("not a name!", "backups.read", None)
        .expect_err("an invalid name");
    neutral("an invalid name", &err);
    let read_only = warden::Warden::builder(&sb.db)
        .read_only()
        .open()
        .expect("read-only");
    let err = read_only
        .verify("admin", "wrong password", None)
        .expect_err("a login on a read-only handle");
    neutral("a login on a read-only handle", &err);

    // A writer holds the lock past the service's busy timeout.
    let holder = hold_write_lock(&sb);
    let err = service
        .verify("admin", "wrong password", None)
        .expect_err("the lock is held");
    assert_eq!(err.kind, warden::Kind::Busy);
    assert_eq!(err.remedy, Some(Remedy::WaitLonger));
    neutral("busy", &err);
    let out = sb.run(&[
        "--busy-timeout",
        "100ms",
        "settings",
        "set",
        "deletion.grace",
        "3d",
    ]);
    out.code(7);
    assert!(
        out.stderr
            .contains("hint: try again, or allow a longer wait with --busy-timeout (for example --busy-timeout 30s)"),
        "{}",
        out.stderr
    );
    drop(holder);
}

#[test]
fn every_remedy_has_library_words_without_a_flag() {
    use warden::error::Remedy;
    use warden::names::NameKind;
    let mut all = vec![
        Remedy::WaitLonger,
        Remedy::CheckAndRestore,
        Remedy::CheckLocation,
        Remedy::NameTheFile,
        Remedy::Initialise { schema: None },
        Remedy::Initialise {
            schema: Some("public".into()),
        },
        Remedy::LookAtIt,
        Remedy::UsePrimary,
        Remedy::LookBeforeRetrying,
        Remedy::ChooseAnotherFile,
        Remedy::NameAConfigFile,
    ];
    for kind in [
        NameKind::User,
        NameKind::Role,
        NameKind::Account,
        NameKind::Strategy,
    ] {
        all.push(Remedy::ListNames(kind));
    }
    for remedy in all {
        let advice = remedy.advice().unwrap_or_default();
        for flag_or_command in ["--", "`warden", "warden init", "WARDEN_"] {
            assert!(!advice.contains(flag_or_command), "{remedy:?}: {advice}");
        }
        // The command line says something else: its own words, flags and all.
        let err = warden::Error::failure("x").with_remedy(remedy.clone());
        let worded = warden::cli::exit::in_cli_words(&err);
        assert_ne!(
            (worded.message, worded.hint),
            (err.message, err.hint),
            "{remedy:?}"
        );
    }
}
