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
/// keep it, in the order given; times are shown as written, and each is
/// bucketed by the calendar of the offset it was written with. Nothing is
/// changed.
#[derive(Debug, Args)]
pub struct StrategyPreviewArgs {
    pub name: String,

    /// The file of snapshot times; - reads standard input
    #[arg(long, value_name = "FILE|-")]
    pub snapshots: PathBuf,
}

pub fn run(args: &StrategyPreviewArgs, session: &Session, out: &mut Output) -> Result<()> {
    let times = if args.snapshots.as_os_str() == "-" {
        retention::read_snapshots(std::io::stdin().lock(), "standard input")?
    } else {
        let shown = args.snapshots.display().to_string();
        let file = std::fs::File::open(&args.snapshots)
            .map_err(|e| Error::io(format!("cannot open {shown}"), &e))?;
        retention::read_snapshots(file, &shown)?
    };
    let mut store = session.open(out)?;
    let (_, verdicts) = strategy::preview(&mut store, &session.ctx, &args.name, &times)?;
    let kept = verdicts.iter().filter(|v| v.keep).count();
    if out.is_json() {
        let items: Vec<SnapshotVerdict> = verdicts
            .iter()
            .map(|v| SnapshotVerdict {
                time: v.time.with_timezone(&chrono::Utc),
                keep: v.keep,
                reasons: v.reasons.iter().map(|r| r.to_string()).collect(),
            })
            .collect();
        out.json(&items)?;
    } else if !verdicts.is_empty() {
        out.table(
            &["time", "decision", "kept by"],
            verdicts.iter().map(|v| {
                vec![
                    v.time.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
                    if v.keep { "keep" } else { "drop" }.to_string(),
                    v.reasons.join(", "),
                ]
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
