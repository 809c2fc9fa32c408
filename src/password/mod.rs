//! Password hashing, legacy hash formats, the password policy and strength
//! estimation.
//!
//! Hashes are argon2id PHC strings that carry their own parameters, so a
//! stronger setting later can tell which hashes to upgrade. Hashes brought
//! over from other systems (bcrypt, SHA-crypt) are checked with their own
//! maintained crates until the user's next successful login replaces them.
//! Secrets travel in [`Secret`], which wipes its memory when dropped.

pub mod read;

use std::str::FromStr;

use argon2::password_hash::phc::{Output, ParamsString, Salt};
use argon2::password_hash::try_generate_salt;
use argon2::{Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version};

use crate::error::{Error, Result};

/// A password in memory: zeroed on drop, and its `Debug` prints
/// `[REDACTED]`, so no `{:?}`, error or panic can show it. The text is
/// reached only through `ExposeSecret::expose_secret`.
pub type Secret = secrecy::SecretString;

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

/// A fresh random salt of 16 bytes, from the operating system.
fn fresh_salt() -> Result<[u8; 16]> {
    try_generate_salt().map_err(|e| Error::failure(format!("cannot draw a random salt: {e}")))
}

/// Hashes a password into an argon2id PHC string with a fresh random salt.
pub fn hash(secret: &str, params: HashParams) -> Result<String> {
    let phc = hasher(params)?
        .hash_password_with_salt(secret.as_bytes(), &fresh_salt()?)
        .map_err(|e| Error::failure(format!("cannot hash the password: {e}")))?;
    Ok(phc.to_string())
}

/// Argon2 memory kept from one hash to the next, for a thread that hashes
/// or checks many passwords in a row (an import's workers). A fresh
/// allocation of many MiB for each hash leaves the allocator's heaps
/// fragmented, and the process grows far beyond the two or so hashes it
/// works on at once (to hundreds of MiB for a thousand); reused, the
/// memory stays at the largest hash's size and costs no page faults. It is
/// wiped when dropped.
#[derive(Default)]
pub struct Argon2Memory {
    blocks: Vec<argon2::Block>,
}

impl Argon2Memory {
    /// `count` blocks of 1 KiB, grown when needed.
    fn blocks(&mut self, count: usize) -> &mut [argon2::Block] {
        if self.blocks.len() < count {
            // Replaced rather than grown, so the smaller area is wiped
            // before it goes back to the allocator.
            self.wipe();
            self.blocks = vec![argon2::Block::default(); count];
        }
        &mut self.blocks[..count]
    }

    fn wipe(&mut self) {
        use zeroize::Zeroize;
        self.blocks.iter_mut().for_each(Zeroize::zeroize);
    }

    /// Computes an argon2 output of `len` bytes.
    fn output(&mut self, argon: &Argon2, secret: &str, salt: &[u8], len: usize) -> Option<Output> {
        let blocks = argon.params().block_count();
        let mut buffer = [0u8; Output::MAX_LENGTH];
        let out = buffer.get_mut(..len)?;
        argon
            .hash_password_into_with_memory(secret.as_bytes(), salt, &mut *out, self.blocks(blocks))
            .ok()?;
        Output::new(out).ok()
    }

    /// [`hash`], in this memory.
    pub fn hash(&mut self, secret: &str, params: HashParams) -> Result<String> {
        let argon = hasher(params)?;
        let salt = fresh_salt()?;
        let fail = || Error::failure("cannot hash the password");
        let output = self
            .output(&argon, secret, &salt, Params::DEFAULT_OUTPUT_LEN)
            .ok_or_else(fail)?;
        let phc = PasswordHash {
            algorithm: Algorithm::Argon2id.ident(),
            version: Some(Version::V0x13.into()),
            params: ParamsString::try_from(argon.params()).map_err(|_| fail())?,
            salt: Some(Salt::new(&salt).map_err(|_| fail())?),
            hash: Some(output),
        };
        Ok(phc.to_string())
    }

    /// [`verify`], in this memory when the stored hash is argon2.
    pub fn verify(&mut self, secret: &str, stored: &str) -> bool {
        if check_hash(stored) != Ok(HashKind::Argon2) {
            return verify(secret, stored);
        }
        let Ok(parsed) = PasswordHash::new(stored) else {
            return false;
        };
        let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
            return false;
        };
        let argon = match (
            Algorithm::try_from(parsed.algorithm.as_str()),
            parsed
                .version
                .map_or(Ok(Version::default()), Version::try_from),
            Params::try_from(&parsed),
        ) {
            (Ok(algorithm), Ok(version), Ok(params)) => Argon2::new(algorithm, version, params),
            _ => return false,
        };
        // Output compares in constant time.
        self.output(&argon, secret, &salt, expected.len())
            .is_some_and(|output| output == expected)
    }
}

impl Drop for Argon2Memory {
    fn drop(&mut self) {
        self.wipe();
    }
}

/// Checks a password against a stored hash: an argon2 PHC string, or a
/// legacy bcrypt or SHA-crypt string (see [`check_hash`]). A hash in any
/// other form matches no password. The comparisons are constant-time inside
/// the crates.
pub fn verify(secret: &str, stored: &str) -> bool {
    match check_hash(stored) {
        Ok(HashKind::Argon2) => verify_argon2(secret, stored),
        // The crate computes $2a$, $2b$ and $2y$ alike, as current
        // implementations do, so no prefix needs rewriting. Like every
        // bcrypt it reads only the first 72 bytes; the upgrade ends that.
        Ok(HashKind::Bcrypt) => bcrypt::verify(secret.as_bytes(), stored).unwrap_or(false),
        Ok(HashKind::Sha256Crypt | HashKind::Sha512Crypt) => {
            sha_crypt::PasswordVerifier::<str>::verify_password(
                &sha_crypt::ShaCrypt::default(),
                secret.as_bytes(),
                stored,
            )
            .is_ok()
        }
        Err(_) => false,
    }
}

fn verify_argon2(secret: &str, phc: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(parsed) => Argon2::default()
            .verify_password(secret.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// The longest password hash accepted, in bytes; real ones are under 200.
pub const MAX_HASH_BYTES: usize = 1024;

/// The families of password hash warden can verify.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HashKind {
    /// An argon2 PHC string (`$argon2id$`, `$argon2i$`, `$argon2d$`).
    Argon2,
    /// bcrypt (`$2a$`, `$2b$`, `$2y$`).
    Bcrypt,
    /// SHA-256-crypt (`$5$`).
    Sha256Crypt,
    /// SHA-512-crypt (`$6$`).
    Sha512Crypt,
}

const ACCEPTED: &str = "password_hash accepts argon2 PHC strings ($argon2id$, $argon2i$, \
    $argon2d$), bcrypt ($2a$, $2b$, $2y$) and SHA-crypt ($5$, $6$)";

/// The characters of crypt(3)'s base64, in SHA-crypt's order of values.
const CRYPT_ALPHABET: &[u8] = b"./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// Checks a stored or imported password hash completely, so that what is
/// kept can be verified later, and says which family it is. Anything else,
/// including the weak families other systems still use, is a usage error
/// naming what it saw; the message never contains the hash.
pub fn check_hash(hash: &str) -> Result<HashKind> {
    if hash.is_empty() {
        return Err(Error::usage("the password hash is empty").with_hint(ACCEPTED));
    }
    if hash.len() > MAX_HASH_BYTES {
        return Err(Error::usage(format!(
            "the password hash is longer than {MAX_HASH_BYTES} bytes"
        ))
        .with_hint(ACCEPTED));
    }
    if hash.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Error::usage(
            "the password hash contains a space, a line break or a control character",
        )
        .with_hint(format!("{ACCEPTED}; copy the hash exactly as it is stored")));
    }
    let id = hash
        .strip_prefix('$')
        .and_then(|rest| rest.split('$').next())
        .unwrap_or("");
    match id {
        "argon2id" | "argon2i" | "argon2d" => check_argon2(hash).map(|()| HashKind::Argon2),
        "2a" | "2b" | "2y" => check_bcrypt(hash).map(|()| HashKind::Bcrypt),
        "5" => check_sha_crypt(hash, 43, 16).map(|()| HashKind::Sha256Crypt),
        "6" => check_sha_crypt(hash, 86, 4).map(|()| HashKind::Sha512Crypt),
        _ => Err(refused(hash, id)),
    }
}

/// The most an imported hash may cost to verify: bcrypt's cost, SHA-crypt's
/// rounds, argon2's memory (KiB) and memory × iterations. Each is about a
/// second or more of work per login; a hash above them would let one
/// imported line stall every login of its user.
pub const MAX_BCRYPT_COST: u32 = 14;
pub const MAX_SHA_CRYPT_ROUNDS: u32 = 1_000_000;
pub const MAX_ARGON2_MEMORY_KIB: u32 = 1_048_576;
pub const MAX_ARGON2_WORK: u64 = 4 * 1_048_576;

/// Checks a hash brought in by `user import` or `apply`: [`check_hash`],
/// then the cost caps above, so that no imported hash makes its logins
/// unboundedly slow.
pub fn check_imported_hash(hash: &str) -> Result<HashKind> {
    let kind = check_hash(hash)?;
    let too_costly = |what: String| {
        Err(Error::usage(format!("the password hash is too costly to verify: {what}"))
            .with_hint(format!(
                "imported hashes may cost at most bcrypt {MAX_BCRYPT_COST}, SHA-crypt rounds={MAX_SHA_CRYPT_ROUNDS}, \
                 argon2 m={MAX_ARGON2_MEMORY_KIB} and m×t={MAX_ARGON2_WORK}; give the user a new password instead"
            )))
    };
    match kind {
        HashKind::Bcrypt => {
            let cost: u32 = hash[4..6].parse().unwrap_or(u32::MAX);
            if cost > MAX_BCRYPT_COST {
                return too_costly(format!("bcrypt cost {cost}"));
            }
        }
        HashKind::Sha256Crypt | HashKind::Sha512Crypt => {
            let rounds = hash
                .split('$')
                .nth(2)
                .and_then(|f| f.strip_prefix("rounds="))
                .map_or(Ok(5_000), str::parse::<u32>)
                .unwrap_or(u32::MAX);
            if rounds > MAX_SHA_CRYPT_ROUNDS {
                return too_costly(format!("SHA-crypt rounds={rounds}"));
            }
        }
        HashKind::Argon2 => {
            // check_hash parsed it already; read m and t from the text.
            let params = hash
                .split('$')
                .find(|f| f.split(',').any(|p| p.starts_with("m=")))
                .unwrap_or("");
            let get = |name: &str| -> u64 {
                params
                    .split(',')
                    .find_map(|p| p.strip_prefix(name)?.strip_prefix('='))
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(u64::MAX)
            };
            let (m, t) = (get("m"), get("t"));
            if m > u64::from(MAX_ARGON2_MEMORY_KIB) || m.saturating_mul(t) > MAX_ARGON2_WORK {
                return too_costly(format!("argon2 m={m}, t={t}"));
            }
        }
    }
    Ok(kind)
}

const WEAK: &str = "it is too fast to compute to protect a password";
const UNSUPPORTED: &str = "warden cannot verify it";
const DES_WHY: &str = "it keeps only the first 8 characters of a password and is cracked in hours";

/// The family of a hash in a form warden refuses as too weak to protect a
/// password (MD5-crypt, Apache MD5, SunMD5, NT, SHA-1, DES and BSDi crypt),
/// as `user import --weak-hashes no-password` leaves them out: "Apache
/// MD5 ($apr1$)". `None` for every other hash, accepted or not.
pub fn weak_family(hash: &str) -> Option<&'static str> {
    let id = hash
        .strip_prefix('$')
        .and_then(|rest| rest.split('$').next())
        .unwrap_or("");
    match family(hash, id) {
        Some((seen, why)) if why == WEAK || why == DES_WHY => {
            Some(seen.strip_suffix(" hashes").unwrap_or(seen))
        }
        _ => None,
    }
}

/// A known family outside the accepted ones: how to name its hashes, and
/// why they are not taken.
fn family(hash: &str, id: &str) -> Option<(&'static str, &'static str)> {
    Some(match id {
        "1" => ("MD5-crypt ($1$) hashes", WEAK),
        "apr1" => ("Apache MD5 ($apr1$) hashes", WEAK),
        "3" => ("NT-hash ($3$) hashes", WEAK),
        "sha1" => ("SHA1-crypt ($sha1$) hashes", UNSUPPORTED),
        _ if id == "md5" || id.starts_with("md5,") => ("SunMD5 ($md5$) hashes", WEAK),
        "2x" => (
            "bcrypt $2x$ hashes",
            "$2x$ marks hashes made by a crypt_blowfish with a sign-extension bug, \
             which other implementations do not reproduce",
        ),
        "2" => ("the original bcrypt ($2$) hashes", UNSUPPORTED),
        "y" => ("yescrypt ($y$) hashes", UNSUPPORTED),
        "gy" => ("GOST yescrypt ($gy$) hashes", UNSUPPORTED),
        "7" => ("scrypt ($7$) hashes", UNSUPPORTED),
        "scrypt" => ("scrypt ($scrypt$) hashes", UNSUPPORTED),
        _ if id.starts_with("pbkdf2") => ("PBKDF2 ($pbkdf2$) hashes", UNSUPPORTED),
        _ if id.starts_with("argon2") => ("hashes of an unknown argon2 variant", UNSUPPORTED),
        _ if hash.starts_with("{SHA}") => ("SHA-1 ({SHA}) hashes", WEAK),
        _ if hash.starts_with("{SSHA}") => ("salted SHA-1 ({SSHA}) hashes", WEAK),
        _ if hash.len() == 13 && in_crypt_alphabet(hash) => ("DES crypt hashes", DES_WHY),
        _ if hash.len() == 20 && hash.starts_with('_') && in_crypt_alphabet(&hash[1..]) => {
            ("BSDi extended DES crypt (_) hashes", WEAK)
        }
        _ => return None,
    })
}

/// The error for a hash outside the accepted families, naming the family
/// when it is a known one and saying why it is not taken.
fn refused(hash: &str, id: &str) -> Error {
    let Some((seen, why)) = family(hash, id) else {
        return Error::usage("an unrecognised hash is not accepted").with_hint(format!(
            "{ACCEPTED}; a plain-text password goes in the password field, not password_hash"
        ));
    };
    Error::usage(format!("{seen} are not accepted")).with_hint(format!(
        "{why}; {ACCEPTED}; leave password_hash out and give the user a new password \
         with `warden user passwd NAME`"
    ))
}

fn malformed(family: &str, what: &str) -> Error {
    Error::usage(format!("the {family} hash is malformed: {what}"))
        .with_hint(format!("{ACCEPTED}; copy the hash exactly as it is stored"))
}

fn in_crypt_alphabet(text: &str) -> bool {
    text.bytes().all(|b| CRYPT_ALPHABET.contains(&b))
}

/// An argon2 PHC string with a known version, parameters in range, a salt
/// and an output.
fn check_argon2(hash: &str) -> Result<()> {
    let parsed =
        PasswordHash::new(hash).map_err(|_| malformed("argon2", "it is not a PHC string"))?;
    if parsed.salt.is_none() || parsed.hash.is_none() {
        return Err(malformed("argon2", "it has no salt or no hash output"));
    }
    if let Some(version) = parsed.version {
        Version::try_from(version).map_err(|_| malformed("argon2", "its version is unknown"))?;
    }
    Params::try_from(&parsed)
        .map_err(|_| malformed("argon2", "its parameters are out of range"))?;
    Ok(())
}

/// `$2b$NN$` and 53 characters: cost NN from 04 to 31, then 22 of salt and
/// 31 of hash in bcrypt's base64, which the crate decodes strictly.
fn check_bcrypt(hash: &str) -> Result<()> {
    let bytes = hash.as_bytes();
    if bytes.len() != 60 || !hash.is_ascii() {
        return Err(malformed("bcrypt", "it must be 60 characters long"));
    }
    let cost = &hash[4..6];
    if bytes[6] != b'$' || !cost.bytes().all(|b| b.is_ascii_digit()) {
        return Err(malformed("bcrypt", "the cost must be two digits"));
    }
    match cost.parse::<u32>() {
        Ok(4..=31) => {}
        _ => return Err(malformed("bcrypt", "the cost must be from 04 to 31")),
    }
    bcrypt::HashParts::from_str(hash)
        .map_err(|_| malformed("bcrypt", "the salt or hash is not bcrypt's base64"))?;
    Ok(())
}

/// `$5$` or `$6$`, an optional `rounds=N` (1000 to 999999999), a salt of 1 to
/// 16 characters and the hash, both in crypt's base64. The hash has a fixed
/// length, and its last character carries only the bits left over, so its
/// value stays below `last_below`.
fn check_sha_crypt(hash: &str, hash_len: usize, last_below: usize) -> Result<()> {
    let family = if hash_len == 43 {
        "SHA-256-crypt"
    } else {
        "SHA-512-crypt"
    };
    // "", the id, then the fields.
    let mut fields = hash.split('$').skip(2);
    let mut field = fields.next().unwrap_or("");
    if let Some(rounds) = field.strip_prefix("rounds=") {
        let in_range = !rounds.is_empty()
            && rounds.len() <= 9
            && rounds.bytes().all(|b| b.is_ascii_digit())
            && matches!(rounds.parse::<u32>(), Ok(1_000..=999_999_999));
        if !in_range {
            return Err(malformed(family, "rounds must be from 1000 to 999999999"));
        }
        field = fields.next().unwrap_or("");
    }
    if field.is_empty() || field.len() > 16 || !in_crypt_alphabet(field) {
        return Err(malformed(
            family,
            "the salt must be 1 to 16 characters of ./0-9A-Za-z",
        ));
    }
    let output = fields.next().unwrap_or("");
    let last_ok = output
        .bytes()
        .last()
        .and_then(|b| CRYPT_ALPHABET.iter().position(|&c| c == b))
        .is_some_and(|value| value < last_below);
    if output.len() != hash_len || !in_crypt_alphabet(output) || !last_ok {
        return Err(malformed(
            family,
            &format!("the hash must be {hash_len} characters of crypt's base64"),
        ));
    }
    if fields.next().is_some() {
        return Err(malformed(family, "it has fields after the hash"));
    }
    Ok(())
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
/// most [`MAX_BYTES`] bytes, and a zxcvbn score of at least `min_score`
/// (never 0: a common password is refused whatever the setting).
/// `user_inputs` (the user's name, e-mail address) count against it.
pub fn check_user_policy(
    secret: &str,
    min_length: u32,
    min_score: u8,
    user_inputs: &[&str],
) -> Result<()> {
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
    let score = strength(secret, user_inputs);
    if score < min_score.max(1) {
        return Err(Error::usage(format!(
            "the password is too common or too easy to guess: strength {score} of 4 ({}), at least {} is required",
            strength_word(score),
            min_score.max(1)
        ))
        .with_hint(format!(
            "{}; warden refuses passwords that appear in lists of common passwords or follow common patterns",
            hint()
        )));
    }
    Ok(())
}

/// Whether a stored hash should be replaced at the next successful login:
/// not argon2id (bcrypt, SHA-crypt, argon2i, argon2d), an older argon2
/// version, or any cost parameter below the settings in force.
pub fn needs_rehash(phc: &str, params: HashParams) -> bool {
    // A SHA-crypt string also parses as PHC, so the family decides first.
    if !matches!(check_hash(phc), Ok(HashKind::Argon2)) {
        return true;
    }
    let Ok(parsed) = PasswordHash::new(phc) else {
        return true;
    };
    if parsed.algorithm.as_str() != "argon2id" {
        return true;
    }
    if parsed
        .version
        .is_some_and(|v| v != u32::from(Version::V0x13))
    {
        return true;
    }
    let get = |name: &str| parsed.params.get_decimal(name).unwrap_or(0);
    get("m") < params.memory_kib || get("t") < params.iterations || get("p") < params.parallelism
}

/// Checks a password against a stored hash; a wrong password takes no
/// less time than a check of a hash at `params` (the settings in force).
///
/// A user who does not exist costs one check at `params`
/// ([`dummy_verify`]). A stored hash that is cheaper to check (bcrypt,
/// SHA-crypt, argon2 made before the settings were raised) would answer a
/// wrong password sooner, and the timing would tell which user names
/// exist. So after a wrong password for such a hash the answer waits until
/// as much time has passed as the last dummy check at `params` took in
/// this process, which costs no CPU. When none has run yet (the first
/// check in a process, so every `warden user verify`), a dummy check runs
/// beside the real one on another thread and the answer waits for both:
/// as long as the slower of the two (both in turn, without a second
/// thread). A right password says nothing an attacker does not learn
/// anyway: it is not held back beyond that, and it is rehashed at
/// `params`.
pub fn verify_padded(secret: &str, stored: &str, params: HashParams) -> bool {
    if !needs_rehash(stored, params) {
        return verify(secret, stored);
    }
    let started = std::time::Instant::now();
    if let Some(cost) = dummy_cost(params) {
        let matched = verify(secret, stored);
        if !matched {
            std::thread::sleep(cost.saturating_sub(started.elapsed()));
        }
        return matched;
    }
    std::thread::scope(|scope| {
        let pad = std::thread::Builder::new()
            .name("warden-pad".into())
            .spawn_scoped(scope, || dummy_verify(secret, params));
        let matched = verify(secret, stored);
        match pad {
            Ok(pad) => {
                let _ = pad.join();
            }
            Err(_) if !matched => {
                dummy_verify(secret, params);
            }
            Err(_) => {}
        }
        matched
    })
}

/// How long the last [`dummy_verify`] took, and at which parameters.
static DUMMY_COST: std::sync::Mutex<Option<(HashParams, std::time::Duration)>> =
    std::sync::Mutex::new(None);

fn dummy_cost(params: HashParams) -> Option<std::time::Duration> {
    let last = *DUMMY_COST.lock().unwrap_or_else(|e| e.into_inner());
    last.filter(|(p, _)| *p == params).map(|(_, cost)| cost)
}

/// Spends the same argon2 work as checking a real hash at `params`, for a
/// user that does not exist or has no password, and always fails: an
/// attacker cannot tell "no such user" from "wrong password" by timing.
pub fn dummy_verify(secret: &str, params: HashParams) -> bool {
    let started = std::time::Instant::now();
    // A fixed salt and an all-zero output no password produces.
    let phc = format!(
        "$argon2id$v=19$m={},t={},p={}$d2FyZGVuLWR1bW15LXNhbHQ$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        params.memory_kib, params.iterations, params.parallelism
    );
    let _ = verify_argon2(secret, &phc);
    *DUMMY_COST.lock().unwrap_or_else(|e| e.into_inner()) = Some((params, started.elapsed()));
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_then_verify_round_trips_and_keeps_parameters() {
        let mut memory = Argon2Memory::default();
        for phc in [
            hash("correct horse battery staple", HashParams::default()).unwrap(),
            memory
                .hash("correct horse battery staple", HashParams::default())
                .unwrap(),
        ] {
            // OWASP's minimum, a 16-byte salt and a 32-byte output.
            let fields: Vec<&str> = phc.split('$').collect();
            assert_eq!(
                fields[..4],
                ["", "argon2id", "v=19", "m=19456,t=2,p=1"],
                "{phc}"
            );
            assert_eq!((fields[4].len(), fields[5].len()), (22, 43), "{phc}");
            assert!(verify("correct horse battery staple", &phc));
            assert!(!verify("correct horse battery stapler", &phc));
        }
        assert!(!verify("anything", "not a hash"));
    }

    #[test]
    fn policy_refuses_short_long_and_common_passwords() {
        assert!(check_user_policy("short", 12, 2, &[]).is_err());
        assert!(check_user_policy("passwordpassword", 12, 2, &[]).is_err());
        assert!(check_user_policy(&"x".repeat(MAX_BYTES + 1), 12, 2, &[]).is_err());
        assert!(check_user_policy("tangerine-otter-bicycle", 12, 2, &[]).is_ok());
    }

    /// NIST SP 800-63B: commonly used passwords are refused. Each of these
    /// has twelve characters and a zxcvbn score of 1.
    #[test]
    fn common_passwords_are_refused_at_the_default_score_and_passphrases_pass() {
        for common in [
            "123456789012",
            "password1234",
            "Password123!",
            "qwertyuiopas",
            "iloveyou1234",
            "Welcome12345",
        ] {
            assert_eq!(strength(common, &[]), 1, "{common}");
            let err = check_user_policy(common, 12, 2, &[]).unwrap_err();
            assert!(
                err.message.contains("too common"),
                "{common}: {}",
                err.message
            );
            // At score 1 they are let through; score 0 never is.
            assert!(check_user_policy(common, 12, 1, &[]).is_ok(), "{common}");
        }
        for score in [0, 1] {
            assert!(check_user_policy("passwordpassword", 12, score, &[]).is_err());
        }
        let passphrase = "correct-horse-battery-staple";
        assert!(check_user_policy(passphrase, 12, 2, &[]).is_ok());
        assert!(check_user_policy(passphrase, 12, 4, &[]).is_ok());
        // The user's own name does not make a password.
        assert!(check_user_policy("alice.example.1234", 12, 4, &["alice.example"]).is_err());
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

    /// Hashes made in reused memory are argon2id PHC strings that the
    /// ordinary check accepts, and the reused check agrees with it for
    /// every argon2 variant, version and size, right or wrong.
    #[test]
    fn reused_argon2_memory_hashes_and_checks_like_fresh_memory() {
        let params = HashParams::default();
        let mut memory = Argon2Memory::default();
        let made = memory.hash("tangerine-otter-bicycle", params).unwrap();
        assert!(
            made.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{made}"
        );
        assert!(verify("tangerine-otter-bicycle", &made));
        assert!(!needs_rehash(&made, params));
        let again = memory.hash("tangerine-otter-bicycle", params).unwrap();
        assert_ne!(made, again, "a fresh salt each time");
        let bigger = HashParams {
            memory_kib: 32_768,
            ..params
        };
        let mut stored = vec![made, hash("violet-harbor-lantern", bigger).unwrap()];
        for (algorithm, version) in [
            (Algorithm::Argon2i, Version::V0x13),
            (Algorithm::Argon2d, Version::V0x13),
            (Algorithm::Argon2id, Version::V0x10),
        ] {
            let p = Params::new(8_192, 2, 1, None).unwrap();
            stored.push(
                Argon2::new(algorithm, version, p)
                    .hash_password(b"orchard-lantern-97")
                    .unwrap()
                    .to_string(),
            );
        }
        for phc in &stored {
            for password in [
                "tangerine-otter-bicycle",
                "violet-harbor-lantern",
                "orchard-lantern-97",
                "",
            ] {
                assert_eq!(
                    memory.verify(password, phc),
                    verify(password, phc),
                    "{phc} {password}"
                );
            }
        }
        // Other families go to their own checks.
        let bcrypt = "$2y$05$ctlcPuRRAX5ss2/vJ6.ML.gsiJ1aXKApMD4165r4wkpNVIYugRA1m";
        assert!(memory.verify("orchard-lantern-97", bcrypt));
        assert!(!memory.verify("orchard-lantern-98", bcrypt));
        assert!(!memory.verify("x", "not a hash"));
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

#[cfg(test)]
mod legacy_tests {
    use super::*;
    use crate::error::Kind;

    #[test]
    fn weak_families_are_told_from_unsupported_and_accepted_ones() {
        for (hash, family) in [
            (
                "$apr1$aks49zdO$IHKhdnR523hEmhDOo8mG1.",
                Some("Apache MD5 ($apr1$)"),
            ),
            (
                "$1$9YMFEhQu$/apuKRLR6x8Ye5Jo7z.Bx0",
                Some("MD5-crypt ($1$)"),
            ),
            ("{SHA}Qfm1jnv8W+UwukcWVgqfgnjnge4=", Some("SHA-1 ({SHA})")),
            ("rl.3StKT.4T8M", Some("DES crypt")),
            (
                "$y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7",
                None,
            ),
            (
                "$2y$05$nqVkPGMfeg/W0x9dqztTJ.4ZKy2z/YXaSVOqfoas4WrmyabftGC.a",
                None,
            ),
            ("violet-harbor-lantern", None),
        ] {
            assert_eq!(weak_family(hash), family, "{hash}");
        }
    }

    // Made with real tools for the password below:
    // htpasswd -nbB, htpasswd -nbBC 5 / -C 10, mkpasswd -m bcrypt / bcrypt-a,
    // mkpasswd -m sha-512, mkpasswd -m sha-256 -R 10000, openssl passwd -6 / -5.
    const PASSWORD: &str = "orchard-lantern-97";
    const WRONG: &str = "orchard-lantern-98";
    const BCRYPT: &[&str] = &[
        "$2y$05$ctlcPuRRAX5ss2/vJ6.ML.gsiJ1aXKApMD4165r4wkpNVIYugRA1m",
        "$2y$05$TKYmCHlqQLqpiAbQ2Z8.SeJLzlps8/VKv1CALVN7q0UruqUfMndge",
        "$2y$10$4xYswNrMQJW1d4CknJcHfuQHg3TltZ6E.Hl4EikMtz0oxHhTYW1vK",
        "$2b$05$gTxB3jdhmT/dFFz4kCQTlOyU/sqgCeQHXo7JbsnsedDIq0zs9t9hu",
        "$2a$05$76qu4rzXsGkBpTCJFb8FEusknrCPzRXynIZVRRfvbMB5jcajIjRda",
    ];
    const SHA512: &[&str] = &[
        "$6$LZM7tFTqOuKcigkH$DJ2MtCTVK88IhV.HTo9AwyWUVtvtOiM.pjslrNoO14I.ZXPFdcpL52t0jWLYXEhzWvgZ68RaBd3oqTojb9.2h/",
        "$6$..wLSE9KdNC6Kml/$/pLWEXQW3G8CS6XmZaMmo1.V7Hc.6sQwlzO4k24/IRBWF0xKC6yDnsPg/6NSg0J.RLBUYZ83wYDYlivIj3egL1",
        "$6$rounds=1000$FODBSmgY.P.4H8m3$nuhAaD8sYcSviyKt38m3ZVSR0c2BADEDLrO7bl3Ep7FE5.ROKsQhHtbDoVk9mWjEfOOYZB9Cq.cJ8gPOsoA1G0",
        "$6$a$PmZyH2gAilOHs2WXbXLnnqqfHLP2tlgQ.c1ftWbzrwsU6l.jybUloxVYhtltlmCIoXzeDSadT092RwN3pKAlh1",
    ];
    const SHA256: &[&str] = &[
        "$5$rounds=10000$14lCs3SEL52MVLUq$fooyev6klnSrBXfihhMbs/1svBbjRiE7nWC1WSHujx2",
        "$5$/qfeHXKbG.6QdRt4$HmdPwta84/VyrqGeSfe4iGAFRO9BMT9ac2nYrWof7l0",
    ];
    // Made with the reference implementation, for every variant and
    // version: `echo -n PASSWORD | argon2 SALT -id|-i|-d -k 8192 -t 2 -p 1
    // -v 13|10 -e`, and with four lanes and a 64-byte output (`-id -k 8192
    // -t 3 -p 4 -l 64`).
    const ARGON2: &[&str] = &[
        "$argon2id$v=19$m=8192,t=2,p=1$b3JjaGFyZC1pZHYxMw$LRNmHYd+KuvuFlRLHOhKO/pE1/XIOcsX+2ytlExGijs",
        "$argon2i$v=19$m=8192,t=2,p=1$b3JjaGFyZC1pdjEz$n2MjBQnSsqaiq4+WMS6Qmmb2T54e93WmCFqTA4wbA7I",
        "$argon2d$v=19$m=8192,t=2,p=1$b3JjaGFyZC1kdjEz$hJ3plGVRUmTUsKC6E7aPKNRY1o99/mu9jO7y3HX7qFE",
        "$argon2id$v=16$m=8192,t=2,p=1$b3JjaGFyZC1pZHYxMA$XpujrW9C/tYXMuQ+oj4Ex8bEW8WWTy5P5h4EGXNM2zA",
        "$argon2i$v=16$m=8192,t=2,p=1$b3JjaGFyZC1pdjEw$KDkbYw0uAbbhSVAQIs04bs6KrzDlAm0YSmwCoNqW4tY",
        "$argon2d$v=16$m=8192,t=2,p=1$b3JjaGFyZC1kdjEw$TZt1C3H0vfgKICVSvVautL071bWNcNgI1tx4Mrtld9U",
        "$argon2id$v=19$m=8192,t=3,p=4$b3JjaGFyZC1wNC1sNjQ$osH7HHbbctvQ/aJTcEkh/WfXLWsv65xrXYsTRCGSZxrPJbTjU/qXKFqabGclrXo+XMNKuqW3YEm8emxV9iZoJw",
    ];
    // The same tools for a password outside ASCII.
    const UNICODE: &str = "naïve-café-Ωmega";
    const UNICODE_HASHES: &[&str] = &[
        "$2y$05$bN0SoxTbmM/Tr291CVDTBOr/VDZP/jV68075dgKsH4oXCYuwCjY8m",
        "$6$unicodeSALT1234$hiTBKqmhn3udGDgi3kXS2DAsfVBGf9WfopwoQEYHBRRXlD5SvJ3BmuQ0cVQWNuRS40t2M2legQuyd/1fVx84o0",
        "$argon2id$v=19$m=8192,t=2,p=1$dW5pY29kZS1zYWx0$vRnZdXfT8u6/moQx2gmaw6Kwrl2flJZEUu34CJj7RmA",
    ];

    fn legacy() -> impl Iterator<Item = &'static str> {
        BCRYPT.iter().chain(SHA512).chain(SHA256).copied()
    }

    fn argon2_variant(algorithm: Algorithm) -> String {
        let params = Params::new(MIN_MEMORY_KIB, MIN_ITERATIONS, MIN_PARALLELISM, None).unwrap();
        Argon2::new(algorithm, Version::V0x13, params)
            .hash_password(PASSWORD.as_bytes())
            .unwrap()
            .to_string()
    }

    /// Every hash above, of every family, made by another program: the
    /// right password only, through both argon2 checks (fresh and reused
    /// memory), whatever the crates' versions.
    #[test]
    fn committed_hashes_of_every_family_verify_the_right_password_only() {
        let mut memory = Argon2Memory::default();
        for hash in legacy().chain(ARGON2.iter().copied()) {
            assert!(check_hash(hash).is_ok(), "{hash}");
            assert!(verify(PASSWORD, hash), "{hash}");
            assert!(memory.verify(PASSWORD, hash), "{hash}");
            for wrong in [WRONG, ""] {
                assert!(!verify(wrong, hash), "{hash}");
                assert!(!memory.verify(wrong, hash), "{hash}");
            }
        }
        for hash in UNICODE_HASHES {
            assert!(verify(UNICODE, hash), "{hash}");
            assert!(memory.verify(UNICODE, hash), "{hash}");
            assert!(!verify("naive-cafe-Omega", hash), "{hash}");
        }
        // Only argon2id of version 1.3 at the parameters in force is kept.
        let low = HashParams {
            memory_kib: 8_192,
            ..HashParams::default()
        };
        let kept: Vec<_> = ARGON2.iter().filter(|h| !needs_rehash(h, low)).collect();
        assert_eq!(kept, [&ARGON2[0], &ARGON2[6]]);
    }

    #[test]
    fn every_bcrypt_prefix_verifies() {
        let made = BCRYPT[0];
        for prefix in ["$2a$", "$2b$", "$2y$"] {
            let hash = format!("{prefix}{}", &made[4..]);
            assert_eq!(check_hash(&hash), Ok(HashKind::Bcrypt));
            assert!(verify(PASSWORD, &hash), "{hash}");
            assert!(!verify(WRONG, &hash), "{hash}");
        }
    }

    #[test]
    fn check_hash_names_each_accepted_family() {
        for hash in BCRYPT {
            assert_eq!(check_hash(hash), Ok(HashKind::Bcrypt), "{hash}");
        }
        for hash in SHA512 {
            assert_eq!(check_hash(hash), Ok(HashKind::Sha512Crypt), "{hash}");
        }
        for hash in SHA256 {
            assert_eq!(check_hash(hash), Ok(HashKind::Sha256Crypt), "{hash}");
        }
        for algorithm in [Algorithm::Argon2id, Algorithm::Argon2i, Algorithm::Argon2d] {
            let hash = argon2_variant(algorithm);
            assert_eq!(check_hash(&hash), Ok(HashKind::Argon2), "{hash}");
            assert!(verify(PASSWORD, &hash), "{hash}");
            assert!(!verify(WRONG, &hash), "{hash}");
        }
        let current = hash(PASSWORD, HashParams::default()).unwrap();
        assert_eq!(check_hash(&current), Ok(HashKind::Argon2));
    }

    /// The message names the family, never repeats the hash, and the hint
    /// lists what is accepted.
    #[track_caller]
    fn assert_refused(hash: &str, message: &str) {
        let err = check_hash(hash).expect_err(hash);
        assert_eq!(err.kind, Kind::Usage, "{hash}");
        assert_eq!(err.message, message, "{hash}");
        let hint = err.hint.clone().unwrap_or_default();
        assert!(hint.contains("$2a$, $2b$, $2y$"), "{hint}");
        assert!(hint.contains("$5$, $6$"), "{hint}");
        if hash.len() > 4 {
            assert!(
                !err.message.contains(hash) && !hint.contains(hash),
                "{err:?}"
            );
        }
        assert!(!verify(PASSWORD, hash), "{hash}");
    }

    #[test]
    fn check_hash_refuses_other_families_by_name() {
        // mkpasswd -m md5crypt / openssl passwd -1 / -apr1, mkpasswd -m
        // yescrypt, gost-yescrypt, scrypt, sunmd5, nt, bsdicrypt, descrypt,
        // htpasswd -s, for the same password.
        let cases = [
            ("$1$p3ZvrbVQ$GX0x.kJwBDVFOtMKCwaG.0", "MD5-crypt ($1$) hashes are not accepted"),
            ("$1$oJusC1Nv$JuPyXh.bPlfK8OfZgGKIl.", "MD5-crypt ($1$) hashes are not accepted"),
            ("$apr1$nh5R5Pz5$hKMFwUg7tXEPF9j05sFc/1", "Apache MD5 ($apr1$) hashes are not accepted"),
            (
                "$y$j9T$FTuW3BnInrD6eXQhCtHcD/$ht3Y3D81IECuqG1plvCvdmuHljK8R6fp3sxmaVO8xc5",
                "yescrypt ($y$) hashes are not accepted",
            ),
            (
                "$gy$j9T$XbDzPmgNp4U0XUj5AU7/T1$lkcnWFnNGIfAuL1zpRAwBfM9UwML306gCiC/WBoOag5",
                "GOST yescrypt ($gy$) hashes are not accepted",
            ),
            (
                "$7$CU..../....XNSrI8VEQLvRHS1.VFoyi/$2njZUVlkPtpaiw5m.YhAMuLE7MVKGJOgThmVrTO0iHA",
                "scrypt ($7$) hashes are not accepted",
            ),
            ("$md5,rounds=51881$pWSfFTrx$$gA9aJYGaip9K48jJry4JS0", "SunMD5 ($md5$) hashes are not accepted"),
            ("$3$$2411043575c9a55f7b7c6ff90def1cbd", "NT-hash ($3$) hashes are not accepted"),
            ("_J9..XDqhWWOu7KVpMrU", "BSDi extended DES crypt (_) hashes are not accepted"),
            (".sPxvlvkvQJMc", "DES crypt hashes are not accepted"),
            ("{SHA}xKQsPrcCm5wg/V25alZ+jNOevw4=", "SHA-1 ({SHA}) hashes are not accepted"),
            ("{SSHA}xKQsPrcCm5wg/V25alZ+jNOevw4=", "salted SHA-1 ({SSHA}) hashes are not accepted"),
            (
                "$2x$05$ctlcPuRRAX5ss2/vJ6.ML.gsiJ1aXKApMD4165r4wkpNVIYugRA1m",
                "bcrypt $2x$ hashes are not accepted",
            ),
            (
                "$pbkdf2-sha256$29000$N2bM2dt7D8E4J2RMqZWSMg$Ol0J4eVxlyeS1NTn8tKjQ7kNCc6WAqwPmTD2V2Uz3Gw",
                "PBKDF2 ($pbkdf2$) hashes are not accepted",
            ),
            ("$argon2x$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$AAAA", "hashes of an unknown argon2 variant are not accepted"),
            (PASSWORD, "an unrecognised hash is not accepted"),
            ("$6$", "the SHA-512-crypt hash is malformed: the salt must be 1 to 16 characters of ./0-9A-Za-z"),
            ("", "the password hash is empty"),
            (" $2y$05$ctlcPuRRAX5ss2/vJ6.ML.gsiJ1aXKApMD4165r4wkpNVIYugRA1m", "the password hash contains a space, a line break or a control character"),
            ("$2y$05$ctlcPuRRAX5ss2/vJ6.ML.gsiJ1aXKApMD4165r4wkpNVIYugRA1m\n", "the password hash contains a space, a line break or a control character"),
            ("$6$salt\u{7f}$x", "the password hash contains a space, a line break or a control character"),
        ];
        for (hash, message) in cases {
            assert_refused(hash, message);
        }
        let long = format!("$6${}", "a".repeat(MAX_HASH_BYTES));
        assert_refused(&long, "the password hash is longer than 1024 bytes");
    }

    #[test]
    fn check_hash_refuses_malformed_members_of_accepted_families() {
        let bcrypt = BCRYPT[0];
        let sha512 = SHA512[0];
        let sha256 = SHA256[0];
        let bad = [
            // bcrypt: cost out of range or not two digits, wrong length,
            // a salt or hash character outside its alphabet, unused bits set.
            format!("$2y$03{}", &bcrypt[6..]),
            format!("$2y$32{}", &bcrypt[6..]),
            format!("$2y$+5{}", &bcrypt[6..]),
            bcrypt[..59].to_string(),
            format!("{bcrypt}A"),
            format!("{}*{}", &bcrypt[..10], &bcrypt[11..]),
            format!("{}/", &bcrypt[..59]),
            format!("{}é{}", &bcrypt[..10], &bcrypt[12..]),
            // SHA-crypt: rounds out of range or not plain digits, a salt
            // too long or outside the alphabet, a hash of the wrong length
            // or with unused bits set, trailing fields.
            sha256.replace("rounds=10000", "rounds=999"),
            sha256.replace("rounds=10000", "rounds=1000000000"),
            sha256.replace("rounds=10000", "rounds=+10000"),
            sha256.replace("rounds=10000", "rounds="),
            sha512.replace("LZM7tFTqOuKcigkH", "LZM7tFTqOuKcigkHx"),
            sha512.replace("LZM7tFTqOuKcigkH", "LZM7tFTq_uKcigkH"),
            sha512.replace("LZM7tFTqOuKcigkH", ""),
            format!("{}2", &sha512[..sha512.len() - 1]),
            sha512[..sha512.len() - 1].to_string(),
            format!("{sha512}$"),
            format!("{sha512}$more"),
            format!("{}E", &SHA256[1][..SHA256[1].len() - 1]),
            // argon2: no output, a version or parameters argon2 does not know.
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0".to_string(),
            "$argon2id$v=18$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".to_string(),
            "$argon2id$v=19$m=1,t=2,p=1$c2FsdHNhbHRzYWx0$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".to_string(),
            "$argon2id$v=19$m=19456,t=0,p=1$c2FsdHNhbHRzYWx0$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".to_string(),
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$not*base64".to_string(),
            // A salt shorter than argon2's 8 bytes, which no check could use.
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".to_string(),
        ];
        for hash in &bad {
            let err = check_hash(hash).expect_err(hash);
            assert_eq!(err.kind, Kind::Usage, "{hash}");
            assert!(!err.message.contains(hash.as_str()), "{err:?}");
            assert!(!verify(PASSWORD, hash), "{hash}");
        }
    }

    /// What check_hash lets through, the crates can decode: a hash it keeps
    /// fails only on the password, never on its own form.
    #[test]
    fn the_crates_agree_with_check_hash() {
        use sha_crypt::password_hash::Error as ShaError;
        use sha_crypt::{PasswordVerifier as _, ShaCrypt};
        for hash in SHA512.iter().chain(SHA256) {
            let result: Result<(), ShaError> =
                ShaCrypt::default().verify_password(WRONG.as_bytes(), *hash);
            assert_eq!(result, Err(ShaError::PasswordInvalid), "{hash}");
        }
        // The unused bits of the last character are refused by both.
        let sha512 = SHA512[0];
        let tampered = format!("{}2", &sha512[..sha512.len() - 1]);
        assert!(check_hash(&tampered).is_err());
        let result: Result<(), ShaError> =
            ShaCrypt::default().verify_password(PASSWORD.as_bytes(), tampered.as_str());
        assert_eq!(result, Err(ShaError::EncodingInvalid));
        for hash in BCRYPT {
            assert_eq!(bcrypt::verify(WRONG, hash).ok(), Some(false), "{hash}");
        }
    }

    #[test]
    fn every_legacy_hash_needs_a_rehash() {
        let params = HashParams::default();
        for hash in legacy().chain(UNICODE_HASHES.iter().copied()) {
            assert!(needs_rehash(hash, params), "{hash}");
        }
        for algorithm in [Algorithm::Argon2i, Algorithm::Argon2d] {
            assert!(needs_rehash(&argon2_variant(algorithm), params));
        }
        assert!(!needs_rehash(&argon2_variant(Algorithm::Argon2id), params));
        // argon2id of the older version 1.0 (0x10).
        let old = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x10,
            Params::new(MIN_MEMORY_KIB, MIN_ITERATIONS, MIN_PARALLELISM, None).unwrap(),
        )
        .hash_password(PASSWORD.as_bytes())
        .unwrap()
        .to_string();
        assert!(old.starts_with("$argon2id$v=16$"), "{old}");
        assert_eq!(check_hash(&old), Ok(HashKind::Argon2));
        assert!(verify(PASSWORD, &old));
        assert!(needs_rehash(&old, params));
    }

    #[test]
    fn imported_hashes_are_capped_in_cost() {
        let bcrypt = "$2y$10$4xYswNrMQJW1d4CknJcHfuQHg3TltZ6E.Hl4EikMtz0oxHhTYW1vK";
        assert_eq!(check_imported_hash(bcrypt), Ok(HashKind::Bcrypt));
        let costly = bcrypt.replace("$10$", "$15$");
        assert_eq!(check_hash(&costly), Ok(HashKind::Bcrypt));
        let err = check_imported_hash(&costly).unwrap_err();
        assert!(err.message.contains("bcrypt cost 15"), "{}", err.message);
        let sha = "$6$LZM7tFTqOuKcigkH$DJ2MtCTVK88IhV.HTo9AwyWUVtvtOiM.pjslrNoO14I.ZXPFdcpL52t0jWLYXEhzWvgZ68RaBd3oqTojb9.2h/";
        assert!(check_imported_hash(sha).is_ok());
        let rounds = |n: u32| sha.replacen("$6$", &format!("$6$rounds={n}$"), 1);
        assert!(check_imported_hash(&rounds(MAX_SHA_CRYPT_ROUNDS)).is_ok());
        let err = check_imported_hash(&rounds(MAX_SHA_CRYPT_ROUNDS + 1)).unwrap_err();
        assert!(err.message.contains("rounds=1000001"), "{}", err.message);
        let argon = |m: u32, t: u32| {
            format!("$argon2id$v=19$m={m},t={t},p=1$c2FsdHNhbHRzYWx0$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
        };
        assert!(check_imported_hash(&argon(19_456, 2)).is_ok());
        assert!(check_imported_hash(&argon(1_048_576, 4)).is_ok());
        assert!(check_imported_hash(&argon(1_048_577, 1)).is_err());
        assert!(check_imported_hash(&argon(262_144, 17)).is_err());
    }

    #[test]
    fn the_dummy_hash_is_a_hash_check_hash_keeps() {
        let phc = "$argon2id$v=19$m=19456,t=2,p=1$d2FyZGVuLWR1bW15LXNhbHQ$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        assert_eq!(check_hash(phc), Ok(HashKind::Argon2));
    }
}
