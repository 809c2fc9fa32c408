//! What scripts rely on, across the whole command tree: one JSON document
//! from every command, the exit codes of the contract, no prompt without a
//! terminal, creates that can run twice, name lists on stdin, and the
//! cron and CI recipes of warden-recipes(7), run as written.
//!
//! One file per subject: `json`, `exit_codes`, `no_prompt`,
//! `if_not_exists` and `name_lists` follow the page's section "What
//! scripts can rely on"; `cron` and `ci` hold its recipes, one table each.
//! This file holds what they share: the office the commands run against,
//! the checks that a failure is one error and changed nothing, and the
//! recipe machine that runs the page's blocks as written, twice.

/// `insta::assert_snapshot!` with the file in tests/cli/snapshots/, where
/// the other modules keep theirs, rather than in a folder beside this one.
macro_rules! snapshot {
    ($name:expr, $value:expr) => {
        insta::with_settings!({ snapshot_path => "../snapshots" }, {
            insta::assert_snapshot!($name, $value);
        })
    };
}

mod ci;
mod cron;
mod exit_codes;
mod if_not_exists;
mod json;
mod name_lists;
mod no_prompt;

use std::os::unix::fs::PermissionsExt;
use std::process::Command;

use serde_json::Value;

use crate::common::*;
use crate::fixtures;

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
    sb.add_nightly_strategy("nightly", "7");
    sb.add_account("acme", &["--owner", "alice", "--credits", "100"]);
    sb.add_account("acme-eu", &["--parent", "acme"]);
    sb
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
    // Stands in for mail(1) in the crontab's lines: keeps each message, with
    // its arguments, in mailed.txt.
    let mail = sb.path("bin/mail");
    std::fs::write(
        &mail,
        "#!/bin/sh
printf 'mail %s\\n' \"$*\" >> mailed.txt
cat >> mailed.txt
",
    )
    .unwrap();
    std::fs::set_permissions(&mail, std::fs::Permissions::from_mode(0o755)).unwrap();
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

/// Every recipe: the CI and provisioning scripts, then the cron jobs.
fn recipes() -> Vec<Recipe> {
    let mut all = ci::recipes();
    all.extend(cron::recipes());
    all
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
            let found: Vec<usize> = (0..recipes.len())
                .filter(|&i| script.contains(recipes[i].key))
                .collect();
            // The most specific key wins: `audit verify --archive` over
            // `audit verify`.
            let matching: Vec<usize> = found
                .iter()
                .copied()
                .filter(|&i| {
                    !found.iter().any(|&j| {
                        j != i
                            && recipes[j].key.len() > recipes[i].key.len()
                            && recipes[j].key.contains(recipes[i].key)
                    })
                })
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
