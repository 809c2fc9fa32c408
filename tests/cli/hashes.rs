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

/// argon2id 1.3 at OWASP's minimum, the default settings.
const CURRENT: &str = "$argon2id$v=19$m=19456,t=2,p=1$";

/// What warden writes: [`CURRENT`], a 16-byte salt and a 32-byte output.
fn assert_written_by_warden(phc: &str) {
    let fields: Vec<&str> = phc.split('$').collect();
    assert!(phc.starts_with(CURRENT), "{phc}");
    assert_eq!(fields.len(), 6, "{phc}");
    assert_eq!((fields[4].len(), fields[5].len()), (22, 43), "{phc}");
}

/// A legacy hash: a wrong password is a counted failure that leaves it
/// alone; the right one is allowed and upgrades it, once.
fn upgraded_at_next_verify(legacy: &str, prefix: &str) {
    assert!(legacy.starts_with(prefix), "{legacy}");
    let sb = Sandbox::initialised();
    verified_and_upgraded(&sb, "ida", legacy, USER_PASSWORD);
}

/// `stored`, planted as `name`'s hash: a wrong password is a counted
/// failure that leaves it alone; the right one is allowed and, unless the
/// hash is already what warden writes, replaces it with one that is, once.
fn verified_and_upgraded(sb: &Sandbox, name: &str, stored: &str, password: &str) {
    let current = stored.starts_with(CURRENT);
    sb.add_user(name, &[]);
    plant(sb, name, stored);

    let denied = verify(sb, name, WRONG_PASSWORD);
    denied.code(6).no_panic();
    assert_eq!(denied.json()["allowed"], false, "{stored}");
    assert_eq!(denied.json()["reason"], "invalid user name or password");
    assert_eq!(sb.user_column::<i64>(name, "failed_logins"), 1);
    assert_eq!(sb.user_column::<String>(name, "password_hash"), stored);

    let allowed = verify(sb, name, password);
    allowed.ok().no_panic();
    assert_eq!(allowed.json()["allowed"], true, "{stored}");
    assert_eq!(allowed.stderr, "");
    let upgraded: String = sb.user_column(name, "password_hash");
    if current {
        assert_eq!(upgraded, stored);
    } else {
        assert_written_by_warden(&upgraded);
    }
    assert_eq!(sb.user_column::<i64>(name, "failed_logins"), 0);
    let details = last_login(sb, name);
    assert_eq!(details["rehashed"], !current, "{stored}");
    // Nothing secret in the event.
    assert!(!details.to_string().contains('$'), "{details}");

    // The new hash works, and is not replaced again.
    verify(sb, name, password).ok();
    assert_eq!(sb.user_column::<String>(name, "password_hash"), upgraded);
    assert_eq!(last_login(sb, name)["rehashed"], false);
    verify(sb, name, WRONG_PASSWORD).code(6);
}

/// Every hash made once by another program and kept in [`vectors`], of
/// every family warden accepts (bcrypt, SHA-crypt, argon2 of each variant
/// and version), still lets in its password only, and what replaces it
/// is argon2id at OWASP's minimum: whatever the hashing crates' versions.
#[test]
fn every_hash_made_once_by_the_tools_verifies_and_is_upgraded_at_the_next_verify() {
    use vectors::*;
    let mut cases = vec![
        (HTPASSWD_BCRYPT, "$2y$", USER_PASSWORD),
        (MKPASSWD_BCRYPT_2B, "$2b$", USER_PASSWORD),
        (MKPASSWD_BCRYPT_2A, "$2a$", USER_PASSWORD),
        (MKPASSWD_SHA512, "$6$", USER_PASSWORD),
        (MKPASSWD_SHA256, "$5$", USER_PASSWORD),
        (OPENSSL_SHA512, "$6$", USER_PASSWORD),
        (OPENSSL_SHA256, "$5$", USER_PASSWORD),
        // Too costly to import, not to verify once it is stored.
        (
            MKPASSWD_SHA512_2M_ROUNDS,
            "$6$rounds=2000000$",
            USER_PASSWORD,
        ),
        (ARGON2ID, CURRENT, USER_PASSWORD),
        (ARGON2I, "$argon2i$v=19$", USER_PASSWORD),
        (ARGON2D, "$argon2d$v=19$", USER_PASSWORD),
        (ARGON2ID_V10, "$argon2id$v=16$", USER_PASSWORD),
        (ARGON2I_V10, "$argon2i$v=16$", USER_PASSWORD),
        (ARGON2D_V10, "$argon2d$v=16$", USER_PASSWORD),
    ];
    // The bcrypt lines of the htpasswd files; bob's password is another.
    for line in HTPASSWD_FILE
        .lines()
        .chain(HTPASSWD_FILE_WEAK.lines())
        .chain([HTPASSWD_LINE_COST_4])
    {
        let (user, hash) = line.split_once(':').unwrap();
        if hash.starts_with("$2y$") {
            let password = if user == "bob" {
                PASSWORD
            } else {
                USER_PASSWORD
            };
            cases.push((hash, "$2y$", password));
        }
    }
    assert_eq!(cases.len(), 18);
    let sb = Sandbox::initialised();
    for (i, (hash, prefix, password)) in cases.into_iter().enumerate() {
        assert!(hash.starts_with(prefix), "{hash}");
        verified_and_upgraded(&sb, &format!("ida{i}"), hash, password);
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
