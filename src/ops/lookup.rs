//! Names to keys, each kind with its one "not found" error. A leaf of
//! `ops`: it reads the store and imports no operation, so every operation
//! and the policy look names up, and fail, the same way.

use crate::store::Db;

use crate::error::{Error, Result};
use crate::model::{Account, User};
use crate::names::NameKind;
use crate::store::accounts::AccountRow;
use crate::store::strategies::StrategyRow;
use crate::store::{accounts, roles, strategies, users};

/// The "not found" error of a kind of name, with the nearest name that
/// does exist when one is close (`no role "operatr"; did you mean
/// "operator"?`), and where to see them all.
fn missing(conn: &Db, kind: NameKind, name: &str) -> Error {
    let (noun, list) = match kind {
        NameKind::User => ("user", "`warden user list` shows the users"),
        NameKind::Role => ("role", "`warden role list` shows the roles"),
        NameKind::Account => ("account", "`warden account list` shows the accounts"),
        NameKind::Strategy => ("strategy", "`warden strategy list` shows the strategies"),
    };
    // Only on this error path, and never more than a bounded read; a
    // failed read just leaves the suggestion out.
    let known = crate::store::names_near(conn, kind, name, 100_000).unwrap_or_default();
    let known: Vec<&str> = known
        .iter()
        .map(String::as_str)
        .filter(|k| *k != name)
        .collect();
    let message = match crate::suggest::nearest(name, &known) {
        Some(near) => format!("no {noun} \"{name}\"; did you mean \"{near}\"?"),
        None => format!("no {noun} \"{name}\""),
    };
    Error::not_found(message).with_hint(list)
}

pub fn no_user(conn: &Db, name: &str) -> Error {
    missing(conn, NameKind::User, name)
}

pub fn no_role(conn: &Db, name: &str) -> Error {
    missing(conn, NameKind::Role, name)
}

pub fn no_account(conn: &Db, name: &str) -> Error {
    missing(conn, NameKind::Account, name)
}

pub fn no_strategy(conn: &Db, name: &str) -> Error {
    missing(conn, NameKind::Strategy, name)
}

pub fn user_id(conn: &Db, name: &str) -> Result<i64> {
    users::id_by_name(conn, name)?.ok_or_else(|| no_user(conn, name))
}

/// A user as `user show` gives it.
pub fn user(conn: &Db, name: &str, now: i64) -> Result<User> {
    users::get(conn, name, now)?.ok_or_else(|| no_user(conn, name))
}

pub fn role_id(conn: &Db, name: &str) -> Result<i64> {
    roles::id_by_name(conn, name)?.ok_or_else(|| no_role(conn, name))
}

pub fn account_id(conn: &Db, name: &str) -> Result<i64> {
    accounts::id_by_name(conn, name)?.ok_or_else(|| no_account(conn, name))
}

/// An account's stored row.
pub fn account_row(conn: &Db, name: &str) -> Result<AccountRow> {
    accounts::row(conn, name)?.ok_or_else(|| no_account(conn, name))
}

/// An account as `account show` gives it.
pub fn account(conn: &Db, name: &str) -> Result<Account> {
    accounts::get(conn, name)?.ok_or_else(|| no_account(conn, name))
}

/// A strategy's stored row.
pub fn strategy_row(conn: &Db, name: &str) -> Result<StrategyRow> {
    strategies::get(conn, name)?.ok_or_else(|| no_strategy(conn, name))
}
