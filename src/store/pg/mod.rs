//! The PostgreSQL side of [`super::sql::Db`]: one synchronous connection,
//! its prepared statements, how cells and parameters convert, how a
//! transaction takes warden's write lock, and what a server error means
//! to a caller.

mod connect;
pub mod url;

use std::cell::RefCell;
use std::collections::HashMap;
use std::time::Duration;

use bytes::BytesMut;
use postgres::types::{IsNull, ToSql, Type};
use postgres::{Client, SimpleQueryMessage};

use super::value::{Cell, DbError, SqlResult, Value};
use crate::error::{Error, Kind, Remedy};

/// The first key of warden's advisory lock ("WRDN"); the second is the
/// schema's, so two warden databases in one PostgreSQL database do not
/// wait for each other.
pub const LOCK_KEY: i32 = super::value::APPLICATION_ID;

/// One connection and the statements prepared on it.
pub struct Conn {
    client: RefCell<Client>,
    statements: RefCell<HashMap<String, postgres::Statement>>,
    /// Whether writes take the advisory lock (always, except in the test
    /// that shows what the lock protects).
    lock: bool,
}

impl Conn {
    pub fn new(client: Client) -> Conn {
        Conn {
            client: RefCell::new(client),
            statements: RefCell::new(HashMap::new()),
            lock: !unlocked_for_a_test(),
        }
    }

    pub(super) fn prepare(&self, sql: &str) -> SqlResult<postgres::Statement> {
        if let Some(stmt) = self.statements.borrow().get(sql) {
            return Ok(stmt.clone());
        }
        let stmt = self
            .client
            .borrow_mut()
            .prepare(&numbered_placeholders(sql))?;
        self.statements
            .borrow_mut()
            .insert(sql.to_string(), stmt.clone());
        Ok(stmt)
    }

    pub(super) fn execute(&self, stmt: &postgres::Statement, values: &[Value]) -> SqlResult<usize> {
        let params: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v as _).collect();
        let n = self.client.borrow_mut().execute(stmt, &params)?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    pub(super) fn query(
        &self,
        stmt: &postgres::Statement,
        values: &[Value],
    ) -> SqlResult<Vec<postgres::Row>> {
        let params: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v as _).collect();
        Ok(self.client.borrow_mut().query(stmt, &params)?)
    }

    pub(super) fn batch(&self, sql: &str) -> SqlResult<()> {
        Ok(self.client.borrow_mut().batch_execute(sql)?)
    }

    /// Forgets prepared statements (after a schema change, whose tables
    /// they may name).
    pub(crate) fn forget_statements(&self) {
        self.statements.borrow_mut().clear();
    }

    /// Begins a write: waits up to `busy_timeout` for warden's lock on
    /// this schema, so writers queue exactly as `BEGIN IMMEDIATE` queues
    /// them on SQLite, and every check-then-write holds across hosts. A
    /// read-only server (a standby) is refused before any lock.
    pub(super) fn begin_write(&self, busy_timeout: Duration) -> Result<(), Error> {
        let millis = busy_timeout.as_millis().clamp(1, i32::MAX as u128);
        let lock = if self.lock {
            format!("pg_advisory_xact_lock({LOCK_KEY}, hashtext(coalesce(current_schema(), '')))")
        } else {
            "NULL".to_string()
        };
        let sql = format!(
            "BEGIN ISOLATION LEVEL READ COMMITTED;
             SET LOCAL lock_timeout = {millis};
             SELECT current_setting('transaction_read_only'),
                    (SELECT count(*) FROM (SELECT {lock} WHERE current_setting('transaction_read_only') = 'off') AS l)"
        );
        let answer = self.client.borrow_mut().simple_query(&sql);
        let read_only = match answer {
            Ok(messages) => messages.iter().any(|m| match m {
                SimpleQueryMessage::Row(row) => row.get(0) == Some("on"),
                _ => false,
            }),
            Err(e) => {
                self.end(false);
                return Err(explain(&e));
            }
        };
        if read_only {
            self.end(false);
            return Err(read_only_error());
        }
        Ok(())
    }

    /// Begins a read: one snapshot for the whole command.
    pub(super) fn begin_read(&self) -> Result<(), Error> {
        self.client
            .borrow_mut()
            .batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            .map_err(|e| explain(&e))
    }

    /// Commits (`true`) or rolls back. A failed rollback is not reported:
    /// the server drops the transaction with the connection anyway. A
    /// connection lost during COMMIT leaves the outcome unknown (the
    /// server may have committed before it went), and says so.
    pub(super) fn end(&self, commit: bool) -> Option<Error> {
        let sql = if commit { "COMMIT" } else { "ROLLBACK" };
        match self.client.borrow_mut().batch_execute(sql) {
            Ok(()) => None,
            Err(e) if commit && e.as_db_error().is_none() => Some(
                Error::failure(format!(
                    "lost the connection to the PostgreSQL server while committing ({e}): the change may or may not have been saved"
                ))
                .with_remedy(Remedy::LookBeforeRetrying),
            ),
            Err(e) if commit => Some(explain(&e)),
            Err(_) => None,
        }
    }

    /// Whether the connection is gone (the server restarted, a failover,
    /// an idle cut-off).
    pub(crate) fn is_closed(&self) -> bool {
        self.client.borrow().is_closed()
    }
}

/// Whether a test asked for writes without the advisory lock, to show
/// what the lock prevents (`WARDEN_TEST_UNLOCKED_WRITES=1`). Only a debug
/// build, as the tests run, reads the variable: a release build always
/// takes the lock.
fn unlocked_for_a_test() -> bool {
    cfg!(debug_assertions)
        && std::env::var_os("WARDEN_TEST_UNLOCKED_WRITES").is_some_and(|v| v == "1")
}

/// The read-only refusal, the same words as SQLite's with the reason a
/// PostgreSQL server gives.
fn read_only_error() -> Error {
    Error::failure("the database is read-only: cannot write to it").with_remedy(Remedy::UsePrimary)
}

/// What a PostgreSQL error means to a caller, as a warden error.
pub fn explain(err: &postgres::Error) -> Error {
    use postgres::error::SqlState;
    let Some(db) = err.as_db_error() else {
        let io = std::error::Error::source(err).is_some_and(|s| s.is::<std::io::Error>());
        if err.is_closed() || io {
            return lost_connection(err);
        }
        return Error::failure(format!("database error: {err}"));
    };
    let code = db.code();
    if *code == SqlState::LOCK_NOT_AVAILABLE
        || *code == SqlState::T_R_SERIALIZATION_FAILURE
        || *code == SqlState::T_R_DEADLOCK_DETECTED
    {
        return Error::new(
            Kind::Busy,
            "the database is busy: another process held its lock past the busy timeout",
        )
        .with_remedy(Remedy::WaitLonger);
    }
    if *code == SqlState::READ_ONLY_SQL_TRANSACTION {
        return read_only_error();
    }
    if *code == SqlState::ADMIN_SHUTDOWN
        || *code == SqlState::CRASH_SHUTDOWN
        || *code == SqlState::CANNOT_CONNECT_NOW
    {
        return lost_connection(err);
    }
    if *code == SqlState::DISK_FULL {
        return Error::failure("the disk is full: nothing was written")
            .with_hint("free some space on the database server and run the command again");
    }
    if *code == SqlState::INSUFFICIENT_PRIVILEGE {
        return Error::failure(format!("permission denied: {}", db.message())).with_hint(
            "grant the role warden connects as the privileges listed in warden-postgres(7)",
        );
    }
    if *code == SqlState::INVALID_PASSWORD || *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION
    {
        return Error::failure(format!("the server refused the login: {}", db.message()))
            .with_hint(
                "put the password in ~/.pgpass (mode 0600) or PGPASSFILE, never in the URL",
            );
    }
    Error::failure(format!("database error: {}", db.message()))
}

fn lost_connection(err: &postgres::Error) -> Error {
    Error::new(
        Kind::Busy,
        format!("lost the connection to the PostgreSQL server ({err}); nothing was changed"),
    )
    .with_hint("check that the server is up, then run the command again")
}

/// One cell, read by its column's type.
pub(super) fn cell(row: &postgres::Row, index: usize) -> SqlResult<Cell<'_>> {
    let Some(column) = row.columns().get(index) else {
        return Err(DbError::Convert(format!(
            "no column {index} (the row has {})",
            row.len()
        )));
    };
    let ty = column.type_();
    let cell = match *ty {
        Type::INT8 => row.try_get::<_, Option<i64>>(index)?.map(Cell::Int),
        Type::INT4 => row
            .try_get::<_, Option<i32>>(index)?
            .map(|i| Cell::Int(i.into())),
        Type::INT2 => row
            .try_get::<_, Option<i16>>(index)?
            .map(|i| Cell::Int(i.into())),
        Type::OID => row
            .try_get::<_, Option<u32>>(index)?
            .map(|i| Cell::Int(i.into())),
        Type::BOOL => row
            .try_get::<_, Option<bool>>(index)?
            .map(|b| Cell::Int(b.into())),
        Type::FLOAT8 => row.try_get::<_, Option<f64>>(index)?.map(Cell::Real),
        Type::FLOAT4 => row
            .try_get::<_, Option<f32>>(index)?
            .map(|r| Cell::Real(r.into())),
        Type::TEXT | Type::VARCHAR | Type::NAME | Type::BPCHAR | Type::UNKNOWN => {
            row.try_get::<_, Option<&str>>(index)?.map(Cell::Text)
        }
        Type::BYTEA => row.try_get::<_, Option<&[u8]>>(index)?.map(Cell::Blob),
        _ => {
            return Err(DbError::Convert(format!(
                "column {index} ({}) has the type {ty}, which warden does not read",
                column.name()
            )))
        }
    };
    Ok(cell.unwrap_or(Cell::Null))
}

/// Binds a value as the type the server inferred for its placeholder.
impl ToSql for Value<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut BytesMut,
    ) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match *self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(i) => match *ty {
                Type::INT8 => i.to_sql(ty, out),
                Type::INT4 => i32::try_from(i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(i)?.to_sql(ty, out),
                Type::BOOL => (i != 0).to_sql(ty, out),
                Type::FLOAT8 => (i as f64).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR | Type::UNKNOWN => i.to_string().to_sql(ty, out),
                _ => Err(format!("cannot pass an integer as {ty}").into()),
            },
            Value::Real(r) => match *ty {
                Type::FLOAT8 => r.to_sql(ty, out),
                Type::FLOAT4 => (r as f32).to_sql(ty, out),
                _ => Err(format!("cannot pass a real number as {ty}").into()),
            },
            Value::Text(t) => match *ty {
                Type::TEXT | Type::VARCHAR | Type::NAME | Type::BPCHAR | Type::UNKNOWN => {
                    t.to_sql(ty, out)
                }
                // JSON's binary form is its text; JSONB's is a version
                // byte, then the text.
                Type::JSON => {
                    out.extend_from_slice(t.as_bytes());
                    Ok(IsNull::No)
                }
                Type::JSONB => {
                    out.extend_from_slice(&[1]);
                    out.extend_from_slice(t.as_bytes());
                    Ok(IsNull::No)
                }
                _ => Err(format!("cannot pass text as {ty}").into()),
            },
            Value::Blob(b) => match *ty {
                Type::BYTEA => b.to_sql(ty, out),
                _ => Err(format!("cannot pass a blob as {ty}").into()),
            },
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

#[cfg(feature = "postgres")]
impl From<postgres::Error> for DbError {
    fn from(err: postgres::Error) -> Self {
        DbError::Postgres(err)
    }
}

/// `?N` and `?` placeholders as PostgreSQL's `$N`, outside quoted text.
pub fn numbered_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    // As SQLite numbers them: a bare `?` is one more than the largest
    // number so far.
    let mut largest: u32 = 0;
    let mut quote: Option<char> = None;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => {
                quote = None;
                out.push(c);
            }
            (Some(_), c) => out.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                out.push(c);
            }
            (None, '?') => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                let number = match digits.parse::<u32>() {
                    Ok(n) => n,
                    Err(_) => largest + 1,
                };
                largest = largest.max(number);
                digits = number.to_string();
                out.push('$');
                out.push_str(&digits);
            }
            (None, c) => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_outside_quotes() {
        assert_eq!(
            numbered_placeholders("SELECT ?1, ?12 FROM t WHERE a = '?' AND b = ?"),
            "SELECT $1, $12 FROM t WHERE a = '?' AND b = $13"
        );
        assert_eq!(
            numbered_placeholders("SELECT \"?\" , ? , ?"),
            "SELECT \"?\" , $1 , $2"
        );
    }
}
