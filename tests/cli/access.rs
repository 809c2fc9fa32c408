//! `user access`: everything one user can reach and why, and the summary
//! `user show` gives of it.

use crate::common::*;

/// alice: viewer (active) and reporter; a limited grant on acme and a full
/// one on acme-eu; bob stands in for her now; she stands in for carol from
/// March 5th. acme-us (under acme) is disabled.
fn world() -> Sandbox {
    let sb = Sandbox::initialised();
    for name in ["alice", "bob", "carol"] {
        sb.add_user(name, &["--role", "viewer", "--role", "reporter"]);
    }
    sb.add_account("acme", &[]);
    for (name, parent) in [
        ("acme-eu", "acme"),
        ("acme-us", "acme"),
        ("acme-eu-x", "acme-eu"),
    ] {
        sb.add_account(name, &["--parent", parent]);
    }
    for args in [
        vec!["account", "grant", "acme", "alice", "--access", "limited"],
        vec!["account", "grant", "acme-eu", "alice", "--access", "full"],
        vec!["account", "disable", "acme-us"],
        vec!["backup-user", "set", "alice", "bob"],
        vec!["backup-user", "enable", "alice", "--for", "3d"],
        vec![
            "backup-user",
            "set",
            "carol",
            "alice",
            "--permission",
            "backups.read",
        ],
        vec![
            "backup-user",
            "enable",
            "carol",
            "--from",
            "2026-03-05",
            "--for",
            "1d",
        ],
    ] {
        sb.run(&args).ok();
    }
    sb
}

#[test]
fn user_access_shows_roles_grants_and_both_sides_of_backup_users() {
    let sb = world();
    let out = sb.run(&["user", "access", "alice", "--json"]);
    out.ok();
    let a = out.json();
    assert_eq!(a["user"], "alice");
    assert_eq!(a["state"], "enabled");
    assert_eq!(a["blocked"], serde_json::Value::Null);
    assert_eq!(a["active_role"]["name"], "viewer");
    assert_eq!(
        a["active_role"]["permissions"],
        serde_json::json!([
            "accounts.read",
            "strategies.read",
            "backups.read",
            "jobs.read",
            "reports.read"
        ])
    );
    assert_eq!(a["other_roles"][0]["name"], "reporter");
    assert_eq!(
        a["other_roles"][0]["permissions"],
        serde_json::json!(["reports.read", "reports.generate"])
    );

    // The grant on acme decides acme and acme-us: acme-eu has its own.
    let grants = a["grants"].as_array().cloned().unwrap_or_default();
    assert_eq!(grants.len(), 2, "{grants:?}");
    assert_eq!(grants[0]["account"], "acme");
    assert_eq!(grants[0]["access"], "limited");
    assert_eq!(grants[0]["accounts"], 2);
    assert_eq!(grants[0]["effective_state"], "enabled");
    assert_eq!(grants[1]["account"], "acme-eu");
    assert_eq!(grants[1]["access"], "full");
    assert_eq!(grants[1]["accounts"], 2);
    assert_eq!(
        grants[1]["permissions"],
        serde_json::json!([
            "accounts.read",
            "backups.read",
            "reports.read",
            "backups.download",
            "backups.restore"
        ])
    );

    assert_eq!(a["backup_user"]["backup_user"], "bob");
    assert_eq!(a["backup_user"]["state"], "active");
    assert_eq!(a["backup_user"]["ends_at"], "2026-03-04T12:00:00Z");
    let stands = a["stands_in_for"].as_array().cloned().unwrap_or_default();
    assert_eq!(stands.len(), 1, "{stands:?}");
    assert_eq!(stands[0]["user"], "carol");
    assert_eq!(stands[0]["state"], "scheduled");
    assert_eq!(stands[0]["starts_at"], "2026-03-05T00:00:00Z");
    assert_eq!(
        stands[0]["permissions"],
        serde_json::json!(["backups.read"])
    );
    assert_eq!(a["account"], serde_json::Value::Null);

    // The same for people.
    let out = sb.run(&["user", "access", "alice"]);
    out.ok();
    let text = &out.stdout;
    insta::assert_snapshot!("user_access_alice", text);
    assert!(!text.contains("\\n"), "{text}");
}

#[test]
fn user_access_on_an_account_gives_every_permission_with_its_reason_as_can_decides() {
    let sb = world();
    let out = sb.run(&[
        "user",
        "access",
        "alice",
        "--account",
        "acme-eu-x",
        "--json",
    ]);
    out.ok();
    let account = &out.json()["account"];
    assert_eq!(account["name"], "acme-eu-x");
    assert_eq!(
        account["allowed"],
        serde_json::json!([
            "accounts.read",
            "strategies.read",
            "backups.read",
            "backups.download",
            "backups.restore",
            "jobs.read",
            "reports.read"
        ])
    );
    let permissions = account["permissions"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(permissions.len(), 20);
    // Each line is exactly what `user can` answers.
    for p in &permissions {
        let name = p["permission"].as_str().unwrap_or_default();
        let can = sb.run(&[
            "user",
            "can",
            "alice",
            name,
            "--account",
            "acme-eu-x",
            "--json",
        ]);
        let decision: serde_json::Value = serde_json::from_str(&can.stdout).unwrap_or_default();
        assert_eq!(p["allowed"], decision["allowed"], "{name}");
        assert_eq!(p["reason"], decision["reason"], "{name}");
        assert_eq!(can.code, if p["allowed"] == true { 0 } else { 6 }, "{name}");
    }
    let download = permissions
        .iter()
        .find(|p| p["permission"] == "backups.download")
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        download["reason"],
        "full access granted on ancestor account acme-eu includes backups.download"
    );

    // On the disabled account, the grant on acme is limited by its state.
    let out = sb.run(&["user", "access", "alice", "--account", "acme-us"]);
    out.ok();
    insta::assert_snapshot!("user_access_alice_on_disabled_acme_us", out.stdout);

    let out = sb.run(&["user", "access", "alice", "--account", "nowhere"]);
    out.code(3);
    assert!(
        out.stderr.starts_with("error: no account \"nowhere\""),
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn user_access_says_when_the_user_can_do_nothing_and_why() {
    let sb = world();
    sb.run(&["user", "disable", "alice"]).ok();
    let a = sb.run(&["user", "access", "alice", "--account", "acme", "--json"]);
    a.ok();
    let a = a.json();
    assert_eq!(a["state"], "disabled");
    assert_eq!(a["blocked"], "user is disabled");
    assert_eq!(a["account"]["allowed"], serde_json::json!([]));
    // Disabling her ended bob's window for her.
    assert_eq!(a["backup_user"]["state"], "revoked");
    let out = sb.run(&["user", "access", "alice"]);
    insta::assert_snapshot!("user_access_alice_disabled", out.ok().stdout);

    let out = sb.run(&["user", "access", "nobody"]);
    out.code(3);
    assert!(
        out.stderr.starts_with("error: no user \"nobody\""),
        "{}",
        out.stderr
    );
    let out = sb.run(&["user", "access", "Alice"]);
    out.code(2);
}

#[test]
fn user_show_sums_up_access_and_points_to_user_access() {
    let sb = world();
    let out = sb.run(&["user", "show", "alice"]);
    insta::assert_snapshot!("user_show_alice", out.ok().stdout);
    let json = sb.run(&["user", "show", "alice", "--json"]);
    json.ok();
    let json = json.json();
    assert_eq!(json["username"], "alice");
    assert_eq!(
        json["access"],
        serde_json::json!({"grants": 2, "backup_user": "bob", "backup_user_state": "active", "stands_in_for": 1})
    );

    let out = sb.run(&["user", "show", "admin"]);
    assert!(
        out.stdout.contains(
            "access        0 access grants, no backup user; see `warden user access admin`"
        ),
        "{}",
        out.stdout
    );
}

#[test]
fn the_library_gives_the_same_view_as_the_command() {
    let sb = world();
    // Both on the system clock (the windows have ended by then).
    let cli = run_command(
        sb.command().env_remove("WARDEN_NOW").args([
            "user",
            "access",
            "alice",
            "--account",
            "acme-eu-x",
            "--json",
        ]),
        b"",
    );
    cli.ok();
    assert_eq!(cli.json()["backup_user"]["state"], "expired");
    let warden = warden::Warden::open(&sb.db).unwrap();
    let view = warden.access("alice", Some("acme-eu-x")).unwrap();
    assert_eq!(serde_json::to_value(&view).unwrap(), cli.json());
    let missing = warden.access("ghost", None).unwrap_err();
    assert_eq!(missing.kind, warden::error::Kind::NotFound);
}

#[test]
fn user_access_shows_what_a_limited_grant_and_a_blocked_window_allow_now() {
    let sb = world();
    sb.run(&["account", "disable", "acme-eu"]).ok();
    // bob's expiry has passed: alice's window with him is active by the
    // clock, but no switch through it would be allowed.
    sb.sql()
        .execute(
            "UPDATE users SET expires_at = 1772362800 WHERE username = 'bob'",
            [],
        )
        .unwrap();
    let out = sb.run(&["user", "access", "alice", "--json"]);
    out.ok();
    let a = out.json();
    assert_eq!(a["grants"][1]["account"], "acme-eu");
    assert_eq!(a["grants"][1]["effective_state"], "disabled");
    assert_eq!(
        a["grants"][1]["effective_permissions"],
        serde_json::json!([
            "accounts.read",
            "backups.read",
            "reports.read",
            "backups.download"
        ])
    );
    assert_eq!(
        a["grants"][0]["effective_permissions"], a["grants"][0]["permissions"],
        "acme itself is enabled"
    );
    assert_eq!(a["backup_user"]["state"], "active");
    assert_eq!(
        a["backup_user"]["blocked"],
        "user \"bob\" expired at 2026-03-01T11:00:00Z"
    );
    // The same words a switch answers with.
    let switch = sb.run(&["--json", "backup-user", "switch", "bob", "alice"]);
    switch.code(6);
    assert_eq!(switch.json()["reason"], a["backup_user"]["blocked"]);
    let text = sb.run(&["user", "access", "alice"]);
    insta::assert_snapshot!("user_access_alice_blocked_window", text.stdout);
}

/// The routes of `account access`, as (user, via, access).
fn routes(sb: &Sandbox, args: &[&str]) -> Vec<(String, String, String)> {
    let mut all = vec!["--json", "account", "access"];
    all.extend(args);
    let out = sb.run(&all);
    out.ok()
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["user"].as_str().unwrap().to_string(),
                e["via"].as_str().unwrap().to_string(),
                e["access"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn route(user: &str, via: &str, access: &str) -> (String, String, String) {
    (user.into(), via.into(), access.into())
}

#[test]
fn account_access_lists_every_route_and_answers_who_may_do_what() {
    let sb = world();
    sb.add_user("user001", &["--role", "viewer"]);
    sb.add_user("gone", &["--role", "operator"]);
    sb.run(&["account", "grant", "acme-eu", "user001", "--access", "full"])
        .ok();
    sb.run(&["account", "grant", "acme", "gone", "--access", "full"])
        .ok();
    sb.run(&["user", "disable", "gone"]).ok();

    // user001 reaches acme-eu-x twice: the viewer role and the full grant
    // that carries backups.restore (before, only the role was listed).
    let all = routes(&sb, &["acme-eu-x"]);
    assert!(all.contains(&route("user001", "role", "viewer")), "{all:?}");
    assert!(all.contains(&route("user001", "grant", "full")), "{all:?}");
    assert!(all.contains(&route("alice", "role", "viewer")), "{all:?}");
    assert!(all.contains(&route("alice", "grant", "full")), "{all:?}");
    // bob acts for alice through the active window.
    assert!(
        all.contains(&route("bob", "backup-user", "for alice")),
        "{all:?}"
    );
    assert!(
        !all.iter().any(|r| r.0 == "gone"),
        "disabled users reach nothing: {all:?}"
    );
    let json = sb.run(&["--json", "account", "access", "acme-eu-x"]).json();
    let grant = json
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["user"] == "user001" && e["via"] == "grant")
        .unwrap()
        .clone();
    assert_eq!(grant["granted_on"], "acme-eu");
    assert_eq!(
        grant["permissions"],
        serde_json::json!([
            "accounts.read",
            "backups.read",
            "backups.download",
            "backups.restore",
            "reports.read"
        ])
    );
    let table = sb.run(&["account", "access", "acme-eu-x"]);
    insta::assert_snapshot!("account_access_acme_eu_x", table.ok().stdout);

    // Who can restore here: exactly the users `user can` allows, each
    // with the route that allows it, stand-ins through their window.
    let users: Vec<String> = sb
        .run(&["--json", "user", "list"])
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap().to_string())
        .collect();
    for account in ["acme", "acme-eu-x", "acme-us"] {
        for permission in [
            "backups.restore",
            "backups.download",
            "accounts.read",
            "users.manage",
        ] {
            let listed = routes(&sb, &[account, "--permission", permission]);
            let mut allowed: Vec<String> = users
                .iter()
                .filter(|u| {
                    sb.run(&["user", "can", u, permission, "--account", account])
                        .code
                        == 0
                })
                .cloned()
                .collect();
            for (backup, user) in [("bob", "alice"), ("alice", "carol")] {
                let as_stand_in = sb.run(&[
                    "user",
                    "can",
                    backup,
                    permission,
                    "--account",
                    account,
                    "--as",
                    user,
                ]);
                if as_stand_in.code == 0 {
                    allowed.push(format!("{backup} for {user}"));
                }
            }
            let mut got: Vec<String> = listed
                .iter()
                .map(|(u, via, access)| match via.as_str() {
                    "backup-user" => format!("{u} {access}"),
                    _ => u.clone(),
                })
                .collect();
            got.dedup();
            allowed.sort();
            got.sort();
            assert_eq!(got, allowed, "{permission} on {account}: {listed:?}");
        }
    }
    let restore = sb.run(&[
        "--json",
        "account",
        "access",
        "acme-eu-x",
        "--permission",
        "backups.restore",
    ]);
    let restore = restore.ok().json();
    let reasons: Vec<&str> = restore
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["reason"].as_str().unwrap())
        .collect();
    assert!(
        reasons
            .contains(&"full access granted on ancestor account acme-eu includes backups.restore"),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&"active role admin grants backups.restore"),
        "{reasons:?}"
    );
    // On the disabled acme-us a grant still downloads but never restores.
    let restore_us = routes(&sb, &["acme-us", "--permission", "backups.restore"]);
    assert!(!restore_us.iter().any(|r| r.1 == "grant"), "{restore_us:?}");
    let download_us = routes(&sb, &["acme-us", "--permission", "backups.download"]);
    assert!(
        !download_us.contains(&route("alice", "grant", "limited")),
        "{download_us:?}"
    );

    // Bad input: one line, the right code, nothing changed.
    let before = sb.dump();
    let out = sb.run(&[
        "account",
        "access",
        "acme",
        "--permission",
        "backups.restor",
    ]);
    out.code(2);
    assert!(
        out.stderr
            .starts_with("error: unknown permission \"backups.restor\""),
        "{}",
        out.stderr
    );
    sb.run(&[
        "account",
        "access",
        "nowhere",
        "--permission",
        "backups.read",
    ])
    .code(3);
    assert_eq!(sb.dump(), before);
}
