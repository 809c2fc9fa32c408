//! `warden role` and `warden user can`: the built-in roles as SPEC defines
//! them, custom roles, the active-role rules and the last-admin rule.

use std::sync::Arc;

use crate::common::*;

/// SPEC §1, written out independently of the code.
const SPEC_ROLES: &[(&str, &[&str])] = &[
    (
        "admin",
        &[
            "users.read",
            "users.manage",
            "roles.manage",
            "settings.manage",
            "audit.read",
            "accounts.read",
            "accounts.manage",
            "accounts.delete",
            "strategies.read",
            "strategies.manage",
            "backups.read",
            "backups.review",
            "backups.download",
            "backups.restore",
            "jobs.read",
            "jobs.manage",
            "tickets.create",
            "reports.read",
            "reports.generate",
            "credits.spend",
        ],
    ),
    (
        "operator",
        &[
            "users.read",
            "accounts.read",
            "accounts.manage",
            "strategies.read",
            "strategies.manage",
            "backups.read",
            "backups.review",
            "jobs.read",
            "jobs.manage",
            "tickets.create",
            "reports.read",
            "credits.spend",
        ],
    ),
    ("reporter", &["reports.read", "reports.generate"]),
    (
        "viewer",
        &[
            "accounts.read",
            "strategies.read",
            "backups.read",
            "jobs.read",
            "reports.read",
        ],
    ),
];

fn can(sb: &Sandbox, user: &str, permission: &str) -> Outcome {
    sb.run(&["user", "can", user, permission])
}

#[test]
fn builtin_roles_have_exactly_the_spec_permissions() {
    let sb = Sandbox::initialised();
    let catalog = SPEC_ROLES[0].1;
    let listed = sb.run(&["--json", "role", "permissions"]).json();
    let names: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, catalog);
    for (role, permissions) in SPEC_ROLES {
        let shown = sb.run(&["--json", "role", "show", role]).json();
        assert_eq!(
            shown["permissions"],
            serde_json::json!(permissions),
            "{role}"
        );
        assert_eq!(shown["builtin"], true);
        // And can decides exactly by that set.
        let user = format!("only-{role}");
        sb.add_user(&user, &["--role", role]);
        for permission in catalog {
            let out = can(&sb, &user, permission);
            let expected = if permissions.contains(permission) {
                0
            } else {
                6
            };
            assert_eq!(out.code, expected, "{role} {permission}: {}", out.stdout);
            assert!(
                out.stdout.contains(&format!("active role {role}")),
                "{}",
                out.stdout
            );
        }
    }
}

#[test]
fn the_decision_follows_switch_and_revoke_and_carries_its_reason() {
    let sb = Sandbox::initialised();
    sb.add_user(
        "ida",
        &[
            "--role", "reporter", "--role", "operator", "--role", "viewer",
        ],
    );
    let d = sb.run(&["--json", "user", "can", "ida", "reports.generate"]);
    let json = d.ok().json();
    assert_eq!(
        json,
        serde_json::json!({
            "allowed": true, "reason": "active role reporter grants reports.generate",
            "code": "role_grants", "user": "ida",
            "acting_for": null, "permission": "reports.generate", "account": null
        })
    );
    can(&sb, "ida", "jobs.manage").code(6);
    sb.run(&["role", "switch", "ida", "operator"]).ok();
    can(&sb, "ida", "jobs.manage").ok();
    can(&sb, "ida", "reports.generate").code(6);
    // Revoking the active role makes the first remaining one active: reporter.
    sb.run(&["role", "revoke", "ida", "operator"]).ok();
    let user = sb.run(&["--json", "user", "show", "ida"]).json();
    assert_eq!(user["active_role"], "reporter");
    assert_eq!(user["roles"], serde_json::json!(["reporter", "viewer"]));
    can(&sb, "ida", "reports.generate").ok();
    sb.run(&["role", "revoke", "ida", "reporter", "viewer"])
        .ok();
    let out = can(&sb, "ida", "reports.read");
    assert_eq!(out.code(6).stdout, "denied: the user has no active role\n");
    // The first role a user gets becomes active.
    sb.run(&["role", "grant", "ida", "viewer", "reporter"]).ok();
    assert_eq!(
        sb.run(&["--json", "user", "show", "ida"]).json()["active_role"],
        "viewer"
    );
    // Only to a held role; unknown names are "not found"; unknown permissions list the catalog.
    sb.run(&["role", "switch", "ida", "admin"]).code(5);
    sb.run(&["role", "switch", "ida", "ghost"]).code(3);
    sb.run(&["role", "switch", "ghost", "viewer"]).code(3);
    let out = can(&sb, "ida", "reports.delete");
    assert!(
        out.code(2).stderr.contains("users.read users.manage"),
        "{}",
        out.stderr
    );
    // Disabled, expired, unknown users are denied.
    assert_eq!(
        can(&sb, "nobody", "reports.read").code(6).stdout,
        "denied: no user \"nobody\"\n"
    );
    sb.run(&["user", "disable", "ida"]).ok();
    assert_eq!(
        can(&sb, "ida", "reports.read").code(6).stdout,
        "denied: user is disabled\n"
    );
}

#[test]
fn grants_on_an_account_or_an_ancestor_decide_when_the_role_does_not() {
    let sb = Sandbox::initialised();
    sb.add_user("jon", &["--role", "reporter"]);
    let conn = sb.sql();
    conn.execute_batch(
        "INSERT INTO accounts (name, parent_id, created_at, updated_at) VALUES ('acme', 1, 0, 0);
         INSERT INTO accounts (name, parent_id, created_at, updated_at) VALUES ('acme-eu', (SELECT id FROM accounts WHERE name = 'acme'), 0, 0);
         INSERT INTO accounts (name, parent_id, created_at, updated_at) VALUES ('other', 1, 0, 0);
         INSERT INTO grants (account_id, user_id, access, created_at)
              VALUES ((SELECT id FROM accounts WHERE name = 'acme'), (SELECT id FROM users WHERE username = 'jon'), 'limited', 0);",
    )
    .unwrap();
    let out = sb.run(&["user", "can", "jon", "backups.read", "--account", "acme-eu"]);
    assert_eq!(
        out.ok().stdout,
        "allowed: limited access granted on ancestor account acme includes backups.read\n"
    );
    sb.run(&[
        "user",
        "can",
        "jon",
        "backups.download",
        "--account",
        "acme-eu",
    ])
    .code(6);
    sb.run(&["user", "can", "jon", "backups.read", "--account", "other"])
        .code(6);
    sb.run(&["user", "can", "jon", "backups.read"]).code(6);
    // The nearest grant wins.
    conn.execute(
        "INSERT INTO grants (account_id, user_id, access, created_at)
              VALUES ((SELECT id FROM accounts WHERE name = 'acme-eu'), (SELECT id FROM users WHERE username = 'jon'), 'full', 0)",
        [],
    )
    .unwrap();
    sb.run(&[
        "user",
        "can",
        "jon",
        "backups.download",
        "--account",
        "acme-eu",
    ])
    .ok();
    sb.run(&[
        "user",
        "can",
        "jon",
        "backups.download",
        "--account",
        "acme",
    ])
    .code(6);
    sb.run(&["user", "can", "jon", "backups.read", "--account", "ghost"])
        .code(3);
}

#[test]
fn custom_roles_are_created_edited_and_deleted_builtin_ones_are_not() {
    let sb = Sandbox::initialised();
    sb.run(&[
        "role",
        "create",
        "auditor",
        "--permission",
        "audit.read",
        "--description",
        "Reads the log",
    ])
    .ok();
    sb.run(&["role", "create", "auditor", "--permission", "audit.read"])
        .code(4);
    sb.run(&[
        "role",
        "create",
        "auditor",
        "--permission",
        "reports.read",
        "--if-not-exists",
    ])
    .ok();
    sb.run(&["role", "create", "bad", "--permission", "audit.reed"])
        .code(2);
    sb.run(&["role", "create", "Bad", "--permission", "audit.read"])
        .code(2);
    sb.run(&["role", "create", "nothing"]).code(2);
    sb.run(&[
        "role",
        "edit",
        "auditor",
        "--add-permission",
        "reports.read",
        "--remove-permission",
        "audit.read",
    ])
    .ok();
    assert_eq!(
        sb.run(&["--json", "role", "show", "auditor"]).json()["permissions"],
        serde_json::json!(["reports.read"])
    );
    let before = dump(&sb.db);
    for role in ["admin", "operator", "reporter", "viewer"] {
        sb.run(&["role", "edit", role, "--add-permission", "users.manage"])
            .code(5);
        sb.run(&["role", "delete", role, "--yes", "--force"])
            .code(5);
    }
    assert_eq!(dump(&sb.db), before);
    // Assigned: refused, then --force takes it away with the active-role rule.
    sb.add_user("kai", &["--role", "auditor", "--role", "viewer"]);
    let out = sb.run(&["role", "delete", "auditor", "--yes"]);
    assert!(
        out.code(5).stderr.contains("held by 1 user: kai"),
        "{}",
        out.stderr
    );
    sb.run(&["role", "delete", "auditor"]).code(5);
    sb.run(&["role", "delete", "auditor", "--force"]).code(5);
    sb.run(&["role", "delete", "auditor", "--force", "--yes"])
        .ok();
    let kai = sb.run(&["--json", "user", "show", "kai"]).json();
    assert_eq!(
        (kai["roles"].clone(), kai["active_role"].clone()),
        (serde_json::json!(["viewer"]), serde_json::json!("viewer"))
    );
    sb.run(&["role", "show", "auditor"]).code(3);
    let listed = sb.run(&["--json", "role", "list"]).json();
    assert_eq!(listed.as_array().unwrap().len(), 4);
}

/// Every path that would leave no enabled, unexpired admin.
#[test]
fn every_last_admin_path_is_refused_and_changes_nothing() {
    let sb = Sandbox::initialised();
    sb.add_user("lou", &["--role", "admin"]);
    sb.run(&["user", "disable", "lou"]).ok();
    sb.add_user(
        "max",
        &["--role", "admin", "--expires", "2026-03-01T12:30:00Z"],
    );
    // A disabled admin does not count, and an expired one neither:
    let later = |args: &[&str]| {
        run_command(
            sb.command()
                .env("WARDEN_NOW", "2026-03-02T00:00:00Z")
                .args(args),
            b"",
        )
    };
    let before = dump(&sb.db);
    for args in [
        vec!["user", "delete", "admin", "--yes"],
        vec!["user", "disable", "admin"],
        vec!["user", "disable", "max", "admin"],
        vec!["user", "edit", "admin", "--expires", "now"],
        vec!["user", "edit", "admin", "--expires", "2026-03-01"],
        vec!["role", "revoke", "admin", "admin"],
        vec!["role", "revoke", "admin", "admin", "viewer"],
    ] {
        let out = later(&args);
        out.code(5).no_panic();
        assert!(
            out.stderr.contains("admin role"),
            "{args:?}: {}",
            out.stderr
        );
        assert_eq!(dump(&sb.db), before, "{args:?}");
    }
    let out = run_command(
        sb.command()
            .env("WARDEN_NOW", "2026-03-02T00:00:00Z")
            .args(["user", "disable", "-"]),
        b"admin\n",
    );
    out.code(5);
    assert_eq!(dump(&sb.db), before);
    // With a second enabled admin, each of these is allowed.
    sb.run(&["user", "enable", "lou"]).ok();
    sb.run(&["user", "disable", "admin"]).ok();
    sb.run(&["user", "enable", "admin"]).ok();
    sb.run(&["role", "revoke", "admin", "admin"]).ok();
    // Until 12:30 max is an admin too, but one with an expiry: lou, the
    // last admin without one ("admin" no longer holds the role), may not
    // go now either.
    sb.run(&["user", "delete", "lou", "--yes"]).code(5);
    later(&["user", "delete", "lou", "--yes"]).code(5);
    later(&["role", "grant", "lou", "viewer"]).ok();
    later(&["role", "switch", "lou", "viewer"]).ok();
    // Holding admin is what counts, not having it active.
    later(&["user", "disable", "lou"]).code(5);
}

/// SPEC §1: every change leaves at least one enabled admin with no
/// expiry, so no future day is without an admin. Before, the only admin
/// could be given an expiry, and `db check` failed the day after.
#[test]
fn the_last_admin_without_an_expiry_cannot_be_given_one() {
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    for when in ["2026-03-02", "2027-01-01", "now"] {
        let out = sb.run(&["user", "edit", "admin", "--expires", when]);
        out.code(5).no_panic();
        assert!(
            out.stderr
                .contains("refused: expiring \"admin\" would leave"),
            "{}",
            out.stderr
        );
        assert!(
            out.stderr
                .contains("hint: keep one admin without an expiry"),
            "{}",
            out.stderr
        );
        assert_eq!(dump(&sb.db), before, "{when}");
    }
    let out = sb.run(&["user", "edit", "admin", "--expires", "2026-03-02"]);
    assert_eq!(
        out.stderr.lines().next().unwrap(),
        "error: refused: expiring \"admin\" would leave every enabled user with the admin role with an expiry, so a day would come with no admin"
    );
    // A second admin without an expiry lets the first have one; then the
    // second cannot have one too.
    sb.add_user("nora", &["--role", "admin"]);
    sb.run(&["user", "edit", "admin", "--expires", "2026-03-10"])
        .ok();
    let before = dump(&sb.db);
    sb.run(&["user", "edit", "nora", "--expires", "2026-04-01"])
        .code(5);
    // The same through import, apply, and an expiring admin granted the
    // role does not count.
    std::fs::write(sb.path("u.csv"), "username,expires\nnora,2026-04-01\n").unwrap();
    sb.run(&["user", "import", "u.csv", "--on-conflict", "update"])
        .code(5);
    std::fs::write(
        sb.path("site.toml"),
        "[[users]]\nname = \"nora\"\nexpires = 2026-04-01\n",
    )
    .unwrap();
    let out = sb.run(&["apply", "site.toml"]);
    assert!(
        out.code(5).stderr.contains("with an expiry"),
        "{}",
        out.stderr
    );
    assert_eq!(dump(&sb.db), before);
    sb.add_user("temp", &["--expires", "2026-06-01"]);
    sb.run(&["role", "grant", "temp", "admin"]).ok();
    sb.run(&["user", "edit", "nora", "--expires", "2026-04-01"])
        .code(5);
    sb.run(&["role", "revoke", "nora", "admin"]).code(5);
    sb.run(&["user", "disable", "nora"]).code(5);
    // Clearing the expiry is always allowed, and makes room again.
    sb.run(&["user", "edit", "admin", "--expires", "never"])
        .ok();
    sb.run(&["user", "edit", "nora", "--expires", "2026-04-01"])
        .ok();
    sb.run(&["db", "check"]).ok();

    // A database where every admin has an expiry (planted, or from an
    // older warden) fails `db check`, and is not made worse.
    sb.sql()
        .execute(
            "UPDATE users SET expires_at = 1775000000 WHERE username = 'admin'",
            [],
        )
        .unwrap();
    let check = sb.run(&["--json", "db", "check"]);
    check.code(1);
    let admin = check.json()["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "admin")
        .unwrap()
        .clone();
    assert_eq!(admin["ok"], false, "{admin}");
    assert!(
        admin["problems"][0]
            .as_str()
            .unwrap()
            .contains("has an expiry"),
        "{admin}"
    );
    sb.run(&["user", "disable", "temp"]).code(5);
    sb.run(&["user", "edit", "nora", "--expires", "2026-03-20"])
        .ok();
    sb.run(&["user", "edit", "admin", "--expires", "never"])
        .ok();
    sb.run(&["db", "check"]).ok();
}

/// `expiring` lists admins' expiries first, whatever their order in time.
#[test]
fn expiring_lists_admins_first() {
    let sb = Sandbox::initialised();
    sb.add_user("zed", &["--expires", "2026-03-03"]);
    sb.add_user("nora", &["--role", "admin", "--expires", "2026-03-10"]);
    sb.add_user("ann", &["--expires", "2026-03-05"]);
    let listed = sb.run(&["--json", "expiring", "--within", "30d"]).json();
    let order: Vec<(&str, bool)> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["name"].as_str().unwrap(), e["admin"].as_bool().unwrap()))
        .collect();
    assert_eq!(order, [("nora", true), ("zed", false), ("ann", false)]);
    let table = sb.run(&["expiring", "--within", "30d"]);
    insta::assert_snapshot!("expiring_admins_first", table.ok().stdout);
}

#[test]
fn two_concurrent_removals_of_the_last_two_admins_leave_one() {
    for round in 0..20 {
        let sb = Arc::new(Sandbox::initialised());
        sb.add_user("nora", &["--role", "admin"]);
        let commands: [Vec<&'static str>; 2] = if round % 2 == 0 {
            [
                vec!["user", "disable", "admin"],
                vec!["user", "delete", "nora", "--yes"],
            ]
        } else {
            [
                vec!["role", "revoke", "nora", "admin"],
                vec!["user", "edit", "admin", "--expires", "now"],
            ]
        };
        let racers: Vec<_> = commands
            .into_iter()
            .map(|args| {
                let sb = Arc::clone(&sb);
                std::thread::spawn(move || {
                    let mut full = vec!["--busy-timeout", "30s"];
                    full.extend(args);
                    sb.run(&full)
                })
            })
            .collect();
        let outcomes: Vec<Outcome> = racers.into_iter().map(|r| r.join().unwrap()).collect();
        let mut codes: Vec<i32> = outcomes.iter().map(|o| o.code).collect();
        codes.sort();
        assert_eq!(codes, [0, 5], "round {round}: {outcomes:#?}");
        let admins: i64 = sb
            .sql()
            .query_row(
                "SELECT count(*) FROM users u JOIN user_roles ur ON ur.user_id = u.id JOIN roles r ON r.id = ur.role_id
                  WHERE r.name = 'admin' AND u.enabled = 1 AND (u.expires_at IS NULL OR u.expires_at > 1772366400)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(admins, 1, "round {round}");
        sb.run(&["db", "check"]).ok();
    }
}
