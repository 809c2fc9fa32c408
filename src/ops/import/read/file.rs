//! The file read again for each pass: a regular file checked unchanged
//! between passes, a stream kept in wiped blocks.

use super::*;

/// An import file as [`Rows`](super::super::Rows): read again from the
/// start for each pass over it, so no more than one row is in memory at a
/// time.
///
/// A regular file is read where it lies, and must stay unchanged from the
/// first pass to the last (same file, size and change time; the change
/// time moves with every write, and only root can set it), or the import
/// fails before anything is committed. Anything else (standard input, a
/// pipe) can be read only once: the first pass keeps a copy of the bytes,
/// wiped when the import ends, since it may hold plain passwords.
pub struct ImportFile {
    format: Format,
    source: String,
    now: DateTime<Utc>,
    weak: WeakHashes,
    input: Input,
    /// A digest of a regular file's bytes, from the first full reading.
    digest: Option<u64>,
    /// Who checks the password hashes, and whether they were.
    hashes: Hashes,
}

/// Who checks the password hashes of an [`ImportFile`]. A later pass reads
/// the bytes the first one read (a file's are proved the same at the
/// pass's end, before anything is committed; a stream's are the copy kept
/// in memory), so a hash is checked once, in the first pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hashes {
    /// The first pass checks them as it reads each row.
    Inline,
    /// The first pass leaves them to the caller (who checks them on every
    /// core); a later pass checks them again until the caller says it
    /// checked them all.
    Deferred,
    /// The caller checked every hash of the first pass.
    Confirmed,
}

enum Input {
    File(std::fs::File, Stamp),
    Stream(Box<dyn Read>),
    Kept(Blocks),
    /// A stream whose first pass failed half-way.
    Spent,
}

/// What identifies one state of a file's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    dev: u64,
    ino: u64,
    len: u64,
    mtime: (i64, i64),
    ctime: (i64, i64),
}

impl Stamp {
    fn of(file: &std::fs::File) -> io::Result<Stamp> {
        use std::os::unix::fs::MetadataExt;
        let m = file.metadata()?;
        Ok(Stamp {
            dev: m.dev(),
            ino: m.ino(),
            len: m.len(),
            mtime: (m.mtime(), m.mtime_nsec()),
            ctime: (m.ctime(), m.ctime_nsec()),
        })
    }
}

impl ImportFile {
    /// Standard input, read once and kept for the later passes.
    pub fn stdin(format: Format, now: DateTime<Utc>) -> ImportFile {
        Self::stream(Box::new(io::stdin()), "-", format, now)
    }

    /// Any reader, read once and kept for the later passes.
    pub fn stream(
        reader: Box<dyn Read>,
        source: &str,
        format: Format,
        now: DateTime<Utc>,
    ) -> ImportFile {
        ImportFile {
            format,
            source: source.into(),
            now,
            weak: WeakHashes::default(),
            input: Input::Stream(reader),
            digest: None,
            hashes: Hashes::Inline,
        }
    }

    /// A file by its path; a regular file is read again for each pass.
    pub fn open(path: &Path, format: Format, now: DateTime<Utc>) -> Result<ImportFile> {
        let source = path.display().to_string();
        let file = std::fs::File::open(path)
            .map_err(|e| Error::io(format!("cannot open {source}"), &e))?;
        let meta = file
            .metadata()
            .map_err(|e| Error::io(format!("cannot read {source}"), &e))?;
        let input = if meta.is_file() {
            let stamp =
                Stamp::of(&file).map_err(|e| Error::io(format!("cannot read {source}"), &e))?;
            Input::File(file, stamp)
        } else {
            Input::Stream(Box::new(file))
        };
        Ok(ImportFile {
            format,
            source,
            now,
            weak: WeakHashes::default(),
            input,
            digest: None,
            hashes: Hashes::Inline,
        })
    }

    /// What to do with a weak hash (default: refuse the import).
    pub fn weak_hashes(mut self, weak: WeakHashes) -> ImportFile {
        self.weak = weak;
        self
    }

    /// The name errors give the file.
    pub fn source(&self) -> &str {
        &self.source
    }

    fn unchanged(&self, file: &std::fs::File, stamp: Stamp) -> Result<()> {
        match Stamp::of(file) {
            Ok(now) if now == stamp => Ok(()),
            Ok(_) => Err(self.changed()),
            Err(e) => Err(Error::io(format!("cannot read {}", self.source), &e)),
        }
    }

    fn changed(&self) -> Error {
        Error::failure(format!(
            "{} changed while it was being imported; nothing was written",
            self.source
        ))
        .with_hint("let whatever writes it finish, then run the import again")
    }
}

impl super::super::Rows for ImportFile {
    fn defer_hash_checks(&mut self) -> bool {
        let unread = matches!(self.input, Input::Stream(_)) || self.digest.is_none();
        if unread && self.hashes == Hashes::Inline {
            self.hashes = Hashes::Deferred;
        }
        self.hashes == Hashes::Deferred
    }

    fn hashes_checked(&mut self) {
        let read = matches!(self.input, Input::Kept(_)) || self.digest.is_some();
        if read && self.hashes == Hashes::Deferred {
            self.hashes = Hashes::Confirmed;
        }
    }

    fn each(&mut self, f: &mut dyn FnMut(&UserRow) -> Result<()>) -> Result<()> {
        let format = self.format;
        // Whether the rows' hashes are left unchecked (see [`Hashes`]).
        let first = (self.now, self.weak, self.hashes == Hashes::Deferred);
        let again = (self.now, self.weak, self.hashes != Hashes::Deferred);
        match std::mem::replace(&mut self.input, Input::Spent) {
            Input::File(mut file, stamp) => {
                let now = if self.digest.is_some() { again } else { first };
                let read = (|| {
                    use std::io::Seek;
                    self.unchanged(&file, stamp)?;
                    file.rewind()
                        .map_err(|e| Error::io(format!("cannot read {}", self.source), &e))?;
                    // The times may not move for a write within one clock
                    // tick of the file system: the bytes must match too.
                    let mut digest = Digest {
                        inner: &mut file,
                        hasher: std::hash::DefaultHasher::new(),
                    };
                    let source = &self.source;
                    let mut parse = |hand: &mut dyn FnMut(UserRow) -> Result<()>| {
                        each(&mut digest, format, source, now, hand)
                    };
                    if self.digest.is_some() {
                        beside(parse, f)?;
                    } else {
                        parse(&mut |row| f(&row))?;
                    }
                    let digest = std::hash::Hasher::finish(&digest.hasher);
                    if *self.digest.get_or_insert(digest) != digest {
                        return Err(self.changed());
                    }
                    self.unchanged(&file, stamp)
                })();
                self.input = Input::File(file, stamp);
                read
            }
            Input::Stream(stream) => {
                let mut kept = Blocks::default();
                let tee = Tee {
                    inner: stream,
                    copy: &mut kept,
                };
                let read = each(tee, format, &self.source, first, |row| f(&row));
                if read.is_ok() {
                    self.input = Input::Kept(kept);
                }
                read
            }
            Input::Kept(kept) => {
                let source = &self.source;
                let read = beside(
                    |hand: &mut dyn FnMut(UserRow) -> Result<()>| {
                        each(kept.reader(), format, source, again, hand)
                    },
                    f,
                );
                self.input = Input::Kept(kept);
                read
            }
            Input::Spent => Err(Error::failure(format!(
                "{} cannot be read again",
                self.source
            ))),
        }
    }
}

/// A later pass: `parse` reads the rows on a thread of its own and hands
/// them over in batches to `f`, here, so that reading the next rows
/// overlaps what `f` does with these (an import's writes) on a second
/// core. The rows come in order; an error from `f` stops the reading and
/// wins, since it came at an earlier row; an error from the reading comes
/// after every row before it. Without a thread, the reading runs here.
fn beside<P>(parse: P, f: &mut dyn FnMut(&UserRow) -> Result<()>) -> Result<()>
where
    P: FnOnce(&mut dyn FnMut(UserRow) -> Result<()>) -> Result<()> + Send,
{
    const BATCH: usize = 64;
    let parse = std::sync::Mutex::new(Some(parse));
    let take = || parse.lock().ok().and_then(|mut p| p.take());
    let take = &take;
    let (to_main, batches) = std::sync::mpsc::sync_channel::<Vec<UserRow>>(4);
    std::thread::scope(|scope| {
        let reader = std::thread::Builder::new().spawn_scoped(scope, move || {
            let Some(parse) = take() else { return Ok(()) };
            let mut batch = Vec::with_capacity(BATCH);
            let read = parse(&mut |row| {
                batch.push(row);
                if batch.len() == BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                    to_main
                        .send(full)
                        .map_err(|_| Error::failure("the rows were not taken"))?;
                }
                Ok(())
            });
            // The rows read before a problem go first.
            let _ = to_main.send(batch);
            read
        });
        let Ok(reader) = reader else {
            return match take() {
                Some(parse) => parse(&mut |row| f(&row)),
                None => Err(Error::failure("the import file could not be read")),
            };
        };
        let mut done = Ok(());
        'rows: for batch in batches.iter() {
            for row in &batch {
                if let Err(err) = f(row) {
                    done = Err(err);
                    break 'rows;
                }
            }
        }
        // A reader waiting to hand over more finds no one, and stops.
        drop(batches);
        let read = reader
            .join()
            .unwrap_or_else(|_| Err(Error::failure("the thread reading the import file failed")));
        done.and(read)
    })
}

/// What a stream gave, in blocks of 1 MiB: kept at its own size, never
/// copied into a bigger buffer (which would leave an unwiped copy behind),
/// and wiped when dropped.
#[derive(Default)]
struct Blocks(Vec<zeroize::Zeroizing<Vec<u8>>>);

impl Blocks {
    const SIZE: usize = 1 << 20;

    fn push(&mut self, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            let room = self.0.last().map_or(0, |b| Self::SIZE - b.len());
            if room == 0 {
                self.0
                    .push(zeroize::Zeroizing::new(Vec::with_capacity(Self::SIZE)));
                continue;
            }
            let (now, later) = bytes.split_at(room.min(bytes.len()));
            if let Some(block) = self.0.last_mut() {
                block.extend_from_slice(now);
            }
            bytes = later;
        }
    }

    fn reader(&self) -> impl Read + '_ {
        struct Reader<'a> {
            blocks: &'a [zeroize::Zeroizing<Vec<u8>>],
            at: usize,
        }
        impl Read for Reader<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                while let Some((block, rest)) = self.blocks.split_first() {
                    let left = &block[self.at..];
                    if left.is_empty() {
                        (self.blocks, self.at) = (rest, 0);
                        continue;
                    }
                    let n = left.len().min(buf.len());
                    buf[..n].copy_from_slice(&left[..n]);
                    self.at += n;
                    return Ok(n);
                }
                Ok(0)
            }
        }
        Reader {
            blocks: &self.0,
            at: 0,
        }
    }
}

/// A reader that digests what it reads.
struct Digest<R> {
    inner: R,
    hasher: std::hash::DefaultHasher,
}

impl<R: Read> Read for Digest<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        std::hash::Hasher::write(&mut self.hasher, &buf[..n]);
        Ok(n)
    }
}

/// A reader that keeps a copy of what it reads.
struct Tee<'a, R> {
    inner: R,
    copy: &'a mut Blocks,
}

impl<R: Read> Read for Tee<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.copy.push(&buf[..n]);
        Ok(n)
    }
}
