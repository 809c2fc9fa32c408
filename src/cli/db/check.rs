//! `warden db check`

use clap::Args;

use crate::cli::Session;
use crate::error::{Error, Result};
use crate::ops;
use crate::output::Output;

/// Check the database's integrity and warden's invariants
///
/// Runs SQLite's quick check (every page's structure and every record's
/// format) and its foreign-key check, then warden's own: an
/// enabled, unexpired admin exists; the account tree has one root and no
/// cycles; every user with roles has exactly one active role; the audit log
/// is protected; stored settings are valid; every strategy has a schedule
/// that parses and a keep rule. Exits 1 listing every problem
/// when any check fails.
///
/// On PostgreSQL the integrity and foreign-key checks read the catalog
/// (every foreign key present and validated, the audit triggers present
/// and enabled), and a role that may UPDATE, DELETE or TRUNCATE events,
/// or that owns the table, is a warning.
///
/// With --full, SQLite's full integrity check instead of its quick one:
/// every index compared with its table too, which takes minutes on a
/// log of millions of events (a spinner shows it working on a terminal).
#[derive(Debug, Args)]
pub struct DbCheckArgs {
    /// Run SQLite's full integrity check (every index against its table too), not its quick check; slower on a large database
    #[arg(long)]
    pub full: bool,
}

pub fn run(args: &DbCheckArgs, session: &Session, out: &mut Output) -> Result<()> {
    // `db check` itself cannot point at `db check` for the damage.
    let mut store = session.open(out).map_err(|e| {
        if e.message.starts_with(crate::error::CORRUPT) {
            Error::failure(format!(
                "{CORRUPT}: it cannot even be opened to be checked; restore a `warden db backup` copy",
                CORRUPT = crate::error::CORRUPT
            ))
        } else {
            e
        }
    })?;
    let spinner = (args.full && out.shows_progress()).then(|| {
        let bar =
            indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr())
                .with_message("checking every page and index (--full)");
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        bar
    });
    let report = ops::db::check(&mut store, &session.ctx, args.full);
    if let Some(bar) = spinner {
        bar.finish_and_clear();
    }
    let report = report?;
    for warning in &report.warnings {
        out.warn(warning);
    }
    if out.is_json() {
        out.json(&report)?;
    } else {
        for check in &report.checks {
            if check.ok {
                out.line(&format!("ok    {}", check.name))?;
            }
            for problem in &check.problems {
                out.line(&format!("FAIL  {}: {problem}", check.name))?;
            }
        }
    }
    let problems: usize = report.checks.iter().map(|c| c.problems.len()).sum();
    if problems > 0 {
        return Err(Error::failure(format!(
            "db check found {problems} problem{} in {}",
            if problems == 1 { "" } else { "s" },
            report.path
        ))
        .with_hint("restore from a `warden db backup` copy if the file is damaged"));
    }
    Ok(())
}
