//! Who could tamper with the database's files: OpenSSH's StrictModes for
//! warden.
//!
//! SQLite trusts whatever lies beside a database: a `-wal` log is replayed
//! into it, a `-shm` index is believed, and the file itself is whatever
//! the path leads to. Anyone who can write the database's folder can plant
//! those (also in a sticky folder such as /tmp, where a file that does not
//! exist yet can be created by anyone), and anyone who can rename a folder
//! or a link on the way can put another in its place. Then root's next
//! command reads the attacker's users, and `maintenance` runs the
//! attacker's `notify.command`.
//!
//! So, as OpenSSH refuses a key file that others could change, warden
//! trusts only two users with the database: the user running it and root.
//! It refuses a database whose file, `-wal`, `-shm` or `-journal`, or
//! folder belongs to anyone else or is writable by its group or others;
//! whose folders further up (or the folders holding a link on the way, or
//! the link itself) belong to anyone else, or are writable by others
//! without the sticky bit (which keeps others from moving or replacing
//! what is not theirs). `init` refuses to create a database where the same
//! would hold. The database is then opened by the path that was checked,
//! with every link resolved, so a link changed afterwards leads nowhere
//! new.

use std::fs;
use std::io::ErrorKind;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Write permission for the group or for others.
const SHARED_WRITE: u32 = 0o022;
const STICKY: u32 = 0o1000;

/// The side files SQLite keeps beside a database.
const SIDE_FILES: [&str; 3] = ["-wal", "-shm", "-journal"];

fn name_of(uid: u32) -> String {
    nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(uid))
        .ok()
        .flatten()
        .map_or_else(
            || format!("uid {uid}"),
            |u| format!("{} (uid {uid})", u.name),
        )
}

fn refuse(database: &Path, why: String, hint: String) -> Error {
    refuse_as(Guarded::Database, database, why, hint)
}

/// What the rules guard, for the end of the hint: what another user could
/// do with it.
#[derive(Clone, Copy)]
enum Guarded {
    Database,
    Config,
}

fn refuse_as(guarded: Guarded, path: &Path, why: String, hint: String) -> Error {
    let risk = match guarded {
        Guarded::Database => {
            "another user could otherwise replace the database or plant a log that SQLite would replay into it"
        }
        Guarded::Config => {
            "another user could otherwise point warden at a database of their own"
        }
    };
    Error::failure(format!("refusing to use {}: {why}", path.display()))
        .with_hint(format!("{hint}; {risk}"))
}

fn io(path: &Path, err: &std::io::Error) -> Error {
    Error::io(format!("cannot inspect {}", path.display()), err)
}

/// The folder a path is in ("." for a bare file name).
fn folder(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Who may own and write what surrounds a database owned by `owner`.
struct Rules<'a> {
    database: &'a Path,
    owner: u32,
    guarded: Guarded,
}

impl Rules<'_> {
    fn trusted(&self, uid: u32) -> bool {
        uid == self.owner || uid == 0
    }

    /// Who may own what lies on the way: the user running warden, or root.
    fn owners(&self) -> String {
        if self.owner == 0 {
            "root".to_string()
        } else {
            format!("{} or root", name_of(self.owner))
        }
    }

    /// `what` (a file or a folder, as the message names it) must belong to
    /// the owner or root and be writable by no one else; `fix` says how to
    /// mend each: (who should own it, the chmod to run).
    fn private(&self, what: String, meta: &fs::Metadata, fix: (String, String)) -> Result<()> {
        let (owners, chmod) = fix;
        if !self.trusted(meta.uid()) {
            return Err(refuse_as(
                self.guarded,
                self.database,
                format!("{what} is owned by {}", name_of(meta.uid())),
                owners,
            ));
        }
        if meta.mode() & SHARED_WRITE != 0 {
            return Err(refuse_as(
                self.guarded,
                self.database,
                format!(
                    "{what} is writable by its group or others (mode {:04o})",
                    meta.mode() & 0o7777
                ),
                chmod,
            ));
        }
        Ok(())
    }

    /// A file of the database's own: the file itself or a side file.
    fn file(&self, path: &Path, meta: &fs::Metadata) -> Result<()> {
        let shown = path.display();
        self.private(
            shown.to_string(),
            meta,
            (
                format!(
                    "the database's files must belong to {} (warden trusts no one else with them): run warden as their owner, \
                     or if {shown} is not yours, remove it (nothing was changed)",
                    self.owners()
                ),
                format!("run `chmod 600 {shown}`"),
            ),
        )
    }

    /// The folder that holds the database: no one else may write it, not
    /// even with the sticky bit (a log that does not exist yet can be
    /// planted in a sticky folder).
    fn holder(&self, dir: &Path) -> Result<()> {
        let meta = fs::metadata(dir).map_err(|e| io(dir, &e))?;
        let shown = dir.display();
        self.private(
            format!("its folder {shown}"),
            &meta,
            (
                format!("keep the database in a folder that belongs to {}", self.owners()),
                format!(
                    "run `chmod 700 {shown}`, or keep the database in a folder only its owner can write"
                ),
            ),
        )
    }

    /// The folders above `dir`: owned by the owner or root, and not
    /// writable by others unless sticky.
    fn above(&self, dir: &Path) -> Result<()> {
        self.way(dir, 1)
    }

    /// `dir` and the folders above it, by the rule of [`Rules::above`],
    /// leaving out the first `skip`.
    fn way(&self, dir: &Path, skip: usize) -> Result<()> {
        let real = fs::canonicalize(dir).map_err(|e| io(dir, &e))?;
        for ancestor in real.ancestors().skip(skip) {
            let meta = fs::metadata(ancestor).map_err(|e| io(ancestor, &e))?;
            let shared = meta.mode() & SHARED_WRITE != 0 && meta.mode() & STICKY == 0;
            if !self.trusted(meta.uid()) || shared {
                let why = if shared {
                    format!(
                        "the folder {} above it is writable by its group or others without the sticky bit (mode {:04o})",
                        ancestor.display(),
                        meta.mode() & 0o7777
                    )
                } else {
                    format!(
                        "the folder {} above it is owned by {}",
                        ancestor.display(),
                        name_of(meta.uid())
                    )
                };
                return Err(refuse_as(
                    self.guarded,
                    self.database,
                    why,
                    format!(
                        "every folder on the way to it must belong to {} and be writable by no one else (or be sticky, as /tmp is)",
                        self.owners()
                    ),
                ));
            }
        }
        Ok(())
    }

    /// A folder that holds the database, and those above it.
    fn folders(&self, dir: &Path) -> Result<()> {
        self.holder(dir)?;
        self.above(dir)
    }
}

/// Checks every link on the way to `path` as it is written: the folder
/// holding it (and those above) by the rule for folders above, and the
/// link itself must belong to the user or root (in a sticky folder its
/// owner could still replace it). Stops where the path does not exist yet.
fn links(rules: &Rules, path: &Path) -> Result<()> {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map_err(|e| io(Path::new("."), &e))?
            .join(path)
    };
    let mut prefix = PathBuf::new();
    for component in absolute.components() {
        let holder = prefix.clone();
        prefix.push(component);
        if !matches!(component, std::path::Component::Normal(_)) {
            continue;
        }
        let meta = match fs::symlink_metadata(&prefix) {
            Ok(meta) => meta,
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(io(&prefix, &e)),
        };
        if meta.file_type().is_symlink() {
            if !rules.trusted(meta.uid()) {
                return Err(refuse_as(
                    rules.guarded,
                    rules.database,
                    format!(
                        "the link {} on the way to it is owned by {}",
                        prefix.display(),
                        name_of(meta.uid())
                    ),
                    format!(
                        "reach the database through links that belong to {}",
                        rules.owners()
                    ),
                ));
            }
            rules.way(&holder, 0)?;
        }
    }
    Ok(())
}

/// Checks an existing database file, its side files and its folders, for
/// the user running warden; returns the file's path with every link
/// resolved, which is the one to open.
pub fn check_existing(path: &Path) -> Result<PathBuf> {
    let rules = Rules {
        database: path,
        owner: nix::unistd::geteuid().as_raw(),
        guarded: Guarded::Database,
    };
    links(&rules, path)?;
    let real = fs::canonicalize(path).map_err(|e| io(path, &e))?;
    let meta = fs::metadata(&real).map_err(|e| io(&real, &e))?;
    rules.file(&real, &meta)?;
    rules.folders(&folder(&real))?;
    for suffix in SIDE_FILES {
        let mut side = real.as_os_str().to_owned();
        side.push(suffix);
        let side = PathBuf::from(side);
        let meta = match fs::symlink_metadata(&side) {
            Ok(meta) => meta,
            Err(e) if e.kind() == ErrorKind::NotFound => continue,
            Err(e) => return Err(io(&side, &e)),
        };
        if !meta.file_type().is_file() {
            return Err(refuse(
                path,
                format!("{} is not a regular file", side.display()),
                format!("remove {} (nothing was changed)", side.display()),
            ));
        }
        rules.file(&side, &meta)?;
    }
    Ok(real)
}

/// Checks where `init` would create a database, as the user running it:
/// the links on the way, and the nearest folder that exists, which must
/// hold the database safely when it is its folder, and be safe to pass
/// through otherwise (the folders `init` creates are 0700).
pub fn check_new(path: &Path) -> Result<()> {
    let rules = Rules {
        database: path,
        owner: nix::unistd::geteuid().as_raw(),
        guarded: Guarded::Database,
    };
    links(&rules, path)?;
    let dir = folder(path);
    if dir.exists() {
        return rules.folders(&dir);
    }
    let existing = dir
        .ancestors()
        .skip(1)
        .find(|a| a.as_os_str().is_empty() || a.exists())
        .map_or(Path::new("."), |a| {
            if a.as_os_str().is_empty() {
                Path::new(".")
            } else {
                a
            }
        });
    rules.way(existing, 0)
}

/// Checks a config file before warden reads it, for the user running
/// warden: the file (and every link and folder on the way to it) must
/// belong to that user or root, and the file be writable by no one else,
/// since whoever can change it chooses the database warden opens. The
/// folders above may be shared only with the sticky bit, as for a
/// database. Returns the file's path with every link resolved.
pub fn check_config(path: &Path) -> Result<PathBuf> {
    let rules = Rules {
        database: path,
        owner: nix::unistd::geteuid().as_raw(),
        guarded: Guarded::Config,
    };
    links(&rules, path)?;
    let real = fs::canonicalize(path).map_err(|e| io(path, &e))?;
    let meta = fs::metadata(&real).map_err(|e| io(&real, &e))?;
    if !meta.is_file() {
        return Err(
            Error::usage(format!("{} is not a regular file", path.display()))
                .with_remedy(crate::error::Remedy::NameAConfigFile),
        );
    }
    let shown = real.display();
    rules.private(
        shown.to_string(),
        &meta,
        (
            format!(
                "a config file must belong to {} (warden trusts no one else with it)",
                rules.owners()
            ),
            format!("run `chmod go-w {shown}`"),
        ),
    )?;
    rules.way(&folder(&real), 0)?;
    Ok(real)
}
