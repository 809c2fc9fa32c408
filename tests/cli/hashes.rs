//! Legacy password hashes brought over from other systems: bcrypt and
//! SHA-crypt verify and are replaced by argon2id at the next successful
//! `user verify`; a family warden refuses never lets anyone in. The hashes
//! come from the tools sysadmins use (`htpasswd`, `mkpasswd`, `openssl
//! passwd`): made once and kept in [`vectors`], and made afresh at test
//! time where the tools are installed (`.ci/run` installs them).

use std::process::Command;

use crate::common::*;
use crate::tools::{have, vectors};

const WRONG_PASSWORD: &str = "violet-harbor-lanterm";

/// The hash a real tool prints for `USER_PASSWORD`.
fn made_by(program: &str, args: &[&str]) -> String {
    let output = Command::new(program)
        .args(args)
        .arg(USER_PASSWORD)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    assert!(output.status.success(), "{program} {args:?}: {output:?}");
    let text = String::from_utf8(output.stdout).unwrap();
    // htpasswd prints "user:HASH" and a blank line.
    let hash = text.trim();
    hash.strip_prefix("user:").unwrap_or(hash).to_string()
}

fn plant(sb: &Sandbox, name: &str, hash: &str) {
    sb.sql()
        .execute(
            "UPDATE users SET password_hash = ?1 WHERE username = ?2",
            [hash, name],
        )
        .unwrap();
}

fn verify(sb: &Sandbox, name: &str, password: &str) -> Outcome {
    sb.run_with(
        &["--json", "user", "verify", name, "--password-stdin"],
        password,
    )
}

/// The details of the newest `user.login` event for `name`.
fn last_login(sb: &Sandbox, name: &str) -> serde_json::Value {
    let events = sb
        .run(&[
            "--json",
            "audit",
            "--action",
            "user.login",
            "--target",
            name,
        ])
        .json();
    events[0]["details"].clone()
}

/// A legacy hash: a wrong password is a counted failure that leaves it
/// alone; the right one is allowed and upgrades it, once.
fn upgraded_at_next_verify(legacy: &str, prefix: &str) {
    assert!(legacy.starts_with(prefix), "{legacy}");
    let sb = Sandbox::initialised();
    sb.add_user("ida", &[]);
    plant(&sb, "ida", legacy);

    let denied = verify(&sb, "ida", WRONG_PASSWORD);
    denied.code(6).no_panic();
    assert_eq!(denied.json()["allowed"], false);
    assert_eq!(denied.json()["reason"], "invalid user name or password");
    assert_eq!(sb.user_column::<i64>("ida", "failed_logins"), 1);
    assert_eq!(sb.user_column::<String>("ida", "password_hash"), legacy);

    let allowed = verify(&sb, "ida", USER_PASSWORD);
    allowed.ok().no_panic();
    assert_eq!(allowed.json()["allowed"], true);
    assert_eq!(allowed.stderr, "");
    let upgraded: String = sb.user_column("ida", "password_hash");
    assert!(
        upgraded.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{upgraded}"
    );
    assert_eq!(sb.user_column::<i64>("ida", "failed_logins"), 0);
    let details = last_login(&sb, "ida");
    assert_eq!(details["rehashed"], true);
    // Nothing secret in the event.
    assert!(!details.to_string().contains('$'), "{details}");

    // The new hash works, and is not replaced again.
    verify(&sb, "ida", USER_PASSWORD).ok();
    assert_eq!(sb.user_column::<String>("ida", "password_hash"), upgraded);
    assert_eq!(last_login(&sb, "ida")["rehashed"], false);
    verify(&sb, "ida", WRONG_PASSWORD).code(6);
}

#[test]
fn bcrypt_and_sha_crypt_made_once_by_the_tools_are_upgraded_at_the_next_verify() {
    for (hash, prefix) in [
        (vectors::HTPASSWD_BCRYPT, "$2y$"),
        (vectors::MKPASSWD_BCRYPT_2B, "$2b$"),
        (vectors::MKPASSWD_BCRYPT_2A, "$2a$"),
        (vectors::MKPASSWD_SHA512, "$6$"),
        (vectors::MKPASSWD_SHA256, "$5$"),
        (vectors::OPENSSL_SHA512, "$6$"),
        (vectors::OPENSSL_SHA256, "$5$"),
    ] {
        upgraded_at_next_verify(hash, prefix);
    }
}

#[test]
fn htpasswd_bcrypt_is_upgraded_at_the_next_verify() {
    if have(
        "htpasswd",
        "apache2-utils",
        "htpasswd_bcrypt_is_upgraded_at_the_next_verify",
    ) {
        upgraded_at_next_verify(&made_by("htpasswd", &["-nbB", "user"]), "$2y$");
    }
}

#[test]
fn mkpasswd_sha512_crypt_is_upgraded_at_the_next_verify() {
    if have(
        "mkpasswd",
        "whois",
        "mkpasswd_sha512_crypt_is_upgraded_at_the_next_verify",
    ) {
        upgraded_at_next_verify(&made_by("mkpasswd", &["-m", "sha-512"]), "$6$");
    }
}

#[test]
fn openssl_sha512_crypt_is_upgraded_at_the_next_verify() {
    if have(
        "openssl",
        "openssl",
        "openssl_sha512_crypt_is_upgraded_at_the_next_verify",
    ) {
        upgraded_at_next_verify(&made_by("openssl", &["passwd", "-6"]), "$6$");
    }
}

#[test]
fn openssl_sha256_crypt_is_upgraded_at_the_next_verify() {
    if have(
        "openssl",
        "openssl",
        "openssl_sha256_crypt_is_upgraded_at_the_next_verify",
    ) {
        upgraded_at_next_verify(&made_by("openssl", &["passwd", "-5"]), "$5$");
    }
}

#[test]
fn a_refused_family_denies_like_a_wrong_password() {
    refused_family_denies(vectors::OPENSSL_MD5);
    if have(
        "openssl",
        "openssl",
        "a_refused_family_denies_like_a_wrong_password",
    ) {
        refused_family_denies(&made_by("openssl", &["passwd", "-1"]));
    }
}

fn refused_family_denies(md5: &str) {
    let sb = Sandbox::initialised();
    sb.add_user("jon", &[]);
    assert!(md5.starts_with("$1$"), "{md5}");
    plant(&sb, "jon", md5);
    // Even the right password: MD5-crypt is never checked.
    for password in [USER_PASSWORD, WRONG_PASSWORD] {
        let out = sb.run_with(&["user", "verify", "jon", "--password-stdin"], password);
        out.code(6).no_panic();
        assert_eq!(out.stdout, "denied: invalid user name or password\n");
        assert_eq!(out.stderr, "");
    }
    assert_eq!(sb.user_column::<i64>("jon", "failed_logins"), 2);
    assert_eq!(sb.user_column::<String>("jon", "password_hash"), md5);
}
