//! Output contracts: JSON for every command, quiet exits into closed
//! pipes, escaped control characters, and the audit filters.

use crate::common::*;

#[test]
fn every_command_prints_json_that_parses() {
    let sb = Sandbox::new();
    let init = sb.run_with(&["--json", "init", "--password-stdin"], PASSWORD);
    assert_eq!(init.ok().json()["admin"], "admin");
    assert!(
        init.stderr.is_empty(),
        "status lines are not mixed into JSON runs: {}",
        init.stderr
    );
    let backup = sb.path("b.db");
    let commands: Vec<Vec<&str>> = vec![
        vec!["settings", "list"],
        vec!["settings", "get", "deletion.grace"],
        vec!["settings", "set", "deletion.grace", "2d"],
        vec!["audit"],
        vec!["audit", "--limit", "0"],
        vec!["db", "info"],
        vec!["db", "check"],
        vec!["completions", "bash"],
    ];
    // A PostgreSQL database is backed up with pg_dump (its refusal is
    // one JSON error, tested in the postgres module).
    let backup_args = vec!["db", "backup", backup.to_str().unwrap()];
    let commands: Vec<Vec<&str>> = commands
        .into_iter()
        .chain((!on_postgres()).then_some(backup_args))
        .collect();
    for args in commands {
        let mut full = vec!["--json"];
        full.extend(args.iter());
        let out = sb.run(&full);
        out.ok();
        let doc = out.json();
        assert!(doc.is_object() || doc.is_array(), "{args:?}: {doc}");
    }
    assert_eq!(
        sb.run(&["--json", "audit", "--limit", "0"]).json(),
        serde_json::json!([])
    );
    // JSON Lines: every line is one event.
    let lines = sb.run(&["audit", "--format", "jsonl"]);
    for line in lines.ok().stdout.lines() {
        let event: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(
            event["at"].as_str().unwrap().ends_with('Z'),
            "times are RFC 3339 UTC: {event}"
        );
    }
}

#[test]
fn errors_with_json_are_one_json_object_on_stderr() {
    let sb = Sandbox::initialised();
    for (args, code) in [
        (vec!["--json", "settings", "get", "nope"], 2),
        (vec!["--json", "--db", "/nonexistent/w.db", "audit"], 3),
        (vec!["--json", "init", "--password-stdin"], 4),
        (vec!["--json", "no-such-command"], 2),
        (vec!["--json", "audit", "--since", "2025-02-30"], 2),
    ] {
        let out = sb.run_with(&args, PASSWORD);
        out.code(code);
        assert!(out.stdout.is_empty(), "{args:?}: {}", out.stdout);
        let err = out.stderr_json();
        assert_eq!(err["error"]["code"], code, "{args:?}");
        assert!(
            err["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()),
            "{err}"
        );
    }
}

/// Adds `n` audit events directly, so a listing outgrows a pipe buffer.
fn many_events(sb: &Sandbox, n: usize) {
    let conn = sb.sql();
    conn.execute_batch("BEGIN").unwrap();
    for i in 0..n {
        conn.execute(
            "INSERT INTO events (at, actor, action, target, details) VALUES (?1, 'seed', 'test.event', ?2, '{\"n\": 1}')",
            warden::params![1_700_000_000 + i as i64, format!("target-{i}")],
        )
        .unwrap();
    }
    conn.execute_batch("COMMIT").unwrap();
}

/// Runs a bash script in the sandbox's folder, with `$WARDEN` the binary
/// on the sandbox's database and clock.
fn bash_with_warden(sb: &Sandbox, script: &str) -> Outcome {
    run_command(
        std::process::Command::new("bash")
            .current_dir(sb.dir.path())
            .args(["-c", script])
            .env("WARDEN", BIN)
            .env("WARDEN_DB", &sb.db)
            .env("WARDEN_NOW", NOW)
            .env("NO_COLOR", "1"),
        b"",
    )
}

#[test]
fn a_closed_stdout_ends_quietly() {
    let sb = Sandbox::initialised();
    many_events(&sb, 3000);
    for args in [
        "audit",
        "--json audit",
        "audit --format jsonl",
        "settings list",
        "db info",
        "completions zsh",
        "--help",
    ] {
        let script = format!(
            "\"$WARDEN\" {args} | head -1 >/dev/null; echo \"status=${{PIPESTATUS[0]}}\" >&2"
        );
        let out = bash_with_warden(&sb, &script);
        out.no_panic();
        assert!(out.stderr.contains("status=0"), "{args}: {}", out.stderr);
        assert!(!out.stderr.contains("error"), "{args}: {}", out.stderr);
    }
}

#[test]
fn a_closed_stdout_never_turns_a_denial_or_an_error_into_success() {
    // Only the error a write to the closed stdout raised ends quietly:
    // a reader that went away must not make a "no" read as a "yes".
    let sb = Sandbox::initialised();
    let site = "[[roles]]\nname = \"support\"\npermissions = [\"users.read\"]\n";
    std::fs::write(sb.path("site.toml"), site).unwrap();
    for (args, code) in [
        ("user can nobody users.manage", 6),
        ("--json user can nobody users.manage", 6),
        ("user show ghost", 3),
        ("audit --since today --until yesterday", 2),
        ("apply --dry-run site.toml", 8),
        ("--json apply --dry-run site.toml", 8),
    ] {
        // The reader is gone before warden starts: every write finds the
        // pipe closed.
        let script = format!(
            "{{ sleep 0.2; \"$WARDEN\" {args}; }} | true; echo \"status=${{PIPESTATUS[0]}}\" >&2"
        );
        let out = bash_with_warden(&sb, &script);
        out.no_panic();
        assert!(
            out.stderr.contains(&format!("status={code}")),
            "{args}: {}",
            out.stderr
        );
    }
}

#[test]
fn control_characters_are_escaped_in_tables_but_kept_exact_in_json() {
    let sb = Sandbox::initialised();
    sb.sql()
        .execute(
            "INSERT INTO events (at, actor, action, target, details) VALUES (1, 'x', 'test', ?1, '{}')",
            ["evil\x1b[2J\u{202e}name"],
        )
        .unwrap();
    let table = sb.run(&["audit", "--action", "test"]);
    assert!(!table.ok().stdout.contains('\x1b'), "{}", table.stdout);
    assert!(
        table.stdout.contains("evil\\u{001b}[2J\\u{202e}name"),
        "{}",
        table.stdout
    );
    let json = sb.run(&["--json", "audit", "--action", "test"]).json();
    assert_eq!(json[0]["target"], "evil\x1b[2J\u{202e}name");
}

/// The global `--actor` and `WARDEN_ACTOR` say who acts; they never
/// filter `audit`. Before, both reached the audit filter through clap's
/// global option, so a CI job with `WARDEN_ACTOR=ci` exported saw and
/// exported only its own events.
#[test]
fn the_acting_actor_never_filters_the_audit_log() {
    let sb = Sandbox::initialised();
    for actor in ["ops", "ci"] {
        sb.run(&[
            "--actor",
            actor,
            "role",
            "create",
            &format!("r{actor}"),
            "--permission",
            "audit.read",
        ])
        .ok();
    }
    let actors = |out: &Outcome| -> Vec<String> {
        out.stdout
            .lines()
            .map(|l| {
                let event: serde_json::Value = serde_json::from_str(l).unwrap();
                event["actor"].as_str().unwrap().to_string()
            })
            .collect()
    };
    let everyone = ["ci", "ops", "tester", "tester", "tester"];
    let cases: Vec<(Vec<&str>, Option<&str>)> = vec![
        (vec!["audit", "--format", "jsonl"], Some("ci")),
        (vec!["--actor", "ops", "audit", "--format", "jsonl"], None),
        (
            vec!["--actor", "ops", "audit", "--format", "jsonl"],
            Some("ci"),
        ),
        (
            vec![
                "audit",
                "--format",
                "jsonl",
                "--db",
                sb.db.to_str().unwrap(),
            ],
            Some("ops"),
        ),
    ];
    for (args, env) in cases {
        let mut cmd = sb.command();
        if let Some(actor) = env {
            cmd.env("WARDEN_ACTOR", actor);
        }
        let out = run_command(cmd.args(&args), b"");
        assert_eq!(
            actors(out.ok()),
            everyone,
            "{args:?} with WARDEN_ACTOR={env:?}"
        );
    }
    // --json (one array) as well.
    let out = run_command(
        sb.command()
            .env("WARDEN_ACTOR", "ci")
            .args(["--json", "audit"]),
        b"",
    );
    assert_eq!(out.ok().json().as_array().unwrap().len(), 5);
    // The filter given after `audit` (or its alias --by) still filters,
    // whoever acts.
    for args in [
        &[
            "--actor", "ops", "audit", "--format", "jsonl", "--actor", "ci",
        ][..],
        &["audit", "--format", "jsonl", "--by", "ci"],
    ] {
        let out = run_command(sb.command().env("WARDEN_ACTOR", "ops").args(args), b"");
        assert_eq!(actors(out.ok()), ["ci"], "{args:?}");
    }
}

#[test]
fn audit_filters_narrow_the_log() {
    let sb = Sandbox::initialised();
    run_command(
        sb.command().args([
            "--actor",
            "alice",
            "settings",
            "set",
            "deletion.grace",
            "2d",
        ]),
        b"",
    )
    .ok();
    run_command(
        sb.command()
            .env("WARDEN_NOW", "2026-03-05T00:00:00Z")
            .args([
                "--actor",
                "bob",
                "settings",
                "set",
                "auth.lockout_threshold",
                "4",
            ]),
        b"",
    )
    .ok();
    let actions = |args: &[&str]| -> Vec<String> {
        let mut full = vec!["--json", "audit"];
        full.extend(args);
        let out = sb.run(&full);
        out.ok()
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["action"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        actions(&[]),
        [
            "settings.set",
            "settings.set",
            "user.create",
            "account.create",
            "db.init"
        ]
    );
    assert_eq!(actions(&["--actor", "alice"]), ["settings.set"]);
    assert_eq!(actions(&["--action", "settings.*"]).len(), 2);
    assert_eq!(actions(&["--action", "settings"]).len(), 0);
    assert_eq!(actions(&["--target", "admin"]), ["user.create"]);
    assert_eq!(actions(&["--since", "2026-03-02"]), ["settings.set"]);
    assert_eq!(actions(&["--limit", "2"]).len(), 2);
    // The actor comes from --actor, then WARDEN_ACTOR, then SUDO_USER, then USER.
    run_command(
        sb.command()
            .env("WARDEN_ACTOR", "carol")
            .env("SUDO_USER", "root")
            .args(["settings", "set", "deletion.grace", "3d"]),
        b"",
    )
    .ok();
    run_command(
        sb.command()
            .env("SUDO_USER", "dave")
            .args(["settings", "set", "deletion.grace", "4d"]),
        b"",
    )
    .ok();
    let recent = sb.run(&["--json", "audit", "--limit", "2"]).json();
    assert_eq!(
        (recent[0]["actor"].as_str(), recent[1]["actor"].as_str()),
        (Some("dave"), Some("carol"))
    );
}

/// What README, `audit --help` and the tour promise: a trailing `*` in
/// `--action` is a prefix, and nothing else anywhere is a wildcard.
#[test]
fn audit_action_takes_a_trailing_star_as_a_prefix_and_nothing_else_is_a_wildcard() {
    let sb = Sandbox::initialised();
    sb.run(&["settings", "set", "deletion.grace", "2d"]).ok();
    sb.add_user("set.star", &["--role", "viewer"]);
    let found = |args: &[&str]| -> Vec<(String, String)> {
        let mut full = vec!["--json", "audit"];
        full.extend(args);
        let out = sb.run(&full);
        out.ok()
            .json()
            .as_array()
            .expect("array")
            .iter()
            .map(|e| {
                let field = |k: &str| e[k].as_str().unwrap_or_default().to_string();
                (field("action"), field("target"))
            })
            .collect()
    };
    let pair = |a: &str, t: &str| (a.to_string(), t.to_string());
    assert_eq!(
        found(&["--action", "settings.*"]),
        [pair("settings.set", "deletion.grace")]
    );
    assert_eq!(
        found(&["--action", "user.*"]),
        [
            pair("user.create", "set.star"),
            pair("user.create", "admin")
        ]
    );
    // A prefix need not end at a dot; `*` alone is every event.
    assert_eq!(found(&["--action", "set*"]).len(), 1);
    assert_eq!(found(&["--action", "*"]).len(), found(&[]).len());
    // Without the star, or with it elsewhere, the action is matched exactly.
    for action in ["settings", "settings.", "*.set", "settings.*.", "s*t"] {
        assert_eq!(found(&["--action", action]), [], "--action {action}");
    }
    // --target and --actor never take a wildcard.
    for (flag, value) in [
        ("--target", "set*"),
        ("--target", "*"),
        ("--actor", "test*"),
        ("--actor", "*"),
    ] {
        assert_eq!(found(&[flag, value]), [], "{flag} {value}");
    }
    assert_eq!(found(&["--target", "set.star"]).len(), 1);
    // The help says the same.
    let help = sb.run(&["audit", "--help"]);
    let help = help
        .ok()
        .stdout
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        help.contains("or with a trailing * every action that starts with the rest"),
        "{help}"
    );
    assert!(help.contains("exactly this target"), "{help}");
}

/// Without --actor, WARDEN_ACTOR, SUDO_USER or USER (cron sets only
/// LOGNAME), the actor is LOGNAME, then the name of the process's uid;
/// "unknown" was recorded before.
#[test]
fn the_actor_falls_back_to_logname_then_the_uids_name() {
    let sb = Sandbox::initialised();
    let set = |env: &[(&str, &str)], grace: &str| {
        let mut cmd = sb.command();
        cmd.env_remove("USER");
        cmd.envs(env.iter().copied());
        run_command(cmd.args(["settings", "set", "deletion.grace", grace]), b"").ok();
        sb.run(&["--json", "audit", "--limit", "1"]).json()[0]["actor"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(set(&[("LOGNAME", "cronjob")], "2d"), "cronjob");
    assert_eq!(
        set(&[("LOGNAME", "cronjob"), ("USER", "ursula")], "3d"),
        "ursula"
    );
    let own = std::process::Command::new("id")
        .arg("-un")
        .output()
        .unwrap();
    let own = String::from_utf8(own.stdout).unwrap().trim().to_string();
    assert!(!own.is_empty());
    assert_eq!(set(&[], "4d"), own);
}

#[test]
fn tables_show_local_time_and_json_shows_utc() {
    let sb = Sandbox::initialised();
    let out = run_command(
        sb.command()
            .env("TZ", "Asia/Tokyo")
            .args(["audit", "--limit", "1"]),
        b"",
    );
    assert!(
        out.ok().stdout.contains("2026-03-01 21:00:00"),
        "{}",
        out.stdout
    );
    let json = sb.run(&["--json", "audit", "--limit", "1"]).json();
    assert_eq!(json[0]["at"], "2026-03-01T12:00:00Z");
}

#[test]
fn quiet_prints_nothing_on_success_and_everything_on_failure() {
    let sb = Sandbox::initialised();
    let out = sb.run(&["--quiet", "settings", "set", "deletion.grace", "2d"]);
    assert_eq!((out.ok().stdout.as_str(), out.stderr.as_str()), ("", ""));
    let mut quiet: Vec<&[&str]> = vec![
        &["-q", "settings", "get", "deletion.grace"],
        &["-q", "db", "check"],
        &["-q", "db", "info"],
        &["-q", "user", "list"],
        &["-q", "maintenance"],
    ];
    // On PostgreSQL db backup refuses and names pg_dump instead.
    if !on_postgres() {
        quiet.push(&["-q", "db", "backup", "copy.db"]);
    }
    for args in quiet {
        let out = sb.run(args);
        // A warning always shows; the test server's superuser owns the
        // audit table, which db check warns about on PostgreSQL.
        let stderr: String = out
            .stderr
            .lines()
            .filter(|l| !l.contains(OWNER_WARNING))
            .collect();
        assert_eq!(
            (out.code, out.stdout.as_str(), stderr.as_str()),
            (0, "", ""),
            "{args:?}"
        );
    }
    // --json is a document a script asked for: still printed.
    let out = sb.run(&["-q", "--json", "settings", "get", "deletion.grace"]);
    assert_eq!(out.ok().json()["value"], "2d");
    // A failure shows what the command found, then the error.
    sb.sql()
        .execute_batch("UPDATE users SET enabled = 0 WHERE username = 'admin'")
        .unwrap();
    let out = sb.run(&["-q", "db", "check"]);
    out.code(1);
    assert!(out.stdout.contains("FAIL  admin: "), "{}", out.stdout);
    assert!(out.stdout.contains("ok    integrity"), "{}", out.stdout);
    assert!(
        out.stderr.contains("error: db check found 1 problem"),
        "{}",
        out.stderr
    );
    // A denial (exit 6) and pending changes (exit 8) are not success
    // either: in cron they are worth the mail.
    let out = sb.run(&["-q", "user", "can", "admin", "users.read"]);
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.as_str()),
        (6, "denied: user is disabled\n", "")
    );
    std::fs::write(
        sb.path("site.toml"),
        "[settings]\n\"deletion.grace\" = \"3d\"\n",
    )
    .unwrap();
    let out = sb.run(&["-q", "apply", "--dry-run", "site.toml"]);
    assert_eq!(out.code, 8);
    assert!(
        out.stdout.contains("~ setting deletion.grace"),
        "{}",
        out.stdout
    );
    // Data for another program is the command's product: printed.
    let out = sb.run(&["-q", "user", "export"]);
    assert!(
        out.ok().stdout.contains("\"username\":\"admin\""),
        "{}",
        out.stdout
    );
    let out = sb.run(&["-q", "user", "list", "--format", "csv"]);
    assert!(out.ok().stdout.starts_with("username,"), "{}", out.stdout);
    let out = sb.run(&["-q", "audit", "--format", "jsonl", "--limit", "1"]);
    assert!(out.ok().stdout.starts_with('{'), "{}", out.stdout);
    let out = sb.run(&["-q", "completions", "bash"]);
    assert!(out.ok().stdout.contains("complete"), "{}", out.stderr);
    assert_eq!(out.stderr, "");
}

#[test]
fn a_closed_stderr_does_not_turn_an_error_into_a_panic() {
    let sb = Sandbox::initialised();
    for args in [
        "settings get nope",
        "--json settings get nope",
        "init --password-stdin",
    ] {
        let script = format!("\"$WARDEN\" {args} </dev/null 2>&-; echo \"status=$?\"");
        let out = run_command(
            std::process::Command::new("bash")
                .args(["-c", &script])
                .env("WARDEN", BIN)
                .env("WARDEN_DB", &sb.db)
                .env("WARDEN_NOW", NOW),
            b"",
        );
        let expected = if args.starts_with("init") {
            "status=4"
        } else {
            "status=2"
        };
        assert!(out.stdout.contains(expected), "{args}: {}", out.stdout);
    }
}

#[test]
fn tables_align_wide_characters_by_display_width() {
    let sb = Sandbox::initialised();
    sb.run(&["--actor", "山田", "settings", "set", "deletion.grace", "3d"])
        .ok();
    sb.run(&["--actor", "ops", "settings", "set", "deletion.grace", "4d"])
        .ok();
    let out = sb.run(&["audit", "--limit", "2"]);
    let lines: Vec<&str> = out.ok().stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{}", out.stdout);
    // Each CJK character takes two columns: ACTION starts at the same
    // display column on every line.
    let column = |line: &str, word: &str| {
        let at = line
            .find(word)
            .unwrap_or_else(|| panic!("{word} in {line}"));
        unicode_width::UnicodeWidthStr::width(&line[..at])
    };
    let header = column(lines[0], "ACTION");
    assert_eq!(column(lines[1], "settings.set"), header, "{}", out.stdout);
    assert_eq!(column(lines[2], "settings.set"), header, "{}", out.stdout);
}

#[test]
fn a_name_that_does_not_exist_suggests_the_nearest_that_does() {
    let sb = Sandbox::initialised();
    sb.add_user("alice", &[]);
    sb.add_account("acme-eu", &[]);
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
    let before = sb.dump();
    for (args, message) in [
        (
            &["role", "show", "operatr"][..],
            "no role \"operatr\"; did you mean \"operator\"?",
        ),
        (
            &["role", "grant", "alice", "viewr"],
            "no role \"viewr\"; did you mean \"viewer\"?",
        ),
        (
            &["user", "show", "alcie"],
            "no user \"alcie\"; did you mean \"alice\"?",
        ),
        (
            &["user", "disable", "alicee"],
            "no user \"alicee\"; did you mean \"alice\"?",
        ),
        (
            &["account", "show", "acme-ue"],
            "no account \"acme-ue\"; did you mean \"acme-eu\"?",
        ),
        (
            &["strategy", "show", "nigthly"],
            "no strategy \"nigthly\"; did you mean \"nightly\"?",
        ),
        (
            &["strategy", "apply", "nightly", "--to", "acme-e"],
            "no account \"acme-e\"; did you mean \"acme-eu\"?",
        ),
        (&["user", "show", "zebulon"], "no user \"zebulon\""),
    ] {
        let out = sb.run(args);
        out.code(3);
        assert_eq!(
            out.stderr.lines().next(),
            Some(format!("error: {message}").as_str()),
            "{args:?}"
        );
        assert_eq!(out.stderr.lines().count(), 2, "{}", out.stderr);
        let json = sb.run(&[&["--json"][..], args].concat());
        assert_eq!(json.stderr_json()["error"]["message"], message);
    }
    assert_eq!(sb.dump(), before);
    // The library suggests nothing: a service would show one tenant
    // another's names, and scan them all on every miss.
    let warden = warden::Warden::open(&sb.db).unwrap();
    let d = warden
        .can("alice", "accounts.read", Some("acme-ue"))
        .unwrap();
    assert_eq!(d.code, warden::Reason::UnknownAccount);
    assert_eq!(d.reason, "no account \"acme-ue\"");
    let err = warden.access("alice", Some("acme-ue")).unwrap_err();
    assert_eq!(err.message, "no account \"acme-ue\"");
    assert_eq!(err.kind, warden::Kind::NotFound);
}
