//! Reading import files: CSV with a header row, JSON Lines, and Apache
//! htpasswd files. Each becomes a list of [`UserRow`]s, every field checked
//! before anything is looked up or written; the first bad row stops the
//! read with its line number.

use secrecy::ExposeSecret;
use std::collections::{HashMap, HashSet};
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use chrono::{DateTime, Utc};
use serde_json::Value;
use zeroize::Zeroize;

use crate::error::{Error, Result};
use crate::model::{Profile, ProfileChange};
use crate::names::{validate, NameKind};
use crate::ops::fields::{check_credit_limit, check_profile, parse_network};
use crate::password::{self, Secret};

mod cells;
mod file;
mod formats;
#[cfg(test)]
mod props;
mod row;
#[cfg(test)]
mod tests;

pub use file::*;
pub use formats::*;

/// The formats `user import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Jsonl,
    Htpasswd,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Jsonl => "jsonl",
            Format::Htpasswd => "htpasswd",
        }
    }

    /// The format a file name suggests: `.csv`, `.jsonl`/`.ndjson`/`.json`,
    /// or `.htpasswd`/`htpasswd`/`*.htpasswd`.
    pub fn guess(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let ext = name.rsplit_once('.').map(|(_, e)| e);
        match ext {
            Some("csv") => Some(Format::Csv),
            Some("jsonl" | "ndjson" | "json") => Some(Format::Jsonl),
            Some("htpasswd") => Some(Format::Htpasswd),
            _ if name == "htpasswd" => Some(Format::Htpasswd),
            _ => None,
        }
    }
}

/// The fields of a user that an import row and an `apply` user entry
/// both give, with the same rules, in the order both list them: after the
/// name, before the password.
pub const PROFILE_FIELDS: &[&str] = &[
    "email",
    "first_name",
    "last_name",
    "phone",
    "roles",
    "active_role",
    "account",
    "enabled",
    "notify",
];

/// The limits of a user, shared in the same way: they follow the password
/// in an import row and precede the password keys in an `apply` entry.
pub const LIMIT_FIELDS: &[&str] = &["allowed_ips", "expires", "credit_limit"];

/// The fields of an import row (SPEC §3), in order.
pub const FIELDS: &[&str] = &concat::<{ 3 + PROFILE_FIELDS.len() + LIMIT_FIELDS.len() }>(&[
    &["username"],
    PROFILE_FIELDS,
    &["password", "password_hash"],
    LIMIT_FIELDS,
]);

/// The lists joined in order, at compile time; `N` must be their total
/// length, or the build fails.
pub const fn concat<const N: usize>(parts: &[&[&'static str]]) -> [&'static str; N] {
    let mut out = [""; N];
    let (mut i, mut k) = (0, 0);
    while i < parts.len() {
        let mut j = 0;
        while j < parts[i].len() {
            out[k] = parts[i][j];
            (j, k) = (j + 1, k + 1);
        }
        i += 1;
    }
    assert!(k == N, "the lengths of the parts do not add up to N");
    out
}

/// What `user import` does with a hash of a family too weak to keep
/// (`--weak-hashes`); `apply` has no such choice and passes `None`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum WeakHashes {
    /// Refuse the whole import (exit 2), naming the flag in the hint.
    #[default]
    Fail,
    /// Import the user without a password; the hash is dropped, never
    /// stored.
    NoPassword,
}

/// The longest line (or CSV record line) read, so a file with no line
/// breaks cannot fill the memory.
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// One user as a row gives it. A field the row does not name is `None` and
/// is left alone on an update; `Some(None)` (an empty cell, a JSON `null`)
/// clears it.
#[derive(Debug, Default)]
pub struct UserRow {
    /// The line the row starts on (or the entry's position, for `apply`).
    pub line: u64,
    pub username: String,
    pub profile: ProfileChange,
    /// The whole list, in order, without repeats.
    pub roles: Option<Vec<String>>,
    pub active_role: Option<Option<String>>,
    pub account: Option<Option<String>>,
    pub enabled: Option<bool>,
    pub notify: Option<bool>,
    pub password: Option<Secret>,
    pub password_hash: Option<String>,
    /// The family of a weak hash the row gave and that was left out
    /// (`--weak-hashes no-password`): the user has no password after the
    /// import. The hash itself is not kept.
    pub weak_hash: Option<&'static str>,
    /// Canonical networks, sorted, without repeats.
    pub allowed_ips: Option<Vec<String>>,
    pub expires: Option<Option<DateTime<Utc>>>,
    pub credit_limit: Option<Option<i64>>,
}

/// Prefixes an error's message with where it happened.
pub fn at(place: &str, err: Error) -> Error {
    Error {
        message: format!("{place}: {}", err.message),
        ..err
    }
}

/// Prefixes an error's message with the field it is about.
pub fn field_error(field: &str, err: Error) -> Error {
    at(&format!("field \"{field}\""), err)
}

/// How a row's values are spelt: CSV and htpasswd cells are all text;
/// JSON Lines and TOML carry types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spelling {
    Text,
    Typed,
}

/// The refusal of a weak hash in `user import`, whose hint offers the way
/// to import such users without their password.
fn weak_hint(err: Error) -> Error {
    err.with_hint(
        "it is too fast to compute to protect a password; give --weak-hashes no-password \
         to import such users without one, then set it with `warden user passwd NAME`",
    )
}

fn unknown_field(name: &str) -> Error {
    Error::usage(format!("unknown field \"{}\"", name)).with_hint(crate::suggest::hint(
        name,
        FIELDS,
        &format!("the fields are {}", FIELDS.join(", ")),
    ))
}

/// The user names read so far, to refuse one named twice as soon as the
/// second mention is read.
#[derive(Default)]
pub struct Seen(HashMap<String, u64>);

impl Seen {
    /// A user named twice in one file is an error at the second mention;
    /// `place` says where that is.
    pub fn check(&mut self, row: &UserRow, place: impl FnOnce() -> String) -> Result<()> {
        match self.0.insert(row.username.clone(), row.line) {
            None => Ok(()),
            Some(first) => Err(at(
                &place(),
                Error::usage(format!(
                    "the user \"{}\" appears again (first on line {first})",
                    row.username
                ))
                .with_hint("each user appears once in an import file"),
            )),
        }
    }
}
