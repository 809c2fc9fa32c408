//! Reading the audit log.

use crate::error::{Error, Result};
use crate::model::Event;
use crate::model::EventFilter;
use crate::store::Store;
use crate::store::{archives, chain, events};

/// Streams the archived events in `paths` (files, or folders of them)
/// that pass `filter`, newest first, to `each` (see
/// [`super::archive::for_each`]).
pub fn for_each_archived(
    paths: &[std::path::PathBuf],
    filter: &EventFilter,
    each: impl FnMut(Event) -> Result<()>,
) -> Result<()> {
    check_range(filter.since, filter.until)?;
    super::archive::for_each(paths, filter, each)
}

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

/// The newest chained event: its id and link.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Head {
    pub id: i64,
    /// The link, 64 hexadecimal digits.
    pub hash: String,
}

impl std::fmt::Display for Head {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.id, self.hash)
    }
}

impl Head {
    fn of((id, link): (i64, chain::Link)) -> Head {
        Head {
            id,
            hash: chain::hex(&link),
        }
    }

    /// `ID:HASH`, as `audit head` prints it.
    pub fn parse(text: &str) -> Result<(i64, chain::Link)> {
        let bad = || {
            Error::usage(format!("--head {text:?} is not ID:HASH"))
                .with_hint("give the line `warden audit head` printed, for example 5234:9f86d0…(64 hex digits)")
        };
        let (id, hash) = text.split_once(':').ok_or_else(bad)?;
        let id: i64 = id.trim().parse().map_err(|_| bad())?;
        let link = chain::parse_hex(&hash.trim().to_ascii_lowercase()).ok_or_else(bad)?;
        Ok((id, link))
    }
}

/// Chains every event not chained yet and returns the head: what `audit
/// head` prints and `maintenance` sends to the system log.
pub fn head(store: &mut Store) -> Result<Option<Head>> {
    let (_, head) = store.write(chain::extend)?;
    Ok(head.map(Head::of))
}

pub use super::archive::Problem;

/// What `audit verify` found.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Verified {
    /// Events whose link was checked, in the database and in the archives.
    pub checked: u64,
    /// Of them, events read from archive files.
    pub archived_checked: u64,
    /// Archive files read.
    pub archives: u64,
    /// Events chained by this run before the check.
    pub chained_now: u64,
    /// Events recorded since the chain was last extended, not covered:
    /// none unless the database could not be written here.
    pub unchained: u64,
    /// The first event in the database.
    pub first: Option<i64>,
    /// The last archived event, where the chain in the database starts.
    pub archived_through: Option<i64>,
    pub head: Option<Head>,
    pub intact: bool,
    pub problems: Vec<Problem>,
}

/// `audit verify`: chains what is not chained yet, then walks the whole
/// chain in the database from the last archive (or the first event); with
/// `archives`, reads those files as the chain before it, each checked
/// against what the database recorded of it; with `expected_head`, also
/// proves that event still has that link (a chain rewritten consistently
/// fails here).
pub fn verify(
    store: &mut Store,
    expected_head: Option<(i64, chain::Link)>,
    archive_files: &[std::path::PathBuf],
    progress: &mut dyn FnMut(u64),
) -> Result<Verified> {
    // A copy that cannot be written (a read-only file, a standby) is
    // still verified as far as it is chained; what was recorded since is
    // counted as not covered.
    let chained_now = match store.write(chain::extend) {
        Ok((added, _)) => added,
        Err(e) if e.is_read_only() => 0,
        Err(e) => return Err(e),
    };
    store.read(|tx| {
        let recorded = archives::all(tx)?;
        let mut problems: Vec<Problem> = crate::store::db::audit_log_problems(tx)?
            .into_iter()
            .map(|message| Problem {
                kind: "trigger-missing",
                id: None,
                message,
            })
            .collect();
        let mut files = super::archive::FilesChecked::default();
        if !archive_files.is_empty() {
            let wanted = expected_head.map(|(id, _)| id);
            files = super::archive::check_files(archive_files, &recorded, wanted, progress)?;
            problems.append(&mut files.problems);
        }
        let last = recorded.last();
        let base = last.map(|r| (r.last_id, r.last_link));
        let done = files.events;
        let mut seen = 0u64;
        let walk = chain::walk(tx, base, &mut |_| {
            seen += 1;
            if seen.is_multiple_of(65_536) {
                progress(done + seen);
            }
            Ok(chain::Flow::Go)
        })?;
        problems.extend(walk.breaks.iter().map(super::archive::break_problem));
        if let Some(last) = last {
            problems.extend(archive_record_problem(tx, last)?);
        }
        if let Some((id, expected)) = expected_head {
            let archived = last.is_some_and(|r| id <= r.last_id);
            let link = match chain::link_of(tx, id)? {
                None if archived && archive_files.is_empty() => {
                    problems.push(Problem {
                        kind: "head-archived",
                        id: Some(id),
                        message: format!("event {id}, the head kept elsewhere, has been archived since: give the archive files to prove it"),
                    });
                    Some(expected)
                }
                None if archived => files.wanted_link,
                found => found,
            };
            match link {
                Some(link) if link == expected => {}
                Some(link) => problems.push(Problem {
                    kind: "head-mismatch",
                    id: Some(id),
                    message: format!(
                        "event {id} has the link {}, not the {} the head kept elsewhere says: the log was rewritten",
                        chain::hex(&link),
                        chain::hex(&expected)
                    ),
                }),
                None => problems.push(Problem {
                    kind: "head-mismatch",
                    id: Some(id),
                    message: format!("event {id}, the head kept elsewhere, has no link in the database or the archives given: the log was rewritten or cut"),
                }),
            }
        }
        Ok(Verified {
            checked: walk.checked + files.events,
            archived_checked: files.events,
            archives: files.files,
            chained_now,
            unchained: walk.unchained,
            first: walk.first,
            archived_through: last.map(|r| r.last_id),
            head: walk.head.map(Head::of),
            intact: problems.is_empty(),
            problems,
        })
    })
}

/// The newest archive's `audit.archived` event is always in the database
/// (it was recorded after the archived events, and only a later archive
/// can move it): it must be there and name the same file, range, link and
/// SHA-256 as the record, or the record was put in by hand.
fn archive_record_problem(
    tx: &crate::store::Db,
    last: &archives::Recorded,
) -> Result<Option<Problem>> {
    let details = archives::newest_archived_event(tx)?;
    let agrees = details
        .and_then(|d| serde_json::from_str::<serde_json::Value>(&d).ok())
        .is_some_and(|d| {
            d["first_id"] == last.first_id
                && d["last_id"] == last.last_id
                && d["sha256"] == last.sha256.as_str()
                && d["last_link"] == chain::hex(&last.last_link).as_str()
                && d["file"] == last.file.as_str()
        });
    Ok((!agrees).then(|| Problem {
        kind: "archive-record",
        id: Some(last.last_id),
        message: format!(
            "the record of the archive of events {} to {} has no matching audit.archived event: it was not made by an archive run",
            last.first_id, last.last_id
        ),
    }))
}
