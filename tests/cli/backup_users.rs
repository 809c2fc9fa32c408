//! Backup users: designation, windows under a moving clock, switching,
//! `--as` decisions, and the rules that keep a stand-in inside its scope.

use crate::common::{dump, run_command, Outcome, Sandbox, NOW, USER_PASSWORD};
use crate::fixtures;

/// Runs warden at another moment.
fn at(sb: &Sandbox, now: &str, args: &[&str]) -> Outcome {
    run_command(sb.command().env("WARDEN_NOW", now).args(args), b"")
}

fn at_with(sb: &Sandbox, now: &str, args: &[&str], stdin: &str) -> Outcome {
    run_command(
        sb.command().env("WARDEN_NOW", now).args(args),
        stdin.as_bytes(),
    )
}

fn state(sb: &Sandbox, now: &str) -> String {
    let out = at(sb, now, &["--json", "backup-user", "status", "alice"]);
    out.ok();
    out.json()["state"].as_str().unwrap_or_default().to_string()
}

fn covering(sb: &Sandbox, now: &str) -> Vec<String> {
    let out = at(sb, now, &["--json", "backup-user", "covering", "bob"]);
    out.ok();
    out.json()
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["user"].as_str().unwrap().to_string())
        .collect()
}

fn can_as(sb: &Sandbox, now: &str, permission: &str) -> i32 {
    at(
        sb,
        now,
        &["user", "can", "bob", permission, "--as", "alice"],
    )
    .code
}

fn events(sb: &Sandbox, action: &str) -> Vec<serde_json::Value> {
    let out = sb.run(&["--json", "audit", "--action", action, "--limit", "1000"]);
    out.ok();
    out.json().as_array().unwrap().clone()
}

#[test]
fn a_window_goes_from_assigned_to_scheduled_to_active_to_expired_with_exact_boundaries() {
    let sb = fixtures::bob_backs_up_alice();
    assert_eq!(state(&sb, NOW), "assigned");
    assert_eq!(covering(&sb, NOW), Vec::<String>::new());
    assert_eq!(can_as(&sb, NOW, "backups.review"), 6);

    // From 2026-03-02 00:00 for 3 days: ends 2026-03-05 00:00, exclusive.
    let out = sb.run(&[
        "--json",
        "backup-user",
        "enable",
        "alice",
        "--for",
        "3d",
        "--from",
        "2026-03-02",
    ]);
    out.ok();
    let shown = out.json();
    assert_eq!(shown["state"], "scheduled");
    assert_eq!(shown["starts_at"], "2026-03-02T00:00:00Z");
    assert_eq!(shown["ends_at"], "2026-03-05T00:00:00Z");
    assert_eq!(shown["user"], "alice");
    assert_eq!(shown["backup_user"], "bob");

    let timeline = [
        ("2026-03-01T23:59:59Z", "scheduled", false),
        ("2026-03-02T00:00:00Z", "active", true),
        ("2026-03-03T12:00:00Z", "active", true),
        ("2026-03-04T23:59:59Z", "active", true),
        ("2026-03-05T00:00:00Z", "expired", false),
        ("2026-04-01T00:00:00Z", "expired", false),
    ];
    for (now, expected, inside) in timeline {
        assert_eq!(state(&sb, now), expected, "at {now}");
        let covered = covering(&sb, now);
        assert_eq!(
            covered == ["alice"],
            inside,
            "covering at {now}: {covered:?}"
        );
        assert_eq!(
            can_as(&sb, now, "backups.review"),
            if inside { 0 } else { 6 },
            "can --as at {now}"
        );
        let switch = at(&sb, now, &["backup-user", "switch", "bob", "alice"]);
        assert_eq!(switch.code, if inside { 0 } else { 6 }, "switch at {now}");
    }
    let active = at(
        &sb,
        "2026-03-02T00:00:00Z",
        &["--json", "backup-user", "list", "--active"],
    );
    assert_eq!(active.json().as_array().map(Vec::len), Some(1));
    let active = at(
        &sb,
        "2026-03-05T00:00:00Z",
        &["--json", "backup-user", "list", "--active"],
    );
    assert_eq!(active.json().as_array().map(Vec::len), Some(0));
    let all = at(
        &sb,
        "2026-03-05T00:00:00Z",
        &["--json", "backup-user", "list"],
    );
    assert_eq!(all.json()[0]["state"], "expired");
}

#[test]
fn a_revoked_window_ends_at_once_and_revoking_again_changes_nothing() {
    let sb = fixtures::bob_backs_up_alice();
    sb.run(&["backup-user", "enable", "alice", "--for", "2d"])
        .ok();
    assert_eq!(state(&sb, NOW), "active");
    assert_eq!(can_as(&sb, NOW, "backups.review"), 0);

    let later = "2026-03-02T08:00:00Z";
    let out = at(&sb, later, &["--json", "backup-user", "revoke", "alice"]);
    out.ok();
    assert_eq!(out.json()["state"], "revoked");
    assert_eq!(out.json()["ended_at"], later);
    assert_eq!(out.json()["end_reason"], "revoked");
    for now in [later, "2026-03-02T09:00:00Z"] {
        assert_eq!(state(&sb, now), "revoked");
        assert!(covering(&sb, now).is_empty());
        assert_eq!(can_as(&sb, now, "backups.review"), 6);
    }
    let denied = at(
        &sb,
        later,
        &["user", "can", "bob", "backups.review", "--as", "alice"],
    );
    assert!(
        denied
            .stdout
            .contains("was ended at 2026-03-02T08:00:00Z (revoked)"),
        "{}",
        denied.stdout
    );

    let before = dump(&sb.db);
    let again = at(&sb, later, &["backup-user", "revoke", "alice"]);
    again.ok();
    assert!(
        again.stderr.contains("no open backup-user window"),
        "{}",
        again.stderr
    );
    assert_eq!(dump(&sb.db), before);

    // Enabling again opens a fresh window.
    at(
        &sb,
        later,
        &["backup-user", "enable", "alice", "--for", "1d"],
    )
    .ok();
    assert_eq!(state(&sb, later), "active");
}

#[test]
fn enabling_again_replaces_the_current_window() {
    let sb = fixtures::bob_backs_up_alice();
    sb.run(&["backup-user", "enable", "alice", "--for", "10d"])
        .ok();
    let out = sb.run(&[
        "--json",
        "backup-user",
        "enable",
        "alice",
        "--until",
        "2026-03-03",
    ]);
    out.ok();
    assert_eq!(out.json()["ends_at"], "2026-03-03T00:00:00Z");
    assert_eq!(can_as(&sb, "2026-03-04T00:00:00Z", "backups.review"), 6);
    let enables = events(&sb, "backup-user.enable");
    assert_eq!(enables.len(), 2);
    assert_eq!(
        enables[0]["details"]["replaced"]["ends_at"],
        "2026-03-11T12:00:00Z"
    );
}

#[test]
fn can_as_grants_within_the_scope_and_denies_outside_it() {
    let sb = fixtures::team();
    sb.add_account("acme", &[]);
    sb.add_account("acme-eu", &["--parent", "acme"]);
    sb.run(&["account", "grant", "acme", "alice", "--access", "full"])
        .ok();
    sb.run(&[
        "backup-user",
        "set",
        "alice",
        "bob",
        "--permission",
        "backups.read",
        "--permission",
        "backups.download",
        "--permission",
        "reports.generate",
    ])
    .ok();
    sb.run(&["backup-user", "enable", "alice", "--for", "1d"])
        .ok();

    // Inside the scope, and alice holds it: through her role...
    let out = sb.run(&[
        "--json",
        "user",
        "can",
        "bob",
        "backups.read",
        "--as",
        "alice",
    ]);
    out.ok();
    let d = out.json();
    assert_eq!(d["allowed"], true);
    assert_eq!(d["user"], "bob");
    assert_eq!(d["acting_for"], "alice");
    assert_eq!(d["permission"], "backups.read");
    let reason = d["reason"].as_str().unwrap();
    assert!(
        reason.contains("alice's backup-user window for bob, active until 2026-03-02T12:00:00Z")
            && reason.contains("active role operator grants backups.read"),
        "{reason}"
    );
    // ...and through her grant, on the granted subtree only.
    sb.run(&[
        "user",
        "can",
        "bob",
        "backups.download",
        "--as",
        "alice",
        "--account",
        "acme-eu",
    ])
    .ok();
    sb.run(&["user", "can", "bob", "backups.download", "--as", "alice"])
        .code(6);
    // Inside the scope, but alice does not hold it: the decision is hers.
    let out = sb.run(&["user", "can", "bob", "reports.generate", "--as", "alice"]);
    out.code(6);
    assert!(
        out.stdout.contains("does not grant reports.generate"),
        "{}",
        out.stdout
    );
    // alice holds it, bob's own role does not, and it is outside the scope.
    let out = sb.run(&["user", "can", "bob", "jobs.manage", "--as", "alice"]);
    out.code(6);
    assert!(
        out.stdout
            .contains("jobs.manage is outside the scope of alice's backup-user window for bob"),
        "{}",
        out.stdout
    );
    // bob's own rights are not widened by the window.
    sb.run(&["user", "can", "bob", "backups.review"]).code(6);
    // An unknown account is not found, an unknown permission a usage error.
    sb.run(&[
        "user",
        "can",
        "bob",
        "backups.read",
        "--as",
        "alice",
        "--account",
        "nope",
    ])
    .code(3);
    sb.run(&["user", "can", "bob", "backups.fly", "--as", "alice"])
        .code(2);
    sb.run(&["user", "can", "bob", "backups.read", "--as", "Alice"])
        .code(2);
    sb.run(&["user", "can", "bob", "backups.read", "--as", "nobody"])
        .code(6);
}

#[test]
fn admin_permissions_are_never_delegated_even_from_an_admin() {
    let sb = fixtures::team();
    sb.run(&["role", "grant", "alice", "admin"]).ok();
    sb.run(&["role", "switch", "alice", "admin"]).ok();
    for admin_only in ["users.manage", "roles.manage", "settings.manage"] {
        let out = sb.run(&[
            "backup-user",
            "set",
            "alice",
            "bob",
            "--permission",
            admin_only,
        ]);
        out.code(2);
        assert!(out.stderr.contains("never delegated"), "{}", out.stderr);
    }
    let out = sb.run(&["--json", "backup-user", "set", "alice", "bob"]);
    out.ok();
    let scope: Vec<String> = out.json()["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect();
    assert!(scope.contains(&"audit.read".to_string()), "{scope:?}");
    for admin_only in ["users.manage", "roles.manage", "settings.manage"] {
        assert!(!scope.contains(&admin_only.to_string()), "{scope:?}");
    }
    sb.run(&["backup-user", "enable", "alice", "--for", "1d"])
        .ok();
    sb.run(&["user", "can", "bob", "audit.read", "--as", "alice"])
        .ok();
    // Even planted into the scope behind warden's back, they stay denied.
    sb.sql()
        .execute_batch(
            "INSERT INTO backup_user_permissions (user_id, permission)
             SELECT user_id, p.value FROM backup_users,
                    (SELECT 'users.manage' AS value UNION ALL SELECT 'roles.manage'
                     UNION ALL SELECT 'settings.manage') AS p",
        )
        .unwrap();
    for admin_only in ["users.manage", "roles.manage", "settings.manage"] {
        let out = sb.run(&["user", "can", "bob", admin_only, "--as", "alice"]);
        out.code(6);
        assert!(out.stdout.contains("is never delegated"), "{}", out.stdout);
    }
    let out = sb.run(&["--json", "backup-user", "switch", "bob", "alice"]);
    out.ok();
    let effective = out.json()["permissions"].to_string();
    assert!(effective.contains("audit.read"), "{effective}");
}

#[test]
fn a_stand_in_cannot_act_for_a_third_user_through_the_one_it_covers() {
    let sb = fixtures::team();
    // carol -> alice -> bob: alice covers carol, bob covers alice.
    sb.run(&["role", "grant", "carol", "operator"]).ok();
    sb.run(&["role", "switch", "carol", "operator"]).ok();
    sb.run(&["backup-user", "set", "carol", "alice"]).ok();
    sb.run(&["backup-user", "enable", "carol", "--for", "1d"])
        .ok();
    sb.run(&["backup-user", "set", "alice", "bob"]).ok();
    sb.run(&["backup-user", "enable", "alice", "--for", "1d"])
        .ok();
    sb.run(&["user", "can", "alice", "backups.review", "--as", "carol"])
        .ok();
    sb.run(&["user", "can", "bob", "backups.review", "--as", "alice"])
        .ok();
    // bob has no window from carol; alice's stand-in rights do not pass on.
    let out = sb.run(&["user", "can", "bob", "backups.review", "--as", "carol"]);
    out.code(6);
    assert!(
        out.stdout.contains("bob is not the backup user of carol"),
        "{}",
        out.stdout
    );
    sb.run(&["backup-user", "switch", "bob", "carol"]).code(6);
    assert_eq!(covering(&sb, NOW), ["alice"]);
}

#[test]
fn disabling_or_deleting_either_user_ends_the_window() {
    for (who, how) in [
        ("alice", "disable"),
        ("bob", "disable"),
        ("alice", "delete"),
        ("bob", "delete"),
    ] {
        let sb = fixtures::bob_backs_up_alice();
        sb.run(&["backup-user", "enable", "alice", "--for", "1d"])
            .ok();
        sb.run(&["user", "can", "bob", "backups.review", "--as", "alice"])
            .ok();
        match how {
            "disable" => sb.run(&["user", "disable", who]).ok(),
            _ => sb.run(&["--yes", "user", "delete", who]).ok(),
        };
        let out = sb.run(&["user", "can", "bob", "backups.review", "--as", "alice"]);
        out.code(6);
        sb.run(&["backup-user", "switch", "bob", "alice"])
            .code(if how == "delete" { 3 } else { 6 });
        let ended = events(&sb, "backup-user.end");
        assert_eq!(ended.len(), 1, "{who} {how}");
        assert_eq!(ended[0]["target"], "alice");
        assert_eq!(ended[0]["details"]["backup_user"], "bob");
        assert_eq!(ended[0]["details"]["reason"], format!("{who} {how}d"));
        if how == "disable" {
            assert_eq!(state(&sb, NOW), "revoked", "{who}");
            // Enabling the user again does not reopen the window.
            sb.run(&["user", "enable", who]).ok();
            sb.run(&["user", "can", "bob", "backups.review", "--as", "alice"])
                .code(6);
            // Nor can a window be opened while a user is disabled.
            sb.run(&["user", "disable", who]).ok();
            let before = dump(&sb.db);
            sb.run(&["backup-user", "enable", "alice", "--for", "1d"])
                .code(5);
            assert_eq!(dump(&sb.db), before);
        } else {
            let left: i64 = sb
                .sql()
                .query_row("SELECT count(*) FROM backup_users", [], |r| r.get(0))
                .unwrap();
            assert_eq!(left, 0);
            let cleared = events(&sb, "backup-user.clear");
            assert_eq!(cleared.len(), 1, "{who} {how}");
        }
    }
}

#[test]
fn bad_windows_self_designation_and_unknown_users_change_nothing() {
    let sb = fixtures::bob_backs_up_alice();
    let before = dump(&sb.db);
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["backup-user", "enable", "alice", "--for", "31d"],
            5,
            "longer than backup_user.max_duration (30d)",
        ),
        (
            &["backup-user", "enable", "alice", "--until", "2026-02-01"],
            2,
            "before it starts",
        ),
        (
            &[
                "backup-user",
                "enable",
                "alice",
                "--from",
                "2026-03-05",
                "--until",
                "2026-03-04",
            ],
            2,
            "before it starts",
        ),
        (
            &[
                "backup-user",
                "enable",
                "alice",
                "--from",
                "2026-03-05",
                "--until",
                "2026-03-05",
            ],
            2,
            "before it starts",
        ),
        (
            &[
                "backup-user",
                "enable",
                "alice",
                "--from",
                "2026-02-01",
                "--for",
                "1d",
            ],
            2,
            "in the past",
        ),
        (&["backup-user", "enable", "alice", "--for", "0s"], 2, ""),
        (&["backup-user", "enable", "alice", "--for", "-1d"], 2, ""),
        (
            &["backup-user", "enable", "alice", "--for", "soon"],
            2,
            "invalid duration",
        ),
        (
            &["backup-user", "enable", "alice", "--until", "2026-02-30"],
            2,
            "",
        ),
        (&["backup-user", "enable", "alice"], 2, ""),
        (
            &[
                "backup-user",
                "enable",
                "alice",
                "--from",
                "9999-12-31",
                "--for",
                "1d",
            ],
            2,
            "past 9999-12-31",
        ),
        (
            &[
                "backup-user",
                "enable",
                "alice",
                "--for",
                "1d",
                "--until",
                "2026-03-05",
            ],
            2,
            "",
        ),
        (
            &["backup-user", "enable", "bob", "--for", "1d"],
            3,
            "has no backup user",
        ),
        (
            &["backup-user", "enable", "nobody", "--for", "1d"],
            3,
            "no user",
        ),
        (
            &["backup-user", "set", "alice", "alice"],
            2,
            "cannot be their own backup user",
        ),
        (
            &["backup-user", "set", "alice", "nobody"],
            3,
            "no user \"nobody\"",
        ),
        (
            &["backup-user", "set", "nobody", "bob"],
            3,
            "no user \"nobody\"",
        ),
        (&["backup-user", "set", "Alice", "bob"], 2, "alice"),
        (
            &[
                "backup-user",
                "set",
                "alice",
                "bob",
                "--permission",
                "backups.fly",
            ],
            2,
            "unknown permission",
        ),
        (&["backup-user", "status", "bob"], 3, "has no backup user"),
        (&["backup-user", "revoke", "bob"], 3, "has no backup user"),
        (&["backup-user", "clear", "nobody"], 3, "no user \"nobody\""),
        (&["backup-user", "covering", "nobody"], 3, "no user"),
        (&["backup-user", "switch", "nobody", "alice"], 3, "no user"),
    ];
    for (args, code, message) in cases {
        let out = sb.run(args);
        out.code(*code).no_panic();
        assert!(out.stderr.contains(message), "{args:?}: {}", out.stderr);
        assert_eq!(
            out.stderr
                .lines()
                .filter(|l| l.starts_with("error:"))
                .count(),
            1,
            "{args:?}"
        );
        assert_eq!(dump(&sb.db), before, "{args:?} changed the database");
    }
    // Exactly the maximum is allowed, also when it starts later; the limit
    // follows the setting.
    sb.run(&[
        "backup-user",
        "enable",
        "alice",
        "--for",
        "30d",
        "--from",
        "2026-03-20",
    ])
    .ok();
    sb.run(&["settings", "set", "backup_user.max_duration", "2d"])
        .ok();
    sb.run(&["backup-user", "enable", "alice", "--for", "2d 1s"])
        .code(5);
    sb.run(&["backup-user", "enable", "alice", "--for", "2d"])
        .ok();
    // A disabled user can be neither designated nor designate.
    sb.run(&["user", "disable", "carol"]).ok();
    sb.run(&["backup-user", "set", "alice", "carol"]).code(5);
    sb.run(&["backup-user", "set", "carol", "bob"]).code(5);
}

#[test]
fn changing_or_clearing_the_backup_user_ends_the_window() {
    let sb = fixtures::bob_backs_up_alice();
    sb.run(&["backup-user", "enable", "alice", "--for", "1d"])
        .ok();
    let out = sb.run(&["--json", "backup-user", "set", "alice", "carol"]);
    out.ok();
    assert_eq!(out.json()["state"], "assigned");
    assert_eq!(out.json()["backup_user"], "carol");
    sb.run(&["user", "can", "bob", "backups.read", "--as", "alice"])
        .code(6);
    sb.run(&["user", "can", "carol", "backups.read", "--as", "alice"])
        .code(6);
    let ended = events(&sb, "backup-user.end");
    assert_eq!(
        ended[0]["details"]["reason"],
        "backup user changed to carol"
    );

    // The same designation again changes nothing.
    let before = dump(&sb.db);
    let again = sb.run(&["backup-user", "set", "alice", "carol"]);
    again.ok();
    assert!(
        again.stderr.contains("nothing was changed"),
        "{}",
        again.stderr
    );
    assert_eq!(dump(&sb.db), before);

    sb.run(&["backup-user", "enable", "alice", "--for", "1d"])
        .ok();
    // Clear prints the state it leaves (no backup user) and says whom it
    // removed.
    let out = sb.run(&["--json", "backup-user", "clear", "alice"]);
    out.ok();
    assert_eq!(
        out.json(),
        serde_json::json!({ "user": "alice", "backup_user": null, "cleared": "carol" })
    );
    assert_eq!(out.stderr, "");
    sb.run(&["backup-user", "status", "alice"]).code(3);
    sb.run(&["user", "can", "carol", "backups.read", "--as", "alice"])
        .code(6);
    assert_eq!(
        events(&sb, "backup-user.clear")[0]["details"]["backup_user"],
        "carol"
    );
}

#[test]
fn verify_as_checks_the_stand_ins_own_login_and_then_the_window() {
    let sb = fixtures::bob_backs_up_alice();
    let verify = |extra: &[&str], password: &str| {
        let mut args = vec![
            "--json",
            "user",
            "verify",
            "bob",
            "--as",
            "alice",
            "--password-stdin",
        ];
        args.extend(extra);
        sb.run_with(&args, password)
    };
    // A right password without a window: denied, and not a failed password.
    let out = verify(&[], USER_PASSWORD);
    out.code(6);
    assert!(
        out.json()["reason"]
            .as_str()
            .unwrap()
            .contains("no backup-user window"),
        "{}",
        out.stdout
    );
    assert_eq!(sb.user_column::<i64>("bob", "failed_logins"), 0);

    sb.run(&["backup-user", "enable", "alice", "--for", "1d"])
        .ok();
    let out = verify(&[], USER_PASSWORD);
    out.ok();
    let d = out.json();
    assert_eq!(d["user"], "bob");
    assert_eq!(d["acting_for"], "alice");
    assert!(d["reason"].as_str().unwrap().contains("acting for alice through alice's backup-user window for bob, active until 2026-03-02T12:00:00Z"), "{d}");

    // bob's own checks come first: a wrong password counts toward his lockout.
    let out = verify(&[], "wrong-password-entirely");
    out.code(6);
    assert_eq!(out.json()["reason"], "invalid user name or password");
    assert_eq!(sb.user_column::<i64>("bob", "failed_logins"), 1);
    // His address rules apply.
    sb.run(&["user", "edit", "bob", "--add-allowed-ip", "10.0.0.0/8"])
        .ok();
    verify(&["--ip", "192.0.2.1"], USER_PASSWORD).code(6);
    verify(&["--ip", "10.1.2.3"], USER_PASSWORD).ok();
    // His lock applies, without the window being asked.
    sb.sql()
        .execute(
            "UPDATE users SET locked_until = 1900000000 WHERE username = 'bob'",
            [],
        )
        .unwrap();
    let out = verify(&[], USER_PASSWORD);
    out.code(6);
    assert!(
        out.json()["reason"].as_str().unwrap().contains("locked"),
        "{}",
        out.stdout
    );
    sb.run(&["user", "unlock", "bob"]).ok();
    // After the window ends, the same login is denied.
    let out = at_with(
        &sb,
        "2026-03-02T12:00:00Z",
        &[
            "--json",
            "user",
            "verify",
            "bob",
            "--as",
            "alice",
            "--ip",
            "10.1.2.3",
            "--password-stdin",
        ],
        USER_PASSWORD,
    );
    out.code(6);
    assert!(
        out.json()["reason"]
            .as_str()
            .unwrap()
            .contains("expired at 2026-03-02T12:00:00Z"),
        "{}",
        out.stdout
    );
    let logins = events(&sb, "user.login");
    assert!(
        logins.iter().all(|e| e["details"]["acting_for"] == "alice"),
        "{logins:?}"
    );
}

#[test]
fn every_switch_enable_revoke_and_expiry_is_audited_with_both_users() {
    let sb = fixtures::bob_backs_up_alice();
    sb.run(&["backup-user", "enable", "alice", "--for", "1d"])
        .ok();
    let out = sb.run(&["--json", "backup-user", "switch", "bob", "alice"]);
    out.ok();
    let s = out.json();
    assert_eq!(s["allowed"], true);
    assert_eq!(s["user"], "bob");
    assert_eq!(s["acting_for"], "alice");
    assert_eq!(s["ends_at"], "2026-03-02T12:00:00Z");
    // Effective: the scope that alice's active role (operator) gives.
    assert!(
        s["permissions"].to_string().contains("backups.review"),
        "{s}"
    );
    sb.run(&["backup-user", "switch", "carol", "alice"]).code(6);
    sb.run(&["backup-user", "revoke", "alice"]).ok();
    sb.run(&["backup-user", "enable", "alice", "--for", "1d"])
        .ok();
    at(&sb, "2026-03-03T00:00:00Z", &["maintenance"]).ok();

    // The log for people: each backup-user row names alice and the
    // backup_user (the rows before them, from init and user add, aside).
    let out = sb.run(&["audit", "--limit", "100"]);
    let rows: Vec<&str> = out
        .ok()
        .stdout
        .lines()
        .filter(|l| l.starts_with("TIME") || l.contains("  backup-user."))
        .collect();
    insta::assert_snapshot!("audit_of_a_window", rows.join("\n"));
    for action in [
        "backup-user.set",
        "backup-user.enable",
        "backup-user.switch",
        "backup-user.switch_denied",
        "backup-user.revoke",
        "backup-user.expire",
    ] {
        let found = events(&sb, action);
        assert!(!found.is_empty(), "{action} missing:\n{}", out.stdout);
        for e in found {
            let names = format!("{} {}", e["target"], e["details"]);
            assert!(names.contains("alice"), "{action}: {names}");
            let backup = if action == "backup-user.switch_denied" {
                "carol"
            } else {
                "bob"
            };
            assert!(names.contains(backup), "{action}: {names}");
        }
    }
    // Both users were told of each enable, revoke and expiry.
    let conn = sb.sql();
    for kind in [
        "backup_user_enabled",
        "backup_user_revoked",
        "backup_user_expired",
    ] {
        let mut stmt = conn
            .prepare("SELECT recipient FROM notifications WHERE kind = ?1 ORDER BY recipient")
            .unwrap();
        let to: Vec<String> = stmt
            .query_map([kind], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert!(
            to.contains(&"alice@example.com".to_string()),
            "{kind}: {to:?}"
        );
        assert!(
            to.contains(&"bob@example.com".to_string()),
            "{kind}: {to:?}"
        );
    }
}

/// `set` and `enable` warn (stderr, exit 0) about a user or stand-in whom
/// the backup-user notifications cannot reach: no e-mail address, or
/// notifications turned off.
#[test]
fn set_and_enable_warn_when_notifications_cannot_reach_a_user() {
    let sb = Sandbox::initialised();
    sb.add_user("alice", &["--email", "alice@x.example", "--role", "viewer"]);
    sb.add_user("bob", &["--role", "viewer"]);
    sb.add_user(
        "carol",
        &[
            "--email",
            "carol@x.example",
            "--no-notify",
            "--role",
            "viewer",
        ],
    );
    sb.add_user("dave", &["--email", "dave@x.example", "--role", "viewer"]);
    let no_email = "warning: bob has no e-mail address, so backup-user notifications will not reach them (`warden user edit bob --email ADDRESS`)\n";
    let out = sb.run(&["backup-user", "set", "alice", "bob"]);
    assert_eq!(
        out.ok().stderr,
        format!("bob is the backup user of alice.\n{no_email}")
    );
    let out = sb.run(&["backup-user", "enable", "alice", "--for", "1d"]);
    assert_eq!(
        out.ok().stderr,
        format!(
            "bob can act for alice from 2026-03-01 12:00:00 until 2026-03-02 12:00:00.\n{no_email}"
        )
    );
    // Either side: the user who designates too.
    let out = sb.run(&["backup-user", "set", "carol", "dave"]);
    assert_eq!(
        out.ok().stderr,
        "dave is the backup user of carol.\n\
         warning: carol has notifications turned off, so backup-user notifications will not reach them (`warden user edit carol --notify`)\n"
    );
    // Both reachable: no warning.
    let out = sb.run(&["backup-user", "set", "dave", "alice"]);
    assert_eq!(out.ok().stderr, "alice is the backup user of dave.\n");
    let out = sb.run(&["backup-user", "enable", "dave", "--for", "1d"]);
    assert!(!out.ok().stderr.contains("warning"), "{}", out.stderr);
    // --quiet keeps warnings; --json makes them JSON lines.
    let out = sb.run(&["--quiet", "backup-user", "enable", "alice", "--for", "2d"]);
    assert_eq!(out.ok().stderr, no_email);
    let out = sb.run(&["--json", "backup-user", "enable", "alice", "--for", "3d"]);
    let warning: serde_json::Value = serde_json::from_str(out.ok().stderr.trim()).unwrap();
    assert!(warning["warning"]["message"]
        .as_str()
        .unwrap()
        .starts_with("bob has no e-mail address"));
}

#[test]
fn clearing_with_nothing_set_succeeds_and_changes_nothing() {
    let sb = fixtures::bob_backs_up_alice();
    sb.run(&["backup-user", "enable", "alice", "--for", "1d"])
        .ok();
    let out = sb.run(&["backup-user", "clear", "alice"]);
    assert_eq!(
        (out.ok().stdout.as_str(), out.stderr.as_str()),
        (
            "user         alice\nbackup user  none\n",
            "bob is no longer the backup user of alice.\n"
        )
    );
    // Again, and for a user who never had one: exit 0, the same state,
    // nothing written (not even an audit event).
    let before = dump(&sb.db);
    for user in ["alice", "carol"] {
        let out = sb.run(&["backup-user", "clear", user]);
        assert_eq!(
            (out.ok().stdout.clone(), out.stderr.clone()),
            (
                format!("user         {user}\nbackup user  none\n"),
                format!("{user} has no backup user; nothing was changed.\n")
            )
        );
        let json = sb.run(&["--json", "backup-user", "clear", user]);
        assert_eq!(
            json.ok().json(),
            serde_json::json!({ "user": user, "backup_user": null, "cleared": null })
        );
        assert_eq!(json.stderr, "");
        assert_eq!(dump(&sb.db), before, "clear {user}");
    }
    assert_eq!(events(&sb, "backup-user.clear").len(), 1);
    // Quiet prints nothing.
    let quiet = sb.run(&["--quiet", "backup-user", "clear", "alice"]);
    assert_eq!(
        (quiet.ok().stdout.as_str(), quiet.stderr.as_str()),
        ("", "")
    );
}

#[test]
fn windows_and_expiries_take_the_times_people_plan_with() {
    let sb = fixtures::bob_backs_up_alice();
    // NOW is Sunday 2026-03-01 12:00 UTC (the sandbox's zone).
    let window = |args: &[&str]| {
        let mut all = vec!["--json", "backup-user", "enable", "alice"];
        all.extend(args);
        let out = sb.run(&all);
        out.ok();
        let json = out.json();
        (
            json["starts_at"].as_str().unwrap_or_default().to_string(),
            json["ends_at"].as_str().unwrap_or_default().to_string(),
        )
    };
    assert_eq!(
        window(&["--for", "2w", "--from", "next monday"]),
        ("2026-03-02T00:00:00Z".into(), "2026-03-16T00:00:00Z".into())
    );
    assert_eq!(
        window(&["--for", "1w", "--from", "monday"]).0,
        "2026-03-02T00:00:00Z"
    );
    // Its own weekday is a week ahead, never today's past midnight.
    assert_eq!(
        window(&["--for", "1d", "--from", "Sun"]).0,
        "2026-03-08T00:00:00Z"
    );
    assert_eq!(
        window(&["--from", "tomorrow", "--until", "friday"]),
        ("2026-03-02T00:00:00Z".into(), "2026-03-06T00:00:00Z".into())
    );
    assert_eq!(
        window(&["--from", "+3d", "--until", "+2w"]),
        ("2026-03-04T12:00:00Z".into(), "2026-03-15T12:00:00Z".into())
    );
    let out = sb.run(&["--json", "user", "edit", "carol", "--expires", "+90d"]);
    assert_eq!(out.ok().json()["expires_at"], "2026-05-30T12:00:00Z");
    let out = sb.run(&[
        "--json",
        "user",
        "add",
        "dave",
        "--no-password",
        "--expires",
        "tomorrow",
    ]);
    assert_eq!(out.ok().json()["expires_at"], "2026-03-02T00:00:00Z");

    // A bare duration could mean either way: refused, with the + form.
    let before = dump(&sb.db);
    let out = sb.run(&[
        "backup-user",
        "enable",
        "alice",
        "--for",
        "1d",
        "--from",
        "1w",
    ]);
    out.code(2);
    assert!(
        out.stderr.contains("write +1w for that long from now"),
        "{}",
        out.stderr
    );
    for bad in ["next week", "+", "+3", "someday"] {
        let out = sb.run(&[
            "backup-user",
            "enable",
            "alice",
            "--for",
            "1d",
            "--from",
            bad,
        ]);
        out.code(2);
        assert_eq!(out.stderr.lines().count(), 2, "{bad}: {}", out.stderr);
        assert!(out.stderr.contains("+3d (from now)"), "{}", out.stderr);
    }
    assert_eq!(dump(&sb.db), before);
}

/// The effects a command reports, as (effect, user, backup_user).
fn effects(json: &serde_json::Value) -> Vec<(String, String, String)> {
    json["side_effects"]
        .as_array()
        .unwrap_or_else(|| panic!("no side_effects in {json}"))
        .iter()
        .map(|e| {
            (
                e["effect"].as_str().unwrap().to_string(),
                e["user"].as_str().unwrap().to_string(),
                e["backup_user"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn effect(kind: &str, user: &str, backup: &str) -> (String, String, String) {
    (kind.into(), user.into(), backup.into())
}

#[test]
fn what_a_command_does_to_others_is_said_in_text_and_json() {
    // bob stands in for alice; alice stands in for carol.
    let sb = fixtures::team();
    let windows = |sb: &Sandbox| {
        for args in [
            &["backup-user", "set", "alice", "bob"][..],
            &["backup-user", "enable", "alice", "--for", "3d"],
            &["backup-user", "set", "carol", "alice"],
            &["backup-user", "enable", "carol", "--for", "3d"],
        ] {
            sb.run(args).ok();
        }
    };
    windows(&sb);
    // Disabling alice ends both windows, and says so.
    let out = sb.run(&["user", "disable", "alice"]);
    assert_eq!(
        out.ok().stderr,
        "Disabled: alice\n\
         Also: ended alice's backup-user window for bob (alice disabled): bob can no longer act for alice.\n\
         Also: ended carol's backup-user window for alice (alice disabled): alice can no longer act for carol.\n"
    );
    sb.run(&["user", "enable", "alice"]).ok();
    windows(&sb);
    let out = sb.run(&["--json", "user", "disable", "bob"]);
    assert_eq!(
        effects(&out.ok().json()),
        [effect("window-ended", "alice", "bob")]
    );
    sb.run(&["user", "enable", "bob"]).ok();
    windows(&sb);

    // An expiry inside a window blocks it from then on.
    let out = sb.run(&["--json", "user", "edit", "carol", "--expires", "+1d"]);
    let json = out.ok().json();
    assert_eq!(json["username"], "carol");
    assert_eq!(effects(&json), [effect("window-blocked", "carol", "alice")]);
    assert_eq!(json["side_effects"][0]["from"], "2026-03-02T12:00:00Z");
    assert!(out.stderr.is_empty(), "JSON says it all: {}", out.stderr);
    let out = sb.run(&["user", "edit", "carol", "--expires", "never"]);
    assert!(!out.ok().stderr.contains("Also"), "{}", out.stderr);

    // Taking alice's active role: her active role changes and bob can do
    // less for her.
    sb.run(&["role", "grant", "alice", "viewer"]).ok();
    let out = sb.run(&["--json", "role", "revoke", "alice", "operator"]);
    let json = out.ok().json();
    assert_eq!(
        effects(&json),
        [
            effect("active-role-changed", "alice", ""),
            effect("stand-in-narrowed", "alice", "bob")
        ]
    );
    assert_eq!(json["side_effects"][0]["role"], "viewer");
    assert!(json["side_effects"][1]["permissions"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!("accounts.manage")));
    let out = sb.run(&["role", "grant", "alice", "operator"]);
    assert!(!out.ok().stderr.contains("Also"), "{}", out.stderr);
    // A custom role deleted with --force: its holder's active role moves.
    sb.run(&["role", "create", "helpdesk", "--permission", "users.read"])
        .ok();
    sb.run(&["role", "grant", "carol", "helpdesk"]).ok();
    sb.run(&["role", "switch", "carol", "helpdesk"]).ok();
    let out = sb.run(&["--yes", "role", "delete", "helpdesk", "--force"]);
    insta::assert_snapshot!("role_delete_force_says_who_moved", out.ok().stderr);

    // An import that disables alice names the windows it ended.
    std::fs::write(sb.path("off.csv"), "username,enabled\nalice,false\n").unwrap();
    let out = sb.run(&[
        "--json",
        "user",
        "import",
        "off.csv",
        "--on-conflict",
        "update",
    ]);
    assert_eq!(
        effects(&out.ok().json()),
        [
            effect("window-ended", "alice", "bob"),
            effect("window-ended", "carol", "alice")
        ]
    );
    sb.run(&["user", "enable", "alice"]).ok();
    windows(&sb);

    // Deleting alice: the question names what goes with her, the report
    // too, and carol has no backup user any more.
    let out = sb.run(&["user", "delete", "alice"]);
    out.code(5);
    assert!(
        out.stderr
            .contains("(also: ended alice's backup-user window for bob (alice deleted)"),
        "{}",
        out.stderr
    );
    let out = sb.run(&["--json", "--yes", "user", "delete", "alice"]);
    assert_eq!(
        effects(&out.ok().json()),
        [
            effect("window-ended", "alice", "bob"),
            effect("window-ended", "carol", "alice"),
            effect("backup-user-cleared", "carol", "alice")
        ]
    );
    let out = sb.run(&["backup-user", "status", "carol"]);
    out.code(3);

    // Nothing else happened: an empty list, never a missing key.
    let out = sb.run(&["--json", "user", "disable", "dave-does-not-exist"]);
    out.code(3);
    let out = sb.run(&["--json", "user", "edit", "carol", "--phone", "123"]);
    assert_eq!(out.ok().json()["side_effects"], serde_json::json!([]));
}

#[test]
fn the_same_window_again_says_it_changed_nothing() {
    let sb = fixtures::bob_backs_up_alice();
    let enable = [
        "backup-user",
        "enable",
        "alice",
        "--from",
        "2026-03-02",
        "--for",
        "2d",
    ];
    let first = sb.run(&enable);
    assert_eq!(
        first.ok().stderr,
        "bob can act for alice from 2026-03-02 00:00:00 until 2026-03-04 00:00:00.\n"
    );
    let before = dump(&sb.db);
    let again = sb.run(&enable);
    assert_eq!(
        again.ok().stderr,
        "bob can already act for alice from 2026-03-02 00:00:00 until 2026-03-04 00:00:00; nothing was changed.\n"
    );
    assert_eq!(again.stdout, first.stdout);
    assert_eq!(dump(&sb.db), before, "nothing written, recorded or queued");
    assert_eq!(events(&sb, "backup-user.enable").len(), 1);
}
