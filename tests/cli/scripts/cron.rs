//! The cron recipes of warden-recipes(7) and the shipped maintenance
//! timer: quiet on a healthy database, so cron mails only when something
//! went wrong.

use std::path::Path;

use super::*;

pub(super) fn recipes() -> Vec<Recipe> {
    vec![
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
                fixtures::queued_account(sb, "old", &[], "2026-02-19T12:00:00Z");
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
                // carol (in 9 days) and not dan (in three months).
                snapshot!("expiring_within_14d_recipe", first.stdout);
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
        Recipe {
            key: "audit head | mail",
            setup: |sb| {
                sb.init();
                sb.add_user("erin", &[]);
            },
            check: |sb, first, second| {
                // Each run mails the head; nothing was recorded between
                // them, so both mails carry the same line, today's head.
                let mailed = std::fs::read_to_string(sb.path("work/mailed.txt")).unwrap();
                let head = sb.run(&["audit", "head"]).stdout;
                assert_eq!(mailed.matches(head.as_str()).count(), 2, "{mailed}");
                for out in [first, second] {
                    assert_eq!((out.stdout.as_str(), out.stderr.as_str()), ("", ""));
                }
            },
        },
        Recipe {
            key: "settings set audit.keep",
            setup: |sb| sb.init(),
            check: |sb, first, second| {
                for out in [first, second] {
                    assert_eq!(out.code, 0, "{}", out.stderr);
                }
                let dir = rooted(sb, "/var/lib/warden/audit-archive");
                assert!(Path::new(&dir).is_dir(), "{dir}");
                let kept = sb.run(&["settings", "get", "audit.keep"]);
                assert_eq!(kept.stdout, "365d\n");
                // The nightly run archives into it: nothing a year old yet.
                let out = sb.run(&["--json", "maintenance"]);
                out.ok();
                assert_eq!(out.json()["audit_archived"], 0);
            },
        },
        Recipe {
            key: "audit verify --archive",
            setup: |sb| {
                sb.init();
                std::fs::create_dir_all(rooted(sb, "/var/lib/warden/audit-archive")).unwrap();
            },
            check: |_, first, second| {
                // Quiet and intact: nothing for cron to mail.
                for out in [first, second] {
                    assert_eq!(
                        (out.code, out.stdout.as_str(), out.stderr.as_str()),
                        (0, "", "")
                    );
                }
            },
        },
        Recipe {
            key: "audit verify",
            setup: |sb| sb.init(),
            check: |_, first, second| {
                // Quiet and intact: nothing for cron to mail.
                for out in [first, second] {
                    assert_eq!(
                        (out.code, out.stdout.as_str(), out.stderr.as_str()),
                        (0, "", "")
                    );
                }
            },
        },
    ]
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
    std::fs::create_dir_all(rooted(&sb, "/var/lib/warden/audit-archive")).unwrap();
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
    // The audit log's head was mailed at each run, the same line `audit
    // head` prints now.
    let mailed = std::fs::read_to_string(sb.path("work/mailed.txt")).unwrap_or_default();
    let head = sb.run(&["audit", "head"]).stdout;
    assert!(mailed.ends_with(&head), "{mailed}");
    assert!(mailed.starts_with("mail -s warden audit head"), "{mailed}");

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
