//! `warden account list`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::account::{self, ListFilter};
use crate::output::{ListFormat, Output};
use crate::store::Store;

/// List accounts in tree order, or draw the tree
///
/// Each account shows its effective state (disabled when it or an account
/// above it is), its effective strategy, marked "(inherited)" when it comes
/// from an account above, and its owner. With --json every account says so
/// in strategy_inherited.
#[derive(Debug, Args)]
pub struct AccountListArgs {
    /// Draw the hierarchy, with the state, strategy and owner beside it
    #[arg(long, conflicts_with_all = ["state", "owner"])]
    pub tree: bool,

    /// Only accounts in this state, as the STATE column shows it (disabled also when an account above is): enabled, disabled or pending-deletion
    #[arg(long, value_name = "STATE")]
    pub state: Option<String>,

    /// Only accounts this user owns
    #[arg(long, value_name = "USER")]
    pub owner: Option<String>,

    /// Only this account and the accounts below it
    #[arg(long, value_name = "ACCOUNT")]
    pub under: Option<String>,
}

pub fn run(args: &AccountListArgs, session: &Session, out: &mut Output) -> Result<()> {
    let filter = ListFilter {
        state: args.state.clone(),
        owner: args.owner.clone(),
        under: args.under.clone(),
    };
    let mut store = session.open(out)?;
    if args.tree && !out.is_json() {
        return tree(&mut store, args.under.as_deref(), out);
    }
    let format = if out.is_json() {
        ListFormat::Json
    } else {
        ListFormat::Table
    };
    let mut list = out
        .list(
            format,
            &[
                "path",
                "state",
                "strategy",
                "owner",
                "credits",
                "purge after",
            ],
        )
        .or_say("No accounts match.");
    account::for_each(&mut store, &filter, |a, _| list.push(&a))?;
    list.finish()?;
    Ok(())
}

/// The tree with the columns of the list beside it. The tree is measured
/// first and then streamed row by row, so the columns line up while
/// memory follows the depth of the tree, not its size.
fn tree(store: &mut Store, under: Option<&str>, out: &mut Output) -> Result<()> {
    const HEADERS: [&str; 4] = ["ACCOUNT", "STATE", "STRATEGY", "OWNER"];
    // The columns start no further right than this: a row drawn deeper
    // pushes its own columns along rather than every row's, so one deep
    // branch does not pad the whole listing.
    const MOST_INDENT: usize = 48;
    let line = |cells: [&str; 4], widths: &[usize; 3]| {
        let mut line = String::new();
        for (cell, width) in cells.iter().zip(widths) {
            line.push_str(&format!("{cell:<width$}  "));
        }
        line.push_str(cells[3]);
        line.trim_end().to_string()
    };
    let mut widths = None;
    account::for_each_in_tree(store, under, |measured, a, position| {
        let widths = match widths {
            Some(w) => w,
            None => {
                let w = [
                    measured.account.clamp(HEADERS[0].len(), MOST_INDENT),
                    if measured.pending {
                        "pending-deletion"
                    } else {
                        "disabled"
                    }
                    .len(),
                    match measured.inherited_strategy {
                        0 => 0,
                        n => n + super::INHERITED.len(),
                    }
                    .max(measured.own_strategy)
                    .max(HEADERS[2].len()),
                ];
                out.line(&line(HEADERS, &w))?;
                *widths.insert(w)
            }
        };
        let account = format!("{}{}", position.prefix, a.name);
        let strategy = super::strategy_cell(&a);
        out.line(&line(
            [
                &account,
                a.effective_state.as_str(),
                &strategy,
                a.owner.as_deref().unwrap_or_default(),
            ],
            &widths,
        ))
    })
}
