//! `warden strategy list`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::strategy;
use crate::output::Output;

/// List the strategies with their schedules, rules and next runs
#[derive(Debug, Args)]
pub struct StrategyListArgs {}

pub fn run(_args: &StrategyListArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let strategies = strategy::list(&mut store, &session.ctx)?;
    out.rows_or(
        &strategies,
        &[
            "strategy",
            "schedule",
            "keep",
            "accounts",
            "next run",
            "description",
        ],
        "No strategies.",
    )
}
