//! PAM: a real PAM stack (`pam_exec` from libpam-modules) runs `warden user
//! verify --pam`, driven by `pamtester` as sshd would drive it, with the
//! client's address as PAM_RHOST.

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use crate::common::*;
use crate::syslog::Rsyslog;

/// A PAM service file in /etc/pam.d for the life of the test.
struct Service {
    name: String,
    path: PathBuf,
}

impl Service {
    fn new(sb: &Sandbox, syslog: &Rsyslog) -> Service {
        let name = format!("warden-test-{}", std::process::id());
        let path = PathBuf::from("/etc/pam.d").join(&name);
        // warden-recipes(7)'s line, as written, with the binary under test in
        // place of /usr/bin/warden. pam_exec gives the command no
        // environment of the caller's: what the test needs besides PAM's
        // variables (its syslog, its database) goes on the line. The clock
        // is the system's: --pam ignores WARDEN_NOW, which is set here to
        // a time when ezra had not expired and lena was not locked.
        let block = crate::topics::block(
            "warden-recipes.7",
            "## Logins from SSH and other PAM services",
            "in place of\n`@include common-auth`",
        );
        let line = block.trim();
        assert_eq!(
            line,
            "auth required pam_exec.so expose_authtok quiet /usr/bin/warden user verify --pam"
        );
        let ours = format!(
            "/usr/bin/env WARDEN_NOW=2000-01-01 WARDEN_CONFIG= WARDEN_SYSLOG_SOCKET={} {BIN} --db {}",
            syslog.socket().display(),
            sb.db.display(),
        );
        let text = format!(
            "# warden's tests, removed when they end\n{}\naccount required pam_permit.so\n",
            line.replace("/usr/bin/warden", &ours)
        );
        std::fs::write(&path, text).expect("write the PAM service file");
        Service { name, path }
    }

    /// `pamtester` authenticating `user` from `rhost` with `password`:
    /// whether PAM accepted, and how long it took.
    fn authenticate(&self, user: &str, rhost: &str, password: &str) -> (bool, Duration) {
        let out = run_command(
            Command::new("pamtester").args([
                "-I",
                &format!("rhost={rhost}"),
                &self.name,
                user,
                "authenticate",
            ]),
            format!("{password}\n").as_bytes(),
        );
        let accepted = out.code == 0;
        assert_eq!(
            accepted,
            out.stdout.contains("successfully authenticated"),
            "{}{}",
            out.stdout,
            out.stderr
        );
        (accepted, out.elapsed)
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

#[test]
fn a_pam_stack_checks_logins_with_warden_and_refuses_without_argon2_work() {
    let test = "pam::a_pam_stack_checks_logins_with_warden_and_refuses_without_argon2_work";
    // Where Debian keeps PAM's modules, for this machine's architecture.
    let pam_exec = ["x86_64-linux-gnu", "aarch64-linux-gnu", "i386-linux-gnu"]
        .iter()
        .map(|arch| format!("/usr/lib/{arch}/security/pam_exec.so"))
        .find(|path| std::path::Path::new(path).is_file())
        .unwrap_or_else(|| "/usr/lib/x86_64-linux-gnu/security/pam_exec.so".into());
    if !crate::tools::root(test)
        || !crate::tools::have("pamtester", "pamtester", test)
        || !crate::tools::have_file(&pam_exec, "libpam-modules", test)
        || !crate::tools::have("rsyslogd", "rsyslog", test)
    {
        return;
    }
    let sb = Sandbox::initialised();
    // Hashes costly enough that argon2 work, or its absence, shows above
    // the cost of starting pamtester and warden.
    sb.run(&["settings", "set", "argon2.memory_kib", "65536"])
        .ok();
    sb.run(&["settings", "set", "argon2.iterations", "3"]).ok();
    sb.add_user("alice", &[]);
    sb.add_user("lena", &[]);
    sb.add_user("dora", &[]);
    // Expired by the system's clock, which is the one --pam reads: made
    // two days ago, expired yesterday.
    let now = chrono::Utc::now();
    let days_ago = |days: i64| (now - chrono::Duration::days(days)).to_rfc3339();
    let mut made_earlier = sb.command();
    made_earlier.env("WARDEN_NOW", days_ago(2));
    let expires = days_ago(1);
    run_command(
        made_earlier.args([
            "user",
            "add",
            "ezra",
            "--expires",
            &expires,
            "--password-stdin",
        ]),
        USER_PASSWORD.as_bytes(),
    )
    .ok();
    sb.add_user("nora", &["--allowed-ip", "10.0.0.0/8"]);
    sb.run(&["user", "disable", "dora"]).ok();
    // No lockout while timing wrong passwords.
    sb.run(&["settings", "set", "auth.lockout_threshold", "1000"])
        .ok();
    let syslog = Rsyslog::start();
    let pam = Service::new(&sb, &syslog);
    let from = "203.0.113.7";
    let wrong = "not-the-password-at-all";

    assert!(
        pam.authenticate("alice", from, USER_PASSWORD).0,
        "right password"
    );
    assert!(!pam.authenticate("alice", from, wrong).0, "wrong password");
    assert!(!pam.authenticate("alice", from, "").0, "empty password");
    assert!(
        pam.authenticate("nora", "10.1.2.3", USER_PASSWORD).0,
        "inside nora's network"
    );

    // An unknown user costs what a wrong password costs.
    alike("unknown user against wrong password", 0.7, 1.4, || {
        let mut unknown = Vec::new();
        let mut known = Vec::new();
        for _ in 0..5 {
            let (ok, t) = pam.authenticate("nobody-here", from, wrong);
            assert!(!ok);
            unknown.push(t);
            let (ok, t) = pam.authenticate("alice", from, wrong);
            assert!(!ok);
            known.push(t);
        }
        (median(unknown), median(known))
    });

    // Locked, disabled, expired, outside the allowed networks: refused
    // with the right password, before any argon2 work.
    let wrong_cost = median(
        (0..5)
            .map(|_| pam.authenticate("alice", from, wrong).1)
            .collect(),
    );
    sb.run(&["settings", "set", "auth.lockout_threshold", "1"])
        .ok();
    assert!(!pam.authenticate("lena", from, wrong).0);
    for (user, rhost) in [
        ("lena", from),
        ("dora", from),
        ("ezra", from),
        ("nora", from),
    ] {
        alike(
            &format!("{user} refused against a wrong password"),
            0.0,
            0.6,
            || {
                let cost = median(
                    (0..5)
                        .map(|_| {
                            let (ok, t) = pam.authenticate(user, rhost, USER_PASSWORD);
                            assert!(!ok, "{user} was let in");
                            t
                        })
                        .collect(),
                );
                (cost, wrong_cost)
            },
        );
    }

    // The audit log and syslog record each attempt with its address.
    let events = sb.run(&["--json", "audit", "--action", "user.login_failed"]);
    let events = events.ok().json();
    let reasons: Vec<(String, String, String)> = events
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["target"].as_str().unwrap_or_default().to_string(),
                e["details"]["reason"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                e["details"]["ip"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    for (user, reason) in [
        ("lena", "locked"),
        ("dora", "disabled"),
        ("ezra", "expired"),
        ("nora", "address not allowed"),
        ("nobody-here", "unknown user"),
    ] {
        assert!(
            reasons.contains(&(user.to_string(), reason.to_string(), from.to_string())),
            "{user}: {reason} from {from} not in {reasons:?}"
        );
    }
    let lines = syslog.auth_lines().join("\n");
    for line in [
        "login accepted from=203.0.113.7 user=alice",
        "login accepted from=10.1.2.3 user=nora",
        "login failed from=203.0.113.7 user=alice reason=wrong-password",
        "login failed from=203.0.113.7 user=lena reason=locked",
        "login failed from=203.0.113.7 user=dora reason=disabled",
        "login failed from=203.0.113.7 user=ezra reason=expired",
        "login failed from=203.0.113.7 user=nora reason=address-not-allowed",
        "login failed from=203.0.113.7 user=nobody-here reason=unknown-user",
    ] {
        assert!(lines.contains(line), "{line} not in:\n{lines}");
    }
    assert!(!lines.contains(USER_PASSWORD) && !lines.contains(wrong));
}
