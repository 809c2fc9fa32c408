//! `warden settings`: typed values, ranges, and the audit trail.

use crate::common::*;

/// A valid non-default value for every key, and how it reads back.
const ROUND_TRIPS: &[(&str, &str, &str)] = &[
    ("deletion.grace", "72h", "3d"),
    ("backup_user.max_duration", "2w", "14d"),
    ("password.min_length", "16", "16"),
    ("password.min_score", "3", "3"),
    ("auth.lockout_threshold", "3", "3"),
    ("auth.lockout_duration", "1h 30m", "1h 30m"),
    ("auth.syslog", "off", "false"),
    (
        "notify.command",
        "/usr/sbin/sendmail -t",
        "/usr/sbin/sendmail -t",
    ),
    ("notify.from", "backup@acme.example", "backup@acme.example"),
    ("notify.timeout", "90s", "1m 30s"),
    ("audit.keep", "8760h", "365d"),
    (
        "audit.archive_dir",
        " /var/lib/warden/audit-archive ",
        "/var/lib/warden/audit-archive",
    ),
    ("argon2.memory_kib", "65536", "65536"),
    ("argon2.iterations", "3", "3"),
    ("argon2.parallelism", "2", "2"),
];

#[test]
fn every_key_round_trips_and_each_change_is_audited() {
    let sb = Sandbox::initialised();
    let listed = sb.run(&["--json", "settings", "list"]).json();
    let keys: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["key"].as_str().unwrap())
        .collect();
    let tested: Vec<&str> = ROUND_TRIPS.iter().map(|(k, _, _)| *k).collect();
    assert_eq!(keys, tested, "every key of the catalog is exercised here");

    for (key, input, canonical) in ROUND_TRIPS {
        sb.run(&["settings", "set", key, input]).ok();
        let got = sb.run(&["settings", "get", key]);
        assert_eq!(got.ok().stdout, format!("{canonical}\n"), "{key}");
        let json = sb.run(&["--json", "settings", "get", key]).json();
        assert_eq!(json["is_set"], true, "{key}");
        let events = sb
            .run(&[
                "--json",
                "audit",
                "--action",
                "settings.set",
                "--target",
                key,
            ])
            .json();
        let events = events.as_array().unwrap();
        assert_eq!(events.len(), 1, "{key}: {events:?}");
        assert_eq!(events[0]["actor"], "tester");
        assert_eq!(events[0]["details"]["to"], json["value"], "{key}");
    }
}

#[test]
fn setting_the_value_in_force_records_nothing() {
    let sb = Sandbox::initialised();
    sb.run(&["settings", "set", "deletion.grace", "3d"]).ok();
    sb.run(&["settings", "set", "deletion.grace", "72h"]).ok();
    let events = sb
        .run(&["--json", "audit", "--action", "settings.set"])
        .json();
    assert_eq!(events.as_array().unwrap().len(), 1);
}

#[test]
fn out_of_range_and_malformed_values_exit_2_and_change_nothing() {
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    let bad: &[(&str, &str)] = &[
        ("deletion.grace", "23h"),
        ("deletion.grace", "8d"),
        ("deletion.grace", ""),
        ("deletion.grace", "-1d"),
        ("deletion.grace", "1.5d"),
        ("deletion.grace", "99999999999d"),
        ("backup_user.max_duration", "59m"),
        ("backup_user.max_duration", "366d"),
        ("password.min_length", "7"),
        ("password.min_length", "twelve"),
        ("password.min_score", "5"),
        ("password.min_score", "-1"),
        ("password.min_score", "2.5"),
        ("auth.lockout_threshold", "0"),
        ("auth.lockout_duration", "30s"),
        ("notify.command", "sendmail\u{1b}[2J"),
        ("notify.from", "backup"),
        ("notify.from", "backup@acme.example\nBcc: eve@evil.example"),
        ("notify.timeout", "0s"),
        ("notify.timeout", "11m"),
        ("argon2.memory_kib", "19455"),
        ("argon2.memory_kib", "18446744073709551616"),
        ("argon2.iterations", "1"),
        ("argon2.parallelism", "0"),
        ("no.such.key", "1"),
    ];
    for (key, value) in bad {
        let out = sb.run(&["settings", "set", key, value]);
        out.code(2).no_panic();
        assert!(
            out.stderr.starts_with("error: "),
            "{key}={value}: {}",
            out.stderr
        );
    }
    sb.run(&["settings", "get", "no.such.key"]).code(2);
    assert_eq!(dump(&sb.db), before);
}

#[test]
fn the_audit_log_refuses_update_and_delete_at_the_sql_level() {
    let sb = Sandbox::initialised();
    let conn = sb.sql();
    let update = conn
        .execute("UPDATE events SET actor = 'mallory'", [])
        .unwrap_err();
    assert!(update.to_string().contains("append-only"), "{update}");
    let delete = conn.execute("DELETE FROM events", []).unwrap_err();
    assert!(delete.to_string().contains("append-only"), "{delete}");
    if on_postgres() {
        let truncate = conn.execute("TRUNCATE events", []).unwrap_err();
        assert!(truncate.to_string().contains("append-only"), "{truncate}");
    }
    let count: i64 = conn
        .query_row(
            "SELECT count(*) FROM events WHERE actor = 'tester'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(count, 3);
}

#[test]
fn a_planted_invalid_setting_is_caught_on_the_way_out() {
    let sb = Sandbox::initialised();
    sb.sql()
        .execute(
            "INSERT INTO settings (key, value, updated_at) VALUES ('deletion.grace', '1h', 0)",
            [],
        )
        .unwrap();
    let out = sb.run(&["settings", "get", "deletion.grace"]);
    out.code(1);
    assert!(out.stderr.contains("deletion.grace"), "{}", out.stderr);
    // Setting it again repairs it.
    sb.run(&["settings", "set", "deletion.grace", "2d"]).ok();
    assert_eq!(
        sb.run(&["settings", "get", "deletion.grace"]).stdout,
        "2d\n"
    );
}
