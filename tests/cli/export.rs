//! `warden user export`: the import fields, with hashes only on request.

use std::os::unix::fs::PermissionsExt;
use std::process::Stdio;

use crate::common::*;

fn seeded() -> Sandbox {
    let sb = Sandbox::initialised();
    sb.add_account("acme", &[]);
    sb.add_user(
        "alice",
        &[
            "--email",
            "alice@example.com",
            "--first-name",
            "Alice",
            "--last-name",
            "O'Hara, Jr.",
            "--role",
            "operator",
            "--role",
            "viewer",
            "--allowed-ip",
            "203.0.113.0/24",
            "--allowed-ip",
            "2001:db8::/32",
            "--expires",
            "2027-01-01T00:00:00Z",
            "--credit-limit",
            "500",
            "--account",
            "acme",
            "--no-notify",
        ],
    );
    sb.run(&["user", "add", "bob", "--no-password"]).ok();
    sb.run(&["user", "disable", "bob"]).ok();
    sb
}

fn lines(out: &Outcome) -> Vec<serde_json::Value> {
    out.stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

#[test]
fn jsonl_export_carries_the_import_fields_and_no_hash_by_default() {
    let sb = seeded();
    let out = sb.run(&["user", "export"]);
    out.ok();
    assert!(!out.stdout.contains("$argon2"), "{}", out.stdout);
    assert!(out.stderr.contains("Exported 3 users."), "{}", out.stderr);
    let users = lines(&out);
    let names: Vec<&str> = users
        .iter()
        .map(|u| u["username"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["admin", "alice", "bob"]);
    let alice = &users[1];
    let mut keys: Vec<&str> = alice
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "account",
            "active_role",
            "allowed_ips",
            "credit_limit",
            "email",
            "enabled",
            "expires",
            "first_name",
            "last_name",
            "notify",
            "phone",
            "roles",
            "username",
        ]
    );
    assert_eq!(alice["roles"], serde_json::json!(["operator", "viewer"]));
    assert_eq!(alice["active_role"], "operator");
    assert_eq!(
        alice["allowed_ips"],
        serde_json::json!(["2001:db8::/32", "203.0.113.0/24"])
    );
    assert_eq!(alice["expires"], "2027-01-01T00:00:00Z");
    assert_eq!(alice["credit_limit"], 500);
    assert_eq!(alice["account"], "acme");
    assert_eq!(alice["notify"], false);
    assert_eq!(alice["last_name"], "O'Hara, Jr.");
    assert_eq!(users[2]["enabled"], false);
    // Filters as `user list` has them.
    let out = sb.run(&["user", "export", "--disabled"]);
    assert_eq!(lines(&out).len(), 1);
    let out = sb.run(&["user", "export", "--role", "viewer"]);
    assert_eq!(lines(&out).len(), 1);
    sb.run(&["user", "export", "--role", "nope"]).code(3);
    sb.run(&["user", "export", "--format", "xml"]).code(2);
}

#[test]
fn hashes_leave_only_when_asked_and_match_the_stored_ones() {
    let sb = seeded();
    let out = sb.run(&["user", "export", "--include-hashes"]);
    out.ok();
    let users = lines(&out);
    for u in &users {
        let name = u["username"].as_str().unwrap();
        let stored: Option<String> = sb.user_column(name, "password_hash");
        match stored {
            Some(hash) => {
                assert!(hash.starts_with("$argon2id$"));
                assert_eq!(u["password_hash"], hash.as_str(), "{name}");
            }
            None => assert!(u.get("password_hash").is_none(), "{name}: {u}"),
        }
    }
    assert!(
        out.stderr.contains("with password hashes"),
        "{}",
        out.stderr
    );
    // Never a plain password, and no secret in the audit log.
    assert!(!out.stdout.contains(USER_PASSWORD) && !out.stdout.contains(PASSWORD));
}

#[test]
fn csv_export_has_the_import_header_and_joined_lists() {
    let sb = seeded();
    let out = sb.run(&["user", "export", "--format", "csv", "--include-hashes"]);
    out.ok();
    let mut reader = csv::Reader::from_reader(out.stdout.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(
        header,
        [
            "username",
            "email",
            "first_name",
            "last_name",
            "phone",
            "roles",
            "active_role",
            "account",
            "enabled",
            "notify",
            "password",
            "password_hash",
            "allowed_ips",
            "expires",
            "credit_limit",
        ]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 3);
    let alice = &records[1];
    assert_eq!(&alice[0], "alice");
    assert_eq!(&alice[3], "O'Hara, Jr.");
    assert_eq!(&alice[5], "operator;viewer");
    assert_eq!(&alice[10], "", "a plain password is never exported");
    assert!(alice[11].starts_with("$argon2id$"));
    assert_eq!(&alice[12], "2001:db8::/32;203.0.113.0/24");
    assert_eq!(&alice[13], "2027-01-01T00:00:00Z");
    let bob = &records[2];
    assert_eq!((&bob[8], &bob[11]), ("false", ""));
}

#[test]
fn hashes_written_to_a_file_others_can_read_get_a_warning() {
    let sb = seeded();
    for (mode, warned) in [(0o644, true), (0o600, false)] {
        let path = sb.path("users.jsonl");
        let _ = std::fs::remove_file(&path);
        let file = std::fs::File::create(&path).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        let out = sb
            .command()
            .args(["user", "export", "--include-hashes"])
            .stdout(Stdio::from(file))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            stderr.contains("others may read"),
            warned,
            "{mode:o}: {stderr}"
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap().lines().count(), 3);
    }
}

#[test]
fn json_export_is_the_array_that_json_prints() {
    let sb = seeded();
    let jsonl = lines(sb.run(&["user", "export"]).ok());
    let out = sb.run(&["user", "export", "--format", "json"]);
    let array = out.ok().json();
    assert_eq!(array, serde_json::Value::Array(jsonl.clone()));
    assert_eq!(sb.run(&["--json", "user", "export"]).ok().json(), array);
    // As `user list --format json` takes it.
    assert!(sb
        .run(&["user", "list", "--format", "json"])
        .ok()
        .json()
        .is_array());
    let hashes = sb.run(&["user", "export", "--format", "json", "--include-hashes"]);
    let admin = &hashes.ok().json()[0];
    assert_eq!(admin["username"], "admin");
    assert!(
        admin["password_hash"]
            .as_str()
            .is_some_and(|h| h.starts_with("$argon2id$")),
        "{admin}"
    );
    assert!(jsonl[0]["password_hash"].is_null(), "{}", jsonl[0]);
}
