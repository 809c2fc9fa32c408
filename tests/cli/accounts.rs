//! `warden account`, `user charge`, `user stats` and the account side of
//! `user delete`.

use std::sync::Arc;

use crate::common::*;
use crate::fixtures;

fn create(sb: &Sandbox, name: &str, extra: &[&str]) -> Outcome {
    let mut args = vec!["account", "create", name, "--password-stdin"];
    args.extend(extra);
    sb.run_with(&args, ACCOUNT_PASSWORD)
}

/// root > acme > acme-eu > shop, and root > acme > acme-us, root > beta.
fn tree(sb: &Sandbox) {
    sb.add_account("acme", &[]);
    sb.add_account("acme-eu", &["--parent", "acme"]);
    sb.add_account("shop", &["--parent", "acme-eu"]);
    sb.add_account("acme-us", &["--parent", "acme"]);
    sb.add_account("beta", &[]);
}

fn at(sb: &Sandbox, now: &str, args: &[&str]) -> Outcome {
    run_command(sb.command().env("WARDEN_NOW", now).args(args), b"")
}

#[test]
fn accounts_go_below_the_current_account_or_the_parent_and_the_tree_draws() {
    let sb = Sandbox::initialised();
    let out = create(&sb, "acme", &["--credits", "10"]);
    assert!(
        out.ok().stderr.contains("Password strength: "),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("only way to reach"), "{}", out.stderr);
    assert_eq!(sb.run(&["account", "current"]).stdout, "root\n");
    sb.run(&["account", "use", "acme"]).ok();
    assert_eq!(sb.run(&["account", "current"]).stdout, "acme\n");
    sb.add_account("acme-eu", &[]);
    sb.add_account("shop", &["--parent", "acme-eu"]);
    sb.add_account("acme-us", &[]);
    sb.add_account("beta", &["--parent", "root"]);
    // The current account is remembered per actor.
    let other = run_command(
        sb.command()
            .env("USER", "someone-else")
            .args(["account", "current"]),
        b"",
    );
    assert_eq!(other.stdout, "root\n");
    let shown = sb.run(&["--json", "account", "show", "shop"]).json();
    assert_eq!(shown["path"], "root/acme/acme-eu/shop");
    assert_eq!(shown["parent"], "acme-eu");
    assert_eq!(
        sb.run(&["account", "list", "--tree"]).ok().stdout,
        "\
ACCOUNT           STATE     STRATEGY  OWNER
root              enabled   -
├── acme          enabled   -
│   ├── acme-eu   enabled   -
│   │   └── shop  enabled   -
│   └── acme-us   enabled   -
└── beta          enabled   -
"
    );
    assert_eq!(
        sb.run(&["account", "list", "--tree", "--under", "acme-eu"])
            .stdout,
        "\
ACCOUNT   STATE     STRATEGY  OWNER
acme-eu   enabled   -
└── shop  enabled   -
"
    );
    let paths: Vec<String> = sb
        .run(&["--json", "account", "list"])
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        paths,
        [
            "root",
            "root/acme",
            "root/acme/acme-eu",
            "root/acme/acme-eu/shop",
            "root/acme/acme-us",
            "root/beta"
        ]
    );
    // No second root, not even behind warden's back.
    let planted = sb.sql().execute("INSERT INTO accounts (name, parent_id, created_at, updated_at) VALUES ('root2', NULL, 0, 0)", []);
    assert!(planted.is_err());
    // Names, duplicates, unknown parents.
    create(&sb, "Acme", &[]).code(2);
    create(&sb, "acme", &[]).code(4);
    sb.add_account("acme", &["--if-not-exists"]);
    create(&sb, "new", &["--parent", "ghost"]).code(3);
    create(&sb, "new", &["--owner", "ghost"]).code(3);
    create(&sb, "new", &["--strategy", "ghost"]).code(3);
    sb.run(&["account", "create", "new"]).code(2);
    sb.run(&["account", "use", "ghost"]).code(3);
}

#[test]
fn effective_state_and_strategy_inherit_through_three_levels() {
    let sb = Sandbox::initialised();
    tree(&sb);
    sb.sql()
        .execute_batch(
            "INSERT INTO strategies (name, schedule, keep_daily, created_at, updated_at) VALUES ('nightly', 'daily', 7, 0, 0);
             INSERT INTO strategies (name, schedule, keep_last, created_at, updated_at) VALUES ('hourly', 'hourly', 24, 0, 0);
             UPDATE accounts SET strategy_id = (SELECT id FROM strategies WHERE name = 'nightly') WHERE name = 'acme';",
        )
        .unwrap();
    let shop = sb.run(&["--json", "account", "show", "shop"]).json();
    assert_eq!(
        (shop["strategy"].clone(), shop["effective_strategy"].clone()),
        (serde_json::Value::Null, serde_json::json!("nightly"))
    );
    sb.sql().execute("UPDATE accounts SET strategy_id = (SELECT id FROM strategies WHERE name = 'hourly') WHERE name = 'acme-eu'", []).unwrap();
    assert_eq!(
        sb.run(&["--json", "account", "show", "shop"]).json()["effective_strategy"],
        "hourly"
    );
    assert_eq!(
        sb.run(&["--json", "account", "show", "acme-us"]).json()["effective_strategy"],
        "nightly"
    );
    sb.run(&["account", "disable", "acme"]).ok();
    for (name, state, effective) in [
        ("acme", "disabled", "disabled"),
        ("acme-eu", "enabled", "disabled"),
        ("shop", "enabled", "disabled"),
        ("beta", "enabled", "enabled"),
    ] {
        let a = sb.run(&["--json", "account", "show", name]).json();
        assert_eq!(
            (a["state"].as_str(), a["effective_state"].as_str()),
            (Some(state), Some(effective)),
            "{name}"
        );
    }
    let listed = sb.run(&["--json", "account", "list"]).json();
    let shop = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "shop")
        .unwrap();
    assert_eq!(
        (
            shop["effective_state"].as_str(),
            shop["effective_strategy"].as_str()
        ),
        (Some("disabled"), Some("hourly"))
    );
    let out = sb.run(&["account", "list", "--tree"]);
    insta::assert_snapshot!("tree_inherits_state_and_strategy", out.ok().stdout);
}

#[test]
fn disable_and_enable_take_many_names_stdin_and_recursive() {
    let sb = Sandbox::initialised();
    tree(&sb);
    sb.run_with(&["account", "disable", "beta", "-"], "acme-us\n")
        .ok();
    let out = sb.run(&["--json", "account", "disable", "beta"]);
    assert_eq!(out.ok().json()["unchanged"], serde_json::json!(["beta"]));
    let before = dump(&sb.db);
    sb.run(&["account", "disable", "beta", "ghost"]).code(3);
    assert_eq!(dump(&sb.db), before);
    sb.run(&["account", "disable", "--recursive", "acme"]).ok();
    let disabled = sb
        .run(&["--json", "account", "list", "--state", "disabled"])
        .json();
    assert_eq!(disabled.as_array().unwrap().len(), 6 - 1);
    sb.run(&["account", "enable", "--recursive", "acme"]).ok();
    // acme-us is below acme, so only beta stays disabled.
    let disabled = sb
        .run(&["--json", "account", "list", "--state", "disabled"])
        .json();
    assert_eq!(
        disabled
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["name"].as_str().unwrap())
            .collect::<Vec<_>>(),
        ["beta"]
    );
    sb.run(&["account", "list", "--state", "sideways"]).code(2);
}

#[test]
fn the_deletion_queue_reserves_restores_and_purges() {
    let sb = Sandbox::initialised();
    tree(&sb);
    sb.run(&["settings", "set", "deletion.grace", "3d"]).ok();
    let before = dump(&sb.db);
    // Only disabled accounts, only with --recursive over live children.
    sb.run(&["account", "delete", "acme-eu", "--yes"]).code(5);
    sb.run(&["account", "disable", "acme-eu"]).ok();
    let out = sb.run(&["account", "delete", "acme-eu", "--yes"]);
    assert!(out.code(5).stderr.contains("--recursive"), "{}", out.stderr);
    let out = sb.run(&["account", "delete", "acme-eu", "--yes", "--recursive"]);
    assert!(out.code(5).stderr.contains("shop"), "{}", out.stderr);
    sb.run(&["account", "delete", "root", "--yes"]).code(5);
    sb.run(&["account", "disable", "shop"]).ok();
    // Without a terminal, confirmation is needed.
    sb.run(&["account", "delete", "acme-eu", "--recursive"])
        .code(5);
    let out = sb.run(&["account", "delete", "acme-eu", "--recursive", "--yes"]);
    assert!(
        out.ok().stderr.contains("purged after 2026-03-04 12:00:00")
            && out.stderr.contains("account restore acme-eu"),
        "{}",
        out.stderr
    );
    let queued = sb.run(&["--json", "account", "show", "shop"]).json();
    assert_eq!(
        (queued["state"].as_str(), queued["purge_after"].as_str()),
        (Some("pending-deletion"), Some("2026-03-04T12:00:00Z"))
    );
    // The names stay reserved, and nothing goes below a queued account.
    assert!(create(&sb, "shop", &[]).code(4).stderr.contains("reserved"));
    create(&sb, "new", &["--parent", "acme-eu"]).code(5);
    sb.run(&["account", "enable", "acme-eu"]).code(5);
    // Restore inside the grace period, from the top.
    sb.run(&["account", "restore", "shop"]).code(5);
    at(
        &sb,
        "2026-03-04T11:59:59Z",
        &["account", "restore", "acme-eu"],
    )
    .ok();
    assert_eq!(
        sb.run(&["--json", "account", "show", "shop"]).json()["state"],
        "disabled"
    );
    // Queue again; after the grace, restore is refused and purge removes.
    sb.run(&["account", "delete", "acme-eu", "--recursive", "--yes"])
        .ok();
    let dry = at(
        &sb,
        "2026-03-05T00:00:00Z",
        &["--json", "account", "purge", "--dry-run"],
    );
    let snapshot = dump(&sb.db);
    assert_eq!(
        dry.ok().json()["purged"],
        serde_json::json!(["acme-eu", "shop"])
    );
    assert_eq!(dump(&sb.db), snapshot, "a dry run changes nothing");
    at(
        &sb,
        "2026-03-04T12:00:00Z",
        &["account", "restore", "acme-eu"],
    )
    .code(5);
    let not_yet = at(&sb, "2026-03-04T11:00:00Z", &["account", "purge"]);
    assert_eq!(not_yet.ok().stdout, "Purged 0 accounts\n");
    let purged = at(&sb, "2026-03-05T00:00:00Z", &["account", "purge"]);
    assert_eq!(purged.ok().stdout, "Purged 2 accounts: acme-eu, shop\n");
    let again = at(&sb, "2026-03-05T00:00:00Z", &["--json", "account", "purge"]);
    assert_eq!(again.ok().json()["purged"], serde_json::json!([]));
    sb.run(&["account", "show", "shop"]).code(3);
    sb.add_account("shop", &[]);
    // Every step is in the audit log.
    let log = sb.run(&["--json", "audit", "--target", "acme-eu"]).json();
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "account.purge",
            "account.delete",
            "account.restore",
            "account.delete",
            "account.disable",
            "account.create"
        ]
    );
    drop(before);
}

#[test]
fn a_due_account_waits_for_a_queued_account_below_it_that_is_not_due() {
    let sb = Sandbox::initialised();
    tree(&sb);
    sb.run(&["account", "disable", "acme", "--recursive"]).ok();
    // shop is queued for the default week, acme and the rest for a day.
    sb.run(&["account", "delete", "shop", "--yes"]).ok();
    sb.run(&["settings", "set", "deletion.grace", "1d"]).ok();
    sb.run(&["account", "delete", "acme", "--recursive", "--yes"])
        .ok();
    let early = at(&sb, "2026-03-03T00:00:00Z", &["account", "purge"]);
    assert_eq!(
        early.ok().stdout,
        "Purged 1 account: acme-us; 2 waiting for accounts below them: acme, acme-eu\n"
    );
    let late = at(&sb, "2026-03-09T00:00:00Z", &["account", "purge"]);
    assert_eq!(late.ok().stdout, "Purged 3 accounts: acme, acme-eu, shop\n");
    // One event per account, the deepest first.
    let log = sb
        .run(&["--json", "audit", "--action", "account.purge"])
        .json();
    let targets: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["target"].as_str().unwrap())
        .collect();
    assert_eq!(targets, ["acme", "acme-eu", "shop", "acme-us"]);
    assert_eq!(
        sb.run(&["account", "list", "--tree"]).ok().stdout,
        "\
ACCOUNT   STATE     STRATEGY  OWNER
root      enabled   -
└── beta  enabled   -
"
    );
}

#[test]
fn purge_now_needs_confirmation_and_a_queued_account() {
    let sb = Sandbox::initialised();
    tree(&sb);
    sb.run(&["account", "disable", "beta"]).ok();
    sb.run(&["account", "purge", "beta", "--now", "--yes"])
        .code(5);
    sb.run(&["account", "delete", "beta", "--yes"]).ok();
    sb.run(&["account", "purge", "beta", "--now"]).code(5);
    sb.run(&["account", "purge", "beta"]).code(2);
    sb.run(&["account", "purge", "beta", "--now", "--yes"]).ok();
    sb.run(&["account", "show", "beta"]).code(3);
}

#[test]
fn a_purge_and_a_restore_of_the_same_account_never_both_succeed() {
    for round in 0..10 {
        let sb = Arc::new(Sandbox::initialised());
        fixtures::queued_account(&sb, "gone", &[], NOW);
        let racers: Vec<_> = [
            vec!["account", "purge", "gone", "--now", "--yes"],
            vec!["account", "restore", "gone"],
        ]
        .into_iter()
        .map(|args| {
            let sb = Arc::clone(&sb);
            std::thread::spawn(move || {
                let mut full = vec!["--busy-timeout", "30s"];
                full.extend(args);
                sb.run(&full).code
            })
        })
        .collect();
        let codes: Vec<i32> = racers.into_iter().map(|r| r.join().unwrap()).collect();
        let exists = sb.run(&["account", "show", "gone"]).code == 0;
        match codes.as_slice() {
            [0, 3] | [0, 5] => assert!(!exists, "round {round}: purged, but still there"),
            [5, 0] => assert!(exists, "round {round}: restored, but gone"),
            other => panic!("round {round}: purge and restore gave {other:?}"),
        }
        sb.run(&["db", "check"]).ok();
    }
}

#[test]
fn the_account_password_verifies_and_changes_only_with_the_old_one() {
    let sb = Sandbox::initialised();
    sb.add_account("vault", &[]);
    sb.run_with(
        &["account", "verify", "vault", "--password-stdin"],
        ACCOUNT_PASSWORD,
    )
    .ok();
    let wrong = sb.run_with(
        &["account", "verify", "vault", "--password-stdin"],
        "not-it",
    );
    assert_eq!(wrong.code(6).stdout, "denied: wrong account password\n");
    let before = dump(&sb.db);
    sb.run_with(
        &["account", "passwd", "vault", "--password-stdin"],
        "not-it\nnew-secret-words-here\n",
    )
    .code(6);
    let after: String = dump(&sb.db)
        .lines()
        .filter(|l| !l.starts_with("events"))
        .collect();
    assert_eq!(
        after,
        before
            .lines()
            .filter(|l| !l.starts_with("events"))
            .collect::<String>()
    );
    // A weak new password is allowed, with its strength shown.
    let out = sb.run_with(
        &["account", "passwd", "vault", "--password-stdin"],
        &format!("{ACCOUNT_PASSWORD}\n123456\n"),
    );
    assert!(
        out.ok()
            .stderr
            .contains("Password strength: 0/4 (very weak)"),
        "{}",
        out.stderr
    );
    sb.run_with(
        &["account", "verify", "vault", "--password-stdin"],
        "123456",
    )
    .ok();
    sb.run_with(
        &["account", "verify", "vault", "--password-stdin"],
        ACCOUNT_PASSWORD,
    )
    .code(6);
    let hash: String = sb
        .sql()
        .query_row(
            "SELECT password_hash FROM accounts WHERE name = 'vault'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(hash.starts_with("$argon2id$"));
    assert!(!sb.run(&["--json", "audit"]).stdout.contains("123456"));
}

#[test]
fn grants_on_a_parent_decide_for_a_grandchild_and_access_explains() {
    let sb = Sandbox::initialised();
    tree(&sb);
    sb.add_user("lim", &[]);
    sb.add_user("ful", &[]);
    sb.add_user("nobody", &[]);
    sb.add_user("watcher", &["--role", "viewer"]);
    sb.run(&["account", "grant", "acme", "lim", "--access", "limited"])
        .ok();
    sb.run(&["account", "grant", "acme", "ful", "--access", "full"])
        .ok();
    let can = |user: &str, permission: &str| {
        sb.run(&["user", "can", user, permission, "--account", "shop"])
    };
    can("lim", "backups.read").ok();
    can("lim", "backups.download").code(6);
    assert_eq!(
        can("ful", "backups.download").ok().stdout,
        "allowed: full access granted on ancestor account acme includes backups.download\n"
    );
    can("ful", "backups.restore").ok();
    can("ful", "accounts.manage").code(6);
    can("nobody", "backups.read").code(6);
    can("watcher", "backups.download").code(6);
    sb.run(&[
        "user",
        "can",
        "ful",
        "backups.download",
        "--account",
        "beta",
    ])
    .code(6);
    // The nearest grant wins: a limited grant below a full one.
    sb.run(&["account", "grant", "acme-eu", "ful", "--access", "limited"])
        .ok();
    can("ful", "backups.download").code(6);
    let access = sb.run(&["--json", "account", "access", "shop"]).json();
    let lines: Vec<(String, String, String)> = access
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["user"].as_str().unwrap().into(),
                e["via"].as_str().unwrap().into(),
                e["reason"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        lines,
        [
            (
                "admin".to_string(),
                "role".to_string(),
                "active role admin grants every permission, on every account".to_string()
            ),
            (
                "ful".into(),
                "grant".into(),
                "limited access granted on ancestor account acme-eu".into()
            ),
            (
                "lim".into(),
                "grant".into(),
                "limited access granted on ancestor account acme".into()
            ),
            (
                "watcher".into(),
                "role".into(),
                "active role viewer grants accounts.read strategies.read backups.read jobs.read \
                 reports.read, on every account"
                    .into()
            ),
        ]
    );
    sb.run(&["account", "revoke", "acme-eu", "ful"]).ok();
    can("ful", "backups.download").ok();
    sb.run(&["account", "grant", "acme", "ful", "--access", "owner"])
        .code(2);
    sb.run(&["account", "grant", "acme", "ghost", "--access", "full"])
        .code(3);
}

/// A grant decides within what the account's state leaves: nothing on an
/// account queued for deletion, and only reading and downloading on a
/// disabled one (its own state or an ancestor's); the reason says so.
/// Role permissions are unchanged. Before, a grant on a disabled or queued
/// account allowed everything it lists.
#[test]
fn grants_follow_the_accounts_state_and_say_so() {
    let sb = Sandbox::initialised();
    tree(&sb);
    sb.add_user("dave", &[]);
    sb.add_user("ops", &["--role", "operator"]);
    sb.run(&["account", "grant", "acme", "dave", "--access", "full"])
        .ok();
    let can = |permission: &str, account: &str| {
        sb.run(&["user", "can", "dave", permission, "--account", account])
    };
    for p in ["backups.read", "backups.download", "backups.restore"] {
        can(p, "acme-eu").ok();
    }

    // acme-eu disabled: read and download still allowed on it and below.
    sb.run(&["account", "disable", "acme-eu"]).ok();
    assert_eq!(
        can("backups.download", "acme-eu").ok().stdout,
        "allowed: full access granted on ancestor account acme includes backups.download; \
         account acme-eu is disabled, which still allows reading and downloading\n"
    );
    for p in ["accounts.read", "backups.read", "reports.read"] {
        can(p, "acme-eu").ok();
    }
    assert_eq!(
        can("backups.restore", "acme-eu").code(6).stdout,
        "denied: account acme-eu is disabled; full access granted on ancestor account acme \
         includes backups.restore, but on a disabled account a grant allows only \
         accounts.read backups.read backups.download reports.read\n"
    );
    let below = can("backups.restore", "shop");
    assert!(
        below
            .code(6)
            .stdout
            .starts_with("denied: account shop (through its ancestor acme-eu) is disabled;"),
        "{}",
        below.stdout
    );
    can("backups.download", "shop").ok();
    // A sibling that is enabled is untouched; a role still reaches all.
    can("backups.restore", "acme-us").ok();
    sb.run(&["user", "can", "ops", "accounts.manage", "--account", "shop"])
        .ok();
    // The library decides alike.
    let warden = warden::Warden::open(&sb.db).unwrap();
    let decision = warden.can("dave", "backups.restore", Some("shop")).unwrap();
    assert!(!decision.allowed, "{}", decision.reason);

    // Queued for deletion: the grant allows nothing at all.
    sb.run(&["account", "disable", "shop"]).ok();
    sb.run(&["account", "delete", "acme-eu", "--recursive", "--yes"])
        .ok();
    for p in ["accounts.read", "backups.read", "backups.download"] {
        let out = can(p, "acme-eu");
        assert!(
            out.code(6)
                .stdout
                .starts_with("denied: account acme-eu is queued for deletion;"),
            "{}",
            out.stdout
        );
    }
    can("backups.read", "shop").code(6);
    sb.run(&["user", "can", "ops", "accounts.read", "--account", "shop"])
        .ok();
    let access = sb.run(&["--json", "account", "access", "acme-eu"]).json();
    let dave = access
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["user"] == "dave")
        .unwrap()
        .clone();
    assert_eq!(
        dave["reason"],
        "full access granted on ancestor account acme; account acme-eu is queued for deletion, so the grant allows nothing"
    );
    // Restored, it is disabled again: reading comes back, restoring not.
    sb.run(&["account", "restore", "acme-eu"]).ok();
    can("backups.read", "acme-eu").ok();
    can("backups.restore", "acme-eu").code(6);
    sb.run(&["account", "enable", "acme-eu", "shop"]).ok();
    can("backups.restore", "shop").ok();
}

/// `user charge` on a disabled or queued account (itself or through an
/// ancestor) is refused with exit 5 and changes nothing, whatever role
/// the user holds. Before, only a queued account itself was refused.
#[test]
fn charging_a_disabled_or_queued_account_is_refused() {
    let sb = Sandbox::initialised();
    sb.add_account("acme", &["--credits", "100"]);
    sb.add_account("acme-eu", &["--parent", "acme", "--credits", "100"]);
    sb.add_user("payer", &["--role", "operator", "--account", "acme-eu"]);
    sb.run(&["user", "charge", "payer", "1", "--reason", "restore"])
        .ok();
    sb.run(&["account", "disable", "acme"]).ok();
    let before = dump(&sb.db);
    for (args, want) in [
        (
            vec!["user", "charge", "payer", "1", "--reason", "x"],
            "cannot charge account \"acme-eu\" (through its ancestor \"acme\"): it is disabled",
        ),
        (
            vec![
                "user",
                "charge",
                "payer",
                "1",
                "--reason",
                "x",
                "--account",
                "acme",
            ],
            "cannot charge account \"acme\": it is disabled",
        ),
    ] {
        let out = sb.run(&args);
        assert!(out.code(5).stderr.contains(want), "{}", out.stderr);
        assert!(
            out.stderr.contains("hint: enable it first"),
            "{}",
            out.stderr
        );
        assert_eq!(dump(&sb.db), before);
    }
    sb.run(&["account", "delete", "acme", "--recursive", "--yes"])
        .code(5);
    sb.run(&["account", "disable", "acme-eu"]).ok();
    sb.run(&["account", "delete", "acme", "--recursive", "--yes"])
        .ok();
    let before = dump(&sb.db);
    let out = sb.run(&["user", "charge", "payer", "1", "--reason", "x"]);
    assert!(
        out.code(5).stderr.contains("it is queued for deletion"),
        "{}",
        out.stderr
    );
    assert_eq!(dump(&sb.db), before);
}

/// Amounts near i64::MAX: a charge one over the limit is refused (5), an
/// amount that cannot be represented is a usage error (2), and nothing
/// wraps. Before, the limit check wrapped and SQLite's overflow ended the
/// command with exit 1.
#[test]
fn credits_never_overflow() {
    const MAX: &str = "9223372036854775807";
    let sb = Sandbox::initialised();
    sb.add_account("acme", &["--credits", MAX]);
    sb.add_user(
        "payer",
        &[
            "--role",
            "operator",
            "--account",
            "acme",
            "--credit-limit",
            "100",
        ],
    );
    sb.add_user("rich", &["--role", "operator", "--account", "acme"]);
    sb.run(&["user", "charge", "payer", "50", "--reason", "x"])
        .ok();
    let before = dump(&sb.db);
    for amount in [MAX, "9223372036854775757", "51"] {
        let out = sb.run(&["user", "charge", "payer", amount, "--reason", "x"]);
        out.code(5).no_panic();
        assert!(
            out.stderr.contains("would exceed the credit limit"),
            "{amount}: {}",
            out.stderr
        );
        assert_eq!(dump(&sb.db), before, "{amount}");
    }
    for amount in [
        "9223372036854775808",
        "99999999999999999999999",
        "-9223372036854775809",
    ] {
        let out = sb.run(&["user", "charge", "payer", amount, "--reason", "x"]);
        out.code(2).no_panic();
        assert_eq!(dump(&sb.db), before, "{amount}");
    }
    let out = sb.run(&["account", "credits", "acme", "--add", "51"]);
    assert!(
        out.code(2).stderr.contains("the most warden can count"),
        "{}",
        out.stderr
    );
    assert_eq!(dump(&sb.db), before);
    // Without a limit the total spent is what may not overflow.
    sb.run(&["user", "charge", "rich", MAX, "--reason", "x"])
        .code(5);
    sb.run(&[
        "user",
        "charge",
        "rich",
        "9223372036854775757",
        "--reason",
        "x",
    ])
    .ok();
    sb.run(&["account", "credits", "acme", "--add", "100"]).ok();
    let before = dump(&sb.db);
    let out = sb.run(&["user", "charge", "rich", "51", "--reason", "x"]);
    assert!(
        out.code(5).stderr.contains("the most warden can count"),
        "{}",
        out.stderr
    );
    assert_eq!(dump(&sb.db), before);
    sb.run(&["user", "charge", "rich", "50", "--reason", "x"])
        .ok();
    let stats = sb.run(&["--json", "user", "stats", "rich"]).json();
    assert_eq!(stats["credits_spent"].as_i64(), Some(i64::MAX));
    sb.run(&["db", "check"]).ok();
}

#[test]
fn charges_respect_the_limit_and_the_balance_and_stats_add_up() {
    let sb = Sandbox::initialised();
    sb.add_account("acme", &["--credits", "100"]);
    sb.run(&["role", "create", "spender", "--permission", "credits.spend"])
        .ok();
    sb.add_user(
        "payer",
        &[
            "--role",
            "spender",
            "--account",
            "acme",
            "--credit-limit",
            "60",
        ],
    );
    sb.add_user("viewer", &["--role", "viewer", "--account", "acme"]);
    sb.run(&["user", "charge", "payer", "20", "--reason", "restore test"])
        .ok();
    sb.run(&["user", "charge", "payer", "30", "--reason", "report"])
        .ok();
    let before = dump(&sb.db);
    let over = sb.run(&["user", "charge", "payer", "11", "--reason", "too much"]);
    assert!(
        over.code(5).stderr.contains("credit limit"),
        "{}",
        over.stderr
    );
    sb.run(&["user", "charge", "viewer", "1", "--reason", "x"])
        .code(5);
    sb.run(&["user", "charge", "payer", "0", "--reason", "x"])
        .code(2);
    sb.run(&["user", "charge", "payer", "1", "--reason", ""])
        .code(2);
    assert_eq!(dump(&sb.db), before);
    let stats = sb.run(&["--json", "user", "stats", "payer"]).json();
    assert_eq!(
        (
            stats["credits_spent"].as_i64(),
            stats["credits_available"].as_i64()
        ),
        (Some(50), Some(10))
    );
    assert_eq!(stats["account_credits"], 50);
    // The balance runs out before the limit.
    sb.run(&["user", "edit", "payer", "--credit-limit", "none"])
        .ok();
    sb.run(&["account", "credits", "acme", "--set", "5"]).ok();
    // A negative balance is a bad value, not a flag clap misreads.
    let before = dump(&sb.db);
    let negative = sb.run(&["account", "credits", "acme", "--set", "-5"]);
    assert!(
        negative
            .code(2)
            .stderr
            .contains("a balance cannot be negative (-5)"),
        "{}",
        negative.stderr
    );
    assert_eq!(dump(&sb.db), before);
    let poor = sb.run(&["user", "charge", "payer", "6", "--reason", "x"]);
    assert!(
        poor.code(5).stderr.contains("holds 5 credits"),
        "{}",
        poor.stderr
    );
    sb.run(&["user", "charge", "payer", "5", "--reason", "last"])
        .ok();
    let stats = sb.run(&["--json", "user", "stats", "payer"]).json();
    assert_eq!(
        (
            stats["credits_spent"].as_i64(),
            stats["credits_available"].as_i64()
        ),
        (Some(55), Some(0))
    );
    let charges = sb
        .run(&["--json", "audit", "--action", "user.charge"])
        .json();
    let costs: Vec<i64> = charges
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["credits"].as_i64().unwrap())
        .collect();
    assert_eq!(costs, [5, 30, 20]);
    assert_eq!(sb.run(&["account", "credits", "acme"]).stdout, "0\n");
    sb.run(&["account", "credits", "acme", "--add", "-1"])
        .code(5);
}

#[test]
fn deleting_an_owner_transfers_or_queues_their_accounts() {
    let sb = Sandbox::initialised();
    sb.add_user("olaf", &[]);
    sb.add_user("heir", &[]);
    sb.add_account("olaf-co", &["--owner", "olaf"]);
    sb.add_account("olaf-sub", &["--parent", "olaf-co"]);
    sb.add_account("olaf-two", &["--owner", "olaf"]);
    let owned = sb
        .run(&["--json", "account", "list", "--owner", "olaf"])
        .json();
    assert_eq!(owned.as_array().unwrap().len(), 2);
    let before = dump(&sb.db);
    let bare = sb.run(&["user", "delete", "olaf", "--yes"]);
    assert!(
        bare.code(5).stderr.contains("--delete-owned"),
        "{}",
        bare.stderr
    );
    assert_eq!(dump(&sb.db), before);
    sb.run(&[
        "user",
        "delete",
        "olaf",
        "--yes",
        "--transfer-to",
        "heir",
        "--delete-owned",
    ])
    .code(2);
    // Queue them: disabled and pending, with what is below them.
    sb.run(&["user", "delete", "olaf", "--yes", "--delete-owned"])
        .ok();
    for name in ["olaf-co", "olaf-sub", "olaf-two"] {
        let account = sb.run(&["--json", "account", "show", name]).json();
        assert_eq!(account["state"], "pending-deletion", "{name}");
        assert!(
            account["owner"].is_null(),
            "{name}: the deleted owner is gone from it"
        );
    }
    // Transfer: ownership moves, audited per account.
    sb.add_user("olga", &[]);
    sb.add_account("olga-co", &["--owner", "olga"]);
    sb.add_account("olga-two", &["--owner", "olga"]);
    sb.run(&["user", "delete", "olga", "--yes", "--transfer-to", "heir"])
        .ok();
    let heirs = sb
        .run(&["--json", "account", "list", "--owner", "heir"])
        .json();
    let names: Vec<&str> = heirs
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["olga-co", "olga-two"]);
    let moves = sb
        .run(&["--json", "audit", "--action", "account.transfer"])
        .json();
    assert_eq!(moves.as_array().unwrap().len(), 2);
}

#[test]
fn passwd_with_one_line_names_the_missing_new_password() {
    let sb = Sandbox::initialised();
    sb.add_account("vault", &[]);
    let before = dump(&sb.db);
    // With and without the newline after the old password, from stdin and
    // from a file: it is the new password that is missing.
    let file = sb.path("one-line");
    std::fs::write(&file, format!("{ACCOUNT_PASSWORD}\n")).unwrap();
    let file = file.to_str().unwrap();
    for (args, input) in [
        (vec!["--password-stdin"], format!("{ACCOUNT_PASSWORD}\n")),
        (vec!["--password-stdin"], ACCOUNT_PASSWORD.to_string()),
        (vec!["--password-file", file], String::new()),
    ] {
        let mut full = vec!["account", "passwd", "vault"];
        full.extend(&args);
        let out = sb.run_with(&full, &input);
        out.code(2).no_panic();
        let source = if args[0] == "--password-stdin" {
            "standard input"
        } else {
            file
        };
        assert_eq!(
            out.stderr,
            format!(
                "error: no new password on {source}: the second line is missing\n\
                 hint: give the old password on the first line and the new password on the second line; nothing was changed\n"
            ),
            "{args:?}"
        );
        assert_eq!(out.stdout, "");
        assert_eq!(dump(&sb.db), before, "{args:?}");
    }
    // An empty second line, or nothing at all, is named as such.
    let out = sb.run_with(
        &["account", "passwd", "vault", "--password-stdin"],
        &format!("{ACCOUNT_PASSWORD}\n\n"),
    );
    assert!(
        out.code(2)
            .stderr
            .starts_with("error: no new password on standard input: the second line is empty\n"),
        "{}",
        out.stderr
    );
    let out = sb.run_with(&["account", "passwd", "vault", "--password-stdin"], "");
    assert!(
        out.code(2)
            .stderr
            .starts_with("error: no old password on standard input: the first line is missing\n"),
        "{}",
        out.stderr
    );
    let out = sb.run_with(
        &["--json", "account", "passwd", "vault", "--password-stdin"],
        ACCOUNT_PASSWORD,
    );
    assert_eq!(out.code(2).stderr_json()["error"]["code"], 2);
    assert_eq!(dump(&sb.db), before);
}

/// olaf owns olaf-co (with olaf-sub, which he owns too, and olaf-deep
/// below it, which he does not) and olaf-two.
fn owner_with_accounts(sb: &Sandbox) {
    sb.add_user("olaf", &[]);
    sb.add_account("olaf-co", &["--owner", "olaf"]);
    sb.add_account("olaf-sub", &["--parent", "olaf-co", "--owner", "olaf"]);
    sb.add_account("olaf-deep", &["--parent", "olaf-sub"]);
    sb.add_account("olaf-two", &["--owner", "olaf"]);
}

#[test]
fn deleting_an_owner_names_every_account_it_queued() {
    let sb = Sandbox::initialised();
    owner_with_accounts(&sb);
    let out = sb.run(&["user", "delete", "olaf", "--yes", "--delete-owned"]);
    assert_eq!(
        (out.ok().stdout.as_str(), out.stderr.as_str()),
        (
            "",
            "Deleted user \"olaf\".\n\
             Queued 4 accounts for deletion: olaf-co, olaf-sub, olaf-deep, olaf-two. \
             They will be purged after 2026-03-08 12:00:00 (2026-03-08T12:00:00Z); \
             `warden account restore NAME` brings one back, with the accounts below it.\n"
        )
    );
    let queued = sb
        .run(&["--json", "account", "list", "--state", "pending-deletion"])
        .json();
    assert_eq!(queued.as_array().map(Vec::len), Some(4));

    // The same in JSON; a user without accounts queues none.
    let sb = Sandbox::initialised();
    owner_with_accounts(&sb);
    sb.add_user("nils", &[]);
    let out = sb.run(&[
        "--json",
        "user",
        "delete",
        "olaf",
        "--yes",
        "--delete-owned",
    ]);
    assert_eq!(
        out.ok().json(),
        serde_json::json!({
            "deleted": "olaf",
            "queued_accounts": ["olaf-co", "olaf-sub", "olaf-deep", "olaf-two"],
            "side_effects": []
        })
    );
    assert_eq!(out.stderr, "");
    let out = sb.run(&[
        "--json",
        "user",
        "delete",
        "nils",
        "--yes",
        "--delete-owned",
    ]);
    assert_eq!(
        out.ok().json(),
        serde_json::json!({ "deleted": "nils", "queued_accounts": [], "side_effects": [] })
    );
    let out = sb.run(&["user", "delete", "ghost", "--yes", "--delete-owned"]);
    assert!(out.code(3).stderr.contains("no user"), "{}", out.stderr);
}

#[test]
fn deleting_an_owner_on_a_terminal_asks_naming_the_accounts() {
    let sb = Sandbox::initialised();
    owner_with_accounts(&sb);
    let before = dump(&sb.db);
    let question =
        "Delete user \"olaf\" and queue 4 accounts for deletion (olaf-co, olaf-sub, olaf-deep, olaf-two)?";
    let mut cmd = sb.command();
    cmd.args(["user", "delete", "olaf", "--delete-owned"]);
    let mut s = rexpect::session::spawn_command(cmd, Some(10_000)).unwrap();
    s.exp_string(question).unwrap();
    s.send_line("n").unwrap();
    s.exp_string("not confirmed; nothing was changed").unwrap();
    s.exp_eof().unwrap();
    assert_eq!(dump(&sb.db), before);
    let mut cmd = sb.command();
    cmd.args(["user", "delete", "olaf", "--delete-owned"]);
    let mut s = rexpect::session::spawn_command(cmd, Some(10_000)).unwrap();
    s.exp_string(question).unwrap();
    s.send_line("y").unwrap();
    s.exp_string("Queued 4 accounts for deletion: olaf-co, olaf-sub, olaf-deep, olaf-two.")
        .unwrap();
    s.exp_eof().unwrap();
    sb.run(&["user", "show", "olaf"]).code(3);
}

/// The command warden printed after `prefix` on a line of stderr.
fn printed_command(out: &Outcome, prefix: &str) -> String {
    out.stderr
        .lines()
        .find_map(|l| l.strip_prefix(prefix))
        .unwrap_or_else(|| panic!("no line starting {prefix:?}:\n{}", out.stderr))
        .to_string()
}

/// Runs a command line as a person would paste it: through `sh`, with
/// warden on PATH, from another folder, without WARDEN_DB.
fn run_pasted(sb: &Sandbox, line: &str) -> Outcome {
    let bin = std::path::Path::new(BIN).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let elsewhere = tempfile::tempdir().unwrap();
    run_command(
        std::process::Command::new("sh")
            .arg("-c")
            .arg(line)
            .env_clear()
            .env("PATH", path)
            .env("HOME", sb.dir.path())
            .env("USER", "tester")
            .env("TZ", "UTC")
            .env("NO_COLOR", "1")
            .env("WARDEN_NOW", NOW)
            .current_dir(elsewhere.path()),
        b"",
    )
}

fn states(sb: &Sandbox, names: &[&str]) -> Vec<String> {
    names
        .iter()
        .map(|n| {
            let a = sb.run(&["--json", "account", "show", n]).json();
            format!("{n} {} {}", a["state"], a["effective_state"])
        })
        .collect()
}

#[test]
fn restore_prints_the_command_that_enables_what_it_brought_back() {
    let sb = Sandbox::initialised();
    tree(&sb);
    sb.run(&["account", "disable", "acme-eu", "beta", "--recursive"])
        .ok();
    sb.run(&[
        "account",
        "delete",
        "acme-eu",
        "beta",
        "--recursive",
        "--yes",
    ])
    .ok();
    // A URL holds characters a shell would read: it comes quoted.
    let db = if on_postgres() {
        format!("'{}'", sb.db.display())
    } else {
        sb.db.display().to_string()
    };
    // A subtree: --recursive, on the database this one ran on.
    let out = sb.run(&["account", "restore", "acme-eu"]);
    assert_eq!(
        out.ok().stderr,
        format!(
            "Restored 2 accounts (disabled): acme-eu, shop\n\
             Enable them again with: warden --db {db} account enable --recursive acme-eu\n"
        )
    );
    let line = printed_command(&out, "Enable them again with: ");
    run_pasted(&sb, &line).ok();
    assert_eq!(
        states(&sb, &["acme-eu", "shop", "acme-us"]),
        [
            "acme-eu \"enabled\" \"enabled\"",
            "shop \"enabled\" \"enabled\"",
            "acme-us \"enabled\" \"enabled\""
        ]
    );
    // One account: no --recursive.
    let out = sb.run(&["account", "restore", "beta"]);
    let line = printed_command(out.ok(), "Enable it again with: ");
    assert_eq!(line, format!("warden --db {db} account enable beta"));
    run_pasted(&sb, &line).ok();
    assert_eq!(states(&sb, &["beta"]), ["beta \"enabled\" \"enabled\""]);
    // --json prints the restored names only.
    sb.run(&["account", "disable", "beta"]).ok();
    sb.run(&["account", "delete", "beta", "--yes"]).ok();
    let out = sb.run(&["--json", "account", "restore", "beta"]);
    assert_eq!(out.ok().json(), serde_json::json!({ "restored": ["beta"] }));
    assert_eq!(out.stderr, "");
}

#[test]
fn the_printed_enable_command_names_an_odd_database_path_and_works() {
    // A path a shell would split or unquote, given with --db.
    let plain = Sandbox::new();
    let sb = Sandbox {
        db: plain.dir.path().join("it's my db.db"),
        dir: plain.dir,
        schema: None,
    };
    let run = |args: &[&str]| {
        run_command(
            sb.command()
                .env_remove("WARDEN_DB")
                .arg("--db")
                .arg(&sb.db)
                .args(args),
            format!("{PASSWORD}\n").as_bytes(),
        )
    };
    run(&["init", "--password-stdin"]).ok();
    run(&["account", "create", "lone", "--password-stdin"]).ok();
    run(&["account", "disable", "lone"]).ok();
    run(&["account", "delete", "lone", "--yes"]).ok();
    let out = run(&["account", "restore", "lone"]);
    let line = printed_command(out.ok(), "Enable it again with: ");
    assert_eq!(
        line,
        format!(
            "warden --db '{}/it'\\''s my db.db' account enable lone",
            sb.dir.path().display()
        )
    );
    run_pasted(&sb, &line).ok();
    assert_eq!(
        run(&["--json", "account", "show", "lone"]).json()["state"],
        "enabled"
    );

    // The default database needs no --db.
    let sb = Sandbox::new();
    let run = |args: &[&str]| {
        run_command(
            sb.command().env_remove("WARDEN_DB").args(args),
            format!("{PASSWORD}\n").as_bytes(),
        )
    };
    run(&["init", "--password-stdin"]).ok();
    run(&["account", "create", "lone", "--password-stdin"]).ok();
    run(&["account", "disable", "lone"]).ok();
    run(&["account", "delete", "lone", "--yes"]).ok();
    let out = run(&["account", "restore", "lone"]);
    let line = printed_command(out.ok(), "Enable it again with: ");
    assert_eq!(line, "warden account enable lone");
    run_pasted(&sb, &line).ok();
    assert_eq!(
        run(&["--json", "account", "show", "lone"]).json()["state"],
        "enabled"
    );
}

#[test]
fn disable_says_how_many_accounts_it_takes_down() {
    let sb = Sandbox::initialised();
    tree(&sb);
    let out = sb.run(&["account", "disable", "acme"]);
    assert_eq!(
        (out.ok().stdout.as_str(), out.stderr.as_str()),
        (
            "",
            "Disabled 1 account: acme\n\
             Now effectively disabled: 4 accounts (\"acme\" and the 3 accounts below it).\n"
        )
    );
    // Again: nothing changes, and the count is the same.
    let out = sb.run(&["--json", "account", "disable", "acme"]);
    assert_eq!(
        out.ok().json(),
        serde_json::json!({ "changed": [], "unchanged": ["acme"], "effectively_disabled": 4 })
    );
    assert_eq!(out.stderr, "");
    // A subtree inside another, or a name given twice, counts once.
    let out = sb.run(&["--json", "account", "disable", "acme-eu", "acme", "acme-eu"]);
    assert_eq!(out.ok().json()["effectively_disabled"], 4);
    let out = sb.run(&["account", "disable", "--recursive", "beta", "shop"]);
    assert_eq!(
        out.ok().stderr,
        "Disabled 2 accounts: beta, shop\n\
         Now effectively disabled: 2 accounts (\"beta\", \"shop\").\n"
    );
    // Names from stdin: nothing is asked, whatever the count.
    sb.run(&["account", "enable", "--recursive", "root"]).ok();
    let out = sb.run_with(&["--json", "account", "disable", "-"], "acme\nbeta\n");
    assert_eq!(out.ok().json()["effectively_disabled"], 5);
    // Without a terminal even the root is disabled (cron relies on it),
    // and the count is every account.
    sb.run(&["account", "enable", "--recursive", "root"]).ok();
    let out = sb.run(&["account", "disable", "root"]);
    assert_eq!(
        out.ok().stderr,
        "Disabled 1 account: root\n\
         Now effectively disabled: 6 accounts (the root \"root\" and every account below it).\n"
    );
    // An unknown name changes nothing.
    let before = dump(&sb.db);
    let out = sb.run(&["account", "disable", "acme", "ghost"]);
    assert_eq!(
        out.code(3).stderr,
        "error: no account \"ghost\"\nhint: `warden account list` shows the accounts\n"
    );
    assert_eq!(dump(&sb.db), before);
}

#[test]
fn disable_without_a_terminal_never_waits() {
    let sb = Sandbox::initialised();
    tree(&sb);
    // What cron gives a job: stdin from /dev/null, output to a pipe.
    let mut child = sb
        .command()
        .args(["account", "disable", "--recursive", "root"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > std::time::Duration::from_secs(30) {
            let _ = child.kill();
            panic!("account disable waited for an answer without a terminal");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(0));
    let disabled = sb
        .run(&["--json", "account", "list", "--state", "disabled"])
        .json();
    assert_eq!(disabled.as_array().map(Vec::len), Some(6));
}

mod disable_prompt {
    use super::*;

    fn spawn(sb: &Sandbox, args: &[&str]) -> rexpect::session::PtySession {
        let mut cmd = sb.command();
        cmd.args(args);
        rexpect::session::spawn_command(cmd, Some(10_000)).expect("spawn in a pty")
    }

    fn exit_code(session: &rexpect::session::PtySession) -> String {
        format!("{:?}", session.process().wait().expect("wait"))
    }

    fn state(sb: &Sandbox, name: &str) -> String {
        sb.run(&["--json", "account", "show", name]).json()["state"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    #[test]
    fn a_subtree_is_confirmed_first_and_a_no_changes_nothing() {
        let sb = Sandbox::initialised();
        tree(&sb);
        let before = dump(&sb.db);
        let mut s = spawn(&sb, &["account", "disable", "acme"]);
        s.exp_string("Disable \"acme\" and so the 3 accounts below it (4 in all)?")
            .unwrap();
        s.send_line("n").unwrap();
        s.exp_string("error: not confirmed; nothing was changed")
            .unwrap();
        s.exp_eof().unwrap();
        assert!(exit_code(&s).ends_with(", 5)"), "{}", exit_code(&s));
        assert_eq!(dump(&sb.db), before);

        let mut s = spawn(&sb, &["account", "disable", "acme-eu", "acme-us"]);
        s.exp_string(
            "Disable \"acme-eu\", \"acme-us\" and so the 1 account below them (3 in all)?",
        )
        .unwrap();
        s.send_line("y").unwrap();
        s.exp_string("Now effectively disabled: 3 accounts")
            .unwrap();
        s.exp_eof().unwrap();
        assert!(exit_code(&s).ends_with(", 0)"), "{}", exit_code(&s));
        assert_eq!(state(&sb, "acme-eu"), "disabled");

        // --yes answers; a leaf is one account and is not asked about; an
        // account already disabled is not asked about either.
        for args in [
            &["--yes", "account", "disable", "acme"][..],
            &["account", "disable", "beta"],
            &["account", "disable", "acme"],
        ] {
            let mut s = spawn(&sb, args);
            let seen = s.exp_eof().unwrap();
            assert!(!seen.contains('?'), "{args:?} asked:\n{seen}");
            assert!(
                seen.contains("Now effectively disabled: "),
                "{args:?}:\n{seen}"
            );
            assert!(
                exit_code(&s).ends_with(", 0)"),
                "{args:?}: {}",
                exit_code(&s)
            );
        }
        assert_eq!(state(&sb, "acme"), "disabled");
        assert_eq!(state(&sb, "beta"), "disabled");
    }

    #[test]
    fn the_root_is_confirmed_even_alone() {
        let sb = Sandbox::initialised();
        let before = dump(&sb.db);
        let mut s = spawn(&sb, &["account", "disable", "root"]);
        s.exp_string("Disable the root account \"root\", the only account?")
            .unwrap();
        s.send_line("n").unwrap();
        s.exp_eof().unwrap();
        assert!(exit_code(&s).ends_with(", 5)"), "{}", exit_code(&s));
        assert_eq!(dump(&sb.db), before);
        sb.add_account("acme", &[]);
        let mut s = spawn(&sb, &["--json", "account", "disable", "root"]);
        s.exp_string("Disable the root account \"root\" and so every account (2 in all)?")
            .unwrap();
        s.send_line("y").unwrap();
        s.exp_string("\"effectively_disabled\": 2").unwrap();
        s.exp_eof().unwrap();
        assert_eq!(state(&sb, "root"), "disabled");
    }
}

/// The tree of `tree` with owners and strategies: acme (alice, nightly),
/// acme-eu (bartholomew, disabled), shop (its own weekly-archive), acme-us,
/// and beta queued for deletion.
fn tree_with_columns(sb: &Sandbox) {
    sb.add_user("alice", &[]);
    sb.add_user("bartholomew", &[]);
    for (name, schedule, keep) in [
        ("nightly", "daily", "--keep-daily"),
        ("weekly-archive", "weekly", "--keep-weekly"),
    ] {
        sb.run(&[
            "strategy",
            "create",
            name,
            "--schedule",
            schedule,
            keep,
            "7",
        ])
        .ok();
    }
    sb.add_account("acme", &["--owner", "alice"]);
    sb.add_account("acme-eu", &["--parent", "acme", "--owner", "bartholomew"]);
    sb.add_account("shop", &["--parent", "acme-eu"]);
    sb.add_account("acme-us", &["--parent", "acme"]);
    sb.add_account("beta", &[]);
    sb.run(&["strategy", "apply", "nightly", "--to", "acme"])
        .ok();
    sb.run(&["strategy", "apply", "weekly-archive", "--to", "shop"])
        .ok();
    sb.run(&["account", "disable", "acme-eu", "beta"]).ok();
    sb.run(&["account", "delete", "beta", "--yes"]).ok();
}

#[test]
fn the_tree_shows_state_strategy_and_owner_and_marks_inherited_strategies() {
    let sb = Sandbox::initialised();
    tree_with_columns(&sb);
    let out = sb.run(&["account", "list", "--tree"]);
    assert_eq!(
        (out.ok().stdout.as_str(), out.stderr.as_str()),
        (
            "\
ACCOUNT           STATE             STRATEGY             OWNER
root              enabled           -
├── acme          enabled           nightly              alice
│   ├── acme-eu   disabled          nightly (inherited)  bartholomew
│   │   └── shop  disabled          weekly-archive
│   └── acme-us   enabled           nightly (inherited)
└── beta          pending-deletion  -
",
            ""
        )
    );
    // Below another account, the columns fit that part of the tree, and
    // what it inherits from above is still marked.
    assert_eq!(
        sb.run(&["account", "list", "--tree", "--under", "acme-eu"])
            .ok()
            .stdout,
        "\
ACCOUNT   STATE     STRATEGY             OWNER
acme-eu   disabled  nightly (inherited)  bartholomew
└── shop  disabled  weekly-archive
"
    );
    // The flat list marks an inherited strategy the same way.
    assert_eq!(
        sb.run(&["account", "list"]).ok().stdout,
        "\
PATH                    STATE             STRATEGY             OWNER        CREDITS  PURGE AFTER
root                    enabled           -                                 0
root/acme               enabled           nightly              alice        0
root/acme/acme-eu       disabled          nightly (inherited)  bartholomew  0
root/acme/acme-eu/shop  disabled          weekly-archive                    0
root/acme/acme-us       enabled           nightly (inherited)               0
root/beta               pending-deletion  -                                 0        2026-03-08 12:00:00
"
    );
    // JSON says whether the strategy is inherited, in the list, in the
    // tree and for one account.
    let strategies = |doc: serde_json::Value| -> Vec<String> {
        doc.as_array()
            .unwrap()
            .iter()
            .map(|a| {
                format!(
                    "{} {} {} {}",
                    a["name"], a["strategy"], a["effective_strategy"], a["strategy_inherited"]
                )
            })
            .collect()
    };
    let expected = [
        "\"root\" null null false",
        "\"acme\" \"nightly\" \"nightly\" false",
        "\"acme-eu\" null \"nightly\" true",
        "\"shop\" \"weekly-archive\" \"weekly-archive\" false",
        "\"acme-us\" null \"nightly\" true",
        "\"beta\" null null false",
    ];
    assert_eq!(
        strategies(sb.run(&["--json", "account", "list"]).json()),
        expected
    );
    assert_eq!(
        strategies(sb.run(&["--json", "account", "list", "--tree"]).json()),
        expected
    );
    assert_eq!(
        sb.run(&["--json", "account", "show", "acme-us"]).json()["strategy_inherited"],
        true
    );
    let shown = sb.run(&["account", "show", "acme-us"]);
    assert!(
        shown
            .ok()
            .stdout
            .contains("\nstrategy         nightly (inherited)\n"),
        "{}",
        shown.stdout
    );
    // Nothing to draw under an unknown account.
    let out = sb.run(&["account", "list", "--tree", "--under", "ghost"]);
    assert_eq!(
        (out.code(3).stdout.as_str(), out.stderr.as_str()),
        (
            "",
            "error: no account \"ghost\"\nhint: `warden account list` shows the accounts\n"
        )
    );
}

#[test]
fn one_deep_branch_does_not_push_every_rows_columns_right() {
    let sb = Sandbox::initialised();
    let mut parent = "root".to_string();
    for level in 1..=12 {
        let name = format!("l{level:02}");
        sb.add_account(&name, &["--parent", &parent]);
        parent = name;
    }
    let out = sb.run(&["account", "list", "--tree"]);
    let lines: Vec<&str> = out.ok().stdout.lines().collect();
    // The columns start after at most 48 columns of drawing and name...
    assert_eq!(
        lines[0],
        format!("ACCOUNT{}STATE     STRATEGY  OWNER", " ".repeat(43))
    );
    assert_eq!(lines[1], format!("root{}enabled   -", " ".repeat(46)));
    let l11 = format!("{}└── l11", " ".repeat(40));
    assert_eq!(lines[12], format!("{l11}   enabled   -"));
    // ...and a row drawn deeper takes the room it needs for itself only.
    let l12 = format!("{}└── l12", " ".repeat(44));
    assert_eq!(lines[13], format!("{l12}  enabled   -"));
    assert_eq!(lines.len(), 14);
}

#[test]
fn a_state_filter_picks_the_state_the_list_shows() {
    let sb = Sandbox::initialised();
    tree(&sb);
    sb.run(&["account", "disable", "acme-eu"]).ok();
    let names = |state: &str| -> Vec<String> {
        sb.run(&["--json", "account", "list", "--state", state])
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                assert_eq!(a["effective_state"], state, "{a}");
                a["name"].as_str().unwrap().to_string()
            })
            .collect()
    };
    // shop sits below the disabled acme-eu: disabled in effect.
    assert_eq!(names("disabled"), ["acme-eu", "shop"]);
    assert_eq!(names("enabled"), ["root", "acme", "acme-us", "beta"]);
}
