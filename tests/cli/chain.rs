//! The SHA-256 chain over the audit log: `audit head`, `audit verify`, and
//! an attacker with write access to the database trying to rewrite history
//! past the append-only triggers.

use std::os::unix::net::UnixDatagram;
use std::time::Duration;

use crate::common::*;

/// A sandbox with some history: an admin, users added, one disabled.
fn with_history() -> Sandbox {
    let sb = Sandbox::initialised();
    for name in ["alice", "bob", "carol", "dave"] {
        sb.add_user(name, &[]);
    }
    sb.run(&["user", "disable", "dave"]).ok();
    sb
}

fn head(sb: &Sandbox) -> String {
    let out = sb.run(&["audit", "head"]);
    out.ok();
    out.stdout.trim().to_string()
}

fn last_event(sb: &Sandbox) -> i64 {
    sb.sql()
        .query_row("SELECT max(id) FROM events", [], |r| r.get(0))
        .unwrap()
}

/// Runs `sql` as an attacker who can write the database: the triggers
/// that refuse changes are switched off first and put back after, so
/// nothing shows but the change itself.
fn behind_the_triggers(sb: &Sandbox, sql: &str) {
    let db = sb.sql();
    if on_postgres() {
        db.execute_batch(&format!(
            "ALTER TABLE events DISABLE TRIGGER USER; ALTER TABLE event_links DISABLE TRIGGER USER;
             {sql};
             ALTER TABLE events ENABLE TRIGGER USER; ALTER TABLE event_links ENABLE TRIGGER USER;"
        ))
        .unwrap();
        return;
    }
    let mut stmt = db
        .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name IN ('events', 'event_links')")
        .unwrap();
    let triggers: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    drop(stmt);
    assert_eq!(triggers.len(), 4, "{triggers:?}");
    for (name, _) in &triggers {
        db.execute_batch(&format!("DROP TRIGGER {name}")).unwrap();
    }
    db.execute_batch(sql).unwrap();
    for (_, create) in &triggers {
        db.execute_batch(create).unwrap();
    }
}

#[test]
fn the_head_covers_every_event_and_verify_checks_them_all() {
    let sb = with_history();
    let line = head(&sb);
    let (id, hash) = line.split_once(':').expect("ID:HASH");
    assert_eq!(id.parse::<i64>().unwrap(), last_event(&sb));
    assert_eq!(hash.len(), 64);
    assert!(hash
        .bytes()
        .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
    // Every event has its link, the head's is the newest.
    let links: i64 = sb
        .sql()
        .query_row("SELECT count(*) FROM event_links", [], |r| r.get(0))
        .unwrap();
    let events: i64 = sb
        .sql()
        .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
        .unwrap();
    assert_eq!(links, events);

    let out = sb.run(&["audit", "verify"]);
    out.ok();
    assert!(
        out.stdout.contains(&format!("Checked {events} events")),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("the chain is intact"), "{}", out.stdout);
    assert!(
        out.stdout.contains(&format!("head {line}")),
        "{}",
        out.stdout
    );
    sb.run(&["audit", "verify", "--head", &line]).ok();

    // New events are chained by the next look: the head moves on.
    sb.add_user("erin", &[]);
    let later = head(&sb);
    assert_ne!(later, line);
    sb.run(&["audit", "verify", "--head", &line]).ok();
    let json = sb.run(&["--json", "audit", "verify"]).json();
    assert_eq!(json["intact"], true);
    assert_eq!(json["problems"], serde_json::json!([]));
    assert_eq!(json["head"]["id"].as_i64(), Some(last_event(&sb)));

    // For cron: a quiet verify of an intact chain prints nothing; the head
    // is data, printed even so.
    let quiet = sb.run(&["--quiet", "audit", "verify"]);
    quiet.ok();
    assert_eq!(quiet.stdout, "");
    assert_eq!(
        sb.run(&["--quiet", "audit", "head"]).stdout.trim(),
        head(&sb)
    );

    // A head that is not one is a usage error.
    let out = sb.run(&["audit", "verify", "--head", "12:nothex"]);
    out.code(2);
    assert!(out.stderr.contains("is not ID:HASH"), "{}", out.stderr);
}

#[test]
fn each_rewrite_of_history_is_named_with_its_event_and_exit_9() {
    type Attack = (&'static str, fn(i64, i64) -> String, &'static str);
    let attacks: [Attack; 4] = [
        (
            "details changed",
            |id, _| {
                format!("UPDATE events SET details = '{{\"note\":\"nothing happened\"}}' WHERE id = {id}")
            },
            "does not match its link",
        ),
        (
            "event deleted",
            |id, _| format!("DELETE FROM events WHERE id = {id}"),
            "was removed",
        ),
        (
            "event put in",
            |_, _| {
                "INSERT INTO events (id, at, actor, action, target, details) VALUES (0, 0, 'admin', 'user.delete', 'mallory', '{}')".to_string()
            },
            "event 0 has no link",
        ),
        (
            "two events swapped",
            |id, other| {
                format!(
                    "CREATE TEMP TABLE swapped AS SELECT id, target FROM events WHERE id IN ({id}, {other});
                     UPDATE events SET target = (SELECT target FROM swapped WHERE swapped.id = {sum} - events.id)
                      WHERE id IN ({id}, {other})",
                    sum = id + other
                )
            },
            "does not match its link",
        ),
    ];
    for (what, sql, said) in attacks {
        let sb = with_history();
        let line = head(&sb);
        // alice's and bob's creations: two events about different users.
        let created = |name: &str| -> i64 {
            sb.sql()
                .query_row(
                    "SELECT id FROM events WHERE action = 'user.create' AND target = ?1",
                    [name],
                    |r| r.get(0),
                )
                .unwrap()
        };
        let (target, other) = (created("alice"), created("bob"));
        behind_the_triggers(&sb, &sql(target, other));
        let out = sb.run(&["audit", "verify"]);
        out.code(9);
        assert!(out.stdout.contains(said), "{what}: {}", out.stdout);
        assert!(
            out.stdout.contains("the chain is BROKEN"),
            "{what}: {}",
            out.stdout
        );
        let json = sb.run(&["--json", "audit", "verify"]);
        json.code(9);
        let json = json.json();
        assert_eq!(json["intact"], false, "{what}");
        let ids: Vec<i64> = json["problems"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|p| p["id"].as_i64())
            .collect();
        let expected = match what {
            "event put in" => vec![0],
            "two events swapped" => vec![target, other],
            _ => vec![target],
        };
        assert_eq!(ids, expected, "{what}: {json}");
        // Quiet, a break still prints what it found (cron mails it).
        let quiet = sb.run(&["--quiet", "audit", "verify"]);
        quiet.code(9);
        assert!(quiet.stdout.contains(said), "{what}: {}", quiet.stdout);
        // The head kept elsewhere still matches: the break is inside.
        sb.run(&["audit", "verify", "--head", &line]).code(9);
    }
}

#[test]
fn a_chain_rewritten_consistently_passes_alone_and_fails_against_the_head_kept_elsewhere() {
    let sb = with_history();
    let kept = head(&sb);
    // The attacker changes an event, throws the links away and lets warden
    // chain the rewritten log from the start.
    behind_the_triggers(
        &sb,
        "UPDATE events SET actor = 'somebody-else' WHERE id = 2; DELETE FROM event_links",
    );
    let rewritten = head(&sb);
    assert_ne!(rewritten, kept);
    sb.run(&["audit", "verify"]).ok();
    let out = sb.run(&["audit", "verify", "--head", &kept]);
    out.code(9);
    let (id, _) = kept.split_once(':').unwrap();
    assert!(
        out.stdout.contains(&format!("event {id} has the link")),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("the log was rewritten"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_missing_trigger_is_reported_as_a_break() {
    let sb = with_history();
    let db = sb.sql();
    db.execute_batch(db.pick(
        "DROP TRIGGER events_no_delete",
        "ALTER TABLE events DISABLE TRIGGER events_no_delete",
    ))
    .unwrap();
    let out = sb.run(&["audit", "verify"]);
    out.code(9);
    assert!(
        out.stdout
            .contains("the audit log's protective trigger events_no_delete is"),
        "{}",
        out.stdout
    );
}

#[test]
fn the_links_are_append_only_as_the_events_are() {
    let sb = with_history();
    head(&sb);
    let db = sb.sql();
    for sql in [
        "UPDATE event_links SET link = link WHERE id = 1",
        "DELETE FROM event_links WHERE id = 1",
    ] {
        let err = db.execute_batch(sql).expect_err(sql);
        assert!(err.to_string().contains("append-only"), "{sql}: {err}");
    }
    sb.run(&["audit", "verify"]).ok();
}

#[test]
fn an_upgrade_chains_the_events_already_there() {
    let sb = with_history();
    let events = last_event(&sb);
    // As a version 4 database left it: no links, no table for them.
    let db = sb.sql();
    db.execute_batch(db.pick(BEFORE_ARCHIVES.0, BEFORE_ARCHIVES.1))
        .unwrap();
    db.execute_batch(db.pick(
        "DROP TABLE event_links; PRAGMA user_version = 4",
        "DROP TABLE event_links; DROP FUNCTION warden_links_append_only();
         UPDATE warden_meta SET schema_version = 4",
    ))
    .unwrap();
    drop(db);
    sb.run(&["user", "list"]).ok();
    let links: i64 = sb
        .sql()
        .query_row("SELECT count(*) FROM event_links", [], |r| r.get(0))
        .unwrap();
    assert_eq!(links, events);
    sb.run(&["audit", "verify"]).ok();
}

#[test]
fn maintenance_sends_the_head_to_the_system_log() {
    let sb = with_history();
    let socket = sb.path("log.sock");
    let reader = UnixDatagram::bind(&socket).unwrap();
    reader
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let out = run_command(
        sb.command()
            .env("WARDEN_SYSLOG_SOCKET", &socket)
            .args(["--json", "maintenance"]),
        b"",
    );
    out.ok();
    let reported = out.json()["audit_head"].as_str().unwrap().to_string();
    let mut buf = [0u8; 1024];
    let n = reader.recv(&mut buf).expect("a syslog line");
    let line = String::from_utf8_lossy(&buf[..n]).to_string();
    assert!(line.contains("warden"), "{line}");
    assert!(line.ends_with(&format!("audit head {reported}")), "{line}");
    // The same line `audit head` prints.
    assert_eq!(head(&sb), reported);
}

#[test]
fn on_postgres_an_event_committed_late_is_chained_in_its_place() {
    crate::postgres_only!();
    use warden::unstable::store::events::{insert, NewEvent};
    let sb = with_history();
    head(&sb);
    let details = serde_json::json!({});
    let event = NewEvent {
        at: 1_772_366_400,
        actor: "late",
        action: "user.login",
        target: "alice",
        details: &details,
        credits: None,
    };
    // A transaction records an event as warden does, drawing its id, and
    // stays open; another event commits after it with a larger id.
    let late = sb.sql();
    late.execute_batch("BEGIN").unwrap();
    let late_id = insert(&late, &event).unwrap();
    sb.add_user("erin", &[]);
    assert!(last_event(&sb) > late_id);
    // Extending the chain now waits for the open transaction: it cannot
    // chain past an id that may still commit.
    std::thread::scope(|scope| {
        let extension = scope.spawn(|| sb.run(&["audit", "head"]));
        std::thread::sleep(Duration::from_millis(700));
        assert!(
            !extension.is_finished(),
            "the chain did not wait for the open event"
        );
        late.execute_batch("COMMIT").unwrap();
        extension.join().unwrap().ok();
    });
    sb.run(&["audit", "verify"]).ok();

    // Without the lock (an insert that skips it), the same race leaves the
    // late event out of the chain, and verify names it: the lock is what
    // keeps it in.
    let bare = sb.sql();
    bare.execute_batch(
        "BEGIN; INSERT INTO events (at, actor, action, target, details) VALUES (1, 'late', 'user.login', 'alice', '{}')",
    )
    .unwrap();
    let bare_id: i64 = bare
        .query_row("SELECT max(id) FROM events", [], |r| r.get(0))
        .unwrap();
    sb.add_user("frank", &[]);
    head(&sb);
    bare.execute_batch("COMMIT").unwrap();
    let out = sb.run(&["audit", "verify"]);
    out.code(9);
    assert!(
        out.stdout.contains(&format!("event {bare_id} has no link")),
        "{}",
        out.stdout
    );
}
