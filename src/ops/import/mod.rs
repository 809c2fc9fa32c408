//! `user import`: many users at once, all or nothing, in memory bounded by
//! what the transaction needs rather than by the size of the file.
//!
//! The rows stream past as often as needed ([`Rows`]); no step holds them
//! all. Three steps, each finished before the next starts:
//! 1. [`check`]: every row is read and checked (its fields, a user named
//!    twice, the password policy) before anything is looked up; the first
//!    bad row stops everything with its line number;
//! 2. [`prepare`], only when plain passwords must be hashed: against a
//!    read snapshot, every role and account named must exist and each row
//!    creates, updates or skips a user; then the plain passwords are
//!    hashed on every core (an update keeps a stored hash that already
//!    matches), and only the hashes are kept;
//! 3. [`write`]: everything in one `BEGIN IMMEDIATE` transaction, deciding
//!    again from what is stored then, with one audit event per user.
//!
//! The write lock is held only for step 3, which costs microseconds per
//! row; reading the input and the expensive hashing happen before it,
//! without any lock. What stays in memory: the names read (to find a user
//! named twice), the hashes made, and SQLite's page cache.

pub mod read;

mod check;
mod cores;
mod prepare;
mod write;

pub use check::*;
pub use prepare::*;
pub use write::*;

use std::collections::HashMap;
use std::sync::atomic::Ordering;

use crate::store::Db;
use secrecy::ExposeSecret;
use serde_json::{json, Map, Value};

pub use read::{Format, ImportFile, Spelling, UserRow, WeakHashes};

use super::settings::Settings;
use super::user::{change_profile, created_details, exists_error, UserEdit};
use super::{record, AdminGuard, Ctx};
use crate::error::{Error, Result};
use crate::model::ImportReport;
use crate::password::{self, Secret};
use crate::policy::StandIns;
use crate::store::users::{self as sql, FullUser};
use crate::store::{Commit, Store};

/// Where the rows of an import come from. Each step goes over them once:
/// every call of [`Rows::each`] must give the same rows in the same order.
pub trait Rows {
    /// Calls `f` with every row, in order, stopping at the first error.
    fn each(&mut self, f: &mut dyn FnMut(&UserRow) -> Result<()>) -> Result<()>;

    /// Asks that the next reading, before any other, leave each row's
    /// `password_hash` unchecked for the caller to check; says whether it
    /// will. A caller told yes checks every hash of that reading and then
    /// calls [`Rows::hashes_checked`]; until it does, later readings check
    /// the hashes themselves. Rows that checked theirs already say no.
    fn defer_hash_checks(&mut self) -> bool {
        false
    }

    /// Every hash of the deferred reading was checked, and passed.
    fn hashes_checked(&mut self) {}
}

/// Rows already in memory (`apply`'s users, tests).
impl Rows for &[UserRow] {
    fn each(&mut self, f: &mut dyn FnMut(&UserRow) -> Result<()>) -> Result<()> {
        self.iter().try_for_each(f)
    }
}

/// What to do with a row whose user already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnConflict {
    /// Refuse the whole import (exit 4).
    Fail,
    /// Leave the existing user as it is.
    Skip,
    /// Set the fields the row gives; leave the others.
    Update,
}

/// Progress for people: phases with a known number of steps (0 when not
/// known yet). The command line draws a bar on a terminal; everything
/// else passes [`Silent`].
pub trait Progress: Sync {
    fn start(&self, phase: &str, total: u64);
    fn advance(&self, steps: u64);
}

/// No progress shown.
pub struct Silent;

impl Progress for Silent {
    fn start(&self, _: &str, _: u64) {}
    fn advance(&self, _: u64) {}
}

/// How an import runs.
pub struct Options<'a> {
    pub on_conflict: OnConflict,
    pub dry_run: bool,
    /// The file, for the summary event and the report.
    pub source: &'a str,
    pub format: &'a str,
    /// Where a row is, for errors: "users.csv, line 12".
    pub locate: &'a (dyn Fn(&UserRow) -> String + Sync),
    /// Record one `user.import` event summing up (off for `apply`, which
    /// records its own).
    pub summary_event: bool,
    /// The command named as `source` in each user's audit event:
    /// `import` or `apply`.
    pub origin: &'a str,
}

/// What a write did with one row, for callers that list the changes
/// (`apply`); collected only when asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Created,
    /// The fields that changed, as the audit event names them
    /// (`email`, `roles`, `expires_at`, `enabled`, ...).
    Changed(Vec<String>),
    Unchanged,
    Skipped,
}

/// What step 1 found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Checked {
    /// Rows read.
    pub rows: u64,
    /// Rows with a plain password.
    pub plain: u64,
}

impl Checked {
    /// The counts of rows in memory, whose checks the caller made.
    pub fn of(rows: &[UserRow]) -> Checked {
        Checked {
            rows: rows.len() as u64,
            plain: rows.iter().filter(|r| r.password.is_some()).count() as u64,
        }
    }
}

/// Step 2 done: what [`write`] needs besides the rows.
pub struct Prepared {
    /// The password change of each row with a plain password that is not
    /// skipped, by the row's line.
    passwords: HashMap<u64, Password>,
    settings: Settings,
    rows: u64,
}

/// What happens to a row's password.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Password {
    /// No password in the row, or the stored hash already matches it.
    Keep,
    /// Store this hash; `None` in a dry run, where nothing is hashed.
    Set(Option<String>),
    /// Remove the stored hash: the row's was too weak to keep
    /// (`--weak-hashes no-password`).
    Clear,
}

/// The plan for one row against one snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Plan {
    Create,
    Update { id: i64 },
    Skip,
}

/// Role and account ids by name, looked up once each.
struct Names {
    roles: HashMap<String, i64>,
    accounts: HashMap<String, i64>,
}

impl Names {
    fn new() -> Names {
        Names {
            roles: HashMap::new(),
            accounts: HashMap::new(),
        }
    }

    fn role(&mut self, conn: &Db, name: &str) -> Result<i64> {
        if let Some(id) = self.roles.get(name) {
            return Ok(*id);
        }
        let id = crate::lookup::role_id(conn, name)?;
        self.roles.insert(name.to_string(), id);
        Ok(id)
    }

    fn account(&mut self, conn: &Db, name: &str) -> Result<i64> {
        if let Some(id) = self.accounts.get(name) {
            return Ok(*id);
        }
        let id = crate::lookup::account_id(conn, name)?;
        self.accounts.insert(name.to_string(), id);
        Ok(id)
    }

    /// Checks that every role and account the row names exists.
    fn check(&mut self, conn: &Db, row: &UserRow) -> Result<()> {
        for role in row.roles.iter().flatten() {
            self.role(conn, role)?;
        }
        if let Some(Some(role)) = &row.active_role {
            self.role(conn, role)?;
        }
        if let Some(Some(account)) = &row.account {
            self.account(conn, account)?;
        }
        Ok(())
    }
}

/// Plans one row against `conn`: what it names must exist, and its user
/// is created, updated or skipped (an existing one under `fail` is a
/// conflict, exit 4).
fn plan(conn: &Db, row: &UserRow, opts: &Options, names: &mut Names) -> Result<Plan> {
    let place = || (opts.locate)(row);
    names.check(conn, row).map_err(|e| read::at(&place(), e))?;
    Ok(
        match (sql::id_by_name(conn, &row.username)?, opts.on_conflict) {
            (None, _) => Plan::Create,
            (Some(_), OnConflict::Fail) => return Err(read::at(&place(), conflict(&row.username))),
            (Some(_), OnConflict::Skip) => Plan::Skip,
            (Some(id), OnConflict::Update) => Plan::Update { id },
        },
    )
}

fn conflict(name: &str) -> Error {
    exists_error(name).with_hint(
        "give --on-conflict skip to leave existing users alone, or --on-conflict update to change them; nothing was written",
    )
}
