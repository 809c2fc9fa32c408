//! `warden strategy detach`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::strategy;
use crate::output::Output;

/// Take accounts' own strategies away, so they inherit their nearest
/// ancestor's again (idempotent; all or nothing)
#[derive(Debug, Args)]
pub struct StrategyDetachArgs {
    /// The accounts; `-` reads more names from stdin, one per line
    #[arg(required = true, value_name = "ACCOUNT")]
    pub accounts: Vec<String>,

    /// Detach the strategies of every account below them too
    #[arg(long)]
    pub recursive: bool,
}

pub fn run(args: &StrategyDetachArgs, session: &Session, out: &mut Output) -> Result<()> {
    let names = crate::ui::read_names(&args.accounts)?;
    let mut store = session.open(out)?;
    let done = strategy::detach(&mut store, &session.ctx, &names, args.recursive)?;
    super::report(
        out,
        "Detached the strategy of",
        &done,
        "Had none of their own",
    );
    if out.is_json() {
        return out
            .json(&serde_json::json!({ "changed": done.changed, "unchanged": done.unchanged }));
    }
    Ok(())
}
