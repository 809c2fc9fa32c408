//! `warden user`: names, passwords, profile fields, states and deletion.

use crate::common::*;

#[test]
fn every_bad_name_class_is_refused_and_changes_nothing() {
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    let long = "a".repeat(65);
    for name in [
        "",
        ".",
        "..",
        "a b",
        "a:b",
        "a/b",
        "tab\there",
        "bell\u{7}",
        "\u{ff41}lice",
        "al\u{200d}ice",
        long.as_str(),
        "Alice",
    ] {
        let out = sb.run(&["user", "add", name, "--no-password"]);
        out.code(2).no_panic();
        assert!(
            out.stderr.starts_with("error: invalid user name"),
            "{name:?}: {}",
            out.stderr
        );
    }
    assert_eq!(dump(&sb.db), before);
    let out = sb.run(&["user", "add", "Alice", "--no-password"]);
    assert!(out.stderr.contains("hint: use \"alice\""), "{}", out.stderr);
    // "--" lets a leading dash through clap, and the name rule still refuses it.
    for name in ["-x", "-rf", "--"] {
        let out = sb.run(&["user", "add", "--no-password", "--", name]);
        assert!(
            out.code(2).stderr.contains("cannot start with '-'"),
            "{name}: {}",
            out.stderr
        );
    }
    assert_eq!(dump(&sb.db), before);
}

#[test]
fn duplicates_conflict_unless_if_not_exists() {
    let sb = Sandbox::initialised();
    sb.add_user("alice", &["--email", "a@x.example"]);
    let before = dump(&sb.db);
    let out = sb.run_with(&["user", "add", "alice", "--password-stdin"], USER_PASSWORD);
    out.code(4);
    assert!(out.stderr.contains("already exists"), "{}", out.stderr);
    // Idempotent seeding: success, unchanged, and no password is even read.
    let out = sb.run(&[
        "user",
        "add",
        "alice",
        "--if-not-exists",
        "--email",
        "other@x.example",
        "--password-stdin",
    ]);
    out.ok();
    assert_eq!(dump(&sb.db), before);
    let json = sb
        .run(&[
            "--json",
            "user",
            "add",
            "alice",
            "--if-not-exists",
            "--no-password",
        ])
        .json();
    assert_eq!(json["email"], "a@x.example");
}

#[test]
fn password_policy_refuses_short_long_and_common_passwords() {
    let sb = Sandbox::initialised();
    let before = dump(&sb.db);
    let long = "x".repeat(1025);
    for (password, words) in [
        ("short-pw", "too short"),
        (long.as_str(), "longer than 1024"),
        ("passwordpassword", "too common"),
        ("aaaaaaaaaaaa", "too common"),
        ("", "empty"),
    ] {
        let out = sb.run_with(
            &["user", "add", "carol", "--password-stdin"],
            &format!("{password}\n"),
        );
        out.code(2);
        assert!(out.stderr.contains(words), "{password:?}: {}", out.stderr);
    }
    // A raised minimum applies to the next password.
    sb.run(&["settings", "set", "password.min_length", "24"])
        .ok();
    let out = sb.run_with(&["user", "add", "carol", "--password-stdin"], USER_PASSWORD);
    out.code(2);
    assert!(out.stderr.contains("at least 24"), "{}", out.stderr);
    sb.run(&["settings", "set", "password.min_length", "12"])
        .ok();
    let after: String = dump(&sb.db)
        .lines()
        .filter(|l| !l.starts_with("settings") && !l.starts_with("events"))
        .collect();
    let before: String = before
        .lines()
        .filter(|l| !l.starts_with("settings") && !l.starts_with("events"))
        .collect();
    assert_eq!(after, before);
}

/// NIST SP 800-63B: commonly used passwords are refused for users, below
/// `password.min_score` (default 2); account passwords never block. Each
/// of the six below has twelve characters and zxcvbn score 1, and all
/// were accepted before.
#[test]
fn common_passwords_are_refused_below_the_minimum_score() {
    const COMMON: [&str; 6] = [
        "123456789012",
        "password1234",
        "Password123!",
        "qwertyuiopas",
        "iloveyou1234",
        "Welcome12345",
    ];
    let sb = Sandbox::initialised();
    sb.run(&["account", "create", "acme", "--password-stdin"])
        .code(2);
    let before = dump(&sb.db);
    for common in COMMON {
        for args in [
            &["user", "add", "carol", "--password-stdin"][..],
            &["user", "passwd", "admin", "--password-stdin"],
        ] {
            let out = sb.run_with(args, &format!("{common}\n"));
            out.code(2).no_panic();
            assert_eq!(
                out.stderr.lines().next().unwrap(),
                "error: the password is too common or too easy to guess: strength 1 of 4 (weak), at least 2 is required",
                "{common}"
            );
            assert!(out.stderr.contains("hint: "), "{}", out.stderr);
        }
        // Through import and apply alike, with the line or entry.
        std::fs::write(
            sb.path("u.csv"),
            format!("username,password\ncarol,{common}\n"),
        )
        .unwrap();
        let out = sb.run(&["user", "import", "u.csv"]);
        assert!(
            out.code(2)
                .stderr
                .contains("u.csv, line 2: field \"password\": the password is too common"),
            "{}",
            out.stderr
        );
        std::fs::write(sb.path("carol.pass"), format!("{common}\n")).unwrap();
        std::fs::write(
            sb.path("site.toml"),
            "[[users]]\nname = \"carol\"\npassword_file = \"carol.pass\"\n",
        )
        .unwrap();
        let out = sb.run(&["apply", "site.toml"]);
        assert!(out.code(2).stderr.contains("too common"), "{}", out.stderr);
        assert_eq!(dump(&sb.db), before, "{common}");
    }
    // A four-word passphrase is accepted.
    sb.run_with(
        &["user", "add", "carol", "--password-stdin"],
        "harbor-violet-lantern-otter\n",
    )
    .ok();
    // Account passwords only show their strength.
    let out = sb.run_with(
        &["account", "create", "acme", "--password-stdin"],
        "password1234\n",
    );
    assert!(out.ok().stderr.contains("weak"), "{}", out.stderr);
    // Lowered to 1, the six pass; at 0 a score-0 password is still refused.
    sb.run(&["settings", "set", "password.min_score", "1"]).ok();
    sb.run_with(
        &["user", "add", "dave", "--password-stdin"],
        "Welcome12345\n",
    )
    .ok();
    sb.run(&["settings", "set", "password.min_score", "0"]).ok();
    let out = sb.run_with(
        &["user", "add", "erin", "--password-stdin"],
        "passwordpassword\n",
    );
    assert!(
        out.code(2).stderr.contains("at least 1 is required"),
        "{}",
        out.stderr
    );
    // Raised to 4, a weaker but uncommon password is refused.
    sb.run(&["settings", "set", "password.min_score", "4"]).ok();
    let out = sb.run_with(
        &["user", "add", "erin", "--password-stdin"],
        "sunflower-road\n",
    );
    assert!(
        out.code(2).stderr.contains("at least 4 is required"),
        "{}",
        out.stderr
    );
}

/// An e-mail field holds exactly one address, in every path that stores
/// one: a list would make `sendmail -t` mail `root` too. Before, every
/// one of these was stored.
#[test]
fn an_email_field_holds_exactly_one_address_everywhere() {
    let sb = Sandbox::initialised();
    sb.add_user("bob", &[]);
    let before = dump(&sb.db);
    let lists = [
        "u1@example.com,root",
        "u1@example.com, root@example.com",
        "root;u1@example.com",
        "Mallory <u1@example.com>",
        "u1@[127.0.0.1]",
    ];
    for email in lists {
        let attempts: Vec<(Vec<&str>, &str)> = vec![
            (
                vec!["user", "add", "carol", "--no-password", "--email", email],
                "",
            ),
            (vec!["user", "edit", "bob", "--email", email], ""),
            (vec!["settings", "set", "notify.from", email], ""),
        ];
        for (args, stdin) in attempts {
            let out = sb.run_with(&args, stdin);
            out.code(2).no_panic();
            assert!(
                out.stderr.contains("invalid e-mail address"),
                "{args:?}: {}",
                out.stderr
            );
        }
        std::fs::write(
            sb.path("u.jsonl"),
            format!(
                "{}\n",
                serde_json::json!({"username": "carol", "email": email})
            ),
        )
        .unwrap();
        let out = sb.run(&["user", "import", "u.jsonl"]);
        assert!(
            out.code(2)
                .stderr
                .contains("line 1: field \"email\": invalid e-mail address"),
            "{}",
            out.stderr
        );
        std::fs::write(
            sb.path("site.toml"),
            format!(
                "[[users]]\nname = \"bob\"\nemail = {}\n",
                serde_json::json!(email)
            ),
        )
        .unwrap();
        let out = sb.run(&["apply", "site.toml"]);
        assert!(
            out.code(2).stderr.contains("invalid e-mail address"),
            "{}",
            out.stderr
        );
        assert_eq!(dump(&sb.db), before, "{email}");
        let fresh = Sandbox::new();
        let out = fresh.run_with(&["init", "--email", email, "--password-stdin"], PASSWORD);
        out.code(2);
        assert!(!fresh.db.exists(), "init wrote nothing");
    }
    sb.run(&[
        "user",
        "edit",
        "bob",
        "--email",
        "bob+backups@mail.acme.example",
    ])
    .ok();
    sb.run(&["settings", "set", "notify.from", "backup@localhost"])
        .ok();
}

#[test]
fn passwords_are_exact_and_come_only_from_stdin_a_file_or_a_prompt() {
    let sb = Sandbox::initialised();
    // 1024 bytes of Unicode, exactly: accepted and compared in full.
    let exact: String = format!("tangerine-otter-bicycle-{}", "é".repeat(500));
    assert_eq!(exact.len(), 1024);
    sb.run_with(
        &["user", "add", "dora", "--password-stdin"],
        &format!("{exact}\r\n"),
    )
    .ok();
    sb.run_with(&["user", "verify", "dora", "--password-stdin"], &exact)
        .ok();
    let mut almost = exact.clone();
    almost.pop();
    almost.push('e');
    sb.run_with(&["user", "verify", "dora", "--password-stdin"], &almost)
        .code(6);
    // Two long passwords differing only in the last character never cross-verify.
    let a = format!("{}A", "long-shared-prefix-".repeat(5));
    let b = format!("{}B", "long-shared-prefix-".repeat(5));
    sb.run_with(&["user", "add", "emil", "--password-stdin"], &a)
        .ok();
    sb.run_with(&["user", "verify", "emil", "--password-stdin"], &b)
        .code(6);
    sb.run_with(&["user", "verify", "emil", "--password-stdin"], &a)
        .ok();
    // A password file: its first line only.
    let file = sb.path("pw");
    std::fs::write(&file, format!("{USER_PASSWORD}\nsecond line\n")).unwrap();
    sb.run(&[
        "user",
        "add",
        "fred",
        "--password-file",
        file.to_str().unwrap(),
    ])
    .ok();
    sb.run_with(
        &["user", "verify", "fred", "--password-stdin"],
        USER_PASSWORD,
    )
    .ok();
    // Never an argument, and never without a terminal or an option.
    sb.run(&["user", "add", "gina", "--password", USER_PASSWORD])
        .code(2);
    let out = sb.run(&["user", "add", "gina"]);
    out.code(2);
    assert!(out.stderr.contains("--password-stdin"), "{}", out.stderr);
    // --no-password: exists, cannot log in until passwd.
    sb.run(&["user", "add", "hugo", "--no-password"]).ok();
    sb.run_with(
        &["user", "verify", "hugo", "--password-stdin"],
        USER_PASSWORD,
    )
    .code(6);
    sb.run_with(
        &["user", "passwd", "hugo", "--password-stdin"],
        USER_PASSWORD,
    )
    .ok();
    sb.run_with(
        &["user", "verify", "hugo", "--password-stdin"],
        USER_PASSWORD,
    )
    .ok();
}

#[test]
fn no_password_appears_in_the_database_the_audit_log_stderr_or_the_process_arguments() {
    let sb = Sandbox::initialised();
    let secret = "unmistakable-secret-sentence-42";
    let mut child = sb
        .command()
        .args([
            "user",
            "add",
            "ivan",
            "--password-stdin",
            "--email",
            "ivan@x.example",
            "--welcome",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // While warden waits for the password, its arguments are public.
    let cmdline = std::fs::read(format!("/proc/{}/cmdline", child.id())).unwrap_or_default();
    assert!(!String::from_utf8_lossy(&cmdline).contains(secret));
    {
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(format!("{secret}\n").as_bytes())
            .unwrap();
    }
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut everything = String::from_utf8_lossy(&output.stderr).into_owned();
    for args in [
        vec!["user", "verify", "ivan", "--password-stdin"],
        vec!["user", "verify", "nobody", "--password-stdin"],
        vec!["user", "passwd", "ivan", "--password-stdin"],
    ] {
        let out = sb.run_with(&args, secret);
        everything += &out.stdout;
        everything += &out.stderr;
    }
    let wrong = sb.run_with(
        &["user", "verify", "ivan", "--password-stdin"],
        "not-the-secret-at-all",
    );
    everything += &wrong.stderr;
    everything += &sb.run(&["--json", "audit"]).stdout;
    everything += &dump(&sb.db);
    everything += &String::from_utf8_lossy(&bytes(&sb.db));
    assert!(!everything.contains(secret), "the password leaked");
    assert!(
        !everything.contains("not-the-secret-at-all"),
        "a wrong password leaked"
    );
}

#[test]
fn stored_hashes_are_argon2id_at_owasp_strength_or_more() {
    let sb = Sandbox::initialised();
    sb.add_user("jane", &[]);
    let hash: String = sb.user_column("jane", "password_hash");
    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );
    sb.run(&["settings", "set", "argon2.memory_kib", "32768"])
        .ok();
    sb.run(&["settings", "set", "argon2.iterations", "3"]).ok();
    sb.add_user("kurt", &[]);
    let hash: String = sb.user_column("kurt", "password_hash");
    assert!(
        hash.starts_with("$argon2id$v=19$m=32768,t=3,p=1$"),
        "{hash}"
    );
}

#[test]
fn a_weaker_hash_is_upgraded_at_the_next_successful_verify() {
    let sb = Sandbox::initialised();
    sb.add_user("lena", &[]);
    let weak = warden::password::hash(
        USER_PASSWORD,
        warden::password::HashParams {
            memory_kib: 4096,
            iterations: 1,
            parallelism: 1,
        },
    )
    .unwrap();
    sb.sql()
        .execute(
            "UPDATE users SET password_hash = ?1 WHERE username = 'lena'",
            [&weak],
        )
        .unwrap();
    // A failed verify changes nothing about the hash.
    sb.run_with(
        &["user", "verify", "lena", "--password-stdin"],
        "some-wrong-password",
    )
    .code(6);
    assert_eq!(sb.user_column::<String>("lena", "password_hash"), weak);
    let out = sb.run_with(
        &["--json", "user", "verify", "lena", "--password-stdin"],
        USER_PASSWORD,
    );
    assert_eq!(out.ok().json()["allowed"], true);
    let upgraded: String = sb.user_column("lena", "password_hash");
    assert!(
        upgraded.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{upgraded}"
    );
    let events = sb
        .run(&["--json", "audit", "--action", "user.login"])
        .json();
    assert_eq!(events[0]["details"]["rehashed"], true);
    // And the upgraded hash still verifies, without another rehash.
    sb.run_with(
        &["user", "verify", "lena", "--password-stdin"],
        USER_PASSWORD,
    )
    .ok();
    assert_eq!(sb.user_column::<String>("lena", "password_hash"), upgraded);
}

#[test]
fn add_sets_every_field_and_show_list_and_csv_report_them() {
    let sb = Sandbox::initialised();
    sb.add_user(
        "mona@acme",
        &[
            "--email",
            "mona@acme.example",
            "--first-name",
            "Mona",
            "--last-name",
            "Lind",
            "--phone",
            "+46 (0)8-123 45",
            "--role",
            "operator",
            "--role",
            "viewer",
            "--account",
            "root",
            "--allowed-ip",
            "10.1.2.3/8",
            "--allowed-ip",
            "2001:db8::1",
            "--expires",
            "2027-01-01",
            "--credit-limit",
            "500",
            "--no-notify",
        ],
    );
    // Every field as given, and no hash or password among the keys.
    let user = sb.run(&["--json", "user", "show", "mona@acme"]).json();
    insta::assert_snapshot!("user_show_every_field_json", pretty(&user));
    let keys: Vec<&str> = user
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert!(!keys
        .iter()
        .any(|k| k.contains("hash") || k.contains("password")));
    let csv = sb.run(&["user", "list", "--format", "csv"]);
    insta::assert_snapshot!("user_list_csv_every_field", csv.ok().stdout);
    // Bad field values: exit 2, nothing created.
    for extra in [
        vec!["--email", "nope"],
        vec!["--phone", "call me"],
        vec!["--allowed-ip", "10.0.0.0/33"],
        vec!["--allowed-ip", "fe80::1%eth0"],
        vec!["--expires", "2025-02-30"],
        vec!["--expires", "2020-01-01"],
        vec!["--credit-limit", "-5"],
        vec!["--welcome"],
    ] {
        let mut args = vec!["user", "add", "nils", "--no-password"];
        args.extend(extra.iter());
        sb.run(&args).code(2).no_panic();
    }
    for (extra, code) in [
        (vec!["--role", "nosuchrole"], 3),
        (vec!["--account", "nosuchaccount"], 3),
    ] {
        let mut args = vec!["user", "add", "nils", "--no-password"];
        args.extend(extra.iter());
        sb.run(&args).code(code);
    }
    sb.run(&["user", "show", "nils"]).code(3);
}

#[test]
fn list_filters_and_streams_every_format() {
    let sb = Sandbox::initialised();
    sb.add_user("olga", &["--role", "viewer"]);
    sb.add_user("paul", &["--role", "operator", "--account", "root"]);
    sb.run(&["user", "disable", "olga"]).ok();
    let names = |args: &[&str]| -> Vec<String> {
        let mut full = vec!["--json", "user", "list"];
        full.extend(args);
        let out = sb.run(&full);
        out.ok()
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["username"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names(&[]), ["admin", "olga", "paul"]);
    assert_eq!(names(&["--role", "viewer"]), ["olga"]);
    assert_eq!(names(&["--disabled"]), ["olga"]);
    assert_eq!(names(&["--enabled"]), ["admin", "paul"]);
    assert_eq!(names(&["--account", "root"]), ["admin", "paul"]);
    sb.run(&["user", "list", "--role", "ghost"]).code(3);
    sb.run(&["user", "list", "--account", "ghost"]).code(3);
    let json = sb.run(&["user", "list", "--format", "json"]);
    assert_eq!(json.ok().json().as_array().unwrap().len(), 3);
    let table = sb.run(&["user", "list"]);
    assert!(
        table.ok().stdout.starts_with("USERNAME"),
        "{}",
        table.stdout
    );
    assert!(table.stdout.contains("disabled"));
}

#[test]
fn edit_changes_each_field_and_records_what_changed() {
    let sb = Sandbox::initialised();
    sb.add_user(
        "rita",
        &["--allowed-ip", "10.0.0.0/8", "--email", "r@x.example"],
    );
    sb.run(&[
        "user",
        "edit",
        "rita",
        "--email",
        "rita@x.example",
        "--first-name",
        "Rita",
        "--phone",
        "123",
        "--add-allowed-ip",
        "2001:db8::/32",
        "--remove-allowed-ip",
        "10.0.0.0/8",
        "--expires",
        "2027-06-01 08:00",
        "--credit-limit",
        "20",
        "--no-notify",
        "--account",
        "root",
    ])
    .ok();
    let user = sb.run(&["--json", "user", "show", "rita"]).json();
    assert_eq!(user["email"], "rita@x.example");
    assert_eq!(user["allowed_ips"], serde_json::json!(["2001:db8::/32"]));
    assert_eq!(user["expires_at"], "2027-06-01T08:00:00Z");
    assert_eq!(
        (user["credit_limit"].as_i64(), user["notify"].as_bool()),
        (Some(20), Some(false))
    );
    let event = &sb
        .run(&["--json", "audit", "--action", "user.update", "--limit", "1"])
        .json()[0];
    assert_eq!(event["details"]["email"]["from"], "r@x.example");
    assert_eq!(event["details"]["credit_limit"]["to"], 20);
    // Clearing: '' for text, never for expiry, none for the limit.
    sb.run(&[
        "user",
        "edit",
        "rita",
        "--email",
        "",
        "--expires",
        "never",
        "--credit-limit",
        "none",
        "--clear-allowed-ips",
    ])
    .ok();
    let user = sb.run(&["--json", "user", "show", "rita"]).json();
    assert!(
        user["email"].is_null() && user["expires_at"].is_null() && user["credit_limit"].is_null()
    );
    assert_eq!(user["allowed_ips"], serde_json::json!([]));
    // Nothing to change, a network that is not there, bad values: refused, unchanged.
    let before = dump(&sb.db);
    sb.run(&["user", "edit", "rita"]).code(2);
    sb.run(&[
        "user",
        "edit",
        "rita",
        "--remove-allowed-ip",
        "192.0.2.0/24",
    ])
    .code(3);
    sb.run(&["user", "edit", "rita", "--expires", "1969-12-31"])
        .code(2);
    sb.run(&["user", "edit", "rita", "--credit-limit", "-1"])
        .code(2);
    sb.run(&["user", "edit", "ghost", "--phone", "1"]).code(3);
    assert_eq!(dump(&sb.db), before);
}

#[test]
fn disable_and_enable_take_many_names_and_stdin_all_or_nothing() {
    let sb = Sandbox::initialised();
    for name in ["sam", "tina", "uwe"] {
        sb.add_user(name, &[]);
    }
    sb.run_with(
        &["user", "disable", "sam", "-"],
        "tina\n\n# a comment\nuwe\n",
    )
    .ok();
    let disabled = sb.run(&["--json", "user", "list", "--disabled"]).json();
    assert_eq!(disabled.as_array().unwrap().len(), 3);
    // Idempotent: already disabled is success and records nothing new.
    let events_before = sb
        .run(&["--json", "audit", "--action", "user.disable"])
        .json()
        .as_array()
        .unwrap()
        .len();
    let out = sb.run(&["--json", "user", "disable", "sam", "tina"]);
    assert_eq!(
        out.ok().json()["unchanged"],
        serde_json::json!(["sam", "tina"])
    );
    assert_eq!(
        sb.run(&["--json", "audit", "--action", "user.disable"])
            .json()
            .as_array()
            .unwrap()
            .len(),
        events_before
    );
    // An unknown name anywhere in the list changes nothing at all.
    let before = dump(&sb.db);
    sb.run(&["user", "enable", "sam", "ghost", "tina"]).code(3);
    assert_eq!(dump(&sb.db), before);
    sb.run_with(&["user", "enable", "-"], "sam\ntina\nuwe\n")
        .ok();
    assert_eq!(
        sb.run(&["--json", "user", "list", "--disabled"]).json(),
        serde_json::json!([])
    );
    sb.run_with(&["user", "enable", "-"], "\n").code(2);
    // A disabled user cannot log in, without argon2 work, with its reason.
    sb.run(&["user", "disable", "sam"]).ok();
    let out = sb.run_with(
        &["user", "verify", "sam", "--password-stdin"],
        USER_PASSWORD,
    );
    assert_eq!(out.code(6).stdout, "denied: user is disabled\n");
}

#[test]
fn delete_confirms_and_guards_owned_accounts() {
    let sb = Sandbox::initialised();
    sb.add_user("vera", &[]);
    sb.add_user("walt", &[]);
    let before = dump(&sb.db);
    let out = sb.run(&["user", "delete", "vera"]);
    out.code(5);
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
    assert_eq!(dump(&sb.db), before);
    sb.run(&["user", "delete", "ghost", "--yes"]).code(3);
    // An owner needs --transfer-to.
    sb.sql()
        .execute(
            "UPDATE accounts SET owner_id = (SELECT id FROM users WHERE username = 'vera')",
            [],
        )
        .unwrap();
    let before = dump(&sb.db);
    let out = sb.run(&["user", "delete", "vera", "--yes"]);
    out.code(5);
    assert!(
        out.stderr.contains("owns 1 account: root") && out.stderr.contains("--transfer-to"),
        "{}",
        out.stderr
    );
    assert_eq!(dump(&sb.db), before);
    sb.run(&["user", "delete", "vera", "--yes", "--transfer-to", "ghost"])
        .code(3);
    sb.run(&["user", "delete", "vera", "--yes", "--transfer-to", "vera"])
        .code(2);
    sb.run(&["user", "delete", "vera", "--yes", "--transfer-to", "walt"])
        .ok();
    let owner: String = sb
        .sql()
        .query_row(
            "SELECT u.username FROM accounts a JOIN users u ON u.id = a.owner_id",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(owner, "walt");
    sb.run(&["user", "show", "vera"]).code(3);
    // History outlives the user.
    let history = sb.run(&["--json", "user", "events", "vera"]).json();
    let actions: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["user.delete", "user.create"]);
    sb.run(&["user", "events", "never-existed"]).code(3);
}

#[test]
fn delete_asks_on_a_terminal() {
    let sb = Sandbox::initialised();
    sb.add_user("xena", &[]);
    let mut cmd = sb.command();
    cmd.args(["user", "delete", "xena"]);
    let mut s = rexpect::session::spawn_command(cmd, Some(10_000)).unwrap();
    s.exp_string("Delete user \"xena\"?").unwrap();
    s.send_line("n").unwrap();
    s.exp_eof().unwrap();
    sb.run(&["user", "show", "xena"]).ok();
    let mut cmd = sb.command();
    cmd.args(["user", "delete", "xena"]);
    let mut s = rexpect::session::spawn_command(cmd, Some(10_000)).unwrap();
    s.exp_string("Delete user \"xena\"?").unwrap();
    s.send_line("y").unwrap();
    s.exp_eof().unwrap();
    sb.run(&["user", "show", "xena"]).code(3);
}

#[test]
fn events_show_a_users_history_newest_first() {
    let sb = Sandbox::initialised();
    sb.add_user("yann", &[]);
    sb.run_with(
        &["user", "verify", "yann", "--password-stdin"],
        USER_PASSWORD,
    )
    .ok();
    run_command(
        sb.command()
            .env("WARDEN_NOW", "2026-03-02T00:00:00Z")
            .args(["user", "disable", "yann"]),
        b"",
    )
    .ok();
    let all = sb.run(&["--json", "user", "events", "yann"]).json();
    let actions: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["user.disable", "user.login", "user.create"]);
    assert_eq!(
        sb.run(&["--json", "user", "events", "yann", "--limit", "1"])
            .json()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let since = sb
        .run(&["--json", "user", "events", "yann", "--since", "2026-03-02"])
        .json();
    assert_eq!(since.as_array().unwrap().len(), 1);
}

#[test]
fn notifications_are_queued_only_for_users_who_want_them() {
    let sb = Sandbox::initialised();
    sb.add_user("zoe", &["--email", "zoe@x.example", "--welcome"]);
    sb.add_user(
        "quiet",
        &["--email", "q@x.example", "--welcome", "--no-notify"],
    );
    sb.run_with(
        &["user", "passwd", "zoe", "--password-stdin"],
        "another-strong-passphrase",
    )
    .ok();
    let conn = sb.sql();
    let mut stmt = conn
        .prepare("SELECT recipient, kind, body FROM notifications ORDER BY id")
        .unwrap();
    let rows: Vec<(String, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let kinds: Vec<(&str, &str)> = rows
        .iter()
        .map(|(to, kind, _)| (to.as_str(), kind.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("zoe@x.example", "welcome"),
            ("zoe@x.example", "password_reset")
        ]
    );
    for (_, _, body) in &rows {
        assert!(!body.contains(USER_PASSWORD) && !body.contains("another-strong-passphrase"));
    }
}

#[test]
fn the_add_prompt_asks_twice_and_retries_a_mismatch() {
    let sb = Sandbox::initialised();
    let mut cmd = sb.command();
    cmd.args(["user", "add", "pia"]);
    let mut s = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    let mut seen = String::new();
    seen += &s.exp_string("New password for pia: ").unwrap();
    s.send_line(USER_PASSWORD).unwrap();
    seen += &s.exp_string("Repeat the password: ").unwrap();
    s.send_line("violet-harbor-lanterm").unwrap();
    seen += &s.exp_string("do not match").unwrap();
    seen += &s.exp_string("New password for pia: ").unwrap();
    s.send_line("short").unwrap();
    seen += &s.exp_string("too short").unwrap();
    seen += &s.exp_string("New password for pia: ").unwrap();
    s.send_line(USER_PASSWORD).unwrap();
    seen += &s.exp_string("Repeat the password: ").unwrap();
    s.send_line(USER_PASSWORD).unwrap();
    seen += &s.exp_eof().unwrap();
    assert!(
        !seen.contains("violet") && !seen.contains("short\r"),
        "echoed:\n{seen}"
    );
    sb.run_with(
        &["user", "verify", "pia", "--password-stdin"],
        USER_PASSWORD,
    )
    .ok();
}
