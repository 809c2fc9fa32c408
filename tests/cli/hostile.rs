//! Hostile input: look-alike and injected names, extreme passwords, bad
//! durations, dates and networks, and import streams that never end.
//! "Unchanged" means `dump()` is identical, which includes the audit log.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

/// Runs warden under `/usr/bin/time`, feeding stdin from `feed` on another
/// thread; returns the outcome and the child's peak resident set in KiB.
/// (`wait4` from this process would not do: a child's peak starts from its
/// parent's at exec, and this test process is far bigger than `time`.)
fn measured(
    sb: &Sandbox,
    args: &[&str],
    feed: impl FnOnce(&mut dyn Write) + Send,
) -> (Outcome, u64) {
    let report = sb.path("rss");
    let cmd = sb.command();
    let mut timed = Command::new("/usr/bin/time");
    timed
        .arg("-f")
        .arg("%M")
        .arg("-o")
        .arg(&report)
        .arg(BIN)
        .args(args)
        .env_clear()
        .envs(cmd.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .current_dir(sb.dir.path());
    let started = Instant::now();
    let mut child = timed
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("/usr/bin/time (Debian package time) measures the peak memory");
    let mut stdin = child.stdin.take().expect("stdin");
    let output = std::thread::scope(|s| {
        s.spawn(move || feed(&mut stdin));
        child.wait_with_output().expect("wait")
    });
    let elapsed = started.elapsed();
    let text = std::fs::read_to_string(&report).unwrap_or_default();
    let kib = text
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or_else(|| panic!("no peak RSS in {text:?}"));
    let outcome = Outcome {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        elapsed,
    };
    (outcome, kib)
}

/// Writes `total` bytes of `byte` in 64 KiB chunks, stopping quietly when
/// the reader has gone: nothing of that size is ever held in memory.
fn stream(out: &mut dyn Write, prefix: &[u8], byte: u8, total: u64) {
    if out.write_all(prefix).is_err() {
        return;
    }
    let chunk = vec![byte; 64 << 10];
    let mut sent = 0u64;
    while sent < total {
        if out.write_all(&chunk).is_err() {
            return;
        }
        sent += chunk.len() as u64;
    }
}

#[test]
fn look_alike_names_are_refused_for_every_kind() {
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    // Upper case, fullwidth letters, a zero-width joiner, a right-to-left
    // override, and é precomposed (NFC) and decomposed (NFD).
    let names = [
        "Admin",
        "\u{ff41}\u{ff44}\u{ff4d}\u{ff49}\u{ff4e}",
        "ad\u{200d}min",
        "\u{202e}nimda",
        "caf\u{e9}",
        "cafe\u{301}",
    ];
    for name in names {
        let runs: [Vec<&str>; 4] = [
            vec!["user", "add", name, "--no-password"],
            vec!["role", "create", name, "--permission", "users.read"],
            vec![
                "strategy",
                "create",
                name,
                "--schedule",
                "daily",
                "--keep-last",
                "3",
            ],
            vec!["account", "create", name, "--password-stdin"],
        ];
        for args in runs {
            let out = sb.run_with(&args, USER_PASSWORD);
            out.code(2).no_panic();
            assert!(out.stderr.contains("invalid"), "{args:?}: {}", out.stderr);
            // The name is shown escaped, never as raw bidi or joiner text.
            assert!(
                !out.stderr.contains('\u{202e}') && !out.stderr.contains('\u{200d}'),
                "{}",
                out.stderr
            );
        }
    }
    assert_eq!(dump(&sb.db), before);
    // So "admin" stays the only admin-looking user.
    let users = sb.run(&["--json", "user", "list"]).json();
    assert_eq!(users.as_array().map(Vec::len), Some(1));
}

#[test]
fn sql_metacharacters_are_refused_in_names_and_literal_in_free_text() {
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    let injection = "x');DROP TABLE users;--";
    for name in ["o'brien", injection, "a\"b", "a;b", "a%", "_"] {
        sb.run(&["user", "add", name, "--no-password"])
            .code(2)
            .no_panic();
        sb.run(&["role", "create", name, "--permission", "users.read"])
            .code(2);
    }
    assert_eq!(dump(&sb.db), before);
    // Free text is stored and shown exactly as given.
    sb.run(&[
        "user",
        "add",
        "obrien",
        "--no-password",
        "--first-name",
        injection,
        "--last-name",
        "O'Brien",
    ])
    .ok();
    sb.run(&[
        "role",
        "create",
        "quoted",
        "--permission",
        "users.read",
        "--description",
        "'; DELETE FROM roles; --",
    ])
    .ok();
    let user = sb.run(&["--json", "user", "show", "obrien"]).json();
    assert_eq!(user["first_name"], injection);
    assert_eq!(user["last_name"], "O'Brien");
    let role = sb.run(&["--json", "role", "show", "quoted"]).json();
    assert_eq!(role["description"], "'; DELETE FROM roles; --");
    let users = sb.run(&["--json", "user", "list"]).json();
    assert_eq!(users.as_array().map(Vec::len), Some(2));
    // The audit filters match exactly: % and _ are not wildcards.
    let all = sb.run(&["--json", "audit"]).json();
    assert!(all.as_array().is_some_and(|a| a.len() >= 2));
    for (flag, value) in [
        ("--target", "%"),
        ("--target", "obrie_"),
        ("--target", "%obrien%"),
        ("--actor", "%"),
        ("--actor", "teste_"),
        ("--action", "%"),
    ] {
        let out = sb.run(&["--json", "audit", flag, value]);
        assert_eq!(out.ok().json(), serde_json::json!([]), "{flag} {value}");
    }
    let exact = sb.run(&["--json", "audit", "--target", "obrien"]).json();
    assert!(exact.as_array().is_some_and(|a| !a.is_empty()));
}

#[test]
fn password_lengths_count_characters_and_the_minimum_itself_is_accepted() {
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    let out = sb.run_with(&["user", "add", "pat", "--password-stdin"], "Zq7#kP2\n");
    assert!(out.code(2).stderr.contains("too short"), "{}", out.stderr);
    // Twelve emoji are 48 bytes but 12 characters: exactly the minimum.
    let emoji = "🔐🦀🌊🎻🍋🚲🧭🪁🌵🎲🧩🛶";
    assert_eq!(emoji.chars().count(), 12);
    let short: String = emoji.chars().take(11).collect();
    sb.run_with(&["user", "add", "pat", "--password-stdin"], &short)
        .code(2);
    assert_eq!(dump(&sb.db), before);
    sb.run_with(&["user", "add", "pat", "--password-stdin"], emoji)
        .ok();
    sb.run_with(&["user", "verify", "pat", "--password-stdin"], emoji)
        .ok();
    sb.run_with(&["user", "verify", "pat", "--password-stdin"], &short)
        .code(6);
    // The lowest minimum the setting allows, met exactly.
    sb.run(&["settings", "set", "password.min_length", "8"])
        .ok();
    sb.run_with(&["user", "add", "quin", "--password-stdin"], "Zq7#kP2\n")
        .code(2);
    sb.run_with(&["user", "add", "quin", "--password-stdin"], "Zq7#kP2w\n")
        .ok();
    sb.run_with(&["user", "verify", "quin", "--password-stdin"], "Zq7#kP2w")
        .ok();
    // 100 characters each, differing only in the last one.
    let a = format!(
        "{}a",
        "k".repeat(40) + &"tangerine-".repeat(5) + &"x".repeat(9)
    );
    let b = format!("{}b", &a[..99]);
    assert_eq!((a.len(), b.len()), (100, 100));
    sb.run_with(&["user", "add", "ruth", "--password-stdin"], &a)
        .ok();
    sb.run_with(&["user", "verify", "ruth", "--password-stdin"], &b)
        .code(6);
    sb.run_with(&["user", "verify", "ruth", "--password-stdin"], &a)
        .ok();
}

#[test]
fn line_endings_nul_bytes_and_a_huge_password_on_stdin() {
    let sb = Sandbox::initialised();
    // One trailing \r\n or \n is the line end, the same when set and checked.
    sb.run_with(
        &["user", "add", "sven", "--password-stdin"],
        &format!("{USER_PASSWORD}\r\n"),
    )
    .ok();
    for (given, code) in [
        (format!("{USER_PASSWORD}\r\n"), 0),
        (format!("{USER_PASSWORD}\n"), 0),
        (USER_PASSWORD.to_string(), 0),
        (format!("{USER_PASSWORD}\r\nsecond line\n"), 0),
        // A lone \r is part of the password, not a line end.
        (format!("{USER_PASSWORD}\r"), 6),
        (format!("{USER_PASSWORD}\r\r\n"), 6),
    ] {
        sb.run_with(&["user", "verify", "sven", "--password-stdin"], &given)
            .code(code);
    }
    let before = dump(&sb.db);
    let out = sb.run_with(
        &["user", "add", "tess", "--password-stdin"],
        "violet-harbor\0lantern\n",
    );
    assert!(out.code(2).stderr.contains("NUL"), "{}", out.stderr);
    // 10 MB without a line break: refused at once, without reading it all.
    let test = "line_endings_nul_bytes_and_a_huge_password_on_stdin";
    if !crate::tools::have("/usr/bin/time", "time", test) {
        return;
    }
    let (out, kib) = measured(&sb, &["user", "add", "tess", "--password-stdin"], |w| {
        stream(w, b"", b'p', 10_000_000)
    });
    out.code(2).no_panic();
    assert!(out.stderr.contains("longer than 1024"), "{}", out.stderr);
    assert!(kib < 64 * 1024, "peak RSS {kib} KiB");
    assert!(out.elapsed < Duration::from_secs(2), "{:?}", out.elapsed);
    assert_eq!(dump(&sb.db), before);
}

#[test]
fn every_duration_and_date_flag_refuses_bad_values_without_a_change() {
    let sb = Sandbox::initialised();
    sb.add_user("ulla", &["--role", "viewer"]);
    sb.add_user("vera", &[]);
    sb.run(&["backup-user", "set", "ulla", "vera"]).ok();
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
    let before = dump(&sb.db);
    let durations = ["", "-1h", "1.5h", "abc", "99999999999d", "1ns"];
    let dates = ["", "2025-02-30", "1969-12-31", "abc", "10000-01-01", "-1h"];
    let mut runs: Vec<Vec<String>> = Vec::new();
    let v = |parts: &[&str]| parts.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    for d in durations {
        runs.push(v(&["--busy-timeout", d, "user", "list"]));
        runs.push(v(&["backup-user", "enable", "ulla", "--for", d]));
        runs.push(v(&["strategy", "edit", "nightly", "--keep-within", d]));
        runs.push(v(&[
            "strategy",
            "create",
            "weekly-1",
            "--schedule",
            "weekly",
            "--keep-within",
            d,
        ]));
        runs.push(v(&["expiring", "--within", d]));
        for key in [
            "deletion.grace",
            "backup_user.max_duration",
            "auth.lockout_duration",
            "notify.timeout",
        ] {
            runs.push(v(&["settings", "set", key, d]));
        }
    }
    for w in dates {
        runs.push(v(&["user", "add", "wes", "--no-password", "--expires", w]));
        runs.push(v(&["user", "edit", "ulla", "--expires", w]));
        runs.push(v(&["user", "events", "ulla", "--since", w]));
        runs.push(v(&["user", "events", "ulla", "--until", w]));
        runs.push(v(&["audit", "--since", w]));
        runs.push(v(&["audit", "--until", w]));
        runs.push(v(&["user", "list", "--expiring", w]));
        runs.push(v(&["backup-user", "enable", "ulla", "--until", w]));
        runs.push(v(&[
            "backup-user",
            "enable",
            "ulla",
            "--for",
            "1d",
            "--from",
            w,
        ]));
    }
    for args in runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = sb.run(&args);
        out.code(2).no_panic();
        assert!(
            out.stderr.starts_with("error: "),
            "{args:?}: {}",
            out.stderr
        );
    }
    assert_eq!(dump(&sb.db), before);
}

#[test]
fn networks_are_canonical_and_zone_indexes_and_bad_prefixes_refused() {
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    for bad in [
        "10.0.0.0/33",
        "2001:db8::/129",
        "010.0.0.1",
        "fe80::1%eth0",
        "10.0.0.1/-1",
        "10.0.0",
        "",
    ] {
        sb.run(&["user", "add", "xena", "--no-password", "--allowed-ip", bad])
            .code(2)
            .no_panic();
    }
    assert_eq!(dump(&sb.db), before);
    sb.run(&[
        "user",
        "add",
        "xena",
        "--no-password",
        "--allowed-ip",
        "::ffff:10.0.0.1",
        "--allowed-ip",
        "10.1.2.3/8",
        "--allowed-ip",
        "0.0.0.0/0",
    ])
    .ok();
    let user = sb.run(&["--json", "user", "show", "xena"]).json();
    assert_eq!(
        user["allowed_ips"],
        serde_json::json!(["0.0.0.0/0", "10.0.0.0/8", "10.0.0.1/32"])
    );
    // 0.0.0.0/0 is every IPv4 address, and only those.
    sb.run_with(
        &["user", "passwd", "xena", "--password-stdin"],
        USER_PASSWORD,
    )
    .ok();
    for (ip, code) in [
        ("198.51.100.1", 0),
        ("::ffff:198.51.100.1", 0),
        ("2001:db8::1", 6),
    ] {
        sb.run_with(
            &["user", "verify", "xena", "--ip", ip, "--password-stdin"],
            USER_PASSWORD,
        )
        .code(code);
    }
}

#[test]
fn an_endless_import_line_is_refused_early_with_bounded_memory() {
    let test = "an_endless_import_line_is_refused_early_with_bounded_memory";
    if !crate::tools::have("/usr/bin/time", "time", test) {
        return;
    }
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    for format in ["csv", "jsonl", "htpasswd"] {
        let prefix: &[u8] = match format {
            "csv" => b"username,email\n",
            _ => b"",
        };
        // A 1 GiB line, produced as it is read and never held anywhere.
        let (out, kib) = measured(&sb, &["user", "import", "-", "--format", format], |w| {
            stream(w, prefix, b'a', 1 << 30)
        });
        out.code(2).no_panic();
        assert!(out.stderr.contains("longer than 1 MiB"), "{}", out.stderr);
        assert!(kib < 64 * 1024, "{format}: peak RSS {kib} KiB");
        assert!(out.elapsed < Duration::from_secs(5), "{:?}", out.elapsed);
    }
    assert_eq!(dump(&sb.db), before);
}

#[test]
fn broken_import_files_are_named_and_write_nothing() {
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    let mut bad_csv = b"username,first_name\nalice,Al".to_vec();
    bad_csv.extend([0xff, 0xfe]);
    bad_csv.extend(b"\n");
    let mut bad_jsonl = b"{\"username\":\"alice\"}\n{\"username\":\"b".to_vec();
    bad_jsonl.extend([0xc3, 0x28]);
    bad_jsonl.extend(b"\"}\n");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("csv", bad_csv, "UTF-8"),
        ("jsonl", bad_jsonl, "line 2"),
        ("htpasswd", b"alice:$2y$05$\xff\n".to_vec(), "line 1"),
        // No header: the first user is read as a header and named.
        (
            "csv",
            b"alice,alice@x.example\nbob,bob@x.example\n".to_vec(),
            "unknown field \"alice\"",
        ),
        (
            "jsonl",
            b"{\"username\":\"dup\"}\n{\"username\":\"other\"}\n{\"username\":\"dup\"}\n".to_vec(),
            "dup",
        ),
    ];
    for (format, bytes, want) in cases {
        let out = run_command(
            sb.command()
                .args(["user", "import", "-", "--format", format]),
            &bytes,
        );
        out.code(2).no_panic();
        assert!(out.stderr.contains(want), "{format}: {}", out.stderr);
        assert_eq!(dump(&sb.db), before, "{format}");
    }
}

/// Import rows stream: a user named twice on line 3 of a 50 MB file is
/// reported at once, and a whole 100,000-row file (whose last line repeats
/// a name) is checked with memory far below its parsed size. Before, the
/// file was held whole first: 852 MB for 5 MB, 8.4 GB for 50 MB.
#[test]
fn import_rows_stream_and_a_duplicate_is_found_at_once() {
    let test = "import_rows_stream_and_a_duplicate_is_found_at_once";
    if !crate::tools::have("/usr/bin/time", "time", test) {
        return;
    }
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    let row = |i: usize| format!("user{i:07},user{i:07}@example.com,Some,Body,viewer\n");
    // 50 MB after a duplicate on line 3, made as it is read.
    let (out, kib) = measured(&sb, &["user", "import", "-", "--format", "csv"], |w| {
        let mut text = String::from("username,email,first_name,last_name,roles\n");
        text.push_str(&row(1));
        text.push_str(&row(1));
        if w.write_all(text.as_bytes()).is_err() {
            return;
        }
        for chunk in 0..1000 {
            let block: String = (0..1000).map(|i| row(10_000 + chunk * 1000 + i)).collect();
            if w.write_all(block.as_bytes()).is_err() {
                return;
            }
        }
    });
    out.code(2).no_panic();
    assert_eq!(
        out.stderr.lines().next().unwrap(),
        "error: -, line 3: the user \"user0000001\" appears again (first on line 2)"
    );
    assert!(kib < 32 * 1024, "peak RSS {kib} KiB");
    assert!(out.elapsed < Duration::from_secs(2), "{:?}", out.elapsed);
    assert_eq!(dump(&sb.db), before);

    // 100,000 rows from a file, the last naming the first user again.
    let path = sb.path("staff.csv");
    let mut text = String::from("username,email,first_name,last_name,roles\n");
    for i in 0..100_000 {
        text.push_str(&row(i));
    }
    text.push_str(&row(0));
    std::fs::write(&path, &text).unwrap();
    let (out, kib) = measured(&sb, &["user", "import", path.to_str().unwrap()], |_| {});
    out.code(2).no_panic();
    assert!(
        out.stderr
            .contains("line 100002: the user \"user0000000\" appears again (first on line 2)"),
        "{}",
        out.stderr
    );
    assert!(
        kib < 48 * 1024,
        "peak RSS {kib} KiB for a {} byte file",
        text.len()
    );
    assert_eq!(dump(&sb.db), before);
}

/// Hashing hundreds of plain passwords keeps to about two hashes' worth
/// of argon2 memory (19 MiB each): the workers reuse theirs. A fresh
/// allocation for each hash fragmented the heap, and an import of 400
/// users peaked at 386 MiB.
#[test]
fn hashing_many_passwords_keeps_memory_to_the_hashes_at_work() {
    let test = "hashing_many_passwords_keeps_memory_to_the_hashes_at_work";
    if !crate::tools::have("/usr/bin/time", "time", test) {
        return;
    }
    let sb = Sandbox::initialised();
    let mut text = String::from("username,password\n");
    for i in 0..300 {
        text.push_str(&format!("plain{i:03},copper-{i}-meadow-lantern\n"));
    }
    let path = sb.path("plain.csv");
    std::fs::write(&path, &text).unwrap();
    let (out, kib) = measured(&sb, &["user", "import", path.to_str().unwrap()], |_| {});
    out.ok();
    assert!(kib < 96 * 1024, "peak RSS {kib} KiB");
    // And again: an update that keeps every password checks them all.
    let (out, kib) = measured(
        &sb,
        &[
            "user",
            "import",
            path.to_str().unwrap(),
            "--on-conflict",
            "update",
        ],
        |_| {},
    );
    assert!(out.ok().stdout.contains("300 unchanged"), "{}", out.stdout);
    assert!(kib < 96 * 1024, "peak RSS {kib} KiB");
}

#[test]
fn an_endless_line_of_names_on_stdin_is_refused_with_bounded_memory() {
    let test = "an_endless_line_of_names_on_stdin_is_refused_with_bounded_memory";
    if !crate::tools::have("/usr/bin/time", "time", test) {
        return;
    }
    let sb = Sandbox::initialised();
    sb.add_user("zoe", &[]);
    let before = dump(&sb.db);
    for args in [&["user", "disable", "-"][..], &["account", "disable", "-"]] {
        let (out, kib) = measured(&sb, args, |w| stream(w, b"zoe\n", b'z', 1 << 30));
        out.code(2).no_panic();
        assert!(
            out.stderr.contains("longer than"),
            "{args:?}: {}",
            out.stderr
        );
        assert!(kib < 64 * 1024, "{args:?}: peak RSS {kib} KiB");
        assert!(out.elapsed < Duration::from_secs(5), "{:?}", out.elapsed);
    }
    assert_eq!(dump(&sb.db), before);
}

/// A state or access level warden does not know, planted past the
/// schema's checks, is an error naming it, never a guess: an unknown
/// access level must not read as "no permissions" or as some level.
#[test]
fn an_unknown_stored_state_or_access_level_is_an_error_not_a_guess() {
    let sb = Sandbox::initialised();
    sb.add_user("ada", &["--role", "viewer"]);
    sb.add_account("acme", &[]);
    sb.run(&["account", "grant", "acme", "ada", "--access", "limited"])
        .ok();
    let plant = |sql: &str| {
        let conn = sb.sql();
        // Around the schema's own checks: the rows are planted as damage
        // from outside would be.
        let unchecked = conn.pick(
            "PRAGMA ignore_check_constraints = ON;",
            "ALTER TABLE grants DROP CONSTRAINT IF EXISTS grants_access_check;
             ALTER TABLE accounts DROP CONSTRAINT IF EXISTS accounts_state_check;
             ALTER TABLE accounts DROP CONSTRAINT IF EXISTS accounts_check;",
        );
        conn.execute_batch(&format!("{unchecked} {sql}")).unwrap();
    };
    plant("UPDATE grants SET access = 'superuser'");
    let out = sb.run(&["user", "can", "ada", "backups.restore", "--account", "acme"]);
    out.code(1).no_panic();
    assert!(
        out.stderr.contains("unknown access level \"superuser\""),
        "{}",
        out.stderr
    );
    let out = sb.run(&["user", "access", "ada"]);
    out.code(1).no_panic();
    plant("UPDATE grants SET access = 'limited'; UPDATE accounts SET state = 'frozen' WHERE name = 'acme'");
    let out = sb.run(&["account", "show", "acme"]);
    out.code(1).no_panic();
    assert!(
        out.stderr.contains("unknown account state \"frozen\""),
        "{}",
        out.stderr
    );
    let out = sb.run(&["user", "can", "ada", "backups.restore", "--account", "acme"]);
    out.code(1).no_panic();
    assert!(
        out.stderr.contains("unknown account state \"frozen\""),
        "{}",
        out.stderr
    );
}
