//! SQL for the account tree, and for what hangs on an account: its
//! password and owner, the access grants on it, and the actors for whom
//! it is the current account. Credits are in `credits`.
//!
//! The tree is a parent column with an index on (parent, name). Paths,
//! effective states and effective strategies are computed by recursive
//! queries rather than stored, so moving nothing can make them stale.

use super::sql::{params, Db, OptionalExtension, Row};

use crate::catalog::AccessLevel;
use crate::error::Result;
use crate::model::{Account, AccountState};
use crate::time::from_unix;

/// Creates the single root account; the schema refuses a second one.
pub fn insert_root(conn: &Db, name: &str, now: i64) -> Result<i64> {
    Ok(conn.insert(
        "INSERT INTO accounts (name, parent_id, created_at, updated_at) VALUES (?1, NULL, ?2, ?2)",
        params![name, now],
    )?)
}

/// The columns a new account starts with.
pub struct NewAccount<'a> {
    pub name: &'a str,
    pub parent_id: i64,
    pub owner_id: Option<i64>,
    pub strategy_id: Option<i64>,
    pub credits: i64,
    pub password_hash: Option<&'a str>,
    pub now: i64,
}

pub fn insert(conn: &Db, a: &NewAccount) -> Result<i64> {
    Ok(conn.insert(
        "INSERT INTO accounts (name, parent_id, owner_id, strategy_id, credits, password_hash, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![a.name, a.parent_id, a.owner_id, a.strategy_id, a.credits, a.password_hash, a.now],
    )?)
}

pub fn id_by_name(conn: &Db, name: &str) -> Result<Option<i64>> {
    Ok(conn
        .query_row("SELECT id FROM accounts WHERE name = ?1", [name], |r| {
            r.get(0)
        })
        .optional()?)
}

/// An account's own columns, for the rules (includes the verifier).
#[derive(Debug, Clone)]
pub struct AccountRow {
    pub id: i64,
    pub name: String,
    pub parent_id: Option<i64>,
    pub state: AccountState,
    pub owner_id: Option<i64>,
    pub credits: i64,
    pub password_hash: Option<String>,
    pub purge_after: Option<i64>,
}

pub fn row(conn: &Db, name: &str) -> Result<Option<AccountRow>> {
    Ok(conn
        .query_row(
            "SELECT id, name, parent_id, state, owner_id, credits, password_hash, purge_after FROM accounts WHERE name = ?1",
            [name],
            |r| {
                Ok(AccountRow {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    parent_id: r.get(2)?,
                    state: r.get(3)?,
                    owner_id: r.get(4)?,
                    credits: r.get(5)?,
                    password_hash: r.get(6)?,
                    purge_after: r.get(7)?,
                })
            },
        )
        .optional()?)
}

/// The root account's id.
pub fn root_id(conn: &Db) -> Result<i64> {
    Ok(
        conn.query_row("SELECT id FROM accounts WHERE parent_id IS NULL", [], |r| {
            r.get(0)
        })?,
    )
}

/// The root account's name.
pub fn root_name(conn: &Db) -> Result<String> {
    Ok(conn.query_row(
        "SELECT name FROM accounts WHERE parent_id IS NULL",
        [],
        |r| r.get(0),
    )?)
}

/// The name of the account with this id, which must exist.
pub fn name_of(conn: &Db, id: i64) -> Result<String> {
    Ok(
        conn.query_row("SELECT name FROM accounts WHERE id = ?1", [id], |r| {
            r.get(0)
        })?,
    )
}

/// The own state of the account with this id, which must exist.
pub fn state_of(conn: &Db, id: i64) -> Result<AccountState> {
    Ok(
        conn.query_row("SELECT state FROM accounts WHERE id = ?1", [id], |r| {
            r.get(0)
        })?,
    )
}

/// Replaces an account's password hash.
pub fn set_password(conn: &Db, id: i64, hash: &str, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE accounts SET password_hash = ?1, updated_at = ?2 WHERE id = ?3",
        params![hash, now, id],
    )?;
    Ok(())
}

/// Gives an account another owner, or none.
pub fn set_owner(conn: &Db, id: i64, owner_id: Option<i64>, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE accounts SET owner_id = ?1, updated_at = ?2 WHERE id = ?3",
        params![owner_id, now, id],
    )?;
    Ok(())
}

/// An account above another, as `ancestors` returns it.
struct Ancestor {
    name: String,
    state: AccountState,
    strategy_id: Option<i64>,
}

/// Ancestors of an account, nearest first.
fn ancestors(conn: &Db, id: i64) -> Result<Vec<Ancestor>> {
    let mut stmt = conn.prepare(
        "WITH RECURSIVE up(id, depth) AS (
             SELECT parent_id, 1 FROM accounts WHERE id = ?1 AND parent_id IS NOT NULL
             UNION ALL
             SELECT a.parent_id, up.depth + 1 FROM accounts a JOIN up ON a.id = up.id
              WHERE a.parent_id IS NOT NULL AND up.depth < 100000)
         SELECT a.name, a.state, a.strategy_id FROM up JOIN accounts a ON a.id = up.id ORDER BY up.depth",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(Ancestor {
            name: r.get(0)?,
            state: r.get(1)?,
            strategy_id: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

/// The starting values for walking a subtree: the path above `id`, whether
/// something above it is disabled, and the strategy it would inherit.
fn context_above(conn: &Db, id: i64) -> Result<(String, bool, Option<i64>)> {
    let above = ancestors(conn, id)?;
    let path: Vec<&str> = above.iter().rev().map(|a| a.name.as_str()).collect();
    let disabled = above.iter().any(|a| a.state != AccountState::Enabled);
    let strategy = above.iter().find_map(|a| a.strategy_id);
    Ok((path.join("/"), disabled, strategy))
}

/// Which accounts `list` shows.
#[derive(Debug, Clone, Default)]
pub struct AccountFilter {
    pub state: Option<AccountState>,
    pub owner_id: Option<i64>,
    /// Only this account and what is below it.
    pub under: Option<i64>,
}

/// Where an account sits in the tree, for drawing it.
#[derive(Debug, Clone)]
pub struct TreePosition {
    pub depth: i64,
    /// The drawing in front of the name: "│   ├── ".
    pub prefix: String,
}

/// Streams accounts in tree order (each account before the accounts below
/// it, siblings by name) with their paths and effective values.
///
/// One recursive query walks the tree depth-first: its queue is ordered
/// deepest first, then by name, so each account comes out right after its
/// parent and before its parent's next sibling, with no sort of the whole
/// tree. Paths and the drawing are built here from the chain of accounts
/// above the current one, so the rows stay small however deep the tree is,
/// and memory does not grow with the number of accounts.
pub fn for_each(
    conn: &Db,
    filter: &AccountFilter,
    mut each: impl FnMut(Account, TreePosition) -> Result<()>,
) -> Result<()> {
    let start = match filter.under {
        Some(id) => id,
        None => root_id(conn)?,
    };
    let (above_path, above_disabled, inherited) = context_above(conn, start)?;
    let mut stmt = conn.prepare(conn.pick(TREE_WALK, TREE_WALK_POSTGRES))?;
    let mut rows = stmt.query(params![start, above_disabled, inherited])?;
    // The accounts from `start` down to the current row: names and whether
    // each is the last of its siblings.
    let mut chain: Vec<(String, bool)> = Vec::new();
    while let Some(r) = rows.next()? {
        let depth: i64 = r.get(10)?;
        let last: bool = r.get(11)?;
        let level = usize::try_from(depth).unwrap_or(usize::MAX);
        if level > chain.len() {
            return Err(crate::error::Error::failure(
                "the account tree came back out of order",
            ));
        }
        chain.truncate(level);
        chain.push((r.get(0)?, last));
        let state: AccountState = r.get(2)?;
        let disabled: bool = r.get(3)?;
        // The state a listing shows is the one in effect, so the filter
        // picks by it too: an account below a disabled one is disabled.
        if filter.state.is_some_and(|s| s != state.effective(disabled)) {
            continue;
        }
        if filter.owner_id.is_some() && filter.owner_id != r.get::<_, Option<i64>>(12)? {
            continue;
        }
        let mut path = above_path.clone();
        for (name, _) in &chain {
            if !path.is_empty() {
                path.push('/');
            }
            path.push_str(name);
        }
        let mut prefix = String::new();
        if level > 0 {
            for (_, above_last) in &chain[1..level] {
                prefix.push_str(if *above_last { "    " } else { "│   " });
            }
            prefix.push_str(if last { "└── " } else { "├── " });
        }
        let strategy: Option<String> = r.get(4)?;
        let effective_strategy: Option<String> = r.get(5)?;
        let account = Account {
            name: chain[level].0.clone(),
            parent: r.get(1)?,
            path,
            effective_state: state.effective(disabled),
            state,
            strategy_inherited: strategy.is_none() && effective_strategy.is_some(),
            strategy,
            effective_strategy,
            owner: r.get(6)?,
            credits: r.get(7)?,
            created_at: from_unix(r.get(8)?)?,
            purge_after: r.get::<_, Option<i64>>(9)?.map(from_unix).transpose()?,
        };
        each(account, TreePosition { depth, prefix })?;
    }
    Ok(())
}

/// The tree below `?1`, deepest first: SQLite's recursive query takes the
/// deepest row next (`ORDER BY` depth), then by name, which is the order
/// of a drawing, without sorting the whole tree.
const TREE_WALK: &str = "WITH RECURSIVE t(id, name, parent, state, owner_id, strategy_id, credits, created_at, purge_after,
                      disabled, eff_strategy, depth, last) AS (
         SELECT a.id, a.name, p.name, a.state, a.owner_id, a.strategy_id, a.credits, a.created_at,
                a.purge_after, ?2 OR a.state <> 'enabled', coalesce(a.strategy_id, ?3), 0, 1
           FROM accounts a LEFT JOIN accounts p ON p.id = a.parent_id WHERE a.id = ?1
         UNION ALL
         SELECT c.id, c.name, t.name, c.state, c.owner_id, c.strategy_id, c.credits, c.created_at,
                c.purge_after, t.disabled OR c.state <> 'enabled', coalesce(c.strategy_id, t.eff_strategy),
                t.depth + 1,
                NOT EXISTS (SELECT 1 FROM accounts s WHERE s.parent_id = c.parent_id AND s.name > c.name)
           FROM t JOIN accounts c ON c.parent_id = t.id
          ORDER BY 12 DESC, 2)
     SELECT t.name, t.parent, t.state, t.disabled,
            (SELECT name FROM strategies WHERE id = t.strategy_id),
            (SELECT name FROM strategies WHERE id = t.eff_strategy),
            (SELECT username FROM users WHERE id = t.owner_id),
            t.credits, t.created_at, t.purge_after, t.depth, t.last, t.owner_id
       FROM t";

/// The same walk on PostgreSQL, which does not order a recursive query:
/// each row carries the names of its path, and the rows are sorted by it
/// (byte-wise, as SQLite compares names).
const TREE_WALK_POSTGRES: &str = "WITH RECURSIVE t(id, name, parent, state, owner_id, strategy_id, credits, created_at, purge_after,
                      disabled, eff_strategy, depth, last, sort) AS (
         SELECT a.id, a.name, p.name, a.state, a.owner_id, a.strategy_id, a.credits, a.created_at,
                a.purge_after, CAST(?2 AS BOOLEAN) OR a.state <> 'enabled', coalesce(a.strategy_id, ?3), 0, TRUE,
                ARRAY[a.name]
           FROM accounts a LEFT JOIN accounts p ON p.id = a.parent_id WHERE a.id = ?1
         UNION ALL
         SELECT c.id, c.name, t.name, c.state, c.owner_id, c.strategy_id, c.credits, c.created_at,
                c.purge_after, t.disabled OR c.state <> 'enabled', coalesce(c.strategy_id, t.eff_strategy),
                t.depth + 1,
                NOT EXISTS (SELECT 1 FROM accounts s WHERE s.parent_id = c.parent_id AND s.name > c.name),
                t.sort || c.name
           FROM t JOIN accounts c ON c.parent_id = t.id)
     SELECT t.name, t.parent, t.state, t.disabled,
            (SELECT name FROM strategies WHERE id = t.strategy_id),
            (SELECT name FROM strategies WHERE id = t.eff_strategy),
            (SELECT username FROM users WHERE id = t.owner_id),
            t.credits, t.created_at, t.purge_after, t.depth, t.last, t.owner_id
       FROM t ORDER BY t.sort COLLATE \"C\"";

/// The widest cells of a tree drawing, measured before its rows are
/// streamed so the columns line up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TreeWidths {
    /// The drawing and the name: four columns a level, then the name.
    pub account: usize,
    /// The longest strategy an account has of its own.
    pub own_strategy: usize,
    /// The longest strategy an account inherits.
    pub inherited_strategy: usize,
    /// Whether an account is queued for deletion (the longest state).
    pub pending: bool,
}

/// Measures the tree from `start` (the root when `None`): one walk of the
/// tree, much cheaper than drawing it. The walk goes deepest first, as
/// the drawing's does, so its queue holds the siblings along one path
/// rather than a whole level of the tree.
pub fn tree_widths(conn: &Db, start: Option<i64>) -> Result<TreeWidths> {
    let start = match start {
        Some(id) => id,
        None => root_id(conn)?,
    };
    let (_, _, inherited) = context_above(conn, start)?;
    let (account, own, inherited, pending): (Option<i64>, Option<i64>, Option<i64>, Option<bool>) =
        conn.query_row(
            &format!(
                "WITH RECURSIVE t(id, depth, eff) AS (
                 SELECT id, 0, coalesce(strategy_id, ?2) FROM accounts WHERE id = ?1
                 UNION ALL
                 SELECT c.id, t.depth + 1, coalesce(c.strategy_id, t.eff)
                   FROM t JOIN accounts c ON c.parent_id = t.id
                  {})
             SELECT max(t.depth * 4 + length(a.name)),
                    max(CASE WHEN a.strategy_id IS NOT NULL THEN length(s.name) END),
                    max(CASE WHEN a.strategy_id IS NULL THEN length(s.name) END),
                    max(CASE WHEN a.state = 'pending-deletion' THEN 1 ELSE 0 END)
               FROM t JOIN accounts a ON a.id = t.id LEFT JOIN strategies s ON s.id = t.eff",
                // Deepest first keeps SQLite's queue short; PostgreSQL
                // does not order a recursive query.
                conn.pick("ORDER BY 2 DESC", "")
            ),
            params![start, inherited],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
    let width = |n: Option<i64>| n.and_then(|n| usize::try_from(n).ok()).unwrap_or(0);
    Ok(TreeWidths {
        account: width(account),
        own_strategy: width(own),
        inherited_strategy: width(inherited),
        pending: pending.unwrap_or(false),
    })
}

/// An account from a row laid out as `name, parent, path, state,
/// disabled-above-or-here, strategy, effective strategy, owner, credits,
/// created_at, purge_after`.
fn account_from_row(r: &Row) -> Result<Account> {
    let state: AccountState = r.get(3)?;
    let disabled: bool = r.get(4)?;
    let strategy: Option<String> = r.get(5)?;
    let effective_strategy: Option<String> = r.get(6)?;
    Ok(Account {
        name: r.get(0)?,
        parent: r.get(1)?,
        path: r.get(2)?,
        effective_state: state.effective(disabled),
        state,
        strategy_inherited: strategy.is_none() && effective_strategy.is_some(),
        strategy,
        effective_strategy,
        owner: r.get(7)?,
        credits: r.get(8)?,
        created_at: from_unix(r.get(9)?)?,
        purge_after: r.get::<_, Option<i64>>(10)?.map(from_unix).transpose()?,
    })
}

/// One account with its path and effective values.
pub fn get(conn: &Db, name: &str) -> Result<Option<Account>> {
    let Some(id) = id_by_name(conn, name)? else {
        return Ok(None);
    };
    let (above_path, above_disabled, inherited) = context_above(conn, id)?;
    let mut stmt = conn.prepare(
        "SELECT a.name, p.name, CASE WHEN ?2 = '' THEN a.name ELSE ?2 || '/' || a.name END, a.state,
                ?3 OR a.state <> 'enabled', s.name, es.name, o.username, a.credits, a.created_at, a.purge_after
           FROM accounts a
           LEFT JOIN accounts p ON p.id = a.parent_id
           LEFT JOIN strategies s ON s.id = a.strategy_id
           LEFT JOIN strategies es ON es.id = coalesce(a.strategy_id, ?4)
           LEFT JOIN users o ON o.id = a.owner_id
          WHERE a.id = ?1",
    )?;
    let mut rows = stmt.query(params![id, above_path, above_disabled, inherited])?;
    rows.next()?.map(|r| account_from_row(&r)).transpose()
}

/// The ids of an account's subtree (itself first), deepest last, with
/// their states.
pub fn subtree(conn: &Db, id: i64) -> Result<Vec<(i64, String, AccountState, i64)>> {
    let mut stmt = conn.prepare(
        "WITH RECURSIVE t(id, depth) AS (
             SELECT CAST(?1 AS BIGINT), 0
             UNION ALL
             SELECT c.id, t.depth + 1 FROM accounts c JOIN t ON c.parent_id = t.id)
         SELECT a.id, a.name, a.state, t.depth FROM t JOIN accounts a ON a.id = t.id ORDER BY t.depth, a.name",
    )?;
    let rows = stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

/// How many accounts the subtrees of `ids` hold together (each account
/// counted once, also where one subtree holds another).
pub fn subtrees_size(conn: &Db, ids: &[i64]) -> Result<u64> {
    let count: i64 = conn.query_row(
        &format!(
            "WITH RECURSIVE t(id) AS (
                 {}
                 UNION
                 SELECT c.id FROM accounts c JOIN t ON c.parent_id = t.id)
             SELECT count(*) FROM t JOIN accounts a ON a.id = t.id",
            ids_in(conn, 1)
        ),
        [id_list(ids)],
        |r| r.get(0),
    )?;
    Ok(u64::try_from(count).unwrap_or_default())
}

/// The ids of a JSON array in parameter `?n`, as rows of one column: one
/// statement then changes any number of accounts.
fn ids_in(conn: &Db, n: u8) -> String {
    match conn.engine() {
        super::sql::Engine::Sqlite => format!("SELECT value FROM json_each(?{n})"),
        super::sql::Engine::Postgres => format!(
            "SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(?{n} AS json))"
        ),
    }
}

/// A JSON array of ids, for [`ids_in`].
fn id_list(ids: &[i64]) -> String {
    let mut list = String::with_capacity(ids.len() * 8 + 2);
    list.push('[');
    for (i, id) in ids.iter().enumerate() {
        if i > 0 {
            list.push(',');
        }
        list.push_str(&id.to_string());
    }
    list.push(']');
    list
}

/// Sets the state (and the end of the grace period) of accounts, in one
/// statement.
pub fn set_states(
    conn: &Db,
    ids: &[i64],
    state: AccountState,
    purge_after: Option<i64>,
    now: i64,
) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    super::sql::room_for_many(conn, ids.len())?;
    conn.execute(
        &format!(
            "UPDATE accounts SET state = ?1, purge_after = ?2, updated_at = ?3 WHERE id IN ({})",
            ids_in(conn, 4)
        ),
        params![state, purge_after, now, id_list(ids)],
    )?;
    Ok(())
}

/// Deletes accounts in one statement. Foreign keys are checked at its end,
/// so a parent and the accounts below it go together in any order.
pub fn delete_all(conn: &Db, ids: &[i64]) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    super::sql::room_for_many(conn, ids.len())?;
    conn.execute(
        &format!("DELETE FROM accounts WHERE id IN ({})", ids_in(conn, 1)),
        [id_list(ids)],
    )?;
    Ok(())
}

/// An account as the purge sees it.
#[derive(Debug, Clone)]
pub struct PurgeNode {
    pub id: i64,
    pub parent_id: Option<i64>,
    /// The name, when the account is queued and its grace period has ended.
    pub due: Option<String>,
}

/// Every account, each with its parent and, when it is due for purging,
/// its name: one pass over the table, however the due accounts lie.
pub fn purge_nodes(conn: &Db, now: i64) -> Result<Vec<PurgeNode>> {
    let mut stmt = conn.prepare(
        "SELECT id, parent_id,
                CASE WHEN state = 'pending-deletion' AND purge_after <= ?1 THEN name END
           FROM accounts",
    )?;
    let rows = stmt.query_map([now], |r| {
        Ok(PurgeNode {
            id: r.get(0)?,
            parent_id: r.get(1)?,
            due: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

/// Queued accounts whose grace period ends after `from` and no later than
/// `to`: (name, end of the grace period).
pub fn purges_between(conn: &Db, from: i64, to: i64) -> Result<Vec<(String, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT name, purge_after FROM accounts
          WHERE purge_after > ?1 AND purge_after <= ?2",
    )?;
    let rows = stmt.query_map(params![from, to], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

/// `SQL` after a CTE `up(id, depth)`: the account `?1` (depth 0) and every
/// account above it, nearest first.
macro_rules! with_ancestors {
    ($sql:literal) => {
        concat!(
            "WITH RECURSIVE up(id, depth) AS (
                 SELECT CAST(?1 AS BIGINT), 0
                 UNION ALL
                 SELECT a.parent_id, up.depth + 1 FROM accounts a JOIN up ON a.id = up.id
                  WHERE a.parent_id IS NOT NULL AND up.depth < 100000)
             ",
            $sql
        )
    };
}

/// One step of an account's line up to the root, as a decision reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub name: String,
    pub state: AccountState,
    /// The user's access grant on this account, if any.
    pub access: Option<AccessLevel>,
}

/// An account and its ancestors, nearest first, with one user's grant on
/// each: everything a decision on the account needs.
///
/// On SQLite the line is walked one primary-key look-up at a time, each a
/// statement prepared once: a recursive query would build a temporary
/// table (its queue) at every call, which costs ten times the walk. On
/// PostgreSQL the same line is one recursive query, one round trip.
pub fn lineage(conn: &Db, account_id: i64, user_id: i64) -> Result<Vec<Step>> {
    let step = |r: &super::sql::Row<'_>| -> super::sql::SqlResult<Step> {
        Ok(Step {
            name: r.get(0)?,
            state: r.get(1)?,
            access: r.get(2)?,
        })
    };
    let mut line = Vec::new();
    match conn.engine() {
        super::sql::Engine::Sqlite => {
            let mut stmt = conn.prepare(
                "SELECT a.name, a.state,
                        (SELECT g.access FROM grants g WHERE g.account_id = a.id AND g.user_id = ?2),
                        a.parent_id
                   FROM accounts a WHERE a.id = ?1",
            )?;
            let mut next = Some(account_id);
            while let Some(id) = next {
                // The tree has no cycle (a trigger refuses one); the bound
                // is the recursive query's, for a file edited by hand.
                if line.len() > 100_000 {
                    break;
                }
                let found = stmt
                    .query_row(params![id, user_id], |r| Ok((step(r)?, r.get(3)?)))
                    .optional()?;
                let Some((here, parent)) = found else { break };
                line.push(here);
                next = parent;
            }
        }
        super::sql::Engine::Postgres => {
            let mut stmt = conn.prepare(with_ancestors!(
                "SELECT a.name, a.state, g.access FROM up JOIN accounts a ON a.id = up.id
                   LEFT JOIN grants g ON g.account_id = up.id AND g.user_id = ?2
                  ORDER BY up.depth"
            ))?;
            for here in stmt.query_map(params![account_id, user_id], step)? {
                line.push(here?);
            }
        }
    }
    Ok(line)
}

/// The nearest access grant in a line of [`lineage`]: (access level,
/// the account that carries the grant).
pub fn nearest_in(line: &[Step]) -> Option<(AccessLevel, &str)> {
    line.iter()
        .find_map(|s| s.access.map(|access| (access, s.name.as_str())))
}

/// A user's access grants, by account name: (account id, name, access).
pub fn grants_of(conn: &Db, user_id: i64) -> Result<Vec<(i64, String, AccessLevel)>> {
    let mut stmt = conn.prepare(
        "SELECT a.id, a.name, g.access FROM grants g JOIN accounts a ON a.id = g.account_id
          WHERE g.user_id = ?1 ORDER BY a.name",
    )?;
    let rows = stmt.query_map([user_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

/// How many accounts a user's grant on `account_id` decides: the account
/// and its descendants, except the subtrees of the user's nearer grants.
pub fn grant_reach(conn: &Db, account_id: i64, user_id: i64) -> Result<i64> {
    Ok(conn.query_row(
        "WITH RECURSIVE t(id) AS (
             SELECT CAST(?1 AS BIGINT)
             UNION ALL
             SELECT c.id FROM accounts c JOIN t ON c.parent_id = t.id
              WHERE NOT EXISTS (SELECT 1 FROM grants g WHERE g.account_id = c.id AND g.user_id = ?2))
         SELECT count(*) FROM t",
        params![account_id, user_id],
        |r| r.get(0),
    )?)
}

/// Gives a user `access` on an account, replacing their grant there.
pub fn set_grant(
    conn: &Db,
    account_id: i64,
    user_id: i64,
    access: AccessLevel,
    now: i64,
) -> Result<()> {
    conn.execute(
        "INSERT INTO grants (account_id, user_id, access, created_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (account_id, user_id) DO UPDATE SET access = excluded.access",
        params![account_id, user_id, access, now],
    )?;
    Ok(())
}

/// Takes a user's grant on an account away; returns whether there was one.
pub fn remove_grant(conn: &Db, account_id: i64, user_id: i64) -> Result<bool> {
    Ok(conn.execute(
        "DELETE FROM grants WHERE account_id = ?1 AND user_id = ?2",
        params![account_id, user_id],
    )? > 0)
}

/// The access levels a user's grants give, each once, whatever the
/// accounts.
pub fn grant_levels(conn: &Db, user_id: i64) -> Result<Vec<AccessLevel>> {
    let mut stmt = conn.prepare("SELECT DISTINCT access FROM grants WHERE user_id = ?1")?;
    let rows = stmt.query_map([user_id], |r| r.get(0))?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

/// The access a user's grant on this very account gives, if any.
pub fn grant_on(conn: &Db, account_id: i64, user_id: i64) -> Result<Option<AccessLevel>> {
    Ok(conn
        .query_row(
            "SELECT access FROM grants WHERE account_id = ?1 AND user_id = ?2",
            params![account_id, user_id],
            |r| r.get(0),
        )
        .optional()?)
}

/// The id of an actor's current account, if one is set.
pub fn current_id(conn: &Db, actor: &str) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT account_id FROM current_accounts WHERE actor = ?1",
            [actor],
            |r| r.get(0),
        )
        .optional()?)
}

/// Remembers an actor's current account.
pub fn set_current(conn: &Db, actor: &str, account_id: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO current_accounts (actor, account_id) VALUES (?1, ?2)
         ON CONFLICT (actor) DO UPDATE SET account_id = excluded.account_id",
        params![actor, account_id],
    )?;
    Ok(())
}

/// The name of an actor's current account, if one is set.
pub fn current_name(conn: &Db, actor: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT a.name FROM current_accounts c JOIN accounts a ON a.id = c.account_id
              WHERE c.actor = ?1",
            [actor],
            |r| r.get(0),
        )
        .optional()?)
}

/// What keeps an account's grants from allowing everything, from a line
/// of [`lineage`]: the nearest ancestor (or itself) queued for deletion,
/// else the nearest disabled one: (its state, its name).
pub fn blocking_in(line: &[Step]) -> Option<(AccountState, String)> {
    line.iter()
        .find(|s| s.state == AccountState::PendingDeletion)
        .or_else(|| line.iter().find(|s| s.state != AccountState::Enabled))
        .map(|s| (s.state, s.name.clone()))
}

/// [`blocking_in`] for an account alone.
pub fn blocking_state(conn: &Db, account_id: i64) -> Result<Option<(AccountState, String)>> {
    Ok(blocking_in(&lineage(conn, account_id, 0)?))
}

/// Every enabled, unexpired user's nearest grant covering an account:
/// (user, access, on).
pub fn covering_grants(
    conn: &Db,
    account_id: i64,
    now: i64,
) -> Result<Vec<(String, AccessLevel, String)>> {
    let mut stmt = conn.prepare(with_ancestors!(
        ", ranked AS (
             SELECT g.user_id, g.access, a.name AS place,
                    row_number() OVER (PARTITION BY g.user_id ORDER BY up.depth) AS n
               FROM up JOIN grants g ON g.account_id = up.id JOIN accounts a ON a.id = up.id)
         SELECT u.username, r.access, r.place FROM ranked r JOIN users u ON u.id = r.user_id
          WHERE r.n = 1 AND u.enabled = 1 AND (u.expires_at IS NULL OR u.expires_at > ?2)
          ORDER BY u.username"
    ))?;
    let rows = stmt.query_map(params![account_id, now], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}
