//! SQL for strategies and the accounts they are applied to.

use super::sql::{params, Db, OptionalExtension, Row};

use crate::error::Result;
use crate::retention::Rules;

/// A strategy as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StrategyRow {
    pub id: i64,
    pub name: String,
    pub description: String,
    pub schedule: String,
    pub rules: Rules,
}

const COLUMNS: &str = "id, name, description, schedule, keep_last, keep_hourly, keep_daily, \
                       keep_weekly, keep_monthly, keep_yearly, keep_within";

fn from_row(r: &Row) -> super::sql::SqlResult<StrategyRow> {
    let within: Option<i64> = r.get(10)?;
    Ok(StrategyRow {
        id: r.get(0)?,
        name: r.get(1)?,
        description: r.get(2)?,
        schedule: r.get(3)?,
        rules: Rules {
            last: r.get(4)?,
            hourly: r.get(5)?,
            daily: r.get(6)?,
            weekly: r.get(7)?,
            monthly: r.get(8)?,
            yearly: r.get(9)?,
            within: within.map(|s| std::time::Duration::from_secs(s.max(0) as u64)),
        },
    })
}

fn within_secs(rules: &Rules) -> Option<i64> {
    rules
        .within
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

pub fn get(conn: &Db, name: &str) -> Result<Option<StrategyRow>> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM strategies WHERE name = ?1"),
            [name],
            from_row,
        )
        .optional()?)
}

/// Every strategy, by name.
pub fn list(conn: &Db) -> Result<Vec<StrategyRow>> {
    let mut stmt = conn.prepare(&format!("SELECT {COLUMNS} FROM strategies ORDER BY name"))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

pub fn insert(
    conn: &Db,
    name: &str,
    description: &str,
    schedule: &str,
    rules: &Rules,
    now: i64,
) -> Result<i64> {
    Ok(conn.insert(
        "INSERT INTO strategies (name, description, schedule, keep_last, keep_hourly, keep_daily,
                                 keep_weekly, keep_monthly, keep_yearly, keep_within, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
        params![
            name,
            description,
            schedule,
            rules.last,
            rules.hourly,
            rules.daily,
            rules.weekly,
            rules.monthly,
            rules.yearly,
            within_secs(rules),
            now
        ],
    )?)
}

/// Writes back a strategy's description, schedule and rules.
pub fn update(conn: &Db, s: &StrategyRow, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE strategies SET description = ?2, schedule = ?3, keep_last = ?4, keep_hourly = ?5,
                keep_daily = ?6, keep_weekly = ?7, keep_monthly = ?8, keep_yearly = ?9,
                keep_within = ?10, updated_at = ?11
         WHERE id = ?1",
        params![
            s.id,
            s.description,
            s.schedule,
            s.rules.last,
            s.rules.hourly,
            s.rules.daily,
            s.rules.weekly,
            s.rules.monthly,
            s.rules.yearly,
            within_secs(&s.rules),
            now
        ],
    )?;
    Ok(())
}

pub fn delete(conn: &Db, id: i64) -> Result<()> {
    conn.execute("DELETE FROM strategies WHERE id = ?1", [id])?;
    Ok(())
}

/// The accounts a strategy is applied to directly, by name.
pub fn accounts(conn: &Db, id: i64) -> Result<Vec<(i64, String)>> {
    let mut stmt =
        conn.prepare("SELECT id, name FROM accounts WHERE strategy_id = ?1 ORDER BY name")?;
    let rows = stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

/// Sets (or with `None` clears) an account's own strategy.
pub fn set_account_strategy(
    conn: &Db,
    account_id: i64,
    strategy_id: Option<i64>,
    now: i64,
) -> Result<()> {
    conn.execute(
        "UPDATE accounts SET strategy_id = ?2, updated_at = ?3 WHERE id = ?1",
        params![account_id, strategy_id, now],
    )?;
    Ok(())
}

/// An account with its own strategy: (account id, account name, strategy
/// id, strategy name).
pub type Member = (i64, String, Option<i64>, Option<String>);

/// An account (with `recursive`, its whole subtree) with each account's
/// own strategy: (account id, account name, strategy id, strategy name),
/// shallowest first, then by name.
pub fn members(conn: &Db, account_id: i64, recursive: bool) -> Result<Vec<Member>> {
    let mut stmt = conn.prepare(
        "WITH RECURSIVE t(id, depth) AS (
             SELECT CAST(?1 AS BIGINT), 0
             UNION ALL
             SELECT c.id, t.depth + 1 FROM accounts c JOIN t ON c.parent_id = t.id WHERE ?2)
         SELECT a.id, a.name, a.strategy_id, s.name
           FROM t JOIN accounts a ON a.id = t.id LEFT JOIN strategies s ON s.id = a.strategy_id
          ORDER BY t.depth, a.name",
    )?;
    let rows = stmt.query_map(params![account_id, recursive], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}
