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

use crate::error::Error;

#[cfg(feature = "postgres")]
use super::pg;
use super::sqlite;
pub use super::value::{
    params, Cell, ColumnIndex, DbError, Engine, FromCell, OptionalExtension, Owned, Param, Params,
    SqlResult, Value,
};

/// An open connection to either engine.
pub enum Db {
    Sqlite(rusqlite::Connection),
    #[cfg(feature = "postgres")]
    Postgres(Box<pg::Conn>),
}

impl From<DbError> for Error {
    fn from(err: DbError) -> Self {
        match err {
            DbError::NoRows => Error::failure("database error: query returned no rows"),
            DbError::Sqlite(e) => e.into(),
            #[cfg(feature = "postgres")]
            DbError::Postgres(e) => pg::explain(&e).with_source(e),
            DbError::Convert(m) => Error::failure(format!("database error: {m}")),
        }
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
            Row::Sqlite(row) => T::from_cell(sqlite::cell(row, index)?),
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
            StatementInner::Sqlite(stmt) => sqlite::execute(stmt, &values),
            #[cfg(feature = "postgres")]
            StatementInner::Postgres(conn, stmt) => conn.execute(stmt, &values),
        }
    }

    pub fn query<P: Params>(&mut self, params: P) -> SqlResult<Rows<'_>> {
        let values = params.values();
        let inner = match &mut self.inner {
            StatementInner::Sqlite(stmt) => RowsInner::Sqlite(sqlite::query(stmt, &values)?),
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
        if is_postgres_url(location) {
            #[cfg(feature = "postgres")]
            {
                let url = location.to_str().unwrap_or_default();
                // Tooling, as the command line: libpq's password file.
                let password_file = pg::url::password_file_from_env();
                let (client, _) = pg::url::parse(url)?.connect(password_file.as_deref())?;
                return Ok(Db::Postgres(Box::new(pg::Conn::new(client))));
            }
            #[cfg(not(feature = "postgres"))]
            return Err(Error::usage(
                "this warden was built without PostgreSQL support",
            ));
        }
        Ok(Db::Sqlite(sqlite::connect_plain(location)?))
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

    /// Runs `insert`, an INSERT into a table keyed by `id`, and gives the
    /// new row's id. SQLite runs it as written and reads the connection's
    /// last row id: there `RETURNING` runs as a trigger, and a statement
    /// with a trigger keeps a statement journal, a copy of every page the
    /// row changes written to a temporary file (ten pages a user in an
    /// import, one million writes for 100,000 users). PostgreSQL gets
    /// `RETURNING id`.
    pub fn insert<P: Params>(&self, insert: &str, params: P) -> SqlResult<i64> {
        match self {
            Db::Sqlite(conn) => {
                self.prepare(insert)?.execute(params)?;
                Ok(conn.last_insert_rowid())
            }
            #[cfg(feature = "postgres")]
            Db::Postgres(_) => self
                .prepare(&format!("{insert} RETURNING id"))?
                .query_row(params, |r| r.get(0)),
        }
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

/// Whether a database location is a PostgreSQL URL (`postgres://…` or
/// `postgresql://…`) rather than a SQLite file.
pub fn is_postgres_url(location: &std::path::Path) -> bool {
    location
        .to_str()
        .is_some_and(|s| s.starts_with("postgres://") || s.starts_with("postgresql://"))
}

/// A PostgreSQL URL as libpq's programs (`pg_dump`) should be given it,
/// asking them to verify the server at least as warden does (see
/// [`pg::url::for_libpq`]).
pub fn libpq_url(url: &str) -> String {
    #[cfg(feature = "postgres")]
    {
        pg::url::for_libpq(url)
    }
    #[cfg(not(feature = "postgres"))]
    {
        url.to_string()
    }
}

/// The page cache for an import of `rows` users: room for the pages it
/// dirties, within a bound, so that peak memory does not grow with the
/// file. Beyond it SQLite writes dirty pages to the log before the commit
/// (still one transaction), which costs a little time, not memory.
pub fn room_for_import(conn: &Db, rows: u64) -> crate::error::Result<()> {
    if rows >= 1000 && conn.engine() == Engine::Sqlite {
        conn.execute_batch("PRAGMA cache_size = -16384")?;
    }
    Ok(())
}

/// Lets the page cache hold the pages a change to many rows dirties
/// (up to 64 MiB, allocated only as pages are used; SQLite's default is
/// 2 MiB), so SQLite does not write them out mid-transaction and read them
/// back. Lasts as long as the connection, which is one command's.
pub fn room_for_many(conn: &Db, rows: usize) -> crate::error::Result<()> {
    if rows >= 1000 && conn.engine() == Engine::Sqlite {
        conn.execute_batch("PRAGMA cache_size = -65536")?;
    }
    Ok(())
}
