//! Security: file modes under a permissive umask, the timing of login
//! checks, where secrets must never show up, and what a stand-in or a
//! custom role can never reach.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

/// warden run through `sh` with `umask 022`, as a login shell would have it.
fn under_umask_022(sb: &Sandbox, args: &[&str]) -> Command {
    let base = sb.command();
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("umask 022; exec \"$0\" \"$@\"")
        .arg(BIN)
        .args(args)
        .env_clear()
        .envs(base.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .current_dir(sb.dir.path());
    cmd
}

#[test]
fn the_database_its_wal_files_and_backups_are_private_under_umask_022() {
    crate::sqlite_only!("postgres::a_password_file_others_can_read_is_refused");
    let sb = Sandbox::new();
    run_command(
        &mut under_umask_022(&sb, &["init", "--password-stdin"]),
        format!("{PASSWORD}\n").as_bytes(),
    )
    .ok();
    assert_eq!(mode(&sb.db), 0o600);
    // A warden waiting for a password holds the database open, so its
    // -wal and -shm files exist and can be inspected.
    let mut waiting = under_umask_022(&sb, &["user", "add", "wally", "--password-stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let wal = sb.path("warden.db-wal");
    let shm = sb.path("warden.db-shm");
    let deadline = Instant::now() + Duration::from_secs(5);
    while !(wal.exists() && shm.exists()) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let modes = (wal.exists() && shm.exists()).then(|| (mode(&wal), mode(&shm)));
    drop(waiting.stdin.take());
    let _ = waiting.wait();
    assert_eq!(modes, Some((0o600, 0o600)), "-wal and -shm");
    let copy = sb.path("copy.db");
    run_command(
        &mut under_umask_022(&sb, &["db", "backup", copy.to_str().unwrap()]),
        b"",
    )
    .ok();
    assert_eq!(mode(&copy), 0o600);
}

#[test]
fn a_database_readable_by_its_group_gets_a_warning_too() {
    crate::sqlite_only!("postgres::a_password_file_others_can_read_is_refused");
    use std::os::unix::fs::PermissionsExt;
    // 0644 is covered by store.rs; a group-only bit warns as well, 0600
    // not. (A file others may write is refused: see below.)
    let sb = Sandbox::initialised();
    for (bits, warned) in [(0o640, true), (0o600, false)] {
        std::fs::set_permissions(&sb.db, std::fs::Permissions::from_mode(bits)).unwrap();
        let out = sb.run(&["settings", "get", "deletion.grace"]);
        assert_eq!(
            out.ok().stderr.contains("chmod 600"),
            warned,
            "{bits:o}: {}",
            out.stderr
        );
    }
}

fn chmod(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// OpenSSH's StrictModes for the database: a file, folder or side file
/// that someone other than the owner and root could write (or that someone
/// else owns) is refused with exit 1 before SQLite reads anything, and
/// `init` will not create a database there. Before, all of these were
/// opened, and a log planted by another user was replayed into root's
/// database.
#[test]
fn a_database_others_could_tamper_with_is_refused() {
    crate::sqlite_only!("postgres::a_password_file_others_can_read_is_refused");
    let sb = Sandbox::initialised();
    let dir = sb.dir.path().to_path_buf();
    let before = dump(&sb.db);
    let refused = |args: &[&str], why: &str| {
        let out = sb.run(args);
        out.code(1).no_panic();
        let first = out.stderr.lines().next().unwrap_or_default().to_string();
        assert!(
            first.starts_with(&format!("error: refusing to use {}: ", sb.db.display())),
            "{args:?}: {}",
            out.stderr
        );
        assert!(first.contains(why), "{args:?}: {first}");
        assert!(out.stderr.contains("hint: "), "{}", out.stderr);
    };
    for (mode, shown) in [
        (0o1777, "1777"),
        (0o777, "0777"),
        (0o770, "0770"),
        (0o720, "0720"),
    ] {
        chmod(&dir, mode);
        for args in [&["user", "list"][..], &["maintenance"], &["db", "check"]] {
            refused(
                args,
                &format!(
                    "its folder {} is writable by its group or others (mode {shown})",
                    dir.display()
                ),
            );
        }
    }
    chmod(&dir, 0o700);
    for mode in [0o666, 0o620, 0o602] {
        chmod(&sb.db, mode);
        refused(&["user", "list"], "is writable by its group or others");
    }
    chmod(&sb.db, 0o600);
    assert_eq!(dump(&sb.db), before);

    // init: not into a folder others can write, sticky or not; into a new
    // folder below a sticky one, yes (it is made 0700).
    let shared = dir.join("shared");
    std::fs::create_dir(&shared).unwrap();
    chmod(&shared, 0o1777);
    let db = shared.join("w.db");
    let out = sb.run_with(
        &["--db", db.to_str().unwrap(), "init", "--password-stdin"],
        PASSWORD,
    );
    out.code(1);
    assert!(
        out.stderr
            .contains("is writable by its group or others (mode 1777)"),
        "{}",
        out.stderr
    );
    assert!(!db.exists(), "init created nothing");
    let nested = shared.join("own/w.db");
    sb.run_with(
        &["--db", nested.to_str().unwrap(), "init", "--password-stdin"],
        PASSWORD,
    )
    .ok();
    assert_eq!(mode(&shared.join("own")), 0o700);
    chmod(&shared, 0o777);
    let out = sb.run(&["--db", nested.to_str().unwrap(), "user", "list"]);
    assert!(
        out.code(1).stderr.contains(
            "above it is writable by its group or others without the sticky bit (mode 0777)"
        ),
        "{}",
        out.stderr
    );
    chmod(&shared, 0o755);
    sb.run(&["user", "list"]).ok();
}

/// The attack itself: another local user (uid 65534) plants a write-ahead
/// log beside root's database, in a folder everyone may write to (sticky
/// or not). The log adds an admin `mallory` and sets `notify.command` to
/// the attacker's program; warden refuses the database instead of reading
/// the attacker's users or running the attacker's command, and goes on
/// refusing while the planted file is there, even once the folder is
/// closed again.
#[test]
fn a_write_ahead_log_planted_by_another_user_is_refused() {
    crate::sqlite_only!("postgres::a_password_file_others_can_read_is_refused");
    let test = "a_write_ahead_log_planted_by_another_user_is_refused";
    if !crate::tools::root(test) {
        return;
    }
    if !crate::tools::have("setpriv", "util-linux", test) {
        return;
    }
    let sb = Sandbox::initialised();
    let dir = sb.dir.path().to_path_buf();
    // A welcome message waits, so maintenance would run notify.command.
    sb.run(&[
        "user",
        "add",
        "wendy",
        "--no-password",
        "--email",
        "wendy@example.com",
        "--welcome",
    ])
    .ok();
    let marker = dir.join("PWNED");
    let evil = dir.join("evil.sh");
    std::fs::write(
        &evil,
        format!("#!/bin/sh\ncat >/dev/null\ntouch {}\n", marker.display()),
    )
    .unwrap();
    chmod(&evil, 0o755);
    // The attacker's log: made against a copy of the very same file.
    let copy = dir.join("copy.db");
    std::fs::copy(&sb.db, &copy).unwrap();
    let conn = sql(&copy);
    conn.execute_batch(&format!(
        "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;
         INSERT INTO users (username, created_at, updated_at) VALUES ('mallory', 0, 0);
         INSERT INTO user_roles (user_id, role_id, position, active, assigned_at)
           SELECT u.id, r.id, 1, 1, 0 FROM users u, roles r WHERE u.username = 'mallory' AND r.name = 'admin';
         INSERT INTO settings (key, value, updated_at) VALUES ('notify.command', '{}', 0);",
        evil.display()
    ))
    .unwrap();
    let wal = std::fs::read(dir.join("copy.db-wal")).unwrap();
    assert!(!wal.is_empty());
    std::mem::forget(conn); // closing would fold the log back into the copy
    let before = dump(&sb.db);
    for mode in [0o1777, 0o777] {
        chmod(&dir, mode);
        let staged =
            std::env::temp_dir().join(format!("warden-planted-{}-{mode:o}", std::process::id()));
        std::fs::write(&staged, &wal).unwrap();
        chmod(&staged, 0o644);
        let plant = Command::new("setpriv")
            .args([
                "--reuid",
                "65534",
                "--regid",
                "65534",
                "--clear-groups",
                "--",
                "cp",
            ])
            .arg(&staged)
            .arg(dir.join("warden.db-wal"))
            .status()
            .unwrap();
        let _ = std::fs::remove_file(&staged);
        assert!(plant.success(), "uid 65534 plants the log");
        for args in [&["--json", "user", "list"][..], &["maintenance"]] {
            let out = sb.run(args);
            out.code(1).no_panic();
            assert!(!out.stdout.contains("mallory"), "{}", out.stdout);
            assert!(out.stderr.contains("refusing to use"), "{}", out.stderr);
        }
        assert!(!marker.exists(), "the attacker's command never ran");
        // Closed again, the folder still holds the stranger's file.
        chmod(&dir, 0o700);
        let out = sb.run(&["user", "list"]);
        assert!(
            out.code(1)
                .stderr
                .contains("-wal is owned by nobody (uid 65534)"),
            "{}",
            out.stderr
        );
        std::fs::remove_file(dir.join("warden.db-wal")).unwrap();
        assert_eq!(dump(&sb.db), before);
    }
    let users = sb.run(&["--json", "user", "list"]).json();
    assert!(!users.to_string().contains("mallory"));
    sb.run(&["db", "check"]).ok();
}

/// warden trusts only the user running it and root with the database:
/// not a database, an empty file or a folder another user made (for `init`
/// too, where another user got there first), and not a link or a folder
/// holding a link on the way that another user could change. Before, root
/// used such files, and a link in a folder anyone may write was never
/// looked at.
#[test]
fn no_one_but_the_user_and_root_is_trusted_with_the_database_or_the_way_to_it() {
    crate::sqlite_only!("postgres::a_password_in_the_url_is_refused_and_never_echoed");
    use std::os::unix::fs::{chown, symlink};
    let test = "no_one_but_the_user_and_root_is_trusted_with_the_database_or_the_way_to_it";
    if !crate::tools::root(test) {
        return;
    }
    const NOBODY: u32 = 65_534;
    let sb = Sandbox::initialised();
    let dir = sb.dir.path().to_path_buf();
    let before = dump(&sb.db);
    // Another user's database: refused, whoever made it.
    chown(&sb.db, Some(NOBODY), Some(NOBODY)).unwrap();
    let out = sb.run(&["user", "list"]);
    assert!(
        out.code(1)
            .stderr
            .contains("warden.db is owned by nobody (uid 65534)"),
        "{}",
        out.stderr
    );
    chown(&sb.db, Some(0), Some(0)).unwrap();
    assert_eq!(dump(&sb.db), before);

    // init where another user made the folder and an empty file first,
    // below a sticky folder.
    let shared = dir.join("shared");
    std::fs::create_dir(&shared).unwrap();
    chmod(&shared, 0o1777);
    let theirs = shared.join("theirs");
    std::fs::create_dir(&theirs).unwrap();
    chmod(&theirs, 0o700);
    std::fs::write(theirs.join("w.db"), b"").unwrap();
    chmod(&theirs.join("w.db"), 0o600);
    chown(&theirs, Some(NOBODY), Some(NOBODY)).unwrap();
    chown(theirs.join("w.db"), Some(NOBODY), Some(NOBODY)).unwrap();
    let db = theirs.join("w.db");
    let out = sb.run_with(
        &["--db", db.to_str().unwrap(), "init", "--password-stdin"],
        PASSWORD,
    );
    assert!(
        out.code(1).stderr.contains("refusing to use"),
        "{}",
        out.stderr
    );
    assert_eq!(
        std::fs::metadata(&db).unwrap().len(),
        0,
        "nothing written into it"
    );

    // A link to the real folder, lying in a folder anyone may write:
    // whoever can write there can point it elsewhere.
    let open = dir.join("open");
    std::fs::create_dir(&open).unwrap();
    chmod(&open, 0o777);
    symlink(&dir, open.join("warden")).unwrap();
    let via = open.join("warden/warden.db");
    let out = sb.run(&["--db", via.to_str().unwrap(), "user", "list"]);
    assert!(
        out.code(1).stderr.contains(
            "above it is writable by its group or others without the sticky bit (mode 0777)"
        ),
        "{}",
        out.stderr
    );
    // In a sticky folder the link is safe only while it is not another
    // user's.
    chmod(&open, 0o1777);
    sb.run(&["--db", via.to_str().unwrap(), "user", "list"])
        .ok();
    std::os::unix::fs::lchown(open.join("warden"), Some(NOBODY), Some(NOBODY)).unwrap();
    let out = sb.run(&["--db", via.to_str().unwrap(), "user", "list"]);
    assert!(
        out.code(1)
            .stderr
            .contains("on the way to it is owned by nobody (uid 65534)"),
        "{}",
        out.stderr
    );
    assert_eq!(dump(&sb.db), before);
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

#[test]
fn unknown_users_cost_what_wrong_passwords_cost_and_refusals_cost_nothing() {
    let sb = Sandbox::initialised();
    sb.add_user("tara", &[]);
    sb.add_user("lock", &[]);
    sb.add_user("dora", &[]);
    // Enough room for 200 failures without a lockout.
    sb.run(&["settings", "set", "auth.lockout_threshold", "1000"])
        .ok();
    sb.run(&["user", "disable", "dora"]).ok();
    sb.sql()
        .execute(
            "UPDATE users SET locked_until = 253402300799 WHERE username = 'lock'",
            [],
        )
        .unwrap();
    let warden = warden::Warden::open(&sb.db).expect("open");
    let time = |name: &str, password: &str| {
        let started = Instant::now();
        let decision = warden.verify(name, password, None).expect("verify");
        let took = started.elapsed();
        assert!(!decision.allowed, "{name}");
        took
    };
    // Warm up caches and the page cache, then interleave the two kinds so
    // that noise from other processes falls on both alike.
    for _ in 0..3 {
        time("tara", "wrong-guess-1234");
        time("nobody-here", "wrong-guess-1234");
    }
    let mut wrong_cost = std::time::Duration::ZERO;
    alike(
        "median unknown user against wrong password",
        0.9,
        1.1,
        || {
            let (mut wrong, mut unknown) = (Vec::new(), Vec::new());
            for i in 0..200 {
                if i % 2 == 0 {
                    wrong.push(time("tara", "wrong-guess-1234"));
                    unknown.push(time("nobody-here", "wrong-guess-1234"));
                } else {
                    unknown.push(time("nobody-here", "wrong-guess-1234"));
                    wrong.push(time("tara", "wrong-guess-1234"));
                }
            }
            wrong_cost = median(wrong);
            (median(unknown), wrong_cost)
        },
    );
    let wrong = wrong_cost;
    let locked = median((0..21).map(|_| time("lock", USER_PASSWORD)).collect());
    let disabled = median((0..21).map(|_| time("dora", USER_PASSWORD)).collect());
    for (what, took) in [("locked", locked), ("disabled", disabled)] {
        assert!(
            took * 4 < wrong,
            "{what} took {took:?}, a real check {wrong:?}"
        );
    }
}

/// A wrong password costs what an unknown user costs, whatever the kind
/// of stored hash: bcrypt and SHA-crypt from htpasswd, mkpasswd and
/// openssl, argon2i, argon2d and argon2id 1.0 from the argon2 tool, and an
/// argon2id hash made before `argon2.memory_kib` was raised. Before, a
/// wrong password for a cheaper hash answered much sooner (8–17 ms
/// against 37 ms; 45 ms against 260 ms), which told which users exist.
#[test]
fn a_wrong_password_costs_what_an_unknown_user_costs_whatever_the_stored_hash() {
    use crate::tools::vectors::*;
    let sb = Sandbox::initialised();
    sb.run(&["settings", "set", "auth.lockout_threshold", "1000"])
        .ok();
    let kinds = [
        ("bcrypt", HTPASSWD_BCRYPT),
        ("sha256crypt", OPENSSL_SHA256),
        ("sha512crypt", MKPASSWD_SHA512),
        ("argon2i", ARGON2I),
        ("argon2d", ARGON2D),
        ("argon2id10", ARGON2ID_V10),
    ];
    for (name, hash) in kinds {
        sb.add_user(name, &[]);
        sb.sql()
            .execute(
                "UPDATE users SET password_hash = ?1 WHERE username = ?2",
                [hash, name],
            )
            .unwrap();
    }
    sb.add_user("older", &[]);
    let warden = warden::Warden::open(&sb.db).expect("open");
    let compare = |name: &str| {
        let time = |user: &str| {
            let started = Instant::now();
            let decision = warden
                .verify(user, "wrong-guess-1234", None)
                .expect("verify");
            let took = started.elapsed();
            assert!(!decision.allowed, "{user}");
            assert_eq!(decision.reason, "invalid user name or password");
            took
        };
        for _ in 0..3 {
            time(name);
            time("nobody-here");
        }
        // The lower bound is the point: a cheaper hash must not answer
        // sooner. argon2i does a little more work than argon2id at the same
        // parameters (its addresses are computed, not read), which no
        // padding can take away, hence the higher upper bound.
        alike(
            &format!("{name}: median wrong password against unknown user"),
            0.9,
            1.2,
            || {
                let (mut wrong, mut unknown) = (Vec::new(), Vec::new());
                for i in 0..100 {
                    if i % 2 == 0 {
                        wrong.push(time(name));
                        unknown.push(time("nobody-here"));
                    } else {
                        unknown.push(time("nobody-here"));
                        wrong.push(time(name));
                    }
                }
                (median(wrong), median(unknown))
            },
        );
    };
    for (name, _) in kinds {
        compare(name);
    }
    // "older" has a hash at the parameters of its day; then they rise.
    sb.run(&["settings", "set", "argon2.memory_kib", "65536"])
        .ok();
    compare("older");
    assert!(sb
        .user_column::<String>("older", "password_hash")
        .contains("m=19456"));
}

#[test]
fn no_secret_reaches_arguments_environment_output_audit_or_mail() {
    let sb = Sandbox::initialised();
    let secret = "crimson-walrus-accordion-77";
    let wrong = "mistaken-guess-of-walrus-99";
    let mail = crate::notify::fake_sendmail(&sb, "");
    sb.run(&["settings", "set", "notify.command", mail.to_str().unwrap()])
        .ok();
    sb.run(&["settings", "set", "auth.lockout_threshold", "2"])
        .ok();
    // While warden waits for the password its /proc entries are readable
    // by others: neither the arguments nor the environment hold it.
    let mut child = sb
        .command()
        .args([
            "user",
            "add",
            "yuri",
            "--email",
            "yuri@x.example",
            "--welcome",
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let pid = child.id();
    // Right after exec the kernel may not have filled them in yet.
    let read = |file: &str| {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let bytes = std::fs::read(format!("/proc/{pid}/{file}")).unwrap_or_default();
            if !bytes.is_empty() || Instant::now() > deadline {
                return String::from_utf8_lossy(&bytes).into_owned();
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    };
    let exposed = read("cmdline") + &read("environ");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(format!("{secret}\n").as_bytes()).unwrap();
    }
    let output = child.wait_with_output().expect("wait");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        exposed.contains("--password-stdin") && exposed.contains("WARDEN_DB"),
        "{exposed:?}"
    );
    let mut everything = exposed + &String::from_utf8_lossy(&output.stderr);
    everything += &String::from_utf8_lossy(&output.stdout);
    let hash: String = sb.user_column("yuri", "password_hash");
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    // Failed logins up to a lockout, a reset, a good login, a stand-in.
    let runs: Vec<(Vec<&str>, String)> = vec![
        (
            vec!["user", "verify", "yuri", "--password-stdin"],
            wrong.into(),
        ),
        (
            vec!["user", "verify", "yuri", "--password-stdin"],
            wrong.into(),
        ),
        (vec!["user", "unlock", "yuri"], String::new()),
        (
            vec!["--json", "user", "verify", "yuri", "--password-stdin"],
            secret.into(),
        ),
        (
            vec!["user", "verify", "nobody", "--password-stdin"],
            secret.into(),
        ),
        (
            vec!["user", "passwd", "yuri", "--password-stdin"],
            format!("{secret}-new\n"),
        ),
        (vec!["--json", "user", "show", "yuri"], String::new()),
        (vec!["user", "export", "--format", "jsonl"], String::new()),
        (vec!["user", "export", "--format", "csv"], String::new()),
        (vec!["notify", "send"], String::new()),
        (vec!["--json", "notify", "list"], String::new()),
        (vec!["--json", "audit"], String::new()),
        (vec!["audit"], String::new()),
    ];
    for (args, stdin) in runs {
        let out = sb.run_with(&args, &stdin);
        out.no_panic();
        everything += &out.stdout;
        everything += &out.stderr;
    }
    for entry in std::fs::read_dir(sb.path("mail")).expect("mail") {
        everything += &std::fs::read_to_string(entry.expect("entry").path()).unwrap_or_default();
    }
    assert!(everything.contains("yuri"), "nothing was collected");
    let new_hash: String = sb.user_column("yuri", "password_hash");
    // The salt and digest, which are what an attacker would need.
    for hash in [&hash, &new_hash] {
        let tail = hash.rsplit('$').next().unwrap_or_default();
        assert!(!everything.contains(tail), "a hash leaked");
    }
    assert!(!everything.contains(secret), "the password leaked");
    assert!(!everything.contains(wrong), "a wrong password leaked");
    // Only an explicit --include-hashes writes them.
    let out = sb.run(&["user", "export", "--format", "jsonl", "--include-hashes"]);
    assert!(out.ok().stdout.contains(&new_hash));
}

/// Every change of stored state and every export of password hashes is
/// audited; a command that changes nothing records nothing. Before,
/// `account use` and `user export --include-hashes` recorded nothing, and
/// an identical `account grant`, `account credits --add 0`, a `role edit`
/// to what the role already was and the same `backup-user enable` again
/// recorded events for no change.
#[test]
fn every_change_and_export_of_hashes_is_audited_and_no_change_records_nothing() {
    let sb = Sandbox::initialised();
    sb.add_account("acme", &[]);
    sb.add_user("bob", &["--role", "viewer"]);
    sb.add_user("cleo", &["--role", "viewer"]);
    sb.run(&[
        "role",
        "create",
        "aud",
        "--permission",
        "audit.read",
        "--description",
        "Auditors",
    ])
    .ok();
    sb.run(&["backup-user", "set", "bob", "cleo"]).ok();
    let count = || -> i64 {
        sb.sql()
            .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
            .unwrap()
    };
    let newest = || sb.run(&["--json", "audit", "--limit", "1"]).json()[0].clone();
    let changes = |args: &[&str], action: &str| -> serde_json::Value {
        let before = count();
        sb.run(args).ok();
        assert_eq!(count(), before + 1, "{args:?} is one audited change");
        let event = newest();
        assert_eq!(event["action"], action, "{args:?}");
        event
    };
    let no_change = |args: &[&str]| {
        let before = dump(&sb.db);
        sb.run(args).ok();
        assert_eq!(dump(&sb.db), before, "{args:?} changes and records nothing");
    };

    let used = changes(&["account", "use", "acme"], "account.use");
    assert_eq!(used["target"], "acme");
    assert_eq!(used["details"]["from"], serde_json::Value::Null);
    no_change(&["account", "use", "acme"]);
    assert_eq!(
        changes(&["account", "use", "root"], "account.use")["details"]["from"],
        "acme"
    );

    changes(
        &["account", "grant", "acme", "bob", "--access", "full"],
        "account.grant",
    );
    no_change(&["account", "grant", "acme", "bob", "--access", "full"]);
    let out = sb.run(&[
        "--json", "account", "grant", "acme", "bob", "--access", "full",
    ]);
    assert_eq!(out.ok().json()["changed"], false);
    let regrant = changes(
        &["account", "grant", "acme", "bob", "--access", "limited"],
        "account.grant",
    );
    assert_eq!(regrant["details"]["from"], "full");

    no_change(&["account", "credits", "acme", "--add", "0"]);
    no_change(&["account", "credits", "acme", "--set", "0"]);
    changes(
        &["account", "credits", "acme", "--add", "5"],
        "account.credits",
    );

    no_change(&["role", "edit", "aud", "--add-permission", "audit.read"]);
    no_change(&["role", "edit", "aud", "--description", "Auditors"]);
    no_change(&["role", "edit", "aud", "--remove-permission", "reports.read"]);
    changes(
        &["role", "edit", "aud", "--add-permission", "reports.read"],
        "role.update",
    );

    let window = [
        "backup-user",
        "enable",
        "bob",
        "--from",
        "2026-03-02",
        "--until",
        "2026-03-04",
    ];
    changes(&window, "backup-user.enable");
    no_change(&window);

    // Hashes leaving the database are on the record, whatever the format;
    // an export without them is a read like any other.
    no_change(&["user", "export"]);
    for args in [
        &["user", "export", "--include-hashes"][..],
        &["user", "export", "--include-hashes", "--format", "csv"],
        &["--json", "user", "export", "--include-hashes"],
    ] {
        let event = changes(args, "user.export");
        assert_eq!(event["details"]["include_hashes"], true, "{args:?}");
    }
}

#[test]
fn control_characters_in_audit_details_are_escaped_when_printed() {
    let sb = Sandbox::initialised();
    sb.sql()
        .execute(
            "INSERT INTO events (at, actor, action, target, details) \
             VALUES (1, 'ev\x1b[1mil', 'test', 'x', ?1)",
            [r#"{"reason":"a\u001b[2Jb\u202ec\u200dd"}"#],
        )
        .unwrap();
    let table = sb.run(&["audit", "--action", "test"]);
    let text = &table.ok().stdout;
    assert!(text.contains("test"), "{text}");
    for raw in ['\x1b', '\u{202e}', '\u{200d}'] {
        assert!(!text.contains(raw), "raw {raw:?} in {text:?}");
    }
    // JSON Lines keeps the exact text for programs (as --json does, see
    // output.rs), but JSON itself never carries a raw control character.
    let jsonl = sb.run(&["audit", "--action", "test", "--format", "jsonl"]);
    assert!(!jsonl.ok().stdout.contains('\x1b'), "{}", jsonl.stdout);
}

#[test]
fn a_custom_role_cannot_hold_a_permission_outside_the_catalog() {
    // Stand-ins: backup_users.rs proves admin permissions are never
    // delegated and a stand-in cannot act for a third user.
    let sb = Sandbox::initialised();
    sb.run(&["role", "create", "ops2", "--permission", "users.read"])
        .ok();
    let before = dump(&sb.db);
    for bad in ["*", "users.*", "root", "USERS.MANAGE", "users.manage "] {
        sb.run(&["role", "create", "sneaky", "--permission", bad])
            .code(2);
        sb.run(&["role", "edit", "ops2", "--add-permission", bad])
            .code(2);
    }
    assert_eq!(dump(&sb.db), before);
}
