//! `warden strategy`: schedules, retention rules, applying and previews.

use crate::common::*;

fn strategy(sb: &Sandbox, name: &str, args: &[&str]) -> Outcome {
    let mut all = vec!["--json", "strategy", "create", name];
    all.extend(args);
    sb.run(&all)
}

fn runs(sb: &Sandbox, schedule: &str) -> Vec<String> {
    let name = format!(
        "s{}",
        sb.run(&["--json", "strategy", "list"])
            .json()
            .as_array()
            .map_or(0, Vec::len)
    );
    let created = strategy(sb, &name, &["--schedule", schedule, "--keep-last", "1"]);
    created.ok();
    created.json()["next_runs"]
        .as_array()
        .expect("next_runs")
        .iter()
        .map(|t| t.as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn next_runs_for_each_schedule_form_from_the_fixed_clock() {
    // WARDEN_NOW is Sunday 2026-03-01 12:00 UTC; TZ is UTC.
    let sb = Sandbox::initialised();
    let cases: &[(&str, [&str; 3])] = &[
        (
            "hourly",
            [
                "2026-03-01T13:00:00Z",
                "2026-03-01T14:00:00Z",
                "2026-03-01T15:00:00Z",
            ],
        ),
        (
            "daily",
            [
                "2026-03-02T00:00:00Z",
                "2026-03-03T00:00:00Z",
                "2026-03-04T00:00:00Z",
            ],
        ),
        (
            "daily@02:00",
            [
                "2026-03-02T02:00:00Z",
                "2026-03-03T02:00:00Z",
                "2026-03-04T02:00:00Z",
            ],
        ),
        // A run due exactly now is not a next run.
        (
            "daily@12:00",
            [
                "2026-03-02T12:00:00Z",
                "2026-03-03T12:00:00Z",
                "2026-03-04T12:00:00Z",
            ],
        ),
        (
            "weekly",
            [
                "2026-03-08T00:00:00Z",
                "2026-03-15T00:00:00Z",
                "2026-03-22T00:00:00Z",
            ],
        ),
        (
            "weekly@mon",
            [
                "2026-03-02T00:00:00Z",
                "2026-03-09T00:00:00Z",
                "2026-03-16T00:00:00Z",
            ],
        ),
        (
            "weekly@Sunday@12:30",
            [
                "2026-03-01T12:30:00Z",
                "2026-03-08T12:30:00Z",
                "2026-03-15T12:30:00Z",
            ],
        ),
        (
            "monthly",
            [
                "2026-04-01T00:00:00Z",
                "2026-05-01T00:00:00Z",
                "2026-06-01T00:00:00Z",
            ],
        ),
        (
            "monthly@06:15",
            [
                "2026-04-01T06:15:00Z",
                "2026-05-01T06:15:00Z",
                "2026-06-01T06:15:00Z",
            ],
        ),
        (
            "*/15 * * * *",
            [
                "2026-03-01T12:15:00Z",
                "2026-03-01T12:30:00Z",
                "2026-03-01T12:45:00Z",
            ],
        ),
        (
            "0 2 * * 1-5",
            [
                "2026-03-02T02:00:00Z",
                "2026-03-03T02:00:00Z",
                "2026-03-04T02:00:00Z",
            ],
        ),
        (
            "0 3 * * sat,sun",
            [
                "2026-03-07T03:00:00Z",
                "2026-03-08T03:00:00Z",
                "2026-03-14T03:00:00Z",
            ],
        ),
        (
            "0 0 1 1,7 *",
            [
                "2026-07-01T00:00:00Z",
                "2027-01-01T00:00:00Z",
                "2027-07-01T00:00:00Z",
            ],
        ),
        (
            "30 4 29 2 *",
            [
                "2028-02-29T04:30:00Z",
                "2032-02-29T04:30:00Z",
                "2036-02-29T04:30:00Z",
            ],
        ),
    ];
    for (schedule, expected) in cases {
        assert_eq!(runs(&sb, schedule), expected.to_vec(), "{schedule}");
    }
    // The schedule is stored in its canonical spelling.
    let shown = sb.run(&["strategy", "list"]).ok().stdout.clone();
    assert!(shown.contains("weekly@sun@12:30"), "{shown}");
    assert!(shown.contains("weekly@mon@00:00"), "{shown}");
    // A table shows the runs in local time.
    let out = sb.run(&["strategy", "show", "s2"]);
    assert!(
        out.ok()
            .stdout
            .contains("next runs    2026-03-02 02:00:00, 2026-03-03 02:00:00, 2026-03-04 02:00:00"),
        "{}",
        out.stdout
    );
    // In another time zone the same schedule runs at that zone's 02:00.
    let tokyo = run_command(
        sb.command()
            .env("TZ", "Asia/Tokyo")
            .args(["--json", "strategy", "show", "s2"]),
        b"",
    );
    if std::path::Path::new("/usr/share/zoneinfo/Asia/Tokyo").exists() {
        assert_eq!(tokyo.json()["next_runs"][0], "2026-03-01T17:00:00Z");
    }
}

/// crontab's nicknames are schedules, stored as the named form that runs
/// at the same times, in `strategy create`, `strategy edit` and `apply`.
#[test]
fn cron_nicknames_are_schedules_in_create_edit_and_apply() {
    let sb = Sandbox::initialised();
    for (nickname, stored, first_run) in [
        ("@hourly", "hourly", "2026-03-01T13:00:00Z"),
        ("@daily", "daily@00:00", "2026-03-02T00:00:00Z"),
        ("@midnight", "daily@00:00", "2026-03-02T00:00:00Z"),
        ("@weekly", "weekly@sun@00:00", "2026-03-08T00:00:00Z"),
        ("@monthly", "monthly@00:00", "2026-04-01T00:00:00Z"),
        ("@yearly", "0 0 1 1 *", "2027-01-01T00:00:00Z"),
        ("@ANNUALLY", "0 0 1 1 *", "2027-01-01T00:00:00Z"),
    ] {
        let name = format!("n{}", nickname.trim_start_matches('@').to_lowercase());
        let out = strategy(&sb, &name, &["--schedule", nickname, "--keep-last", "3"]);
        let created = out.ok().json();
        assert_eq!(created["schedule"], stored, "{nickname}");
        assert_eq!(created["next_runs"][0], first_run, "{nickname}");
    }
    let out = sb.run(&[
        "--json",
        "strategy",
        "edit",
        "nhourly",
        "--schedule",
        "@weekly",
    ]);
    assert_eq!(out.ok().json()["schedule"], "weekly@sun@00:00");
    // Refused with the reason, and nothing changes.
    let before = dump(&sb.db);
    for (schedule, why) in [
        ("@reboot", "@reboot names no time of day"),
        ("@fortnightly", "the cron nicknames are @hourly, @daily"),
        ("@daily@02:00", "the cron nicknames are"),
    ] {
        let out = sb.run(&["strategy", "edit", "nhourly", "--schedule", schedule]);
        out.code(2);
        assert!(
            out.stderr
                .starts_with(&format!("error: bad schedule \"{schedule}\": {why}")),
            "{}",
            out.stderr
        );
        assert!(out.stderr.contains("hint: a schedule is"), "{}", out.stderr);
        let out = strategy(&sb, "other", &["--schedule", schedule, "--keep-last", "1"]);
        out.code(2);
    }
    assert_eq!(dump(&sb.db), before);
    // apply takes them too, and compares in the stored spelling.
    let file = sb.path("site.toml");
    let site = |schedule: &str| {
        format!("[[strategies]]\nname = \"ndaily\"\nschedule = \"{schedule}\"\nkeep_last = 3\n\n[[strategies]]\nname = \"fresh\"\nschedule = \"@monthly\"\nkeep_daily = 7\n")
    };
    std::fs::write(&file, site("daily")).expect("write");
    let plan = sb.run(&["apply", "--dry-run", file.to_str().expect("path")]);
    assert_eq!(
        plan.code(8).stdout,
        "+ strategy fresh\nPlan: 1 to create, 0 to change, 0 to remove.\n"
    );
    sb.run(&["apply", file.to_str().expect("path")]).ok();
    let fresh = sb.run(&["--json", "strategy", "show", "fresh"]).json();
    assert_eq!(fresh["schedule"], "monthly@00:00");
    std::fs::write(&file, site("@midnight")).expect("write");
    let plan = sb.run(&["apply", "--dry-run", file.to_str().expect("path")]);
    assert_eq!(plan.ok().stdout, "No changes.\n");
}

#[test]
fn bad_schedules_and_rules_exit_2_and_change_nothing() {
    let sb = Sandbox::initialised();
    strategy(
        &sb,
        "nightly",
        &["--schedule", "daily@02:00", "--keep-daily", "7"],
    )
    .ok();
    let before = dump(&sb.db);
    for schedule in [
        "",
        "0 2 * *",
        "0 0 2 * * *",
        "61 * * * *",
        "0 25 * * *",
        "0 0 31 2 *",
        "* * * * 8",
        "daily@24:00",
        "daily@2pm",
        "weekly@funday",
        "weekly@mon@07:60",
        "monthly@mon",
        "hourly@05:00",
        "yearly",
        "@reboot",
        "@daily@02:00",
        "every day",
    ] {
        let out = strategy(&sb, "other", &["--schedule", schedule, "--keep-last", "3"]);
        out.code(2).no_panic();
        let err = out.stderr_json();
        assert_eq!(err["error"]["code"], 2, "{schedule}");
        assert!(
            err["error"]["message"]
                .as_str()
                .unwrap_or_default()
                .starts_with("bad schedule"),
            "{schedule}: {}",
            out.stderr
        );
        let edit = sb.run(&["strategy", "edit", "nightly", "--schedule", schedule]);
        edit.code(2);
        assert!(
            edit.stderr
                .contains("hint: a schedule is a 5-field cron expression"),
            "{}",
            edit.stderr
        );
    }
    for (args, says) in [
        (vec!["--schedule", "daily"], "at least one keep rule"),
        (
            vec!["--schedule", "daily", "--keep-daily", "0"],
            "at least one keep rule",
        ),
        (
            vec!["--schedule", "daily", "--keep-daily", "-1"],
            "keep-daily",
        ),
        (
            vec!["--schedule", "daily", "--keep-daily", "1000001"],
            "keep-daily",
        ),
        (
            vec!["--schedule", "daily", "--keep-within", "forever"],
            "keep-within",
        ),
        (
            vec!["--schedule", "daily", "--keep-within", "-3d"],
            "keep-within",
        ),
        (vec!["--keep-daily", "3"], "--schedule"),
    ] {
        let out = strategy(&sb, "other", &args);
        out.code(2);
        assert!(out.stderr.contains(says), "{args:?}: {}", out.stderr);
    }
    let out = strategy(
        &sb,
        "Nightly2",
        &["--schedule", "daily", "--keep-last", "1"],
    );
    out.code(2);
    assert!(out.stderr.contains("nightly2"), "{}", out.stderr);
    assert_eq!(
        dump(&sb.db),
        before,
        "a refused create or edit changed the database"
    );
}

#[test]
fn create_show_list_and_the_json_keys() {
    let sb = Sandbox::initialised();
    let created = strategy(
        &sb,
        "nightly",
        &[
            "--schedule",
            "daily@02:00",
            "--keep-daily",
            "14",
            "--keep-weekly",
            "8",
            "--keep-within",
            "2d 12h",
            "--description",
            "Every night",
        ],
    );
    let object = created.ok().json();
    let keys: Vec<&str> = object
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = [
        "name",
        "description",
        "schedule",
        "keep_last",
        "keep_hourly",
        "keep_daily",
        "keep_weekly",
        "keep_monthly",
        "keep_yearly",
        "keep_within",
        "accounts",
        "next_runs",
    ];
    expected.sort_unstable();
    assert_eq!(keys, expected);
    assert_eq!(object["keep_daily"], 14);
    assert_eq!(object["keep_last"], serde_json::Value::Null);
    assert_eq!(object["keep_within"], "2d 12h");
    assert_eq!(object["next_runs"].as_array().map(Vec::len), Some(3));
    // A second create conflicts; --if-not-exists accepts it unchanged.
    let again = strategy(
        &sb,
        "nightly",
        &["--schedule", "hourly", "--keep-last", "1"],
    );
    again.code(4);
    assert!(again.stderr.contains("already exists"), "{}", again.stderr);
    let same = strategy(
        &sb,
        "nightly",
        &[
            "--schedule",
            "hourly",
            "--keep-last",
            "1",
            "--if-not-exists",
        ],
    );
    assert_eq!(same.ok().json()["schedule"], "daily@02:00");
    // list: a table for people, an array of the same objects with --json.
    let table = sb.run(&["strategy", "list"]);
    assert_eq!(
        table.ok().stdout,
        "STRATEGY  SCHEDULE     KEEP                               ACCOUNTS  NEXT RUN             DESCRIPTION\n\
         nightly   daily@02:00  daily 14, weekly 8, within 2d 12h  0         2026-03-02 02:00:00  Every night\n"
    );
    let listed = sb.run(&["--json", "strategy", "list"]).json();
    assert_eq!(listed, serde_json::json!([object]));
    sb.run(&["strategy", "show", "ghost"]).code(3);
    let audit = sb
        .run(&["--json", "audit", "--action", "strategy.*"])
        .json();
    assert_eq!(audit.as_array().map(Vec::len), Some(1));
}

#[test]
fn edit_changes_rules_and_refuses_to_leave_none() {
    let sb = Sandbox::initialised();
    strategy(
        &sb,
        "nightly",
        &["--schedule", "daily", "--keep-daily", "7"],
    )
    .ok();
    let edited = sb
        .run(&[
            "--json",
            "strategy",
            "edit",
            "nightly",
            "--schedule",
            "0 3 * * *",
            "--keep-monthly",
            "6",
        ])
        .json();
    assert_eq!(edited["schedule"], "0 3 * * *");
    assert_eq!(edited["keep_daily"], 7);
    assert_eq!(edited["keep_monthly"], 6);
    assert_eq!(edited["next_runs"][0], "2026-03-02T03:00:00Z");
    // 0 removes a rule.
    let edited = sb
        .run(&["--json", "strategy", "edit", "nightly", "--keep-daily", "0"])
        .json();
    assert_eq!(edited["keep_daily"], serde_json::Value::Null);
    let before = dump(&sb.db);
    let out = sb.run(&["strategy", "edit", "nightly", "--keep-monthly", "0"]);
    out.code(2);
    assert!(
        out.stderr.contains("at least one keep rule"),
        "{}",
        out.stderr
    );
    sb.run(&["strategy", "edit", "nightly"]).code(2);
    sb.run(&["strategy", "edit", "ghost", "--keep-last", "1"])
        .code(3);
    assert_eq!(dump(&sb.db), before);
}

#[test]
fn apply_detach_and_inheritance_through_three_levels() {
    let sb = Sandbox::initialised();
    sb.add_account("acme", &["--parent", "root"]);
    sb.add_account("acme-eu", &["--parent", "acme"]);
    sb.add_account("shop", &["--parent", "acme-eu"]);
    sb.add_account("beta", &["--parent", "root"]);
    strategy(
        &sb,
        "nightly",
        &["--schedule", "daily@02:00", "--keep-daily", "7"],
    )
    .ok();
    strategy(
        &sb,
        "hourly",
        &["--schedule", "hourly", "--keep-hourly", "24"],
    )
    .ok();
    let effective = |name: &str| {
        let shown = sb.run(&["--json", "account", "show", name]).json();
        (
            shown["strategy"].clone(),
            shown["effective_strategy"].clone(),
        )
    };
    let null = serde_json::Value::Null;

    let applied = sb.run(&["strategy", "apply", "nightly", "--to", "acme"]);
    assert!(
        applied
            .stderr
            .contains("Applied \"nightly\" to 1 account: acme"),
        "{}",
        applied.stderr
    );
    assert_eq!(effective("shop"), (null.clone(), "nightly".into()));
    assert_eq!(effective("beta"), (null.clone(), null.clone()));
    // The nearest strategy wins.
    sb.run(&["strategy", "apply", "hourly", "--to", "acme-eu"])
        .ok();
    assert_eq!(effective("shop"), (null.clone(), "hourly".into()));
    assert_eq!(effective("acme"), ("nightly".into(), "nightly".into()));
    // Idempotent.
    let again = sb.run(&["strategy", "apply", "hourly", "--to", "acme-eu"]);
    assert!(
        again.ok().stderr.contains("Already using it: acme-eu"),
        "{}",
        again.stderr
    );
    // All or nothing: an unknown account applies to none.
    let before = dump(&sb.db);
    sb.run(&["strategy", "apply", "nightly", "--to", "beta", "ghost"])
        .code(3);
    sb.run(&["strategy", "apply", "ghost", "--to", "beta"])
        .code(3);
    sb.run(&["strategy", "apply", "nightly", "--to", "Beta"])
        .code(2);
    assert_eq!(dump(&sb.db), before);
    // Detach: the account inherits again.
    sb.run(&["strategy", "detach", "acme-eu"]).ok();
    assert_eq!(effective("acme-eu"), (null.clone(), "nightly".into()));
    assert_eq!(effective("shop"), (null.clone(), "nightly".into()));
    let none = sb.run(&["strategy", "detach", "acme-eu"]);
    assert!(
        none.ok().stderr.contains("Had none of their own: acme-eu"),
        "{}",
        none.stderr
    );
    // --recursive gives every account below its own copy, and detaches them all.
    let out = sb.run(&[
        "--json",
        "strategy",
        "apply",
        "hourly",
        "--to",
        "acme",
        "--recursive",
    ]);
    assert_eq!(
        out.ok().json()["accounts"],
        serde_json::json!(["acme", "acme-eu", "shop"])
    );
    assert_eq!(effective("acme"), ("hourly".into(), "hourly".into()));
    let replaced = sb
        .run(&[
            "--json",
            "audit",
            "--action",
            "strategy.apply",
            "--target",
            "acme",
            "--limit",
            "1",
        ])
        .json();
    assert_eq!(replaced[0]["details"]["replaced"], "nightly");
    let out = sb.run_with(
        &["--json", "strategy", "detach", "-", "--recursive"],
        "acme\n",
    );
    assert_eq!(
        out.ok().json()["changed"],
        serde_json::json!(["acme", "acme-eu", "shop"])
    );
    assert_eq!(effective("shop"), (null.clone(), null.clone()));
    // `account create --strategy` uses a strategy made here.
    sb.add_account("gamma", &["--strategy", "nightly"]);
    assert_eq!(effective("gamma"), ("nightly".into(), "nightly".into()));
}

#[test]
fn delete_is_confirmed_and_refused_while_applied_unless_forced() {
    let sb = Sandbox::initialised();
    sb.add_account("acme", &["--parent", "root"]);
    sb.add_account("shop", &["--parent", "acme"]);
    strategy(
        &sb,
        "nightly",
        &["--schedule", "daily", "--keep-daily", "7"],
    )
    .ok();
    strategy(
        &sb,
        "spare",
        &["--schedule", "weekly", "--keep-weekly", "4"],
    )
    .ok();
    sb.run(&["strategy", "apply", "nightly", "--to", "acme", "shop"])
        .ok();
    let before = dump(&sb.db);
    // Applied: refused even with --yes, before any question.
    let out = sb.run(&["--yes", "strategy", "delete", "nightly"]);
    out.code(5);
    assert!(
        out.stderr.contains("applied to 2 accounts: acme, shop"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("warden strategy detach acme shop"),
        "{}",
        out.stderr
    );
    // No terminal and no --yes: refused.
    let out = sb.run(&["strategy", "delete", "spare"]);
    out.code(5);
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
    sb.run(&["strategy", "delete", "nightly", "--force"])
        .code(5);
    sb.run(&["--yes", "strategy", "delete", "ghost"]).code(3);
    assert_eq!(dump(&sb.db), before);
    // --force detaches, audited per account.
    let out = sb.run(&[
        "--json", "--yes", "strategy", "delete", "nightly", "--force",
    ]);
    assert_eq!(
        out.ok().json(),
        serde_json::json!({"deleted": "nightly", "detached": ["acme", "shop"]})
    );
    let shown = sb.run(&["--json", "account", "show", "shop"]).json();
    assert_eq!(shown["effective_strategy"], serde_json::Value::Null);
    let detaches = sb
        .run(&["--json", "audit", "--action", "strategy.detach"])
        .json();
    assert_eq!(detaches.as_array().map(Vec::len), Some(2));
    sb.run(&["--yes", "strategy", "delete", "spare"]).ok();
    assert_eq!(
        sb.run(&["--json", "strategy", "list"]).json(),
        serde_json::json!([])
    );
}

#[test]
fn delete_asks_on_a_terminal() {
    let sb = Sandbox::initialised();
    strategy(
        &sb,
        "spare",
        &["--schedule", "weekly", "--keep-weekly", "4"],
    )
    .ok();
    let mut cmd = sb.command();
    cmd.args(["strategy", "delete", "spare"]);
    let mut p = rexpect::session::spawn_command(cmd, Some(10_000)).expect("spawn");
    p.exp_string("Delete strategy \"spare\"?")
        .expect("question");
    p.send_line("n").expect("answer");
    p.exp_eof().expect("eof");
    assert_eq!(
        sb.run(&["--json", "strategy", "list"])
            .json()
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    let mut cmd = sb.command();
    cmd.args(["strategy", "delete", "spare"]);
    let mut p = rexpect::session::spawn_command(cmd, Some(10_000)).expect("spawn");
    p.exp_string("Delete strategy \"spare\"?")
        .expect("question");
    p.send_line("y").expect("answer");
    p.exp_eof().expect("eof");
    assert_eq!(
        sb.run(&["--json", "strategy", "list"]).json(),
        serde_json::json!([])
    );
}

// ---- retention ----

/// 32 snapshots over January and February 2026 (ISO weeks 1 to 9; 1 Jan
/// is a Thursday, so week 1 ends Sunday 4 Jan and each later week starts
/// on a Monday), with several on one day and two in one hour, and a
/// hand-worked verdict per rule: K keeps, . drops.
///
/// Columns: L5 = keep-last 5, H4 = keep-hourly 4, D5 = keep-daily 5,
/// D40 = keep-daily 40, W20 = keep-weekly 20, W3 = keep-weekly 3,
/// M3 = keep-monthly 3, Y2 = keep-yearly 2, I3 = keep-within 3d,
/// IB = keep-within 3d 10h 15m (its cutoff falls exactly on #24, which
/// is not "within"). Counts left over keep the oldest snapshot (#1).
const TABLE: &str = "
#   time                   L5 H4 D5 D40 W20 W3 M3 Y2 I3 IB
1   2026-01-01T02:00:00Z   .  .  .  K   K   .  K  K  .  .
2   2026-01-02T02:00:00Z   .  .  .  K   .   .  .  .  .  .
3   2026-01-04T02:00:00Z   .  .  .  K   K   .  .  .  .  .
4   2026-01-05T02:00:00Z   .  .  .  K   .   .  .  .  .  .
5   2026-01-07T02:00:00Z   .  .  .  K   .   .  .  .  .  .
6   2026-01-11T02:00:00Z   .  .  .  .   .   .  .  .  .  .
7   2026-01-11T14:00:00Z   .  .  .  K   K   .  .  .  .  .
8   2026-01-12T02:00:00Z   .  .  .  K   .   .  .  .  .  .
9   2026-01-15T02:00:00Z   .  .  .  K   .   .  .  .  .  .
10  2026-01-18T23:59:00Z   .  .  .  K   K   .  .  .  .  .
11  2026-01-19T00:00:00Z   .  .  .  K   .   .  .  .  .  .
12  2026-01-22T02:00:00Z   .  .  .  K   K   .  .  .  .  .
13  2026-01-26T02:00:00Z   .  .  .  K   .   .  .  .  .  .
14  2026-01-31T02:00:00Z   .  .  .  .   .   .  .  .  .  .
15  2026-01-31T23:00:00Z   .  .  .  K   .   .  K  .  .  .
16  2026-02-01T01:00:00Z   .  .  .  K   K   .  .  .  .  .
17  2026-02-02T02:00:00Z   .  .  .  K   .   .  .  .  .  .
18  2026-02-05T02:00:00Z   .  .  .  K   K   .  .  .  .  .
19  2026-02-09T02:00:00Z   .  .  .  K   .   .  .  .  .  .
20  2026-02-12T02:00:00Z   .  .  .  K   K   K  .  .  .  .
21  2026-02-16T02:00:00Z   .  .  .  K   .   .  .  .  .  .
22  2026-02-19T02:00:00Z   .  .  .  K   K   K  .  .  .  .
23  2026-02-23T02:00:00Z   .  .  K  K   .   .  .  .  .  .
24  2026-02-25T02:00:00Z   .  .  K  K   .   .  .  .  .  .
25  2026-02-26T02:00:00Z   .  .  K  K   .   .  .  .  K  K
26  2026-02-27T02:00:00Z   .  .  K  K   .   .  .  .  K  K
27  2026-02-28T02:00:00Z   .  K  .  .   .   .  .  .  K  K
28  2026-02-28T10:00:00Z   K  .  .  .   .   .  .  .  K  K
29  2026-02-28T10:30:00Z   K  K  .  .   .   .  .  .  K  K
30  2026-02-28T11:00:00Z   K  K  .  .   .   .  .  .  K  K
31  2026-02-28T12:00:00Z   K  .  .  .   .   .  .  .  K  K
32  2026-02-28T12:15:00Z   K  K  K  K   K   K  K  K  K  K
";

/// The rules behind each column of [`TABLE`].
const COLUMNS: [(&str, &[&str], &str); 10] = [
    ("L5", &["--keep-last", "5"], "keep-last"),
    ("H4", &["--keep-hourly", "4"], "keep-hourly"),
    ("D5", &["--keep-daily", "5"], "keep-daily"),
    ("D40", &["--keep-daily", "40"], "keep-daily"),
    ("W20", &["--keep-weekly", "20"], "keep-weekly"),
    ("W3", &["--keep-weekly", "3"], "keep-weekly"),
    ("M3", &["--keep-monthly", "3"], "keep-monthly"),
    ("Y2", &["--keep-yearly", "2"], "keep-yearly"),
    ("I3", &["--keep-within", "3d"], "keep-within"),
    ("IB", &["--keep-within", "3d 10h 15m"], "keep-within"),
];

fn table_rows() -> Vec<Vec<&'static str>> {
    TABLE
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().collect())
        .collect()
}

const NULL: serde_json::Value = serde_json::Value::Null;

/// Previews with the snapshots in a shuffled order, to show the order
/// given is the order printed and does not change the decisions.
fn preview(sb: &Sandbox, name: &str, times: &[&str]) -> Vec<serde_json::Value> {
    let file = sb.path("snapshots.txt");
    std::fs::write(&file, times.join("\n") + "\n").expect("write");
    let out = sb.run(&[
        "--json",
        "strategy",
        "preview",
        name,
        "--snapshots",
        file.to_str().expect("path"),
    ]);
    let items = out.ok().json().as_array().cloned().expect("array");
    assert_eq!(items.len(), times.len());
    for (item, time) in items.iter().zip(times) {
        assert_eq!(item["time"], *time, "order kept");
        let keys: Vec<&str> = item
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, ["id", "keep", "reasons", "short_id", "time"]);
        assert_eq!(
            (&item["id"], &item["short_id"]),
            (&NULL, &NULL),
            "no ids given"
        );
    }
    items
}

fn shuffled(rows: &[Vec<&'static str>]) -> Vec<&'static str> {
    // A fixed permutation: odd rows forwards, then even rows backwards.
    let mut times: Vec<&str> = rows.iter().step_by(2).map(|r| r[1]).collect();
    times.extend(rows.iter().skip(1).step_by(2).rev().map(|r| r[1]));
    times
}

#[test]
fn retention_preview_agrees_with_the_hand_worked_table_for_each_rule() {
    let sb = Sandbox::initialised();
    let rows = table_rows();
    assert_eq!(rows.len(), 32);
    let times = shuffled(&rows);
    for (column, (label, args, reason)) in COLUMNS.iter().enumerate() {
        let name = label.to_lowercase();
        let mut create = vec!["--schedule", "daily@02:00"];
        create.extend(args.iter());
        strategy(&sb, &name, &create).ok();
        let items = preview(&sb, &name, &times);
        for item in items {
            let time = item["time"].as_str().expect("time");
            let row = rows.iter().find(|r| r[1] == time).expect("row");
            let expected = row[2 + column] == "K";
            assert_eq!(
                item["keep"], expected,
                "{label}: snapshot #{} {time}",
                row[0]
            );
            let reasons = if expected { vec![*reason] } else { vec![] };
            assert_eq!(
                item["reasons"],
                serde_json::json!(reasons),
                "{label} #{}",
                row[0]
            );
        }
    }
}

#[test]
fn retention_preview_of_a_mix_names_every_rule_that_keeps() {
    let sb = Sandbox::initialised();
    strategy(
        &sb,
        "mix",
        &[
            "--schedule",
            "daily",
            "--keep-last",
            "2",
            "--keep-daily",
            "3",
            "--keep-weekly",
            "2",
            "--keep-monthly",
            "2",
            "--keep-within",
            "1d",
        ],
    )
    .ok();
    // Worked by hand from TABLE: within 1d of #32 (after 02-27 12:15) are
    // #27-#32; the last two are #31 and #32; the newest of the last three
    // days are #32, #26, #25; of the last two weeks #32, #22; of the last
    // two months #32, #15. No count is left for the oldest.
    let expected: &[(usize, &[&str])] = &[
        (15, &["keep-monthly"]),
        (22, &["keep-weekly"]),
        (25, &["keep-daily"]),
        (26, &["keep-daily"]),
        (27, &["keep-within"]),
        (28, &["keep-within"]),
        (29, &["keep-within"]),
        (30, &["keep-within"]),
        (31, &["keep-within", "keep-last"]),
        (
            32,
            &[
                "keep-within",
                "keep-last",
                "keep-daily",
                "keep-weekly",
                "keep-monthly",
            ],
        ),
    ];
    let rows = table_rows();
    let times: Vec<&str> = rows.iter().map(|r| r[1]).collect();
    let items = preview(&sb, "mix", &times);
    for (i, item) in items.iter().enumerate() {
        let wanted = expected
            .iter()
            .find(|(n, _)| *n == i + 1)
            .map(|(_, r)| r.to_vec())
            .unwrap_or_default();
        assert_eq!(item["keep"], !wanted.is_empty(), "#{}", i + 1);
        assert_eq!(item["reasons"], serde_json::json!(wanted), "#{}", i + 1);
    }
    // A second mix: hourly counts run out at once, yearly keeps the oldest.
    strategy(
        &sb,
        "mix2",
        &[
            "--schedule",
            "daily",
            "--keep-hourly",
            "2",
            "--keep-yearly",
            "5",
        ],
    )
    .ok();
    let items = preview(&sb, "mix2", &times);
    let kept: Vec<(usize, serde_json::Value)> = items
        .iter()
        .enumerate()
        .filter(|(_, v)| v["keep"] == true)
        .map(|(i, v)| (i + 1, v["reasons"].clone()))
        .collect();
    assert_eq!(
        kept,
        vec![
            (1, serde_json::json!(["keep-yearly"])),
            (30, serde_json::json!(["keep-hourly"])),
            (32, serde_json::json!(["keep-hourly", "keep-yearly"])),
        ]
    );
    // For people: a table in the order given, and a summary on stderr.
    let out = sb.run_with(
        &["strategy", "preview", "mix", "--snapshots", "-"],
        &(times.join("\n") + "\n"),
    );
    let lines: Vec<&str> = out.ok().stdout.lines().collect();
    assert_eq!(lines[0], "TIME                  DECISION  KEPT BY");
    assert_eq!(lines[1], "2026-01-01T02:00:00Z  drop");
    assert_eq!(
        lines[31],
        "2026-02-28T12:00:00Z  keep      keep-within, keep-last"
    );
    assert_eq!(out.stderr, "Keeps 10 of 32 snapshots; drops 22.\n");
}

#[test]
fn preview_reads_restic_json_and_refuses_bad_input() {
    let sb = Sandbox::initialised();
    strategy(&sb, "last2", &["--schedule", "daily", "--keep-last", "2"]).ok();
    let restic = r#"[{"time":"2026-02-01T03:00:00.123456789+01:00","hostname":"h","id":"a1"},
                     {"time":"2026-02-02T03:00:00+01:00","id":"b2"},
                     {"time":"2026-02-03T03:00:00+01:00","id":"c3"}]"#;
    let out = sb.run_with(
        &["--json", "strategy", "preview", "last2", "--snapshots", "-"],
        restic,
    );
    let items = out.ok().json();
    assert_eq!(items[0]["time"], "2026-02-01T02:00:00Z", "UTC in JSON");
    assert_eq!(items[0]["keep"], false);
    assert_eq!(items[2]["keep"], true);
    // As written in the table.
    let out = sb.run_with(
        &["strategy", "preview", "last2", "--snapshots", "-"],
        restic,
    );
    assert!(
        out.ok()
            .stdout
            .contains("2026-02-03T03:00:00+01:00            c3  keep      keep-last\n"),
        "{}",
        out.stdout
    );
    // Nothing to preview is not an error when --allow-empty says so.
    let out = sb.run_with(
        &[
            "--json",
            "strategy",
            "preview",
            "last2",
            "--snapshots",
            "-",
            "--allow-empty",
        ],
        "# none yet\n\n",
    );
    assert_eq!(out.ok().json(), serde_json::json!([]));
    let out = sb.run_with(
        &["strategy", "preview", "last2", "--snapshots", "-"],
        "2026-02-01T03:00:00Z\nyesterday\n",
    );
    out.code(2);
    assert_eq!(
        out.stderr,
        "error: standard input, line 2: \"yesterday\" is not an RFC 3339 time\n\
         hint: give one RFC 3339 time a line (2026-03-01T02:00:00Z), or the JSON of `restic snapshots --json`\n"
    );
    sb.run_with(
        &["strategy", "preview", "last2", "--snapshots", "-"],
        "[1, 2]",
    )
    .code(2);
    sb.run_with(
        &["strategy", "preview", "last2", "--snapshots", "-"],
        "2026-02-30T00:00:00Z",
    )
    .code(2);
    sb.run(&[
        "strategy",
        "preview",
        "last2",
        "--snapshots",
        "/nonexistent/snaps",
    ])
    .code(1);
    sb.run_with(
        &["strategy", "preview", "ghost", "--snapshots", "-"],
        "2026-02-01T03:00:00Z\n",
    )
    .code(3);
    // No snapshots at all (restic was missing upstream, say) is an error,
    // with and without --forget-ids, unless --allow-empty says it is fine.
    for input in ["", "\n# nothing\n", "[]"] {
        for extra in [&[][..], &["--forget-ids"]] {
            let mut args = vec!["strategy", "preview", "last2", "--snapshots", "-"];
            args.extend(extra);
            let out = sb.run_with(&args, input);
            out.code(2);
            assert_eq!(
                out.stderr.lines().next(),
                Some("error: no snapshots in standard input"),
                "{input:?}"
            );
            assert!(out.stderr.contains("--allow-empty"), "{}", out.stderr);
            assert_eq!(out.stdout, "");
            args.push("--allow-empty");
            sb.run_with(&args, input).ok();
        }
    }
    let out = sb.run_with(
        &[
            "strategy",
            "preview",
            "last2",
            "--snapshots",
            "-",
            "--allow-empty",
        ],
        "",
    );
    assert_eq!(out.ok().stderr, "Keeps 0 of 0 snapshots; drops 0.\n");
    // Huge input is refused, not read into memory without end.
    let big = "2026-02-01T03:00:00Z\n".repeat(4 << 20);
    let out = sb.run_with(&["strategy", "preview", "last2", "--snapshots", "-"], &big);
    out.code(2);
    assert!(out.stderr.contains("larger than 64 MiB"), "{}", out.stderr);
}

/// The verdicts of `preview --json` as (short_id, keep).
fn kept_by_id(out: &Outcome) -> Vec<(String, bool)> {
    out.json()
        .as_array()
        .expect("array")
        .iter()
        .map(|v| {
            (
                v["short_id"].as_str().unwrap_or_default().to_string(),
                v["keep"] == true,
            )
        })
        .collect()
}

#[test]
fn preview_keeps_restics_ids_and_prints_the_ones_to_forget() {
    let sb = Sandbox::initialised();
    strategy(
        &sb,
        "nightly",
        &[
            "--schedule",
            "daily@02:00",
            "--keep-daily",
            "3",
            "--keep-weekly",
            "2",
        ],
    )
    .ok();
    let file = sb.path("snaps.json");
    std::fs::write(&file, crate::tools::vectors::RESTIC_SNAPSHOTS).expect("write");
    let file = file.to_str().expect("path");
    let preview = |extra: &[&str]| {
        let mut args = vec!["strategy", "preview", "nightly", "--snapshots", file];
        args.extend(extra);
        sb.run(&args)
    };
    // The table shows restic's short ids; restic's own forget decided the same.
    let out = preview(&[]);
    assert_eq!(
        out.ok().stdout,
        "\
TIME                       ID        DECISION  KEPT BY
2026-02-02T02:00:00+01:00  e0efa2ee  drop
2026-02-09T02:00:00+01:00  05d6c94b  keep      keep-weekly
2026-02-16T02:00:00+01:00  19254d43  drop
2026-02-20T02:00:00+01:00  2c9570f5  keep      keep-daily
2026-02-21T02:00:00+01:00  00431790  keep      keep-daily
2026-02-22T02:00:00+01:00  f1c363f8  drop
2026-02-22T14:30:00+01:00  55641c11  keep      keep-daily, keep-weekly
"
    );
    assert_eq!(out.stderr, "Keeps 4 of 7 snapshots; drops 3.\n");
    // JSON carries both ids as restic gave them.
    let out = sb.run(&[
        "--json",
        "strategy",
        "preview",
        "nightly",
        "--snapshots",
        file,
    ]);
    let items = out.ok().json();
    assert_eq!(
        items[0]["id"],
        "e0efa2eedcbc413e9911a5ace22af7e67f6aa24d8ac40bdf1fde95557b54ead5"
    );
    assert_eq!(items[0]["short_id"], "e0efa2ee");
    assert_eq!(items[0]["time"], "2026-02-02T01:00:00Z");
    assert_eq!(
        kept_by_id(&out),
        [
            ("e0efa2ee", false),
            ("05d6c94b", true),
            ("19254d43", false),
            ("2c9570f5", true),
            ("00431790", true),
            ("f1c363f8", false),
            ("55641c11", true),
        ]
        .map(|(id, keep)| (id.to_string(), keep))
    );
    // --forget-ids: only the full ids to drop, one a line, also with --json.
    let ids = "\
e0efa2eedcbc413e9911a5ace22af7e67f6aa24d8ac40bdf1fde95557b54ead5
19254d43421cb8439bb52b690c460808d41a6a24d1d1d6df3cc121a49e976adc
f1c363f848a257abfa69444ac4df391fa3cf779e443398507412bb50a95263cb
";
    assert_eq!(preview(&["--forget-ids"]).ok().stdout, ids);
    let out = sb.run(&[
        "--json",
        "strategy",
        "preview",
        "nightly",
        "--snapshots",
        file,
        "--forget-ids",
    ]);
    assert_eq!(out.ok().stdout, ids);
    // Nothing to drop prints nothing.
    let one = r#"[{"time":"2026-02-02T02:00:00+01:00","id":"e0efa2ee","short_id":"e0efa2ee"}]"#;
    let out = sb.run_with(
        &[
            "strategy",
            "preview",
            "nightly",
            "--snapshots",
            "-",
            "--forget-ids",
        ],
        one,
    );
    assert_eq!(out.ok().stdout, "");
    // Without ids there is nothing to forget by: an error, and no output.
    let before = dump(&sb.db);
    let out = sb.run_with(
        &[
            "strategy",
            "preview",
            "nightly",
            "--snapshots",
            "-",
            "--forget-ids",
        ],
        "2026-02-01T03:00:00Z\n2026-02-02T03:00:00Z\n",
    );
    assert_eq!(out.code(2).stdout, "");
    assert_eq!(
        out.stderr,
        "error: standard input: snapshot 1 (2026-02-01T03:00:00Z) has no id to forget it by\n\
         hint: --forget-ids needs the JSON of `restic snapshots --json`, which names each snapshot\n"
    );
    // An id that is not restic's could become an option or a second word
    // of `restic forget $(...)`: refused whole.
    let hostile = r#"[{"time":"2026-02-02T02:00:00+01:00","id":"--prune"}]"#;
    let out = sb.run_with(
        &[
            "strategy",
            "preview",
            "nightly",
            "--snapshots",
            "-",
            "--forget-ids",
        ],
        hostile,
    );
    assert_eq!(out.code(2).stdout, "");
    assert!(
        out.stderr.starts_with(
            "error: standard input: item 1: \"id\" is not a snapshot id (1 to 64 lower-case hexadecimal digits)\n"
        ),
        "{}",
        out.stderr
    );
    assert_eq!(dump(&sb.db), before);
}

/// A real restic repository: backups spread over days, warden's preview of
/// `restic snapshots --json`, then `restic forget` with the ids warden
/// printed. Exactly the snapshots warden said to keep remain.
#[test]
fn restic_forget_with_the_printed_ids_leaves_exactly_what_preview_keeps() {
    let test = "strategies::restic_forget_with_the_printed_ids_leaves_exactly_what_preview_keeps";
    if !crate::tools::have("restic", "restic", test) {
        return;
    }
    let sb = Sandbox::initialised();
    let data = sb.path("data");
    std::fs::create_dir(&data).expect("mkdir");
    let restic = |args: &[&str]| {
        let mut cmd = std::process::Command::new("restic");
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", sb.dir.path())
            .env("TZ", "UTC")
            .env("RESTIC_PASSWORD", "warden-test-repository")
            .env("RESTIC_REPOSITORY", sb.path("repo"))
            .env("RESTIC_CACHE_DIR", sb.path("cache"))
            .current_dir(sb.dir.path())
            .args(args);
        let out = run_command(&mut cmd, b"");
        assert_eq!(out.code, 0, "restic {args:?}\n{}", out.stderr);
        out.stdout
    };
    restic(&["init"]);
    // Eleven snapshots over five weeks, two on some days, one a change.
    let times = [
        "2026-01-26 02:00:00",
        "2026-02-02 02:00:00",
        "2026-02-05 02:00:00",
        "2026-02-09 02:00:00",
        "2026-02-12 02:00:00",
        "2026-02-16 02:00:00",
        "2026-02-19 02:00:00",
        "2026-02-20 02:00:00",
        "2026-02-20 13:00:00",
        "2026-02-21 02:00:00",
        "2026-02-22 02:00:00",
    ];
    for (i, time) in times.iter().enumerate() {
        std::fs::write(data.join("file"), format!("version {i}\n")).expect("write");
        restic(&[
            "backup", "--quiet", "--host", "web1", "--time", time, "data",
        ]);
    }
    let snapshots = restic(&["snapshots", "--json"]);
    std::fs::write(sb.path("snaps.json"), &snapshots).expect("write");
    strategy(
        &sb,
        "nightly",
        &[
            "--schedule",
            "daily@02:00",
            "--keep-daily",
            "3",
            "--keep-weekly",
            "3",
        ],
    )
    .ok();
    let preview = |extra: &[&str]| {
        let mut args = vec![
            "strategy",
            "preview",
            "nightly",
            "--snapshots",
            "snaps.json",
        ];
        args.extend(extra);
        sb.run(&args)
    };
    let verdicts = run_command(
        sb.command().args([
            "--json",
            "strategy",
            "preview",
            "nightly",
            "--snapshots",
            "snaps.json",
        ]),
        b"",
    );
    let verdicts = verdicts.ok().json();
    let all: Vec<(String, bool)> = verdicts
        .as_array()
        .expect("array")
        .iter()
        .map(|v| (v["id"].as_str().expect("id").to_string(), v["keep"] == true))
        .collect();
    assert_eq!(all.len(), times.len());
    let keep: Vec<&str> = all
        .iter()
        .filter(|(_, k)| *k)
        .map(|(id, _)| id.as_str())
        .collect();
    let drop: Vec<&str> = all
        .iter()
        .filter(|(_, k)| !*k)
        .map(|(id, _)| id.as_str())
        .collect();
    // Daily 02-22, 02-21 and 02-20 13:00; weekly the newest of the weeks from
    // 02-16, 02-09 and 02-02: 02-22, 02-12 and 02-05.
    assert_eq!((keep.len(), drop.len()), (5, 6), "{verdicts}");
    // The ids to forget, as `restic forget $(warden ... --forget-ids)` splits them.
    let printed = preview(&["--forget-ids"]);
    let printed: Vec<&str> = printed.ok().stdout.split_whitespace().collect();
    assert_eq!(printed, drop);
    let mut args = vec!["forget"];
    args.extend(&printed);
    restic(&args);
    let left: serde_json::Value =
        serde_json::from_str(&restic(&["snapshots", "--json"])).expect("restic JSON");
    let mut left: Vec<&str> = left
        .as_array()
        .expect("array")
        .iter()
        .map(|s| s["id"].as_str().expect("id"))
        .collect();
    let mut keep = keep.clone();
    left.sort_unstable();
    keep.sort_unstable();
    assert_eq!(left, keep);
}
