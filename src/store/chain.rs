//! The SHA-256 chain over the audit log: each event's link hashes the link
//! before it and the event's canonical encoding, in id order.
//!
//! ```text
//! link(0)  = SHA-256("warden audit chain v1")            (before the first event)
//! link(e)  = SHA-256(link(previous) || "warden event v1" || u64 id || i64 at
//!                    || text actor || text action || text target || text details
//!                    || credits)
//! text s   = u32 length of s in bytes || s (UTF-8)
//! credits  = 0x00 when none, else 0x01 || i64
//! ```
//!
//! Integers are big-endian. `details` is the stored JSON text, byte for
//! byte. The links live in `event_links`, one per event, appended and
//! never changed (triggers refuse it).
//!
//! The chain is extended lazily ([`extend`]): by `audit verify`, `audit
//! head` and `maintenance`, under a lock that no event can slip past. On
//! SQLite the extension runs in a write transaction, which no other
//! writer shares: every event it can see is committed, and every later one
//! will have a larger id. On PostgreSQL a sequence can hand out ids in one
//! order and commit them in another, so every transaction that records an
//! event takes a shared advisory lock (the chain's key) before its id is
//! drawn, and holds it to its end; the extension takes the same key
//! exclusively, which waits for every such transaction to end and holds
//! new ones back until it has chained what it sees. Lock order: the
//! schema's write lock (when taken) before the chain's key, never after.

use sha2::{Digest, Sha256};

use super::sql::{params, Db, OptionalExtension, Param};
use crate::error::Result;

/// One link: a SHA-256 digest.
pub type Link = [u8; 32];

/// The link before the first event.
pub fn genesis() -> Link {
    Sha256::digest(b"warden audit chain v1").into()
}

/// An event as the chain reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub id: i64,
    pub at: i64,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub details: String,
    pub credits: Option<i64>,
}

/// The link of `event` after `previous`.
pub fn link(previous: &Link, event: &Stored) -> Link {
    let mut h = Sha256::new();
    h.update(previous);
    h.update(b"warden event v1");
    h.update(event.id.to_be_bytes());
    h.update(event.at.to_be_bytes());
    for text in [&event.actor, &event.action, &event.target, &event.details] {
        // An event's fields are far below 4 GiB (inputs are bounded).
        h.update(u32::try_from(text.len()).unwrap_or(u32::MAX).to_be_bytes());
        h.update(text.as_bytes());
    }
    match event.credits {
        None => h.update([0u8]),
        Some(credits) => {
            h.update([1u8]);
            h.update(credits.to_be_bytes());
        }
    }
    h.finalize().into()
}

/// A link as text: 64 lowercase hexadecimal digits.
pub fn hex(link: &Link) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(64);
    for b in link {
        text.push(char::from(DIGITS[usize::from(b >> 4)]));
        text.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    text
}

/// A link read back from its text, if it is one.
pub fn parse_hex(text: &str) -> Option<Link> {
    if text.len() != 64 || !text.is_ascii() {
        return None;
    }
    let mut link = [0u8; 32];
    for (i, byte) in link.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(link)
}

/// How many events are read at a time: memory stays bounded at any size.
const BATCH: i64 = 4096;
/// How many links one statement appends.
const ROWS_PER_INSERT: usize = 256;

/// The second key of the chain's advisory lock on PostgreSQL: the schema's,
/// as for the write lock; the first is warden's key plus one.
#[cfg(feature = "postgres")]
fn lock_key() -> String {
    format!(
        "{}, hashtext(coalesce(current_schema(), ''))",
        super::pg::LOCK_KEY.wrapping_add(1)
    )
}

/// On PostgreSQL, the statement that records an event: it takes the chain's
/// key shared before the sequence gives the event its id (see the module's
/// words), in the same round trip.
#[cfg(feature = "postgres")]
pub fn insert_event_sql(columns: &str, placeholders: &str) -> String {
    format!(
        "INSERT INTO events ({columns}) SELECT {placeholders}
           FROM (SELECT pg_advisory_xact_lock_shared({})) AS chain_turn",
        lock_key()
    )
}

/// The newest link: (event id, link), or none before the first event is
/// chained.
pub fn head(conn: &Db) -> Result<Option<(i64, Link)>> {
    newest(
        conn,
        "SELECT id, link FROM event_links ORDER BY id DESC LIMIT 1",
    )
}

/// The last archived event and its link, if any event was archived.
fn archived_through(conn: &Db) -> Result<Option<(i64, Link)>> {
    newest(
        conn,
        "SELECT last_id, last_link FROM audit_archives ORDER BY last_id DESC LIMIT 1",
    )
}

/// The one (id, link) row `sql` selects, if any.
fn newest(conn: &Db, sql: &str) -> Result<Option<(i64, Link)>> {
    let row: Option<(i64, Vec<u8>)> = conn
        .query_row(sql, params![], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(row.map(|(id, link)| (id, to_link(&link))))
}

/// A stored link as a [`Link`] (a short one is padded with zeros, so it
/// never matches).
pub fn to_link(bytes: &[u8]) -> Link {
    let mut link = [0u8; 32];
    let n = bytes.len().min(32);
    link[..n].copy_from_slice(&bytes[..n]);
    link
}

/// Events after `after`, in id order, at most [`BATCH`].
fn events_after(conn: &Db, after: i64) -> Result<Vec<Stored>> {
    let mut stmt = conn.prepare(
        "SELECT id, at, actor, action, target, details, credits FROM events
          WHERE id > ?1 ORDER BY id LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![after, BATCH], |r| stored(r, r.get(0)?))?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

/// Event `id` from columns 1 to 6 of a row: at, actor, action, target,
/// details, credits.
fn stored(r: &super::sql::Row<'_>, id: i64) -> super::sql::SqlResult<Stored> {
    Ok(Stored {
        id,
        at: r.get(1)?,
        actor: r.get(2)?,
        action: r.get(3)?,
        target: r.get(4)?,
        details: r.get(5)?,
        credits: r.get(6)?,
    })
}

/// Appends links for `links`, many to a statement.
fn append(conn: &Db, links: &[(i64, Link)]) -> Result<()> {
    for chunk in links.chunks(ROWS_PER_INSERT) {
        let placeholders: Vec<String> = (0..chunk.len())
            .map(|i| format!("(?{}, ?{})", 2 * i + 1, 2 * i + 2))
            .collect();
        let sql = format!(
            "INSERT INTO event_links (id, link) VALUES {}",
            placeholders.join(", ")
        );
        let blobs: Vec<&[u8]> = chunk.iter().map(|(_, link)| &link[..]).collect();
        let mut values: Vec<&dyn Param> = Vec::with_capacity(2 * chunk.len());
        for ((id, _), blob) in chunk.iter().zip(&blobs) {
            values.push(id);
            values.push(blob);
        }
        // Full chunks share one kept statement; the last is prepared once.
        let mut stmt = if chunk.len() == ROWS_PER_INSERT {
            conn.prepare_cached(&sql)?
        } else {
            conn.prepare(&sql)?
        };
        stmt.execute(&values[..])?;
    }
    Ok(())
}

/// Chains every event not chained yet, in id order; returns how many were
/// added and the head. Call inside a write transaction.
pub fn extend(conn: &Db) -> Result<(u64, Option<(i64, Link)>)> {
    #[cfg(feature = "postgres")]
    if conn.engine() == super::sql::Engine::Postgres {
        conn.execute(
            &format!("SELECT pg_advisory_xact_lock({}) IS NULL", lock_key()),
            params![],
        )?;
    }
    // After an archive that took every chained event, the chain goes on
    // from the archive's last link.
    let mut last = match head(conn)? {
        Some(head) => Some(head),
        None => archived_through(conn)?,
    };
    let mut added = 0u64;
    loop {
        let (after, mut previous) = match last {
            Some((id, link)) => (id, link),
            None => (0, genesis()),
        };
        let batch = events_after(conn, after)?;
        if batch.is_empty() {
            return Ok((added, last));
        }
        let mut links = Vec::with_capacity(batch.len());
        for event in &batch {
            previous = link(&previous, event);
            links.push((event.id, previous));
        }
        append(conn, &links)?;
        added += links.len() as u64;
        last = links.last().copied();
    }
}

/// What is wrong with the chain at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Break {
    /// The event's link does not follow from the link before it and the
    /// event: the event (or the link) was changed, or events swapped.
    Changed(i64),
    /// A link whose event is gone.
    Removed(i64),
    /// An event inside the chained range without a link: put in later.
    Inserted(i64),
    /// An event or link at or before the last archived event: it should
    /// have left with the archive, so it was put in afterwards.
    Leftover(i64),
}

impl Break {
    /// The event (or link) it is at.
    pub fn id(&self) -> i64 {
        match self {
            Break::Changed(id) | Break::Removed(id) | Break::Inserted(id) | Break::Leftover(id) => {
                *id
            }
        }
    }
}

/// What a walk of the whole chain found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Walk {
    /// Events whose link was checked.
    pub checked: u64,
    /// The first and last event ids seen.
    pub first: Option<i64>,
    pub head: Option<(i64, Link)>,
    /// Events recorded after the chain was last extended: not covered yet.
    pub unchained: u64,
    /// Every break, in id order (at most [`MAX_BREAKS`] of them).
    pub breaks: Vec<Break>,
}

/// Breaks listed at most; past them the walk stops.
pub const MAX_BREAKS: usize = 100;

/// One row of the walk: an event, its link, or both, by id.
type Place = (i64, Option<Stored>, Option<Link>);

/// Events and links together in id order after `after`, at most a batch.
fn places_after(conn: &Db, after: i64) -> Result<Vec<Place>> {
    let mut stmt = conn.prepare(
        "SELECT u.id, e.at, e.actor, e.action, e.target, e.details, e.credits, e.id IS NOT NULL, l.link
           FROM (SELECT id FROM events WHERE id > ?1
                 UNION SELECT id FROM event_links WHERE id > ?1
                 ORDER BY id LIMIT ?2) u
           LEFT JOIN events e ON e.id = u.id
           LEFT JOIN event_links l ON l.id = u.id
          ORDER BY u.id",
    )?;
    let rows = stmt.query_map(params![after, BATCH], |r| {
        let id: i64 = r.get(0)?;
        let present: bool = r.get(7)?;
        let event = if present { Some(stored(r, id)?) } else { None };
        let link: Option<Vec<u8>> = r.get(8)?;
        Ok((id, event, link.map(|l| to_link(&l))))
    })?;
    Ok(rows.collect::<super::sql::SqlResult<_>>()?)
}

/// What a walk shows its caller, place by place.
#[derive(Debug)]
pub enum Seen<'a> {
    /// An event whose stored link follows from the one before it.
    Event(&'a Stored, &'a Link),
    /// A break, also kept in [`Walk::breaks`].
    Break(&'a Break),
}

/// Whether a walk goes on after a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Go,
    Stop,
}

/// Walks the chain in the database in id order, checking each link
/// against the stored link before it, so one break is reported where it
/// is and does not hide the rest. The chain starts at `base`, the last
/// archived event and its link (none: the first event follows
/// [`genesis`]); every event or link still at or before it is a
/// [`Break::Leftover`]. Read-only: extend first. (The triggers that
/// protect the log are checked by [`super::db::audit_log_problems`].)
pub fn walk(
    conn: &Db,
    base: Option<(i64, Link)>,
    visit: &mut dyn FnMut(Seen<'_>) -> Result<Flow>,
) -> Result<Walk> {
    let mut walk = Walk::default();
    let frontier = head(conn)?.map(|(id, _)| id).unwrap_or(0);
    let (floor, mut previous) = base.unwrap_or((i64::MIN, genesis()));
    // From the very bottom: an event put in with an id of 0 or below, or
    // below the last archive, is still seen.
    let mut after = i64::MIN;
    loop {
        let batch = places_after(conn, after)?;
        let Some(&(last, _, _)) = batch.last() else {
            break;
        };
        for (id, event, stored) in batch {
            let found = if id <= floor {
                Some(Break::Leftover(id))
            } else {
                walk.first.get_or_insert(id);
                match (event, stored) {
                    (Some(event), Some(stored)) => {
                        walk.checked += 1;
                        let found = link(&previous, &event) != stored;
                        previous = stored;
                        walk.head = Some((id, stored));
                        if found {
                            Some(Break::Changed(id))
                        } else if visit(Seen::Event(&event, &stored))? == Flow::Stop {
                            return Ok(walk);
                        } else {
                            None
                        }
                    }
                    (None, Some(stored)) => {
                        previous = stored;
                        Some(Break::Removed(id))
                    }
                    (Some(_), None) if id <= frontier => Some(Break::Inserted(id)),
                    // Recorded after the extension: the next one chains it.
                    (Some(_), None) => {
                        walk.unchained += 1;
                        None
                    }
                    (None, None) => None,
                }
            };
            if let Some(found) = found {
                let flow = visit(Seen::Break(&found))?;
                walk.breaks.push(found);
                if flow == Flow::Stop || walk.breaks.len() >= MAX_BREAKS {
                    return Ok(walk);
                }
            }
        }
        after = last;
    }
    Ok(walk)
}

/// The link stored for event `id`, if any.
pub fn link_of(conn: &Db, id: i64) -> Result<Option<Link>> {
    let link: Option<Vec<u8>> = conn
        .query_row(
            "SELECT link FROM event_links WHERE id = ?1",
            params![id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(link.map(|l| to_link(&l)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(id: i64, details: &str) -> Stored {
        Stored {
            id,
            at: 1_767_225_600,
            actor: "admin".into(),
            action: "user.add".into(),
            target: "alice".into(),
            details: details.into(),
            credits: None,
        }
    }

    #[test]
    fn every_field_of_an_event_moves_its_link_and_the_encoding_has_no_seams() {
        let base = event(1, "{}");
        let link0 = link(&genesis(), &base);
        let changes: Vec<Stored> = vec![
            Stored {
                id: 2,
                ..base.clone()
            },
            Stored {
                at: 1,
                ..base.clone()
            },
            Stored {
                actor: "root".into(),
                ..base.clone()
            },
            Stored {
                action: "user.delete".into(),
                ..base.clone()
            },
            Stored {
                target: "bob".into(),
                ..base.clone()
            },
            Stored {
                details: "{\"a\":1}".into(),
                ..base.clone()
            },
            Stored {
                credits: Some(0),
                ..base.clone()
            },
            // The same bytes split differently between two fields.
            Stored {
                actor: "admi".into(),
                action: "nuser.add".into(),
                ..base.clone()
            },
        ];
        for changed in changes {
            assert_ne!(link(&genesis(), &changed), link0, "{changed:?}");
        }
        assert_ne!(link(&link0, &base), link0, "the previous link counts");
        assert_eq!(parse_hex(&hex(&link0)), Some(link0));
        assert_eq!(parse_hex("zz"), None);
    }
}
