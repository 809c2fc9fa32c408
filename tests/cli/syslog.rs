//! Logins in the system log, read by fail2ban: warden's lines go to a
//! private socket served by a real `rsyslogd`, which files the authpriv
//! facility apart, and the shipped filter is run over that file by
//! `fail2ban-regex`.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

/// An `rsyslogd` of the test's own, listening on a socket in a scratch
/// folder: authpriv to `auth.log`, everything else to `other.log`.
pub struct Rsyslog {
    dir: tempfile::TempDir,
    child: Child,
}

impl Rsyslog {
    pub fn start() -> Rsyslog {
        let dir = tempfile::tempdir().expect("temp dir");
        let d = dir.path().display();
        let conf = dir.path().join("rsyslog.conf");
        std::fs::write(
            &conf,
            format!(
                r#"global(workDirectory="{d}")
module(load="imuxsock" SysSock.Use="off")
input(type="imuxsock" Socket="{d}/log.sock")
authpriv.* action(type="omfile" file="{d}/auth.log" template="RSYSLOG_TraditionalFileFormat")
*.*;authpriv.none action(type="omfile" file="{d}/other.log" template="RSYSLOG_TraditionalFileFormat")
"#
            ),
        )
        .unwrap();
        let child = Command::new("rsyslogd")
            .args(["-n", "-f"])
            .arg(&conf)
            .arg("-i")
            .arg(dir.path().join("rsyslogd.pid"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start rsyslogd");
        let rsyslog = Rsyslog { dir, child };
        let deadline = Instant::now() + Duration::from_secs(10);
        while !rsyslog.socket().exists() {
            assert!(Instant::now() < deadline, "rsyslogd made no socket in 10 s");
            std::thread::sleep(Duration::from_millis(20));
        }
        rsyslog
    }

    pub fn socket(&self) -> PathBuf {
        self.dir.path().join("log.sock")
    }

    fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The lines of `auth.log` before a marker sent after everything
    /// else (rsyslogd files what one socket receives in order, but
    /// asynchronously).
    pub fn auth_lines(&self) -> Vec<String> {
        let marker = "end-of-test-marker";
        let status = Command::new("logger")
            .arg("--socket")
            .arg(self.socket())
            .args(["--priority", "authpriv.info", "--tag", "marker", marker])
            .status()
            .expect("run logger");
        assert!(status.success(), "logger failed");
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let text = std::fs::read_to_string(self.file("auth.log")).unwrap_or_default();
            if let Some(end) = text.lines().position(|l| l.ends_with(marker)) {
                return text.lines().take(end).map(str::to_string).collect();
            }
            assert!(Instant::now() < deadline, "no marker in auth.log:\n{text}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Rsyslog {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The filter as shipped, beside fail2ban's own common.conf, which it
/// includes.
fn filter(dir: &Path) -> PathBuf {
    let filters = dir.join("filter.d");
    std::fs::create_dir_all(&filters).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/fail2ban/filter.d/warden.conf"),
        filters.join("warden.conf"),
    )
    .unwrap();
    std::fs::copy(
        "/etc/fail2ban/filter.d/common.conf",
        filters.join("common.conf"),
    )
    .unwrap();
    filters.join("warden.conf")
}

#[test]
fn fail2ban_matches_exactly_the_failed_logins_warden_wrote_and_their_addresses() {
    let test =
        "syslog::fail2ban_matches_exactly_the_failed_logins_warden_wrote_and_their_addresses";
    if !crate::tools::have("rsyslogd", "rsyslog", test)
        || !crate::tools::have("fail2ban-regex", "fail2ban", test)
        || !crate::tools::have_file("/etc/fail2ban/filter.d/common.conf", "fail2ban", test)
    {
        return;
    }
    let sb = Sandbox::initialised();
    for name in ["alice", "bob", "carol", "dave"] {
        sb.add_user(name, &[]);
    }
    sb.run(&["user", "disable", "carol"]).ok();
    let syslog = Rsyslog::start();
    let verify = |name: &str, ip: Option<&str>, password: &str| {
        let mut args = vec!["user", "verify", name, "--password-stdin"];
        if let Some(ip) = ip {
            args.extend(["--ip", ip]);
        }
        let mut cmd = sb.command();
        cmd.env("WARDEN_SYSLOG_SOCKET", syslog.socket());
        run_command(cmd.args(&args), format!("{password}\n").as_bytes())
    };
    let wrong = "not-the-password-at-all";
    verify("alice", Some("203.0.113.7"), wrong).code(6);
    verify("alice", Some("203.0.113.7"), wrong).code(6);
    verify("mallory", Some("198.51.100.9"), wrong).code(6);
    verify("alice", Some("192.0.2.1"), USER_PASSWORD).ok();
    verify("carol", Some("2001:db8::7"), USER_PASSWORD).code(6);
    sb.run(&["settings", "set", "auth.lockout_threshold", "2"])
        .ok();
    verify("dave", Some("203.0.113.9"), wrong).code(6);
    verify("dave", Some("203.0.113.9"), wrong).code(6);
    verify("bob", None, wrong).code(6);
    // A name made to look like an address to a careless filter.
    let forged = verify("x from=10.9.9.9 user=y", Some("192.0.2.99"), wrong);
    assert!(forged.code == 6 || forged.code == 2, "{}", forged.stderr);
    // Turned off, nothing more is written.
    sb.run(&["settings", "set", "auth.syslog", "false"]).ok();
    verify("alice", Some("203.0.113.66"), wrong).code(6);
    verify("alice", Some("203.0.113.66"), USER_PASSWORD).ok();

    let lines = syslog.auth_lines();
    let text = lines.join("\n");
    let body: Vec<&str> = lines
        .iter()
        .map(|l| {
            let (_, rest) = l
                .split_once(" warden[")
                .unwrap_or_else(|| panic!("not warden's: {l}"));
            rest.split_once("]: ").map(|(_, body)| body).unwrap()
        })
        .collect();
    let mut expected = vec![
        "login failed from=203.0.113.7 user=alice reason=wrong-password",
        "login failed from=203.0.113.7 user=alice reason=wrong-password",
        "login failed from=198.51.100.9 user=mallory reason=unknown-user",
        "login accepted from=192.0.2.1 user=alice",
        "login failed from=2001:db8::7 user=carol reason=disabled",
        "login failed from=203.0.113.9 user=dave reason=wrong-password",
        "login failed from=203.0.113.9 user=dave reason=wrong-password",
        "lockout from=203.0.113.9 user=dave failures=2 until=2026-03-01T12:15:00Z",
        "login failed from=- user=bob reason=wrong-password",
    ];
    if forged.code == 6 {
        expected.push("login failed from=192.0.2.99 user=(invalid) reason=invalid-user-name");
    }
    assert_eq!(body, expected, "auth.log:\n{text}");
    for secret in [wrong, USER_PASSWORD, "$argon2"] {
        assert!(!text.contains(secret), "{secret} in auth.log:\n{text}");
    }
    let other = std::fs::read_to_string(syslog.file("other.log")).unwrap_or_default();
    assert!(
        !other.contains("warden"),
        "warden's lines outside authpriv:\n{other}"
    );

    // fail2ban, with the filter as shipped: exactly the failures that
    // name an address, with those addresses, and nothing else.
    let out = Command::new("fail2ban-regex")
        .args(["--out", "ip"])
        .arg(syslog.file("auth.log"))
        .arg(filter(syslog.dir.path()))
        .output()
        .expect("run fail2ban-regex");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "fail2ban-regex: {stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let matched: Vec<&str> = stdout
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut banned = vec![
        "203.0.113.7",
        "203.0.113.7",
        "198.51.100.9",
        "2001:db8::7",
        "203.0.113.9",
        "203.0.113.9",
    ];
    if forged.code == 6 {
        banned.push("192.0.2.99");
    }
    assert_eq!(matched, banned, "auth.log:\n{text}");
}

/// warden-recipes(7)'s recipe switches the shipped jail on; fail2ban's own
/// configuration test then accepts it, with the shipped filter found by
/// name beside fail2ban's own configuration.
#[test]
fn the_shipped_jail_switched_on_as_the_readme_says_passes_fail2bans_configuration_test() {
    let test = "syslog::the_shipped_jail_switched_on_as_the_readme_says_passes_fail2bans_configuration_test";
    if !crate::tools::have("fail2ban-client", "fail2ban", test)
        || !crate::tools::have_file("/etc/fail2ban/jail.conf", "fail2ban", test)
    {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let conf = dir.path().join("fail2ban");
    let status = Command::new("cp")
        .args(["-r", "/etc/fail2ban"])
        .arg(&conf)
        .status()
        .expect("copy fail2ban's configuration");
    assert!(status.success());
    // Only warden's jail: the distribution's own (sshd) needs log files
    // this machine may not have.
    for entry in std::fs::read_dir(conf.join("jail.d")).unwrap() {
        std::fs::remove_file(entry.unwrap().path()).unwrap();
    }
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/fail2ban");
    std::fs::copy(
        shipped.join("filter.d/warden.conf"),
        conf.join("filter.d/warden.conf"),
    )
    .unwrap();
    let jail = conf.join("jail.d/warden.conf");
    std::fs::copy(shipped.join("jail.d/warden.conf"), &jail).unwrap();
    // Off as shipped.
    // fail2ban's client on this copy of the configuration.
    let client = |flag: &str| {
        Command::new("fail2ban-client")
            .arg("-c")
            .arg(&conf)
            .arg(flag)
            .output()
            .expect("run fail2ban-client")
    };
    let off = client("-d");
    assert!(
        !String::from_utf8_lossy(&off.stdout).contains("'add', 'warden'"),
        "the jail is on as shipped"
    );
    // warden-recipes(7)'s command, on this copy.
    let recipe = crate::topics::block(
        "warden-recipes.7",
        "## fail2ban",
        "on the ports logins arrive on",
    );
    let switch_on = recipe
        .lines()
        .find(|l| l.contains("sed -i"))
        .expect("warden-recipes(7) switches the jail on with sed");
    let command = switch_on
        .trim_start_matches("sudo ")
        .replace("/etc/fail2ban", conf.to_str().unwrap());
    let status = Command::new("sh")
        .args(["-c", &command])
        .status()
        .expect("run the recipe's command");
    assert!(status.success(), "{command}");
    // Where the log is on this machine: a file of the test's.
    let log = dir.path().join("auth.log");
    std::fs::write(&log, "").unwrap();
    std::fs::write(
        conf.join("jail.d/warden.local"),
        format!("[warden]\nlogpath = {}\n", log.display()),
    )
    .unwrap();
    let out = client("-t");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("OK: configuration test is successful"),
        "{text}"
    );
    let dump = client("-d");
    let dump = String::from_utf8_lossy(&dump.stdout);
    for expected in [
        "['add', 'warden'",
        "login failed from=<ADDR>",
        "['set', 'warden', 'maxretry', 5]",
        "['set', 'warden', 'bantime', '1h']",
    ] {
        assert!(dump.contains(expected), "{expected} not in:\n{dump}");
    }
}
