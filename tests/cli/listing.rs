//! Narrowing what lists show: user states, relative times, the time
//! bounds of the audit log and of a user's history, and whose history a
//! stand-in's actions belong to.

use crate::common::*;

fn names(out: &Outcome) -> Vec<String> {
    out.json()
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter_map(|u| u["username"].as_str().map(str::to_string))
        .collect()
}

/// Locks `name` out with three wrong passwords (the threshold is 3).
fn lock(sb: &Sandbox, name: &str) {
    for _ in 0..3 {
        sb.run_with(
            &["user", "verify", name, "--password-stdin"],
            "wrong-password-here\n",
        )
        .code(6);
    }
}

#[test]
fn user_list_filters_locked_expired_and_expiring_users() {
    let sb = Sandbox::initialised();
    sb.run(&["settings", "set", "auth.lockout_threshold", "3"])
        .ok();
    sb.add_user("locked", &[]);
    run_command(
        sb.command()
            .env("WARDEN_NOW", "2026-01-01T00:00:00Z")
            .args([
                "user",
                "add",
                "gone",
                "--no-password",
                "--expires",
                "2026-02-01",
            ]),
        b"",
    )
    .ok();
    sb.add_user("soon", &["--expires", "2026-03-05"]);
    sb.add_user("later", &["--expires", "2026-06-01"]);
    sb.add_user("edge", &["--expires", "2026-03-08T12:00:00Z"]);
    sb.add_user("plain", &[]);
    lock(&sb, "locked");

    let list = |extra: &[&str]| {
        let mut args = vec!["user", "list", "--json"];
        args.extend(extra);
        let out = sb.run(&args);
        out.ok();
        names(&out)
    };
    assert_eq!(list(&["--locked"]), ["locked"]);
    assert_eq!(list(&["--expired"]), ["gone"]);
    // After now, and at most WITHIN from now: the bound is inclusive.
    assert_eq!(list(&["--expiring", "7d"]), ["edge", "soon"]);
    assert_eq!(list(&["--expiring", "6d"]), ["soon"]);
    assert_eq!(list(&["--expiring", "14w"]), ["edge", "later", "soon"]);
    // Filters combine.
    assert_eq!(
        list(&["--expiring", "7d", "--disabled"]),
        Vec::<String>::new()
    );
    sb.run(&["user", "disable", "soon"]).ok();
    assert_eq!(list(&["--expiring", "7d", "--disabled"]), ["soon"]);

    // A lockout that has run out is no longer one.
    let later = sb
        .command()
        .env("WARDEN_NOW", "2026-03-01T13:00:00Z")
        .args(["user", "list", "--locked", "--json"])
        .output()
        .expect("run");
    assert_eq!(String::from_utf8_lossy(&later.stdout).trim(), "[]");

    // The table shows the same rows.
    let out = sb.run(&["user", "list", "--expired"]);
    out.ok();
    assert_eq!(out.stdout.lines().count(), 2, "{}", out.stdout);
    insta::assert_snapshot!("user_list_expired", out.stdout);

    for bad in [
        vec!["user", "list", "--expired", "--expiring", "7d"],
        vec!["user", "list", "--expiring", "soon"],
        vec!["user", "list", "--expiring"],
    ] {
        let out = sb.run(&bad);
        out.code(2).no_panic();
        assert!(out.stderr.starts_with("error: "), "{}", out.stderr);
        assert!(out.stderr.contains("hint: "), "{}", out.stderr);
    }
}

#[test]
fn expiring_looks_fourteen_days_ahead_unless_told() {
    let sb = Sandbox::initialised();
    sb.add_user("in13d", &["--expires", "2026-03-14T12:00:00Z"]);
    sb.add_user("in14d", &["--expires", "2026-03-15T12:00:00Z"]);
    sb.add_user("in15d", &["--expires", "2026-03-16T12:00:00Z"]);
    let shown = |args: &[&str]| {
        let out = sb.run(args);
        out.ok();
        out.json()
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .filter_map(|i| i["name"].as_str().map(str::to_string))
            .collect::<Vec<_>>()
    };
    assert_eq!(shown(&["expiring", "--json"]), ["in13d", "in14d"]);
    assert_eq!(
        shown(&["expiring", "--json", "--within", "15d"]),
        ["in13d", "in14d", "in15d"]
    );
    let help = sb.run(&["expiring", "--help"]);
    insta::assert_snapshot!("expiring_help", help.ok().stdout);
}

/// Events at known times: one settings change a day from Feb 25th to
/// March 1st, 09:00 UTC.
fn dated_log() -> Sandbox {
    let sb = Sandbox::initialised();
    for day in 25..=29 {
        let date = if day == 29 {
            "2026-03-01T09:00:00Z".to_string()
        } else {
            format!("2026-02-{day}T09:00:00Z")
        };
        let out = run_command(
            sb.command().env("WARDEN_NOW", &date).args([
                "settings",
                "set",
                "auth.lockout_threshold",
                &(day - 20).to_string(),
            ]),
            b"",
        );
        out.ok();
    }
    sb
}

fn audit_times(sb: &Sandbox, now: &str, args: &[&str]) -> Outcome {
    let mut all = vec!["audit", "--action", "settings.set", "--json"];
    all.extend(args);
    run_command(sb.command().env("WARDEN_NOW", now).args(&all), b"")
}

fn times(out: &Outcome) -> Vec<String> {
    out.json()
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter_map(|e| e["at"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn a_time_window_lists_by_time_the_whole_log_in_the_order_recorded() {
    let sb = dated_log();
    // One more change, recorded with the clock set back two days.
    let out = run_command(
        sb.command()
            .env("WARDEN_NOW", "2026-02-27T12:00:00Z")
            .args(["settings", "set", "auth.lockout_threshold", "30"]),
        b"",
    );
    out.ok();
    let now = "2026-03-01T12:00:00Z";
    let windowed = audit_times(&sb, now, &["--since", "3d"]);
    windowed.ok();
    assert_eq!(
        times(&windowed),
        [
            "2026-03-01T09:00:00Z",
            "2026-02-28T09:00:00Z",
            "2026-02-27T12:00:00Z",
            "2026-02-27T09:00:00Z",
        ]
    );
    let whole = audit_times(&sb, now, &["--limit", "2"]);
    whole.ok();
    assert_eq!(
        times(&whole),
        ["2026-02-27T12:00:00Z", "2026-03-01T09:00:00Z"]
    );
}

#[test]
fn audit_bounds_take_durations_ago_today_and_yesterday() {
    let sb = dated_log();
    let now = "2026-03-01T12:00:00Z";
    let t = |args: &[&str]| {
        let out = audit_times(&sb, now, args);
        out.ok();
        times(&out)
    };
    assert_eq!(t(&["--since", "24h"]), ["2026-03-01T09:00:00Z"]);
    assert_eq!(
        t(&["--since", "2d"]),
        ["2026-03-01T09:00:00Z", "2026-02-28T09:00:00Z"]
    );
    assert_eq!(t(&["--since", "today"]), ["2026-03-01T09:00:00Z"]);
    // --until is exclusive, so yesterday .. today is exactly yesterday.
    assert_eq!(
        t(&["--since", "yesterday", "--until", "today"]),
        ["2026-02-28T09:00:00Z"]
    );
    assert_eq!(
        t(&["--until", "2026-02-27"]),
        ["2026-02-26T09:00:00Z", "2026-02-25T09:00:00Z"]
    );
    assert_eq!(
        t(&["--since", "3d", "--until", "1d 12h"]),
        ["2026-02-27T09:00:00Z"]
    );
    assert_eq!(
        t(&["--until", "2026-02-25T09:00:00Z"]),
        Vec::<String>::new()
    );

    // today is the local day: in Tokyo (UTC+9) March 1st began at
    // 2026-02-28T15:00:00Z.
    if crate::tools::have_file(
        "/usr/share/zoneinfo/Asia/Tokyo",
        "tzdata",
        "listing::audit_bounds_take_durations_ago_today_and_yesterday (Tokyo)",
    ) {
        let tokyo = run_command(
            sb.command()
                .env("TZ", "Asia/Tokyo")
                .env("WARDEN_NOW", now)
                .args([
                    "audit",
                    "--action",
                    "settings.set",
                    "--since",
                    "today",
                    "--json",
                ]),
            b"",
        );
        tokyo.ok();
        assert_eq!(times(&tokyo), ["2026-03-01T09:00:00Z"]);
        let tokyo = run_command(
            sb.command()
                .env("TZ", "Asia/Tokyo")
                .env("WARDEN_NOW", "2026-02-28T16:00:00Z")
                .args([
                    "audit",
                    "--action",
                    "settings.set",
                    "--since",
                    "yesterday",
                    "--until",
                    "today",
                    "--json",
                ]),
            b"",
        );
        assert_eq!(times(&tokyo), ["2026-02-28T09:00:00Z"]);
    }

    for bad in ["24 hours ago", "-2h", "someday", "1.5d", "99999d", ""] {
        let out = audit_times(&sb, now, &[&format!("--since={bad}")]);
        out.code(2).no_panic();
        let error = &out.stderr_json()["error"];
        let message = error["message"].as_str().unwrap_or_default();
        let hint = error["hint"].as_str().unwrap_or_default();
        assert!(message.starts_with("invalid time"), "{bad:?}: {message}");
        assert!(
            hint.starts_with("write a time as") && hint.contains("24h or 7d"),
            "{bad:?}: {hint}"
        );
    }
    // A duration is a bound, never an expiry.
    let out = sb.run(&["user", "add", "x", "--no-password", "--expires", "7d"]);
    out.code(2);
    assert!(!sb.run(&["user", "show", "x"]).stdout.contains("x"));
}

#[test]
fn warden_now_takes_every_when_form() {
    let sb = Sandbox::initialised();
    let now_of = |value: &str| {
        let out = run_command(
            sb.command()
                .env("WARDEN_NOW", value)
                .env("TZ", "UTC")
                .args(["user", "add", "probe", "--no-password", "--json"]),
            b"",
        );
        let created = if out.code == 0 {
            out.json()["created_at"].as_str().map(str::to_string)
        } else {
            None
        };
        sb.run(&["user", "delete", "probe", "--yes"]);
        (out, created)
    };
    for (value, expected) in [
        ("2026-03-02T08:30:00Z", "2026-03-02T08:30:00Z"),
        ("2026-03-02T09:30:00+01:00", "2026-03-02T08:30:00Z"),
        ("2026-03-02", "2026-03-02T00:00:00Z"),
        ("2026-03-02 08:30", "2026-03-02T08:30:00Z"),
    ] {
        let (out, created) = now_of(value);
        out.ok();
        assert_eq!(created.as_deref(), Some(expected), "{value}");
    }
    // Relative forms count from the system clock.
    let clock = chrono::Utc::now();
    for (value, back) in [
        ("now", 0),
        ("2h", 2 * 3600),
        ("1d", 86_400),
        ("+2h", -2 * 3600),
    ] {
        let (out, created) = now_of(value);
        out.ok();
        let at = chrono::DateTime::parse_from_rfc3339(&created.unwrap_or_default())
            .map(|t| t.timestamp())
            .unwrap_or_default();
        let expected = clock.timestamp() - back;
        assert!((at - expected).abs() < 60, "{value}: {at} vs {expected}");
    }
    let (out, created) = now_of("today");
    out.ok();
    assert!(created.unwrap_or_default().ends_with("T00:00:00Z"));

    let out = run_command(
        sb.command()
            .env("WARDEN_NOW", "next week")
            .args(["user", "list"]),
        b"",
    );
    out.code(2);
    assert!(
        out.stderr
            .starts_with("error: WARDEN_NOW=\"next week\": invalid time"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("hint: use a WHEN such as"),
        "{}",
        out.stderr
    );
}

#[test]
fn user_events_take_bounds_and_formats_like_audit() {
    let sb = Sandbox::initialised();
    for (at, email) in [
        ("2026-02-27T10:00:00Z", "a@example.org"),
        ("2026-02-28T10:00:00Z", "b@example.org"),
        ("2026-03-01T10:00:00Z", "c@example.org"),
    ] {
        let args = if email.starts_with('a') {
            vec!["user", "add", "dora", "--no-password", "--email", email]
        } else {
            vec!["user", "edit", "dora", "--email", email]
        };
        run_command(sb.command().env("WARDEN_NOW", at).args(&args), b"").ok();
    }
    let out = sb.run(&[
        "user",
        "events",
        "dora",
        "--since",
        "yesterday",
        "--until",
        "today",
        "--json",
    ]);
    out.ok();
    assert_eq!(times(&out), ["2026-02-28T10:00:00Z"]);

    let out = sb.run(&[
        "user", "events", "dora", "--since", "3d", "--format", "jsonl",
    ]);
    out.ok();
    let lines: Vec<serde_json::Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_default())
        .collect();
    assert_eq!(lines.len(), 3, "{}", out.stdout);
    assert_eq!(lines[0]["action"], "user.update");
    assert_eq!(lines[2]["action"], "user.create");
    assert_eq!(lines[2]["at"], "2026-02-27T10:00:00Z");

    // --format table wins over --json, as in audit.
    let out = sb.run(&["user", "events", "dora", "--format", "table", "--json"]);
    out.ok();
    assert!(out.stdout.starts_with("TIME"), "{}", out.stdout);
    let out = sb.run(&["user", "events", "dora", "--format", "csv"]);
    out.code(2);
}

#[test]
fn a_stand_ins_history_holds_their_switches_and_designations() {
    let sb = Sandbox::initialised();
    sb.add_user("alice", &["--role", "viewer"]);
    sb.add_user("bob", &["--role", "viewer"]);
    sb.add_user("eve", &["--role", "viewer"]);
    sb.run(&["backup-user", "set", "alice", "bob"]).ok();
    sb.run(&["backup-user", "switch", "bob", "alice"]).code(6);
    sb.run(&["backup-user", "enable", "alice", "--for", "1d"])
        .ok();
    sb.run(&["backup-user", "switch", "bob", "alice"]).ok();
    sb.run(&["backup-user", "switch", "eve", "alice"]).code(6);

    let actions = |name: &str| {
        let out = sb.run(&["user", "events", name, "--json"]);
        out.ok();
        out.json()
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|e| {
                format!(
                    "{} {}",
                    e["action"].as_str().unwrap_or_default(),
                    e["target"].as_str().unwrap_or_default()
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        actions("bob"),
        [
            "backup-user.switch alice",
            "backup-user.enable alice",
            "backup-user.switch_denied alice",
            "backup-user.set alice",
            "user.create bob",
        ]
    );
    // eve's denied attempt is hers, and the absent user still sees all.
    assert_eq!(
        actions("eve"),
        ["backup-user.switch_denied alice", "user.create eve"]
    );
    assert_eq!(actions("alice").len(), 6, "{:?}", actions("alice"));
}

#[test]
fn a_range_that_ends_before_it_starts_is_a_usage_error() {
    let sb = Sandbox::initialised();
    sb.add_user("eve", &[]);
    for args in [
        vec!["audit", "--since", "today", "--until", "yesterday"],
        vec!["audit", "--since", "today", "--until", "today"],
        vec!["user", "events", "eve", "--since", "1d", "--until", "2d"],
    ] {
        let out = sb.run(&args);
        out.code(2).no_panic();
        assert!(
            out.stderr
                .starts_with("error: --until is not after --since"),
            "{args:?}: {}",
            out.stderr
        );
        assert!(out.stderr.contains("hint: "), "{}", out.stderr);
    }
    // A deleted user is known by their history, even outside the range.
    sb.run(&["user", "delete", "eve", "--yes"]).ok();
    let out = sb.run(&["user", "events", "eve", "--until", "2020-01-01", "--json"]);
    out.ok();
    assert_eq!(out.stdout.trim(), "[]");
    sb.run(&["user", "events", "nobody", "--until", "2020-01-01"])
        .code(3);
}

/// Runs warden on a pseudo-terminal and returns all it printed.
fn on_terminal(sb: &Sandbox, args: &[&str]) -> String {
    let mut cmd = sb.command();
    cmd.args(args);
    let mut s = rexpect::session::spawn_command(cmd, Some(10_000)).expect("spawn in a pty");
    let text = s.exp_eof().expect("the command ends");
    text.replace('\r', "")
}

#[test]
fn an_empty_listing_says_so_at_a_terminal_and_nothing_when_piped() {
    let sb = Sandbox::initialised();
    sb.add_user("ana", &["--email", "ana@example.com"]);
    for (args, said) in [
        (&["user", "list", "--locked"][..], "No users match.\n"),
        (&["audit", "--action", "nothing.*"], "No events.\n"),
        (
            &["user", "events", "ana", "--since", "tomorrow"],
            "No events.\n",
        ),
        (
            &["account", "list", "--state", "disabled"],
            "No accounts match.\n",
        ),
        (&["strategy", "list"], "No strategies.\n"),
        (&["backup-user", "list"], "No backup users.\n"),
        (
            &["backup-user", "list", "--active"],
            "No backup-user window is active.\n",
        ),
        (
            &["backup-user", "covering", "ana"],
            "ana can act for nobody now.\n",
        ),
        (&["notify", "list", "--pending"], "Nothing is pending.\n"),
        (&["expiring", "--within", "3d"], "Nothing ends within 3d.\n"),
    ] {
        assert_eq!(on_terminal(&sb, args), said, "{args:?}");
        let piped = sb.run(args);
        assert_eq!((piped.code, piped.stdout.as_str()), (0, ""), "{args:?}");
        let json = sb.run(&[&["--json"][..], args].concat());
        assert_eq!(json.ok().json(), serde_json::json!([]), "{args:?}");
    }
    // A listing with rows prints only its table.
    let table = on_terminal(&sb, &["user", "list"]);
    assert!(table.starts_with("USERNAME"), "{table}");
    assert!(!table.contains("No users"), "{table}");
}

#[test]
fn user_list_shows_expiries_to_the_minute_and_expiring_counts_down_in_minutes() {
    let sb = Sandbox::initialised();
    sb.add_user("ana", &["--expires", "2026-03-10 17:45"]);
    // Expiries to the minute: 2026-03-10 17:45, never 17:45:00.
    let out = sb.run(&["user", "list"]);
    insta::assert_snapshot!("user_list_expiry_to_the_minute", out.ok().stdout);
    let out = sb.run(&["user", "list", "--expiring", "14d"]);
    insta::assert_snapshot!("user_list_expiring_14d", out.ok().stdout);
    // NOW is 2026-03-01 12:00:00: 9 days, 5 hours and 45 minutes ahead.
    let out = sb.run(&["expiring"]);
    insta::assert_snapshot!("expiring_counts_down", out.ok().stdout);
}
