//! What is true of a PostgreSQL database only: the counterparts of the
//! SQLite-file tests that the PostgreSQL pass skips, the lock that
//! serialises writers across hosts, a stopped server, a stalled host, and
//! a standby that takes over. They run on the PostgreSQL pass
//! (`WARDEN_TEST_DB_URL`), except the stalled host alone, which needs no
//! server; the tests that start servers of their own need PostgreSQL's
//! programs.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::common::*;
use crate::tools;

/// warden on another URL for the same sandbox (its HOME and clock).
fn run_at(sb: &Sandbox, db: impl AsRef<std::ffi::OsStr>, args: &[&str]) -> Outcome {
    run_command(sb.command().env("WARDEN_DB", db).args(args), b"")
}

/// Waits until a new session sees `setting` at `value`: the server has
/// read its configuration again, pg_hba.conf with it.
fn reloaded(url: &str, setting: &str, value: &str) {
    for _ in 0..600 {
        let now: String = sql(Path::new(url))
            .query_row(&format!("SELECT current_setting('{setting}')"), [], |r| {
                r.get(0)
            })
            .unwrap();
        if now == value {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("the server never took {setting} = {value}");
}

/// SQL as the server's superuser, outside warden.
fn admin_sql(sb: &Sandbox, sql: &str) {
    sb.sql().execute_batch(sql).expect(sql);
}

/// The sandbox's URL with more `-c` options for the session.
fn with_options(sb: &Sandbox, extra: &str) -> String {
    let url = sb.db.display().to_string();
    url.replacen("options=", &format!("options={extra}%20"), 1)
}

#[test]
fn init_fills_an_empty_schema_and_refuses_a_second_time() {
    crate::postgres_only!();
    let sb = Sandbox::new();
    let out = sb.run(&["user", "list"]);
    out.code(3);
    assert!(
        out.stderr.contains("no warden database at"),
        "{}",
        out.stderr
    );
    sb.init();
    let out = sb.run_with(&["init", "--password-stdin"], PASSWORD);
    out.code(4);
    assert!(out.stderr.contains("already initialised"), "{}", out.stderr);
    let out = sb.run(&["--json", "user", "list"]);
    assert_eq!(out.ok().json()[0]["username"], "admin");
}

#[test]
fn a_schema_warden_did_not_create_is_refused() {
    crate::postgres_only!();
    let sb = Sandbox::new();
    admin_sql(
        &sb,
        "CREATE TABLE inventory (id BIGINT); INSERT INTO inventory VALUES (1)",
    );
    let before = sb.dump();
    for args in [vec!["user", "list"], vec!["init", "--password-stdin"]] {
        let out = sb.run_with(&args, PASSWORD);
        out.code(1).no_panic();
        assert!(
            out.stderr.contains("not a warden database"),
            "{args:?}: {}",
            out.stderr
        );
    }
    assert_eq!(sb.dump(), before);
    // A schema that holds warden_meta with another application's mark.
    let sb = Sandbox::initialised();
    admin_sql(&sb, "UPDATE warden_meta SET application_id = 42");
    let out = sb.run(&["user", "list"]);
    out.code(1);
    assert!(
        out.stderr.contains("not a warden database"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_password_in_the_url_is_refused_and_never_echoed() {
    crate::postgres_only!();
    let sb = Sandbox::initialised();
    let url = sb.db.display().to_string();
    let with_password = url.replacen("postgres@", "postgres:hunter2-secret@", 1);
    let with_parameter = format!("{url}&password=hunter2-secret");
    for bad in [with_password, with_parameter] {
        let out = run_at(&sb, &bad, &["user", "list"]);
        out.code(2).no_panic();
        assert!(out.stderr.contains("holds a password"), "{}", out.stderr);
        assert!(out.stderr.contains(".pgpass"), "{}", out.stderr);
        assert!(!out.stderr.contains("hunter2"), "{}", out.stderr);
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn a_password_file_others_can_read_is_refused() {
    crate::postgres_only!();
    let sb = Sandbox::initialised();
    let file = sb.path("pgpass");
    std::fs::write(&file, "*:*:*:postgres:not-needed-here\n").unwrap();
    for (mode, code) in [(0o644, 1), (0o640, 1), (0o600, 0)] {
        std::fs::set_permissions(&file, std::os::unix::fs::PermissionsExt::from_mode(mode))
            .unwrap();
        let out = run_command(
            sb.command().env("PGPASSFILE", &file).args(["user", "list"]),
            b"",
        );
        out.code(code).no_panic();
        if code != 0 {
            assert!(
                out.stderr.contains("can be read by group or others")
                    && out.stderr.contains("chmod 600"),
                "{mode:o}: {}",
                out.stderr
            );
        }
    }
}

#[test]
fn a_read_only_session_reads_and_refuses_writes() {
    crate::postgres_only!();
    let sb = Sandbox::initialised();
    sb.add_user("bob", &[]);
    let read_only = with_options(&sb, "-cdefault_transaction_read_only%3Don");
    let before = sb.dump();
    let run = |args: &[&str]| run_at(&sb, &read_only, args);
    run(&["user", "show", "bob"]).ok();
    run(&["user", "can", "bob", "backups.read"]).no_panic();
    run(&["account", "list"]).ok();
    for args in [
        vec!["user", "add", "carol", "--no-password"],
        vec!["user", "disable", "bob"],
        vec!["settings", "set", "deletion.grace", "3d"],
    ] {
        let out = run(&args);
        out.code(1).no_panic();
        assert!(
            out.stderr
                .starts_with("error: the database is read-only: cannot write to it\n"),
            "{args:?}: {}",
            out.stderr
        );
    }
    assert_eq!(sb.dump(), before);
}

#[test]
fn db_backup_refuses_and_names_the_pg_dump_command() {
    crate::postgres_only!();
    let sb = Sandbox::initialised();
    let dest = sb.path("warden.dump");
    let before = sb.dump();
    let out = sb.run(&["db", "backup", dest.to_str().unwrap()]);
    out.code(5).no_panic();
    assert!(!dest.exists());
    assert_eq!(sb.dump(), before);
    let hint = out
        .stderr
        .lines()
        .find_map(|l| l.strip_prefix("hint: nothing was written; run: "))
        .unwrap_or_else(|| panic!("{}", out.stderr));
    let command = hint.split(" (restore").next().unwrap();
    assert!(
        command.starts_with("pg_dump --format=custom --schema="),
        "{command}"
    );
    // The command works as printed.
    if tools::have(
        "pg_dump",
        "postgresql-client",
        "db_backup_refuses_and_names_the_pg_dump_command",
    ) {
        let dumped = Command::new("sh").arg("-c").arg(command).output().unwrap();
        assert!(
            dumped.status.success(),
            "{}",
            String::from_utf8_lossy(&dumped.stderr)
        );
        assert!(std::fs::metadata(&dest).unwrap().len() > 1000);
    }
}

#[test]
fn db_info_names_the_server_schema_and_sizes() {
    crate::postgres_only!();
    let sb = Sandbox::initialised();
    let info = sb.run(&["--json", "db", "info"]).ok().json();
    assert_eq!(info["engine"], "postgresql");
    let schema = &sb.schema.as_ref().unwrap().name;
    let server = info["server"].as_str().unwrap();
    assert!(server.contains(&format!("schema {schema}")), "{server}");
    assert_eq!(info["schema_version"], info["supported_schema_version"]);
    assert!(info["size_bytes"].as_u64().unwrap() > 10_000);
    let users = info["counts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["table"] == "users")
        .unwrap()["rows"]
        .clone();
    assert_eq!(users, 1);
    let sized = info["counts"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["bytes"].as_u64().is_some_and(|b| b > 0));
    assert!(sized, "every table's size: {info}");
    let text = sb.run(&["db", "info"]).ok().stdout.clone();
    assert!(text.contains("server"), "{text}");
}

#[test]
fn db_check_reports_a_disabled_trigger_a_missing_key_and_a_role_that_may_rewrite_events() {
    crate::postgres_only!();
    let sb = Sandbox::initialised();
    // The superuser owns the tables: sound, with a warning about the role.
    let out = sb.run(&["db", "check"]);
    out.ok();
    assert!(
        out.stderr.contains(
            "warning: the role postgres may UPDATE, DELETE, TRUNCATE events and owns the table"
        ),
        "{}",
        out.stderr
    );
    admin_sql(&sb, "ALTER TABLE events DISABLE TRIGGER events_no_delete");
    let out = sb.run(&["db", "check"]);
    out.code(1);
    assert!(
        out.stdout.contains(
            "FAIL  audit_log: the audit log's protective trigger events_no_delete is disabled"
        ),
        "{}",
        out.stdout
    );
    admin_sql(
        &sb,
        "ALTER TABLE events ENABLE TRIGGER events_no_delete;
         ALTER TABLE grants DROP CONSTRAINT grants_user_id_fkey",
    );
    let out = sb.run(&["db", "check"]);
    out.code(1);
    assert!(
        out.stdout
            .contains("FAIL  foreign_keys: 1 of warden's 20 foreign keys are missing"),
        "{}",
        out.stdout
    );
}

#[test]
fn the_runtime_role_cannot_rewrite_events() {
    crate::postgres_only!();
    let sb = Sandbox::initialised();
    let schema = sb.schema.as_ref().unwrap().name.clone();
    let role = format!("{schema}_rt");
    admin_sql(
        &sb,
        &format!(
            "DROP ROLE IF EXISTS {role}; CREATE ROLE {role} LOGIN;
             GRANT USAGE ON SCHEMA {schema} TO {role};
             GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {role};
             REVOKE UPDATE, DELETE, TRUNCATE ON {schema}.events FROM {role};
             GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {role};"
        ),
    );
    let url = sb
        .db
        .display()
        .to_string()
        .replacen("postgres@", &format!("{role}@"), 1);
    let runtime = |args: &[&str]| run_at(&sb, &url, args);
    runtime(&["user", "add", "bob", "--no-password"]).ok();
    let out = runtime(&["db", "check"]);
    out.ok();
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
    let conn = sql(Path::new(&url));
    for attack in [
        "UPDATE events SET actor = 'mallory'",
        "DELETE FROM events",
        "TRUNCATE events",
    ] {
        let err = conn.execute(attack, []).unwrap_err().to_string();
        assert!(err.contains("permission denied"), "{attack}: {err}");
    }
    drop(conn);
    admin_sql(&sb, &format!("DROP OWNED BY {role}; DROP ROLE {role}"));
}

#[test]
fn without_the_write_lock_concurrent_charges_overdraw() {
    // The negative control of load::concurrent_charges_never_pass_a_limit_or_the_balance:
    // the same charges, with the advisory lock switched off, pass the
    // limit; so the lock is what keeps them inside it.
    crate::postgres_only!();
    let sb = Sandbox::initialised();
    sb.add_account("acme", &["--parent", "root", "--credits", "1000"]);
    sb.run(&[
        "user",
        "add",
        "capped",
        "--no-password",
        "--role",
        "operator",
        "--account",
        "acme",
        "--credit-limit",
        "3",
    ])
    .ok();
    let mut most = 0;
    for round in 0..20 {
        let outcomes = crate::load::at_once(12, |_| {
            let mut cmd = sb.command();
            cmd.env("WARDEN_TEST_UNLOCKED_WRITES", "1")
                .args(["user", "charge", "capped", "1", "--reason", "load"]);
            (cmd, String::new())
        });
        let passed = outcomes.iter().filter(|o| o.code == 0).count();
        most = most.max(passed);
        if passed > 3 {
            eprintln!("round {round}: {passed} charges passed a limit of 3 without the lock");
            return;
        }
        admin_sql(&sb, "TRUNCATE charges");
    }
    panic!("without the lock no round overdrew (at most {most} of 12 charges passed a limit of 3)");
}

/// A throwaway cluster of this test's own (the shared one must stay up).
struct Cluster {
    dir: PathBuf,
}

impl Cluster {
    fn script() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/pg-cluster")
    }

    fn run(&self, args: &[&str]) -> String {
        let out = Command::new(Self::script())
            .args(args)
            .arg(&self.dir)
            .output()
            .expect("run .ci/pg-cluster");
        assert!(
            out.status.success(),
            "pg-cluster {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The cluster, or `None` (with the skip printed) on the SQLite pass or
    /// without PostgreSQL's programs.
    fn start() -> Option<Cluster> {
        postgres_server()?;
        let test = this_test();
        // Debian keeps the server's programs off PATH, in
        // /usr/lib/postgresql/VERSION/bin, where .ci/pg-cluster finds them.
        let installed = std::fs::read_dir("/usr/lib/postgresql").is_ok_and(|versions| {
            versions
                .flatten()
                .any(|v| v.path().join("bin/pg_ctl").exists())
        });
        if !installed && !tools::have("pg_ctl", "postgresql", &test) {
            return None;
        }
        static CLUSTERS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = CLUSTERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("warden-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let cluster = Cluster { dir };
        cluster.run(&["start"]);
        Some(cluster)
    }

    fn env(&self, key: &str) -> String {
        let text = std::fs::read_to_string(self.dir.join("env")).unwrap();
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{key}=")))
            .unwrap_or_else(|| panic!("{key} missing from the cluster's env"))
            .to_string()
    }

    fn socket_url(&self, host: &str, port: &str) -> String {
        let encoded = host.replace('/', "%2F");
        format!("postgresql://postgres@{encoded}:{port}/postgres")
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = Command::new(Self::script())
            .arg("stop")
            .arg(&self.dir)
            .output();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A sandbox on a URL of its own (a private cluster), in the public schema.
fn sandbox_at(url: &str) -> Sandbox {
    let dir = tempfile::tempdir().unwrap();
    Sandbox {
        db: PathBuf::from(url),
        dir,
        schema: None,
    }
}

#[test]
fn a_server_stopped_mid_command_is_one_line_and_the_next_command_works() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    let url = cluster.socket_url(&cluster.env("PGHOST"), &cluster.env("PGPORT"));
    let sb = sandbox_at(&url);
    sb.init();
    // A writer waits behind a held lock; the server stops under it.
    let holder = hold_write_lock(&sb);
    let mut waiting = sb.command();
    waiting
        .args([
            "--busy-timeout",
            "30s",
            "user",
            "add",
            "bob",
            "--no-password",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let child = waiting.spawn().unwrap();
    // Until the writer is really queued on the lock (its process has
    // started, connected and asked), however loaded the machine is.
    let watcher = sql(Path::new(&url));
    let mut queued = 0;
    for _ in 0..300 {
        queued = watcher
            .query_row(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
                [],
                |r| r.get::<_, i64>(0),
            )
            .unwrap();
        if queued > 0 {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(queued, 1, "the writer never queued on the lock");
    drop(watcher);
    cluster.run(&["stop"]);
    drop(holder);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(7), "{stderr}");
    assert!(
        stderr.starts_with("error: lost the connection to the PostgreSQL server")
            && stderr.lines().count() <= 2,
        "{stderr}"
    );
    // While it is down no host answers: one line, exit 7, no panic.
    let out = sb.run(&["user", "list"]);
    out.code(7).no_panic();
    assert!(
        out.stderr.starts_with("error: cannot connect to"),
        "{}",
        out.stderr
    );
    cluster.run(&["start"]);
    sb.run(&["user", "add", "bob", "--no-password"]).ok();
    let users = sb.run(&["--json", "user", "list"]).ok().json();
    assert_eq!(users.as_array().unwrap().len(), 2, "{users}");
}

#[test]
fn a_standby_serves_reads_refuses_writes_and_takes_over_after_promotion() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    let primary = cluster.socket_url(&cluster.env("PGHOST"), &cluster.env("PGPORT"));
    let sb = sandbox_at(&primary);
    sb.init();
    sb.add_user("bob", &["--role", "operator"]);
    cluster.run(&["standby"]);
    let standby = cluster.socket_url(&cluster.env("STANDBY_HOST"), &cluster.env("STANDBY_PORT"));
    let on_standby =
        |args: &[&str]| run_at(&sb, format!("{standby}?target_session_attrs=any"), args);
    // Reads work on the standby once it has replayed the primary's work.
    let mut shown = on_standby(&["user", "show", "bob"]);
    for _ in 0..50 {
        if shown.code == 0 {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
        shown = on_standby(&["user", "show", "bob"]);
    }
    shown.ok();
    on_standby(&["user", "can", "bob", "backups.read"]).no_panic();
    on_standby(&["account", "list"]).ok();
    // The chain is verified there as far as it reaches; what the primary
    // recorded since it was last extended is counted, not covered.
    let verified = on_standby(&["--json", "audit", "verify"]);
    verified.ok();
    let verified = verified.json();
    assert_eq!(verified["intact"], true, "{verified}");
    assert!(verified["unchained"].as_u64().unwrap() > 0, "{verified}");
    let said = on_standby(&["audit", "verify"]);
    said.ok();
    assert!(said.stderr.contains("not covered"), "{}", said.stderr);
    // Writes there are refused and change nothing.
    let before = dump(Path::new(&primary));
    let out = on_standby(&["user", "add", "carol", "--no-password"]);
    out.code(1);
    assert!(out.stderr.contains("read-only"), "{}", out.stderr);
    assert_eq!(dump(Path::new(&primary)), before);
    // Failover: the primary goes, the standby is promoted, and a URL
    // naming both finds the one that takes writes; a service that held a
    // connection to the old primary gets one to the new.
    let (host1, port1) = (cluster.env("PGHOST"), cluster.env("PGPORT"));
    let (host2, port2) = (cluster.env("STANDBY_HOST"), cluster.env("STANDBY_PORT"));
    let both = format!(
        "postgresql://postgres@{}:{port1},{}:{port2}/postgres?target_session_attrs=read-write",
        host1.replace('/', "%2F"),
        host2.replace('/', "%2F")
    );
    let service = warden::Warden::open(both.as_str()).unwrap();
    let before = service.can("bob", "backups.read", None).unwrap();
    cluster.run(&["stop", "primary"]);
    cluster.run(&["promote"]);
    let mut added = run_at(&sb, &both, &["user", "add", "carol", "--no-password"]);
    for _ in 0..50 {
        if added.code == 0 {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
        added = run_at(&sb, &both, &["user", "add", "carol", "--no-password"]);
    }
    added.ok();
    // Nothing committed before the failover is lost.
    let users = run_at(&sb, &both, &["--json", "user", "list"]).ok().json();
    let names: Vec<&str> = users
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["admin", "bob", "carol"]);
    // The service's next calls, on the connection it gets anew.
    let after = service.can("bob", "backups.read", None).unwrap();
    assert_eq!(after.allowed, before.allowed);
    assert_eq!(after.reason, before.reason);
    assert!(
        !service
            .verify("carol", "wrong-password", None)
            .unwrap()
            .allowed
    );
}

#[test]
fn a_service_verifying_logins_never_accepts_one_after_a_disable_from_another_host() {
    crate::postgres_only!();
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    let sb = Sandbox::initialised();
    sb.add_user("bob", &["--role", "viewer"]);
    // Two ways to the same server: its unix socket and TCP (as two hosts
    // would reach it), each side taking each turn.
    let socket = sb.db.display().to_string();
    let tcp = std::env::var("WARDEN_TEST_DB_TCP_URL")
        .ok()
        .map(|server| {
            let schema = &sb.schema.as_ref().unwrap().name;
            let sep = if server.contains('?') { '&' } else { '?' };
            format!("{server}{sep}options=-csearch_path%3D{schema}")
        })
        .unwrap_or_else(|| {
            eprintln!("WARDEN_TEST_DB_TCP_URL is not set: both sides use the socket");
            socket.clone()
        });
    for (service_url, cli_url) in [(&tcp, &socket), (&socket, &tcp)] {
        for round in 0..5 {
            let disabled = AtomicBool::new(false);
            let stop = AtomicBool::new(false);
            let accepted = AtomicUsize::new(0);
            let refused = AtomicUsize::new(0);
            // Waits (up to 30 s, however loaded the machine) for a count to
            // leave zero.
            let seen = |count: &AtomicUsize| {
                for _ in 0..3000 {
                    if count.load(Ordering::SeqCst) > 0 {
                        return true;
                    }
                    std::thread::sleep(Duration::from_millis(10));
                }
                false
            };
            std::thread::scope(|s| {
                let service = s.spawn(|| {
                    let warden = warden::Warden::open(service_url.as_str())
                        .expect("open over the service's URL")
                        .acting_as("portal");
                    while !stop.load(Ordering::SeqCst) {
                        let after = disabled.load(Ordering::SeqCst);
                        let login = warden.verify("bob", USER_PASSWORD, None).expect("verify");
                        assert!(
                            !(after && login.allowed),
                            "round {round}: a login was accepted after the disable committed"
                        );
                        let count = if login.allowed { &accepted } else { &refused };
                        count.fetch_add(1, Ordering::SeqCst);
                    }
                });
                // Logins go through, then the disable commits from the
                // other path, then they are refused.
                let before = seen(&accepted);
                run_at(&sb, cli_url, &["user", "disable", "bob"]).ok();
                disabled.store(true, Ordering::SeqCst);
                let after = seen(&refused);
                stop.store(true, Ordering::SeqCst);
                service.join().expect("service thread");
                assert!(
                    before && after,
                    "round {round}: {} accepted, {} refused",
                    accepted.load(Ordering::SeqCst),
                    refused.load(Ordering::SeqCst)
                );
            });
            sb.run(&["user", "enable", "bob"]).ok();
        }
    }
}

/// The fenced block of a section of warden-postgres(7), as written.
fn page_block(section: &str) -> String {
    crate::topics::block("warden-postgres.7", section, "")
}

#[test]
fn the_readme_set_up_and_grants_work_as_written() {
    let server = crate::postgres_only!();
    // The set-up's steps on the test server: a role that owns a database
    // of its own (here named for this run), then init and user list by URL.
    let setup = page_block("## From nothing to the first `warden user list`");
    assert!(
        setup.contains("createuser warden") && setup.contains("createdb --owner warden warden")
    );
    assert!(setup.contains("warden --db postgresql:///warden init"));
    let name = format!("w{}", std::process::id());
    let mut admin = postgres::Client::connect(&server, postgres::NoTls).unwrap();
    // One statement each: DROP DATABASE runs outside a transaction.
    for statement in [
        format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
        format!("DROP ROLE IF EXISTS {name}_rt"),
        format!("DROP ROLE IF EXISTS {name}"),
        format!("CREATE ROLE {name} LOGIN"),
    ] {
        admin.batch_execute(&statement).unwrap();
    }
    admin
        .batch_execute(&format!("CREATE DATABASE {name} OWNER {name}"))
        .unwrap();
    let base = server
        .rsplit_once('/')
        .unwrap()
        .0
        .replacen("postgres@", &format!("{name}@"), 1);
    let url = format!("{base}/{name}");
    let sb = Sandbox {
        dir: tempfile::tempdir().unwrap(),
        db: PathBuf::from(&url),
        schema: None,
    };
    sb.init();
    let users = sb.run(&["--json", "user", "list"]).ok().json();
    assert_eq!(users[0]["username"], "admin");
    // The runtime role, with warden-postgres(7)'s grants run as written.
    // The page's names, for this run's: the runtime role, the owner and
    // the database.
    let grants = page_block("## Roles and grants")
        .replace("warden_rt", &format!("{name}_rt"))
        .replace("ROLE warden ", &format!("ROLE {name} "))
        .replace("DATABASE warden ", &format!("DATABASE {name} "))
        .replace("TO warden,", &format!("TO {name},"));
    assert!(!grants.contains(" warden"), "{grants}");
    // As warden-postgres(7) says: the server's superuser, in warden's database.
    let superuser_url = format!("{}/{name}", server.rsplit_once('/').unwrap().0);
    let mut superuser = postgres::Client::connect(&superuser_url, postgres::NoTls).unwrap();
    superuser.batch_execute(&grants).unwrap();
    let runtime_url = url.replacen(&format!("{name}@"), &format!("{name}_rt@"), 1);
    let runtime = |args: &[&str]| run_at(&sb, &runtime_url, args);
    runtime(&["user", "add", "bob", "--no-password"]).ok();
    let out = runtime(&["db", "check"]);
    out.ok();
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
    // Archiving deletes events: not as the runtime role (and the file it
    // wrote does not stay), as the owner it does.
    let folder = sb.path("archive");
    std::fs::create_dir_all(&folder).unwrap();
    let folder = folder.to_str().unwrap();
    let out = runtime(&["audit", "archive", "--before", "2100-01-01", "--to", folder]);
    out.code(1);
    assert!(out.stderr.contains("permission denied"), "{}", out.stderr);
    let files = || {
        std::fs::read_dir(folder)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .ends_with(".gz")
            })
            .count()
    };
    assert_eq!(files(), 0);
    sb.run(&["audit", "archive", "--before", "2100-01-01", "--to", folder])
        .ok();
    assert_eq!(files(), 1);
    runtime(&["audit", "verify", "--archive", folder]).ok();
    drop(superuser);
    for statement in [
        format!("DROP DATABASE {name} WITH (FORCE)"),
        format!("DROP ROLE {name}_rt"),
        format!("DROP ROLE {name}"),
    ] {
        admin.batch_execute(&statement).unwrap();
    }
}

/// A name the TLS clusters' certificate holds besides 127.0.0.1 and
/// localhost: a host that is not this machine as far as warden can tell,
/// reached through `hostaddr=127.0.0.1`.
const TLS_NAME: &str = "db.warden-test.invalid";

/// A cluster of the test's own whose server offers TLS with a
/// certificate for 127.0.0.1, localhost and [`TLS_NAME`], signed by a new
/// authority (DIR/root.pem, its key DIR/ca.key), and refuses TCP without
/// TLS; its socket stays open for the set-up.
fn tls_cluster() -> Option<Cluster> {
    if !tools::have("openssl", "openssl", &this_test()) {
        return None;
    }
    let cluster = Cluster::start()?;
    use std::os::unix::fs::MetadataExt;
    let data = cluster.dir.join("primary");
    let owner = std::fs::metadata(&data).unwrap();
    // An authority, and a certificate it signs for the server.
    let script = format!(
        "set -e; cd '{dir}'
         openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \\
             -subj /CN=warden-test-ca -keyout ca.key -out root.pem
         openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \\
             -subj /CN=localhost -keyout '{data}/server.key' -out server.csr
         printf 'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:{name}\\n' > san.ext
         openssl x509 -req -in server.csr -CA root.pem -CAkey ca.key -CAcreateserial -days 2 \\
             -extfile san.ext -out '{data}/server.crt'",
        dir = cluster.dir.display(),
        data = data.display(),
        name = TLS_NAME
    );
    let made = Command::new("sh").arg("-c").arg(&script).output().unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    for file in ["server.key", "server.crt"] {
        let path = data.join(file);
        std::os::unix::fs::chown(&path, Some(owner.uid()), Some(owner.gid())).unwrap();
        std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o600))
            .unwrap();
    }
    // TCP only with TLS; the socket stays open for the set-up.
    std::fs::write(
        data.join("pg_hba.conf"),
        "local all all trust\nhostssl all all 127.0.0.1/32 trust\nhostnossl all all 127.0.0.1/32 reject\n",
    )
    .unwrap();
    let socket = cluster.socket_url(&cluster.env("PGHOST"), &cluster.env("PGPORT"));
    sql(Path::new(&socket))
        .execute_batch("ALTER SYSTEM SET ssl = on")
        .unwrap();
    sql(Path::new(&socket))
        .execute_batch("SELECT pg_reload_conf()")
        .unwrap();
    reloaded(&socket, "ssl", "on");
    Some(cluster)
}

#[test]
fn tls_is_verified_against_the_given_root_and_required_when_asked() {
    let Some(cluster) = tls_cluster() else {
        return;
    };
    use std::os::unix::fs::MetadataExt;
    let data = cluster.dir.join("primary");
    let owner = std::fs::metadata(&data).unwrap();
    let root = cluster.dir.join("root.pem");
    let socket = cluster.socket_url(&cluster.env("PGHOST"), &cluster.env("PGPORT"));
    let port = cluster.env("PGPORT");
    let tcp = format!("postgresql://postgres@127.0.0.1:{port}/postgres");
    let sb = sandbox_at(&format!(
        "{tcp}?sslmode=require&sslrootcert={}",
        root.display()
    ));
    // Verified against the given authority: it works, and over TLS, since
    // the server refuses anything else on TCP.
    sb.init();
    sb.run(&["user", "list"]).ok();
    // Without the authority the certificate is not trusted: no connection.
    let out = run_at(&sb, format!("{tcp}?sslmode=require"), &["user", "list"]);
    out.code(1).no_panic();
    assert!(
        out.stderr.starts_with("error: cannot connect to"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.to_lowercase().contains("certificate"),
        "{}",
        out.stderr
    );
    // A loopback address without sslmode goes without TLS, which this
    // server refuses.
    let out = run_at(&sb, &tcp, &["user", "list"]);
    out.code(1).no_panic();
    assert!(
        out.stderr.contains("no encryption") || out.stderr.contains("refused"),
        "{}",
        out.stderr
    );

    // Certificate authentication: the server asks for a client
    // certificate its authority signed for the role's name.
    let script = format!(
        "set -e; cd '{dir}'
         openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \\
             -subj /CN=postgres -keyout client.key -out client.csr
         printf 'extendedKeyUsage=clientAuth\\n' > client.ext
         openssl x509 -req -in client.csr -CA root.pem -CAkey ca.key -CAcreateserial -days 2 \\
             -extfile client.ext -out client.crt
         cp root.pem '{data}/root.crt'",
        dir = cluster.dir.display(),
        data = data.display()
    );
    let made = Command::new("sh").arg("-c").arg(&script).output().unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    std::os::unix::fs::chown(data.join("root.crt"), Some(owner.uid()), Some(owner.gid())).unwrap();
    std::fs::write(
        data.join("pg_hba.conf"),
        "local all all trust\nhostssl all all 127.0.0.1/32 cert\nhostnossl all all 127.0.0.1/32 reject\n",
    )
    .unwrap();
    sql(Path::new(&socket))
        .execute_batch("ALTER SYSTEM SET ssl_ca_file = 'root.crt'")
        .unwrap();
    sql(Path::new(&socket))
        .execute_batch("SELECT pg_reload_conf()")
        .unwrap();
    reloaded(&socket, "ssl_ca_file", "root.crt");
    let key = cluster.dir.join("client.key");
    let with_cert = format!(
        "{tcp}?sslmode=require&sslrootcert={}&sslcert={}&sslkey={}",
        root.display(),
        cluster.dir.join("client.crt").display(),
        key.display()
    );
    std::fs::set_permissions(&key, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    run_at(&sb, &with_cert, &["user", "list"]).ok();
    // Without the certificate the server refuses the login.
    let out = run_command(
        sb.command()
            .env(
                "WARDEN_DB",
                format!("{tcp}?sslmode=require&sslrootcert={}", root.display()),
            )
            .args(["user", "list"]),
        b"",
    );
    out.code(1).no_panic();
    assert!(out.stderr.contains("certificate"), "{}", out.stderr);
    // A key others can read is refused before any connection.
    std::fs::set_permissions(&key, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    let out = run_at(&sb, &with_cert, &["user", "list"]);
    out.code(1).no_panic();
    assert!(
        out.stderr.contains("can be read by group or others") && out.stderr.contains("chmod 600"),
        "{}",
        out.stderr
    );
}

/// A host that is up but stalled (a paused VM, a stopped postmaster, a
/// hostile first host): it accepts TCP connections and never says a word.
struct Stalled {
    port: u16,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Stalled {
    fn start() -> Stalled {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let port = listener.local_addr().unwrap().port();
        let stop = Arc::new(AtomicBool::new(false));
        let stopping = Arc::clone(&stop);
        let thread = std::thread::spawn(move || {
            let mut held = Vec::new();
            while !stopping.load(Ordering::SeqCst) {
                match listener.accept() {
                    Ok((stream, _)) => held.push(stream),
                    Err(_) => std::thread::sleep(Duration::from_millis(20)),
                }
            }
        });
        Stalled {
            port,
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for Stalled {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Runs a command, killing it when it is still running after `limit`: a
/// hang fails the test instead of stalling the suite.
fn run_within(cmd: &mut Command, limit: Duration) -> Outcome {
    let started = Instant::now();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > limit {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!(
                "still running after {limit:?}; stderr:\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().unwrap();
    Outcome {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        elapsed: started.elapsed(),
    }
}

/// The `connect_timeout` the stalled-host tests put in their URLs.
const STALL_TIMEOUT: Duration = Duration::from_secs(2);

#[test]
fn a_host_that_accepts_and_never_answers_is_given_up_after_connect_timeout() {
    // No server needed: this runs on the SQLite pass too.
    let stalled = Stalled::start();
    let url = format!(
        "postgresql://postgres@127.0.0.1:{}/postgres?connect_timeout={}",
        stalled.port,
        STALL_TIMEOUT.as_secs()
    );
    let sb = sandbox_at(&url);
    let limit = STALL_TIMEOUT + Duration::from_secs(3);
    // A command, and the maintenance the nightly unit runs.
    for args in [vec!["user", "list"], vec!["--quiet", "maintenance"]] {
        let out = run_within(sb.command().args(&args), limit * 4);
        out.code(7).no_panic();
        assert!(
            out.elapsed >= STALL_TIMEOUT && out.elapsed < limit,
            "{args:?}: gave up after {:?}",
            out.elapsed
        );
        let lines: Vec<&str> = out.stderr.lines().collect();
        assert_eq!(
            lines.len(),
            2,
            "{args:?}: an error and a hint:\n{}",
            out.stderr
        );
        assert!(
            lines[0].starts_with("error: cannot connect to")
                && lines[0].contains(&format!("127.0.0.1:{}", stalled.port))
                && lines[0].contains("no answer within 2s"),
            "{args:?}: {}",
            out.stderr
        );
        assert!(lines[1].starts_with("hint: "), "{}", out.stderr);
        assert!(out.stdout.is_empty());
    }
    // Completion gives up as quietly: nothing reaches the prompt.
    let out = run_within(
        sb.command()
            .env("WARDEN_COMPLETE", "fish")
            .args(["--", "warden", "user", "show", "b"]),
        limit * 4,
    );
    out.ok();
    assert!(out.elapsed < limit, "completion waited {:?}", out.elapsed);
    assert_eq!((out.stdout.as_str(), out.stderr.as_str()), ("", ""));

    // A service that reconnects again and again parks one thread at the
    // stalled place, not one per try: the later tries give up at once.
    let started = std::time::Instant::now();
    let first = warden::Warden::open(&url).err().map(|e| e.kind);
    assert_eq!(first, Some(warden::Kind::Busy));
    assert!(
        started.elapsed() >= STALL_TIMEOUT,
        "{:?}",
        started.elapsed()
    );
    for _ in 0..20 {
        let started = std::time::Instant::now();
        let again = warden::Warden::open(&url).err();
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "{:?}",
            started.elapsed()
        );
        let again = again.unwrap();
        assert_eq!(again.kind, warden::Kind::Busy);
        assert!(
            again
                .message
                .contains("an earlier attempt there still waits"),
            "{}",
            again.message
        );
    }
}

#[test]
fn a_stalled_first_host_is_passed_over_for_the_next_within_the_timeout() {
    crate::postgres_only!();
    let sb = Sandbox::initialised();
    let stalled = Stalled::start();
    // The stalled host first, then the test server:
    // postgresql://USER@127.0.0.1:PORT,SERVER:PORT/DATABASE?...
    let url = sb.db.display().to_string();
    let (scheme, rest) = url.split_once("://").unwrap();
    let (user, hosts) = rest.split_once('@').unwrap();
    let sep = if hosts.contains('?') { '&' } else { '?' };
    let both = format!(
        "{scheme}://{user}@127.0.0.1:{},{hosts}{sep}connect_timeout={}",
        stalled.port,
        STALL_TIMEOUT.as_secs()
    );
    let limit = STALL_TIMEOUT + Duration::from_secs(1);
    let out = run_within(
        sb.command()
            .env("WARDEN_DB", &both)
            .args(["--json", "user", "list"]),
        limit * 10,
    );
    out.ok();
    assert_eq!(out.json()[0]["username"], "admin");
    assert!(
        out.elapsed < limit,
        "reached the second host after {:?}",
        out.elapsed
    );
    // A write goes there too.
    let out = run_within(
        sb.command()
            .env("WARDEN_DB", &both)
            .args(["user", "add", "bob", "--no-password"]),
        limit * 10,
    );
    out.ok();
    assert!(out.elapsed < limit, "{:?}", out.elapsed);
}

#[test]
fn db_backup_names_a_pg_dump_that_verifies_the_server_as_warden_did() {
    let Some(cluster) = tls_cluster() else {
        return;
    };
    let root = cluster.dir.join("root.pem").display().to_string();
    // A server off this machine as far as the URL says: TLS is required,
    // and warden verifies its certificate and name.
    let remote = format!(
        "postgresql://postgres@{TLS_NAME}:{}/postgres?hostaddr=127.0.0.1",
        cluster.env("PGPORT")
    );
    let verified = format!("{remote}&sslmode=verify-full&sslrootcert={root}");
    let sb = sandbox_at(&format!("{remote}&sslmode=require&sslrootcert={root}"));
    sb.init();
    let dest = sb.path("warden.dump");
    // As given, libpq would check neither the name (require) nor, without
    // a root, the certificate: pg_dump is asked for what warden enforced.
    // SSL_CERT_FILE stands for the system's store warden trusts.
    for (url, system_store) in [
        (format!("{remote}&sslmode=require&sslrootcert={root}"), None),
        (
            format!("{remote}&sslmode=verify-ca&sslrootcert={root}"),
            None,
        ),
        (verified.clone(), None),
        (remote.clone(), Some(&root)),
        (format!("{remote}&sslmode=require"), Some(&root)),
    ] {
        let mut cmd = sb.command();
        cmd.env("WARDEN_DB", &url)
            .args(["db", "backup", dest.to_str().unwrap()]);
        if let Some(file) = system_store {
            cmd.env("SSL_CERT_FILE", file);
        }
        let out = run_command(&mut cmd, b"");
        out.code(5).no_panic();
        let hint = out
            .stderr
            .lines()
            .find_map(|l| l.strip_prefix("hint: nothing was written; run: "))
            .unwrap_or_else(|| panic!("{url}: {}", out.stderr));
        let command = hint.split(" (restore").next().unwrap();
        assert!(
            command.ends_with(&format!(" '{verified}'")),
            "{url}: {command}"
        );
        // And pg_dump connects with it, verifying as warden did.
        if tools::have(
            "pg_dump",
            "postgresql-client",
            "db_backup_names_a_pg_dump_that_verifies_the_server_as_warden_did",
        ) {
            let dumped = Command::new("sh")
                .arg("-c")
                .arg(command)
                .env("HOME", sb.dir.path())
                .env_remove("SSL_CERT_FILE")
                .output()
                .unwrap();
            assert!(
                dumped.status.success(),
                "{command}: {}",
                String::from_utf8_lossy(&dumped.stderr)
            );
            assert!(std::fs::metadata(&dest).unwrap().len() > 1000);
            std::fs::remove_file(&dest).unwrap();
        }
    }
}

#[test]
fn a_scram_login_over_tls_is_bound_to_the_channel() {
    let Some(cluster) = tls_cluster() else {
        return;
    };
    let data = cluster.dir.join("primary");
    let socket = cluster.socket_url(&cluster.env("PGHOST"), &cluster.env("PGPORT"));
    let port = cluster.env("PGPORT");
    // A password login (SCRAM), over TLS only.
    sql(Path::new(&socket))
        .execute_batch("ALTER ROLE postgres PASSWORD 'scram-channel-test-pw'")
        .unwrap();
    std::fs::write(
        data.join("pg_hba.conf"),
        "local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\nhostnossl all all 127.0.0.1/32 reject\n",
    )
    .unwrap();
    sql(Path::new(&socket))
        .execute_batch("SELECT pg_reload_conf()")
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let sb = sandbox_at(&format!(
        "postgresql://postgres@127.0.0.1:{port}/postgres?sslmode=verify-full&sslrootcert={}&channel_binding=require",
        cluster.dir.join("root.pem").display()
    ));
    let pgpass = sb.path("pgpass");
    std::fs::write(
        &pgpass,
        format!("127.0.0.1:{port}:*:postgres:scram-channel-test-pw\n"),
    )
    .unwrap();
    std::fs::set_permissions(&pgpass, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let run = |args: &[&str], stdin: &str| {
        run_command(
            sb.command().env("PGPASSFILE", &pgpass).args(args),
            stdin.as_bytes(),
        )
    };
    // channel_binding=require: the login must be SCRAM-SHA-256-PLUS, bound
    // to this TLS connection, or the client gives up.
    run(&["init", "--password-stdin"], &format!("{PASSWORD}\n")).ok();
    let out = run(&["--json", "user", "list"], "");
    assert_eq!(out.ok().json()[0]["username"], "admin");
    // The library reads no PGPASSFILE: it uses the file it is given.
    std::env::set_var("PGPASSFILE", &pgpass);
    let without = warden::Warden::open(&sb.db).expect_err("no password given");
    std::env::remove_var("PGPASSFILE");
    assert!(without.message.contains("password"), "{}", without.message);
    let service = warden::Warden::builder(&sb.db)
        .password_file(&pgpass)
        .open()
        .expect("the password file named");
    assert!(service.can("admin", "users.read", None).unwrap().allowed);
    // A wrong password is refused by the server, and said so.
    std::fs::write(&pgpass, format!("127.0.0.1:{port}:*:postgres:wrong\n")).unwrap();
    let out = run(&["user", "list"], "");
    out.code(1).no_panic();
    assert!(
        out.stderr.contains("password") || out.stderr.contains("refused"),
        "{}",
        out.stderr
    );
}

#[test]
fn many_connections_at_once_to_a_server_that_answers_all_get_through() {
    crate::postgres_only!();
    let sb = Sandbox::initialised();
    // A service with a connection per thread: no attempt stands in the way
    // of another at the same place while both are under way.
    let opened: Vec<bool> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..16)
            .map(|_| {
                scope.spawn(|| {
                    warden::Warden::open(&sb.db)
                        .and_then(|w| w.can("admin", "users.read", None))
                        .is_ok_and(|d| d.allowed)
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    assert!(opened.iter().all(|&ok| ok), "{opened:?}");
}

/// A TCP proxy in front of the test server that counts the requests a
/// client waits on: each Sync ('S') of the extended protocol and each
/// simple Query ('Q') ends one, so each is one round trip.
struct CountingProxy {
    url: String,
    trips: Arc<std::sync::atomic::AtomicU64>,
}

impl CountingProxy {
    /// Listens on 127.0.0.1 for the server of `tcp_url`
    /// (`postgresql://USER@127.0.0.1:PORT/DB?...`); the proxy's URL puts
    /// the client in `schema`.
    fn start(tcp_url: &str, schema: &str) -> CountingProxy {
        use std::io::{Read, Write};
        let after = tcp_url.split_once("@127.0.0.1:").expect("a TCP URL").1;
        let port: String = after.chars().take_while(char::is_ascii_digit).collect();
        let upstream = format!("127.0.0.1:{port}");
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let local = listener.local_addr().unwrap();
        let trips = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let counted = trips.clone();
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(mut client) = client else { return };
                let mut server = std::net::TcpStream::connect(&upstream).unwrap();
                let (mut back_from, mut back_to) =
                    (server.try_clone().unwrap(), client.try_clone().unwrap());
                std::thread::spawn(move || std::io::copy(&mut back_from, &mut back_to));
                let counted = counted.clone();
                std::thread::spawn(move || {
                    let mut forward =
                        |len: usize, head: &[u8], client: &mut std::net::TcpStream| {
                            let mut body = vec![0; len];
                            client.read_exact(&mut body).ok()?;
                            server.write_all(head).ok()?;
                            server.write_all(&body).ok()
                        };
                    // The startup message has no type byte.
                    let mut head = [0u8; 4];
                    if client.read_exact(&mut head).is_err() {
                        return;
                    }
                    let len = u32::from_be_bytes(head) as usize;
                    if forward(len - 4, &head, &mut client).is_none() {
                        return;
                    }
                    loop {
                        let mut head = [0u8; 5];
                        if client.read_exact(&mut head).is_err() {
                            return;
                        }
                        if head[0] == b'S' || head[0] == b'Q' {
                            counted.fetch_add(1, Ordering::SeqCst);
                        }
                        let len = u32::from_be_bytes([head[1], head[2], head[3], head[4]]) as usize;
                        if forward(len - 4, &head, &mut client).is_none() {
                            return;
                        }
                    }
                });
            }
        });
        let url = tcp_url.replace(&format!("127.0.0.1:{port}"), &local.to_string());
        let sep = if url.contains('?') { '&' } else { '?' };
        CountingProxy {
            url: format!("{url}{sep}options=-csearch_path%3D{schema}"),
            trips,
        }
    }

    /// The round trips `f` makes, each call of it.
    fn per_call(&self, calls: u64, mut f: impl FnMut()) -> u64 {
        let before = self.trips.load(Ordering::SeqCst);
        for _ in 0..calls {
            f();
        }
        let sent = self.trips.load(Ordering::SeqCst) - before;
        assert_eq!(sent % calls, 0, "{sent} round trips for {calls} calls");
        sent / calls
    }
}

/// A service on another host pays a round trip per statement: a decision
/// by role is one statement, and a decision on an account reads the user,
/// the account and its line to the root in one read transaction.
#[test]
fn a_decision_is_one_round_trip_by_role_and_five_on_an_account() {
    let _server = crate::postgres_only!();
    let tcp = std::env::var("WARDEN_TEST_DB_TCP_URL")
        .expect("WARDEN_TEST_DB_TCP_URL names the test server over TCP (.ci/pg-cluster sets it)");
    let sb = Sandbox::initialised();
    sb.add_user("carol", &["--role", "viewer"]);
    sb.add_account("acme", &[]);
    sb.add_account("acme-eu", &["--parent", "acme"]);
    sb.add_account("acme-eu-x", &["--parent", "acme-eu"]);
    sb.run(&["account", "grant", "acme", "carol", "--access", "full"])
        .ok();
    let proxy = CountingProxy::start(&tcp, &sb.schema.as_ref().unwrap().name);
    let service = warden::Warden::open(proxy.url.as_str()).unwrap();
    let by_role = |w: &warden::Warden| {
        let d = w.can("admin", "users.manage", None).unwrap();
        assert!(d.allowed, "{}", d.reason);
    };
    let on_account = |w: &warden::Warden| {
        let d = w
            .can("carol", "backups.download", Some("acme-eu-x"))
            .unwrap();
        assert!(d.allowed, "{}", d.reason);
    };
    // The first calls prepare the statements on this connection.
    by_role(&service);
    on_account(&service);
    assert_eq!(proxy.per_call(20, || by_role(&service)), 1);
    // BEGIN, the user, the account, its line up to the root, the end.
    assert_eq!(proxy.per_call(20, || on_account(&service)), 5);
}
