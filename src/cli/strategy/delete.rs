//! `warden strategy delete`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::strategy;
use crate::output::Output;
use crate::ui;

/// Delete a strategy (asks to confirm)
///
/// Refused while it is applied to accounts, unless --force, which detaches
/// it first: those accounts then inherit their nearest ancestor's strategy.
#[derive(Debug, Args)]
pub struct StrategyDeleteArgs {
    /// The strategy to delete
    pub name: String,

    /// Detach the strategy from its accounts and delete it
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: &StrategyDeleteArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let found = strategy::show(&mut store, &session.ctx, &args.name)?;
    // A deletion the rules refuse anyway is refused without asking first.
    if found.accounts.is_empty() || args.force {
        let what = if found.accounts.is_empty() {
            format!("delete strategy \"{}\"", args.name)
        } else {
            format!(
                "detach strategy \"{}\" from {} and delete it",
                args.name,
                strategy::count_names(&found.accounts)
            )
        };
        ui::confirm(&what, session.yes)?;
    }
    let detached = strategy::delete(&mut store, &session.ctx, &args.name, args.force)?;
    out.status(&format!("Deleted strategy \"{}\".", args.name));
    if !detached.is_empty() {
        out.status(&format!(
            "Detached from {}",
            strategy::count_names(&detached)
        ));
    }
    if out.is_json() {
        return out.json(&serde_json::json!({ "deleted": args.name, "detached": detached }));
    }
    Ok(())
}
