//! `--json` on every leaf of the command tree: one JSON document on
//! stdout, or one JSON error on stderr with the exit code in it.

use serde_json::Value;

use super::*;

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

/// A small apply file: one role.
const HELPDESK: &str = "[[roles]]\nname = \"helpdesk\"\npermissions = [\"users.read\"]\n";

/// Every leaf of the command tree, as its words ("user add", "audit"): a
/// command that runs on its own, without a subcommand (`audit` lists, and
/// has `audit verify` and `audit head` below it).
fn leaves() -> Vec<String> {
    fn walk(cmd: &clap::Command, path: &str, found: &mut Vec<String>) {
        let mut subs = cmd.get_subcommands().peekable();
        if subs.peek().is_none() || (!path.is_empty() && !cmd.is_subcommand_required_set()) {
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
    let archives = sb.path("archives");
    std::fs::create_dir_all(&archives).unwrap();
    let archives = archives.to_str().unwrap();
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
        ok("audit head", &[]),
        ok("audit verify", &[]),
        fails(2, "audit verify", &["--head", "1:abc"]),
        ok(
            "audit archive",
            &["--before", "2000-01-01", "--to", archives],
        ),
        ok("audit archive", &["--before", "1d", "--to", archives]),
        fails(1, "audit archive", &["--before", "1d", "--to", missing]),
        ok("audit verify", &["--archive", archives]),
        ok("audit", &["--archive", archives, "--limit", "2"]),
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
