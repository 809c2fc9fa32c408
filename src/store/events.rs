//! SQL for the append-only audit log.

use super::sql::{params, Db, OptionalExtension, Param};

use crate::error::Result;
use crate::model::{Event, EventFilter};

/// An event about to be recorded.
pub struct NewEvent<'a> {
    pub at: i64,
    pub actor: &'a str,
    pub action: &'a str,
    pub target: &'a str,
    pub details: &'a serde_json::Value,
    pub credits: Option<i64>,
}

/// The statement recording an event with these columns: on PostgreSQL it
/// takes the chain's shared lock before the id is drawn (see
/// [`super::chain`]).
fn insert_sql(conn: &Db, columns: &str, placeholders: &str) -> String {
    match conn.engine() {
        #[cfg(feature = "postgres")]
        super::sql::Engine::Postgres => super::chain::insert_event_sql(columns, placeholders),
        _ => format!("INSERT INTO events ({columns}) VALUES ({placeholders})"),
    }
}

pub fn insert(conn: &Db, event: &NewEvent) -> Result<i64> {
    // Kept prepared: an import records one event per user.
    let sql = insert_sql(
        conn,
        "at, actor, action, target, details, credits",
        "?1, ?2, ?3, ?4, ?5, ?6",
    );
    Ok(conn.insert(
        &sql,
        params![
            event.at,
            event.actor,
            event.action,
            event.target,
            event.details.to_string(),
            event.credits
        ],
    )?)
}

/// Records one event per target, in order, all with the same time, actor,
/// action and details, with one prepared statement: for a change to many
/// accounts, which is audited account by account.
pub fn insert_each<'a>(
    conn: &Db,
    at: i64,
    actor: &str,
    action: &str,
    targets: impl IntoIterator<Item = &'a str>,
    details: &serde_json::Value,
) -> Result<()> {
    let details = details.to_string();
    let sql = insert_sql(
        conn,
        "at, actor, action, target, details",
        "?1, ?2, ?3, ?4, ?5",
    );
    let mut stmt = conn.prepare(&sql)?;
    for target in targets {
        stmt.execute(params![at, actor, action, target, details])?;
    }
    Ok(())
}

/// Whether any event is about `name` or by it: the trace a deleted user
/// leaves.
pub fn any_about(conn: &Db, name: &str) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM events WHERE target = ?1)
             OR EXISTS (SELECT 1 FROM events WHERE actor = ?1)",
        [name],
        |r| r.get(0),
    )?)
}

/// Whether an event of `action` was recorded at `since` or later (the
/// newest of that action, through its index).
pub fn recent(conn: &Db, action: &str, since: i64) -> Result<bool> {
    let newest: Option<i64> = conn
        .query_row(
            "SELECT at FROM events WHERE action = ?1 ORDER BY id DESC LIMIT 1",
            params![action],
            |r| r.get(0),
        )
        .optional()?;
    Ok(newest.is_some_and(|at| at >= since))
}

/// Calls `each` for every matching event, newest first, streaming rows so a
/// long log prints in constant memory.
pub fn for_each(
    conn: &Db,
    filter: &EventFilter,
    mut each: impl FnMut(Event) -> Result<()>,
) -> Result<()> {
    let mut sql = String::from(
        "SELECT id, at, actor, action, target, details, credits FROM events WHERE 1 = 1",
    );
    let mut args: Vec<Box<dyn Param>> = Vec::new();
    // With a time bound, SQLite is kept off the indexes of actions and
    // actors (`+column` uses none): a few values shared by millions of
    // events, which it would sort whole, where the time index reads just
    // the window. A target's index stays (few events each). PostgreSQL
    // weighs this with its statistics.
    let timed = filter.since.is_some() || filter.until.is_some();
    let by_time = |column: &'static str| match (timed, conn.engine()) {
        (true, super::sql::Engine::Sqlite) => match column {
            "actor" => "+actor",
            _ => "+action",
        },
        _ => column,
    };
    if let Some(since) = filter.since {
        sql.push_str(" AND at >= ?");
        args.push(Box::new(since));
    }
    if let Some(until) = filter.until {
        sql.push_str(" AND at < ?");
        args.push(Box::new(until));
    }
    if let Some(actor) = &filter.actor {
        sql.push_str(&format!(" AND {} = ?", by_time("actor")));
        args.push(Box::new(actor.clone()));
    }
    if let Some(action) = &filter.action {
        match action.strip_suffix('*') {
            Some(prefix) => {
                sql.push_str(&format!(" AND substr({}, 1, ?) = ?", by_time("action")));
                args.push(Box::new(prefix.chars().count() as i64));
                args.push(Box::new(prefix.to_string()));
            }
            None => {
                sql.push_str(&format!(" AND {} = ?", by_time("action")));
                args.push(Box::new(action.clone()));
            }
        }
    }
    if let Some(target) = &filter.target {
        sql.push_str(" AND target = ?");
        args.push(Box::new(target.clone()));
    }
    if let Some(subject) = &filter.subject {
        // The action range lets the stand-in's part use the action index.
        sql.push_str(conn.pick(
            " AND (target = ? OR actor = ? OR (action >= 'backup-user.' AND action < 'backup-user/' \
             AND CASE WHEN json_valid(details) THEN json_extract(details, '$.backup_user') END = ?))",
            " AND (target = ? OR actor = ? OR (action >= 'backup-user.' AND action < 'backup-user/' \
             AND warden_json_text(details, 'backup_user') = ?))",
        ));
        for _ in 0..3 {
            args.push(Box::new(subject.clone()));
        }
    }
    // Newest first. With a time bound, by time (then id): the time index
    // then gives the window alone, in order, whatever the log's size; by
    // id, the whole log would be walked to find where the window starts.
    // The two orders differ only for events recorded with a clock set
    // back.
    if timed {
        sql.push_str(" ORDER BY at DESC, id DESC");
    } else {
        sql.push_str(" ORDER BY id DESC");
    }
    if let Some(limit) = filter.limit {
        sql.push_str(" LIMIT ?");
        args.push(Box::new(limit.min(i64::MAX as u64) as i64));
    }
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(args.as_slice())?;
    while let Some(row) = rows.next()? {
        let details: String = row.get(5)?;
        let event = Event {
            id: row.get(0)?,
            at: crate::time::from_unix(row.get(1)?)?,
            actor: row.get(2)?,
            action: row.get(3)?,
            target: row.get(4)?,
            details: serde_json::from_str(&details).unwrap_or(serde_json::Value::String(details)),
            credits: row.get(6)?,
        };
        each(event)?;
    }
    Ok(())
}
