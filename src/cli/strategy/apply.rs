//! `warden strategy apply`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::strategy;
use crate::output::Output;

/// Apply a strategy to accounts (idempotent; all or nothing)
///
/// Each account gets the strategy as its own, replacing any it had; the
/// accounts below it inherit it unless they have their own. With
/// --recursive, every account below gets it as its own too.
#[derive(Debug, Args)]
pub struct StrategyApplyArgs {
    /// The strategy
    pub name: String,

    /// The accounts; `-` reads more names from stdin, one per line
    #[arg(long = "to", value_name = "ACCOUNT", required = true, num_args = 1..)]
    pub to: Vec<String>,

    /// Apply it to every account below them too
    #[arg(long)]
    pub recursive: bool,
}

pub fn run(args: &StrategyApplyArgs, session: &Session, out: &mut Output) -> Result<()> {
    let names = crate::ui::read_names(&args.to)?;
    let mut store = session.open(out)?;
    let (applied, done) =
        strategy::apply(&mut store, &session.ctx, &args.name, &names, args.recursive)?;
    super::report(
        out,
        &format!("Applied \"{}\" to", args.name),
        &done,
        "Already using it",
    );
    if out.is_json() {
        return out.json(&applied);
    }
    Ok(())
}
