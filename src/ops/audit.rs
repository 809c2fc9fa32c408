//! Reading the audit log.

use crate::error::Result;
use crate::model::Event;
use crate::store::events::{self, EventFilter};
use crate::store::Store;

/// Streams matching events, newest first, to `each`.
pub fn for_each(
    store: &mut Store,
    filter: &EventFilter,
    each: impl FnMut(Event) -> Result<()>,
) -> Result<()> {
    store.read(|tx| events::for_each(tx, filter, each))
}
