//! One connection type over the two engines warden runs on.
//!
//! [`Db`] is a SQLite connection or a PostgreSQL one. Its methods follow
//! rusqlite's shape (`execute`, `query_row`, `prepare`, `query_map`,
//! `optional`) so that the statements of `store` are written once, in the
//! dialect both engines accept, with `?N` placeholders: on PostgreSQL they
//! become `$N` when a statement is first prepared, and the prepared
//! statement is kept for the life of the connection. Parameters are
//! [`Value`]s, bound as the type the server inferred for each placeholder;
//! cells are read by their column type, so an `int4` count or a boolean
//! comparison reads as an integer as it does on SQLite.

use std::fmt;

use crate::catalog::AccessLevel;
use crate::error::Error;
use crate::model::AccountState;

#[cfg(feature = "postgres")]
use super::pg;

/// Which engine a connection speaks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// An open connection to either engine.
pub enum Db {
    Sqlite(rusqlite::Connection),
    #[cfg(feature = "postgres")]
    Postgres(Box<pg::Conn>),
}

/// What a statement failed on, before it becomes a warden [`Error`].
#[derive(Debug)]
pub enum DbError {
    /// `query_row` found no row (see [`OptionalExtension::optional`]).
    NoRows,
    Sqlite(rusqlite::Error),
    #[cfg(feature = "postgres")]
    Postgres(postgres::Error),
    /// A cell that does not convert to the type asked for.
    Convert(String),
}

pub type SqlResult<T> = std::result::Result<T, DbError>;

impl fmt::Display for DbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DbError::NoRows => f.write_str("query returned no rows"),
            DbError::Sqlite(e) => e.fmt(f),
            #[cfg(feature = "postgres")]
            DbError::Postgres(e) => match e.as_db_error() {
                Some(db) => f.write_str(db.message()),
                None => e.fmt(f),
            },
            DbError::Convert(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for DbError {}

impl From<rusqlite::Error> for DbError {
    fn from(err: rusqlite::Error) -> Self {
        match err {
            rusqlite::Error::QueryReturnedNoRows => DbError::NoRows,
            other => DbError::Sqlite(other),
        }
    }
}

#[cfg(feature = "postgres")]
impl From<postgres::Error> for DbError {
    fn from(err: postgres::Error) -> Self {
        DbError::Postgres(err)
    }
}

impl From<DbError> for Error {
    fn from(err: DbError) -> Self {
        match err {
            DbError::NoRows => Error::failure("database error: query returned no rows"),
            DbError::Sqlite(e) => e.into(),
            #[cfg(feature = "postgres")]
            DbError::Postgres(e) => pg::explain(&e),
            DbError::Convert(m) => Error::failure(format!("database error: {m}")),
        }
    }
}

/// `query_row(...).optional()`: no row is `None`, not an error.
pub trait OptionalExtension<T> {
    fn optional(self) -> SqlResult<Option<T>>;
}

impl<T> OptionalExtension<T> for SqlResult<T> {
    fn optional(self) -> SqlResult<Option<T>> {
        match self {
            Ok(value) => Ok(Some(value)),
            Err(DbError::NoRows) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// A parameter's value, borrowed from the caller.
#[derive(Debug, Clone, Copy)]
pub enum Value<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
    Blob(&'a [u8]),
}

/// Something that binds to a placeholder.
pub trait Param {
    fn value(&self) -> Value<'_>;
}

macro_rules! int_param {
    ($($t:ty),*) => {$(
        impl Param for $t {
            fn value(&self) -> Value<'_> {
                // Saturates: warden's integers are ids, counts and times,
                // all far inside i64.
                Value::Int(i64::try_from(*self).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_param!(i64, i32, u32, u64, usize);

impl Param for bool {
    fn value(&self) -> Value<'_> {
        Value::Int(i64::from(*self))
    }
}

impl Param for f64 {
    fn value(&self) -> Value<'_> {
        Value::Real(*self)
    }
}

impl Param for str {
    fn value(&self) -> Value<'_> {
        Value::Text(self)
    }
}

impl Param for String {
    fn value(&self) -> Value<'_> {
        Value::Text(self)
    }
}

impl Param for [u8] {
    fn value(&self) -> Value<'_> {
        Value::Blob(self)
    }
}

impl Param for Value<'_> {
    fn value(&self) -> Value<'_> {
        *self
    }
}

impl<T: Param> Param for Option<T> {
    fn value(&self) -> Value<'_> {
        match self {
            Some(v) => v.value(),
            None => Value::Null,
        }
    }
}

impl<T: Param + ?Sized> Param for &T {
    fn value(&self) -> Value<'_> {
        (**self).value()
    }
}

impl<T: Param + ?Sized> Param for Box<T> {
    fn value(&self) -> Value<'_> {
        (**self).value()
    }
}

impl Param for AccountState {
    fn value(&self) -> Value<'_> {
        Value::Text(self.as_str())
    }
}

impl Param for AccessLevel {
    fn value(&self) -> Value<'_> {
        Value::Text(self.as_str())
    }
}

/// The parameters of one statement.
pub trait Params {
    fn values(&self) -> Vec<Value<'_>>;
}

impl Params for [&dyn Param; 0] {
    fn values(&self) -> Vec<Value<'_>> {
        Vec::new()
    }
}

impl Params for &[&dyn Param] {
    fn values(&self) -> Vec<Value<'_>> {
        self.iter().map(|p| p.value()).collect()
    }
}

impl Params for &[Box<dyn Param>] {
    fn values(&self) -> Vec<Value<'_>> {
        self.iter().map(|p| p.value()).collect()
    }
}

macro_rules! array_params {
    ($($n:literal),*) => {$(
        impl<T: Param> Params for [T; $n] {
            fn values(&self) -> Vec<Value<'_>> {
                self.iter().map(|p| p.value()).collect()
            }
        }
    )*};
}
array_params!(1, 2, 3, 4, 5, 6, 7, 8);

/// A list of parameters of different types: `params![id, name, now]`.
#[macro_export]
macro_rules! params {
    () => {
        &[] as &[&dyn $crate::store::sql::Param]
    };
    ($($p:expr),+ $(,)?) => {
        &[$(&$p as &dyn $crate::store::sql::Param),+] as &[&dyn $crate::store::sql::Param]
    };
}
pub use crate::params;

impl rusqlite::ToSql for Value<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match *self {
            Value::Null => ValueRef::Null,
            Value::Int(i) => ValueRef::Integer(i),
            Value::Real(r) => ValueRef::Real(r),
            Value::Text(t) => ValueRef::Text(t.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

/// One cell of a result row, borrowed from the row.
#[derive(Debug, Clone, Copy)]
pub enum Cell<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
    Blob(&'a [u8]),
}

/// A type a cell converts to.
pub trait FromCell: Sized {
    fn from_cell(cell: Cell<'_>) -> std::result::Result<Self, String>;
}

fn mismatch(cell: Cell<'_>, wanted: &str) -> String {
    let got = match cell {
        Cell::Null => "NULL",
        Cell::Int(_) => "an integer",
        Cell::Real(_) => "a real number",
        Cell::Text(_) => "text",
        Cell::Blob(_) => "a blob",
    };
    format!("expected {wanted}, found {got}")
}

macro_rules! int_cell {
    ($($t:ty),*) => {$(
        impl FromCell for $t {
            fn from_cell(cell: Cell<'_>) -> std::result::Result<Self, String> {
                match cell {
                    Cell::Int(i) => <$t>::try_from(i)
                        .map_err(|_| format!("integer {i} out of range for {}", stringify!($t))),
                    other => Err(mismatch(other, "an integer")),
                }
            }
        }
    )*};
}
int_cell!(i64, i32, u32, u64, usize);

impl FromCell for bool {
    fn from_cell(cell: Cell<'_>) -> std::result::Result<Self, String> {
        match cell {
            Cell::Int(i) => Ok(i != 0),
            other => Err(mismatch(other, "a boolean")),
        }
    }
}

impl FromCell for f64 {
    fn from_cell(cell: Cell<'_>) -> std::result::Result<Self, String> {
        match cell {
            Cell::Real(r) => Ok(r),
            Cell::Int(i) => Ok(i as f64),
            other => Err(mismatch(other, "a number")),
        }
    }
}

impl FromCell for String {
    fn from_cell(cell: Cell<'_>) -> std::result::Result<Self, String> {
        match cell {
            Cell::Text(t) => Ok(t.to_string()),
            other => Err(mismatch(other, "text")),
        }
    }
}

impl FromCell for Vec<u8> {
    fn from_cell(cell: Cell<'_>) -> std::result::Result<Self, String> {
        match cell {
            Cell::Blob(b) => Ok(b.to_vec()),
            Cell::Text(t) => Ok(t.as_bytes().to_vec()),
            other => Err(mismatch(other, "a blob")),
        }
    }
}

impl<T: FromCell> FromCell for Option<T> {
    fn from_cell(cell: Cell<'_>) -> std::result::Result<Self, String> {
        match cell {
            Cell::Null => Ok(None),
            other => T::from_cell(other).map(Some),
        }
    }
}

/// An unknown stored state is an error, never a guess.
impl FromCell for AccountState {
    fn from_cell(cell: Cell<'_>) -> std::result::Result<Self, String> {
        match cell {
            Cell::Text(t) => t.parse(),
            other => Err(mismatch(other, "an account state")),
        }
    }
}

/// An unknown stored level is an error, never "no permissions".
impl FromCell for AccessLevel {
    fn from_cell(cell: Cell<'_>) -> std::result::Result<Self, String> {
        match cell {
            Cell::Text(t) => t.parse(),
            other => Err(mismatch(other, "an access level")),
        }
    }
}

/// A cell of any type, owned: for tooling that reads whole rows.
#[derive(Debug, Clone, PartialEq)]
pub enum Owned {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl FromCell for Owned {
    fn from_cell(cell: Cell<'_>) -> std::result::Result<Self, String> {
        Ok(match cell {
            Cell::Null => Owned::Null,
            Cell::Int(i) => Owned::Int(i),
            Cell::Real(r) => Owned::Real(r),
            Cell::Text(t) => Owned::Text(t.to_string()),
            Cell::Blob(b) => Owned::Blob(b.to_vec()),
        })
    }
}

/// A column position (rusqlite's `get` takes the same first type
/// parameter, so `r.get::<_, String>(0)` reads alike).
pub trait ColumnIndex {
    fn index(self) -> usize;
}

impl ColumnIndex for usize {
    fn index(self) -> usize {
        self
    }
}

/// One row of a result.
pub enum Row<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    #[cfg(feature = "postgres")]
    Postgres(&'r postgres::Row),
}

impl Row<'_> {
    pub fn get<I: ColumnIndex, T: FromCell>(&self, index: I) -> SqlResult<T> {
        let index = index.index();
        let converted = match self {
            Row::Sqlite(row) => {
                use rusqlite::types::ValueRef;
                let cell = match row.get_ref(index)? {
                    ValueRef::Null => Cell::Null,
                    ValueRef::Integer(i) => Cell::Int(i),
                    ValueRef::Real(r) => Cell::Real(r),
                    ValueRef::Text(t) => Cell::Text(
                        std::str::from_utf8(t)
                            .map_err(|e| DbError::Convert(format!("column {index}: {e}")))?,
                    ),
                    ValueRef::Blob(b) => Cell::Blob(b),
                };
                T::from_cell(cell)
            }
            #[cfg(feature = "postgres")]
            Row::Postgres(row) => T::from_cell(pg::cell(row, index)?),
        };
        converted.map_err(|e| DbError::Convert(format!("column {index}: {e}")))
    }

    /// How many columns the row has.
    pub fn len(&self) -> usize {
        match self {
            Row::Sqlite(row) => row.as_ref().column_count(),
            #[cfg(feature = "postgres")]
            Row::Postgres(row) => row.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A prepared statement.
pub struct Statement<'c> {
    inner: StatementInner<'c>,
}

enum StatementInner<'c> {
    Sqlite(rusqlite::CachedStatement<'c>),
    #[cfg(feature = "postgres")]
    Postgres(&'c pg::Conn, postgres::Statement),
}

/// The rows of a query, one at a time.
pub struct Rows<'s> {
    inner: RowsInner<'s>,
}

enum RowsInner<'s> {
    Sqlite(rusqlite::Rows<'s>),
    #[cfg(feature = "postgres")]
    Postgres(std::vec::IntoIter<postgres::Row>, Option<postgres::Row>),
}

impl Rows<'_> {
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> SqlResult<Option<Row<'_>>> {
        match &mut self.inner {
            RowsInner::Sqlite(rows) => Ok(rows.next()?.map(Row::Sqlite)),
            #[cfg(feature = "postgres")]
            RowsInner::Postgres(rows, current) => {
                *current = rows.next();
                Ok(current.as_ref().map(Row::Postgres))
            }
        }
    }
}

/// The rows of a query, each turned into a value by a function.
pub struct MappedRows<'s, F> {
    rows: Rows<'s>,
    map: F,
}

impl<T, F> Iterator for MappedRows<'_, F>
where
    F: FnMut(&Row<'_>) -> SqlResult<T>,
{
    type Item = SqlResult<T>;

    fn next(&mut self) -> Option<SqlResult<T>> {
        match self.rows.next() {
            Ok(Some(row)) => Some((self.map)(&row)),
            Ok(None) => None,
            Err(e) => Some(Err(e)),
        }
    }
}

impl Statement<'_> {
    pub fn execute<P: Params>(&mut self, params: P) -> SqlResult<usize> {
        let values = params.values();
        match &mut self.inner {
            StatementInner::Sqlite(stmt) => {
                Ok(stmt.execute(rusqlite::params_from_iter(values.iter()))?)
            }
            #[cfg(feature = "postgres")]
            StatementInner::Postgres(conn, stmt) => conn.execute(stmt, &values),
        }
    }

    pub fn query<P: Params>(&mut self, params: P) -> SqlResult<Rows<'_>> {
        let values = params.values();
        let inner = match &mut self.inner {
            StatementInner::Sqlite(stmt) => {
                RowsInner::Sqlite(stmt.query(rusqlite::params_from_iter(values.iter()))?)
            }
            #[cfg(feature = "postgres")]
            StatementInner::Postgres(conn, stmt) => {
                RowsInner::Postgres(conn.query(stmt, &values)?.into_iter(), None)
            }
        };
        Ok(Rows { inner })
    }

    pub fn query_map<T, P, F>(&mut self, params: P, map: F) -> SqlResult<MappedRows<'_, F>>
    where
        P: Params,
        F: FnMut(&Row<'_>) -> SqlResult<T>,
    {
        Ok(MappedRows {
            rows: self.query(params)?,
            map,
        })
    }

    pub fn query_row<T, P, F>(&mut self, params: P, map: F) -> SqlResult<T>
    where
        P: Params,
        F: FnOnce(&Row<'_>) -> SqlResult<T>,
    {
        let mut rows = self.query(params)?;
        match rows.next()? {
            Some(row) => map(&row),
            None => Err(DbError::NoRows),
        }
    }

    pub fn exists<P: Params>(&mut self, params: P) -> SqlResult<bool> {
        Ok(self.query(params)?.next()?.is_some())
    }
}

impl Db {
    /// A plain connection to a database location (a SQLite file or a
    /// `postgres://` URL), with none of [`super::Store::open`]'s checks or
    /// migrations: for tooling that inspects a database warden made.
    pub fn connect(location: &std::path::Path) -> std::result::Result<Db, Error> {
        if super::is_postgres_url(location) {
            #[cfg(feature = "postgres")]
            {
                let url = location.to_str().unwrap_or_default();
                let (client, _) = pg::url::parse(url)?.connect()?;
                return Ok(Db::Postgres(Box::new(pg::Conn::new(client))));
            }
            #[cfg(not(feature = "postgres"))]
            return Err(Error::usage(
                "this warden was built without PostgreSQL support",
            ));
        }
        let conn = rusqlite::Connection::open_with_flags(
            location,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        Ok(Db::Sqlite(conn))
    }

    pub fn engine(&self) -> Engine {
        match self {
            Db::Sqlite(_) => Engine::Sqlite,
            #[cfg(feature = "postgres")]
            Db::Postgres(_) => Engine::Postgres,
        }
    }

    /// The statement for this engine, where the two dialects differ.
    pub fn pick<'s>(&self, sqlite: &'s str, postgres: &'s str) -> &'s str {
        match self.engine() {
            Engine::Sqlite => sqlite,
            Engine::Postgres => postgres,
        }
    }

    /// Prepares `sql`, or reuses the statement prepared for it before.
    pub fn prepare(&self, sql: &str) -> SqlResult<Statement<'_>> {
        let inner = match self {
            Db::Sqlite(conn) => StatementInner::Sqlite(conn.prepare_cached(sql)?),
            #[cfg(feature = "postgres")]
            Db::Postgres(conn) => StatementInner::Postgres(conn.as_ref(), conn.prepare(sql)?),
        };
        Ok(Statement { inner })
    }

    /// The same as [`Db::prepare`]: every statement is kept.
    pub fn prepare_cached(&self, sql: &str) -> SqlResult<Statement<'_>> {
        self.prepare(sql)
    }

    pub fn execute<P: Params>(&self, sql: &str, params: P) -> SqlResult<usize> {
        self.prepare(sql)?.execute(params)
    }

    pub fn query_row<T, P, F>(&self, sql: &str, params: P, map: F) -> SqlResult<T>
    where
        P: Params,
        F: FnOnce(&Row<'_>) -> SqlResult<T>,
    {
        self.prepare(sql)?.query_row(params, map)
    }

    /// Runs statements separated by semicolons, without parameters or
    /// placeholders (schema changes, engine settings).
    pub fn execute_batch(&self, sql: &str) -> SqlResult<()> {
        match self {
            Db::Sqlite(conn) => Ok(conn.execute_batch(sql)?),
            #[cfg(feature = "postgres")]
            Db::Postgres(conn) => conn.batch(sql),
        }
    }

    /// Forgets prepared statements, after a schema change.
    pub fn forget_statements(&self) {
        match self {
            Db::Sqlite(conn) => conn.flush_prepared_statement_cache(),
            #[cfg(feature = "postgres")]
            Db::Postgres(conn) => conn.forget_statements(),
        }
    }

    /// The SQLite connection, for what only SQLite has (pragmas, the
    /// online backup, file checks).
    pub fn sqlite(&self) -> Option<&rusqlite::Connection> {
        match self {
            Db::Sqlite(conn) => Some(conn),
            #[cfg(feature = "postgres")]
            Db::Postgres(_) => None,
        }
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

    #[test]
    fn cells_convert_or_say_what_they_found() {
        assert_eq!(i64::from_cell(Cell::Int(7)), Ok(7));
        assert_eq!(Option::<i64>::from_cell(Cell::Null), Ok(None));
        assert!(i64::from_cell(Cell::Text("7"))
            .unwrap_err()
            .contains("found text"));
        assert!(AccountState::from_cell(Cell::Text("gone")).is_err());
        assert_eq!(bool::from_cell(Cell::Int(1)), Ok(true));
    }
}
