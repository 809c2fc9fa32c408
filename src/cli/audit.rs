//! `warden audit`

use clap::{Args, ValueEnum};

use super::Session;
use crate::error::Result;
use crate::model::Event;
use crate::ops;
use crate::output::{ListFormat, Output, Row};
use crate::store::events::EventFilter;

/// List the audit log, newest first
///
/// Every change, login and switch is recorded with its time, actor, action,
/// target and details (never a secret). The log is append-only: the
/// database refuses to change or delete an event.
#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Only events at or after WHEN (RFC 3339, YYYY-MM-DD, "YYYY-MM-DD HH:MM" or now)
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,

    /// Only events by exactly this actor; only this flag, given after `audit`, filters (never the global --actor or WARDEN_ACTOR)
    #[arg(long, visible_alias = "by", value_name = "NAME")]
    pub actor: Option<String>,

    /// Only this action (settings.set), or with a trailing * every action that starts with the rest (settings.*, user.*); no other wildcard
    #[arg(long, value_name = "ACTION")]
    pub action: Option<String>,

    /// Only events about exactly this target (a user, account, setting, ...); no wildcard
    #[arg(long, value_name = "NAME")]
    pub target: Option<String>,

    /// At most N events (the newest)
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,

    /// Output format (--json prints one JSON array instead)
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<AuditFormat>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum AuditFormat {
    Table,
    Jsonl,
}

/// The table headers of event lists.
pub const HEADERS: &[&str] = &["time", "actor", "action", "target", "details"];

/// Details as `key=value` pairs for the table.
fn details_text(details: &serde_json::Value) -> String {
    match details {
        serde_json::Value::Object(map) => map
            .iter()
            .map(|(k, v)| match v {
                serde_json::Value::String(s) => format!("{k}={s}"),
                other => format!("{k}={other}"),
            })
            .collect::<Vec<_>>()
            .join(" "),
        other => other.to_string(),
    }
}

impl Row for Event {
    fn cells(&self) -> Vec<String> {
        let mut details = details_text(&self.details);
        if let Some(credits) = self.credits {
            details = format!("credits={credits} {details}")
                .trim_end()
                .to_string();
        }
        vec![
            crate::time::local(self.at),
            self.actor.clone(),
            self.action.clone(),
            self.target.clone(),
            details,
        ]
    }
}

pub fn run(args: &AuditArgs, session: &Session, out: &mut Output) -> Result<()> {
    let since = match &args.since {
        Some(text) => Some(crate::time::parse_when(text, session.ctx.now)?.timestamp()),
        None => None,
    };
    let filter = EventFilter {
        since,
        actor: args.actor.clone(),
        action: args.action.clone(),
        target: args.target.clone(),
        subject: None,
        limit: args.limit,
    };
    let format = match (args.format, out.is_json()) {
        (Some(AuditFormat::Jsonl), _) => ListFormat::Jsonl,
        (Some(AuditFormat::Table), _) | (None, false) => ListFormat::Table,
        (None, true) => ListFormat::Json,
    };
    let mut store = session.open(out)?;
    let mut list = out.list(format, HEADERS);
    ops::audit::for_each(&mut store, &filter, |event| list.push(&event))?;
    list.finish()?;
    Ok(())
}
