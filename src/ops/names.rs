//! Names of every kind, read for the front end: shell completion and the
//! "did you mean …?" of a name that does not exist. Each is one statement
//! outside any transaction, so it never waits behind a writer's snapshot.

use crate::error::Result;
use crate::names::NameKind;
use crate::store::{names, Store};

/// The first `limit` names of a kind that start with `prefix`, in order.
pub fn starting_with(
    store: &mut Store,
    kind: NameKind,
    prefix: &str,
    limit: usize,
) -> Result<Vec<String>> {
    store.read_one(|conn| names::with_prefix(conn, kind, prefix, limit))
}

/// Names of a kind about as long as `name`, at most `limit` of them: the
/// candidates for "did you mean …?".
pub fn near(store: &mut Store, kind: NameKind, name: &str, limit: usize) -> Result<Vec<String>> {
    store.read_one(|conn| names::near(conn, kind, name, limit))
}
