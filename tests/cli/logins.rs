//! `warden user verify`: lockout, allowed networks, expiry, and failures
//! that do not tell an attacker which users exist.

use crate::common::*;

fn verify_at(sb: &Sandbox, now: &str, name: &str, password: &str, extra: &[&str]) -> Outcome {
    let mut args = vec!["user", "verify", name, "--password-stdin"];
    args.extend(extra);
    run_command(
        sb.command().env("WARDEN_NOW", now).args(&args),
        password.as_bytes(),
    )
}

#[test]
fn lockout_after_the_threshold_then_release_by_time_or_unlock() {
    let sb = Sandbox::initialised();
    sb.add_user("ana", &["--email", "ana@x.example"]);
    sb.run(&["settings", "set", "auth.lockout_threshold", "3"])
        .ok();
    sb.run(&["settings", "set", "auth.lockout_duration", "15m"])
        .ok();
    for _ in 0..2 {
        verify_at(&sb, NOW, "ana", "wrong-guess-1234", &[]).code(6);
    }
    // A success before the threshold resets the count.
    verify_at(&sb, NOW, "ana", USER_PASSWORD, &[]).ok();
    for _ in 0..2 {
        verify_at(&sb, NOW, "ana", "wrong-guess-1234", &[]).code(6);
    }
    verify_at(&sb, NOW, "ana", USER_PASSWORD, &[]).ok();
    for _ in 0..3 {
        verify_at(&sb, NOW, "ana", "wrong-guess-1234", &[]).code(6);
    }
    // Locked: the right password is refused, fast, with the reason.
    let locked = verify_at(&sb, NOW, "ana", USER_PASSWORD, &[]);
    assert_eq!(
        locked.code(6).stdout,
        "denied: user is locked until 2026-03-01T12:15:00Z\n"
    );
    let json = sb.run(&["--json", "user", "show", "ana"]).json();
    assert_eq!(json["locked_until"], "2026-03-01T12:15:00Z");
    verify_at(&sb, "2026-03-01T12:14:59Z", "ana", USER_PASSWORD, &[]).code(6);
    // Released when the duration has passed.
    verify_at(&sb, "2026-03-01T12:15:00Z", "ana", USER_PASSWORD, &[]).ok();
    // ... or at once by unlock.
    for _ in 0..3 {
        verify_at(&sb, NOW, "ana", "wrong-guess-1234", &[]).code(6);
    }
    verify_at(&sb, NOW, "ana", USER_PASSWORD, &[]).code(6);
    sb.run(&["user", "unlock", "ana"]).ok();
    verify_at(&sb, NOW, "ana", USER_PASSWORD, &[]).ok();
    // ... or by a password reset.
    for _ in 0..3 {
        verify_at(&sb, NOW, "ana", "wrong-guess-1234", &[]).code(6);
    }
    sb.run_with(
        &["user", "passwd", "ana", "--password-stdin"],
        "a-fresh-long-passphrase",
    )
    .ok();
    verify_at(&sb, NOW, "ana", "a-fresh-long-passphrase", &[]).ok();
    // The lockouts were audited and notified.
    let failed = sb
        .run(&[
            "--json",
            "audit",
            "--action",
            "user.login_failed",
            "--target",
            "ana",
        ])
        .json();
    assert!(failed
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["details"]["locked_until"].is_string()));
    let lockouts: i64 = sb
        .sql()
        .query_row(
            "SELECT count(*) FROM notifications WHERE kind = 'lockout'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(lockouts, 3);
}

#[test]
fn a_locked_user_is_refused_without_argon2_work() {
    let sb = Sandbox::initialised();
    sb.add_user("ben", &[]);
    // Make a real check very slow, so a refusal that skipped it shows.
    sb.run(&["settings", "set", "argon2.iterations", "40"]).ok();
    sb.run_with(
        &["user", "passwd", "ben", "--password-stdin"],
        USER_PASSWORD,
    )
    .ok();
    let slow = verify_at(&sb, NOW, "ben", "wrong-guess-1234", &[]);
    slow.code(6);
    sb.sql()
        .execute(
            "UPDATE users SET locked_until = 1900000000 WHERE username = 'ben'",
            [],
        )
        .unwrap();
    let fast = verify_at(&sb, NOW, "ben", USER_PASSWORD, &[]);
    fast.code(6);
    assert!(
        fast.elapsed * 3 < slow.elapsed,
        "locked took {:?}, a real check {:?}",
        fast.elapsed,
        slow.elapsed
    );
}

#[test]
fn allowed_networks_for_ipv4_and_ipv6() {
    let sb = Sandbox::initialised();
    sb.add_user(
        "cleo",
        &[
            "--allowed-ip",
            "203.0.113.0/24",
            "--allowed-ip",
            "2001:db8::/32",
        ],
    );
    for ip in ["203.0.113.7", "2001:db8:1::9", "::ffff:203.0.113.200"] {
        verify_at(&sb, NOW, "cleo", USER_PASSWORD, &["--ip", ip]).ok();
    }
    for ip in ["203.0.114.1", "198.51.100.1", "2001:db9::1", "::1"] {
        let out = verify_at(&sb, NOW, "cleo", USER_PASSWORD, &["--ip", ip]);
        assert!(
            out.code(6).stdout.contains("not allowed"),
            "{ip}: {}",
            out.stdout
        );
    }
    // Refusals by address do not count toward a lockout.
    let failures: i64 = sb.user_column("cleo", "failed_logins");
    assert_eq!(failures, 0);
    for bad in [
        "",
        "10.0.0.256",
        "010.0.0.1",
        "fe80::1%eth0",
        "10.0.0.0/8",
        "example.com",
    ] {
        verify_at(&sb, NOW, "cleo", USER_PASSWORD, &["--ip", bad])
            .code(2)
            .no_panic();
    }
    // No networks: any address.
    sb.add_user("dirk", &[]);
    verify_at(&sb, NOW, "dirk", USER_PASSWORD, &["--ip", "198.51.100.1"]).ok();
}

/// A user with allowed networks is refused when the address is unknown:
/// `verify` without `--ip`, and the library without an address. Before,
/// both accepted the login as if no list were set.
#[test]
fn allowed_networks_refuse_a_login_whose_address_is_unknown() {
    let sb = Sandbox::initialised();
    sb.add_user(
        "cleo",
        &[
            "--allowed-ip",
            "203.0.113.0/24",
            "--allowed-ip",
            "2001:db8::/32",
        ],
    );
    sb.add_user("dirk", &[]);
    let reason = "no client address given; cleo may only log in from 2001:db8::/32, 203.0.113.0/24";
    let out = verify_at(&sb, NOW, "cleo", USER_PASSWORD, &[]);
    assert_eq!(out.code(6).stdout, format!("denied: {reason}\n"));
    assert_eq!(out.stderr, "");
    let out = verify_at(&sb, NOW, "cleo", USER_PASSWORD, &["--json"]);
    assert_eq!(out.code(6).json()["reason"], reason);
    // Not a wrong password: no failure counted, and the audit says why.
    assert_eq!(sb.user_column::<i64>("cleo", "failed_logins"), 0);
    let events = sb
        .run(&[
            "--json",
            "audit",
            "--action",
            "user.login_failed",
            "--limit",
            "1",
        ])
        .json();
    assert_eq!(events[0]["details"]["reason"], "no client address");
    // With the address, or without a list, the same login is allowed.
    verify_at(&sb, NOW, "cleo", USER_PASSWORD, &["--ip", "203.0.113.9"]).ok();
    verify_at(&sb, NOW, "dirk", USER_PASSWORD, &[]).ok();

    // The library decides alike.
    let warden = warden::Warden::open(&sb.db).unwrap();
    let denied = warden.verify("cleo", USER_PASSWORD, None).unwrap();
    assert!(!denied.allowed);
    assert_eq!(denied.reason, reason);
    let allowed = warden
        .verify("cleo", USER_PASSWORD, "2001:db8::7".parse().ok())
        .unwrap();
    assert!(allowed.allowed, "{}", allowed.reason);

    // A stand-in's own networks bind their logins as someone's backup user.
    sb.run(&[
        "user",
        "edit",
        "dirk",
        "--add-allowed-ip",
        "198.51.100.0/24",
    ])
    .ok();
    sb.add_user("erin", &["--role", "viewer"]);
    sb.run(&["backup-user", "set", "erin", "dirk"]).ok();
    sb.run(&["backup-user", "enable", "erin", "--for", "1d"])
        .ok();
    let out = verify_at(&sb, NOW, "dirk", USER_PASSWORD, &["--as", "erin"]);
    assert!(
        out.code(6)
            .stdout
            .contains("no client address given; dirk may only log in from 198.51.100.0/24"),
        "{}",
        out.stdout
    );
    verify_at(
        &sb,
        NOW,
        "dirk",
        USER_PASSWORD,
        &["--as", "erin", "--ip", "198.51.100.3"],
    )
    .ok();
    let denied = warden
        .verify_as("dirk", "erin", USER_PASSWORD, None)
        .unwrap();
    assert!(!denied.allowed, "{}", denied.reason);
}

#[test]
fn expiry_before_and_after() {
    let sb = Sandbox::initialised();
    sb.add_user("edda", &["--expires", "2026-03-10T00:00:00Z"]);
    verify_at(&sb, "2026-03-09T23:59:59Z", "edda", USER_PASSWORD, &[]).ok();
    let out = verify_at(&sb, "2026-03-10T00:00:00Z", "edda", USER_PASSWORD, &[]);
    assert_eq!(
        out.code(6).stdout,
        "denied: user expired at 2026-03-10T00:00:00Z\n"
    );
    sb.run(&["user", "edit", "edda", "--expires", "never"]).ok();
    verify_at(&sb, "2030-01-01T00:00:00Z", "edda", USER_PASSWORD, &[]).ok();
}

#[test]
fn an_unknown_user_and_a_wrong_password_look_the_same() {
    let sb = Sandbox::initialised();
    sb.add_user("finn", &[]);
    for json in [false, true] {
        let mut known = vec!["user", "verify", "finn", "--password-stdin"];
        let mut unknown = vec!["user", "verify", "finn", "--password-stdin"];
        if json {
            known.insert(0, "--json");
            unknown.insert(0, "--json");
        }
        let wrong = sb.run_with(&known, "wrong-guess-1234");
        // Same name, but the user is gone: compare with a database where
        // "finn" does not exist.
        let other = Sandbox::initialised();
        let missing = other.run_with(&unknown, "wrong-guess-1234");
        assert_eq!(
            (wrong.code, &wrong.stdout, &wrong.stderr),
            (missing.code, &missing.stdout, &missing.stderr)
        );
        assert_eq!(wrong.code, 6);
    }
    // A user without a password looks the same too.
    sb.run(&["user", "add", "gert", "--no-password"]).ok();
    let none = sb.run_with(
        &["user", "verify", "gert", "--password-stdin"],
        "wrong-guess-1234",
    );
    assert_eq!(none.stdout, "denied: invalid user name or password\n");
    // And the unknown name is audited without the password.
    let events = sb
        .run(&["--json", "audit", "--action", "user.login_failed"])
        .json();
    assert!(events
        .as_array()
        .unwrap()
        .iter()
        .all(|e| !e.to_string().contains("wrong-guess")));
}

#[test]
fn an_unknown_user_costs_about_as_much_as_a_wrong_password() {
    let sb = Sandbox::initialised();
    sb.add_user("hana", &[]);
    sb.run(&["settings", "set", "argon2.iterations", "30"]).ok();
    sb.run_with(
        &["user", "passwd", "hana", "--password-stdin"],
        USER_PASSWORD,
    )
    .ok();
    let time = |name: &str| {
        let mut best = std::time::Duration::MAX;
        for _ in 0..3 {
            best = best.min(verify_at(&sb, NOW, name, "wrong-guess-1234", &[]).elapsed);
        }
        best
    };
    alike("unknown user against wrong password", 0.6, 1.6, || {
        let wrong = time("hana");
        (time("nobody-here"), wrong)
    });
}

#[test]
fn an_invalid_login_name_is_recorded_bounded_by_every_route() {
    let sb = Sandbox::initialised();
    // A name sshd would pass through: 120,000 bytes that no user can have.
    let huge = "X".repeat(120_000);
    let out = verify_at(&sb, NOW, &huge, "wrong-guess-1234", &[]);
    assert_eq!(
        out.code(6).stdout,
        "denied: invalid user name or password\n"
    );
    // As pam_exec runs it: the name in PAM_USER, the password on stdin.
    let pam = run_command(
        sb.command()
            .env("PAM_TYPE", "auth")
            .env("PAM_USER", &huge)
            .env("PAM_RHOST", "203.0.113.7")
            .args(["user", "verify", "--pam"]),
        b"wrong-guess-1234\0",
    );
    pam.code(6);
    assert_eq!(pam.stdout, "");
    // And through the library.
    let warden = warden::Warden::open(&sb.db).unwrap();
    let denied = warden.verify(&huge, "wrong-guess-1234", None).unwrap();
    assert!(!denied.allowed);
    assert!(denied.user.len() < 64, "{}", denied.user.len());
    drop(warden);

    let events = sb
        .run(&["--json", "audit", "--action", "user.login_failed"])
        .json();
    let events = events.as_array().unwrap();
    assert_eq!(events.len(), 3, "{events:?}");
    for event in events {
        assert_eq!(event["target"], "(invalid)", "{event}");
        assert_eq!(event["details"]["reason"], "invalid user name", "{event}");
        assert_eq!(event["details"]["name_bytes"], 120_000, "{event}");
        assert!(event.to_string().len() < 1_000, "{event}");
    }
    // Nothing of the name is stored anywhere in the log.
    let stored: i64 = sb
        .sql()
        .query_row(
            "SELECT coalesce(max(length(target) + length(details)), 0) FROM events",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(stored < 1_000, "an event holds {stored} bytes");
}

#[test]
fn pam_mode_takes_the_password_as_pam_exec_writes_it_or_as_a_line_by_hand() {
    let sb = Sandbox::initialised();
    sb.add_user("ana", &[]);
    let pam = |input: &str| {
        run_command(
            sb.command()
                .env("PAM_TYPE", "auth")
                .env("PAM_USER", "ana")
                .env("PAM_RHOST", "203.0.113.7")
                .args(["user", "verify", "--pam"]),
            input.as_bytes(),
        )
    };
    // pam_exec's expose_authtok: the password, then a NUL.
    pam(&format!("{USER_PASSWORD}\0")).ok();
    // By hand, with printf '%s\n' or echo.
    pam(&format!("{USER_PASSWORD}\n")).ok();
    pam(&format!("{USER_PASSWORD}\r\n")).ok();
    pam(USER_PASSWORD).ok();
    // Only one line end goes, and only without a NUL.
    pam(&format!("{USER_PASSWORD}\n\n")).code(6);
    pam(&format!("{USER_PASSWORD}\n\0")).code(6);
}
