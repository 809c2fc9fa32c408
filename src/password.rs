//! Password hashing, the password policy and strength estimation.
//!
//! Hashes are argon2id PHC strings that carry their own parameters, so a
//! stronger setting later can tell which hashes to upgrade. Secrets travel in
//! [`Secret`], which wipes its memory when dropped.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// A password in memory; zeroed on drop.
pub type Secret = Zeroizing<String>;

/// The longest password accepted, in bytes.
pub const MAX_BYTES: usize = 1024;

/// OWASP's minimum argon2id parameters; settings can raise, never lower them.
pub const MIN_MEMORY_KIB: u32 = 19_456;
pub const MIN_ITERATIONS: u32 = 2;
pub const MIN_PARALLELISM: u32 = 1;

/// The argon2id cost parameters in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl Default for HashParams {
    fn default() -> Self {
        HashParams {
            memory_kib: MIN_MEMORY_KIB,
            iterations: MIN_ITERATIONS,
            parallelism: MIN_PARALLELISM,
        }
    }
}

fn hasher(params: HashParams) -> Result<Argon2<'static>> {
    let p = Params::new(
        params.memory_kib,
        params.iterations,
        params.parallelism,
        None,
    )
    .map_err(|e| Error::usage(format!("invalid argon2 parameters: {e}")))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, p))
}

/// Hashes a password into an argon2id PHC string with a fresh random salt.
pub fn hash(secret: &str, params: HashParams) -> Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    let phc = hasher(params)?
        .hash_password(secret.as_bytes(), &salt)
        .map_err(|e| Error::failure(format!("cannot hash the password: {e}")))?;
    Ok(phc.to_string())
}

/// Checks a password against a stored argon2 PHC string.
pub fn verify(secret: &str, phc: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(parsed) => Argon2::default()
            .verify_password(secret.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// zxcvbn's strength score, 0 (a common password) to 4 (strong).
pub fn strength(secret: &str, user_inputs: &[&str]) -> u8 {
    zxcvbn::zxcvbn(secret, user_inputs).score() as u8
}

/// The word for a strength score.
pub fn strength_word(score: u8) -> &'static str {
    match score {
        0 => "very weak",
        1 => "weak",
        2 => "fair",
        3 => "good",
        _ => "strong",
    }
}

/// The policy for users' passwords: at least `min_length` characters, at
/// most [`MAX_BYTES`] bytes, and not a common password (zxcvbn score 0).
pub fn check_user_policy(secret: &str, min_length: u32, user_inputs: &[&str]) -> Result<()> {
    let hint = || {
        format!(
            "choose at least {min_length} characters; a few unrelated words make a strong password"
        )
    };
    if secret.len() > MAX_BYTES {
        return Err(
            Error::usage(format!("the password is longer than {MAX_BYTES} bytes"))
                .with_hint(hint()),
        );
    }
    let chars = secret.chars().count();
    if chars < min_length as usize {
        return Err(Error::usage(format!(
            "the password is too short: {chars} characters, at least {min_length} are required"
        ))
        .with_hint(hint()));
    }
    if strength(secret, user_inputs) == 0 {
        return Err(
            Error::usage("the password is too common or too easy to guess").with_hint(hint()),
        );
    }
    Ok(())
}

/// Whether a stored hash should be replaced at the next successful login:
/// not argon2id, or any cost parameter below the settings in force.
pub fn needs_rehash(phc: &str, params: HashParams) -> bool {
    let Ok(parsed) = PasswordHash::new(phc) else {
        return true;
    };
    if parsed.algorithm.as_str() != "argon2id" {
        return true;
    }
    let get = |name: &str| parsed.params.get_decimal(name).unwrap_or(0);
    get("m") < params.memory_kib || get("t") < params.iterations || get("p") < params.parallelism
}

/// Spends the same argon2 work as checking a real hash at `params`, for a
/// user that does not exist or has no password, and always fails: an
/// attacker cannot tell "no such user" from "wrong password" by timing.
pub fn dummy_verify(secret: &str, params: HashParams) -> bool {
    // A fixed salt and an all-zero output no password produces.
    let phc = format!(
        "$argon2id$v=19$m={},t={},p={}$d2FyZGVuLWR1bW15LXNhbHQ$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        params.memory_kib, params.iterations, params.parallelism
    );
    let _ = verify(secret, &phc);
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_then_verify_round_trips_and_keeps_parameters() {
        let phc = hash("correct horse battery staple", HashParams::default()).unwrap_or_default();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(verify("correct horse battery staple", &phc));
        assert!(!verify("correct horse battery stapler", &phc));
        assert!(!verify("anything", "not a hash"));
    }

    #[test]
    fn policy_refuses_short_long_and_common_passwords() {
        assert!(check_user_policy("short", 12, &[]).is_err());
        assert!(check_user_policy("passwordpassword", 12, &[]).is_err());
        assert!(check_user_policy(&"x".repeat(MAX_BYTES + 1), 12, &[]).is_err());
        assert!(check_user_policy("tangerine-otter-bicycle", 12, &[]).is_ok());
    }
}

#[cfg(test)]
mod rehash_tests {
    use super::*;

    #[test]
    fn weaker_parameters_need_a_rehash_and_current_ones_do_not() {
        let current = HashParams::default();
        let weak = "$argon2id$v=19$m=4096,t=1,p=1$c2FsdHNhbHRzYWx0$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        assert!(needs_rehash(weak, current));
        let good = hash("tangerine-otter-bicycle", current).unwrap_or_default();
        assert!(!needs_rehash(&good, current));
        let stronger = HashParams {
            memory_kib: 65_536,
            ..current
        };
        assert!(needs_rehash(&good, stronger));
        assert!(needs_rehash("$2b$12$abcdefghijklmnopqrstuv", current));
    }

    #[test]
    fn the_dummy_hash_parses_and_never_matches() {
        let params = HashParams::default();
        assert!(!dummy_verify("", params));
        assert!(!dummy_verify("anything", params));
        let phc = "$argon2id$v=19$m=19456,t=2,p=1$d2FyZGVuLWR1bW15LXNhbHQ$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        assert!(PasswordHash::new(phc).is_ok());
    }
}
