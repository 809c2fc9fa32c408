//! `--if-not-exists`: a create that can run twice accepts what is there
//! as it is, and still reads a password piped to it.

use super::*;

/// Counts the rows of the audit log.
fn events(sb: &Sandbox) -> i64 {
    sb.sql()
        .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn every_create_with_if_not_exists_accepts_what_is_there_as_it_is() {
    let sb = Sandbox::initialised();
    // (create, the same name with other values, a bad value, stdin)
    let creates = [
        (
            "user add erin --email erin@example.com --role viewer --password-stdin",
            "user add erin --email other@example.com --role operator --no-password",
            "user add erin --email not-an-address --no-password",
            USER_PASSWORD,
        ),
        (
            "role create auditor --permission audit.read --description reads",
            "role create auditor --permission reports.read",
            "role create auditor --permission no.such",
            "",
        ),
        (
            "strategy create nightly --schedule daily@02:00 --keep-daily 7",
            "strategy create nightly --schedule hourly --keep-last 3",
            "strategy create nightly --schedule daily@02:00",
            "",
        ),
        (
            "account create acme --credits 5 --password-stdin",
            "account create acme --credits 9 --parent ghost --password-stdin",
            "account create acme --credits -1 --password-stdin",
            ACCOUNT_PASSWORD,
        ),
    ];
    let words = |line: &'static str| line.split(' ').collect::<Vec<&str>>();
    for (create, other, bad, stdin) in creates {
        let (create, other, bad) = (words(create), words(other), words(bad));
        let what = create[..2].join(" ");
        let mut json_create = vec!["--json"];
        json_create.extend(&create);
        let created = sb.run_with(&json_create, stdin);
        let created = created.ok().json();
        let before = dump(&sb.db);
        let logged = events(&sb);

        // Without the flag, a second run is a conflict that names it.
        let out = sb.run_with(&create, stdin);
        out.code(4);
        one_error_line(&out, &what);
        assert!(
            out.stderr.contains("already exists") && out.stderr.contains("--if-not-exists"),
            "{what}: {}",
            out.stderr
        );

        // With it: exit 0, a status line, nothing changed, nothing audited,
        // and no password read (stdin is empty).
        let again = [create.as_slice(), &["--if-not-exists"]].concat();
        let out = sb.run(&again);
        out.ok();
        assert!(out.stdout.is_empty(), "{what}: {}", out.stdout);
        assert!(
            out.stderr
                .ends_with("already exists; nothing was changed.\n"),
            "{what}: {}",
            out.stderr
        );
        let json = sb.run(&[&["--json"], again.as_slice()].concat());
        assert_eq!(json.ok().json(), created, "{what}: the existing object");
        assert!(json.stderr.is_empty(), "{what}: {}", json.stderr);

        // Other values: the existing one is accepted as it is.
        let other = [other.as_slice(), &["--if-not-exists"]].concat();
        let out = sb.run(&[&["--json"], other.as_slice()].concat());
        assert_eq!(out.ok().json(), created, "{what}: accepted as it is");

        // A bad value is still a usage error: values are checked first.
        let bad = [bad.as_slice(), &["--if-not-exists"]].concat();
        sb.run(&bad).code(2);

        assert_unchanged(&before, &dump(&sb.db), &what);
        assert_eq!(events(&sb), logged, "{what}: audited");
    }
    // A name queued for deletion is reserved, not there to be accepted.
    sb.run(&["account", "disable", "acme"]).ok();
    sb.run(&["--yes", "account", "delete", "acme"]).ok();
    let before = dump(&sb.db);
    let out = sb.run(&["account", "create", "acme", "--if-not-exists"]);
    out.code(4);
    assert!(out.stderr.contains("reserved"), "{}", out.stderr);
    assert!(
        out.stderr.contains("account restore acme"),
        "{}",
        out.stderr
    );
    assert_unchanged(&before, &dump(&sb.db), "create of a queued name");
}

/// `printf … | warden … --if-not-exists --password-stdin` in a script with
/// `set -o pipefail`: when the user or account exists, warden still reads
/// the line it was handed, so the writer never dies of SIGPIPE and the
/// script goes on. The writer is slowed so that, without the read, warden
/// would always be gone before it writes.
#[test]
fn an_unneeded_piped_password_is_read_so_pipefail_scripts_go_on() {
    let sb = Sandbox::initialised();
    sb.add_user("alice", &[]);
    sb.add_account("acme", &[]);
    for command in [
        "warden user add alice --if-not-exists --password-stdin",
        "warden account create acme --if-not-exists --password-stdin",
    ] {
        let script = format!(
            "set -euo pipefail; (sleep 0.3; printf '%s\\n' violet-harbor-lantern) | {command}; echo after"
        );
        let bin_dir = std::path::Path::new(BIN).parent().unwrap().to_path_buf();
        let mut bash = std::process::Command::new("bash");
        bash.env_clear()
            .env("PATH", format!("{}:/usr/bin:/bin", bin_dir.display()))
            .env("HOME", sb.dir.path())
            .env("WARDEN_DB", &sb.db)
            .env("WARDEN_NOW", NOW)
            .env("TZ", "UTC")
            .args(["-c", &script]);
        let out = run_command(&mut bash, b"");
        assert_eq!(out.code, 0, "{command}: {out:?}");
        assert!(out.stdout.ends_with("after\n"), "{command}: {out:?}");
    }
}
