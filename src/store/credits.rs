//! SQL for credits: the balance an account holds and the charges users
//! make against it. Whether a charge is allowed is `ops`'s to decide.

use super::sql::{params, Db};

use crate::error::Result;

/// An account's balance, with the account's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Balance {
    pub account_id: i64,
    pub credits: i64,
}

/// The balance of the account by that name, which must exist.
pub fn balance(conn: &Db, account: &str) -> Result<Balance> {
    Ok(conn.query_row(
        "SELECT id, credits FROM accounts WHERE name = ?1",
        [account],
        |r| {
            Ok(Balance {
                account_id: r.get(0)?,
                credits: r.get(1)?,
            })
        },
    )?)
}

/// Sets an account's balance.
pub fn set_balance(conn: &Db, account_id: i64, credits: i64, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE accounts SET credits = ?1, updated_at = ?2 WHERE id = ?3",
        params![credits, now, account_id],
    )?;
    Ok(())
}

/// How many credits a user has spent, over all their charges.
pub fn spent(conn: &Db, user_id: i64) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT CAST(coalesce(sum(amount), 0) AS BIGINT) FROM charges WHERE user_id = ?1",
        [user_id],
        |r| r.get(0),
    )?)
}

/// A charge: what a user spends from an account, and why.
pub struct Charge<'a> {
    pub user_id: i64,
    pub account_id: i64,
    pub amount: i64,
    pub reason: &'a str,
    pub at: i64,
}

/// Debits the account and records the charge against the user, in the
/// caller's transaction.
pub fn charge(conn: &Db, charge: &Charge) -> Result<()> {
    conn.execute(
        "UPDATE accounts SET credits = credits - ?1, updated_at = ?2 WHERE id = ?3",
        params![charge.amount, charge.at, charge.account_id],
    )?;
    conn.execute(
        "INSERT INTO charges (user_id, account_id, amount, reason, at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            charge.user_id,
            charge.account_id,
            charge.amount,
            charge.reason,
            charge.at
        ],
    )?;
    Ok(())
}
