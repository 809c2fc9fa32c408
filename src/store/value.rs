//! The values and errors both engines share: what a parameter binds, what
//! a cell holds and converts to, and what a statement failed on. A leaf of
//! the store: the engines (`sqlite`, `pg`) and the dispatch over them
//! (`sql`) import it; it imports neither.

use std::fmt;

use crate::catalog::AccessLevel;
use crate::model::AccountState;

/// warden's mark in the SQLite header (`PRAGMA application_id`), and in
/// PostgreSQL's `warden_meta` and advisory lock: "WRDN".
pub const APPLICATION_ID: i32 = 0x5752_444E;

/// Which engine a connection speaks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
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
#[doc(hidden)]
#[macro_export]
macro_rules! params {
    () => {
        &[] as &[&dyn $crate::unstable::store::value::Param]
    };
    ($($p:expr),+ $(,)?) => {
        &[$(&$p as &dyn $crate::unstable::store::value::Param),+] as &[&dyn $crate::unstable::store::value::Param]
    };
}
pub use crate::params;

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

#[cfg(test)]
mod tests {
    use super::*;

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
