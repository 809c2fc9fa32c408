//! Reading an `apply` file: a TOML document of settings, roles,
//! strategies, accounts and users. Every entry is checked key by key
//! before anything is looked up or written; the first problem stops the
//! read, and its message names the file, the entry and the field.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde_json::Value as Json;
use toml::Value;

use crate::catalog::AccessLevel;
use crate::error::{Error, Result};
use crate::names::{validate, NameKind};
use crate::ops::fields::{expected, Found};
use crate::ops::import::read::{concat, LIMIT_FIELDS, PROFILE_FIELDS};
use crate::ops::import::{Spelling, UserRow};
use crate::ops::strategy::{StrategyChange, MAX_KEEP};
use crate::schedule::Schedule;

mod document;
#[cfg(test)]
mod props;
mod specs;
#[cfg(test)]
mod tests;
mod users;
mod values;

pub use document::*;
use specs::{account, role, strategy};
use users::user;
use values::{boolean, integer, string, strings, to_json};

/// The sections of an apply file, in the order they are applied.
pub const SECTIONS: &[&str] = &["settings", "roles", "strategies", "accounts", "users"];

const ROLE_KEYS: &[&str] = &["name", "description", "permissions", "present"];
const STRATEGY_KEYS: &[&str] = &[
    "name",
    "schedule",
    "description",
    "keep_last",
    "keep_hourly",
    "keep_daily",
    "keep_weekly",
    "keep_monthly",
    "keep_yearly",
    "keep_within",
    "present",
];
const ACCOUNT_KEYS: &[&str] = &[
    "name",
    "parent",
    "owner",
    "strategy",
    "state",
    "credits",
    "password_file",
    "present",
];
/// The keys of a `[[users]]` entry that only `apply` has; the others are
/// the import fields, `name` being the import's `username`.
const USER_OWN_KEYS: &[&str] = &["password_file", "grants", "present"];
const USER_KEYS: &[&str] =
    &concat::<{ 2 + PROFILE_FIELDS.len() + LIMIT_FIELDS.len() + USER_OWN_KEYS.len() }>(&[
        &["name"],
        PROFILE_FIELDS,
        LIMIT_FIELDS,
        &["password_hash"],
        USER_OWN_KEYS,
    ]);
const GRANT_KEYS: &[&str] = &["account", "access"];

/// A whole apply file, checked.
pub struct Document {
    /// The file as named on the command line, for messages and the audit log.
    pub source: String,
    /// `[settings]`: keys and values as `warden settings set` takes them.
    pub settings: Vec<(String, String)>,
    pub roles: Vec<Entry<RoleSpec>>,
    pub strategies: Vec<Entry<StrategySpec>>,
    pub accounts: Vec<Entry<AccountSpec>>,
    pub users: Vec<Entry<UserSpec>>,
    /// The users that must exist, as import rows in file order;
    /// [`UserSpec::row`] points into it.
    pub user_rows: Vec<UserRow>,
}

/// One `[[roles]]`, `[[strategies]]`, `[[accounts]]` or `[[users]]` table.
pub struct Entry<T> {
    /// Where it is, for messages: `site.toml: users[2] "bob"`.
    pub place: String,
    pub name: String,
    /// The keys it gives besides `name` and `present`, sorted.
    pub keys: Vec<String>,
    /// What it asks for; `None` for `present = false`.
    pub spec: Option<T>,
}

pub struct RoleSpec {
    pub description: Option<String>,
    /// The whole set, in catalog order, without repeats.
    pub permissions: Option<Vec<String>>,
}

pub struct StrategySpec {
    /// The keys given, as `strategy edit` would take them.
    pub change: StrategyChange,
}

pub struct AccountSpec {
    pub parent: Option<String>,
    /// `Some(None)`: no owner.
    pub owner: Option<Option<String>>,
    /// `Some(None)`: no strategy of its own (it inherits one).
    pub strategy: Option<Option<String>>,
    pub enabled: Option<bool>,
    pub credits: Option<i64>,
    /// Resolved against the file's folder; read only to create the account.
    pub password_file: Option<PathBuf>,
}

pub struct UserSpec {
    /// Index into [`Document::user_rows`].
    pub row: usize,
    /// The whole set of the user's grants, as (account, access).
    pub grants: Option<Vec<(String, AccessLevel)>>,
}

/// Puts where something happened in front of an error: "PLACE, field
/// "KEY": why" when the error names its field, else "PLACE: why".
pub fn at(place: &str, err: Error) -> Error {
    let sep = if err.message.starts_with("field \"") {
        ", "
    } else {
        ": "
    };
    Error {
        message: format!("{place}{sep}{}", err.message),
        ..err
    }
}

/// Names the field an error is about.
pub fn field(key: &str, err: Error) -> Error {
    Error {
        message: format!("field \"{key}\": {}", err.message),
        ..err
    }
}

/// A path from the file, relative to the file's folder.
fn resolve(base: &Path, text: &str) -> Result<PathBuf> {
    if text.trim().is_empty() {
        return Err(Error::usage("the path is empty"));
    }
    Ok(base.join(text))
}
