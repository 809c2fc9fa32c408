//! `warden db`

mod backup;
mod check;
mod info;

use clap::{Args, Subcommand};

use super::Session;
use crate::error::Result;
use crate::output::Output;

/// Inspect, check and back up the database file
#[derive(Debug, Args)]
pub struct DbArgs<C: Subcommand = DbCommand> {
    #[command(subcommand)]
    pub command: C,
}

/// `DbArgs` as the deferred tree holds it.
pub type Deferred = DbArgs<DeferredCommand>;

super::subcommands! {
    pub enum DbCommand, deferred DeferredCommand {
        Info(info::DbInfoArgs),
        Check(check::DbCheckArgs),
        Backup(backup::DbBackupArgs),
    }
}

pub fn run(args: &DbArgs, session: &Session, out: &mut Output) -> Result<()> {
    match &args.command {
        DbCommand::Info(a) => info::run(a, session, out),
        DbCommand::Check(a) => check::run(a, session, out),
        DbCommand::Backup(a) => backup::run(a, session, out),
    }
}

/// A byte count for people: 512 B, 3.5 KiB, 12.0 MiB.
fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}
