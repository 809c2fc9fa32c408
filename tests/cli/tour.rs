//! The README's tour, extracted and run top to bottom in a scratch folder
//! as a newcomer pastes it into a shell: no terminal, the real clock, the
//! sample files of `examples/`. Every line exits 0 unless its comment says
//! `# exit N`, so the tour cannot rot unnoticed.

use std::path::Path;
use std::process::Command;

use crate::common::*;

/// The tour's lines: each command (continued lines joined) with the exit
/// code its comment promises, 0 when it promises none.
fn tour() -> Vec<(String, i32)> {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let start = readme
        .find("\n## A short tour\n")
        .expect("the README has a tour");
    let block = &readme[start..];
    let block = &block[block.find("```sh\n").expect("a sh block") + 6..];
    let block = &block[..block.find("\n```").expect("the block ends")];
    let mut commands = Vec::new();
    let mut current = String::new();
    for line in block.lines() {
        current.push_str(line);
        if current.ends_with('\\') {
            current.push('\n');
            continue;
        }
        let text = std::mem::take(&mut current);
        if text.trim().is_empty() || text.trim_start().starts_with('#') {
            continue;
        }
        let expected = text
            .split_once("  # exit ")
            .and_then(|(_, rest)| rest.split(|c: char| !c.is_ascii_digit()).next())
            .and_then(|code| code.parse().ok())
            .unwrap_or(0);
        commands.push((text, expected));
    }
    commands
}

#[test]
fn the_readme_tour_runs_as_written() {
    crate::sqlite_only!("postgres::init_fills_an_empty_schema_and_refuses_a_second_time");
    let commands = tour();
    assert!(commands.len() > 80, "only {} commands", commands.len());
    assert!(
        commands.iter().any(|(_, code)| *code == 6) && commands.iter().any(|(_, code)| *code == 8),
        "the tour shows refusals"
    );
    // A scratch folder with the samples, and a home of its own.
    let scratch = tempfile::tempdir().unwrap();
    let home = scratch.path().join("home");
    std::fs::create_dir(&home).unwrap();
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    std::fs::create_dir(scratch.path().join("examples")).unwrap();
    for entry in std::fs::read_dir(&samples).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(
            entry.path(),
            scratch.path().join("examples").join(entry.file_name()),
        )
        .unwrap();
    }
    // One shell runs the whole tour; after each command it checks the
    // exit code and stops at the first that is not the promised one.
    let mut script = String::new();
    for (i, (command, expected)) in commands.iter().enumerate() {
        script.push_str(command);
        script.push_str(&format!(
            "\ns=$?; if [ \"$s\" != {expected} ]; then echo \"tour command {n} exited $s, not {expected}\" >&2; exit 100; fi\n",
            n = i + 1
        ));
    }
    let bin_dir = Path::new(BIN).parent().unwrap();
    let out = run_command(
        Command::new("bash")
            .args(["-c", &script])
            .env_clear()
            .env("PATH", format!("{}:/usr/bin:/bin", bin_dir.display()))
            .env("HOME", &home)
            .env("USER", "tester")
            .env("TZ", "UTC")
            .env("NO_COLOR", "1")
            // No config file of the machine's, and logins to a socket no
            // one serves rather than to the machine's syslog.
            .env("WARDEN_CONFIG", "")
            .env(
                "WARDEN_SYSLOG_SOCKET",
                scratch.path().join("no-syslog.sock"),
            )
            .current_dir(scratch.path()),
        b"",
    );
    if out.code != 0 {
        let failed = out
            .stderr
            .lines()
            .rev()
            .find_map(|l| l.strip_prefix("tour command "))
            .and_then(|l| l.split_whitespace().next())
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|n| commands.get(n - 1));
        panic!(
            "the tour stopped at {failed:?}\nstderr:\n{}\nstdout (last 40 lines):\n{}",
            out.stderr,
            out.stdout
                .lines()
                .rev()
                .take(40)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
    out.no_panic();
    // It did what it says: the database is sound, the mail went out, the
    // copy and the completion file are there.
    let db = home.join("warden-tour.db");
    let check = run_command(
        Command::new(BIN)
            .args(["--db", db.to_str().unwrap(), "db", "check"])
            .env("WARDEN_CONFIG", ""),
        b"",
    );
    check.ok();
    let outbox = std::fs::read_to_string(home.join("tour-outbox.txt")).unwrap_or_default();
    assert!(outbox.contains("To: alice@acme.example"), "{outbox}");
    assert!(home
        .join(".local/share/bash-completion/completions/warden")
        .is_file());
    let copies = std::fs::read_dir(&home)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.file_name().to_string_lossy().starts_with("warden-tour-"))
        })
        .count();
    assert_eq!(copies, 1);
}
