//! `warden strategy edit`

use clap::Args;

use super::RuleArgs;
use crate::cli::Session;
use crate::error::Result;
use crate::ops::strategy;
use crate::output::Output;

/// Change a strategy's schedule, keep rules or description
///
/// Options not given stay as they are; a keep count of 0 (or
/// --keep-within 0s) removes that rule. At least one rule must remain.
/// Accounts using the strategy follow the change at once.
#[derive(Debug, Args)]
pub struct StrategyEditArgs {
    /// The strategy to change
    pub name: String,

    /// A new schedule: a 5-field cron expression, a cron nickname (@hourly, @daily, @weekly, @monthly, @yearly), or hourly, daily[@HH:MM], weekly[@DAY[@HH:MM]], monthly[@HH:MM]
    #[arg(long, value_name = "SPEC")]
    pub schedule: Option<String>,

    #[command(flatten)]
    pub rules: RuleArgs,
}

pub fn run(args: &StrategyEditArgs, session: &Session, out: &mut Output) -> Result<()> {
    let change = args.rules.change(args.schedule.as_deref())?;
    let mut store = session.open(out)?;
    let edited = strategy::edit(&mut store, &session.ctx, &args.name, &change)?;
    out.status(&format!("Updated strategy \"{}\".", edited.name));
    super::print_strategy(out, &edited)
}
