//! Reading the audit log.

use crate::error::{Error, Result};
use crate::model::Event;
use crate::model::EventFilter;
use crate::store::events;
use crate::store::Store;

/// Streams matching events, newest first, to `each`.
pub fn for_each(
    store: &mut Store,
    filter: &EventFilter,
    each: impl FnMut(Event) -> Result<()>,
) -> Result<()> {
    check_range(filter.since, filter.until)?;
    store.read(|tx| events::for_each(tx, filter, each))
}

/// `--since` must come before `--until`: a range that holds nothing is a
/// mistake, not an empty answer.
pub fn check_range(since: Option<i64>, until: Option<i64>) -> Result<()> {
    match (since, until) {
        (Some(since), Some(until)) if until <= since => Err(Error::usage(
            "--until is not after --since, so no event could match",
        )
        .with_hint("--since is inclusive and --until exclusive: --since yesterday --until today")),
        _ => Ok(()),
    }
}
