//! `warden db backup`

use std::path::PathBuf;

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops;
use crate::output::Output;

/// Write a consistent copy of the database to FILE
///
/// Uses SQLite's online backup, so other processes may keep writing: the
/// copy is the database as it was at one moment. The copy is a single file
/// (no write-ahead log beside it) with mode 0600. An existing FILE is
/// refused (exit 4) unless --force replaces it, atomically.
///
/// To restore, stop every warden process, remove the database's -wal and
/// -shm files, and copy FILE over the database. A log left beside a
/// restored copy belongs to another state of the database: warden refuses
/// to open the copy until the log is moved away.
///
/// On PostgreSQL nothing is written: the command is refused (exit 5) and
/// names the pg_dump command that backs the schema up, asking libpq to
/// verify the server as warden does.
#[derive(Debug, Args)]
pub struct DbBackupArgs {
    /// Where to write the copy
    pub file: PathBuf,

    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: &DbBackupArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let report = ops::db::backup(
        &mut store,
        &args.file,
        args.force,
        session.open.busy_timeout,
    )?;
    if out.is_json() {
        return out.json(&report);
    }
    out.status(&format!(
        "Copied {} to {} ({}, {} pages).",
        report.source,
        report.destination,
        super::human_size(report.size_bytes),
        report.pages
    ));
    Ok(())
}
