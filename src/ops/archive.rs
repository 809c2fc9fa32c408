//! Archives of the audit log: `audit archive` moves the oldest events into
//! compressed JSON Lines files that carry their chain with them, and
//! `audit verify --archive` and `audit --archive` read them back.
//!
//! A file (`audit-FIRST-LAST.jsonl.gz`, gzip) holds one JSON object a line:
//!
//! ```text
//! {"format":"warden audit archive","version":1,"after":null | {"id":N,"link":HEX}}
//! {"id":…,"at":…,"actor":…,"action":…,"target":…,"details":{…},"credits":…,"link":HEX}
//! …
//! {"end":{"first_id":…,"last_id":…,"events":…,"last_link":HEX}}
//! ```
//!
//! `after` is the last event of the archive before (none for the first),
//! so each file's first link follows the previous file's last; `details`
//! is the stored JSON text byte for byte, as the link hashes it; `credits`
//! is left out when there are none. A file is complete only with its
//! closing line.
//!
//! A run takes the events in id order from the last archive on, stopping
//! at the first one recorded at or after `--before` (so an archive is
//! always a whole stretch of the chain), at most [`MAX_EVENTS_PER_FILE`] a
//! file. Each file is written under a temporary name, synced, linked to
//! its name (never over another file) and its folder synced; then one
//! transaction records it, records an `audit.archived` event, and removes
//! its events and links. Killed before that commit, the run leaves a file
//! nothing recorded, which the next run (under the same lock) recognises
//! as its own and replaces; killed after, the job is done.

use std::borrow::Cow;
use std::fs::{self, File};
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;
use flate2::write::GzEncoder;
use flate2::Compression;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use sha2::{Digest, Sha256};

use super::{record, Ctx};
use crate::error::{Error, Kind, Result};
use crate::model::{Event, EventFilter};
use crate::store::archives::{self, Recorded};
use crate::store::chain::{self, Flow, Link, Seen, Stored};
use crate::store::{Db, Store};

/// The most events one file holds unless told otherwise: a long backlog
/// becomes several files, each its own transaction, so a run's memory, its
/// journal and what a reader must hold to list a file newest first all
/// stay bounded.
pub const MAX_EVENTS_PER_FILE: u64 = 1_000_000;

const FORMAT: &str = "warden audit archive";
const VERSION: u32 = 1;
/// The lock file in the archive folder: one run at a time writes there.
const LOCK: &str = ".warden-audit-archive.lock";
const TEMP_PREFIX: &str = ".warden-audit-archive.";
const TEMP_SUFFIX: &str = ".tmp";

#[derive(Debug, Serialize, Deserialize)]
struct Header {
    format: String,
    version: u32,
    after: Option<After>,
}

/// The event an archive follows: its id and link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct After {
    id: i64,
    link: String,
}

#[derive(Serialize)]
struct EventOut<'a> {
    id: i64,
    at: i64,
    actor: &'a str,
    action: &'a str,
    target: &'a str,
    details: &'a RawValue,
    #[serde(skip_serializing_if = "Option::is_none")]
    credits: Option<i64>,
    link: String,
}

#[derive(Deserialize)]
struct EventIn<'a> {
    id: i64,
    at: i64,
    #[serde(borrow)]
    actor: Cow<'a, str>,
    #[serde(borrow)]
    action: Cow<'a, str>,
    #[serde(borrow)]
    target: Cow<'a, str>,
    #[serde(borrow)]
    details: &'a RawValue,
    #[serde(default)]
    credits: Option<i64>,
    link: &'a str,
}

#[derive(Debug, Serialize, Deserialize)]
struct Closing {
    end: End,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct End {
    first_id: i64,
    last_id: i64,
    events: u64,
    last_link: String,
}

/// One archive file written by a run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArchiveFile {
    pub file: String,
    pub sha256: String,
    pub first_id: i64,
    pub last_id: i64,
    pub events: u64,
    pub last_link: String,
}

/// What `audit archive` did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Archived {
    /// Events moved out of the database.
    pub events: u64,
    pub files: Vec<ArchiveFile>,
    /// Files an interrupted run had left, removed before writing.
    pub leftovers_removed: Vec<String>,
}

/// Bytes on their way to or from a file, hashed as they pass.
struct Hashing<T> {
    inner: T,
    hash: Sha256,
}

impl<T> Hashing<T> {
    fn new(inner: T) -> Self {
        Hashing {
            inner,
            hash: Sha256::new(),
        }
    }
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }
}

fn hex_digest(hash: Sha256) -> String {
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The name of the file holding events `first` to `last`.
fn file_name(first: i64, last: i64) -> String {
    format!("audit-{first:012}-{last:012}.jsonl.gz")
}

/// Whether `name` is an archive's name; its first id if so.
fn first_id_of(name: &str) -> Option<i64> {
    let rest = name.strip_prefix("audit-")?.strip_suffix(".jsonl.gz")?;
    let (first, last) = rest.split_once('-')?;
    last.parse::<i64>().ok()?;
    first.parse().ok()
}

/// The archive files named: a folder stands for every archive file in it
/// (`audit-*.jsonl.gz`), so a cron line needs no glob that an empty
/// folder would leave unexpanded.
fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::with_capacity(paths.len());
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let mut found = Vec::new();
        for entry in fs::read_dir(path).map_err(|e| Error::io(path.display(), &e))? {
            let entry = entry.map_err(|e| Error::io(path.display(), &e))?;
            let name = entry.file_name();
            if first_id_of(&name.to_string_lossy()).is_some() {
                found.push(entry.path());
            }
        }
        found.sort();
        files.extend(found);
    }
    Ok(files)
}

/// Holds the archive folder's lock for a run.
struct FolderLock {
    _lock: nix::fcntl::Flock<File>,
}

fn lock_folder(dir: &Path) -> Result<FolderLock> {
    let path = dir.join(LOCK);
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .mode(0o600)
        .open(&path)
        .map_err(|e| Error::io(path.display(), &e))?;
    match nix::fcntl::Flock::lock(file, nix::fcntl::FlockArg::LockExclusiveNonblock) {
        Ok(lock) => Ok(FolderLock { _lock: lock }),
        Err((_, nix::errno::Errno::EWOULDBLOCK)) => Err(Error::new(
            Kind::Busy,
            format!("another archive run is writing to {}", dir.display()),
        )
        .with_hint("wait for it to finish; it holds the lock file there")),
        Err((_, errno)) => Err(Error::failure(format!(
            "cannot lock {}: {}",
            path.display(),
            errno.desc()
        ))),
    }
}

/// The folder an archive goes to: it must exist and be a folder; its
/// absolute path is what the database records.
pub fn archive_folder(dir: &Path) -> Result<PathBuf> {
    let meta = fs::metadata(dir).map_err(|e| {
        Error::io(format!("archive folder {}", dir.display()), &e)
            .with_hint(format!("create it first: mkdir -p {}", dir.display()))
    })?;
    if !meta.is_dir() {
        return Err(Error::usage(format!("{} is not a folder", dir.display()))
            .with_hint("name the folder the archive files go to"));
    }
    fs::canonicalize(dir).map_err(|e| Error::io(dir.display(), &e))
}

fn sync_folder(dir: &Path) -> Result<()> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| Error::io(format!("syncing {}", dir.display()), &e))
}

/// Where the chain in the database starts: the last archive's last event
/// and link.
fn base_of(last: Option<&Recorded>) -> Option<(i64, Link)> {
    last.map(|r| (r.last_id, r.last_link))
}

fn after_of(base: Option<(i64, Link)>) -> Option<After> {
    base.map(|(id, link)| After {
        id,
        link: chain::hex(&link),
    })
}

/// Removes what an interrupted run left in `dir`: temporary files, and
/// archive files that start after the last recorded archive, follow it
/// (their first line names it) and hold this database's events (their
/// first event's link is the one stored here). A file of another
/// database is left alone.
fn remove_leftovers(conn: &Db, dir: &Path, base: Option<(i64, Link)>) -> Result<Vec<String>> {
    let mut removed = Vec::new();
    let entries = fs::read_dir(dir).map_err(|e| Error::io(dir.display(), &e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir.display(), &e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        let ours = if name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX) {
            true
        } else {
            match first_id_of(&name) {
                Some(first) if first > base.map_or(i64::MIN, |(id, _)| id) => {
                    left_by_us(conn, &path, base).unwrap_or(false)
                }
                _ => false,
            }
        };
        if ours {
            fs::remove_file(&path).map_err(|e| Error::io(path.display(), &e))?;
            removed.push(path.display().to_string());
        }
    }
    if !removed.is_empty() {
        sync_folder(dir)?;
    }
    Ok(removed)
}

/// Whether the archive file at `path` follows `base` and its first event
/// is this database's.
fn left_by_us(conn: &Db, path: &Path, base: Option<(i64, Link)>) -> Result<bool> {
    let mut reader = Reader::open(path)?;
    if reader.header.after != after_of(base) {
        return Ok(false);
    }
    match reader.next_event()? {
        Some((event, link)) => Ok(chain::link_of(conn, event.id)? == Some(link)),
        None => Ok(false),
    }
}

/// A file being written: events go in as they are read.
struct Writing {
    temp: PathBuf,
    out: BufWriter<GzEncoder<Hashing<BufWriter<File>>>>,
    first: Option<i64>,
    last: Option<(i64, Link)>,
    events: u64,
}

impl Writing {
    fn create(dir: &Path, base: Option<(i64, Link)>) -> Result<Writing> {
        let temp = dir.join(format!("{TEMP_PREFIX}{}{TEMP_SUFFIX}", std::process::id()));
        // As private as the database the events come from.
        let file = fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&temp)
            .map_err(|e| Error::io(temp.display(), &e))?;
        // Level 1: the links are random bytes that no level shrinks, and
        // the text around them compresses nearly as well at 1 as at 6, at
        // a fraction of the time.
        let gz = GzEncoder::new(
            Hashing::new(BufWriter::with_capacity(1 << 16, file)),
            Compression::fast(),
        );
        let mut writing = Writing {
            temp,
            out: BufWriter::with_capacity(1 << 16, gz),
            first: None,
            last: None,
            events: 0,
        };
        let header = Header {
            format: FORMAT.into(),
            version: VERSION,
            after: after_of(base),
        };
        writing.line(&header)?;
        Ok(writing)
    }

    fn line(&mut self, value: &impl Serialize) -> Result<()> {
        serde_json::to_writer(&mut self.out, value)
            .map_err(|e| Error::failure(format!("writing {}: {e}", self.temp.display())))?;
        self.out
            .write_all(b"\n")
            .map_err(|e| Error::io(self.temp.display(), &e))
    }

    fn push(&mut self, event: &Stored, link: &Link) -> Result<()> {
        let details = RawValue::from_string(event.details.clone()).map_err(|_| {
            Error::new(
                Kind::Tampered,
                format!("event {} holds details that are not JSON", event.id),
            )
            .with_hint("warden never writes such an event: run `warden audit verify`")
        })?;
        self.line(&EventOut {
            id: event.id,
            at: event.at,
            actor: &event.actor,
            action: &event.action,
            target: &event.target,
            details: &details,
            credits: event.credits,
            link: chain::hex(link),
        })?;
        self.first.get_or_insert(event.id);
        self.last = Some((event.id, *link));
        self.events += 1;
        Ok(())
    }

    /// Closes the file, syncs it and gives it its name (never over another
    /// file); returns what was written, or none (and no file) when no
    /// event was.
    fn finish(mut self, dir: &Path) -> Result<Option<ArchiveFile>> {
        let (Some(first), Some((last, last_link))) = (self.first, self.last) else {
            drop(self.out);
            let _ = fs::remove_file(&self.temp);
            return Ok(None);
        };
        let end = End {
            first_id: first,
            last_id: last,
            events: self.events,
            last_link: chain::hex(&last_link),
        };
        self.line(&Closing { end })?;
        let io = |e: std::io::Error| Error::io(self.temp.display(), &e);
        let gz = self.out.into_inner().map_err(|e| io(e.into_error()))?;
        let hashing = gz.finish().map_err(io)?;
        let sha256 = hex_digest(hashing.hash);
        let file = hashing.inner.into_inner().map_err(|e| io(e.into_error()))?;
        file.sync_all().map_err(io)?;
        drop(file);
        let path = dir.join(file_name(first, last));
        if let Err(e) = fs::hard_link(&self.temp, &path) {
            let _ = fs::remove_file(&self.temp);
            return Err(if e.kind() == std::io::ErrorKind::AlreadyExists {
                Error::conflict(format!(
                    "{} already exists and is not a file this database left",
                    path.display()
                ))
                .with_hint("archive to another folder, or move that file away")
            } else {
                Error::io(path.display(), &e)
            });
        }
        fs::remove_file(&self.temp).map_err(io)?;
        sync_folder(dir)?;
        Ok(Some(ArchiveFile {
            file: path.display().to_string(),
            sha256,
            first_id: first,
            last_id: last,
            events: self.events,
            last_link: chain::hex(&last_link),
        }))
    }
}

/// Writes the next file: the events after `base`, up to the first one at
/// or after `before`, the chain's head or [`MAX_EVENTS_PER_FILE`]; each
/// link checked on the way (a broken chain is never archived).
fn write_next(
    conn: &Db,
    dir: &Path,
    base: Option<(i64, Link)>,
    before: i64,
    head: i64,
    per_file: u64,
    progress: &mut dyn FnMut(u64),
) -> Result<Option<ArchiveFile>> {
    let mut writing = Writing::create(dir, base)?;
    let mut failed = None;
    let walked = chain::walk(conn, base, &mut |seen| match seen {
        Seen::Break(found) => {
            failed = Some(found.clone());
            Ok(Flow::Stop)
        }
        Seen::Event(event, _) if event.id > head || event.at >= before => Ok(Flow::Stop),
        Seen::Event(event, link) => {
            writing.push(event, link)?;
            if writing.events % 65_536 == 0 {
                progress(writing.events);
            }
            Ok(if writing.events >= per_file {
                Flow::Stop
            } else {
                Flow::Go
            })
        }
    });
    if let Err(e) = walked {
        let _ = fs::remove_file(&writing.temp);
        return Err(e);
    }
    if let Some(found) = failed {
        let _ = fs::remove_file(&writing.temp);
        return Err(Error::new(
            Kind::Tampered,
            format!(
                "the audit chain is broken at event {}: nothing was archived",
                found.id()
            ),
        )
        .with_hint("run `warden audit verify` to see every break"));
    }
    writing.finish(dir)
}

/// Records `file` and removes its events, in the caller's write
/// transaction; refused when another run archived meanwhile.
fn commit(tx: &Db, ctx: &Ctx, file: &ArchiveFile, base: Option<(i64, Link)>) -> Result<()> {
    let now = archives::last(tx)?;
    if base_of(now.as_ref()) != base {
        return Err(Error::conflict(
            "another run archived these events meanwhile: nothing was removed",
        )
        .with_hint("run the archive again; it goes on from there"));
    }
    let last_link = chain::parse_hex(&file.last_link)
        .ok_or_else(|| Error::failure("an archive's last link is not 64 hexadecimal digits"))?;
    archives::insert(
        tx,
        &Recorded {
            first_id: file.first_id,
            last_id: file.last_id,
            events: file.events as i64,
            last_link,
            file: file.file.clone(),
            sha256: file.sha256.clone(),
            archived_at: ctx.now_unix(),
        },
    )?;
    let name = Path::new(&file.file)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    record(
        tx,
        ctx,
        "audit.archived",
        &name,
        serde_json::to_value(file)?,
    )?;
    let after = base.map_or(i64::MIN, |(id, _)| id);
    let (events, links) = archives::remove(tx, after, file.first_id, file.last_id)?;
    if events != file.events || links != file.events {
        return Err(Error::failure(format!(
            "the database holds {events} events and {links} links from {} to {}, the archive {}: nothing was removed",
            file.first_id, file.last_id, file.events
        )));
    }
    Ok(())
}

/// `audit archive`: moves the events recorded before `before` into files
/// of at most `per_file` events in `dir`, oldest first (see the module's
/// words).
pub fn run(
    store: &mut Store,
    ctx: &Ctx,
    before: i64,
    dir: &Path,
    per_file: u64,
    progress: &mut dyn FnMut(u64),
) -> Result<Archived> {
    if per_file == 0 {
        return Err(Error::usage("an archive file must hold at least one event"));
    }
    let dir = archive_folder(dir)?;
    let _lock = lock_folder(&dir)?;
    let (_, head) = store.write(chain::extend)?;
    let Some((head, _)) = head else {
        return Ok(Archived::default());
    };
    let mut archived = Archived::default();
    loop {
        let (base, leftovers) = store.read(|tx| {
            let base = base_of(archives::last(tx)?.as_ref());
            Ok((base, remove_leftovers(tx, &dir, base)?))
        })?;
        archived.leftovers_removed.extend(leftovers);
        let done = archived.events;
        let written = store.read(|tx| {
            archives::widen_cache(tx)?;
            write_next(tx, &dir, base, before, head, per_file, &mut |n| {
                progress(done + n)
            })
        })?;
        let Some(file) = written else {
            return Ok(archived);
        };
        if let Err(e) = store.write(|tx| {
            archives::widen_cache(tx)?;
            commit(tx, ctx, &file, base)
        }) {
            // Nothing recorded it: it must not stay beside the archives.
            let _ = fs::remove_file(&file.file);
            return Err(e);
        }
        archived.events += file.events;
        let full = file.events >= per_file;
        archived.files.push(file);
        progress(archived.events);
        if !full {
            return Ok(archived);
        }
    }
}

/// An archive file open for reading: its first line read, events next.
pub struct Reader {
    path: PathBuf,
    lines: BufReader<MultiGzDecoder<Hashing<BufReader<File>>>>,
    header: Header,
    buffer: String,
    line_no: u64,
    end: Option<End>,
}

impl Reader {
    /// Opens `path` and reads its first line.
    pub fn open(path: &Path) -> Result<Reader> {
        let file = File::open(path).map_err(|e| Error::io(path.display(), &e))?;
        let gz = MultiGzDecoder::new(Hashing::new(BufReader::with_capacity(1 << 16, file)));
        let mut reader = Reader {
            path: path.to_path_buf(),
            lines: BufReader::with_capacity(1 << 16, gz),
            header: Header {
                format: String::new(),
                version: 0,
                after: None,
            },
            buffer: String::new(),
            line_no: 0,
            end: None,
        };
        if !reader.read_line()? {
            return Err(reader.bad("it is empty"));
        }
        let header: Header = serde_json::from_str(&reader.buffer)
            .map_err(|_| reader.bad("its first line is not an archive's header"))?;
        if header.format != FORMAT || header.version != VERSION {
            return Err(reader.bad(&format!(
                "it is {:?} version {}, not {FORMAT:?} version {VERSION}",
                header.format, header.version
            )));
        }
        reader.header = header;
        Ok(reader)
    }

    fn bad(&self, why: &str) -> Error {
        let at = if self.line_no > 1 {
            format!(" (line {})", self.line_no)
        } else {
            String::new()
        };
        Error::new(
            Kind::Tampered,
            format!(
                "{} is not a whole warden audit archive{at}: {why}",
                self.path.display()
            ),
        )
    }

    fn read_line(&mut self) -> Result<bool> {
        self.buffer.clear();
        let n = self
            .lines
            .read_line(&mut self.buffer)
            .map_err(|e| self.bad(&crate::error::io_reason(&e)))?;
        self.line_no += 1;
        if self.buffer.ends_with('\n') {
            self.buffer.pop();
        }
        Ok(n > 0)
    }

    /// The next event and its stored link; none after the closing line,
    /// which must be the last.
    fn next_event(&mut self) -> Result<Option<(Stored, Link)>> {
        if self.end.is_some() {
            return Ok(None);
        }
        if !self.read_line()? {
            return Err(self.bad("it ends before its closing line (cut short)"));
        }
        if self.buffer.starts_with("{\"end\"") {
            let closing: Closing = serde_json::from_str(&self.buffer)
                .map_err(|_| self.bad("its closing line is malformed"))?;
            self.end = Some(closing.end);
            if self.read_line()? {
                return Err(self.bad("there are lines after its closing line"));
            }
            return Ok(None);
        }
        let line: EventIn<'_> = serde_json::from_str(&self.buffer)
            .map_err(|e| self.bad(&format!("an event line is malformed ({e})")))?;
        let link = chain::parse_hex(line.link);
        let event = Stored {
            id: line.id,
            at: line.at,
            actor: line.actor.into_owned(),
            action: line.action.into_owned(),
            target: line.target.into_owned(),
            details: line.details.get().to_string(),
            credits: line.credits,
        };
        match link {
            Some(link) => Ok(Some((event, link))),
            None => Err(self.bad(&format!("event {}'s link is not a hash", event.id))),
        }
    }

    /// The SHA-256 of the file's bytes: read to the end first.
    fn sha256(mut self) -> Result<String> {
        std::io::copy(&mut self.lines, &mut std::io::sink())
            .map_err(|e| self.bad(&crate::error::io_reason(&e)))?;
        let gz = self.lines.into_inner();
        Ok(hex_digest(gz.into_inner().hash))
    }
}

/// One break of the chain, as `audit verify` reports it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// `changed`, `removed`, `inserted`, `leftover`, `trigger-missing`,
    /// `head-mismatch`, `head-archived`, `archive-record`, and with
    /// archives given
    /// `archive-missing`, `archive-unrecorded`, `archive-altered` or
    /// `archive-unreadable`.
    pub kind: &'static str,
    /// The event it is at (none for a missing trigger or a file that
    /// cannot be read).
    pub id: Option<i64>,
    pub message: String,
}

/// A break of the chain in the database, as `audit verify` reports it.
pub fn break_problem(found: &chain::Break) -> Problem {
    match found {
        chain::Break::Changed(id) => Problem {
            kind: "changed",
            id: Some(*id),
            message: format!("event {id} does not match its link: it was changed, or moved"),
        },
        chain::Break::Removed(id) => Problem {
            kind: "removed",
            id: Some(*id),
            message: format!("event {id} was removed: its link remains"),
        },
        chain::Break::Inserted(id) => Problem {
            kind: "inserted",
            id: Some(*id),
            message: format!(
                "event {id} has no link inside the chained range: it was put in later"
            ),
        },
        chain::Break::Leftover(id) => Problem {
            kind: "leftover",
            id: Some(*id),
            message: format!(
                "event {id} is at or before the last archived event, yet in the database: it was put in after the archive"
            ),
        },
    }
}

/// One archive file checked end to end.
struct Checked {
    path: PathBuf,
    after: Option<After>,
    end: Option<End>,
    sha256: Option<String>,
    events: u64,
    problems: Vec<Problem>,
    /// The stored link of the event looked for, if the file holds it.
    wanted_link: Option<Link>,
}

fn problem(kind: &'static str, id: Option<i64>, message: String) -> Problem {
    Problem { kind, id, message }
}

/// Reads one archive through, checking every link against the one before
/// it and the closing line against what came before it.
fn check_file(path: &Path, wanted: Option<i64>, progress: &mut dyn FnMut(u64)) -> Result<Checked> {
    let mut checked = Checked {
        path: path.to_path_buf(),
        after: None,
        end: None,
        sha256: None,
        events: 0,
        problems: Vec::new(),
        wanted_link: None,
    };
    let mut reader = match Reader::open(path) {
        Ok(reader) => reader,
        // A file that is there but is no archive: a finding.
        Err(e) if e.kind == Kind::Tampered => {
            checked
                .problems
                .push(problem("archive-unreadable", None, e.message));
            return Ok(checked);
        }
        // One that cannot be opened: an error, no verdict.
        Err(e) => return Err(e),
    };
    checked.after = reader.header.after.clone();
    let mut previous = match &checked.after {
        None => chain::genesis(),
        Some(after) => chain::parse_hex(&after.link).unwrap_or([0; 32]),
    };
    let mut last_id = checked.after.as_ref().map_or(i64::MIN, |a| a.id);
    let mut first = None;
    loop {
        match reader.next_event() {
            Ok(Some((event, stored))) => {
                checked.events += 1;
                first.get_or_insert(event.id);
                if event.id <= last_id || chain::link(&previous, &event) != stored {
                    checked.problems.push(problem(
                        "changed",
                        Some(event.id),
                        format!(
                            "event {} in {} does not match its link: it was changed, or moved",
                            event.id,
                            path.display()
                        ),
                    ));
                }
                if wanted == Some(event.id) {
                    checked.wanted_link = Some(stored);
                }
                last_id = event.id;
                previous = stored;
                if checked.events.is_multiple_of(65_536) {
                    progress(checked.events);
                }
                if checked.problems.len() >= chain::MAX_BREAKS {
                    return Ok(checked);
                }
            }
            Ok(None) => break,
            Err(e) => {
                checked
                    .problems
                    .push(problem("archive-unreadable", None, e.message));
                return Ok(checked);
            }
        }
    }
    let end = reader.end.clone();
    if let Some(end) = &end {
        let expected = End {
            first_id: first.unwrap_or_default(),
            last_id,
            events: checked.events,
            last_link: chain::hex(&previous),
        };
        if *end != expected {
            checked.problems.push(problem(
                "archive-unreadable",
                None,
                format!(
                    "{}'s closing line does not match its events (it says events {} to {}, {} of them)",
                    path.display(),
                    end.first_id,
                    end.last_id,
                    end.events
                ),
            ));
        }
    }
    checked.end = end;
    match reader.sha256() {
        Ok(sha) => checked.sha256 = Some(sha),
        Err(e) => checked
            .problems
            .push(problem("archive-unreadable", None, e.message)),
    }
    Ok(checked)
}

/// What checking archives beside the database found.
#[derive(Debug, Default)]
pub struct FilesChecked {
    /// Files read.
    pub files: u64,
    /// Archived events whose link was checked.
    pub events: u64,
    pub problems: Vec<Problem>,
    /// The stored link of the event looked for, if a file holds it.
    pub wanted_link: Option<Link>,
}

/// Checks `paths` (files, or folders of them) as one chain that ends where the database's begins: each
/// file's first link follows the one before it (the first follows the
/// chain's start), each matches what the database recorded of it (its
/// range, last link and SHA-256), and every recorded archive is among
/// them. The link of event `wanted` is kept when a file holds it.
pub fn check_files(
    paths: &[PathBuf],
    recorded: &[Recorded],
    wanted: Option<i64>,
    progress: &mut dyn FnMut(u64),
) -> Result<FilesChecked> {
    let mut result = FilesChecked::default();
    let paths = expand(paths)?;
    let mut files: Vec<Checked> = Vec::with_capacity(paths.len());
    for path in &paths {
        let done = result.events;
        let checked = check_file(path, wanted, &mut |n| progress(done + n))?;
        result.files += 1;
        result.events += checked.events;
        result.wanted_link = result.wanted_link.or(checked.wanted_link);
        files.push(checked);
    }
    files.sort_by_key(|f| f.end.as_ref().map_or(i64::MIN, |e| e.last_id));
    let mut previous: Option<After> = None;
    let mut known = true;
    for file in &mut files {
        result.problems.append(&mut file.problems);
        let Some(end) = &file.end else {
            known = false;
            continue;
        };
        if known && file.after != previous {
            let from = previous.as_ref().map_or(1, |p| p.id + 1);
            result.problems.push(problem(
                "archive-missing",
                Some(end.first_id),
                format!(
                    "{} does not follow the archive before it: the events from {from} to {} are in no archive given",
                    file.path.display(),
                    end.first_id - 1
                ),
            ));
        }
        match recorded.iter().find(|r| r.last_id == end.last_id) {
            None => result.problems.push(problem(
                "archive-unrecorded",
                Some(end.first_id),
                format!(
                    "{} (events {} to {}) is not an archive this database recorded: left by an interrupted run, or made elsewhere",
                    file.path.display(),
                    end.first_id,
                    end.last_id
                ),
            )),
            Some(r) => {
                if r.first_id != end.first_id || chain::hex(&r.last_link) != end.last_link {
                    result.problems.push(problem(
                        "archive-altered",
                        Some(end.last_id),
                        format!(
                            "{} does not hold the events the database recorded as archived there",
                            file.path.display()
                        ),
                    ));
                } else if file.sha256.as_deref() != Some(r.sha256.as_str()) {
                    result.problems.push(problem(
                        "archive-altered",
                        Some(end.last_id),
                        format!(
                            "{} has the SHA-256 {}, not the {} recorded when it was written",
                            file.path.display(),
                            file.sha256.as_deref().unwrap_or("?"),
                            r.sha256
                        ),
                    ));
                }
            }
        }
        previous = Some(After {
            id: end.last_id,
            link: end.last_link.clone(),
        });
        known = true;
    }
    for r in recorded {
        let given = files
            .iter()
            .any(|f| f.end.as_ref().is_some_and(|e| e.last_id == r.last_id));
        if !given {
            result.problems.push(problem(
                "archive-missing",
                Some(r.first_id),
                format!(
                    "the archive of events {} to {} ({}) was not given",
                    r.first_id, r.last_id, r.file
                ),
            ));
        }
    }
    Ok(result)
}

/// Whether an archived event passes `filter` (as the live log's query
/// would; `subject` is not a filter of archives).
fn matches(filter: &EventFilter, event: &Stored) -> bool {
    filter.since.is_none_or(|t| event.at >= t)
        && filter.until.is_none_or(|t| event.at < t)
        && filter.actor.as_ref().is_none_or(|a| *a == event.actor)
        && filter.target.as_ref().is_none_or(|t| *t == event.target)
        && filter
            .action
            .as_ref()
            .is_none_or(|a| match a.strip_suffix('*') {
                Some(prefix) => event.action.starts_with(prefix),
                None => *a == event.action,
            })
}

fn to_event(stored: Stored) -> Result<Event> {
    Ok(Event {
        id: stored.id,
        at: crate::time::from_unix(stored.at)?,
        actor: stored.actor,
        action: stored.action,
        target: stored.target,
        details: serde_json::from_str(&stored.details)
            .unwrap_or(serde_json::Value::String(stored.details)),
        credits: stored.credits,
    })
}

/// Streams the archived events in `paths` (files, or folders of them) that pass `filter`, newest first
/// (by id), to `each`; every link is checked on the way, and a broken or
/// cut file stops the listing.
pub fn for_each(
    paths: &[PathBuf],
    filter: &EventFilter,
    mut each: impl FnMut(Event) -> Result<()>,
) -> Result<()> {
    let mut readers = expand(paths)?
        .iter()
        .map(|p| Reader::open(p))
        .collect::<Result<Vec<_>>>()?;
    readers.sort_by_key(|r| std::cmp::Reverse(r.header.after.as_ref().map_or(i64::MIN, |a| a.id)));
    let mut left = filter.limit.unwrap_or(u64::MAX);
    for mut reader in readers {
        if left == 0 {
            break;
        }
        // Newest first: a file is read forwards, so its matches are held
        // (at most the limit of them) and given back in reverse.
        let mut found: std::collections::VecDeque<Stored> = std::collections::VecDeque::new();
        let mut previous = match &reader.header.after {
            None => chain::genesis(),
            Some(after) => chain::parse_hex(&after.link).unwrap_or([0; 32]),
        };
        while let Some((event, stored)) = reader.next_event()? {
            if chain::link(&previous, &event) != stored {
                return Err(Error::new(
                    Kind::Tampered,
                    format!(
                        "event {} in {} does not match its link",
                        event.id,
                        reader.path.display()
                    ),
                )
                .with_hint("run `warden audit verify --archive` with every archive file"));
            }
            previous = stored;
            if matches(filter, &event) {
                if found.len() as u64 >= left {
                    found.pop_front();
                }
                found.push_back(event);
            }
        }
        while let Some(event) = found.pop_back() {
            each(to_event(event)?)?;
            left -= 1;
        }
    }
    Ok(())
}
