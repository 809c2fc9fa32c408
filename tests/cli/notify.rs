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
        assert_eq!(
            names,
            [
                "From",
                "To",
                "Subject",
                "Date",
                "Message-ID",
                "MIME-Version",
                "Content-Type",
                "Content-Transfer-Encoding",
                "Auto-Submitted"
            ]
        );
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
