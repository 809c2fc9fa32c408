//! `warden init`: creation, permissions, refusals, and the password prompt.

use crate::common::*;

#[test]
fn init_creates_a_private_database_with_root_account_and_admin() {
    crate::sqlite_only!("postgres::init_fills_an_empty_schema_and_refuses_a_second_time");
    let sb = Sandbox::new();
    let out = sb.run_with(&["init", "--password-stdin"], &format!("{PASSWORD}\n"));
    out.ok().no_panic();
    assert!(out.stderr.contains("Initialised"), "{}", out.stderr);
    assert_eq!(mode(&sb.db), 0o600);

    let conn = sb.sql();
    let root: (String, Option<i64>) = conn
        .query_row("SELECT name, parent_id FROM accounts", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(root, ("root".to_string(), None));
    let (hash, role, active): (String, String, i64) = conn
        .query_row(
            "SELECT u.password_hash, r.name, ur.active FROM users u
               JOIN user_roles ur ON ur.user_id = u.id JOIN roles r ON r.id = ur.role_id
              WHERE u.username = 'admin'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );
    assert_eq!((role.as_str(), active), ("admin", 1));
    let builtins: i64 = conn
        .query_row("SELECT count(*) FROM roles WHERE builtin = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(builtins, 4);
    // The password itself is nowhere in the file.
    assert!(!String::from_utf8_lossy(&bytes(&sb.db)).contains(PASSWORD));
}

#[test]
fn init_takes_names_email_and_a_password_file() {
    let sb = Sandbox::new();
    let pw = sb.path("pw.txt");
    std::fs::write(&pw, format!("{PASSWORD}\nignored second line\n")).unwrap();
    let pw = pw.to_str().unwrap().to_string();
    sb.run(&[
        "init",
        "--root-account",
        "acme",
        "--admin",
        "ops@acme",
        "--email",
        "ops@acme.example",
        "--password-file",
        &pw,
    ])
    .ok();
    let (user, email, account): (String, String, String) = sb
        .sql()
        .query_row(
            "SELECT u.username, u.email, a.name FROM users u JOIN accounts a ON a.id = u.account_id",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (user.as_str(), email.as_str(), account.as_str()),
        ("ops@acme", "ops@acme.example", "acme")
    );
}

#[test]
fn init_makes_a_missing_folder_private() {
    let sb = Sandbox::new();
    let nested = sb.path("var/lib/warden/w.db");
    let nested_str = nested.to_str().unwrap();
    sb.run_with(
        &["--db", nested_str, "init", "--password-stdin"],
        &format!("{PASSWORD}\n"),
    )
    .ok();
    assert_eq!(mode(nested.parent().unwrap()), 0o700);
    assert_eq!(mode(&nested), 0o600);
}

#[test]
fn a_second_init_exits_4_and_changes_nothing() {
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    let out = sb.run_with(
        &["init", "--password-stdin", "--admin", "other"],
        &format!("{PASSWORD}\n"),
    );
    out.code(4).no_panic();
    assert!(out.stderr.contains("already initialised"), "{}", out.stderr);
    assert_eq!(dump(&sb.db), before);
}

#[test]
fn init_without_a_terminal_or_password_option_exits_2_and_creates_nothing() {
    let sb = Sandbox::new();
    let out = sb.run(&["init"]);
    out.code(2).no_panic();
    assert!(
        out.stderr.contains("--password-stdin") && out.stderr.contains("--password-file"),
        "{}",
        out.stderr
    );
    assert!(!sb.db.exists());
}

#[test]
fn a_refused_password_or_name_leaves_no_file_behind() {
    let sb = Sandbox::new();
    for (args, stdin) in [
        (vec!["init", "--password-stdin"], "passwordpassword\n"),
        (vec!["init", "--password-stdin"], "aaaaaaaaaaaa\n"),
        (vec!["init", "--password-stdin"], "short\n"),
        (vec!["init", "--password-stdin"], "\n"),
        (
            vec!["init", "--password-stdin", "--admin", "Admin"],
            "tangerine-otter-bicycle\n",
        ),
        (
            vec!["init", "--password-stdin", "--root-account", "a/b"],
            "tangerine-otter-bicycle\n",
        ),
        (
            vec!["init", "--password-stdin", "--email", "not-an-address"],
            "tangerine-otter-bicycle\n",
        ),
    ] {
        let out = sb.run_with(&args, stdin);
        out.code(2).no_panic();
        assert!(!sb.db.exists(), "{args:?} left a file");
    }
    let out = sb.run_with(&["init", "--password-stdin", "--admin", "Admin"], PASSWORD);
    assert!(out.stderr.contains("use \"admin\""), "{}", out.stderr);
}

#[test]
fn a_password_is_never_accepted_as_an_argument() {
    let sb = Sandbox::new();
    sb.run(&["init", "--password", "tangerine-otter-bicycle"])
        .code(2);
    assert!(!sb.db.exists());
}

mod prompt {
    use super::*;

    fn spawn(sb: &Sandbox) -> rexpect::session::PtySession {
        let mut cmd = sb.command();
        cmd.arg("init");
        rexpect::session::spawn_command(cmd, Some(20_000)).expect("spawn in a pty")
    }

    fn exit_status(session: &rexpect::session::PtySession) -> String {
        format!("{:?}", session.process().wait().expect("wait"))
    }

    #[test]
    fn the_prompt_hides_the_password_and_asks_again_on_a_mismatch() {
        let sb = Sandbox::new();
        let mut s = spawn(&sb);
        let mut seen = String::new();
        seen += &s.exp_string("New password for admin: ").unwrap();
        s.send_line(PASSWORD).unwrap();
        seen += &s.exp_string("Repeat the password: ").unwrap();
        s.send_line("tangerine-otter-bicyclf").unwrap();
        seen += &s.exp_string("do not match").unwrap();
        seen += &s.exp_string("New password for admin: ").unwrap();
        s.send_line(PASSWORD).unwrap();
        seen += &s.exp_string("Repeat the password: ").unwrap();
        s.send_line(PASSWORD).unwrap();
        seen += &s.exp_string("Initialised").unwrap();
        seen += &s.exp_eof().unwrap();
        assert!(
            !seen.contains("tangerine"),
            "the password was echoed:\n{seen}"
        );
        assert!(exit_status(&s).ends_with(", 0)"), "{}", exit_status(&s));
        if !on_postgres() {
            assert_eq!(mode(&sb.db), 0o600);
        }
    }

    #[test]
    fn a_weak_password_at_the_prompt_is_refused_and_asked_again() {
        let sb = Sandbox::new();
        let mut s = spawn(&sb);
        s.exp_string("New password for admin: ").unwrap();
        s.send_line("password").unwrap();
        s.exp_string("too short").unwrap();
        s.exp_string("New password for admin: ").unwrap();
        s.send_line(PASSWORD).unwrap();
        s.exp_string("Repeat the password: ").unwrap();
        s.send_line(PASSWORD).unwrap();
        s.exp_eof().unwrap();
        assert!(exit_status(&s).ends_with(", 0)"));
    }

    #[test]
    fn three_mismatches_give_up_with_exit_2_and_no_file() {
        let sb = Sandbox::new();
        let mut s = spawn(&sb);
        for _ in 0..3 {
            s.exp_string("New password for admin: ").unwrap();
            s.send_line(PASSWORD).unwrap();
            s.exp_string("Repeat the password: ").unwrap();
            s.send_line("something-else-entirely").unwrap();
        }
        let rest = s.exp_eof().unwrap();
        assert!(rest.contains("after 3 tries"), "{rest}");
        assert!(exit_status(&s).ends_with(", 2)"), "{}", exit_status(&s));
        assert!(!sb.db.exists());
    }
}

#[test]
fn racing_inits_leave_exactly_one_winner() {
    for _ in 0..5 {
        let sb = std::sync::Arc::new(Sandbox::new());
        let racers: Vec<_> = (0..4)
            .map(|i| {
                let sb = std::sync::Arc::clone(&sb);
                std::thread::spawn(move || {
                    let admin = format!("admin{i}");
                    sb.run_with(
                        &[
                            "--busy-timeout",
                            "30s",
                            "init",
                            "--password-stdin",
                            "--admin",
                            &admin,
                        ],
                        PASSWORD,
                    )
                })
            })
            .collect();
        let outcomes: Vec<Outcome> = racers.into_iter().map(|r| r.join().unwrap()).collect();
        let mut codes: Vec<i32> = outcomes.iter().map(|o| o.code).collect();
        codes.sort();
        assert_eq!(codes, [0, 4, 4, 4], "{outcomes:#?}");
        let users: i64 = sb
            .sql()
            .query_row("SELECT count(*) FROM users", [], |r| r.get(0))
            .unwrap();
        assert_eq!(users, 1);
        sb.run(&["db", "check"]).ok();
    }
}

#[test]
fn errors_are_coloured_only_on_a_terminal_without_no_color() {
    let sb = Sandbox::initialised();
    let mut plain = sb.command();
    plain.args(["settings", "get", "nope"]);
    let mut s = rexpect::session::spawn_command(plain, Some(10_000)).unwrap();
    let text = s.exp_eof().unwrap();
    assert!(
        text.contains("error: unknown setting") && !text.contains('\x1b'),
        "{text:?}"
    );

    let mut coloured = sb.command();
    coloured
        .env_remove("NO_COLOR")
        .args(["settings", "get", "nope"]);
    let mut s = rexpect::session::spawn_command(coloured, Some(10_000)).unwrap();
    let text = s.exp_eof().unwrap();
    assert!(text.contains("\x1b[31merror:\x1b[0m"), "{text:?}");
}
