//! `warden account disable`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops::account::{self, Disabled};
use crate::output::Output;
use crate::text::some_names;
use crate::ui;

/// Disable accounts: their backups stop, their data stays (idempotent)
///
/// Everything below a disabled account is effectively disabled too; the
/// report says how many accounts that is (`effectively_disabled` with
/// --json). On a terminal, disabling more than one account in effect, or
/// the root, asks to confirm first (--yes skips the question). Without a
/// terminal nothing is asked and the accounts are disabled, so cron jobs
/// and scripts never wait: `account enable` undoes it.
#[derive(Debug, Args)]
pub struct AccountDisableArgs {
    /// Accounts to disable; `-` reads more names from stdin, one per line
    #[arg(required = true, value_name = "NAME")]
    pub names: Vec<String>,

    /// Disable every account below them too
    #[arg(long)]
    pub recursive: bool,
}

pub fn run(args: &AccountDisableArgs, session: &Session, out: &mut Output) -> Result<()> {
    let names = ui::read_names(&args.names)?;
    let mut store = session.open(out)?;
    // Counted in a rehearsal first, only when there is someone to ask.
    if !session.yes && ui::can_ask() {
        let planned = account::disable(&mut store, &session.ctx, &names, args.recursive, true)?;
        if !planned.changed.is_empty()
            && (planned.root.is_some() || planned.effectively_disabled > 1)
        {
            ui::ask(&question(&names, &planned))?;
        }
    }
    let done = account::disable(&mut store, &session.ctx, &names, args.recursive, false)?;
    super::report_states(out, false, &done.changed, &done.unchanged);
    out.status(&format!(
        "Now effectively disabled: {} ({}).",
        accounts(done.effectively_disabled),
        reach(&names, &done)
    ));
    if out.is_json() {
        return out.json(&serde_json::json!({
            "changed": done.changed,
            "unchanged": done.unchanged,
            "effectively_disabled": done.effectively_disabled,
        }));
    }
    Ok(())
}

fn accounts(n: u64) -> String {
    format!("{n} account{}", if n == 1 { "" } else { "s" })
}

/// The names, quoted: "acme", "beta" and 3 more.
fn quoted(names: &[String]) -> String {
    const SHOWN: usize = 10;
    let mut text = some_names(
        &names
            .iter()
            .take(SHOWN)
            .map(|n| format!("\"{n}\""))
            .collect::<Vec<_>>(),
        SHOWN,
    );
    if names.len() > SHOWN {
        text.push_str(&format!(" and {} more", names.len() - SHOWN));
    }
    text
}

/// The names given, without repeats (a name given twice counts once).
fn distinct(names: &[String]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    names
        .iter()
        .filter(|n| seen.insert(n.as_str()))
        .cloned()
        .collect()
}

/// What the count covers: "acme" and the 3 accounts below it.
fn reach(names: &[String], done: &Disabled) -> String {
    let names = distinct(names);
    let below = done.effectively_disabled.saturating_sub(names.len() as u64);
    if let Some(root) = &done.root {
        return format!("the root \"{root}\" and every account below it");
    }
    match names.len() {
        _ if below == 0 => quoted(&names),
        1 => format!("{} and the {} below it", quoted(&names), accounts(below)),
        _ => format!("{} and the {} below them", quoted(&names), accounts(below)),
    }
}

/// The question before disabling more than one account in effect, or the
/// root.
fn question(names: &[String], planned: &Disabled) -> String {
    let n = planned.effectively_disabled;
    if let Some(root) = &planned.root {
        return if n == 1 {
            format!("Disable the root account \"{root}\", the only account?")
        } else {
            format!("Disable the root account \"{root}\" and so every account ({n} in all)?")
        };
    }
    let names = distinct(names);
    let below = n.saturating_sub(names.len() as u64);
    match names.len() {
        // Several accounts, none below them.
        _ if below == 0 => format!("Disable {} ({n} accounts)?", quoted(&names)),
        1 => format!(
            "Disable {} and so the {} below it ({n} in all)?",
            quoted(&names),
            accounts(below)
        ),
        _ => format!(
            "Disable {} and so the {} below them ({n} in all)?",
            quoted(&names),
            accounts(below)
        ),
    }
}
