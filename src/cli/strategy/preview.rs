//! `warden strategy preview`

use std::path::PathBuf;

use clap::Args;

use crate::cli::Session;
use crate::error::{Error, Result};
use crate::model::SnapshotVerdict;
use crate::ops::strategy;
use crate::output::Output;
use crate::retention;

/// Show which snapshots a strategy's retention keeps or drops, and why
///
/// Reads snapshot times, one RFC 3339 time a line (blank lines and lines
/// starting with # are skipped), or the JSON array `restic snapshots
/// --json` prints. Prints each time with keep or drop and the rules that
/// keep it, in the order given, with restic's snapshot ids when the input
/// has them; times are shown as written, and each is bucketed by the
/// calendar of the offset it was written with. All the snapshots given
/// are one group: give restic's snapshots of one host and path set at a
/// time (restic snapshots --host H --path P --json). Nothing is changed.
///
/// Input with no snapshots is an error (exit 2) unless --allow-empty:
/// empty input is more often a `restic snapshots` that failed than an
/// empty repository.
#[derive(Debug, Args)]
pub struct StrategyPreviewArgs {
    /// The strategy whose retention rules decide
    pub name: String,

    /// The file of snapshot times; - reads standard input
    #[arg(long, value_name = "FILE|-")]
    pub snapshots: PathBuf,

    /// Print only the ids of the snapshots to drop, one a line, for `restic forget` (needs restic's JSON)
    #[arg(long)]
    pub forget_ids: bool,

    /// Accept input with no snapshots (otherwise an error: the command that makes them may have failed)
    #[arg(long)]
    pub allow_empty: bool,
}

pub fn run(args: &StrategyPreviewArgs, session: &Session, out: &mut Output) -> Result<()> {
    let source = if args.snapshots.as_os_str() == "-" {
        "standard input".to_string()
    } else {
        args.snapshots.display().to_string()
    };
    let snapshots = if args.snapshots.as_os_str() == "-" {
        retention::read_snapshots(std::io::stdin().lock(), &source)?
    } else {
        let file = std::fs::File::open(&args.snapshots)
            .map_err(|e| Error::io(format!("cannot open {source}"), &e))?;
        retention::read_snapshots(file, &source)?
    };
    // Nothing read is more often a failed `restic snapshots` upstream (not
    // installed, no repository, a wrong password) than an empty
    // repository, and would pass for "drop nothing" in a pipeline.
    if snapshots.is_empty() && !args.allow_empty {
        return Err(Error::usage(format!("no snapshots in {source}"))
            .with_hint("check that the command making them succeeded (restic snapshots --json; with set -o pipefail a failure stops the pipeline), or pass --allow-empty to accept none; nothing was read from the database"));
    }
    let mut store = session.open(out)?;
    let (_, verdicts) = strategy::preview(&mut store, &session.ctx, &args.name, &snapshots)?;
    let kept = verdicts.iter().filter(|v| v.keep).count();
    if args.forget_ids {
        out.deliver();
        // Plain lines even with --json: they are arguments for restic.
        for id in retention::forget_ids(&verdicts, &source)? {
            out.line(id)?;
        }
    } else if out.is_json() {
        let items: Vec<SnapshotVerdict> = verdicts
            .iter()
            .map(|v| SnapshotVerdict {
                time: v.time.with_timezone(&chrono::Utc),
                id: v.id.clone(),
                short_id: v.short_id.clone(),
                keep: v.keep,
                reasons: v.reasons.iter().map(|r| r.to_string()).collect(),
            })
            .collect();
        out.json(&items)?;
    } else if !verdicts.is_empty() {
        let with_ids = verdicts
            .iter()
            .any(|v| v.id.is_some() || v.short_id.is_some());
        let headers: &[&str] = if with_ids {
            &["time", "id", "decision", "kept by"]
        } else {
            &["time", "decision", "kept by"]
        };
        out.table(
            headers,
            verdicts.iter().map(|v| {
                let mut row = vec![v.time.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)];
                if with_ids {
                    row.push(short(v));
                }
                row.push(if v.keep { "keep" } else { "drop" }.to_string());
                row.push(v.reasons.join(", "));
                row
            }),
        )?;
    }
    out.status(&format!(
        "Keeps {kept} of {} snapshot{}; drops {}.",
        verdicts.len(),
        if verdicts.len() == 1 { "" } else { "s" },
        verdicts.len() - kept
    ));
    Ok(())
}

/// The id a table shows: restic's short id, else the first 8 digits of
/// the id, as `restic snapshots` shows them.
fn short(v: &retention::Verdict) -> String {
    match (&v.short_id, &v.id) {
        (Some(short), _) => short.clone(),
        (None, Some(id)) => id.chars().take(8).collect(),
        (None, None) => String::new(),
    }
}
