//! `warden apply`: converging the database to a TOML file, in one
//! transaction, idempotently, with a plan that a dry run shows and exit 8
//! reports.

use crate::common::*;

/// Every kind of entry. alice owns acme although she is created after it,
/// and acme-eu sits below acme although it comes first in the file.
const SITE: &str = r#"
[settings]
"deletion.grace" = "72h"
"password.min_length" = 14

[[roles]]
name = "support"
description = "Helpdesk"
permissions = ["users.read", "accounts.read"]

[[strategies]]
name = "nightly"
schedule = "daily@02:00"
keep_daily = 14
keep_weekly = 8
keep_within = "2d"

[[accounts]]
name = "acme-eu"
parent = "acme"
state = "disabled"
password_file = "secrets/acme.pass"

[[accounts]]
name = "acme"
owner = "alice"
strategy = "nightly"
credits = 100
password_file = "secrets/acme.pass"

[[users]]
name = "alice"
email = "alice@example.com"
first_name = "Alice"
roles = ["support", "viewer"]
account = "acme"
allowed_ips = ["192.168.1.7", "10.0.0.0/8"]
expires = 2027-01-01
credit_limit = 100
password_file = "secrets/alice.pass"
grants = [{ account = "acme", access = "full" }]

[[users]]
name = "bob"
roles = ["viewer"]
enabled = false
"#;

const SITE_PLAN: &str = "\
~ setting deletion.grace: 7d (default) → 3d
~ setting password.min_length: 12 (default) → 14
+ role support
+ strategy nightly
+ account acme
+ account acme-eu
+ user alice
+ user bob
+ grant alice on acme: full
Plan: 7 to create, 2 to change, 0 to remove.
";

/// A sandbox with the secrets SITE names and `site.toml` holding `text`.
fn site(text: &str) -> Sandbox {
    let sb = Sandbox::initialised();
    std::fs::create_dir(sb.path("secrets")).unwrap();
    std::fs::write(sb.path("secrets/acme.pass"), "acme-backup-key-77\n").unwrap();
    std::fs::write(sb.path("secrets/alice.pass"), format!("{USER_PASSWORD}\n")).unwrap();
    write(&sb, text);
    sb
}

fn write(sb: &Sandbox, text: &str) {
    std::fs::write(sb.path("site.toml"), text).unwrap();
}

fn events(sb: &Sandbox) -> i64 {
    sb.sql()
        .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
        .unwrap()
}

fn actions(sb: &Sandbox, after: i64) -> Vec<String> {
    let conn = sb.sql();
    let mut stmt = conn
        .prepare("SELECT action || ' ' || target FROM events WHERE id > ?1 ORDER BY id")
        .unwrap();
    let rows = stmt.query_map([after], |r| r.get(0)).unwrap();
    rows.map(|r| r.unwrap()).collect()
}

/// Asserts a run failed with `code`, one error line containing `message`,
/// and left the database exactly as `before`.
#[track_caller]
fn refused(sb: &Sandbox, out: &Outcome, code: i32, message: &str, before: &str) {
    out.code(code).no_panic();
    let first = out.stderr.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("error: ") && first.contains(message),
        "want {message:?} in:\n{}",
        out.stderr
    );
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    assert_eq!(dump(&sb.db), before, "the database changed");
}

#[test]
fn a_file_creates_everything_and_a_second_run_changes_nothing() {
    let sb = site(SITE);
    let before_events = events(&sb);
    let out = sb.run(&["apply", "site.toml"]);
    out.ok();
    assert_eq!(out.stdout, SITE_PLAN);
    assert_eq!(out.stderr, "Applied site.toml.\n");
    let audited = actions(&sb, before_events);

    let alice = sb.run(&["--json", "user", "show", "alice"]).json();
    assert_eq!(alice["roles"], serde_json::json!(["support", "viewer"]));
    assert_eq!(alice["active_role"], "support");
    assert_eq!(alice["account"], "acme");
    assert_eq!(
        alice["allowed_ips"],
        serde_json::json!(["10.0.0.0/8", "192.168.1.7/32"])
    );
    assert_eq!(alice["expires_at"], "2027-01-01T00:00:00Z");
    assert_eq!(alice["credit_limit"], 100);
    assert_eq!(
        sb.run(&["--json", "user", "show", "bob"]).json()["enabled"],
        false
    );
    sb.run_with(
        &[
            "user",
            "verify",
            "alice",
            "--ip",
            "10.1.2.3",
            "--password-stdin",
        ],
        USER_PASSWORD,
    )
    .ok();
    let acme = sb.run(&["--json", "account", "show", "acme"]).json();
    assert_eq!(
        (
            &acme["owner"],
            &acme["strategy"],
            &acme["credits"],
            &acme["parent"]
        ),
        (
            &serde_json::json!("alice"),
            &serde_json::json!("nightly"),
            &serde_json::json!(100),
            &serde_json::json!("root")
        )
    );
    let eu = sb.run(&["--json", "account", "show", "acme-eu"]).json();
    assert_eq!(
        (eu["path"].as_str(), eu["state"].as_str()),
        (Some("root/acme/acme-eu"), Some("disabled"))
    );
    sb.run_with(
        &["account", "verify", "acme-eu", "--password-stdin"],
        "acme-backup-key-77",
    )
    .ok();
    let grant: String = sb
        .sql()
        .query_row(
            "SELECT g.access FROM grants g JOIN users u ON u.id = g.user_id
              JOIN accounts a ON a.id = g.account_id WHERE u.username = 'alice' AND a.name = 'acme'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(grant, "full");
    let nightly = sb.run(&["--json", "strategy", "show", "nightly"]).json();
    assert_eq!(
        (&nightly["keep_daily"], &nightly["keep_within"]),
        (&serde_json::json!(14), &serde_json::json!("2d"))
    );
    assert_eq!(
        sb.run(&["settings", "get", "deletion.grace"]).stdout,
        "3d\n"
    );

    // Each change is audited as its command audits it, then one `apply`.
    insta::assert_snapshot!("site_audited", audited.join("\n"));
    assert_eq!(audited.last().map(String::as_str), Some("apply site.toml"));

    // The second run: nothing to do, nothing written, nothing audited.
    let settled = dump(&sb.db);
    let dry = sb.run(&["apply", "--dry-run", "site.toml"]);
    dry.ok();
    assert_eq!(dry.stdout, "No changes.\n");
    assert_eq!(dry.stderr, "");
    let again = sb.run(&["apply", "site.toml"]);
    again.ok();
    assert_eq!(again.stdout, "No changes.\n");
    assert_eq!(dump(&sb.db), settled, "a second run changed the database");
}

#[test]
fn an_edited_file_is_pending_in_a_dry_run_and_applied_after() {
    let sb = site(SITE);
    sb.run(&["apply", "site.toml"]).ok();
    let edited = SITE
        .replace("\"72h\"", "\"2d\"")
        .replace("\"Helpdesk\"", "\"First line\"")
        .replace("keep_daily = 14", "keep_daily = 7")
        .replace("credits = 100", "credits = 250")
        .replace(
            "roles = [\"support\", \"viewer\"]",
            "roles = [\"viewer\", \"support\"]",
        )
        .replace("alice@example.com", "alice@example.org")
        .replace("access = \"full\"", "access = \"limited\"")
        .replace("enabled = false", "enabled = true");
    write(&sb, &edited);
    std::fs::write(sb.path("secrets/alice.pass"), "copper-meadow-falcon\n").unwrap();
    let before = dump(&sb.db);
    let plan = "\
~ setting deletion.grace: 3d → 2d
~ role support: description
~ strategy nightly: keep_daily
~ account acme: credits
~ user alice: email, password, roles
~ user bob: enabled
~ grant alice on acme: full → limited
Plan: 0 to create, 7 to change, 0 to remove.
";
    let dry = sb.run(&["apply", "site.toml", "--dry-run"]);
    dry.code(8);
    assert_eq!(dry.stdout, plan);
    assert!(dry.stderr.contains("nothing was changed"), "{}", dry.stderr);
    assert_eq!(dump(&sb.db), before, "a dry run changed the database");

    let out = sb.run(&["apply", "site.toml"]);
    out.ok();
    assert_eq!(out.stdout, plan);
    let alice = sb.run(&["--json", "user", "show", "alice"]).json();
    assert_eq!(alice["roles"], serde_json::json!(["viewer", "support"]));
    assert_eq!(alice["active_role"], "support", "the active role stays");
    sb.run_with(
        &[
            "user",
            "verify",
            "alice",
            "--ip",
            "10.1.2.3",
            "--password-stdin",
        ],
        "copper-meadow-falcon",
    )
    .ok();
    sb.run(&["apply", "site.toml", "--dry-run"]).ok();
}

#[test]
fn keys_the_file_leaves_out_are_left_alone() {
    let sb = site(SITE);
    sb.run(&["apply", "site.toml"]).ok();
    sb.run(&["user", "edit", "alice", "--phone", "+1 555 0100"])
        .ok();
    sb.run(&["account", "credits", "acme-eu", "--set", "9"])
        .ok();
    // Things the file does not name at all stay too.
    sb.run(&["role", "create", "auditor", "--permission", "audit.read"])
        .ok();
    let before = dump(&sb.db);
    sb.run(&["apply", "site.toml", "--dry-run"]).ok();
    sb.run(&["apply", "site.toml"]).ok();
    assert_eq!(dump(&sb.db), before);
}

#[test]
fn present_false_removes_only_that_entry_and_nothing_when_it_is_gone() {
    let sb = site(SITE);
    sb.run(&["apply", "site.toml"]).ok();
    sb.run(&["role", "create", "auditor", "--permission", "audit.read"])
        .ok();
    sb.run(&[
        "strategy",
        "create",
        "weekly",
        "--schedule",
        "weekly",
        "--keep-last",
        "4",
    ])
    .ok();
    let removal = r#"
[[roles]]
name = "auditor"
present = false

[[roles]]
name = "ghost"
present = false

[[strategies]]
name = "weekly"
present = false

[[accounts]]
name = "acme-eu"
present = false

[[users]]
name = "bob"
present = false

[[users]]
name = "nobody"
present = false
"#;
    write(&sb, removal);
    let out = sb.run(&["apply", "site.toml"]);
    out.ok();
    assert_eq!(
        out.stdout,
        "- user bob\n- account acme-eu\n- strategy weekly\n- role auditor\nPlan: 0 to create, 0 to change, 4 to remove.\n"
    );
    sb.run(&["user", "show", "bob"]).code(3);
    sb.run(&["role", "show", "auditor"]).code(3);
    sb.run(&["strategy", "show", "weekly"]).code(3);
    let eu = sb.run(&["--json", "account", "show", "acme-eu"]).json();
    assert_eq!(
        eu["state"], "pending-deletion",
        "queued like `account delete`"
    );
    assert_eq!(
        eu["purge_after"], "2026-03-04T12:00:00Z",
        "after deletion.grace"
    );
    // Everything else is still there.
    sb.run(&["user", "show", "alice"]).ok();
    sb.run(&["role", "show", "support"]).ok();
    sb.run(&["account", "show", "acme"]).ok();
    // Already gone or queued: nothing to do.
    let settled = dump(&sb.db);
    let again = sb.run(&["apply", "site.toml", "--dry-run"]);
    again.ok();
    assert_eq!(again.stdout, "No changes.\n");
    assert_eq!(dump(&sb.db), settled);
}

#[test]
fn removals_keep_the_rules_of_their_commands() {
    let sb = site(SITE);
    sb.run(&["apply", "site.toml"]).ok();
    let before = dump(&sb.db);
    for (entry, message) in [
        (
            "[[accounts]]\nname = \"acme\"\npresent = false\n",
            "site.toml: accounts[1] \"acme\": account \"acme\" is enabled: only a disabled account can be deleted",
        ),
        (
            "[[roles]]\nname = \"support\"\npresent = false\n",
            "site.toml: roles[1] \"support\": role \"support\" is held by 1 user: alice",
        ),
        (
            "[[strategies]]\nname = \"nightly\"\npresent = false\n",
            "site.toml: strategies[1] \"nightly\": strategy \"nightly\" is applied to 1 account: acme",
        ),
        (
            "[[users]]\nname = \"alice\"\npresent = false\n",
            "site.toml: users[1] \"alice\": user \"alice\" owns an account: acme",
        ),
        (
            "[[roles]]\nname = \"viewer\"\npresent = false\n",
            "role \"viewer\" is built in",
        ),
    ] {
        write(&sb, entry);
        let out = sb.run(&["apply", "site.toml"]);
        refused(&sb, &out, 5, message, &before);
        assert!(out.stderr.contains("\nhint: "), "{}", out.stderr);
    }
}

#[test]
fn a_bad_field_is_named_with_its_file_and_entry_and_nothing_changes() {
    let sb = site(SITE);
    sb.run(&["apply", "site.toml"]).ok();
    let before = dump(&sb.db);
    for (text, message) in [
        (
            "[[users]]\nname = \"alice\"\n[[users]]\nname = \"bob\"\nexpires = \"2027-13-01\"\n",
            "error: site.toml: users[2] \"bob\", field \"expires\": invalid time \"2027-13-01\"",
        ),
        (
            "[[users]]\nname = \"alice\"\ncolour = \"blue\"\n",
            "error: site.toml: users[1] \"alice\": unknown key \"colour\"",
        ),
        (
            "[[users]]\nname = \"alice\"\ngrants = [{ account = \"acme\", acces = \"full\" }]\n",
            "error: site.toml: users[1] \"alice\", field \"grants[1]\": unknown key \"acces\"",
        ),
        (
            "[[strategies]]\nname = \"nightly\"\nschedule = \"daily@25:00\"\n",
            "error: site.toml: strategies[1] \"nightly\", field \"schedule\": bad schedule",
        ),
        (
            "[settings]\n\"deletion.grace\" = \"30d\"\n",
            "error: site.toml: settings, field \"deletion.grace\": invalid value",
        ),
        (
            "[settings]\n\"deletion.graze\" = \"3d\"\n",
            "error: site.toml: settings: unknown setting \"deletion.graze\"",
        ),
        ("[[acounts]]\nname = \"acme\"\n", "error: site.toml: unknown section \"acounts\""),
        (
            "[[roles]]\nname = \"support\"\npermissions = [\"users.fly\"]\n",
            "error: site.toml: roles[1] \"support\", field \"permissions\"",
        ),
        (
            "[[accounts]]\nname = \"acme\"\ncredits = \"many\"\n",
            "error: site.toml: accounts[1] \"acme\", field \"credits\": expected a whole number, found a string",
        ),
        (
            "[[users]]\nname = \"alice\"\nenabled = \"yes\"\n",
            "error: site.toml: users[1] \"alice\", field \"enabled\": expected true or false",
        ),
        (
            "[[roles]]\nname = \"support\"\n\n[[roles]\nname = \"x\"\n",
            "error: site.toml, line 4, column",
        ),
        (
            "[[accounts]]\nname = \"newco\"\n",
            "error: site.toml: accounts[1] \"newco\", field \"password_file\": a new account needs a password",
        ),
        (
            "[[users]]\nname = \"carol\"\npassword_file = \"secrets/short.pass\"\n",
            "error: site.toml: users[1] \"carol\", field \"password_file\"",
        ),
    ] {
        std::fs::write(sb.path("secrets/short.pass"), "tiny\n").unwrap();
        write(&sb, text);
        let out = sb.run(&["apply", "site.toml"]);
        out.code(2).no_panic();
        assert!(out.stderr.starts_with(message), "want {message:?}:\n{}", out.stderr);
        assert_eq!(out.stderr.lines().filter(|l| l.starts_with("error:")).count(), 1);
        assert_eq!(dump(&sb.db), before, "{text}");
    }
}

#[test]
fn a_failure_late_in_the_plan_rolls_back_everything_before_it() {
    let sb = site("");
    let before = dump(&sb.db);
    // Everything up to the last user is fine; its role does not exist.
    let late = format!("{SITE}\n[[users]]\nname = \"carol\"\nroles = [\"viewer\", \"auditors\"]\n");
    write(&sb, &late);
    let out = sb.run(&["apply", "site.toml"]);
    refused(
        &sb,
        &out,
        3,
        "site.toml: users[3] \"carol\", field \"roles\": no role \"auditors\"",
        &before,
    );
    // The last-admin rule holds across the whole file.
    let no_admin = format!("{SITE}\n[[users]]\nname = \"admin\"\nenabled = false\n");
    write(&sb, &no_admin);
    let out = sb.run(&["apply", "site.toml"]);
    refused(
        &sb,
        &out,
        5,
        "refused: applying site.toml would leave no enabled, unexpired user with the admin role",
        &before,
    );
    // Handing admin over in the same file is fine.
    let handover = format!(
        "{}\n[[users]]\nname = \"admin\"\nenabled = false\n",
        SITE.replace("roles = [\"viewer\"]", "roles = [\"admin\"]")
            .replace("enabled = false", "enabled = true")
    );
    write(&sb, &handover);
    sb.run(&["apply", "site.toml"]).ok();
    assert_eq!(
        sb.run(&["--json", "user", "show", "admin"]).json()["enabled"],
        false
    );
}

#[test]
fn json_prints_the_plan_as_one_object() {
    let sb = site(SITE);
    let dry = sb.run(&["--json", "apply", "site.toml", "--dry-run"]);
    dry.code(8);
    assert_eq!(dry.stderr, "");
    let plan = dry.json();
    // 7 to create, 2 to change, nothing to remove, nothing applied yet.
    insta::assert_snapshot!("site_plan_json", pretty(&plan));
    let applied = sb.run(&["--json", "apply", "site.toml"]);
    applied.ok();
    assert_eq!(applied.json()["applied"], true);
    assert_eq!(applied.json()["changes"], plan["changes"]);
    let none = sb.run(&["--json", "apply", "site.toml", "--dry-run"]);
    none.ok();
    assert_eq!(
        none.json(),
        serde_json::json!({"changes": [], "create": 0, "change": 0, "remove": 0, "applied": false,
                           "side_effects": []})
    );
}

#[test]
fn standard_input_reads_paths_from_the_current_folder() {
    let sb = site("");
    // A given hash is stored as it is, and is no change the next time.
    let text = "[[users]]\nname = \"dora\"\npassword_file = \"secrets/alice.pass\"\n\
                [[users]]\nname = \"erin\"\n\
                password_hash = \"$2y$05$ctlcPuRRAX5ss2/vJ6.ML.gsiJ1aXKApMD4165r4wkpNVIYugRA1m\"\n";
    let out = sb.run_with(&["apply", "-"], text);
    out.ok();
    assert_eq!(
        out.stdout,
        "+ user dora\n+ user erin\nPlan: 2 to create, 0 to change, 0 to remove.\n"
    );
    sb.run_with(
        &["user", "verify", "dora", "--password-stdin"],
        USER_PASSWORD,
    )
    .ok();
    let again = sb.run_with(&["apply", "-", "--dry-run"], text);
    again.ok();
    let out = sb.run_with(&["apply", "-"], "[[users]]\nname = \"dora\"\nemail = 7\n");
    out.code(2);
    assert!(
        out.stderr
            .starts_with("error: standard input: users[1] \"dora\", field \"email\""),
        "{}",
        out.stderr
    );
}

#[test]
fn a_missing_file_or_database_changes_nothing() {
    let sb = Sandbox::new();
    sb.run(&["apply", "site.toml"]).code(3);
    assert!(!sb.db.exists());
    let sb = Sandbox::initialised();
    let out = sb.run(&["apply", "nowhere.toml"]);
    out.code(1);
    assert!(
        out.stderr.starts_with("error: cannot open nowhere.toml"),
        "{}",
        out.stderr
    );
}

/// Mistyped sections, keys and settings name the nearest known one in the
/// hint, as clap does for a mistyped flag; nothing changes.
#[test]
fn an_unknown_section_key_or_setting_suggests_the_nearest_one() {
    let sb = site(SITE);
    sb.run(&["apply", "site.toml"]).ok();
    let before = dump(&sb.db);
    for (text, error, hint) in [
        (
            "[[users]]\nname = \"alice\"\nrole = [\"viewer\"]\n",
            "error: site.toml: users[1] \"alice\": unknown key \"role\"",
            "hint: did you mean \"roles\"? the keys of [[users]] are",
        ),
        (
            "[[strategies]]\nname = \"nightly\"\nkeep_dayly = 3\n",
            "error: site.toml: strategies[1] \"nightly\": unknown key \"keep_dayly\"",
            "hint: did you mean \"keep_daily\"? the keys of [[strategies]] are",
        ),
        (
            "[[users]]\nname = \"alice\"\ngrants = [{ account = \"acme\", acces = \"full\" }]\n",
            "error: site.toml: users[1] \"alice\", field \"grants[1]\": unknown key \"acces\"",
            "hint: did you mean \"access\"? a grant is",
        ),
        (
            "[[acounts]]\nname = \"acme\"\n",
            "error: site.toml: unknown section \"acounts\"",
            "hint: did you mean \"accounts\"? the sections are",
        ),
        (
            "[settings]\n\"deletion.graze\" = \"3d\"\n",
            "error: site.toml: settings: unknown setting \"deletion.graze\"",
            "hint: did you mean \"deletion.grace\"? the settings are:",
        ),
        (
            "[[users]]\nname = \"alice\"\ncolour = \"blue\"\n",
            "error: site.toml: users[1] \"alice\": unknown key \"colour\"",
            "hint: the keys of [[users]] are",
        ),
    ] {
        std::fs::write(sb.path("site.toml"), text).expect("write");
        let out = sb.run(&["apply", "site.toml"]);
        out.code(2);
        let lines: Vec<&str> = out.stderr.lines().collect();
        assert_eq!(lines.len(), 2, "{}", out.stderr);
        assert_eq!(lines[0], error);
        assert!(lines[1].starts_with(hint), "{}", out.stderr);
        assert_eq!(dump(&sb.db), before, "{text}");
    }
    // settings set answers the same way.
    let out = sb.run(&["settings", "set", "deletion.graze", "3d"]);
    assert!(
        out.code(2)
            .stderr
            .contains("hint: did you mean \"deletion.grace\"? the settings are:"),
        "{}",
        out.stderr
    );
}

#[test]
fn the_plan_names_what_it_does_to_others() {
    let sb = Sandbox::initialised();
    for user in ["alice", "bob"] {
        sb.add_user(user, &["--role", "operator"]);
    }
    sb.run(&["backup-user", "set", "alice", "bob"]).ok();
    sb.run(&["backup-user", "enable", "alice", "--for", "3d"])
        .ok();
    std::fs::write(
        sb.path("site.toml"),
        "[[users]]\nname = \"bob\"\nenabled = false\n",
    )
    .unwrap();
    let also = "! also: ended alice's backup-user window for bob (bob disabled): bob can no longer act for alice\n";
    let out = sb.run(&["apply", "--dry-run", "site.toml"]);
    out.code(8);
    assert!(out.stdout.contains(also), "{}", out.stdout);
    let out = sb.run(&["--json", "apply", "site.toml"]);
    let json = out.ok().json();
    assert_eq!(json["side_effects"][0]["effect"], "window-ended");
    assert_eq!(json["side_effects"][0]["user"], "alice");
    let out = sb.run(&["--json", "apply", "site.toml"]);
    assert_eq!(out.ok().json()["side_effects"], serde_json::json!([]));
}
