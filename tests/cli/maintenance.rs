//! `maintenance` (the cron entry point) and `expiring` (the look ahead).

use crate::common::{dump, pretty, run_command, Outcome, Sandbox, NOW};
use crate::fixtures;

fn at(sb: &Sandbox, now: &str, args: &[&str]) -> Outcome {
    run_command(sb.command().env("WARDEN_NOW", now).args(args), b"")
}

/// alice designates bob for 2 days from NOW; carol expires on 2026-03-10;
/// account "old" is queued for deletion (grace 7d: purge after 03-08 12:00).
fn busy_office() -> Sandbox {
    let sb = Sandbox::initialised();
    sb.add_user(
        "alice",
        &["--role", "operator", "--email", "alice@example.com"],
    );
    sb.add_user("bob", &["--role", "viewer", "--email", "bob@example.com"]);
    sb.add_user(
        "carol",
        &[
            "--role",
            "viewer",
            "--email",
            "carol@example.com",
            "--expires",
            "2026-03-10",
        ],
    );
    sb.run(&["backup-user", "set", "alice", "bob"]).ok();
    sb.run(&["backup-user", "enable", "alice", "--for", "2d"])
        .ok();
    fixtures::queued_account(&sb, "old", &[], NOW);
    sb
}

fn count(sb: &Sandbox, sql: &str) -> i64 {
    sb.sql().query_row(sql, [], |r| r.get(0)).unwrap()
}

const LATER: &str = "2026-03-09T12:00:00Z";

#[test]
fn a_dry_run_says_what_would_be_done_and_changes_nothing() {
    let sb = busy_office();
    let before = dump(&sb.db);
    let out = at(&sb, LATER, &["maintenance", "--dry-run"]);
    insta::assert_snapshot!("maintenance_dry_run", out.ok().stdout);
    let json = at(&sb, LATER, &["--json", "maintenance", "--dry-run"]);
    json.ok();
    insta::assert_snapshot!("maintenance_dry_run_json", pretty(&json.json()));
    assert_eq!(dump(&sb.db), before);
}

#[test]
fn maintenance_twice_at_the_same_time_does_its_work_once() {
    let sb = busy_office();
    let out = at(&sb, LATER, &["--json", "maintenance"]);
    out.ok();
    let mut report = out.json();
    // The head is the audit chain's (its own tests check it): here, that
    // it is there and is the one `audit head` gives.
    let head = report["audit_head"].take();
    assert_eq!(
        head.as_str().map(str::to_string),
        Some(sb.run(&["audit", "head"]).stdout.trim().to_string())
    );
    report["audit_head"] = serde_json::json!("ID:HASH");
    insta::assert_snapshot!("maintenance_json", pretty(&report));
    let after_first = dump(&sb.db);
    assert_eq!(
        count(&sb, "SELECT count(*) FROM accounts WHERE name = 'old'"),
        0
    );
    assert_eq!(
        count(
            &sb,
            "SELECT count(*) FROM events WHERE action = 'backup-user.expire'"
        ),
        1
    );
    assert_eq!(
        count(
            &sb,
            "SELECT count(*) FROM notifications WHERE kind = 'backup_user_expired'"
        ),
        2
    );
    // The status shows the window expired, as the clock alone already said.
    let status = at(&sb, LATER, &["--json", "backup-user", "status", "alice"]);
    assert_eq!(status.json()["state"], "expired");
    assert_eq!(status.json()["ended_at"], serde_json::Value::Null);

    let again = at(&sb, LATER, &["maintenance"]);
    again.ok();
    assert!(
        !again.stdout.contains("Expired") && !again.stdout.contains("Purged"),
        "{}",
        again.stdout
    );
    assert_eq!(
        dump(&sb.db),
        after_first,
        "the second run changed something"
    );
    // And a later run finds nothing new either.
    at(&sb, "2026-03-09T18:00:00Z", &["maintenance"]).ok();
    assert_eq!(
        count(
            &sb,
            "SELECT count(*) FROM events WHERE action IN ('backup-user.expire', 'account.purge')"
        ),
        2
    );
}

fn reminders(sb: &Sandbox, kind: &str) -> Vec<(String, String)> {
    let conn = sb.sql();
    let mut stmt = conn
        .prepare("SELECT recipient, subject FROM notifications WHERE kind = ?1 ORDER BY id")
        .unwrap();
    stmt.query_map([kind], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn a_users_expiry_is_reminded_14_days_and_1_day_before_exactly_once_each() {
    let sb = Sandbox::initialised();
    sb.add_user(
        "dave",
        &[
            "--email",
            "dave@example.com",
            "--expires",
            "2026-03-20T12:00:00Z",
        ],
    );
    sb.add_user(
        "erin",
        &[
            "--no-notify",
            "--email",
            "erin@example.com",
            "--expires",
            "2026-03-20T12:00:00Z",
        ],
    );
    let runs = [
        ("2026-03-01T12:00:00Z", 0),
        ("2026-03-06T11:59:59Z", 0),
        ("2026-03-06T12:00:00Z", 1), // exactly 14 days before
        ("2026-03-06T12:00:00Z", 1),
        ("2026-03-12T00:00:00Z", 1),
        ("2026-03-19T12:00:01Z", 2), // just inside the last day
        ("2026-03-19T18:00:00Z", 2),
        ("2026-03-20T12:00:00Z", 2), // expired: nothing more
        ("2026-04-01T00:00:00Z", 2),
    ];
    for (now, expected) in runs {
        at(&sb, now, &["maintenance"]).ok();
        let got = reminders(&sb, "expiry_reminder");
        assert_eq!(got.len(), expected, "after the run at {now}: {got:?}");
    }
    let got = reminders(&sb, "expiry_reminder");
    assert_eq!(
        got[0],
        (
            "dave@example.com".into(),
            "Your user expires within 14 days".into()
        )
    );
    assert_eq!(
        got[1],
        (
            "dave@example.com".into(),
            "Your user expires within a day".into()
        )
    );
    // erin chose no notifications: reminded in the books, never mailed.
    assert_eq!(count(&sb, "SELECT count(*) FROM user_reminders WHERE user_id = (SELECT id FROM users WHERE username = 'erin')"), 2);

    assert_eq!(
        count(
            &sb,
            "SELECT count(*) FROM notifications WHERE recipient = 'erin@example.com'"
        ),
        0
    );
    // A new expiry date earns new reminders; one already inside the last
    // day gets a single message, not two.
    at(
        &sb,
        "2026-04-01T00:00:00Z",
        &["user", "edit", "dave", "--expires", "2026-04-01T18:00:00Z"],
    )
    .ok();
    at(&sb, "2026-04-01T00:00:00Z", &["maintenance"]).ok();
    at(&sb, "2026-04-01T01:00:00Z", &["maintenance"]).ok();
    let got = reminders(&sb, "expiry_reminder");
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[2].1, "Your user expires within a day");
}

#[test]
fn a_window_is_reminded_one_day_before_it_ends_once_and_short_windows_are_not() {
    let sb = Sandbox::initialised();
    sb.add_user(
        "alice",
        &["--role", "operator", "--email", "alice@example.com"],
    );
    sb.add_user("bob", &["--role", "viewer", "--email", "bob@example.com"]);
    sb.run(&["backup-user", "set", "alice", "bob"]).ok();
    sb.run(&["backup-user", "enable", "alice", "--for", "3d"])
        .ok(); // ends 03-04 12:00
    for (now, expected) in [
        ("2026-03-02T12:00:00Z", 0),
        ("2026-03-03T11:59:59Z", 0),
        ("2026-03-03T12:00:00Z", 2), // both users, exactly one day before
        ("2026-03-03T12:00:00Z", 2),
        ("2026-03-04T00:00:00Z", 2),
    ] {
        let out = at(&sb, now, &["maintenance"]);
        out.ok();
        assert_eq!(
            reminders(&sb, "backup_user_reminder").len(),
            expected,
            "at {now}: {}",
            out.stdout
        );
    }
    let to: Vec<String> = reminders(&sb, "backup_user_reminder")
        .into_iter()
        .map(|r| r.0)
        .collect();
    assert_eq!(to, ["alice@example.com", "bob@example.com"]);
    // A window of a day or less is announced when enabled, not reminded.
    at(
        &sb,
        "2026-03-05T00:00:00Z",
        &["backup-user", "enable", "alice", "--for", "1d"],
    )
    .ok();
    at(&sb, "2026-03-05T06:00:00Z", &["maintenance"]).ok();
    assert_eq!(reminders(&sb, "backup_user_reminder").len(), 2);
}

#[test]
fn expiring_lists_users_windows_and_grace_periods_inside_the_period() {
    let sb = busy_office();
    sb.add_user("dave", &["--expires", "2026-04-15"]);
    let out = sb.run(&["--json", "expiring", "--within", "7d"]);
    out.ok();
    let items = out.json();
    let summary: Vec<(String, String, String)> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["kind"].as_str().unwrap().to_string(),
                i["name"].as_str().unwrap().to_string(),
                i["ends_at"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                "backup-user".into(),
                "alice".into(),
                "2026-03-03T12:00:00Z".into()
            ),
            (
                "account".into(),
                "old".into(),
                "2026-03-08T12:00:00Z".into()
            ),
        ]
    );
    assert_eq!(items[0]["backup_user"], "bob");
    // The end of the period is included, now is not.
    let out = sb.run(&["--json", "expiring", "--within", "8d 12h"]);
    assert_eq!(out.json().as_array().map(Vec::len), Some(3));
    let out = at(
        &sb,
        "2026-03-03T12:00:00Z",
        &["--json", "expiring", "--within", "1h"],
    );
    assert_eq!(out.json(), serde_json::json!([]));
    // For people: a table, soonest first.
    let out = sb.run(&["expiring", "--within", "60d"]);
    out.ok();
    assert_eq!(out.stdout.lines().count(), 5, "{}", out.stdout);
    insta::assert_snapshot!("expiring_within_60d", out.stdout);
    for bad in ["", "soon", "-1d", "1.5h"] {
        sb.run(&["expiring", "--within", bad]).code(2);
    }
    // Without --within, two weeks.
    sb.run(&["expiring"]).ok();
}

#[test]
fn maintenance_sends_what_it_queued_through_notify_command_once() {
    use crate::notify::{delivered, fake_sendmail, header, parse, script};
    let sb = busy_office();
    // Not configured: the work is done and the messages wait, exit 0.
    let out = at(&sb, LATER, &["maintenance"]);
    out.ok();
    assert!(
        out.stdout
            .contains("notifications pending (notify.command is not set)"),
        "{}",
        out.stdout
    );

    // A failing command: the summary, then exit 1; all stay pending.
    let failing = script(&sb, "broken-mail", "echo 'mail queue full' >&2; exit 75");
    sb.run(&[
        "settings",
        "set",
        "notify.command",
        failing.to_str().unwrap(),
    ])
    .ok();
    let out = at(&sb, LATER, &["maintenance"]);
    out.code(1);
    assert!(out.stderr.contains("could not be sent"), "{}", out.stderr);
    let pending = count(
        &sb,
        "SELECT count(*) FROM notifications WHERE sent_at IS NULL",
    );
    assert!(pending >= 5, "{pending}");
    assert_eq!(count(&sb, "SELECT count(*) FROM notifications WHERE sent_at IS NULL AND last_error LIKE '%mail queue full%'"), pending);

    // A working one: everything goes, once, to the right addresses.
    let sendmail = fake_sendmail(&sb, "");
    let command = format!("{} -t -i", sendmail.display());
    sb.run(&["settings", "set", "notify.command", &command])
        .ok();
    let out = at(&sb, "2026-03-09T13:00:00Z", &["--json", "maintenance"]);
    out.ok();
    assert_eq!(out.json()["notifications_sent"], pending);
    assert_eq!(out.json()["notifications_pending"], 0);
    let mail = delivered(&sb);
    assert_eq!(mail.len() as i64, pending);
    let expired: Vec<String> = mail
        .iter()
        .map(|m| parse(m).0)
        .filter(|h| header(h, "Subject").is_some_and(|s| s.contains("no longer act")))
        .map(|h| header(&h, "To").unwrap_or_default().to_string())
        .collect();
    assert_eq!(expired, ["alice@example.com", "bob@example.com"]);
    at(&sb, "2026-03-09T14:00:00Z", &["maintenance"]).ok();
    assert_eq!(
        delivered(&sb).len() as i64,
        pending,
        "a second run sent again"
    );
}
