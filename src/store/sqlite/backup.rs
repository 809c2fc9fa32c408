//! `db backup` on SQLite: the online backup API copies one consistent
//! snapshot into a new file beside the destination (0600, no write-ahead
//! log), which then takes the destination's name without clobbering a
//! file that appeared meanwhile.

use std::fs;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};

/// Copies the database through SQLite's online backup API into a new file
/// beside `dest`, then moves it into place. The copy is one consistent
/// snapshot even while other processes write, and is created 0600.
/// Returns the number of pages copied.
pub fn backup(
    conn: &Connection,
    dest: &Path,
    overwrite: bool,
    busy_timeout: Duration,
) -> Result<i64> {
    let tmp = temp_sibling(dest);
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&tmp)
        .map_err(|e| {
            // The copy is written beside its destination first; a failure
            // there is about the destination's folder, which is what the
            // person named, not the temporary file.
            let folder = match dest.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            };
            if e.kind() == std::io::ErrorKind::NotFound {
                Error::failure(format!(
                    "cannot write {}: the folder {} does not exist",
                    dest.display(),
                    folder.display()
                ))
                .with_hint(format!(
                    "create it first (mkdir -p -m 700 {}), or name a file in a folder that exists; nothing was written",
                    folder.display()
                ))
            } else {
                Error::io(
                    format!("cannot write {} in the folder {}", dest.display(), folder.display()),
                    &e,
                )
            }
        })?;
    let result = copy_into(conn, &tmp, busy_timeout).and_then(|pages| {
        place(&tmp, dest, overwrite)?;
        Ok(pages)
    });
    if result.is_err() {
        super::remove_database_files(&tmp);
    }
    result
}

fn temp_sibling(dest: &Path) -> PathBuf {
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dest.with_file_name(format!(".{name}.partial-{}", std::process::id()))
}

fn copy_into(conn: &Connection, tmp: &Path, busy_timeout: Duration) -> Result<i64> {
    let mut dst = Connection::open_with_flags(
        tmp,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let pages = {
        let backup = Backup::new(conn, &mut dst)?;
        let started = Instant::now();
        loop {
            // -1 copies every page in one step under one read snapshot.
            match backup.step(-1)? {
                StepResult::Done => break,
                StepResult::More => continue,
                _ if started.elapsed() < busy_timeout => {
                    std::thread::sleep(Duration::from_millis(25))
                }
                _ => {
                    return Err(Error::new(
                        crate::error::Kind::Busy,
                        "the database stayed busy during the backup",
                    )
                    .with_remedy(crate::error::Remedy::WaitLonger))
                }
            }
        }
        backup.progress().pagecount as i64
    };
    // A backup is one self-contained file: no WAL beside it.
    let _: String = dst.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
    dst.close().map_err(|(_, e)| Error::from(e))?;
    let file = fs::File::open(tmp)
        .map_err(|e| Error::io(format!("cannot reopen {}", tmp.display()), &e))?;
    file.sync_all()
        .map_err(|e| Error::io(format!("cannot flush {}", tmp.display()), &e))?;
    Ok(pages)
}

/// Moves the finished copy to `dest`: atomically replacing it with
/// `overwrite`, and otherwise never clobbering a file that appeared
/// meanwhile.
fn place(tmp: &Path, dest: &Path, overwrite: bool) -> Result<()> {
    if overwrite {
        fs::rename(tmp, dest)
            .map_err(|e| Error::io(format!("cannot move the copy to {}", dest.display()), &e))?;
    } else {
        match fs::hard_link(tmp, dest) {
            Ok(()) => {
                let _ = fs::remove_file(tmp);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Err(exists(dest)),
            Err(e) => return Err(Error::io(format!("cannot create {}", dest.display()), &e)),
        }
    }
    if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
    Ok(())
}

pub fn exists(dest: &Path) -> Error {
    Error::conflict(format!("{} already exists", dest.display()))
        .with_remedy(crate::error::Remedy::ChooseAnotherFile)
}
