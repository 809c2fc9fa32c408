//! `warden account list`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::account::{self, ListFilter};
use crate::output::{ListFormat, Output};

/// List accounts in tree order, or draw the tree
#[derive(Debug, Args)]
pub struct AccountListArgs {
    /// Draw the hierarchy
    #[arg(long, conflicts_with_all = ["state", "owner"])]
    pub tree: bool,

    /// Only accounts in this state: enabled, disabled or pending-deletion
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
        return account::for_each(&mut store, &filter, |a, position| {
            let mark = match a.effective_state.as_str() {
                "enabled" => String::new(),
                other => format!("  [{other}]"),
            };
            out.line(&format!("{}{}{mark}", position.prefix, a.name))
        });
    }
    let format = if out.is_json() {
        ListFormat::Json
    } else {
        ListFormat::Table
    };
    let mut list = out.list(
        format,
        &[
            "path",
            "state",
            "strategy",
            "owner",
            "credits",
            "purge after",
        ],
    );
    account::for_each(&mut store, &filter, |a, _| list.push(&a))?;
    list.finish()?;
    Ok(())
}
