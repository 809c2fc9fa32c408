//! `warden notify`: the outbox, and delivery through a sendmail-compatible
//! command (a bash script standing in for sendmail that keeps what it got).

use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use crate::common::*;

/// Writes an executable bash script into the sandbox and returns its path.
pub fn script(sb: &Sandbox, name: &str, body: &str) -> PathBuf {
    let path = sb.path(name);
    std::fs::write(&path, format!("#!/usr/bin/env bash\n{body}")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

/// A fake sendmail: saves each message (stdin) and its arguments to
/// `mail/msg-N` and `mail/args-N`, N counting from 0. The numbered file is
/// created with noclobber (O_EXCL), so concurrent runs never share one.
/// `before` runs first (a sleep, say).
pub fn fake_sendmail(sb: &Sandbox, before: &str) -> PathBuf {
    let mail = sb.path("mail");
    std::fs::create_dir_all(&mail).unwrap();
    script(
        sb,
        "sendmail",
        &format!(
            "{before}\n\
             dir='{}'\n\
             n=0\n\
             while ! (set -o noclobber; : > \"$dir/msg-$n\") 2>/dev/null; do n=$((n+1)); done\n\
             printf '%s\\n' \"$@\" > \"$dir/args-$n\"\n\
             cat > \"$dir/msg-$n\"\n",
            mail.display()
        ),
    )
}

/// The messages the fake sendmail received, in the order it got them.
pub fn delivered(sb: &Sandbox) -> Vec<String> {
    let mut found: Vec<(u32, String)> = std::fs::read_dir(sb.path("mail"))
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    let n = name.strip_prefix("msg-")?.parse().ok()?;
                    Some((n, std::fs::read_to_string(e.path()).unwrap()))
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found.into_iter().map(|(_, m)| m).collect()
}

/// A message split into its headers (in order) and its body.
pub fn parse(message: &str) -> (Vec<(String, String)>, String) {
    assert!(!message.contains('\r'), "LF line endings only: {message:?}");
    let (head, body) = message
        .split_once("\n\n")
        .unwrap_or_else(|| panic!("no blank line after the headers: {message:?}"));
    let headers = head
        .lines()
        .map(|line| {
            let (name, value) = line
                .split_once(": ")
                .unwrap_or_else(|| panic!("not a header: {line:?}"));
            (name.to_string(), value.to_string())
        })
        .collect();
    (headers, body.to_string())
}

pub fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

fn set_command(sb: &Sandbox, command: &str) {
    sb.run(&["settings", "set", "notify.command", command]).ok();
}

/// Queues a welcome message for each (name, address).
fn welcome(sb: &Sandbox, users: &[(&str, &str)]) {
    for (name, email) in users {
        sb.add_user(name, &["--email", email, "--welcome"]);
    }
}

fn pending(sb: &Sandbox) -> Vec<serde_json::Value> {
    let list = sb.run(&["--json", "notify", "list", "--pending"]).json();
    list.as_array().unwrap().clone()
}

#[test]
fn each_pending_notification_goes_out_once_as_a_well_formed_message() {
    let sb = Sandbox::initialised();
    welcome(&sb, &[("ana", "ana@x.example"), ("ben", "ben@x.example")]);
    // No address, or notifications off: nothing is queued for them.
    sb.add_user("cleo", &[]);
    sb.add_user(
        "dirk",
        &["--email", "dirk@x.example", "--welcome", "--no-notify"],
    );
    let new_password = "a-fresh-long-passphrase";
    for name in ["ana", "cleo", "dirk"] {
        sb.run_with(&["user", "passwd", name, "--password-stdin"], new_password)
            .ok();
    }
    let sendmail = fake_sendmail(&sb, "");
    set_command(&sb, &format!("{}  -t -i", sendmail.display()));
    sb.run(&["settings", "set", "notify.from", "backup@x.example"])
        .ok();

    let out = sb.run(&["notify", "send"]);
    assert_eq!(out.ok().stderr, "Sent 3 notifications.\n");
    assert_eq!(out.stdout, "");

    let messages = delivered(&sb);
    assert_eq!(messages.len(), 3, "{messages:?}");
    let expected = [
        ("ana@x.example", "Welcome to the backup service"),
        ("ben@x.example", "Welcome to the backup service"),
        ("ana@x.example", "Your password was reset"),
    ];
    let now = chrono::DateTime::parse_from_rfc3339(NOW).unwrap();
    for (i, (message, (to, subject))) in messages.iter().zip(expected).enumerate() {
        let (headers, body) = parse(message);
        let names: Vec<&str> = headers.iter().map(|(n, _)| n.as_str()).collect();
        let mut expected = vec![
            "From",
            "To",
            "Subject",
            "Date",
            "Message-ID",
            "MIME-Version",
            "Content-Type",
            "Content-Transfer-Encoding",
            "Auto-Submitted",
        ];
        // A message that speaks of a time gives it in RFC 3339 UTC too.
        if subject == "Your password was reset" {
            expected.push("X-Warden-Reset-At");
            assert_eq!(header(&headers, "X-Warden-Reset-At"), Some(NOW));
        }
        assert_eq!(names, expected);
        assert_eq!(header(&headers, "From"), Some("backup@x.example"));
        assert_eq!(header(&headers, "To"), Some(to));
        assert_eq!(header(&headers, "Subject"), Some(subject));
        let date = chrono::DateTime::parse_from_rfc2822(header(&headers, "Date").unwrap());
        assert_eq!(date.ok(), Some(now), "{message}");
        let id = header(&headers, "Message-ID").unwrap();
        assert!(
            id.starts_with(&format!("<warden-{}-{}@", i + 1, now.timestamp())) && id.ends_with('>'),
            "{id}"
        );
        assert_eq!(
            header(&headers, "Content-Type"),
            Some("text/plain; charset=utf-8")
        );
        assert_eq!(header(&headers, "Auto-Submitted"), Some("auto-generated"));
        assert!(body.ends_with('\n') && body.len() > 20, "{body:?}");
        // The recipient is read from the headers (-t), never an argument.
        let args = std::fs::read_to_string(sb.path(&format!("mail/args-{i}"))).unwrap();
        assert_eq!(args, "-t\n-i\n");
    }
    let welcome_body = parse(&messages[0]).1;
    assert!(welcome_body.contains("\"ana\""), "{welcome_body}");

    // No password in any notification, sent or stored.
    let outbox = sb.run(&["--json", "notify", "list"]);
    for secret in [new_password, USER_PASSWORD, PASSWORD] {
        assert!(!outbox.stdout.contains(secret));
        assert!(messages.iter().all(|m| !m.contains(secret)));
    }
    for n in outbox.json().as_array().unwrap() {
        assert_eq!(n["sent_at"], NOW);
        assert_eq!(n["attempts"], 1);
        assert_eq!(n["last_error"], serde_json::Value::Null);
    }

    // One audit event for the run, without any body.
    let events = sb
        .run(&["--json", "audit", "--action", "notify.send"])
        .json();
    let events = events.as_array().unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(
        events[0]["details"],
        serde_json::json!({ "sent": 3, "failed": 0 })
    );

    // Nothing is sent twice, and an empty run records nothing.
    let again = sb.run(&["notify", "send"]);
    assert_eq!(again.ok().stderr, "Nothing to send.\n");
    assert_eq!(delivered(&sb).len(), 3);
    let json = sb.run(&["--json", "notify", "send"]).ok().json();
    assert_eq!(
        json,
        serde_json::json!({ "sent": 0, "failed": 0, "pending": 0 })
    );
    let events = sb
        .run(&["--json", "audit", "--action", "notify.send"])
        .json();
    assert_eq!(events.as_array().unwrap().len(), 1);
}

#[test]
fn a_failing_command_leaves_them_pending_until_it_is_fixed() {
    let sb = Sandbox::initialised();
    welcome(&sb, &[("ana", "ana@x.example"), ("ben", "ben@x.example")]);
    let failing = script(
        &sb,
        "failing",
        "cat > /dev/null\necho 'out is not shown'\necho 'queue full: try later' >&2\necho 'second line' >&2\nexit 75\n",
    );
    set_command(&sb, &failing.display().to_string());

    let out = sb.run(&["notify", "send"]);
    assert_eq!(
        out.code(1).stderr,
        "Sent 0 notifications; 2 failed.\n\
         error: 2 of 2 notifications could not be sent; they stay pending\n\
         hint: `warden notify list --pending` shows the errors\n"
    );
    assert_eq!(out.stdout, "");
    let waiting = pending(&sb);
    assert_eq!(waiting.len(), 2);
    for n in &waiting {
        assert_eq!(n["attempts"], 1);
        assert_eq!(n["sent_at"], serde_json::Value::Null);
        assert_eq!(n["last_error"], "exit status 75: queue full: try later");
    }
    let table = sb.run(&["notify", "list", "--pending"]);
    assert!(
        table
            .ok()
            .stdout
            .contains("pending, 1 attempt: exit status 75: queue full: try later"),
        "{}",
        table.stdout
    );

    // With --json: the counts on stdout, the error as JSON on stderr.
    let out = sb.run(&["--json", "notify", "send"]);
    assert_eq!(
        out.code(1).json(),
        serde_json::json!({ "sent": 0, "failed": 2, "pending": 2 })
    );
    assert_eq!(out.stderr_json()["error"]["code"], 1);
    assert_eq!(pending(&sb)[0]["attempts"], 2);
    let events = sb
        .run(&["--json", "audit", "--action", "notify.send"])
        .json();
    assert_eq!(
        events[0]["details"],
        serde_json::json!({ "sent": 0, "failed": 2 })
    );

    // Fixed: both go out, once.
    let sendmail = fake_sendmail(&sb, "");
    set_command(&sb, &format!("{} -t", sendmail.display()));
    let out = sb.run(&["notify", "send"]);
    assert_eq!(out.ok().stderr, "Sent 2 notifications.\n");
    assert_eq!(delivered(&sb).len(), 2);
    assert!(pending(&sb).is_empty());
    let all = sb.run(&["--json", "notify", "list"]).json();
    for n in all.as_array().unwrap() {
        assert_eq!(n["attempts"], 3);
        assert_eq!(n["last_error"], serde_json::Value::Null);
    }
    sb.run(&["notify", "send"]).ok();
    assert_eq!(delivered(&sb).len(), 2);
}

/// The state of a process ('Z' for a zombie), or None when it is gone.
fn process_state(pid: &str) -> Option<char> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.rsplit_once(") ")
        .and_then(|(_, rest)| rest.chars().next())
}

#[test]
fn a_command_that_hangs_is_killed_after_the_timeout() {
    let sb = Sandbox::initialised();
    welcome(&sb, &[("ana", "ana@x.example")]);
    // The script starts a child of its own: it must die too.
    let pid_file = sb.path("sleeper.pid");
    let hanging = script(
        &sb,
        "hanging",
        &format!("sleep 30 &\necho $! > '{}'\nwait\n", pid_file.display()),
    );
    set_command(&sb, &hanging.display().to_string());
    sb.run(&["settings", "set", "notify.timeout", "1s"]).ok();

    let out = sb.run(&["notify", "send"]);
    assert!(
        out.code(1)
            .stderr
            .contains("1 of 1 notification could not be sent"),
        "{}",
        out.stderr
    );
    assert!(
        out.elapsed >= Duration::from_secs(1) && out.elapsed < Duration::from_secs(10),
        "{:?}",
        out.elapsed
    );
    let waiting = pending(&sb);
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0]["last_error"], "timed out after 1s");
    assert_eq!(waiting[0]["attempts"], 1);

    let sleeper = std::fs::read_to_string(&pid_file).unwrap();
    let mut state = process_state(sleeper.trim());
    for _ in 0..100 {
        if matches!(state, None | Some('Z')) {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
        state = process_state(sleeper.trim());
    }
    assert!(
        matches!(state, None | Some('Z')),
        "sleep still runs: {state:?}"
    );
}

#[test]
fn a_missing_program_is_recorded_as_the_error() {
    let sb = Sandbox::initialised();
    welcome(&sb, &[("ana", "ana@x.example")]);
    set_command(&sb, "/nope/sendmail -t");
    let out = sb.run(&["notify", "send"]);
    out.code(1).no_panic();
    assert_eq!(
        pending(&sb)[0]["last_error"],
        "cannot run \"/nope/sendmail\": No such file or directory"
    );
}

#[test]
fn without_a_command_it_is_refused_and_nothing_changes() {
    let sb = Sandbox::initialised();
    welcome(&sb, &[("ana", "ana@x.example")]);
    let before = dump(&sb.db);
    let out = sb.run(&["notify", "send"]);
    assert!(
        out.code(5)
            .stderr
            .contains("warden settings set notify.command \"/usr/sbin/sendmail -t\""),
        "{}",
        out.stderr
    );
    assert_eq!(dump(&sb.db), before);
    // Not even with nothing pending: a cron job must notice the gap.
    let empty = Sandbox::initialised();
    empty.run(&["notify", "send"]).code(5);
}

#[test]
fn list_shows_everything_or_only_what_is_pending() {
    let sb = Sandbox::initialised();
    sb.run(&["notify", "list"]).ok();
    assert_eq!(sb.run(&["--json", "notify", "list"]).ok().stdout, "[]\n");
    welcome(&sb, &[("ana", "ana@x.example")]);
    let sendmail = fake_sendmail(&sb, "");
    set_command(&sb, &format!("{} -t", sendmail.display()));
    sb.run(&["notify", "send"]).ok();
    welcome(&sb, &[("ben", "ben@x.example")]);
    sb.run(&["user", "delete", "ben", "--yes"]).ok();

    let all = sb.run(&["--json", "notify", "list"]).json();
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 2);
    let keys: Vec<&str> = all[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = [
        "id",
        "user",
        "recipient",
        "kind",
        "subject",
        "body",
        "created_at",
        "sent_at",
        "attempts",
        "last_error",
    ];
    let mut sorted = keys.clone();
    sorted.sort();
    expected.sort();
    assert_eq!(sorted, expected);
    assert_eq!(all[0]["user"], "ana");
    assert_eq!(all[0]["kind"], "welcome");
    assert_eq!(all[0]["created_at"], NOW);
    assert_eq!(all[0]["sent_at"], NOW);
    // A deleted user's message stays, without the user.
    assert_eq!(all[1]["user"], serde_json::Value::Null);
    assert_eq!(all[1]["recipient"], "ben@x.example");

    let only = pending(&sb);
    assert_eq!(only.len(), 1);
    assert_eq!(only[0]["id"], all[1]["id"]);

    let table = sb.run(&["notify", "list"]);
    let lines: Vec<&str> = table.ok().stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{}", table.stdout);
    for column in [
        "ID",
        "CREATED",
        "USER",
        "RECIPIENT",
        "KIND",
        "SUBJECT",
        "STATUS",
    ] {
        assert!(lines[0].contains(column), "{}", lines[0]);
    }
    assert!(
        lines[1].contains("2026-03-01 12:00:00") && lines[1].ends_with("sent 2026-03-01 12:00:00")
    );
    assert!(lines[2].contains("(deleted)") && lines[2].ends_with("pending"));
    let pending_table = sb.run(&["notify", "list", "--pending"]);
    assert_eq!(pending_table.ok().stdout.lines().count(), 2);
}

#[test]
fn planted_header_injections_are_refused_without_running_the_command() {
    let sb = Sandbox::initialised();
    let plant = |recipient: &str, subject: &str| {
        sb.sql()
            .execute(
                "INSERT INTO notifications (recipient, kind, subject, body, created_at)
                 VALUES (?1, 'welcome', ?2, 'body', 1772366400)",
                [recipient, subject],
            )
            .unwrap();
    };
    plant("ana@x.example\nBcc: eve@x.example", "Hello");
    plant("ana@x.example", "Hello\r\nBcc: eve@x.example");
    plant("ana@x.example", "Grüße");
    let sendmail = fake_sendmail(&sb, "");
    set_command(&sb, &format!("{} -t", sendmail.display()));

    let out = sb.run(&["notify", "send"]);
    assert!(
        out.code(1)
            .stderr
            .contains("3 of 3 notifications could not be sent"),
        "{}",
        out.stderr
    );
    assert!(delivered(&sb).is_empty(), "the command must not run");
    let errors: Vec<String> = pending(&sb)
        .iter()
        .map(|n| n["last_error"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        errors,
        [
            "refused: the recipient contains a line break",
            "refused: the subject contains a line break",
            "refused: the subject is not ASCII",
        ]
    );
    // The table shows the planted text inert, on one line per message.
    let table = sb.run(&["notify", "list"]);
    assert_eq!(table.ok().stdout.lines().count(), 4, "{}", table.stdout);
}

#[test]
fn two_runs_at_once_deliver_each_message_exactly_once() {
    let sb = Sandbox::initialised();
    let users: Vec<(String, String)> = (0..6)
        .map(|i| (format!("user{i}"), format!("user{i}@x.example")))
        .collect();
    for (name, email) in &users {
        sb.add_user(name, &["--email", email, "--welcome"]);
    }
    let sendmail = fake_sendmail(&sb, "sleep 0.3");
    set_command(&sb, &format!("{} -t", sendmail.display()));

    let spawn = || {
        sb.command()
            .args(["--json", "notify", "send"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (first, second) = (spawn(), spawn());
    let mut sent = 0;
    for child in [first, second] {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        sent += report["sent"].as_u64().unwrap();
    }
    assert_eq!(sent, 6);
    let mut recipients: Vec<String> = delivered(&sb)
        .iter()
        .map(|m| header(&parse(m).0, "To").unwrap().to_string())
        .collect();
    recipients.sort();
    let mut expected: Vec<String> = users.iter().map(|(_, e)| e.clone()).collect();
    expected.sort();
    assert_eq!(recipients, expected);
    assert!(pending(&sb).is_empty());
}

/// Whether `text` holds an RFC 3339 time (`2026-03-01T12:00`), which is
/// for programs, not for the person reading a mail body.
fn has_rfc3339(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(10)).any(|i| {
        b[i..i + 4].iter().all(u8::is_ascii_digit)
            && b[i + 4] == b'-'
            && b[i + 7] == b'-'
            && b[i + 10] == b'T'
    })
}

/// The message with this subject, as (headers, body).
fn with_subject(messages: &[String], subject: &str) -> (Vec<(String, String)>, String) {
    messages
        .iter()
        .map(|m| parse(m))
        .find(|(headers, _)| header(headers, "Subject") == Some(subject))
        .unwrap_or_else(|| panic!("no message {subject:?} in {messages:#?}"))
}

/// The bodies a person reads give the server's local time with its zone
/// (CET in winter, CEST in summer, from TZ); the exact instant is in an
/// `X-Warden-...` header in RFC 3339 UTC. A window that starts later says
/// when in its subject.
#[test]
fn mail_bodies_give_local_times_with_the_zone_and_headers_give_them_in_utc() {
    let test = "notify::mail_bodies_give_local_times_with_the_zone_and_headers_give_them_in_utc";
    if !crate::tools::have_file("/usr/share/zoneinfo/Europe/Paris", "tzdata", test) {
        return;
    }
    let sb = Sandbox::initialised();
    let paris = |args: &[&str], stdin: &str| {
        run_command(
            sb.command().env("TZ", "Europe/Paris").args(args),
            stdin.as_bytes(),
        )
    };
    // Expires at 2026-03-10T00:00:00Z, 01:00 in Paris: reminded by maintenance.
    sb.add_user(
        "alice",
        &[
            "--email",
            "alice@x.example",
            "--role",
            "viewer",
            "--expires",
            "2026-03-10",
        ],
    );
    sb.add_user("bob", &["--email", "bob@x.example", "--role", "viewer"]);
    sb.run(&["settings", "set", "auth.lockout_threshold", "1"])
        .ok();
    let sendmail = fake_sendmail(&sb, "");
    set_command(&sb, &format!("{} -t", sendmail.display()));
    // NOW is 2026-03-01 12:00 UTC: 13:00 in Paris (CET, +01:00).
    paris(&["user", "passwd", "alice", "--password-stdin"], PASSWORD).ok();
    paris(
        &["user", "verify", "bob", "--password-stdin"],
        "a-wrong-guess-entirely",
    )
    .code(6);
    paris(&["backup-user", "set", "alice", "bob"], "").ok();
    // Midnight of 1 July in Paris is 22:00 UTC the day before (CEST, +02:00).
    paris(
        &[
            "backup-user",
            "enable",
            "alice",
            "--from",
            "2026-07-01",
            "--for",
            "2w",
        ],
        "",
    )
    .ok();
    paris(&["maintenance"], "").ok();
    let messages = delivered(&sb);
    assert_eq!(messages.len(), 5, "{messages:#?}");
    for message in &messages {
        let (_, body) = parse(message);
        assert!(!has_rfc3339(&body), "an RFC 3339 time in the body: {body}");
    }

    let (headers, body) = with_subject(&messages, "Your password was reset");
    assert_eq!(
        body,
        "The password of the user \"alice\" on the backup service was reset by tester at 2026-03-01 13:00 CET.\n\
         If you did not expect this, contact your administrator.\n"
    );
    assert_eq!(
        header(&headers, "X-Warden-Reset-At"),
        Some("2026-03-01T12:00:00Z")
    );

    let (headers, body) = with_subject(&messages, "Your account was locked");
    assert!(
        body.contains("was locked after 1 failed logins, until 2026-03-01 13:15 CET.\n"),
        "{body}"
    );
    assert_eq!(
        header(&headers, "X-Warden-Locked-Until"),
        Some("2026-03-01T12:15:00Z")
    );

    let window = "from 2026-07-01 00:00 CEST until 2026-07-15 00:00 CEST";
    for (subject, text) in [
        (
            format!("bob can act for you {window}"),
            "bob is your backup user on the backup service from 2026-07-01 00:00 CEST\n\
             until 2026-07-15 00:00 CEST.",
        ),
        (
            format!("You can act for alice {window}"),
            "alice made you their backup user on the backup service. From 2026-07-01 00:00 CEST\n\
             until 2026-07-15 00:00 CEST you can switch to alice",
        ),
    ] {
        let (headers, body) = with_subject(&messages, &subject);
        assert!(body.contains(text), "{body}");
        assert_eq!(
            header(&headers, "X-Warden-Starts-At"),
            Some("2026-06-30T22:00:00Z")
        );
        assert_eq!(
            header(&headers, "X-Warden-Ends-At"),
            Some("2026-07-14T22:00:00Z")
        );
    }

    let (headers, body) = with_subject(&messages, "Your user expires within 14 days");
    assert!(
        body.contains("your user \"alice\" on the backup service expires at 2026-03-10 01:00 CET, within 14 days."),
        "{body}"
    );
    assert_eq!(
        header(&headers, "X-Warden-Expires-At"),
        Some("2026-03-10T00:00:00Z")
    );

    // A window that starts now gives only its end in the subject, and in
    // UTC the zone is named so.
    sb.run(&["backup-user", "enable", "alice", "--for", "1d"])
        .ok();
    sb.run(&["notify", "send"]).ok();
    let messages = delivered(&sb);
    let (headers, body) = with_subject(&messages, "bob can act for you until 2026-03-02 12:00 UTC");
    assert!(
        body.contains("from 2026-03-01 12:00 UTC\nuntil 2026-03-02 12:00 UTC."),
        "{body}"
    );
    assert_eq!(header(&headers, "X-Warden-Starts-At"), Some(NOW));
}

/// Enabling a window again before its mail went out replaces the mail:
/// one message per user, about the window in force. After it went out, a
/// changed window is news again; the same window is no change at all.
#[test]
fn enabling_the_same_window_twice_queues_one_mail_not_two() {
    let sb = Sandbox::initialised();
    sb.add_user("alice", &["--email", "alice@x.example", "--role", "viewer"]);
    sb.add_user("bob", &["--email", "bob@x.example", "--role", "viewer"]);
    sb.run(&["backup-user", "set", "alice", "bob"]).ok();
    let at =
        |now: &str, args: &[&str]| run_command(sb.command().env("WARDEN_NOW", now).args(args), b"");
    let enable = ["backup-user", "enable", "alice", "--for", "2w"];
    at(NOW, &enable).ok();
    // The same command a few seconds later: the window moves by seconds.
    at("2026-03-01T12:00:07Z", &enable).ok();
    let waiting: Vec<(String, String)> = pending(&sb)
        .iter()
        .map(|n| {
            (
                n["recipient"].as_str().unwrap().to_string(),
                n["subject"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        waiting,
        [
            (
                "alice@x.example".to_string(),
                "bob can act for you until 2026-03-15 12:00 UTC".to_string()
            ),
            (
                "bob@x.example".to_string(),
                "You can act for alice until 2026-03-15 12:00 UTC".to_string()
            ),
        ]
    );
    let sendmail = fake_sendmail(&sb, "");
    set_command(&sb, &format!("{} -t", sendmail.display()));
    at("2026-03-01T12:00:08Z", &["notify", "send"]).ok();
    let messages = delivered(&sb);
    assert_eq!(messages.len(), 2);
    let (headers, _) = parse(&messages[0]);
    assert_eq!(
        header(&headers, "X-Warden-Ends-At"),
        Some("2026-03-15T12:00:07Z")
    );
    // The very same window again: nothing changes, nothing is queued.
    let before = dump(&sb.db);
    at(
        "2026-03-01T12:00:07Z",
        &[
            "backup-user",
            "enable",
            "alice",
            "--from",
            "2026-03-01T12:00:07Z",
            "--until",
            "2026-03-15T12:00:07Z",
        ],
    )
    .ok();
    assert_eq!(dump(&sb.db), before);
    // A window changed after its mail went out is news: both hear of it.
    at(
        "2026-03-01T13:00:00Z",
        &["backup-user", "enable", "alice", "--for", "1w"],
    )
    .ok();
    assert_eq!(pending(&sb).len(), 2);
}

/// `settings set notify.command` stores the command, and warns (exit 0)
/// when its program could not run: nothing could be sent with it.
#[test]
fn a_notify_command_that_cannot_run_is_stored_with_a_warning() {
    let sb = Sandbox::initialised();
    let sendmail = fake_sendmail(&sb, "");
    let plain = sb.path("plain-file");
    std::fs::write(&plain, "#!/bin/sh\n").unwrap();
    let folder = sb.path("mail");
    let tail = "; notifications cannot be sent until it can (give the program's full path, as cron's PATH is short)";
    for (command, problem) in [
        (
            "/nope/sendmail -t".to_string(),
            "\"/nope/sendmail\" cannot be run: No such file or directory".to_string(),
        ),
        (
            format!("{} -t", plain.display()),
            format!(
                "\"{}\" cannot be run: it is not executable",
                plain.display()
            ),
        ),
        (
            folder.display().to_string(),
            format!("\"{}\" cannot be run: it is not a file", folder.display()),
        ),
        (
            "no-such-sendmail -t".to_string(),
            "\"no-such-sendmail\" is not an executable program on this PATH".to_string(),
        ),
    ] {
        let out = sb.run(&["settings", "set", "notify.command", &command]);
        assert_eq!(
            out.ok().stderr,
            format!("warning: notify.command: {problem}{tail}\nnotify.command = {command}\n")
        );
        assert_eq!(
            sb.run(&["settings", "get", "notify.command"]).stdout,
            format!("{command}\n")
        );
    }
    // A program that runs, by path or on PATH, and an empty command: no warning.
    for command in [
        format!("{} -t", sendmail.display()),
        "sh -c true".to_string(),
        String::new(),
    ] {
        let out = sb.run(&["settings", "set", "notify.command", &command]);
        assert!(
            !out.ok().stderr.contains("warning"),
            "{command:?}: {}",
            out.stderr
        );
    }
    // With --json the warning is a JSON line on stderr.
    let out = sb.run(&[
        "--json",
        "settings",
        "set",
        "notify.command",
        "/nope/sendmail",
    ]);
    let warning: serde_json::Value = serde_json::from_str(out.ok().stderr.trim()).unwrap();
    assert!(warning["warning"]["message"]
        .as_str()
        .unwrap()
        .contains("/nope/sendmail"));
    // apply warns the same way.
    std::fs::write(
        sb.path("site.toml"),
        "[settings]\n\"notify.command\" = \"/nope/mailer -t\"\n",
    )
    .unwrap();
    let out = sb.run(&["apply", "site.toml"]);
    assert!(
        out.ok()
            .stderr
            .contains("warning: notify.command: \"/nope/mailer\" cannot be run"),
        "{}",
        out.stderr
    );
}
