//! The library as a service holds it: one `Warden` shared by threads, its
//! typed answers, its clock, and logins that never wait for the system
//! log. A test binary of its own: one test here sets `WARDEN_NOW` in the
//! process, which must not reach the suite's other tests.

use std::os::unix::net::UnixDatagram;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use warden::{FixedClock, Kind, Reason, Syslog, Warden};

const BIN: &str = env!("CARGO_BIN_EXE_warden");
const PASSWORD: &str = "tangerine-otter-bicycle";
const USER_PASSWORD: &str = "violet-harbor-lantern";

/// A database made by the command line, on the system clock.
struct Site {
    dir: tempfile::TempDir,
    db: PathBuf,
}

impl Site {
    fn new() -> Site {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("warden.db");
        let site = Site { dir, db };
        site.run(&["init", "--password-stdin"], &format!("{PASSWORD}\n"));
        site
    }

    fn command(&self) -> Command {
        let mut cmd = Command::new(BIN);
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("USER", "tester")
            .env("WARDEN_DB", &self.db)
            .env("WARDEN_CONFIG", "")
            .env("WARDEN_SYSLOG_SOCKET", self.dir.path().join("no.sock"));
        cmd
    }

    /// Runs warden, which must succeed.
    fn run(&self, args: &[&str], stdin: &str) {
        let out = run(
            self.command().args(args),
            stdin.as_bytes(),
            Duration::from_secs(60),
        );
        assert_eq!(out.0, Some(0), "warden {args:?}: {}", out.1);
    }

    fn user(&self, name: &str, extra: &[&str]) {
        let mut args = vec!["user", "add", name, "--password-stdin"];
        args.extend(extra);
        self.run(&args, USER_PASSWORD);
    }

    fn account(&self, name: &str) {
        self.run(
            &[
                "account",
                "create",
                name,
                "--parent",
                "root",
                "--password-stdin",
            ],
            "copper-meadow-signal\n",
        );
    }

    fn events(&self, action: &str) -> i64 {
        let conn = rusqlite::Connection::open(&self.db).expect("open");
        conn.query_row(
            "SELECT count(*) FROM events WHERE action = ?1",
            [action],
            |r| r.get(0),
        )
        .expect("count")
    }
}

/// Runs a command with `stdin`, killing it past `limit`: its exit code
/// (None when killed) and its standard error.
fn run(cmd: &mut Command, stdin: &[u8], limit: Duration) -> (Option<i32>, String) {
    use std::io::{Read, Write};
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start warden");
    if let Some(mut input) = child.stdin.take() {
        let _ = input.write_all(stdin);
    }
    let deadline = Instant::now() + limit;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status.code();
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let mut err = String::new();
    if let Some(mut stderr) = child.stderr.take() {
        let _ = stderr.read_to_string(&mut err);
    }
    (status, err)
}

/// A syslog reader that stopped reading: a datagram socket bound and
/// never read, whose queue fills after a few lines.
fn stalled_reader(dir: &Path) -> (UnixDatagram, PathBuf) {
    let path = dir.join("stalled.sock");
    let socket = UnixDatagram::bind(&path).expect("bind");
    (socket, path)
}

#[test]
fn a_stalled_syslog_reader_holds_up_no_login_of_the_library_or_of_pam() {
    let site = Site::new();
    site.user("alice", &["--role", "viewer"]);
    let (_reader, path) = stalled_reader(site.dir.path());

    // The same logins without a system log, for the normal time.
    let quiet = Warden::builder(&site.db)
        .syslog(Syslog::Off)
        .open()
        .expect("open");
    let started = Instant::now();
    for _ in 0..10 {
        let d = quiet.verify("alice", USER_PASSWORD, None).expect("verify");
        assert!(d.allowed, "{}", d.reason);
    }
    let normal = started.elapsed() / 10;

    let warden = Warden::builder(&site.db)
        .syslog(Syslog::Socket(path.clone()))
        .open()
        .expect("open");
    let dropped_before = warden.syslog_dropped();
    let (done, took) = {
        let warden = warden.clone();
        let finished = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&finished);
        let worker = std::thread::spawn(move || {
            let started = Instant::now();
            for i in 0..100 {
                let password = if i % 2 == 0 { USER_PASSWORD } else { "wrong" };
                let d = warden.verify("alice", password, None).expect("verify");
                assert_eq!(d.allowed, i % 2 == 0, "{}", d.reason);
            }
            flag.store(true, Ordering::SeqCst);
            started.elapsed()
        });
        // A blocking write would wait for the reader forever.
        let deadline = Instant::now() + normal * 100 * 3 + Duration::from_secs(20);
        while !finished.load(Ordering::SeqCst) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        let done = finished.load(Ordering::SeqCst);
        assert!(done, "100 logins did not finish with the reader stalled");
        (done, worker.join().expect("no panic"))
    };
    assert!(done);
    let per_login = took / 100;
    assert!(
        per_login < normal * 3 + Duration::from_millis(20),
        "a login took {per_login:?} with the reader stalled, {normal:?} without a log"
    );
    // The queue takes a few lines; every other one was dropped and counted.
    let dropped = warden.syslog_dropped() - dropped_before;
    assert!(dropped >= 80, "{dropped} lines counted as dropped");

    // 20 logins through PAM's door, each a process, to the same socket.
    for i in 0..20 {
        let password = if i % 2 == 0 { USER_PASSWORD } else { "wrong" };
        let mut cmd = site.command();
        cmd.env("WARDEN_SYSLOG_SOCKET", &path)
            .env("PAM_TYPE", "auth")
            .env("PAM_USER", "alice")
            .env("PAM_RHOST", "203.0.113.7")
            .args(["user", "verify", "--pam"]);
        let started = Instant::now();
        let (code, err) = run(
            &mut cmd,
            format!("{password}\0").as_bytes(),
            Duration::from_secs(15),
        );
        let expected = if i % 2 == 0 { 0 } else { 6 };
        assert_eq!(code, Some(expected), "--pam login {i}: {err}");
        assert!(
            started.elapsed() < normal * 3 + Duration::from_secs(2),
            "--pam login {i} took {:?}",
            started.elapsed()
        );
    }
    // Said once in the audit log, not at every dropped line.
    assert_eq!(site.events("syslog.dropped"), 1);
    // Without a socket at all (a system without syslog) nothing is said.
    let site = Site::new();
    site.user("bob", &[]);
    let warden = Warden::builder(&site.db)
        .syslog(Syslog::Socket(site.dir.path().join("nothing-here.sock")))
        .open()
        .expect("open");
    let d = warden.verify("bob", USER_PASSWORD, None).expect("verify");
    assert!(d.allowed);
    assert_eq!(site.events("syslog.dropped"), 0);
}

#[test]
fn login_events_reach_the_services_own_receiver_in_order() {
    let site = Site::new();
    site.user("alice", &[]);
    let lines = Arc::new(std::sync::Mutex::new(Vec::new()));
    let sink = Arc::clone(&lines);
    let warden = Warden::builder(&site.db)
        .syslog(Syslog::Callback(Arc::new(move |event| {
            sink.lock().expect("lines").push(event.to_string());
        })))
        .open()
        .expect("open");
    let ip = "203.0.113.7".parse().ok();
    warden.verify("alice", "wrong", ip).expect("verify");
    warden.verify("alice", USER_PASSWORD, ip).expect("verify");
    assert_eq!(
        *lines.lock().expect("lines"),
        [
            "login failed from=203.0.113.7 user=alice reason=wrong-password",
            "login accepted from=203.0.113.7 user=alice",
        ]
    );
}

#[test]
fn the_environment_moves_no_decision_of_the_library() {
    let site = Site::new();
    site.user("alice", &["--role", "viewer", "--expires", "2090-01-01"]);
    let warden = Warden::open(&site.db).expect("open");
    let ask = |w: &Warden| {
        let can = w.can("alice", "backups.read", None).expect("can");
        let login = w.verify("alice", USER_PASSWORD, None).expect("verify");
        (can.code, can.allowed, login.code, login.allowed)
    };
    let before = ask(&warden);
    assert_eq!(
        before,
        (Reason::RoleGrants, true, Reason::PasswordAccepted, true)
    );
    // Only this test binary's process sees these.
    for value in ["2099-01-01T00:00:00Z", "garbage"] {
        std::env::set_var("WARDEN_NOW", value);
        assert_eq!(ask(&warden), before, "WARDEN_NOW={value}");
        assert_eq!(ask(&Warden::open(&site.db).expect("open")), before);
    }
    std::env::remove_var("WARDEN_NOW");
    // The caller's clock is the one that counts.
    let later = Warden::builder(&site.db)
        .clock(FixedClock(
            Utc.with_ymd_and_hms(2099, 1, 1, 0, 0, 0).unwrap(),
        ))
        .open()
        .expect("open");
    let (can, allowed, login, accepted) = ask(&later);
    assert_eq!((can, allowed), (Reason::Expired, false));
    assert_eq!((login, accepted), (Reason::Expired, false));
}

#[test]
fn every_refusal_comes_back_as_a_decision_with_its_typed_reason() {
    let site = Site::new();
    site.user("alice", &["--role", "viewer"]);
    site.user("bob", &["--role", "viewer"]);
    site.user("gone", &["--role", "viewer"]);
    site.run(&["user", "disable", "gone"], "");
    site.user("fenced", &["--allowed-ip", "10.0.0.0/8"]);
    site.user("late", &["--expires", "2030-01-01"]);
    site.user("locked", &[]);
    for name in ["acme", "shut", "doomed"] {
        site.account(name);
    }
    site.run(
        &[
            "account",
            "create",
            "acme-eu",
            "--parent",
            "acme",
            "--password-stdin",
        ],
        "copper-meadow-signal\n",
    );
    site.run(
        &["account", "grant", "acme", "alice", "--access", "limited"],
        "",
    );
    site.run(
        &["account", "grant", "shut", "alice", "--access", "full"],
        "",
    );
    site.run(
        &["account", "grant", "doomed", "alice", "--access", "full"],
        "",
    );
    site.run(&["account", "disable", "shut"], "");
    site.run(&["account", "disable", "doomed"], "");
    site.run(&["--yes", "account", "delete", "doomed"], "");
    site.run(
        &[
            "backup-user",
            "set",
            "alice",
            "bob",
            "--permission",
            "backups.read",
        ],
        "",
    );

    let warden = Warden::open(&site.db).expect("open");
    let ip = "203.0.113.7".parse().ok();
    let login = |user: &str, password: &str, ip| {
        let d = warden.verify(user, password, ip).expect("verify");
        assert!(!d.allowed, "{user}: {}", d.reason);
        d.code
    };
    assert_eq!(login("nobody", USER_PASSWORD, ip), Reason::BadCredentials);
    assert_eq!(
        login("(bad name)", USER_PASSWORD, ip),
        Reason::BadCredentials
    );
    assert_eq!(login("alice", "wrong", ip), Reason::BadCredentials);
    assert_eq!(login("gone", USER_PASSWORD, ip), Reason::Disabled);
    assert_eq!(
        login("fenced", USER_PASSWORD, ip),
        Reason::AddressNotAllowed
    );
    assert_eq!(
        login("fenced", USER_PASSWORD, None),
        Reason::NoClientAddress
    );
    for _ in 0..5 {
        login("locked", "wrong", ip);
    }
    match login("locked", USER_PASSWORD, ip) {
        Reason::Locked { until } => assert!(until > Utc::now()),
        other => panic!("locked: {other:?}"),
    }
    let in_2031 = Warden::builder(&site.db)
        .clock(FixedClock(
            Utc.with_ymd_and_hms(2031, 1, 1, 0, 0, 0).unwrap(),
        ))
        .open()
        .expect("open");
    let d = in_2031.verify("late", USER_PASSWORD, ip).expect("verify");
    assert_eq!((d.allowed, d.code), (false, Reason::Expired));
    // bob has no window open for alice yet.
    let d = warden
        .verify_as("bob", "alice", USER_PASSWORD, ip)
        .expect("verify");
    assert_eq!((d.allowed, d.code), (false, Reason::NoActiveWindow));

    let can = |user: &str, permission: &str, account: Option<&str>| {
        warden.can(user, permission, account).expect("can").code
    };
    assert_eq!(can("alice", "backups.read", None), Reason::RoleGrants);
    assert_eq!(can("nobody", "backups.read", None), Reason::UnknownUser);
    assert_eq!(
        can("alice", "backups.read", Some("nowhere")),
        Reason::UnknownAccount
    );
    for (user, permission, account, code) in [
        ("gone", "backups.read", None, Reason::Disabled),
        ("alice", "users.manage", None, Reason::PermissionNotHeld),
        (
            "alice",
            "backups.download",
            Some("acme-eu"),
            Reason::PermissionNotHeld,
        ),
        (
            "alice",
            "backups.download",
            Some("acme"),
            Reason::PermissionNotHeld,
        ),
        (
            "alice",
            "backups.restore",
            Some("shut"),
            Reason::AccountDisabled,
        ),
        (
            "alice",
            "backups.download",
            Some("shut"),
            Reason::GrantIncludes,
        ),
        (
            "alice",
            "backups.download",
            Some("doomed"),
            Reason::AccountQueued,
        ),
    ] {
        assert_eq!(
            can(user, permission, account),
            code,
            "{user} {permission} {account:?}"
        );
    }
    let can_as = |permission: &str, account: Option<&str>| {
        warden
            .can_as("bob", "alice", permission, account)
            .expect("can_as")
            .code
    };
    assert_eq!(can_as("backups.read", None), Reason::NoActiveWindow);
    site.run(&["backup-user", "enable", "alice", "--for", "1d"], "");
    assert_eq!(can_as("backups.read", None), Reason::WindowAllows);
    assert_eq!(can_as("users.manage", None), Reason::NeverDelegated);
    assert_eq!(can_as("reports.read", None), Reason::OutsideWindowScope);
    assert_eq!(
        can_as("backups.read", Some("nowhere")),
        Reason::UnknownAccount
    );
    // A permission that does not exist is the caller's mistake, an error.
    let err = warden.can("alice", "backups.fly", None).unwrap_err();
    assert_eq!(err.kind, Kind::Usage);
    // In JSON, the code by name.
    let json =
        serde_json::to_value(warden.can("gone", "backups.read", None).expect("can")).expect("json");
    assert_eq!(json["code"], "disabled");
}

#[test]
fn eight_threads_share_one_handle_beside_a_writing_command_line() {
    let site = Site::new();
    site.user("alice", &["--role", "viewer"]);
    site.account("acme");
    site.run(
        &["account", "grant", "acme", "alice", "--access", "full"],
        "",
    );
    let warden = Warden::builder(&site.db)
        .syslog(Syslog::Off)
        .open()
        .expect("open");
    let stop = Arc::new(AtomicBool::new(false));
    let mut threads = Vec::new();
    for t in 0..8 {
        let warden = warden.clone();
        let stop = Arc::clone(&stop);
        threads.push(std::thread::spawn(move || {
            let mut times = Vec::new();
            while !stop.load(Ordering::Relaxed) {
                let started = Instant::now();
                let d = if t % 2 == 0 {
                    warden.verify("alice", USER_PASSWORD, None)
                } else {
                    warden.can("alice", "backups.download", Some("acme"))
                };
                let d = d.unwrap_or_else(|e| panic!("thread {t}: {e:?}"));
                assert!(d.allowed, "{}", d.reason);
                times.push(started.elapsed());
            }
            (t % 2 == 0, times)
        }));
    }
    // The command line writes beside them.
    let started = Instant::now();
    let mut written = 0;
    while started.elapsed() < Duration::from_secs(3) {
        site.user(&format!("writer{written}"), &[]);
        written += 1;
    }
    stop.store(true, Ordering::Relaxed);
    let mut verifies = Vec::new();
    let mut cans = Vec::new();
    for thread in threads {
        let (verify, times) = thread.join().expect("no panic");
        if verify {
            verifies.extend(times);
        } else {
            cans.extend(times);
        }
    }
    assert!(written > 0);
    assert!(!verifies.is_empty() && cans.len() > 100, "{}", cans.len());
    verifies.sort();
    cans.sort();
    let p99 = cans[cans.len() * 99 / 100];
    let verify_median = verifies[verifies.len() / 2];
    // A question never waits behind a login's argon2 work.
    assert!(
        p99 < verify_median,
        "can's 99th percentile {p99:?}, a login's median {verify_median:?}"
    );
}

#[test]
fn a_read_only_handle_answers_questions_and_refuses_logins() {
    let site = Site::new();
    site.user("alice", &["--role", "viewer"]);
    let warden = Warden::builder(&site.db).read_only().open().expect("open");
    let d = warden.can("alice", "backups.read", None).expect("can");
    assert!(d.allowed);
    let err = warden.verify("alice", USER_PASSWORD, None).unwrap_err();
    assert_eq!(err.kind, Kind::Usage);
    assert_eq!(site.events("user.login"), 0);
    // Debug names the place and no secret.
    let shown = format!("{warden:?}");
    assert!(shown.contains("read_only: true"), "{shown}");
    assert!(warden.warnings().is_empty(), "{:?}", warden.warnings());
    // What the open found worth saying is the service's to read.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&site.db, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    let exposed = Warden::open(&site.db).expect("open");
    assert_eq!(exposed.warnings().len(), 1, "{:?}", exposed.warnings());
    assert!(
        exposed.warnings()[0].contains("accessible by group or others"),
        "{:?}",
        exposed.warnings()
    );
}

#[test]
fn the_handle_and_its_errors_are_shaped_for_a_service() {
    fn shareable<T: Clone + Send + Sync + std::fmt::Debug + 'static>() {}
    shareable::<Warden>();
    shareable::<warden::Error>();

    let site = Site::new();
    site.user("alice", &[]);
    let warden = Warden::builder(&site.db)
        .busy_timeout(Duration::from_millis(100))
        .syslog(Syslog::Off)
        .open()
        .expect("open");
    // Another process holds the write lock past the busy timeout.
    let holder = rusqlite::Connection::open(&site.db).expect("open");
    holder.execute_batch("BEGIN IMMEDIATE").expect("lock");
    let err = warden
        .verify("alice", USER_PASSWORD, None)
        .expect_err("busy");
    assert_eq!(err.kind, Kind::Busy);
    let source = std::error::Error::source(&err).expect("SQLite's error is the source");
    assert!(source.to_string().contains("locked"), "{source}");
    // A question reads a snapshot and does not wait for the writer.
    let d = warden.can("alice", "backups.read", None).expect("can");
    assert_eq!(d.code, Reason::PermissionNotHeld);
    holder.execute_batch("ROLLBACK").expect("unlock");
    // A clone acting for someone else shares the pool and names its actor.
    let portal = warden.acting_as("portal");
    assert!(
        portal
            .verify("alice", USER_PASSWORD, None)
            .expect("verify")
            .allowed
    );
    let conn = rusqlite::Connection::open(&site.db).expect("open");
    let actor: String = conn
        .query_row(
            "SELECT actor FROM events WHERE action = 'user.login' ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("event");
    assert_eq!(actor, "portal");
    // A database of an older schema is refused rather than migrated.
    conn.pragma_update(None, "user_version", 1).expect("age it");
    let err = Warden::builder(&site.db)
        .migrate(false)
        .open()
        .expect_err("older schema");
    assert_eq!(err.remedy, Some(warden::Remedy::Migrate));
}
