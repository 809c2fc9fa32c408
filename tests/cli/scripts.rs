//! What scripts rely on, across the whole command tree: one JSON document
//! from every command, the exit codes of the contract, no prompt without a
//! terminal, creates that can run twice, name lists on stdin, and the
//! cron and CI recipes of warden-recipes(7), run as written.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::*;

/// Commands that have no entries in the table yet (both are new): the
/// walk skips them. Give each its entries and take it off this list.
const PENDING: &[&str] = &[];

/// Leaves whose JSON is a list (an array); every other leaf prints one
/// object.
const LISTS: &[&str] = &[
    "user list",
    "user export",
    "user events",
    "role list",
    "role permissions",
    "backup-user list",
    "backup-user covering",
    "account list",
    "account access",
    "strategy list",
    "strategy preview",
    "settings list",
    "notify list",
    "audit",
    "expiring",
];

const ACCOUNT_PASSWORD: &str = "copper-meadow-signal";

/// A small apply file: one role.
const HELPDESK: &str = "[[roles]]\nname = \"helpdesk\"\npermissions = [\"users.read\"]\n";

/// Every leaf of the command tree, as its words ("user add", "audit").
fn leaves() -> Vec<String> {
    fn walk(cmd: &clap::Command, path: &str, found: &mut Vec<String>) {
        let mut subs = cmd.get_subcommands().peekable();
        if subs.peek().is_none() {
            found.push(path.to_string());
        }
        for sub in subs {
            let next = format!("{path} {}", sub.get_name());
            walk(sub, next.trim(), found);
        }
    }
    let mut found = Vec::new();
    walk(&warden::cli::command(), "", &mut found);
    found
}

/// An office to run commands against: alice (operator, owns acme), bob
/// (viewer), carol (viewer, expires 2026-03-10), the custom role auditor,
/// the strategy nightly, and the accounts acme (100 credits) and acme-eu
/// below it. Users have no passwords, so seeding costs two argon2 hashes
/// besides the admin's.
fn office() -> Sandbox {
    let sb = Sandbox::initialised();
    for (name, role, extra) in [
        ("alice", "operator", None),
        ("bob", "viewer", None),
        ("carol", "viewer", Some("2026-03-10")),
    ] {
        let email = format!("{name}@example.com");
        let mut args = vec![
            "user",
            "add",
            name,
            "--no-password",
            "--role",
            role,
            "--email",
            &email,
        ];
        if let Some(expires) = extra {
            args.extend(["--expires", expires]);
        }
        sb.run(&args).ok();
    }
    sb.run(&["role", "create", "auditor", "--permission", "audit.read"])
        .ok();
    sb.run(&[
        "strategy",
        "create",
        "nightly",
        "--schedule",
        "daily@02:00",
        "--keep-daily",
        "7",
    ])
    .ok();
    sb.run_with(
        &[
            "account",
            "create",
            "acme",
            "--owner",
            "alice",
            "--credits",
            "100",
            "--password-stdin",
        ],
        ACCOUNT_PASSWORD,
    )
    .ok();
    sb.run_with(
        &[
            "account",
            "create",
            "acme-eu",
            "--parent",
            "acme",
            "--password-stdin",
        ],
        ACCOUNT_PASSWORD,
    )
    .ok();
    sb
}

/// What an invocation must end with.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Expect {
    /// Exit 0 with one JSON document on stdout.
    Ok,
    /// This exit code, nothing on stdout, one JSON error on stderr, and
    /// the database unchanged.
    Fails(i32),
    /// Exit 6 with the decision on stdout: "no" is an answer (verify, can,
    /// switch), so stderr stays empty.
    Denied,
    /// Exit 8 (`apply --dry-run` with changes pending): the plan on
    /// stdout, nothing on stderr, the database unchanged.
    Pending,
}

struct Case {
    leaf: &'static str,
    args: Vec<String>,
    stdin: String,
    expect: Expect,
}

fn case(expect: Expect, leaf: &'static str, args: &[&str]) -> Case {
    Case {
        leaf,
        args: args.iter().map(|a| a.to_string()).collect(),
        stdin: String::new(),
        expect,
    }
}

fn ok(leaf: &'static str, args: &[&str]) -> Case {
    case(Expect::Ok, leaf, args)
}

fn fails(code: i32, leaf: &'static str, args: &[&str]) -> Case {
    case(Expect::Fails(code), leaf, args)
}

fn denied(leaf: &'static str, args: &[&str]) -> Case {
    case(Expect::Denied, leaf, args)
}

impl Case {
    fn stdin(mut self, text: &str) -> Case {
        self.stdin = text.to_string();
        self
    }

    fn command_line(&self) -> Vec<String> {
        let mut line = vec!["--json".to_string()];
        line.extend(self.leaf.split(' ').map(str::to_string));
        line.extend(self.args.iter().cloned());
        line
    }
}

/// Every stderr line of a successful JSON run is a JSON warning.
#[track_caller]
fn only_json_warnings(stderr: &str, what: &str) {
    for line in stderr.lines() {
        let doc: Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("{what}: stderr line is not JSON ({e}): {line}"));
        assert!(
            doc["warning"]["message"].is_string() && doc.as_object().unwrap().len() == 1,
            "{what}: stderr holds something other than a warning: {line}"
        );
    }
}

/// stderr is exactly one JSON error object carrying the exit code.
#[track_caller]
fn one_json_error(out: &Outcome, code: i32, what: &str) {
    let err: Value = serde_json::from_str(&out.stderr).unwrap_or_else(|e| {
        panic!(
            "{what}: stderr is not one JSON document ({e}):\n{}",
            out.stderr
        )
    });
    assert_eq!(err["error"]["code"], code, "{what}: {err}");
    assert!(
        err["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()),
        "{what}: {err}"
    );
    assert!(err["error"]["kind"].is_string(), "{what}: {err}");
    assert_eq!(out.stderr.lines().count(), 1, "{what}: {}", out.stderr);
}

/// The table: at least one invocation that succeeds for every leaf, and
/// failures of every kind from every family, in an order where each
/// builds on the state the earlier ones left.
fn json_cases(sb: &Sandbox) -> Vec<Case> {
    let fresh = sb.path("fresh.db");
    let fresh = fresh.to_str().unwrap();
    let missing = sb.path("missing.db");
    let missing = missing.to_str().unwrap();
    let copy = sb.path("copy.db");
    let copy = copy.to_str().unwrap();
    let sendmail = crate::notify::fake_sendmail(sb, "");
    let sendmail = sendmail.to_str().unwrap();
    let passwords = format!("{ACCOUNT_PASSWORD}\nsilver-canyon-drift\n");
    let wrong_passwords = "not-the-old-one\nwhatever-new-one\n";
    vec![
        ok("init", &["--db", fresh, "--password-stdin"]).stdin(PASSWORD),
        fails(4, "init", &["--password-stdin"]).stdin(PASSWORD),
        fails(2, "init", &["--db", missing, "--admin", "Admin"]),
        // Users
        ok("user add", &["dave", "--no-password", "--role", "viewer"]),
        ok("user add", &["dave", "--no-password", "--if-not-exists"]),
        fails(4, "user add", &["dave", "--no-password"]),
        fails(2, "user add", &["Erin", "--no-password"]),
        fails(2, "user add", &["erin"]),
        ok("user list", &[]),
        ok("user list", &["--disabled"]),
        fails(3, "user list", &["--role", "ghost"]),
        ok("user export", &[]),
        ok("user import", &["-", "--format", "csv"]).stdin("username,roles\ndora,viewer\n"),
        ok(
            "user import",
            &[
                "-",
                "--format",
                "jsonl",
                "--dry-run",
                "--on-conflict",
                "update",
            ],
        )
        .stdin("{\"username\":\"dora\",\"email\":\"dora@example.com\"}\n"),
        fails(2, "user import", &["-", "--format", "csv"])
            .stdin("username,email\nerin,not-an-address\n"),
        fails(3, "user import", &["-", "--format", "csv"]).stdin("username,roles\nerin,nobody\n"),
        fails(4, "user import", &["-", "--format", "csv"]).stdin("username\nerin\nalice\n"),
        fails(
            5,
            "user import",
            &["-", "--format", "csv", "--on-conflict", "update"],
        )
        .stdin("username,enabled\nadmin,false\n"),
        ok("user show", &["alice"]),
        fails(3, "user show", &["ghost"]),
        ok("user access", &["alice"]),
        ok("user access", &["alice", "--account", "acme"]),
        fails(3, "user access", &["alice", "--account", "ghost"]),
        ok("user edit", &["alice", "--phone", "+1 555 0100"]),
        fails(2, "user edit", &["alice"]),
        fails(2, "user edit", &["alice", "--email", "not-an-address"]),
        ok("user passwd", &["bob", "--password-stdin"]).stdin(USER_PASSWORD),
        fails(3, "user passwd", &["ghost", "--password-stdin"]).stdin(USER_PASSWORD),
        ok("user disable", &["carol", "dave"]),
        ok("user disable", &["-"]).stdin("carol\ndave\n"),
        fails(5, "user disable", &["admin"]),
        fails(3, "user disable", &["carol", "ghost"]),
        ok("user enable", &["carol", "dave"]),
        fails(2, "user enable", &["-"]).stdin("\n"),
        ok("user unlock", &["alice"]),
        ok("user events", &["alice"]),
        ok(
            "user events",
            &["alice", "--since", "7d", "--until", "today"],
        ),
        fails(2, "user events", &["alice", "--since", "last tuesday"]),
        ok("user verify", &["bob", "--password-stdin"]).stdin(USER_PASSWORD),
        denied("user verify", &["bob", "--password-stdin"]).stdin("wrong-password-here"),
        fails(
            2,
            "user verify",
            &["bob", "--ip", "999.1.1.1", "--password-stdin"],
        )
        .stdin(USER_PASSWORD),
        ok("user can", &["alice", "accounts.manage"]),
        denied("user can", &["bob", "users.manage"]),
        fails(2, "user can", &["bob", "no.such"]),
        fails(
            3,
            "user can",
            &["bob", "accounts.read", "--account", "ghost"],
        ),
        ok(
            "user charge",
            &[
                "alice",
                "5",
                "--reason",
                "restore test",
                "--account",
                "acme",
            ],
        ),
        fails(
            5,
            "user charge",
            &["alice", "5000", "--reason", "too much", "--account", "acme"],
        ),
        ok("user stats", &["alice"]),
        fails(3, "user stats", &["ghost"]),
        ok("user delete", &["dave", "--yes"]),
        fails(3, "user delete", &["dave", "--yes"]),
        fails(5, "user delete", &["admin", "--yes"]),
        // Roles
        ok("role list", &[]),
        ok("role show", &["admin"]),
        fails(3, "role show", &["ghost"]),
        ok("role permissions", &[]),
        ok("role create", &["reader", "--permission", "reports.read"]),
        fails(4, "role create", &["auditor", "--permission", "audit.read"]),
        fails(2, "role create", &["reader2", "--permission", "no.such"]),
        ok("role edit", &["reader", "--description", "reads reports"]),
        fails(5, "role edit", &["admin", "--description", "mine"]),
        ok("role grant", &["bob", "auditor"]),
        fails(3, "role grant", &["bob", "ghost"]),
        ok("role switch", &["bob", "auditor"]),
        fails(5, "role switch", &["bob", "operator"]),
        ok("role revoke", &["bob", "auditor"]),
        fails(5, "role revoke", &["admin", "admin"]),
        ok("role delete", &["reader", "--yes"]),
        fails(5, "role delete", &["admin", "--yes"]),
        // Backup users
        ok("backup-user set", &["alice", "bob"]),
        fails(2, "backup-user set", &["alice", "alice"]),
        fails(3, "backup-user set", &["alice", "ghost"]),
        ok("backup-user enable", &["alice", "--for", "2d"]),
        fails(5, "backup-user enable", &["alice", "--for", "400d"]),
        ok("backup-user status", &["alice"]),
        fails(3, "backup-user status", &["ghost"]),
        ok("backup-user list", &[]),
        ok("backup-user list", &["--active"]),
        ok("backup-user covering", &["bob"]),
        ok("backup-user switch", &["bob", "alice"]),
        denied("backup-user switch", &["alice", "bob"]),
        ok("backup-user revoke", &["alice"]),
        ok("backup-user clear", &["alice"]),
        fails(3, "backup-user clear", &["ghost"]),
        // Accounts
        ok(
            "account create",
            &["acme-us", "--parent", "acme", "--password-stdin"],
        )
        .stdin(ACCOUNT_PASSWORD),
        ok("account create", &["acme-us", "--if-not-exists"]),
        fails(4, "account create", &["acme-us", "--password-stdin"]).stdin(ACCOUNT_PASSWORD),
        fails(2, "account create", &["Acme-Us", "--password-stdin"]).stdin(ACCOUNT_PASSWORD),
        fails(
            3,
            "account create",
            &["x", "--parent", "ghost", "--password-stdin"],
        )
        .stdin(ACCOUNT_PASSWORD),
        ok("account use", &["acme"]),
        fails(3, "account use", &["ghost"]),
        ok("account current", &[]),
        ok("account list", &[]),
        ok("account list", &["--tree"]),
        fails(2, "account list", &["--state", "sideways"]),
        ok("account show", &["acme"]),
        fails(3, "account show", &["ghost"]),
        ok("account grant", &["acme", "bob", "--access", "limited"]),
        fails(3, "account grant", &["acme", "ghost", "--access", "full"]),
        fails(2, "account grant", &["acme", "bob", "--access", "total"]),
        ok("account access", &["acme"]),
        ok("account revoke", &["acme", "bob"]),
        ok("account credits", &["acme"]),
        ok("account credits", &["acme", "--add", "10"]),
        ok("account verify", &["acme", "--password-stdin"]).stdin(ACCOUNT_PASSWORD),
        denied("account verify", &["acme", "--password-stdin"]).stdin("wrong"),
        ok("account passwd", &["acme-us", "--password-stdin"]).stdin(&passwords),
        fails(6, "account passwd", &["acme-us", "--password-stdin"]).stdin(wrong_passwords),
        fails(5, "account delete", &["acme-us", "--yes"]),
        ok("account disable", &["acme-us", "-"]).stdin("acme-us\n"),
        fails(3, "account disable", &["acme-us", "ghost"]),
        ok("account enable", &["acme-us"]),
        ok("account disable", &["acme-us"]),
        ok("account delete", &["acme-us", "--yes"]),
        fails(4, "account create", &["acme-us", "--if-not-exists"]),
        ok("account restore", &["acme-us"]),
        fails(5, "account restore", &["acme-us"]),
        ok("account delete", &["acme-us", "--yes"]),
        ok("account purge", &[]),
        ok("account purge", &["--dry-run"]),
        fails(2, "account purge", &["--now"]),
        ok("account purge", &["acme-us", "--now", "--yes"]),
        fails(3, "account purge", &["acme-us", "--now", "--yes"]),
        // Strategies
        ok(
            "strategy create",
            &[
                "weekly",
                "--schedule",
                "weekly@sun@03:00",
                "--keep-weekly",
                "4",
            ],
        ),
        ok(
            "strategy create",
            &[
                "weekly",
                "--schedule",
                "daily",
                "--keep-last",
                "1",
                "--if-not-exists",
            ],
        ),
        fails(
            4,
            "strategy create",
            &["weekly", "--schedule", "daily", "--keep-last", "1"],
        ),
        fails(
            2,
            "strategy create",
            &["monthly", "--schedule", "sometimes", "--keep-last", "1"],
        ),
        ok("strategy edit", &["weekly", "--keep-last", "3"]),
        fails(3, "strategy edit", &["ghost", "--keep-last", "3"]),
        ok("strategy list", &[]),
        ok("strategy show", &["nightly"]),
        ok("strategy apply", &["nightly", "--to", "acme"]),
        fails(3, "strategy apply", &["nightly", "--to", "acme", "ghost"]),
        ok("strategy detach", &["-"]).stdin("acme\n"),
        ok("strategy apply", &["nightly", "--to", "acme"]),
        ok("strategy preview", &["nightly", "--snapshots", "-"])
            .stdin("2026-02-27T02:00:00Z\n2026-02-28T02:00:00Z\n"),
        fails(2, "strategy preview", &["nightly", "--snapshots", "-"]).stdin("yesterday\n"),
        ok("strategy delete", &["weekly", "--yes"]),
        fails(5, "strategy delete", &["nightly", "--yes"]),
        // Settings, notifications, the log, the time-driven work, the file
        ok("settings list", &[]),
        ok("settings get", &["deletion.grace"]),
        fails(2, "settings get", &["no.such"]),
        ok("settings set", &["deletion.grace", "2d"]),
        fails(2, "settings set", &["deletion.grace", "30d"]),
        ok("notify list", &[]),
        ok("notify list", &["--pending"]),
        fails(5, "notify send", &[]),
        ok("settings set", &["notify.command", sendmail]),
        ok("notify send", &[]),
        ok("audit", &[]),
        ok("audit", &["--action", "user.*", "--limit", "3"]),
        fails(2, "audit", &["--limit", "many"]),
        ok("maintenance", &["--dry-run"]),
        ok("maintenance", &[]),
        fails(3, "maintenance", &["--db", missing]),
        ok("expiring", &["--within", "14d"]),
        fails(2, "expiring", &["--within", "soon"]),
        ok("db info", &[]),
        ok("db check", &[]),
        if on_postgres() {
            fails(5, "db backup", &[copy])
        } else {
            ok("db backup", &[copy])
        },
        fails(if on_postgres() { 5 } else { 4 }, "db backup", &[copy]),
        if on_postgres() {
            fails(5, "db backup", &[copy, "--force"])
        } else {
            ok("db backup", &[copy, "--force"])
        },
        fails(3, "db info", &["--db", missing]),
        ok("apply", &["-"]).stdin(HELPDESK),
        ok("apply", &["--dry-run", "-"]).stdin(HELPDESK),
        case(Expect::Pending, "apply", &["--dry-run", "-"])
            .stdin(&HELPDESK.replace("users.read", "users.read\", \"audit.read")),
        fails(2, "apply", &["-"]).stdin("[[roles]]\nname = \"x\"\ncolour = \"red\"\n"),
        fails(3, "apply", &["-"]).stdin("[[users]]\nname = \"dora\"\nroles = [\"nobody\"]\n"),
        fails(5, "apply", &["-"]).stdin("[[users]]\nname = \"admin\"\nenabled = false\n"),
        ok("completions", &["bash"]),
        fails(2, "completions", &["tcsh"]),
    ]
}

#[test]
fn every_leaf_prints_one_json_document_or_one_json_error() {
    let sb = office();
    let cases = json_cases(&sb);
    let tree = leaves();

    // The table covers the tree: a new command cannot escape it.
    for leaf in &tree {
        if PENDING.contains(&leaf.as_str()) {
            continue;
        }
        // On PostgreSQL `db backup` only refuses (pg_dump does the work).
        if on_postgres() && leaf == "db backup" {
            continue;
        }
        assert!(
            cases
                .iter()
                .any(|c| c.leaf == leaf && c.expect == Expect::Ok),
            "no successful --json invocation of `warden {leaf}` in the table"
        );
    }
    for c in &cases {
        assert!(
            tree.contains(&c.leaf.to_string()),
            "`{}` is not a command",
            c.leaf
        );
        assert!(!PENDING.contains(&c.leaf), "{} is pending", c.leaf);
    }
    for leaf in LISTS {
        assert!(tree.contains(&leaf.to_string()), "{leaf} is not a command");
    }
    // Each family fails at least once, and every kind of failure shows.
    let families: std::collections::BTreeSet<&str> =
        tree.iter().map(|l| l.split(' ').next().unwrap()).collect();
    for family in families {
        assert!(
            cases
                .iter()
                .any(|c| c.leaf.split(' ').next() == Some(family) && c.expect != Expect::Ok),
            "no failing invocation of the `{family}` family"
        );
    }
    for code in 2..=6 {
        assert!(
            cases
                .iter()
                .any(|c| matches!(c.expect, Expect::Fails(n) if n == code)
                    || (code == 6 && c.expect == Expect::Denied)),
            "no invocation that exits {code}"
        );
    }

    for c in &cases {
        let line = c.command_line();
        let what = format!("warden {}", line.join(" "));
        let args: Vec<&str> = line.iter().map(String::as_str).collect();
        let before = dump(&sb.db);
        let out = sb.run_with(&args, &c.stdin);
        out.no_panic();
        match c.expect {
            Expect::Ok => {
                out.code(0);
                let doc: Value = serde_json::from_str(&out.stdout).unwrap_or_else(|e| {
                    panic!(
                        "{what}: stdout is not one JSON document ({e}):\n{}",
                        out.stdout
                    )
                });
                if LISTS.contains(&c.leaf) {
                    assert!(doc.is_array(), "{what}: a list prints an array: {doc}");
                } else {
                    assert!(doc.is_object(), "{what}: prints an object: {doc}");
                }
                only_json_warnings(&out.stderr, &what);
            }
            Expect::Denied => {
                out.code(6);
                let doc: Value = serde_json::from_str(&out.stdout).unwrap_or_else(|e| {
                    panic!(
                        "{what}: stdout is not one JSON document ({e}):\n{}",
                        out.stdout
                    )
                });
                let decision = doc.get("decision").unwrap_or(&doc);
                assert_eq!(decision["allowed"], false, "{what}: {doc}");
                assert!(decision["reason"].is_string(), "{what}: {doc}");
                assert!(out.stderr.is_empty(), "{what}: {}", out.stderr);
            }
            Expect::Pending => {
                out.code(8);
                let doc: Value = serde_json::from_str(&out.stdout).unwrap_or_else(|e| {
                    panic!(
                        "{what}: stdout is not one JSON document ({e}):\n{}",
                        out.stdout
                    )
                });
                assert_eq!(doc["applied"], false, "{what}: {doc}");
                assert!(out.stderr.is_empty(), "{what}: {}", out.stderr);
                assert_unchanged(&before, &dump(&sb.db), &what);
            }
            Expect::Fails(code) => {
                out.code(code);
                assert!(out.stdout.is_empty(), "{what}: stdout:\n{}", out.stdout);
                one_json_error(&out, code, &what);
                if code == 6 {
                    assert_unchanged(
                        &without_events(&before),
                        &without_events(&dump(&sb.db)),
                        &what,
                    );
                } else {
                    assert_unchanged(&before, &dump(&sb.db), &what);
                }
            }
        }
    }
}

/// Fails showing only the rows that differ, when the database changed.
#[track_caller]
fn assert_unchanged(before: &str, after: &str, what: &str) {
    if before == after {
        return;
    }
    let old: Vec<&str> = before.lines().collect();
    let new: Vec<&str> = after.lines().collect();
    let gone: Vec<&&str> = old.iter().filter(|l| !new.contains(l)).collect();
    let came: Vec<&&str> = new.iter().filter(|l| !old.contains(l)).collect();
    panic!("{what} changed the database\nrows gone: {gone:#?}\nrows new: {came:#?}");
}

/// The database without the audit log: a refused password is audited
/// (and counts toward a lockout), which is the point, not a change.
fn without_events(dump: &str) -> String {
    dump.lines()
        .filter(|l| !l.starts_with("events: "))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// stderr is one `error:` line and at most one `hint:` line after it.
#[track_caller]
fn one_error_line(out: &Outcome, what: &str) {
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert!(
        matches!(lines.as_slice(), [e] | [e, _] if e.starts_with("error: ")),
        "{what}: stderr is not one error line:\n{}",
        out.stderr
    );
    if let [_, hint] = lines.as_slice() {
        assert!(hint.starts_with("hint: "), "{what}:\n{}", out.stderr);
    }
}

#[test]
fn each_exit_code_means_the_same_in_every_family() {
    let sb = office();
    sb.run(&["strategy", "apply", "nightly", "--to", "acme-eu"])
        .ok();
    sb.run(&["backup-user", "set", "alice", "bob"]).ok();
    let taken = sb.path("taken.db");
    std::fs::write(&taken, "").unwrap();
    let taken = taken.to_str().unwrap();
    let missing = sb.path("missing.db");
    let missing = missing.to_str().unwrap();
    let passwords = "not-the-old-one\nwhatever-new-one\n";
    let table: Vec<(i32, Vec<&str>, &str)> = vec![
        // 2: usage, from warden's own checks and from the parser alike
        (2, vec!["user", "add", "Bob", "--no-password"], ""),
        (2, vec!["user", "list", "--format", "xml"], ""),
        (2, vec!["user", "add", "erin", "--password", "x"], ""),
        (2, vec!["role", "create", "ops2"], ""),
        (2, vec!["account", "list", "--state", "sideways"], ""),
        (
            2,
            vec![
                "strategy",
                "create",
                "hourly",
                "--schedule",
                "daily@25:00",
                "--keep-last",
                "1",
            ],
            "",
        ),
        (2, vec!["backup-user", "enable", "alice"], ""),
        (2, vec!["settings", "set", "deletion.grace", "30d"], ""),
        (2, vec!["audit", "--since", "2025-02-30"], ""),
        (2, vec!["expiring", "--within", "soon"], ""),
        (2, vec!["notify", "list", "--all"], ""),
        (2, vec!["maintenance", "--now"], ""),
        (2, vec!["db", "frobnicate"], ""),
        (2, vec!["--busy-timeout", "1y", "db", "info"], ""),
        // 3: not found, the database included
        (3, vec!["user", "show", "ghost"], ""),
        (3, vec!["role", "grant", "alice", "ghost"], ""),
        (3, vec!["backup-user", "set", "ghost", "bob"], ""),
        (3, vec!["account", "disable", "acme", "ghost"], ""),
        (3, vec!["strategy", "apply", "ghost", "--to", "acme"], ""),
        (3, vec!["user", "events", "ghost"], ""),
        (3, vec!["--db", missing, "settings", "list"], ""),
        (3, vec!["--db", missing, "notify", "send"], ""),
        (3, vec!["--db", missing, "audit"], ""),
        (3, vec!["--db", missing, "maintenance"], ""),
        (3, vec!["--db", missing, "expiring", "--within", "1d"], ""),
        (3, vec!["--db", missing, "db", "check"], ""),
        // 4: conflict
        (4, vec!["user", "add", "alice", "--no-password"], ""),
        (
            4,
            vec!["role", "create", "auditor", "--permission", "audit.read"],
            "",
        ),
        (
            4,
            vec!["account", "create", "acme", "--password-stdin"],
            "x",
        ),
        (
            4,
            vec![
                "strategy",
                "create",
                "nightly",
                "--schedule",
                "daily",
                "--keep-last",
                "1",
            ],
            "",
        ),
        (4, vec!["init", "--password-stdin"], PASSWORD),
        (
            if on_postgres() { 5 } else { 4 },
            vec!["db", "backup", taken],
            "",
        ),
        // 5: refused by a rule
        (5, vec!["user", "disable", "admin"], ""),
        (5, vec!["role", "delete", "admin", "--yes"], ""),
        (5, vec!["account", "delete", "acme", "--yes"], ""),
        (5, vec!["strategy", "delete", "nightly", "--yes"], ""),
        (
            5,
            vec!["backup-user", "enable", "alice", "--for", "400d"],
            "",
        ),
        (5, vec!["notify", "send"], ""),
        (
            5,
            vec![
                "user",
                "charge",
                "alice",
                "5000",
                "--reason",
                "x",
                "--account",
                "acme",
            ],
            "",
        ),
        (5, vec!["user", "delete", "alice", "--yes"], ""),
        // 6: denied, as an error (a wrong old account password)
        (
            6,
            vec!["account", "passwd", "acme", "--password-stdin"],
            passwords,
        ),
    ];
    let before = dump(&sb.db);
    for (code, args, stdin) in &table {
        let what = format!("warden {}", args.join(" "));
        let out = sb.run_with(args, stdin);
        out.code(*code).no_panic();
        assert!(out.stdout.is_empty(), "{what}: stdout:\n{}", out.stdout);
        one_error_line(&out, &what);
        if *code == 6 {
            assert_unchanged(
                &without_events(&before),
                &without_events(&dump(&sb.db)),
                &what,
            );
        } else {
            assert_unchanged(&before, &dump(&sb.db), &what);
        }
        assert!(!Path::new(missing).exists(), "{what} created {missing}");
    }
    // 6 as an answer: the decision on stdout, nothing on stderr. (Refused
    // logins count toward the lockout and are audited: they change the
    // database on purpose, see logins.rs.)
    for args in [
        vec!["user", "can", "bob", "users.manage"],
        vec!["user", "can", "ghost", "accounts.read"],
        vec!["backup-user", "switch", "bob", "alice"],
    ] {
        let out = sb.run(&args);
        out.code(6);
        assert!(
            out.stdout.starts_with("denied: "),
            "{args:?}: {}",
            out.stdout
        );
        assert_eq!(out.stdout.lines().count(), 1, "{args:?}: {}", out.stdout);
        assert!(out.stderr.is_empty(), "{args:?}: {}", out.stderr);
    }
}

#[test]
fn a_held_write_lock_gives_exit_7_in_every_family_after_the_timeout() {
    let sb = office();
    let before = dump(&sb.db);
    let holder = hold_write_lock(&sb);
    for (args, stdin) in [
        (vec!["user", "add", "erin", "--no-password"], ""),
        (vec!["user", "disable", "-"], "bob\n"),
        (
            vec!["role", "create", "r2", "--permission", "audit.read"],
            "",
        ),
        (vec!["backup-user", "set", "alice", "bob"], ""),
        (vec!["account", "disable", "acme-eu"], ""),
        (vec!["account", "purge"], ""),
        (vec!["strategy", "apply", "nightly", "--to", "acme-eu"], ""),
        (vec!["settings", "set", "deletion.grace", "3d"], ""),
        (vec!["maintenance"], ""),
    ] {
        let mut full = vec!["--busy-timeout", "200ms"];
        full.extend(&args);
        let out = sb.run_with(&full, stdin);
        out.code(7).no_panic();
        one_error_line(&out, &format!("{args:?}"));
        assert!(out.stderr.contains("--busy-timeout"), "{}", out.stderr);
        assert!(
            out.elapsed >= Duration::from_millis(190) && out.elapsed < Duration::from_secs(3),
            "{args:?} gave up after {:?}",
            out.elapsed
        );
        let json = sb.run_with(&[&["--json"], full.as_slice()].concat(), stdin);
        json.code(7);
        one_json_error(&json, 7, &format!("{args:?}"));
        assert!(json.stdout.is_empty(), "{}", json.stdout);
    }
    drop(holder);
    assert_unchanged(&before, &dump(&sb.db), "a command under a held lock");
}

/// Runs warden with a standard input that is a pipe held open and never
/// written: a prompt would wait on it for ever. Gives the command five
/// seconds, then kills it and fails.
fn run_with_open_stdin(sb: &Sandbox, args: &[&str]) -> Outcome {
    let started = Instant::now();
    let mut child = sb
        .command()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn warden");
    let stdin = child.stdin.take();
    loop {
        if child.try_wait().expect("wait for warden").is_some() {
            break;
        }
        if started.elapsed() > Duration::from_secs(5) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("warden {args:?} still waits on its standard input after 5 s");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    drop(stdin);
    let output = child.wait_with_output().expect("wait for warden");
    Outcome {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        elapsed: started.elapsed(),
    }
}

#[test]
fn no_command_waits_for_an_answer_without_a_terminal() {
    let sb = office();
    // Something to delete or purge: acme-eu disabled, old queued.
    sb.run(&["account", "disable", "acme-eu"]).ok();
    sb.run_with(
        &["account", "create", "old", "--password-stdin"],
        ACCOUNT_PASSWORD,
    )
    .ok();
    sb.run(&["account", "disable", "old"]).ok();
    sb.run(&["--yes", "account", "delete", "old"]).ok();
    sb.run(&[
        "strategy",
        "create",
        "unused",
        "--schedule",
        "daily",
        "--keep-last",
        "3",
    ])
    .ok();
    let fresh = sb.path("fresh.db");
    let fresh = fresh.to_str().unwrap();
    let table: Vec<(i32, Vec<&str>)> = vec![
        // A password: exit 2, naming the options that give one.
        (2, vec!["--db", fresh, "init"]),
        (2, vec!["user", "add", "erin"]),
        (2, vec!["user", "passwd", "alice"]),
        (2, vec!["user", "verify", "alice"]),
        (2, vec!["account", "create", "acme-us"]),
        (2, vec!["account", "passwd", "acme"]),
        (2, vec!["account", "verify", "acme"]),
        // A confirmation: exit 5, naming --yes.
        (5, vec!["user", "delete", "bob"]),
        (5, vec!["account", "delete", "acme-eu"]),
        (5, vec!["account", "purge", "old", "--now"]),
        (5, vec!["role", "delete", "auditor"]),
        (5, vec!["role", "delete", "auditor", "--force"]),
        (5, vec!["strategy", "delete", "unused"]),
    ];
    let before = dump(&sb.db);
    for (code, args) in &table {
        let what = format!("warden {}", args.join(" "));
        let out = run_with_open_stdin(&sb, args);
        out.code(*code).no_panic();
        one_error_line(&out, &what);
        let wanted: &[&str] = if *code == 2 {
            &["--password-stdin", "--password-file"]
        } else {
            &["--yes"]
        };
        for word in wanted {
            assert!(out.stderr.contains(word), "{what}: {}", out.stderr);
        }
        assert!(out.stdout.is_empty(), "{what}: {}", out.stdout);
        assert_unchanged(&before, &dump(&sb.db), &what);
        assert!(!Path::new(fresh).exists(), "{what} created {fresh}");
    }
    // With --json the refusal is the one JSON error.
    let out = run_with_open_stdin(&sb, &["--json", "user", "delete", "bob"]);
    out.code(5);
    one_json_error(&out, 5, "user delete --json");
}

/// Counts the rows of the audit log.
fn events(sb: &Sandbox) -> i64 {
    sb.sql()
        .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn every_create_with_if_not_exists_accepts_what_is_there_as_it_is() {
    let sb = Sandbox::initialised();
    // (create, the same name with other values, a bad value, stdin)
    let creates = [
        (
            "user add erin --email erin@example.com --role viewer --password-stdin",
            "user add erin --email other@example.com --role operator --no-password",
            "user add erin --email not-an-address --no-password",
            USER_PASSWORD,
        ),
        (
            "role create auditor --permission audit.read --description reads",
            "role create auditor --permission reports.read",
            "role create auditor --permission no.such",
            "",
        ),
        (
            "strategy create nightly --schedule daily@02:00 --keep-daily 7",
            "strategy create nightly --schedule hourly --keep-last 3",
            "strategy create nightly --schedule daily@02:00",
            "",
        ),
        (
            "account create acme --credits 5 --password-stdin",
            "account create acme --credits 9 --parent ghost --password-stdin",
            "account create acme --credits -1 --password-stdin",
            ACCOUNT_PASSWORD,
        ),
    ];
    let words = |line: &'static str| line.split(' ').collect::<Vec<&str>>();
    for (create, other, bad, stdin) in creates {
        let (create, other, bad) = (words(create), words(other), words(bad));
        let what = create[..2].join(" ");
        let mut json_create = vec!["--json"];
        json_create.extend(&create);
        let created = sb.run_with(&json_create, stdin);
        let created = created.ok().json();
        let before = dump(&sb.db);
        let logged = events(&sb);

        // Without the flag, a second run is a conflict that names it.
        let out = sb.run_with(&create, stdin);
        out.code(4);
        one_error_line(&out, &what);
        assert!(
            out.stderr.contains("already exists") && out.stderr.contains("--if-not-exists"),
            "{what}: {}",
            out.stderr
        );

        // With it: exit 0, a status line, nothing changed, nothing audited,
        // and no password read (stdin is empty).
        let again = [create.as_slice(), &["--if-not-exists"]].concat();
        let out = sb.run(&again);
        out.ok();
        assert!(out.stdout.is_empty(), "{what}: {}", out.stdout);
        assert!(
            out.stderr
                .ends_with("already exists; nothing was changed.\n"),
            "{what}: {}",
            out.stderr
        );
        let json = sb.run(&[&["--json"], again.as_slice()].concat());
        assert_eq!(json.ok().json(), created, "{what}: the existing object");
        assert!(json.stderr.is_empty(), "{what}: {}", json.stderr);

        // Other values: the existing one is accepted as it is.
        let other = [other.as_slice(), &["--if-not-exists"]].concat();
        let out = sb.run(&[&["--json"], other.as_slice()].concat());
        assert_eq!(out.ok().json(), created, "{what}: accepted as it is");

        // A bad value is still a usage error: values are checked first.
        let bad = [bad.as_slice(), &["--if-not-exists"]].concat();
        sb.run(&bad).code(2);

        assert_unchanged(&before, &dump(&sb.db), &what);
        assert_eq!(events(&sb), logged, "{what}: audited");
    }
    // A name queued for deletion is reserved, not there to be accepted.
    sb.run(&["account", "disable", "acme"]).ok();
    sb.run(&["--yes", "account", "delete", "acme"]).ok();
    let before = dump(&sb.db);
    let out = sb.run(&["account", "create", "acme", "--if-not-exists"]);
    out.code(4);
    assert!(out.stderr.contains("reserved"), "{}", out.stderr);
    assert!(
        out.stderr.contains("account restore acme"),
        "{}",
        out.stderr
    );
    assert_unchanged(&before, &dump(&sb.db), "create of a queued name");
}

#[test]
fn name_lists_read_alike_for_users_and_accounts() {
    let sb = office();
    sb.run(&["user", "add", "dave", "--no-password"]).ok();
    sb.run_with(
        &["account", "create", "beta", "--password-stdin"],
        ACCOUNT_PASSWORD,
    )
    .ok();
    for (noun, first, second) in [("user", "bob", "dave"), ("account", "acme-eu", "beta")] {
        // `account disable` also counts the accounts it takes down: the
        // two named ones, which have nothing below them.
        let result = |changed: &[&str], unchanged: &[&str]| {
            let mut doc = serde_json::json!({ "changed": changed, "unchanged": unchanged });
            if noun == "account" {
                doc["effectively_disabled"] = 2.into();
            } else {
                doc["side_effects"] = serde_json::json!([]);
            }
            doc
        };
        // Blank lines and # comments are skipped; surrounding blanks and a
        // Windows line end are trimmed; a name twice counts once.
        let list = format!("# leavers\n\n  {first}  \r\n{second}\n{first}\n\t\n");
        let out = sb.run_with(&["--json", noun, "disable", "-", second], &list);
        assert_eq!(out.ok().json(), result(&[first, second], &[]), "{noun}");
        let action = format!("{noun}.disable");
        let disables: i64 = sb
            .sql()
            .query_row(
                "SELECT count(*) FROM events WHERE action = ?1",
                [&action],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(disables, 2, "{noun}: one event per name");

        // Run again: exit 0, nothing changed, nothing recorded.
        let before = dump(&sb.db);
        let out = sb.run_with(&["--json", noun, "disable", "-"], &list);
        assert_eq!(out.ok().json(), result(&[], &[first, second]), "{noun}");
        assert_unchanged(&before, &dump(&sb.db), &format!("{noun} disable again"));

        // One unknown name on stdin: exit 3 naming it, and none is enabled.
        let out = sb.run_with(
            &[noun, "enable", "-"],
            &format!("{first}\nghost\n{second}\n"),
        );
        out.code(3);
        one_error_line(&out, noun);
        assert!(out.stderr.contains("ghost"), "{noun}: {}", out.stderr);
        assert_unchanged(
            &before,
            &dump(&sb.db),
            &format!("{noun} enable with a ghost"),
        );

        // A bad name is a usage error, before anything is looked up.
        sb.run_with(&[noun, "enable", "-"], &format!("{first}\nBad Name\n"))
            .code(2);
        // Nothing but blanks and comments: no names, exit 2.
        sb.run_with(&[noun, "enable", "-"], "# nobody\n\n").code(2);
        assert_unchanged(&before, &dump(&sb.db), &format!("{noun} enable refused"));

        sb.run_with(&[noun, "enable", "-"], &list).ok();
    }
}

/// The fenced blocks of warden-recipes(7)'s cron and CI sections (from
/// "What scripts can rely on" to the syslog section), as (language, text).
fn recipe_blocks() -> Vec<(String, String)> {
    let page = crate::topics::source("warden-recipes.7");
    let start = page
        .find("\n## What scripts can rely on\n")
        .expect("warden-recipes(7) has a section What scripts can rely on");
    let section = &page[start + 1..];
    let section = section
        .find("\n## Logins in syslog\n")
        .map_or(section, |end| &section[..end + 1]);
    let mut blocks = Vec::new();
    let mut lines = section.lines();
    while let Some(line) = lines.next() {
        if let Some(language) = line.strip_prefix("```") {
            let body: Vec<&str> = lines.by_ref().take_while(|l| *l != "```").collect();
            blocks.push((language.to_string(), body.join("\n") + "\n"));
        }
    }
    blocks
}

/// A machine for the recipes: the database where the README puts it,
/// `/var/...` rooted in the sandbox, warden and a fake restic first on
/// PATH, and a work folder for the files the recipes read.
fn machine() -> Sandbox {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("var/lib/warden/warden.db");
    let sb = Sandbox {
        dir,
        db,
        schema: None,
    };
    for folder in ["bin", "work", "var/backups/warden"] {
        std::fs::create_dir_all(sb.path(folder)).unwrap();
    }
    std::os::unix::fs::symlink(BIN, sb.path("bin/warden")).unwrap();
    let restic = sb.path("bin/restic");
    std::fs::write(
        &restic,
        "#!/usr/bin/env bash\n\
         # Stands in for `restic -r REPO snapshots --json`: four nightly snapshots;\n\
         # `restic -r REPO forget ID...` notes the ids in forgotten.txt.\n\
         if [ \"$1 $3\" = '-r forget' ]; then shift 3; echo \"$*\" >> forgotten.txt; exit 0; fi\n\
         [ \"$1 $3 $4\" = '-r snapshots --json' ] || { echo \"restic: unexpected $*\" >&2; exit 1; }\n\
         echo '[{\"time\":\"2026-02-25T02:00:04.512345678+01:00\",\"id\":\"a1\"},\
         {\"time\":\"2026-02-26T02:00:03.1+01:00\",\"id\":\"b2\"},\
         {\"time\":\"2026-02-27T02:00:05+01:00\",\"id\":\"c3\"},\
         {\"time\":\"2026-02-28T02:00:02+01:00\",\"id\":\"d4\"}]'\n",
    )
    .unwrap();
    std::fs::set_permissions(&restic, std::fs::Permissions::from_mode(0o755)).unwrap();
    sb
}

/// `/var/...` paths at the start of a word, rooted in the machine.
fn rooted(sb: &Sandbox, text: &str) -> String {
    let root = sb.dir.path().display().to_string();
    let mut out = String::new();
    let mut previous = ' ';
    for (i, c) in text.char_indices() {
        if text[i..].starts_with("/var/") && matches!(previous, ' ' | '=' | '"' | '\'') {
            out.push_str(&root);
        }
        out.push(c);
        previous = c;
    }
    out
}

/// Runs a recipe with `program` (bash for scripts, sh for cron lines) in
/// the machine's work folder, with only the given environment besides
/// PATH, HOME, USER, the clock, TZ and NO_COLOR.
fn run_recipe(sb: &Sandbox, program: &[&str], text: &str, env: &[(String, String)]) -> Outcome {
    let path = format!(
        "{}:{}",
        sb.path("bin").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut cmd = Command::new(program[0]);
    cmd.args(&program[1..])
        .arg(text)
        .env_clear()
        .env("PATH", path)
        .env("HOME", sb.dir.path())
        .env("USER", "tester")
        .env("TZ", "UTC")
        .env("NO_COLOR", "1")
        .env("WARDEN_NOW", NOW)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .current_dir(sb.path("work"));
    run_command(&mut cmd, b"")
}

fn work_file(sb: &Sandbox, name: &str, text: &str) {
    std::fs::write(sb.path("work").join(name), text).unwrap();
}

fn create_account(sb: &Sandbox, name: &str) {
    sb.run_with(
        &["account", "create", name, "--password-stdin"],
        ACCOUNT_PASSWORD,
    )
    .ok();
}

/// Sets notify.command to a sendmail that keeps what it is given.
fn mail_to_a_fake_sendmail(sb: &Sandbox) {
    let sendmail = crate::notify::fake_sendmail(sb, "");
    sb.run(&[
        "settings",
        "set",
        "notify.command",
        sendmail.to_str().unwrap(),
    ])
    .ok();
}

/// What a recipe needs before it runs, and what it must have done after
/// running twice (the two outcomes are given).
struct Recipe {
    /// Text that names the recipe: found in its block and no other.
    key: &'static str,
    setup: fn(&Sandbox),
    check: fn(&Sandbox, &Outcome, &Outcome),
}

fn recipes() -> Vec<Recipe> {
    vec![
        Recipe {
            key: "warden init",
            setup: |_| {},
            check: |sb, _, _| {
                let alice = sb.run(&["--json", "user", "show", "alice"]).json();
                assert_eq!(alice["roles"], serde_json::json!(["operator"]));
                assert_eq!(alice["email"], "alice@acme.example");
                let bob = sb.run(&["--json", "user", "show", "bob"]).json();
                assert_eq!(bob["roles"], serde_json::json!(["auditor"]));
                let auditor = sb.run(&["--json", "role", "show", "auditor"]).json();
                assert_eq!(
                    auditor["permissions"],
                    serde_json::json!(["audit.read", "reports.read"])
                );
                let actors: Vec<String> = sb
                    .run(&["--json", "audit"])
                    .json()
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|e| e["actor"].as_str().unwrap().to_string())
                    .collect();
                assert!(actors.iter().all(|a| a == "ci"), "{actors:?}");
                sb.run_with(
                    &["user", "verify", "alice", "--password-stdin"],
                    USER_PASSWORD,
                )
                .ok();
            },
        },
        Recipe {
            key: "site.toml",
            setup: |sb| {
                sb.init();
                work_file(
                    sb,
                    "site.toml",
                    "[[roles]]\nname = \"helpdesk\"\npermissions = [\"users.read\"]\n\n\
                     [[users]]\nname = \"dora\"\nemail = \"dora@acme.example\"\nroles = [\"helpdesk\"]\n",
                );
            },
            check: |sb, first, second| {
                assert!(first.stdout.contains("+ role helpdesk"), "{}", first.stdout);
                assert!(first.stdout.contains("+ user dora"), "{}", first.stdout);
                assert!(second.stdout.contains("No changes"), "{}", second.stdout);
                let dora = sb.run(&["--json", "user", "show", "dora"]).json();
                assert_eq!(dora["roles"], serde_json::json!(["helpdesk"]));
            },
        },
        Recipe {
            key: "user import",
            setup: |sb| {
                sb.init();
                sb.run(&[
                    "user",
                    "add",
                    "bob",
                    "--no-password",
                    "--email",
                    "bob@old.example",
                ])
                .ok();
                work_file(
                    sb,
                    "staff.csv",
                    &format!(
                        "username,email,roles,password\nalice,alice@acme.example,operator,{USER_PASSWORD}\nbob,bob@acme.example,viewer,\n"
                    ),
                );
            },
            check: |sb, first, second| {
                assert!(
                    first.stdout.contains("1 created, 1 updated"),
                    "{}",
                    first.stdout
                );
                assert!(
                    second.stdout.contains("0 created, 0 updated, 2 unchanged"),
                    "{}",
                    second.stdout
                );
                let bob = sb.run(&["--json", "user", "show", "bob"]).json();
                assert_eq!(bob["email"], "bob@acme.example");
                assert_eq!(bob["roles"], serde_json::json!(["viewer"]));
                sb.run_with(
                    &["user", "verify", "alice", "--password-stdin"],
                    USER_PASSWORD,
                )
                .ok();
            },
        },
        Recipe {
            key: "account disable -",
            setup: |sb| {
                sb.init();
                for name in ["acme-eu", "beta", "gamma"] {
                    create_account(sb, name);
                }
                work_file(
                    sb,
                    "accounts-to-disable.txt",
                    "# closed in March\nacme-eu\n\n  beta\nacme-eu\n",
                );
            },
            check: |sb, _, _| {
                let disabled = sb
                    .run(&["--json", "account", "list", "--state", "disabled"])
                    .json();
                let names: Vec<&str> = disabled
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| a["name"].as_str().unwrap())
                    .collect();
                assert_eq!(names, ["acme-eu", "beta"]);
            },
        },
        Recipe {
            key: "user disable -",
            setup: |sb| {
                sb.init();
                for name in ["sam", "tina", "uwe"] {
                    sb.run(&["user", "add", name, "--no-password"]).ok();
                }
                work_file(sb, "leavers.txt", "sam\ntina\n");
            },
            check: |sb, first, second| {
                assert_eq!(first.stdout, "sam\ntina\n");
                assert_eq!(second.stdout, "", "nobody is disabled twice");
                let disabled = sb.run(&["--json", "user", "list", "--disabled"]).json();
                assert_eq!(disabled.as_array().unwrap().len(), 2);
                // An unknown name fails the pipeline and disables nobody.
                work_file(sb, "leavers.txt", "uwe\nghost\n");
                let block = recipe_blocks()
                    .into_iter()
                    .find(|(_, text)| text.contains("user disable -"))
                    .unwrap()
                    .1;
                let env = [("WARDEN_DB".to_string(), sb.db.display().to_string())];
                let out = run_recipe(sb, &["bash", "-euo", "pipefail", "-c"], &block, &env);
                out.code(3);
                assert!(sb.user_column::<bool>("uwe", "enabled"));
            },
        },
        Recipe {
            key: "strategy apply nightly --to -",
            setup: |sb| {
                sb.init();
                create_account(sb, "acme");
                create_account(sb, "beta");
                work_file(sb, "customer-accounts.txt", "acme\nbeta\n# more to come\n");
            },
            check: |sb, _, _| {
                let nightly = sb.run(&["--json", "strategy", "show", "nightly"]).json();
                assert_eq!(nightly["accounts"], serde_json::json!(["acme", "beta"]));
                assert_eq!(nightly["keep_daily"], 14);
            },
        },
        Recipe {
            key: "--forget-ids | xargs -r restic",
            setup: |sb| {
                sb.init();
                sb.run(&[
                    "strategy",
                    "create",
                    "nightly",
                    "--schedule",
                    "daily@02:00",
                    "--keep-daily",
                    "2",
                ])
                .ok();
                // What the previous recipe left.
                let snaps = run_command(
                    Command::new(sb.path("bin/restic")).args([
                        "-r",
                        "/srv/restic/acme",
                        "snapshots",
                        "--json",
                    ]),
                    b"",
                );
                work_file(sb, "snaps.json", &snaps.stdout);
            },
            check: |sb, first, second| {
                assert_eq!((first.stdout.as_str(), second.stdout.as_str()), ("", ""));
                let forgotten = std::fs::read_to_string(sb.path("work/forgotten.txt")).unwrap();
                assert_eq!(forgotten, "a1 b2\na1 b2\n", "the two oldest, each run");
            },
        },
        Recipe {
            key: "strategy preview nightly --snapshots snaps.json | jq",
            setup: |sb| {
                sb.init();
                sb.run(&[
                    "strategy",
                    "create",
                    "nightly",
                    "--schedule",
                    "daily@02:00",
                    "--keep-daily",
                    "2",
                ])
                .ok();
            },
            check: |_, first, second| {
                assert_eq!(first.stdout, "2\n", "two of four days are dropped");
                assert_eq!(second.stdout, first.stdout);
            },
        },
        Recipe {
            key: "db backup --force",
            setup: |sb| sb.init(),
            check: |sb, first, second| {
                let copy = sb.path("var/backups/warden/warden.db");
                assert_eq!(mode(&copy), 0o600);
                let admin = sb.run(&[
                    "--db",
                    copy.to_str().unwrap(),
                    "--json",
                    "user",
                    "show",
                    "admin",
                ]);
                assert_eq!(admin.ok().json()["username"], "admin");
                // Quiet: nothing when the copy is sound.
                for out in [first, second] {
                    assert_eq!((out.stdout.as_str(), out.stderr.as_str()), ("", ""));
                }
            },
        },
        Recipe {
            key: "maintenance",
            setup: |sb| {
                sb.init();
                // Queued ten days ago, so its grace period is over.
                let ten_days_ago = |args: &[&str], stdin: &str| {
                    let mut cmd = sb.command();
                    cmd.env("WARDEN_NOW", "2026-02-19T12:00:00Z").args(args);
                    run_command(&mut cmd, stdin.as_bytes()).ok();
                };
                ten_days_ago(
                    &["account", "create", "old", "--password-stdin"],
                    ACCOUNT_PASSWORD,
                );
                ten_days_ago(&["account", "disable", "old"], "");
                ten_days_ago(&["--yes", "account", "delete", "old"], "");
                sb.run(&[
                    "user",
                    "add",
                    "carol",
                    "--no-password",
                    "--email",
                    "carol@example.com",
                    "--expires",
                    "2026-03-10",
                ])
                .ok();
                mail_to_a_fake_sendmail(sb);
            },
            check: |sb, first, second| {
                // Quiet: what it did is in the audit log, not in cron's mail.
                assert_eq!((first.stdout.as_str(), first.stderr.as_str()), ("", ""));
                let purged = sb
                    .run(&["--json", "audit", "--action", "account.purge"])
                    .json();
                assert_eq!(purged.as_array().unwrap().len(), 1, "{purged}");
                sb.run(&["account", "show", "old"]).code(3);
                let mail = crate::notify::delivered(sb);
                assert_eq!(mail.len(), 1, "one reminder: {mail:?}");
                assert!(mail[0].contains("To: carol@example.com"), "{}", mail[0]);
                // Nothing left to do: nothing printed, so cron mails nothing.
                assert_eq!((second.stdout.as_str(), second.stderr.as_str()), ("", ""));
            },
        },
        Recipe {
            key: "expiring --within",
            setup: |sb| {
                sb.init();
                sb.run(&[
                    "user",
                    "add",
                    "carol",
                    "--no-password",
                    "--expires",
                    "2026-03-10",
                ])
                .ok();
                sb.run(&[
                    "user",
                    "add",
                    "dan",
                    "--no-password",
                    "--expires",
                    "2026-06-01",
                ])
                .ok();
            },
            check: |_, first, second| {
                assert!(first.stdout.contains("carol"), "{}", first.stdout);
                assert!(!first.stdout.contains("dan"), "{}", first.stdout);
                assert_eq!(second.stdout, first.stdout);
            },
        },
        Recipe {
            key: "notify send",
            setup: |sb| {
                sb.init();
                mail_to_a_fake_sendmail(sb);
                sb.run(&[
                    "user",
                    "add",
                    "erin",
                    "--no-password",
                    "--email",
                    "erin@example.com",
                    "--welcome",
                ])
                .ok();
            },
            check: |sb, first, second| {
                let mail = crate::notify::delivered(sb);
                assert_eq!(mail.len(), 1, "sent once: {mail:?}");
                assert!(mail[0].contains("To: erin@example.com"), "{}", mail[0]);
                for out in [first, second] {
                    assert_eq!((out.stdout.as_str(), out.stderr.as_str()), ("", ""));
                }
            },
        },
    ]
}

/// The commands of a crontab block, each checked as cron reads it; its
/// variable lines (but cron's own PATH, which a test replaces with one
/// that finds warden) go to `crontab`.
fn cron_lines(text: &str, crontab: &mut Vec<(String, String)>) -> Vec<String> {
    let mut lines = Vec::new();
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        if let Some((name, value)) = line
            .split_once('=')
            .filter(|(n, _)| n.chars().all(|c| c.is_ascii_uppercase() || c == '_'))
        {
            if name != "PATH" {
                crontab.push((name.to_string(), value.to_string()));
            }
            continue;
        }
        let mut rest = line;
        let mut fields = Vec::new();
        for _ in 0..5 {
            let end = rest
                .find(char::is_whitespace)
                .unwrap_or_else(|| panic!("not a crontab line: {line}"));
            fields.push(&rest[..end]);
            rest = rest[end..].trim_start();
        }
        warden::schedule::Schedule::parse(&fields.join(" "))
            .unwrap_or_else(|e| panic!("{line}: bad time fields: {}", e.message));
        assert!(!rest.contains('%'), "cron turns % into a new line: {line}");
        lines.push(rest.to_string());
    }
    lines
}

/// The maintenance timer's command as its service runs it: the program
/// (`warden` on PATH in place of /usr/bin/warden) and its environment.
fn timer_command() -> (String, Vec<(String, String)>) {
    let unit = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/systemd/warden-maintenance.service"),
    )
    .expect("the maintenance service");
    let mut command = None;
    let mut env = Vec::new();
    for line in unit.lines() {
        if let Some(exec) = line.strip_prefix("ExecStart=") {
            command = Some(exec.replacen("/usr/bin/warden", "warden", 1));
        }
        if let Some((name, value)) = line
            .strip_prefix("Environment=")
            .and_then(|pair| pair.split_once('='))
        {
            env.push((name.to_string(), value.to_string()));
        }
    }
    (command.expect("an ExecStart line"), env)
}

#[test]
fn the_readme_cron_lines_and_the_timer_print_nothing_on_a_healthy_database() {
    let mut crontab = Vec::new();
    let mut commands = Vec::new();
    for (language, text) in recipe_blocks() {
        if language == "cron" {
            commands.extend(cron_lines(&text, &mut crontab));
        }
    }
    assert!(commands.len() >= 4, "{commands:?}");
    let (timer, timer_env) = timer_command();
    assert!(timer.contains("--quiet"), "{timer}");

    // A healthy database with work to do: mail to send, a user expiring
    // in a month, an account queued for deletion whose grace has passed.
    let sb = machine();
    sb.init();
    mail_to_a_fake_sendmail(&sb);
    sb.run(&[
        "user",
        "add",
        "erin",
        "--no-password",
        "--email",
        "erin@example.com",
        "--welcome",
        "--expires",
        "2026-04-15",
    ])
    .ok();
    let mut cmd = sb.command();
    cmd.env("WARDEN_NOW", "2026-02-19T12:00:00Z").args([
        "account",
        "create",
        "old",
        "--password-stdin",
    ]);
    run_command(&mut cmd, ACCOUNT_PASSWORD.as_bytes()).ok();
    sb.run(&["account", "disable", "old"]).ok();
    let mut cmd = sb.command();
    cmd.env("WARDEN_NOW", "2026-02-19T12:00:00Z")
        .args(["--yes", "account", "delete", "old"]);
    run_command(&mut cmd, b"").ok();

    let env: Vec<(String, String)> = crontab
        .iter()
        .map(|(name, value)| (name.clone(), rooted(&sb, value)))
        .collect();
    let mut all: Vec<(String, Vec<(String, String)>)> = commands
        .iter()
        .map(|line| (rooted(&sb, line), env.clone()))
        .collect();
    let mut with_db = timer_env.clone();
    with_db.push(("WARDEN_DB".into(), sb.db.display().to_string()));
    all.push((timer.clone(), with_db.clone()));
    for _ in 0..2 {
        for (line, env) in &all {
            let out = run_recipe(&sb, &["sh", "-c"], line, env);
            assert_eq!(
                (out.code, out.stdout.as_str(), out.stderr.as_str()),
                (0, "", ""),
                "{line}"
            );
        }
    }
    // The work was done, silently: the account purged, the mail sent.
    sb.run(&["account", "show", "old"]).code(3);
    assert_eq!(crate::notify::delivered(&sb).len(), 1);

    // Mail that cannot leave is said once, by db check, not by maintenance.
    sb.run(&["settings", "set", "notify.command", ""]).ok();
    sb.run(&[
        "user",
        "add",
        "fred",
        "--no-password",
        "--email",
        "fred@example.com",
        "--welcome",
    ])
    .ok();
    let out = run_recipe(&sb, &["sh", "-c"], &timer, &with_db);
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.as_str()),
        (0, "", "")
    );
    let check = run_recipe(&sb, &["sh", "-c"], "warden --quiet db check", &with_db);
    assert_eq!((check.code, check.stdout.as_str()), (0, ""));
    assert_eq!(check.stderr.lines().count(), 1, "{}", check.stderr);
    assert!(
        check
            .stderr
            .starts_with("warning: 1 notification waits to be sent, and notify.command is not set"),
        "{}",
        check.stderr
    );
}

#[test]
fn every_readme_recipe_runs_twice_without_harm() {
    let blocks = recipe_blocks();
    let recipes = recipes();
    let mut used = vec![0; recipes.len()];
    let mut crontab: Vec<(String, String)> = Vec::new();
    let mut commands = 0;
    // Recipes that pipe into jq run only where it is installed.
    let jq = crate::tools::have(
        "jq",
        "jq",
        "every_readme_recipe_runs_twice_without_harm (the recipes that use jq)",
    );
    for (language, text) in &blocks {
        // A recipe is one shell script, or one crontab line.
        let runs: Vec<(Vec<&str>, String)> = match language.as_str() {
            "sh" => vec![(vec!["bash", "-euo", "pipefail", "-c"], text.clone())],
            "cron" => cron_lines(text, &mut crontab)
                .into_iter()
                .map(|line| (vec!["sh", "-c"], line))
                .collect(),
            other => panic!("a recipe block that no test runs: ```{other}\n{text}"),
        };
        for (program, script) in runs {
            commands += 1;
            let matching: Vec<usize> = (0..recipes.len())
                .filter(|&i| script.contains(recipes[i].key))
                .collect();
            assert_eq!(
                matching.len(),
                1,
                "recipes matching {script:?}: {matching:?}"
            );
            let recipe = &recipes[matching[0]];
            used[matching[0]] += 1;
            if !jq && script.contains("| jq") {
                continue;
            }
            let sb = machine();
            (recipe.setup)(&sb);
            let mut env: Vec<(String, String)> = crontab
                .iter()
                .map(|(name, value)| (name.clone(), rooted(&sb, value)))
                .collect();
            if program[0] == "bash" {
                // A CI job or provisioning script sets these itself.
                env.extend(
                    [
                        ("WARDEN_DB", sb.db.display().to_string()),
                        ("CI_ADMIN_PASSWORD", PASSWORD.to_string()),
                        ("CI_ALICE_PASSWORD", USER_PASSWORD.to_string()),
                        ("REPO", "/srv/restic/acme".to_string()),
                    ]
                    .map(|(k, v)| (k.to_string(), v)),
                );
            }
            let script = rooted(&sb, &script);
            let first = run_recipe(&sb, &program, &script, &env);
            assert_eq!(first.code, 0, "{script}\nfirst run: {first:#?}");
            let after_first = dump(&sb.db);
            let second = run_recipe(&sb, &program, &script, &env);
            assert_eq!(second.code, 0, "{script}\nsecond run: {second:#?}");
            assert_unchanged(
                &after_first,
                &dump(&sb.db),
                &format!("a second run of {script}"),
            );
            (recipe.check)(&sb, &first, &second);
        }
    }
    for (recipe, n) in recipes.iter().zip(&used) {
        assert_eq!(
            *n, 1,
            "warden-recipes(7) has {n} recipes with {:?}",
            recipe.key
        );
    }
    assert!(
        crontab.iter().any(|(name, _)| name == "WARDEN_DB"),
        "the crontab names the database"
    );
    assert_eq!(commands, recipes.len());
}

/// `printf … | warden … --if-not-exists --password-stdin` in a script with
/// `set -o pipefail`: when the user or account exists, warden still reads
/// the line it was handed, so the writer never dies of SIGPIPE and the
/// script goes on. The writer is slowed so that, without the read, warden
/// would always be gone before it writes.
#[test]
fn an_unneeded_piped_password_is_read_so_pipefail_scripts_go_on() {
    let sb = Sandbox::initialised();
    sb.add_user("alice", &[]);
    sb.run_with(
        &["account", "create", "acme", "--password-stdin"],
        "acme-secret-pass-horse\n",
    )
    .ok();
    for command in [
        "warden user add alice --if-not-exists --password-stdin",
        "warden account create acme --if-not-exists --password-stdin",
    ] {
        let script = format!(
            "set -euo pipefail; (sleep 0.3; printf '%s\\n' violet-harbor-lantern) | {command}; echo after"
        );
        let bin_dir = std::path::Path::new(BIN).parent().unwrap().to_path_buf();
        let mut bash = std::process::Command::new("bash");
        bash.env_clear()
            .env("PATH", format!("{}:/usr/bin:/bin", bin_dir.display()))
            .env("HOME", sb.dir.path())
            .env("WARDEN_DB", &sb.db)
            .env("WARDEN_NOW", NOW)
            .env("TZ", "UTC")
            .args(["-c", &script]);
        let out = run_command(&mut bash, b"");
        assert_eq!(out.code, 0, "{command}: {out:?}");
        assert!(out.stdout.ends_with("after\n"), "{command}: {out:?}");
    }
}
