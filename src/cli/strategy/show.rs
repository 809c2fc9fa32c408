//! `warden strategy show`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::strategy;
use crate::output::Output;

/// Show a strategy with the accounts it is applied to and its next three
/// scheduled runs
#[derive(Debug, Args)]
pub struct StrategyShowArgs {
    /// The strategy
    pub name: String,
}

pub fn run(args: &StrategyShowArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let found = strategy::show(&mut store, &session.ctx, &args.name)?;
    super::print_strategy(out, &found)
}
