//! `warden strategy create`

use clap::Args;

use super::RuleArgs;
use crate::cli::Session;
use crate::error::{Kind, Result};
use crate::ops::strategy;
use crate::output::Output;

/// Create a strategy: a schedule and at least one keep rule
#[derive(Debug, Args)]
pub struct StrategyCreateArgs {
    /// Strategy name: lower case, starting with a letter or digit; a-z 0-9 . _ -
    pub name: String,

    /// When backups run: a 5-field cron expression, a cron nickname (@hourly, @daily, @weekly, @monthly, @yearly), or hourly, daily[@HH:MM], weekly[@DAY[@HH:MM]], monthly[@HH:MM]
    #[arg(long, value_name = "SPEC")]
    pub schedule: String,

    #[command(flatten)]
    pub rules: RuleArgs,

    /// Succeed without changes when the strategy already exists
    #[arg(long)]
    pub if_not_exists: bool,
}

pub fn run(args: &StrategyCreateArgs, session: &Session, out: &mut Output) -> Result<()> {
    let change = args.rules.change(Some(&args.schedule))?;
    let mut store = session.open(out)?;
    // The arguments are checked before the name, and the name inside the
    // write transaction, so a race with another creator cannot fail.
    let created = match strategy::create(&mut store, &session.ctx, &args.name, &change) {
        Err(e) if args.if_not_exists && e.kind == Kind::Conflict => {
            let existing = strategy::find(&mut store, &session.ctx, &args.name)?.ok_or(e)?;
            out.status(&format!(
                "Strategy \"{}\" already exists; nothing was changed.",
                existing.name
            ));
            return if out.is_json() {
                out.json(&existing)
            } else {
                Ok(())
            };
        }
        other => other?,
    };
    out.status(&format!("Created strategy \"{}\".", created.name));
    super::print_strategy(out, &created)
}
