//! Names to keys, each kind with its one "not found" error. It stands
//! just above the store and below `policy` and `ops`, so every operation
//! and the policy look names up, and fail, the same way.

use crate::store::Db;

use crate::error::{Error, Remedy, Result};
use crate::model::{Account, User};
use crate::names::NameKind;
use crate::store::accounts::AccountRow;
use crate::store::strategies::StrategyRow;
use crate::store::{accounts, roles, strategies, users};

/// The "not found" error of a kind of name, with where to see them all.
/// It carries the name, so the command line can suggest the nearest that
/// exists; the library never reads other names for it.
fn missing(kind: NameKind, name: &str) -> Error {
    let noun = match kind {
        NameKind::User => "user",
        NameKind::Role => "role",
        NameKind::Account => "account",
        NameKind::Strategy => "strategy",
    };
    let mut err =
        Error::not_found(format!("no {noun} \"{name}\"")).with_remedy(Remedy::ListNames(kind));
    err.missing = Some((kind, name.to_string()));
    err
}

pub fn no_user(name: &str) -> Error {
    missing(NameKind::User, name)
}

pub fn no_role(name: &str) -> Error {
    missing(NameKind::Role, name)
}

pub fn no_account(name: &str) -> Error {
    missing(NameKind::Account, name)
}

pub fn no_strategy(name: &str) -> Error {
    missing(NameKind::Strategy, name)
}

pub fn user_id(conn: &Db, name: &str) -> Result<i64> {
    users::id_by_name(conn, name)?.ok_or_else(|| no_user(name))
}

/// A user as `user show` gives it.
pub fn user(conn: &Db, name: &str, now: i64) -> Result<User> {
    users::get(conn, name, now)?.ok_or_else(|| no_user(name))
}

pub fn role_id(conn: &Db, name: &str) -> Result<i64> {
    roles::id_by_name(conn, name)?.ok_or_else(|| no_role(name))
}

pub fn account_id(conn: &Db, name: &str) -> Result<i64> {
    accounts::id_by_name(conn, name)?.ok_or_else(|| no_account(name))
}

/// An account's stored row.
pub fn account_row(conn: &Db, name: &str) -> Result<AccountRow> {
    accounts::row(conn, name)?.ok_or_else(|| no_account(name))
}

/// An account as `account show` gives it.
pub fn account(conn: &Db, name: &str) -> Result<Account> {
    accounts::get(conn, name)?.ok_or_else(|| no_account(name))
}

/// A strategy's stored row.
pub fn strategy_row(conn: &Db, name: &str) -> Result<StrategyRow> {
    strategies::get(conn, name)?.ok_or_else(|| no_strategy(name))
}
