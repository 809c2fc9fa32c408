//! `user import`: CSV, JSON Lines and htpasswd files, all or nothing, with
//! the first bad row named by its line; the conflict modes; dry runs; real
//! legacy hashes; the export → import round trip; and a process killed in
//! the middle of a large import.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use crate::common::*;

/// A strong, distinct password for user `i`.
fn password(i: usize) -> String {
    format!("copper-{i}-meadow-lantern")
}

fn name(i: usize) -> String {
    format!("user{i:04}")
}

/// `n` users as CSV, every third with a role, every fifth with a network.
fn csv_users(n: usize) -> String {
    let mut text = String::from("username,email,roles,allowed_ips,password\n");
    for i in 0..n {
        let role = if i % 3 == 0 { "operator" } else { "" };
        let ip = if i % 5 == 0 {
            "10.1.0.0/16;192.0.2.7"
        } else {
            ""
        };
        text.push_str(&format!(
            "{},{}@example.com,{role},{ip},{}\n",
            name(i),
            name(i),
            password(i)
        ));
    }
    text
}

fn jsonl_users(n: usize) -> String {
    (0..n)
        .map(|i| {
            let mut row = serde_json::json!({
                "username": name(i),
                "email": format!("{}@example.com", name(i)),
                "password": password(i),
            });
            if i % 3 == 0 {
                row["roles"] = serde_json::json!(["viewer", "operator"]);
                row["active_role"] = serde_json::json!("operator");
            }
            format!("{row}\n")
        })
        .collect()
}

fn write(sb: &Sandbox, file: &str, text: &str) -> String {
    let path = sb.path(file);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

fn count_users(db: &Path) -> i64 {
    sql(db)
        .query_row("SELECT count(*) FROM users", [], |r| r.get(0))
        .unwrap()
}

/// Verifies every user in-process, on two threads, through the library
/// that applies exactly the command line's rules.
fn all_verify(db: &Path, n: usize) {
    std::thread::scope(|s| {
        for half in 0..2 {
            s.spawn(move || {
                let warden = warden::Warden::open(db).unwrap().acting_as("test");
                for i in (half..n).step_by(2) {
                    let d = warden
                        .verify(&name(i), &password(i), "10.1.2.3".parse().ok())
                        .unwrap();
                    assert!(d.allowed, "{}: {}", name(i), d.reason);
                }
            });
        }
    });
}

#[test]
fn a_thousand_users_from_csv_and_from_jsonl_all_verify() {
    for (file, text) in [
        ("users.csv", csv_users(1000)),
        ("users.jsonl", jsonl_users(1000)),
    ] {
        let sb = Sandbox::initialised();
        let path = write(&sb, file, &text);
        let out = sb.run(&["--json", "user", "import", &path]);
        let report = out.ok().json();
        assert_eq!(report["created"], 1000, "{file}");
        assert_eq!(report["format"], file.rsplit('.').next().unwrap());
        assert!(
            out.stderr.is_empty(),
            "piped: nothing extra: {}",
            out.stderr
        );
        assert_eq!(count_users(&sb.db), 1001);
        // Two thousand logins in this process would go to the machine's
        // syslog: not from a test.
        sb.run(&["settings", "set", "auth.syslog", "false"]).ok();
        all_verify(&sb.db, 1000);
        // And a few through the binary, with the fields the file gave.
        for i in [0, 5, 999] {
            sb.run_with(
                &[
                    "user",
                    "verify",
                    &name(i),
                    "--ip",
                    "10.1.2.3",
                    "--password-stdin",
                ],
                &password(i),
            )
            .ok();
        }
        let shown = sb.run(&["--json", "user", "show", &name(0)]).json();
        assert_eq!(shown["email"], "user0000@example.com");
        assert_eq!(shown["active_role"], "operator");
        if file.ends_with(".csv") {
            assert_eq!(
                shown["allowed_ips"],
                serde_json::json!(["10.1.0.0/16", "192.0.2.7/32"])
            );
        } else {
            assert_eq!(shown["roles"], serde_json::json!(["viewer", "operator"]));
        }
        // One event per user, and one summing up.
        let events: i64 = sb
            .sql()
            .query_row(
                "SELECT count(*) FROM events WHERE action = 'user.create' AND details LIKE '%\"source\":\"import\"%'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(events, 1000);
        let summary = sb
            .run(&["--json", "audit", "--action", "user.import"])
            .json();
        assert_eq!(summary[0]["details"]["created"], 1000);
    }
}

#[test]
fn a_bad_row_at_line_999_is_named_and_nothing_is_written() {
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    // Rows without passwords: the checks, not the hashing, are under test.
    let rows = |bad: &str| {
        let mut text = String::from("username,email,expires,credit_limit,password\n");
        for i in 2..=1001 {
            if i == 999 {
                text.push_str(bad);
            } else {
                text.push_str(&format!("{},,,,", name(i)));
            }
            text.push('\n');
        }
        text
    };
    let n = name(999);
    let cases = [
        ("email", format!("{n},not-an-address,,,"), "field \"email\""),
        ("date", format!("{n},,2025-02-30,,"), "field \"expires\""),
        ("limit", format!("{n},,,-5,"), "field \"credit_limit\""),
        ("name", "Bob,,,,".to_string(), "names are lower case"),
        ("fields", format!("{n},,"), "the record has 3 fields"),
        (
            "duplicate",
            format!("{},,,,", name(2)),
            "appears again (first on line 2)",
        ),
        (
            "password",
            format!("{n},,,,passwordpassword"),
            "field \"password\": the password is too",
        ),
    ];
    for (what, bad, want) in cases {
        let path = write(&sb, "bad.csv", &rows(&bad));
        let out = sb.run(&["user", "import", &path]);
        out.code(2);
        let first = out.stderr.lines().next().unwrap_or_default();
        assert!(
            first.starts_with(&format!("error: {path}, line 999: ")),
            "{what}: {first}"
        );
        assert!(first.contains(want), "{what}: {first}");
        assert_eq!(dump(&sb.db), before, "{what}: nothing written");
    }
    // The same in JSON Lines, and a wrong type.
    let mut text = jsonl_users(1000)
        .lines()
        .map(|l| format!("{l}\n"))
        .collect::<Vec<_>>();
    text[998] = format!("{{\"username\":\"{}\",\"enabled\":\"maybe\"}}\n", name(998));
    let path = write(&sb, "bad.jsonl", &text.concat());
    let out = sb.run(&["--json", "user", "import", &path]);
    out.code(2);
    let err = out.stderr_json();
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap()
            .contains("line 999: field \"enabled\": expected true or false"),
        "{err}"
    );
    assert_eq!(dump(&sb.db), before);
}

#[test]
fn a_dry_run_counts_and_writes_nothing() {
    let sb = Sandbox::initialised();
    sb.add_user("user0001", &["--email", "old@example.com"]);
    let before = dump(&sb.db);
    let path = write(&sb, "u.csv", &csv_users(4));
    let out = sb.run(&[
        "--json",
        "user",
        "import",
        &path,
        "--dry-run",
        "--on-conflict",
        "update",
    ]);
    let report = out.ok().json();
    assert_eq!(report["dry_run"], true);
    assert_eq!(
        (report["created"].as_u64(), report["updated"].as_u64()),
        (Some(3), Some(1))
    );
    assert_eq!(
        dump(&sb.db),
        before,
        "a dry run writes nothing, not even an event"
    );
    let text = sb.run(&["user", "import", &path, "--dry-run"]);
    // Without --on-conflict the existing user is a conflict, dry run or not.
    text.code(4);
    assert!(
        text.stderr
            .contains("line 3: user \"user0001\" already exists"),
        "{}",
        text.stderr
    );
    let text = sb.run(&[
        "user",
        "import",
        &path,
        "--dry-run",
        "--on-conflict",
        "skip",
    ]);
    assert_eq!(
        text.ok().stdout,
        format!("Dry run of {path}: 4 users read; would create 3, update 0; 0 unchanged, 1 skipped. Nothing was written.\n")
    );
    assert_eq!(dump(&sb.db), before);
}

#[test]
fn each_conflict_mode_does_what_it_says() {
    let sb = Sandbox::initialised();
    sb.add_user(
        "alice",
        &[
            "--email",
            "alice@old.example",
            "--phone",
            "555 0100",
            "--role",
            "viewer",
        ],
    );
    let before = dump(&sb.db);
    let path = write(
        &sb,
        "u.csv",
        "username,email,roles,enabled\nalice,alice@new.example,operator,\ncarol,carol@example.com,,false\n",
    );
    // fail (the default): the whole import stops at the existing user.
    let out = sb.run(&["user", "import", &path]);
    out.code(4);
    assert!(
        out.stderr.starts_with(&format!(
            "error: {path}, line 2: user \"alice\" already exists"
        )),
        "{}",
        out.stderr
    );
    assert_eq!(dump(&sb.db), before, "carol was not created either");

    // skip: carol is created, alice left exactly as she was.
    let alice = sb.run(&["--json", "user", "show", "alice"]).json();
    let report = sb
        .run(&["--json", "user", "import", &path, "--on-conflict", "skip"])
        .ok()
        .json();
    assert_eq!(
        (report["created"].as_u64(), report["skipped"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(sb.run(&["--json", "user", "show", "alice"]).json(), alice);
    let carol = sb.run(&["--json", "user", "show", "carol"]).json();
    assert_eq!(carol["enabled"], false);

    // update: the fields the file gives change, the others stay.
    let report = sb
        .run(&["--json", "user", "import", &path, "--on-conflict", "update"])
        .ok()
        .json();
    assert_eq!(
        (report["updated"].as_u64(), report["unchanged"].as_u64()),
        (Some(1), Some(1)),
        "{report}"
    );
    let alice = sb.run(&["--json", "user", "show", "alice"]).json();
    assert_eq!(alice["email"], "alice@new.example");
    assert_eq!(alice["roles"], serde_json::json!(["operator"]));
    assert_eq!(alice["active_role"], "operator");
    assert_eq!(
        alice["phone"], "555 0100",
        "a column the file lacks is left alone"
    );
    assert_eq!(
        alice["enabled"], true,
        "an empty boolean cell is left alone"
    );
    let change = sb
        .run(&[
            "--json",
            "audit",
            "--action",
            "user.update",
            "--target",
            "alice",
        ])
        .json();
    assert_eq!(change[0]["details"]["email"]["to"], "alice@new.example");
    assert_eq!(
        change[0]["details"]["roles"]["from"],
        serde_json::json!(["viewer"])
    );

    // The same file again: nothing changes but the summary event.
    let other_events = || -> i64 {
        sb.sql()
            .query_row(
                "SELECT count(*) FROM events WHERE action <> 'user.import'",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    let settled = other_events();
    let report = sb
        .run(&["--json", "user", "import", &path, "--on-conflict", "update"])
        .ok()
        .json();
    assert_eq!(report["unchanged"], 2);
    assert_eq!(other_events(), settled, "no event but the summary");

    // An empty cell clears, and a password that already matches is kept.
    let hash: String = sb.user_column("alice", "password_hash");
    let path = write(
        &sb,
        "u2.csv",
        &format!("username,email,password\nalice,,{USER_PASSWORD}\n"),
    );
    let report = sb
        .run(&["--json", "user", "import", &path, "--on-conflict", "update"])
        .ok()
        .json();
    assert_eq!(report["updated"], 1);
    assert_eq!(
        sb.run(&["--json", "user", "show", "alice"]).json()["email"],
        serde_json::Value::Null
    );
    assert_eq!(
        sb.user_column::<String>("alice", "password_hash"),
        hash,
        "not re-hashed"
    );
}

#[test]
fn an_update_that_would_leave_no_admin_is_refused_whole() {
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    let path = write(&sb, "u.csv", "username,enabled\nnewbie,true\nadmin,false\n");
    let out = sb.run(&["user", "import", &path, "--on-conflict", "update"]);
    out.code(5);
    assert!(
        out.stderr
            .contains("leave no enabled, unexpired user with the admin role"),
        "{}",
        out.stderr
    );
    assert_eq!(dump(&sb.db), before);
    let path = write(&sb, "u.csv", "username,roles\nadmin,viewer\n");
    sb.run(&["user", "import", &path, "--on-conflict", "update"])
        .code(5);
    assert_eq!(dump(&sb.db), before);
}

/// A key given twice in a JSON Lines object is refused with its line,
/// whichever value would have won; before, the last one did, so this row
/// created an admin.
#[test]
fn a_repeated_json_key_is_refused_with_its_line() {
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    for (text, field) in [
        (
            "{\"username\":\"ok\"}\n{\"username\":\"x\",\"roles\":[\"viewer\"],\"roles\":[\"admin\"]}\n",
            "roles",
        ),
        (
            "{\"username\":\"ok\"}\n{\"username\":\"x\",\"enabled\":false,\"enabled\":true}\n",
            "enabled",
        ),
        (
            "{\"username\":\"ok\"}\n{\"username\":\"x\",\"username\":\"admin\"}\n",
            "username",
        ),
    ] {
        let path = write(&sb, "dup.jsonl", text);
        for mode in ["fail", "update"] {
            let out = sb.run(&["user", "import", &path, "--on-conflict", mode]);
            out.code(2).no_panic();
            assert_eq!(
                out.stderr.lines().next().unwrap(),
                format!("error: {path}, line 2: field \"{field}\": the field appears twice in the object")
            );
            assert_eq!(dump(&sb.db), before);
        }
    }
}

#[test]
fn unknown_roles_and_accounts_are_not_found_with_their_line() {
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    for (text, want) in [
        (
            "username,roles\na,operator\nb,auditor\n",
            "line 3: no role \"auditor\"",
        ),
        (
            "username,account\na,root\nb,nowhere\n",
            "line 3: no account \"nowhere\"",
        ),
    ] {
        let path = write(&sb, "u.csv", text);
        let out = sb.run(&["user", "import", &path]);
        out.code(3);
        assert!(out.stderr.contains(want), "{}", out.stderr);
        assert_eq!(dump(&sb.db), before);
    }
}

#[test]
fn input_that_cannot_be_read_is_a_usage_error() {
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    let txt = write(&sb, "users.txt", "username\nalice\n");
    let cases: Vec<(Vec<&str>, &str, i32, &str)> = vec![
        (
            vec!["user", "import", &txt],
            "",
            2,
            "cannot tell the format",
        ),
        (
            vec!["user", "import", "-"],
            "username\nalice\n",
            2,
            "cannot tell the format of standard input",
        ),
        (
            vec!["user", "import", "missing.csv"],
            "",
            1,
            "cannot open missing.csv",
        ),
        (
            vec!["user", "import", "-", "--format", "csv"],
            "",
            2,
            "the file is empty",
        ),
        (
            vec!["user", "import", "-", "--format", "csv"],
            "name\nalice\n",
            2,
            "unknown field \"name\"",
        ),
        (
            vec!["user", "import", "-", "--format", "jsonl"],
            "{\"username\":\"a\",\"colour\":1}\n",
            2,
            "line 1: unknown field \"colour\"",
        ),
        (
            vec![
                "user",
                "import",
                "-",
                "--format",
                "csv",
                "--on-conflict",
                "merge",
            ],
            "",
            2,
            "invalid value 'merge'",
        ),
    ];
    for (args, stdin, code, want) in cases {
        let out = sb.run_with(&args, stdin);
        out.code(code).no_panic();
        assert!(out.stderr.contains(want), "{args:?}: {}", out.stderr);
        assert_eq!(dump(&sb.db), before, "{args:?}");
    }
    // A line of 8 MiB without a break: refused early, with bounded memory.
    let mut huge = b"username\n".to_vec();
    huge.extend(std::iter::repeat_n(b'a', 8 << 20));
    let out = run_command(
        sb.command()
            .args(["user", "import", "-", "--format", "csv"]),
        &huge,
    );
    out.code(2);
    assert!(
        out.stderr.contains("line 2 is longer than 1 MiB"),
        "{}",
        out.stderr
    );
    // Standard input works when the format is given.
    let out = sb.run_with(
        &["user", "import", "-", "--format", "jsonl"],
        "{\"username\":\"alice\"}\n",
    );
    assert_eq!(
        out.ok().stdout,
        "Imported 1 user from -: 1 created, 0 updated, 0 unchanged, 0 skipped.\n"
    );
    assert!(out.stderr.is_empty(), "{}", out.stderr);
}

/// The hash a real tool prints for `password`.
fn made_by(program: &str, args: &[&str]) -> String {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    assert!(output.status.success(), "{program} {args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap().trim().to_string()
}

/// What the htpasswd test imports, from `htpasswd`, `mkpasswd` and
/// `openssl`: an htpasswd file with alice (`USER_PASSWORD`, cost 5) and
/// bob (`PASSWORD`), SHA-crypt hashes of `USER_PASSWORD`, refused
/// htpasswd lines and a SHA-512-crypt hash of 2,000,000 rounds.
struct Legacy {
    htpasswd_file: String,
    sha512: String,
    sha256: String,
    sha512_openssl: String,
    bcrypt_line: String,
    md5_line: String,
    sha1_line: String,
    slow: String,
}

#[test]
fn htpasswd_files_and_legacy_hashes_made_once_import_verify_and_upgrade() {
    use crate::tools::vectors::*;
    legacy_hashes_import_verify_and_upgrade(Legacy {
        htpasswd_file: HTPASSWD_FILE.to_string(),
        sha512: MKPASSWD_SHA512.to_string(),
        sha256: OPENSSL_SHA256.to_string(),
        sha512_openssl: OPENSSL_SHA512.to_string(),
        bcrypt_line: HTPASSWD_LINE_COST_4.to_string(),
        md5_line: HTPASSWD_LINE_MD5.to_string(),
        sha1_line: HTPASSWD_LINE_SHA1.to_string(),
        slow: MKPASSWD_SHA512_2M_ROUNDS.to_string(),
    });
}

#[test]
fn htpasswd_files_and_real_legacy_hashes_import_verify_and_upgrade() {
    let test = "htpasswd_files_and_real_legacy_hashes_import_verify_and_upgrade";
    if !(crate::tools::have("htpasswd", "apache2-utils", test)
        && crate::tools::have("mkpasswd", "whois", test)
        && crate::tools::have("openssl", "openssl", test))
    {
        return;
    }
    let scratch = tempfile::tempdir().unwrap();
    let htpasswd = scratch.path().join("made.htpasswd");
    let ht = htpasswd.to_str().unwrap();
    made_by(
        "htpasswd",
        &["-c", "-b", "-B", "-C", "5", ht, "alice", USER_PASSWORD],
    );
    made_by("htpasswd", &["-b", "-B", ht, "bob", PASSWORD]);
    legacy_hashes_import_verify_and_upgrade(Legacy {
        htpasswd_file: std::fs::read_to_string(&htpasswd).unwrap(),
        sha512: made_by("mkpasswd", &["-m", "sha-512", USER_PASSWORD]),
        sha256: made_by("openssl", &["passwd", "-5", USER_PASSWORD]),
        sha512_openssl: made_by("openssl", &["passwd", "-6", USER_PASSWORD]),
        bcrypt_line: made_by(
            "htpasswd",
            &["-n", "-b", "-B", "-C", "4", "x", USER_PASSWORD],
        ),
        md5_line: made_by("htpasswd", &["-n", "-b", "-m", "frank", USER_PASSWORD]),
        sha1_line: made_by("htpasswd", &["-n", "-b", "-s", "gina", USER_PASSWORD]),
        slow: made_by(
            "mkpasswd",
            &["-m", "sha-512", "-R", "2000000", USER_PASSWORD],
        ),
    });
}

fn legacy_hashes_import_verify_and_upgrade(legacy: Legacy) {
    let sb = Sandbox::initialised();
    let htpasswd = sb.path("site.htpasswd");
    let ht = htpasswd.to_str().unwrap();
    let text = format!(
        "# migrated from the old web server\n\n{}",
        legacy.htpasswd_file
    );
    std::fs::write(&htpasswd, &text).unwrap();
    assert!(text.contains("alice:$2y$05$"), "{text}");
    let report = sb.run(&["--json", "user", "import", ht]).ok().json();
    assert_eq!(report["format"], "htpasswd");
    assert_eq!(report["created"], 2);

    // SHA-crypt hashes from mkpasswd and openssl, through JSON Lines.
    let rows: String = [
        ("carol", &legacy.sha512),
        ("dave", &legacy.sha256),
        ("erin", &legacy.sha512_openssl),
    ]
    .iter()
    .map(|(n, h)| {
        format!(
            "{}\n",
            serde_json::json!({ "username": n, "password_hash": h })
        )
    })
    .collect();
    let path = write(&sb, "legacy.jsonl", &rows);
    sb.run(&["user", "import", &path]).ok();

    for (user, secret, prefix) in [
        ("alice", USER_PASSWORD, "$2y$"),
        ("bob", PASSWORD, "$2y$"),
        ("carol", USER_PASSWORD, "$6$"),
        ("dave", USER_PASSWORD, "$5$"),
        ("erin", USER_PASSWORD, "$6$"),
    ] {
        let stored: String = sb.user_column(user, "password_hash");
        assert!(stored.starts_with(prefix), "{user}: kept as imported");
        sb.run_with(
            &["user", "verify", user, "--password-stdin"],
            "wrong-password-entirely",
        )
        .code(6);
        sb.run_with(&["user", "verify", user, "--password-stdin"], secret)
            .ok();
        let upgraded: String = sb.user_column(user, "password_hash");
        assert!(upgraded.starts_with("$argon2id$"), "{user}: {upgraded}");
        sb.run_with(&["user", "verify", user, "--password-stdin"], secret)
            .ok();
    }

    // Apache MD5 and SHA-1 lines are refused with their line; nothing written.
    let before = dump(&sb.db);
    for (line, want) in [
        (
            &legacy.md5_line,
            "Apache MD5 ($apr1$) hashes are not accepted",
        ),
        (&legacy.sha1_line, "SHA-1 ({SHA}) hashes are not accepted"),
    ] {
        let bad = write(
            &sb,
            "bad.htpasswd",
            &format!(
                "zed:{}\n{line}\n",
                legacy.bcrypt_line.trim_start_matches("x:")
            ),
        );
        let out = sb.run(&["user", "import", &bad]);
        out.code(2);
        assert!(
            out.stderr.contains("line 2: field \"password_hash\""),
            "{}",
            out.stderr
        );
        assert!(out.stderr.contains(want), "{}", out.stderr);
        assert!(!out.stderr.contains(USER_PASSWORD));
        assert_eq!(dump(&sb.db), before);
    }
    // A hash that would make every login slow is refused too.
    let slow = &legacy.slow;
    let path = write(
        &sb,
        "slow.jsonl",
        &format!(
            "{}\n",
            serde_json::json!({"username": "slow", "password_hash": slow})
        ),
    );
    let out = sb.run(&["user", "import", &path]);
    out.code(2);
    assert!(
        out.stderr
            .contains("too costly to verify: SHA-crypt rounds=2000000"),
        "{}",
        out.stderr
    );
    assert_eq!(dump(&sb.db), before);
}

/// The hashes given are checked on every core while the file is read, in
/// batches; the error is still the first problem in the file's order,
/// whichever of a hash and a field comes first, however far apart.
#[test]
fn the_first_problem_in_the_file_is_the_error_with_hashes_checked_on_every_core() {
    let sb = Sandbox::initialised();
    let good = "$2y$10$4xYswNrMQJW1d4CknJcHfuQHg3TltZ6E.Hl4EikMtz0oxHhTYW1vK";
    let costly = good.replace("$10$", "$15$");
    let before = dump(&sb.db);
    let file = |bad_hash: usize, bad_email: usize| {
        let text: String = (1..=300)
            .map(|line| {
                let hash = if line == bad_hash { costly.as_str() } else { good };
                let email = if line == bad_email {
                    "not an address".to_string()
                } else {
                    format!("u{line}@example.com")
                };
                format!(
                    "{}\n",
                    serde_json::json!({"username": format!("u{line}"), "email": email, "password_hash": hash})
                )
            })
            .collect();
        write(&sb, "order.jsonl", &text)
    };
    for (bad_hash, bad_email, first) in [
        (2, 4, 2),
        (4, 2, 2),
        (150, 290, 150),
        (290, 150, 150),
        (299, 0, 299),
    ] {
        let out = sb.run(&["user", "import", &file(bad_hash, bad_email)]);
        out.code(2);
        let field = if first == bad_hash {
            "password_hash"
        } else {
            "email"
        };
        assert!(
            out.stderr
                .contains(&format!("line {first}: field \"{field}\"")),
            "{bad_hash} {bad_email}: {}",
            out.stderr
        );
        if first == bad_hash {
            assert!(out.stderr.contains("bcrypt cost 15"), "{}", out.stderr);
        }
        assert_eq!(dump(&sb.db), before);
    }
    // The same file without the problems imports every user.
    sb.run(&["user", "import", &file(0, 0)]).ok();
    assert!(sb
        .run(&["user", "show", "u300"])
        .ok()
        .stdout
        .contains("u300@example.com"));
}

/// Users with every field set, in a database made at NOW.
fn varied(sb: &Sandbox) {
    sb.add_account("acme", &[]);
    sb.add_user(
        "alice",
        &[
            "--email",
            "alice@example.com",
            "--first-name",
            "Alice",
            "--last-name",
            "O'Brien, Jr",
            "--phone",
            "+1 555 0100",
            "--role",
            "viewer",
            "--role",
            "operator",
            "--account",
            "acme",
            "--allowed-ip",
            "10.0.0.0/8",
            "--allowed-ip",
            "2001:db8::/32",
            "--expires",
            "2027-06-30",
            "--credit-limit",
            "250",
            "--no-notify",
        ],
    );
    sb.run(&["role", "switch", "alice", "operator"]).ok();
    sb.add_user("bob", &["--role", "reporter"]);
    sb.run(&["user", "disable", "bob"]).ok();
    sb.run(&[
        "user",
        "add",
        "carol",
        "--no-password",
        "--email",
        "carol@example.com",
    ])
    .ok();
}

#[test]
fn export_then_import_into_a_fresh_database_gives_the_same_users() {
    let source = Sandbox::initialised();
    varied(&source);
    let listed = source.run(&["--json", "user", "list"]).ok().stdout.clone();
    for format in ["jsonl", "csv"] {
        let export = source.run(&["user", "export", "--include-hashes", "--format", format]);
        let target = Sandbox::initialised();
        target.add_account("acme", &[]);
        let path = write(&target, &format!("users.{format}"), &export.ok().stdout);
        target
            .run(&["user", "import", &path, "--on-conflict", "update"])
            .ok();
        assert_eq!(
            target.run(&["--json", "user", "list"]).ok().stdout,
            listed,
            "{format}"
        );
        for name in ["admin", "alice", "bob", "carol"] {
            let hash = |sb: &Sandbox| sb.user_column::<Option<String>>(name, "password_hash");
            assert_eq!(
                hash(&target),
                hash(&source),
                "{format}: {name}'s hash came along"
            );
        }
        alice_logs_in(&target);
        // Without --include-hashes no hash leaves, and the import keeps the
        // passwords it has.
        let export = source
            .run(&["user", "export", "--format", format])
            .ok()
            .stdout
            .clone();
        assert!(!export.contains("$argon2"), "{format}");
        let path = write(&target, &format!("plain.{format}"), &export);
        target
            .run(&["user", "import", &path, "--on-conflict", "update"])
            .ok();
        alice_logs_in(&target);
    }
}

fn alice_logs_in(sb: &Sandbox) {
    let args = [
        "user",
        "verify",
        "alice",
        "--password-stdin",
        "--ip",
        "10.1.2.3",
    ];
    sb.run_with(&args, USER_PASSWORD).ok();
}

/// A progress bar on a terminal; nothing but the result when piped (the
/// piped case is checked in the tests above, which assert an empty stderr).
#[test]
fn a_terminal_gets_a_progress_bar() {
    let sb = Sandbox::initialised();
    let path = write(&sb, "u.jsonl", &jsonl_users(40));
    let mut cmd = sb.command();
    cmd.env("TERM", "xterm").args(["user", "import", &path]);
    let mut s = rexpect::session::spawn_command(cmd, Some(60_000)).unwrap();
    let seen = s.exp_string("Imported 40 users").unwrap();
    assert!(seen.contains("passwords"), "a phase was shown: {seen:?}");
    assert!(seen.contains("/40"), "with a count: {seen:?}");
    assert!(!seen.contains("copper-"), "no password on screen");
}

/// Kills imports of 5,000 users at random moments: each leaves all of them
/// or none, the database passes `db check`, and the next import succeeds.
#[test]
fn an_import_killed_at_any_moment_leaves_all_or_nothing() {
    let sb = Sandbox::initialised();
    let hash = sb.user_column::<String>("admin", "password_hash");
    let rows: String = (0..5000)
        .map(|i| {
            format!(
                "{}\n",
                serde_json::json!({"username": name(i), "email": format!("{}@example.com", name(i)), "roles": ["viewer"], "password_hash": hash})
            )
        })
        .collect();
    let path = write(&sb, "big.jsonl", &rows);
    // How long a whole import takes here, on a copy.
    let probe = Sandbox::initialised();
    let started = Instant::now();
    probe.run(&["user", "import", &path]).ok();
    let full = started.elapsed();
    let mut seed = std::process::id() as u64 ^ 0x9e37_79b9_7f4a_7c15;
    let (mut none, mut all) = (0, 0);
    for _ in 0..30 {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let delay = full.mul_f64((seed >> 11) as f64 / (1u64 << 53) as f64 * 1.2);
        let mut child = sb
            .command()
            .args(["user", "import", &path])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();
        match count_users(&sb.db) {
            1 => none += 1,
            5001 => {
                all += 1;
                // Start over from none for the next round.
                sb.sql()
                    .execute("DELETE FROM users WHERE username <> 'admin'", [])
                    .unwrap();
            }
            n => panic!("a killed import left {n} users after {delay:?}"),
        }
        sb.run(&["db", "check"]).ok();
    }
    assert!(
        none > 0,
        "some imports were killed before they committed ({all} finished)"
    );
    sb.run(&["user", "import", &path]).ok();
    assert_eq!(count_users(&sb.db), 5001);
    sb.run(&["db", "check"]).ok();
}

/// A mistyped column or key is answered as clap answers a mistyped flag:
/// with the nearest field, then the list.
#[test]
fn an_unknown_column_or_key_suggests_the_nearest_field() {
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    let list = "the fields are username, email, first_name, last_name, phone, roles, \
                active_role, account, enabled, notify, password, password_hash, allowed_ips, \
                expires, credit_limit";
    for (format, text, place, field, nearest) in [
        (
            "csv",
            "username,role\nalice,viewer\n",
            "line 1 (the header)",
            "role",
            Some("roles"),
        ),
        (
            "csv",
            "Username,email\nalice,\n",
            "line 1 (the header)",
            "Username",
            Some("username"),
        ),
        (
            "csv",
            "username,allowed_ip\nalice,10.0.0.1\n",
            "line 1 (the header)",
            "allowed_ip",
            Some("allowed_ips"),
        ),
        (
            "jsonl",
            "{\"user_name\":\"alice\"}\n",
            "line 1",
            "user_name",
            Some("username"),
        ),
        (
            "jsonl",
            "{\"username\":\"a\",\"expiry\":\"never\"}\n",
            "line 1",
            "expiry",
            Some("expires"),
        ),
        (
            "jsonl",
            "{\"username\":\"a\",\"colour\":1}\n",
            "line 1",
            "colour",
            None,
        ),
    ] {
        let out = sb.run_with(&["user", "import", "-", "--format", format], text);
        let hint = match nearest {
            Some(word) => format!("did you mean \"{word}\"? {list}"),
            None => list.to_string(),
        };
        assert_eq!(
            out.code(2).stderr,
            format!("error: -, {place}: unknown field \"{field}\"\nhint: {hint}\n"),
            "{text}"
        );
        assert_eq!(out.stdout, "");
        assert_eq!(dump(&sb.db), before, "{text}");
    }
}

/// A real htpasswd file mixes the Apache MD5 that plain `htpasswd` writes
/// with better hashes. By default one such line fails the whole import;
/// `--weak-hashes no-password` imports those users without a password,
/// never storing the hash, and names them. They cannot log in until
/// `user passwd`.
fn weak_hashes_import_without_a_password(htpasswd: &str) {
    let sb = Sandbox::initialised();
    let file = write(&sb, "site.htpasswd", htpasswd);
    assert!(htpasswd.starts_with("frank:$apr1$"), "{htpasswd}");
    let before = dump(&sb.db);
    let out = sb.run(&["user", "import", &file]);
    assert_eq!(
        out.code(2).stderr,
        format!(
            "error: {file}, line 1: field \"password_hash\": Apache MD5 ($apr1$) hashes are not accepted\n\
             hint: it is too fast to compute to protect a password; give --weak-hashes no-password \
             to import such users without one, then set it with `warden user passwd NAME`\n"
        )
    );
    assert_eq!(dump(&sb.db), before);
    // A dry run counts and names them too, and writes nothing.
    let out = sb.run(&[
        "user",
        "import",
        &file,
        "--weak-hashes",
        "no-password",
        "--dry-run",
    ]);
    assert_eq!(
        out.ok().stdout,
        format!(
            "Dry run of {file}: 3 users read; would create 3, update 0; 0 unchanged, 0 skipped. \
             2 would have no password (weak hash not imported; set one with `warden user passwd NAME`): \
             frank, gina. Nothing was written.\n"
        )
    );
    assert_eq!(dump(&sb.db), before);
    let out = sb.run(&["user", "import", &file, "--weak-hashes", "no-password"]);
    assert_eq!(
        out.ok().stdout,
        format!(
            "Imported 3 users from {file}: 3 created, 0 updated, 0 unchanged, 0 skipped. \
             2 have no password (weak hash not imported; set one with `warden user passwd NAME`): \
             frank, gina.\n"
        )
    );
    assert_eq!(
        sb.user_column::<Option<String>>("frank", "password_hash"),
        None
    );
    assert_eq!(
        sb.user_column::<Option<String>>("gina", "password_hash"),
        None
    );
    let alice: String = sb.user_column("alice", "password_hash");
    assert!(alice.starts_with("$2y$"), "{alice}");
    let all = dump(&sb.db);
    for line in htpasswd.lines().filter(|l| !l.starts_with("alice:")) {
        let (_, hash) = line.split_once(':').unwrap();
        assert!(!all.contains(hash), "the weak hash {hash} was kept");
    }
    let created = sb
        .run(&[
            "--json",
            "audit",
            "--action",
            "user.create",
            "--target",
            "frank",
        ])
        .json();
    assert_eq!(created[0]["details"]["password"], false);
    assert_eq!(
        created[0]["details"]["weak_hash_left_out"],
        "Apache MD5 ($apr1$)"
    );
    // Without a password, even the right one is denied, until user passwd.
    for user in ["frank", "gina"] {
        let out = sb.run_with(&["user", "verify", user, "--password-stdin"], USER_PASSWORD);
        assert_eq!(
            out.code(6).stdout,
            "denied: invalid user name or password\n"
        );
    }
    sb.run_with(
        &["user", "verify", "alice", "--password-stdin"],
        USER_PASSWORD,
    )
    .ok();
    sb.run_with(&["user", "passwd", "frank", "--password-stdin"], PASSWORD)
        .ok();
    sb.run_with(&["user", "verify", "frank", "--password-stdin"], PASSWORD)
        .ok();
}

#[test]
fn weak_hashes_made_once_by_htpasswd_import_without_a_password() {
    weak_hashes_import_without_a_password(crate::tools::vectors::HTPASSWD_FILE_WEAK);
}

#[test]
fn weak_hashes_from_a_real_htpasswd_file_import_without_a_password() {
    let test = "import::weak_hashes_from_a_real_htpasswd_file_import_without_a_password";
    if !crate::tools::have("htpasswd", "apache2-utils", test) {
        return;
    }
    let scratch = tempfile::tempdir().unwrap();
    let path = scratch.path().join("made.htpasswd");
    let ht = path.to_str().unwrap();
    // Plain htpasswd, as the README's tour has it: Apache MD5.
    made_by("htpasswd", &["-c", "-b", ht, "frank", USER_PASSWORD]);
    made_by("htpasswd", &["-b", "-B", ht, "alice", USER_PASSWORD]);
    made_by("htpasswd", &["-b", "-s", ht, "gina", USER_PASSWORD]);
    weak_hashes_import_without_a_password(&std::fs::read_to_string(&path).unwrap());
}

/// With `--on-conflict update` a weak hash removes the stored password
/// (the file no longer vouches for it); `skip` leaves the user alone; a
/// rerun changes nothing. The JSON report counts and names them; every
/// format takes the flag.
#[test]
fn weak_hashes_in_updates_remove_the_password_and_are_counted_in_json() {
    use crate::tools::vectors::{HTPASSWD_LINE_MD5, OPENSSL_MD5};
    let sb = Sandbox::initialised();
    sb.add_user("frank", &[]);
    sb.add_user("olga", &[]);
    let file = write(&sb, "site.htpasswd", &format!("{HTPASSWD_LINE_MD5}\n"));
    let import = |extra: &[&str]| {
        let mut args = vec![
            "--json",
            "user",
            "import",
            &file,
            "--weak-hashes",
            "no-password",
        ];
        args.extend(extra);
        sb.run(&args)
    };
    let before = dump(&sb.db);
    let out = import(&["--on-conflict", "skip"]);
    let report = out.ok().json();
    assert_eq!(
        (
            report["skipped"].clone(),
            report["without_password"].clone()
        ),
        (1.into(), 0.into())
    );
    assert_eq!(report["without_password_users"], serde_json::json!([]));
    assert_eq!(dump(&sb.db), before);
    let report = import(&["--on-conflict", "update"]).ok().json();
    assert_eq!(report["updated"], 1);
    assert_eq!(report["without_password"], 1);
    assert_eq!(
        report["without_password_users"],
        serde_json::json!(["frank"])
    );
    assert_eq!(
        sb.user_column::<Option<String>>("frank", "password_hash"),
        None
    );
    let updated = sb
        .run(&[
            "--json",
            "audit",
            "--action",
            "user.update",
            "--target",
            "frank",
        ])
        .json();
    assert_eq!(updated[0]["details"]["password"], "removed");
    let out = sb.run_with(
        &["user", "verify", "frank", "--password-stdin"],
        USER_PASSWORD,
    );
    out.code(6);
    // Again: nothing more to remove, nothing written.
    let after = dump(&sb.db);
    let report = import(&["--on-conflict", "update"]).ok().json();
    assert_eq!(
        (report["updated"].clone(), report["unchanged"].clone()),
        (0.into(), 1.into())
    );
    assert_eq!(dump(&sb.db), after);
    // CSV and JSON Lines take the flag too.
    let csv = write(
        &sb,
        "weak.csv",
        &format!("username,password_hash\nolga,{OPENSSL_MD5}\npia,{OPENSSL_MD5}\n"),
    );
    let out = sb.run(&[
        "--json",
        "user",
        "import",
        &csv,
        "--weak-hashes",
        "no-password",
        "--on-conflict",
        "update",
    ]);
    let report = out.ok().json();
    assert_eq!(
        report["without_password_users"],
        serde_json::json!(["olga", "pia"])
    );
    let jsonl = write(
        &sb,
        "weak.jsonl",
        &format!(
            "{}\n",
            serde_json::json!({"username": "quinn", "password_hash": OPENSSL_MD5})
        ),
    );
    let report = sb
        .run(&[
            "--json",
            "user",
            "import",
            &jsonl,
            "--weak-hashes",
            "no-password",
        ])
        .ok()
        .json();
    assert_eq!(
        report["without_password_users"],
        serde_json::json!(["quinn"])
    );
    // A plain password beside a weak hash is still two passwords.
    let both = write(
        &sb,
        "both.jsonl",
        &format!(
            "{}\n",
            serde_json::json!({"username": "rita", "password": PASSWORD, "password_hash": OPENSSL_MD5})
        ),
    );
    let out = sb.run(&["user", "import", &both, "--weak-hashes", "no-password"]);
    assert!(
        out.code(2)
            .stderr
            .contains("both password and password_hash are given"),
        "{}",
        out.stderr
    );
    // apply has no such flag: a weak hash there is refused as before.
    let site = write(
        &sb,
        "site.toml",
        &format!("[[users]]\nname = \"sam\"\npassword_hash = \"{OPENSSL_MD5}\"\n"),
    );
    let out = sb.run(&["apply", &site]);
    assert!(
        out.code(2)
            .stderr
            .contains("MD5-crypt ($1$) hashes are not accepted"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("--weak-hashes"), "{}", out.stderr);
}

#[test]
fn a_csv_separated_by_semicolons_or_tabs_says_the_separator_is_a_comma() {
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    for (text, shown) in [
        (
            "username;email;roles\nalice;alice@example.com;viewer\n",
            "';'",
        ),
        ("\u{feff}username;email\nalice;alice@example.com\n", "';'"),
        ("username\temail\nalice\talice@example.com\n", "tabs"),
    ] {
        let file = write(&sb, "staff.csv", text);
        let out = sb.run(&["user", "import", &file]);
        out.code(2);
        assert_eq!(
            out.stderr.lines().next().unwrap_or_default(),
            format!(
                "error: {file}, line 1 (the header): the columns are separated by {shown}, but a CSV import is separated by commas"
            ),
            "{text:?}"
        );
        assert!(
            out.stderr.contains("hint: save the file with ','"),
            "{}",
            out.stderr
        );
        assert_eq!(out.stderr.lines().count(), 2, "{}", out.stderr);
    }
    assert_eq!(dump(&sb.db), before);
    // A ';' inside a field is a list, as ever.
    let file = write(&sb, "ok.csv", "username,roles\nalice,viewer;reporter\n");
    sb.run(&["user", "import", &file]).ok();
    let alice = sb.run(&["--json", "user", "show", "alice"]).json();
    assert_eq!(alice["roles"], serde_json::json!(["viewer", "reporter"]));
}
