//! No prompt without a terminal: a command that would ask for a password
//! or a confirmation fails at once, naming the option that gives it.

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use super::*;

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
    fixtures::queued_account(&sb, "old", &[], NOW);
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
